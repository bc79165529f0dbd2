/**
 * "The area": the three jurisdictions' box in WGS-84 (DESIGN.md), wherever a check needs one. A module of its own,
 * without the coordinate library geo.ts loads, so that the routing worker can use it without shipping that library.
 */
import type { LngLat } from './types.ts'

/** [west, south, east, north], WGS-84 degrees: the order of GeoJSON's bbox, supercluster and MapLibre. */
export type Bbox = [number, number, number, number]

export const AREA_BBOX: Readonly<Bbox> = [120.78, 31.1, 121.4, 31.78]

export function isInArea([lng, lat]: LngLat): boolean {
  const [west, south, east, north] = AREA_BBOX
  return lng >= west && lng <= east && lat >= south && lat <= north
}

/** The box in words, for messages: "120.78–121.40 E, 31.10–31.78 N". */
export const AREA_TEXT = `${AREA_BBOX[0].toFixed(2)}–${AREA_BBOX[2].toFixed(2)} E, ${AREA_BBOX[1].toFixed(2)}–${AREA_BBOX[3].toFixed(2)} N`
