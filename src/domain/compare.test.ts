import { describe, expect, it } from 'vitest'
import { allAgree, bestOf, occupancy, readTyped, type BestRule } from './compare.ts'
import type { Listing } from './types.ts'

const listing = (p: Partial<Listing>): Listing => ({
  id: 'x', parkId: 'p', name: { zh: 'x', en: 'x' }, kind: 'factory', deal: ['rent'], ready: true, status: 'available',
  claims: [], sample: true, sources: [], driveMinutes: [], ...p,
})

describe('bestOf', () => {
  it.each<[string, (number | null | undefined)[], BestRule, number[]]>([
    ['largest area', [1000, 3000, 2000], 'max', [1]],
    ['lowest cost', [5e5, 3e5, 4e5], 'min', [1]],
    ['shortest time, ties both marked', [30.5, 22.1, 22.1], 'min', [1, 2]],
    ['unknown is never best (min)', [null, 40, 50], 'min', [1]],
    ['unknown is never best (max)', [undefined, 40, NaN], 'max', []],
    ['zero is a value, not unknown', [0, 5], 'min', [0]],
    ['all equal: nothing marked', [7, 7, 7], 'max', []],
    ['one known: nothing marked', [null, 7, null], 'min', []],
    ['no rule: nothing marked', [1, 2], 'none', []],
    ['empty', [], 'max', []],
  ])('%s', (_, values, rule, want) => {
    expect([...bestOf(values, rule)].sort()).toEqual(want)
  })
})

describe('allAgree', () => {
  it.each<[string[], boolean]>([
    [['a', 'a'], true],
    [['a', 'b'], false],
    [['—', '—', '—'], true],
    [['a'], false],
    [[], false],
  ])('%j → %s', (texts, want) => expect(allAgree(texts)).toBe(want))
})

describe('occupancy', () => {
  const l = listing({ floorArea: { min: 1000, max: 3000 }, rent: 1.2, minLeaseYears: 3, rentFreeMonths: 2 })
  it('smallest unit, minimum lease, rent-free once', () => {
    const o = occupancy(l)
    expect(o).toMatchObject({ area: 1000, typed: false, years: 3, feeYearly: null, purchase: null, land: null })
    expect(o.yearly).toBeCloseTo(1.2 * 1000 * 365)
    expect(o.term).toBeCloseTo(1.2 * 1000 * 365 * 3 - (2 * 1.2 * 1000 * 365) / 12)
  })
  it('a typed area within the range and a property fee add to the cost', () => {
    const o = occupancy(l, { area: 2000, fee: 5 })
    expect(o.typed).toBe(true)
    expect(o.feeYearly).toBe(5 * 2000 * 12)
    expect(o.yearly).toBeCloseTo(1.2 * 2000 * 365 + 120000)
    expect(o.term).toBeCloseTo(1.2 * 2000 * 365 * 3 - (2 * 1.2 * 2000 * 365) / 12 + 120000 * 3)
  })
  it('a typed area outside the range is not used', () => {
    expect(occupancy(l, { area: 9000, fee: null })).toMatchObject({ area: 1000, typed: false })
  })
  it('unknown stays unknown, never 0', () => {
    const o = occupancy(listing({ kind: 'land', deal: ['sale'], landArea: 50 }), { area: 100, fee: 3 })
    expect(o).toMatchObject({ area: null, feeYearly: null, yearly: null, term: null, purchase: null, land: null })
  })
  it('sale and land totals', () => {
    const o = occupancy(listing({ deal: ['sale'], floorArea: { min: null, max: 5000 }, salePrice: 6000, landArea: 10, landPrice: 80 }))
    expect(o.purchase).toBe(6000 * 5000)
    expect(o.land).toBe(80 * 10 * 10000)
    expect(o.years).toBe(5)
  })
})

describe('readTyped (hostile input)', () => {
  it.each<[string, ReturnType<typeof readTyped>]>([
    ['', { value: null }],
    ['  ', { value: null }],
    ['2,000', { value: 2000 }],
    ['4.5', { value: 4.5 }],
    ['abc', { error: 'not-a-number', text: 'abc' }],
    ['1e999', { error: 'not-a-number', text: '1e999' }],
    ['-3', { error: 'negative', text: '-3' }],
    ['<script>', { error: 'not-a-number', text: '<script>' }],
  ])('%j', (text, want) => expect(readTyped(text)).toEqual(want))
})
