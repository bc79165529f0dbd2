/** Display formatting shared by the list and details. Never prints NaN or Infinity. */
import type { AreaUnit } from '../domain/state.ts'
import type { Range } from '../domain/types.ts'
import { m2ToFt2 } from '../domain/units.ts'
import { round1 } from '../domain/numbers.ts'

type T = (key: string, named?: Record<string, unknown>) => string

/** One Intl.NumberFormat per locale and precision: creating one per call is what makes toLocaleString slow. */
const formats = new Map<string, Intl.NumberFormat>()
export function formatNumber(n: number, locale: string, digits = 0): string {
  if (!Number.isFinite(n)) return '—'
  const key = `${locale}|${digits}`
  let f = formats.get(key)
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })))
  return f.format(n)
}

export function formatMinutes(m: number | null | undefined, t: T): string {
  return m === null || m === undefined || !Number.isFinite(m) ? t('detail.unreachable') : `${round1(m).toFixed(1)} ${t('units.min')}`
}

export function formatArea(r: Range | undefined, unit: AreaUnit, t: T, locale: string): string {
  if (!r) return t('detail.unknown')
  const f = (x: number) => formatNumber(unit === 'ft2' ? m2ToFt2(x) : x, locale)
  const u = t(`units.${unit}`)
  if (r.min !== null && r.max !== null) return r.min === r.max ? `${f(r.min)} ${u}` : `${f(r.min)}–${f(r.max)} ${u}`
  if (r.min !== null) return `${t('detail.from', { n: f(r.min) })} ${u}`
  if (r.max !== null) return `${t('detail.upTo', { n: f(r.max) })} ${u}`
  return t('detail.unknown')
}

/**
 * Land price, stored in 万元/亩. Chinese keeps 万元/亩 (how the trade quotes it); English writes the yuan out
 * compactly ("1.46M CNY/mu"), since "146 10k CNY/mu" reads as nonsense.
 */
export function formatLandPrice(wanPerMu: number, t: T, locale: string): string {
  if (!Number.isFinite(wanPerMu)) return '—'
  if (!locale.startsWith('en')) return t('units.landPrice', { n: formatNumber(wanPerMu, locale, 1) })
  let f = formats.get('en|compact')
  if (!f) formats.set('en|compact', (f = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 })))
  return t('units.landPrice', { n: f.format(wanPerMu * 10000) })
}

interface Priced {
  rent?: number
  salePrice?: number
  landPrice?: number
}

/**
 * The price a list row shows, with its unit, or '' when the listing gives none: the sale price when the filters ask
 * for sale (the price sort reads the same column), else the rent, else the sale price; land shows its 万元/亩.
 */
export function formatRowPrice(l: Priced, deal: 'rent' | 'sale' | null, t: T, locale: string): string {
  const rent = () => `${formatNumber(l.rent!, locale, 2)} ${t('units.rentUnit')}`
  const sale = () => `${formatNumber(l.salePrice!, locale, 0)} ${t('units.saleUnit')}`
  if (deal === 'sale' && l.salePrice !== undefined) return sale()
  if (l.rent !== undefined) return rent()
  if (l.salePrice !== undefined) return sale()
  if (l.landPrice !== undefined) return formatLandPrice(l.landPrice, t, locale)
  return ''
}

/** Floor area in the chosen unit, or for land (no floor area) the plot in 亩, always in 亩 as the contract says. */
export function formatSize(l: { floorArea?: Range; landArea?: number }, unit: AreaUnit, t: T, locale: string): string {
  if (!l.floorArea && l.landArea !== undefined) return `${formatNumber(l.landArea, locale, 1)} ${t('units.mu')}`
  return formatArea(l.floorArea, unit, t, locale)
}

/** A hub's short name for rows and compact labels (i18n `hubShort`), else its name without the parenthesis. */
export function shortHubName(id: string, fullName: string, t: T, has: (key: string) => boolean): string {
  const key = `hubShort.${id}`
  return has(key) ? t(key) : fullName.replace(/\s*[(（].*$/, '')
}
