/**
 * Typed normalizers of link values, shared by the reader and the writer so that what one writes the other reads
 * back: limits, number rounding and formatting, ranges, minutes, pin, camera, search text.
 */
import type { ListingKind, LngLat, Range } from '../types.ts'
import { LISTING_KINDS } from '../types.ts'
import type { Camera } from '../state.ts'
import { isInArea } from '../geo.ts'
import { ID_PATTERN } from '../linkCheck.ts'

/**
 * Limits the contract leaves open. Anything beyond them is a typo or an attack, never a real filter, and
 * bounding them also keeps every number out of exponent notation (String(n) switches at 1e21 and 1e-7).
 */
export const LIMITS = {
  /** Floor area, m²: 100 km² is far above any building; whole numbers. */
  areaMax: 100_000_000,
  /** Land (亩), prices (元/㎡/天, 元/㎡) and land price (万元/亩). */
  decimalMax: 1_000_000,
  /** Decimals kept for land, price and landprice: 0.85 元/㎡/天 needs 2; 4 leaves room without noise. */
  decimals: 4,
  /** Drive-time limit, whole minutes: the network spans a few hours at most. */
  minutesMin: 1,
  minutesMax: 600,
  /** Pin decimals: 6 is about 0.1 m, as the CLI prints points. */
  pinDecimals: 6,
  /** Search text, in code points after trimming. */
  qMaxLength: 100,
  /** Clear height, m: the tallest high-bay warehouses stand about 40 m; 100 leaves room. */
  heightMax: 100,
  /** MapLibre's default maximum zoom. */
  zoomMax: 22,
} as const

/** Ids of parks, listings and industries (the rule lives with the id check). */
export { ID_PATTERN }
/** Unsigned plain decimal: no sign, exponent, hex, spaces or bare dot (the `-` of a range is its separator). */
export const UNSIGNED_DECIMAL = /^\d+(?:\.\d+)?$/
export const SIGNED_DECIMAL = /^-?\d+(?:\.\d+)?$/
/** C0 and C1 control characters: nobody types them into a search box; they garble the CLI's output. */
export const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

// ---------------------------------------------------------------------------------------------------------
// Numbers

/** Rounds to `decimals` places; `+ 0` turns -0 into 0 so that states compare equal and print as `0`. */
export function roundTo(n: number, decimals: number): number {
  const m = 10 ** decimals
  return Math.round(n * m) / m + 0
}

/**
 * Shortest form of an already rounded number, never in exponent notation. String(n) is the shortest
 * round-tripping form but writes 1e-7 for tiny values (a latitude at zoom 22 keeps 8 decimals); toFixed
 * then gives the same digits, as `n` is k / 10^decimals.
 */
export function formatNumber(n: number, decimals: number): string {
  const s = String(n)
  if (!s.includes('e')) return s
  return n.toFixed(decimals).replace(/\.?0+$/, '')
}

/**
 * Decimal places of lat/lng in `map=`, the rule of maplibre-gl-js src/ui/hash.ts (getHashString): keep the
 * rounding error under half a pixel, 512 px · 2^zoom / degreesPerWorld / 10^d < 0.5, with 360 degrees per
 * world in Web Mercator. Like hash.ts it uses the zoom rounded to 2 decimals, so it rounds `zoom` first.
 */
