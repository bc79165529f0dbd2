/** Coordinate systems and "the area". Conversions go through gcoord, never hand-written offsets. */
import gcoord from 'gcoord'
import type { LngLat } from './types.ts'

export const CRS_NAMES = ['wgs84', 'gcj02', 'bd09'] as const
export type Crs = (typeof CRS_NAMES)[number]

const GCOORD_CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const

export { AREA_BBOX, isInArea } from './area.ts'
export { round6 } from './numbers.ts'

export function convert(point: LngLat, from: Crs, to: Crs): LngLat {
  if (from === to) return [point[0], point[1]]
  const [lng, lat] = gcoord.transform([point[0], point[1]], GCOORD_CRS[from], GCOORD_CRS[to]) as [number, number]
  return [lng, lat]
}

export const toWgs84 = (point: LngLat, from: Crs): LngLat => convert(point, from, 'wgs84')

/**
 * "lng,lat" as people type or paste it: a comma, a full-width comma (Chinese keyboards) or spaces between, optional
 * parentheses, plain decimals only (no exponents, at most 3 integer digits).
 */
export const PAIR = /^\s*\(?\s*(-?\d{1,3}(?:\.\d+)?)\s*[,，\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*\)?\s*$/

/**
 * A typed or pasted coordinate pair in `crs`, converted to WGS-84 (unrounded); null when the text is not a pair of
 * longitude (±180) and latitude (±90). The app's pin field and the CLI's `route` read coordinates with this.
 */
export function parseLngLat(text: string, crs: Crs): LngLat | null {
  const m = PAIR.exec(text)
  if (!m) return null
  const lng = Number(m[1])
  const lat = Number(m[2])
  if (!(Math.abs(lng) <= 180) || !(Math.abs(lat) <= 90)) return null
  return convert([lng, lat], crs, 'wgs84')
}
