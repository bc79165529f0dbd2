/**
 * "The area": the three jurisdictions' box in WGS-84 (DESIGN.md), wherever a check needs one. A module of its own,
 * without the coordinate library geo.ts loads, so that the routing worker can use it without shipping that library.
 */
import type { LngLat } from './types.ts'

export const AREA_BBOX = { west: 120.78, south: 31.1, east: 121.4, north: 31.78 } as const

export function isInArea([lng, lat]: LngLat): boolean {
  return lng >= AREA_BBOX.west && lng <= AREA_BBOX.east && lat >= AREA_BBOX.south && lat <= AREA_BBOX.north
}
