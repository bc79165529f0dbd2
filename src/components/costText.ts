/** The cost of occupancy as text: each figure with its formula and inputs (issue 21). Unknown stays "unknown". */
import type { Listing } from '../domain/types.ts'
import type { Occupancy } from '../domain/compare.ts'
import { formatNumber } from './format.ts'

type T = (key: string, named?: Record<string, unknown>) => string

export interface CostLine {
  key: 'yearly' | 'term' | 'purchase' | 'land'
  label: string
  value: number | null
  text: string
  formula: string
}

/** Yuan in the reader's habit: 万元 in Chinese, whole CNY in English. */
export function formatYuan(y: number | null, t: T, locale: string): string {
  if (y === null || !Number.isFinite(y)) return t('cost.unknown')
  return locale.startsWith('zh') ? t('cost.wan', { n: formatNumber(y / 10_000, locale, 1) }) : t('cost.yuan', { n: formatNumber(y, locale, 0) })
}

/** The lines that apply to the listing's deals and kind (rent: yearly and term; sale: purchase; land price: land). */
export function costLines(l: Listing, o: Occupancy, fee: number | null, t: T, locale: string): CostLine[] {
  const n = (x: number | null | undefined, d = 2) => (x === null || x === undefined ? '?' : formatNumber(x, locale, d))
  const area = n(o.area, 0)
  const feeText = o.feeYearly !== null ? t('cost.fFee', { fee: n(fee), area }) : ''
  const lines: CostLine[] = []
  const line = (key: CostLine['key'], label: string, value: number | null, formula: string) =>
    lines.push({ key, label, value, text: formatYuan(value, t, locale), formula })
  if (l.deal.includes('rent')) {
    line('yearly', t('cost.yearly'), o.yearly, t('cost.fYearly', { rent: n(l.rent), area }) + feeText)
    line('term', t('cost.term', { n: o.years }), o.term, t('cost.fTerm', { n: o.years, free: l.rentFreeMonths ?? 0 }) + (feeText ? t('cost.fFeeTerm') : ''))
  }
  if (l.deal.includes('sale') && l.kind !== 'land') line('purchase', t('cost.purchase'), o.purchase, t('cost.fPurchase', { price: n(l.salePrice, 0), area }))
  if (l.landPrice !== undefined || l.kind === 'land') line('land', t('cost.land'), o.land, t('cost.fLand', { price: n(l.landPrice, 1), mu: n(l.landArea, 1) }))
  return lines
}