export function cameraPrecision(zoom: number): number {
  const z = roundTo(zoom, 2)
  return Math.max(0, Math.ceil((z * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10))
}

// ---------------------------------------------------------------------------------------------------------
// Typed normalizers, shared by the reader and the writer so that what one writes the other reads back

export interface RangeSpec {
  max: number
  decimals: number
}
export const RANGE_SPECS = {
  area: { max: LIMITS.areaMax, decimals: 0 },
  land: { max: LIMITS.decimalMax, decimals: LIMITS.decimals },
  price: { max: LIMITS.decimalMax, decimals: LIMITS.decimals },
  landprice: { max: LIMITS.decimalMax, decimals: LIMITS.decimals },
  /** Clear height in metres: 2 decimals (8.5 m, 10.25 m); centimetres are the finest any advert gives. */
  height: { max: LIMITS.heightMax, decimals: 2 },
} as const satisfies Record<string, RangeSpec>
export type RangeParam = keyof typeof RANGE_SPECS

/** A bound rounded to the spec, or undefined when it is not a finite number in [0, max]. */
export function normBound(n: number | null, spec: RangeSpec): number | null | undefined {
  if (n === null) return null
  if (!Number.isFinite(n) || n < 0) return undefined
  const r = roundTo(n, spec.decimals)
  return r <= spec.max ? r : undefined
}

export type RangeResult = { ok: true; range: Range; swapped: boolean } | { ok: false }

/** Rounds both bounds and puts them in order; both open, or a bound out of range, is not a range. */
export function normRange(range: Range, spec: RangeSpec): RangeResult {
  const min = normBound(range.min, spec)
  const max = normBound(range.max, spec)
  if (min === undefined || max === undefined || (min === null && max === null)) return { ok: false }
  if (min !== null && max !== null && min > max) return { ok: true, range: { min: max, max: min }, swapped: true }
  return { ok: true, range: { min, max }, swapped: false }
}

/** Whole minutes in [1, 600], or null. Minutes are rounded, not rejected: 29.6 reads as 30. */
export function normMinutes(n: number): number | null {
  if (!Number.isFinite(n)) return null
  const r = roundTo(n, 0)
  return r >= LIMITS.minutesMin && r <= LIMITS.minutesMax ? r : null
}

export type PinResult = { ok: true; pin: LngLat } | { ok: false; reason: 'bad-value' | 'outside-area' }

/** A pin rounded to 6 decimals; not a WGS-84 coordinate: bad-value; outside the area: outside-area. */
export function normPin(lng: number, lat: number): PinResult {
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
    return { ok: false, reason: 'bad-value' }
  }
  const x = roundTo(lng, LIMITS.pinDecimals)
  const y = roundTo(lat, LIMITS.pinDecimals)
  if (!isInArea([x, y])) return { ok: false, reason: 'outside-area' }
  return { ok: true, pin: [x, y] }
}

/** Zoom to 2 decimals, lat/lng to cameraPrecision(zoom); null outside zoom 0..22, lat ±90, lng ±180. */
export function normCamera(c: Camera): Camera | null {
  if (![c.zoom, c.lat, c.lng].every(Number.isFinite)) return null
  const zoom = roundTo(c.zoom, 2)
  if (zoom < 0 || zoom > LIMITS.zoomMax || Math.abs(c.lat) > 90 || Math.abs(c.lng) > 180) return null
  const d = cameraPrecision(zoom)
  return { zoom, lat: roundTo(c.lat, d), lng: roundTo(c.lng, d) }
}

/**
 * Search text as stored: trimmed (String.prototype.trim also strips the ideographic space U+3000), kept as
 * typed otherwise (matching applies NFKC, the link does not). '' is the default; null when unusable.
 */
export function normQ(q: string): string | null {
  const t = toWellFormed(q).trim()
  if (CONTROL_CHARS.test(t) || [...t].length > LIMITS.qMaxLength) return null
  return t
}

/** Lone UTF-16 surrogates become U+FFFD, as the USVString conversion of URLSearchParams does. */
export function toWellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\ufffd')
}

/** Listing kinds in canonical order without repeats. */
export function canonicalTypes(types: readonly string[]): ListingKind[] {
  return LISTING_KINDS.filter((k) => types.includes(k))
}

/** Each id once, at the position of its last occurrence (`pick`: "a repeated id keeps its last position"). */
export function lastPosition(ids: readonly string[]): string[] {
  const last = new Map<string, number>()
  ids.forEach((id, i) => last.set(id, i))
  return ids.filter((id, i) => last.get(id) === i)
}

/** Drive limits with one entry per hub: the last wins, at the position of its last occurrence. */
export function lastPerHub<T extends { hub: string }>(entries: readonly T[]): T[] {
  const last = new Map<string, number>()
  entries.forEach((e, i) => last.set(e.hub, i))
  return entries.filter((e, i) => last.get(e.hub) === i)
}
