/** Coordinate systems and "the area". Conversions go through gcoord, never hand-written offsets. */
import gcoord from 'gcoord'
import type { LngLat } from './types.ts'

export const CRS_NAMES = ['wgs84', 'gcj02', 'bd09'] as const
export type Crs = (typeof CRS_NAMES)[number]

const GCOORD_CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const

export { AREA_BBOX, isInArea } from './area.ts'

export function isValidLngLat(p: readonly unknown[]): p is LngLat {
  return (
    p.length === 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  )
}

export function convert(point: LngLat, from: Crs, to: Crs): LngLat {
  if (from === to) return [point[0], point[1]]
  const [lng, lat] = gcoord.transform([point[0], point[1]], GCOORD_CRS[from], GCOORD_CRS[to]) as [number, number]
  return [lng, lat]
}

export const toWgs84 = (point: LngLat, from: Crs): LngLat => convert(point, from, 'wgs84')

/** Round to 6 decimals (about 0.1 m), the precision data and the CLI print. */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6

/** Great-circle distance in km. */
export function haversineKm(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLng = (b[0] - a[0]) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)))
}
