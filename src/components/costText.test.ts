import { describe, expect, it } from 'vitest'
import { costLines, formatYuan } from './costText.ts'
import { occupancy } from '../domain/compare.ts'
import type { Listing } from '../domain/types.ts'

// A stand-in for vue-i18n's t: the key and its named values, so the tests read what is passed, not a translation.
const t = (key: string, named?: Record<string, unknown>) => (named ? `${key}(${Object.values(named).join(',')})` : key)
const listing = (p: Partial<Listing>): Listing => ({
  id: 'x', parkId: 'p', name: { zh: 'x', en: 'x' }, kind: 'factory', deal: ['rent'], ready: true, status: 'available',
  claims: [], sample: true, sources: [], driveMinutes: [], ...p,
})

describe('formatYuan', () => {
  it.each<[number | null, string, string]>([
    [293825, 'en', 'cost.yuan(293,825)'],
    [293825, 'zh-CN', 'cost.wan(29.4)'],
    [null, 'en', 'cost.unknown'],
    [NaN, 'zh-CN', 'cost.unknown'],
    [0, 'en', 'cost.yuan(0)'],
  ])('%s in %s → %s', (y, locale, want) => expect(formatYuan(y, t, locale)).toBe(want))
})

describe('costLines', () => {
  it.each<[string, Partial<Listing>, string[]]>([
    ['rent', { deal: ['rent'], rent: 1, floorArea: { min: 100, max: 100 } }, ['yearly', 'term']],
    ['rent and sale', { deal: ['rent', 'sale'], rent: 1, salePrice: 5000, floorArea: { min: 100, max: 100 } }, ['yearly', 'term', 'purchase']],
    ['land', { kind: 'land', deal: ['sale'], landArea: 30, landPrice: 60 }, ['land']],
  ])('%s: the lines that apply', (_, p, keys) => {
    const l = listing(p)
    expect(costLines(l, occupancy(l), null, t, 'en').map((x) => x.key)).toEqual(keys)
  })
  it('shows the inputs in the formula and "unknown" (never 0) without a rent', () => {
    const l = listing({ floorArea: { min: 700, max: 700 } })
    const [yearly] = costLines(l, occupancy(l), null, t, 'en')
    expect(yearly).toMatchObject({ value: null, text: 'cost.unknown', formula: 'cost.fYearly(?,700)' })
  })
  it('adds the typed fee to the formula', () => {
    const l = listing({ rent: 1.15, floorArea: { min: 700, max: 2000 } })
    const [yearly] = costLines(l, occupancy(l, { area: 1000, fee: 4 }), 4, t, 'en')
    expect(yearly.formula).toBe('cost.fYearly(1.15,1,000)cost.fFee(4,1,000)')
    expect(yearly.value).toBeCloseTo(1.15 * 1000 * 365 + 4 * 1000 * 12)
  })
})
