import { describe, expect, it } from 'vitest'
import { i18n } from '../i18n/index.ts'
import { formatLandPrice, formatRowPrice, formatSize, shortHubName } from './format.ts'

const tr = (locale: 'en' | 'zh-CN') => {
  i18n.global.locale.value = locale
  return { t: (k: string, n?: Record<string, unknown>) => i18n.global.t(k, n ?? {}), has: (k: string) => i18n.global.te(k) }
}

describe('formatLandPrice', () => {
  it.each([
    ['en', 146, '1.46M CNY/mu'],
    ['en', 60, '600K CNY/mu'],
    ['zh-CN', 146, '146 万元/亩'],
    ['zh-CN', 57.5, '57.5 万元/亩'],
    ['en', Number.NaN, '—'],
  ] as const)('%s: %d 万元/亩 reads %j', (locale, wan, text) => {
    expect(formatLandPrice(wan, tr(locale).t, locale)).toBe(text)
  })
})

describe('formatRowPrice', () => {
  it.each([
    [{ rent: 1.2, salePrice: 5000 }, null, '1.2 CNY/m²/day'],
    [{ rent: 1.2, salePrice: 5000 }, 'rent', '1.2 CNY/m²/day'],
    [{ rent: 1.2, salePrice: 5000 }, 'sale', '5,000 CNY/m²'],
    [{ salePrice: 5000 }, 'rent', '5,000 CNY/m²'],
    [{ landPrice: 146 }, null, '1.46M CNY/mu'],
    [{}, null, ''],
  ] as const)('%j with deal %s shows %j', (l, deal, text) => {
    expect(formatRowPrice(l, deal, tr('en').t, 'en')).toBe(text)
  })
})

describe('formatSize', () => {
  it.each([
    [{ floorArea: { min: 1000, max: 2000 } }, 'm2', '1,000–2,000 m²'],
    [{ landArea: 35.5 }, 'm2', '35.5 mu'],
    [{ landArea: 35.5 }, 'ft2', '35.5 mu'],
    [{}, 'm2', 'unknown'],
  ] as const)('%j in %s shows %j', (l, unit, text) => {
    expect(formatSize(l, unit, tr('en').t, 'en')).toBe(text)
  })
})

describe('shortHubName', () => {
  it.each([
    ['hongqiao', 'Hongqiao Transport Hub (Shanghai Hongqiao Station)', 'Hongqiao'],
    ['new-hub', 'Some Hub (Long Name)', 'Some Hub'],
    ['new-hub', '某枢纽（全称）', '某枢纽'],
  ])('%s %j is %j', (id, full, short) => {
    const { t, has } = tr('en')
    expect(shortHubName(id, full, t, has)).toBe(short)
  })
})
