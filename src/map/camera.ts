/**
 * The camera's limits and its form in a link. Pure (no MapLibre): boxes are [west, south, east, north] in degrees.
 * The box holds the area of DESIGN.md and every hub, several of which lie outside it (Yangshan, Pudong airport,
 * Waigaoqiao, Suzhou): a user can always pan to a hub a limit names, and not to empty ocean or inland China.
 */
import { AREA_BBOX } from '../domain/area.ts'
import { cameraPrecision } from '../domain/url.ts'
import type { Camera } from '../domain/state.ts'
import type { Dataset, LngLat } from '../domain/types.ts'

export type Box = [number, number, number, number]

/** Margin around the area and hubs, degrees (~15 km): a hub at the edge is not drawn against the border. */
export const BOX_MARGIN_DEG = 0.15
/**
 * Zoom range. 7 shows the whole box on a phone; above 17 a listing's dot is already metres across and the offline
 * basemap (main roads, water, towns) has nothing more to draw.
 */
export const MIN_ZOOM = 7
export const MAX_ZOOM = 17
/**
 * Above this zoom the offline basemap holds no more detail: its roads are the expressways and main roads of
 * seeds/roads (no streets, no buildings), so the map says so (a quiet hint) instead of looking blank.
 */
export const BASEMAP_DETAIL_ZOOM = 14.5

export function cameraBox(hubs: readonly LngLat[], margin = BOX_MARGIN_DEG): Box {
  let [w, s, e, n]: number[] = [...AREA_BBOX]
  for (const [lng, lat] of hubs) {
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) throw new RangeError(`cameraBox: hub point [${lng}, ${lat}] is not a finite [lng, lat]`)
    w = Math.min(w, lng)
    e = Math.max(e, lng)
    s = Math.min(s, lat)
    n = Math.max(n, lat)
  }
  return [w - margin, s - margin, e + margin, n + margin]
}

/** Whether a view (its bounds and zoom) lies within the box and the zoom range: then bounding it moves nothing. */
export function cameraFits(box: Box, view: Box, zoom: number): boolean {
  return zoom >= MIN_ZOOM && zoom <= MAX_ZOOM && view[0] >= box[0] && view[1] >= box[1] && view[2] <= box[2] && view[3] <= box[3]
}

/** The box widened to hold a view with half a view to spare on each side (so bounding cannot nudge that view). */
export function relaxedBox(box: Box, view: Box): Box {
  const dx = (view[2] - view[0]) / 2
  const dy = (view[3] - view[1]) / 2
  return [
    Math.max(-180, Math.min(box[0], view[0] - dx)),
    Math.max(-85, Math.min(box[1], view[1] - dy)),
    Math.min(180, Math.max(box[2], view[2] + dx)),
    Math.min(85, Math.max(box[3], view[3] + dy)),
  ]
}

/** The camera as a link writes it: zoom to 2 decimals, lat/lng to the zoom's precision (DESIGN.md `map`). */
export function roundCamera(c: Camera): Camera {
  const zoom = Math.round(c.zoom * 100) / 100
  const d = cameraPrecision(zoom)
  const r = (x: number) => Math.round(x * 10 ** d) / 10 ** d
  return { zoom, lat: r(c.lat), lng: r(c.lng) }
}

export const sameCamera = (a: Camera | null, b: Camera | null): boolean => !!a && !!b && a.zoom === b.zoom && a.lat === b.lat && a.lng === b.lng

/** Where a listing is drawn: its own point, else its park's (the filter table's column). */
export function listingPoint(points: Float64Array, i: number): LngLat | null {
  const p: LngLat = [points[2 * i], points[2 * i + 1]]
  return Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : null
}

/** The box of the matching parks (their points) and listings; null when nothing matches. */
export function matchBox(ds: Dataset, points: Float64Array, match: { parks: Uint8Array; listings: Uint8Array }): Box | null {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity]
  const add = ([lng, lat]: LngLat) => {
    box[0] = Math.min(box[0], lng)
    box[1] = Math.min(box[1], lat)
    box[2] = Math.max(box[2], lng)
    box[3] = Math.max(box[3], lat)
  }
  ds.parks.forEach((p, i) => match.parks[i] && add(p.point))
  for (let i = 0; i < match.listings.length; i++) {
    const p = match.listings[i] ? listingPoint(points, i) : null
    if (p) add(p)
  }
  return Number.isFinite(box[0]) ? box : null
}
