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
