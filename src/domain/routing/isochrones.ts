/**
 * Isochrones: polygons of "reachable within t minutes" for a set of bands, from one Dijkstra result.
 *
 * A regular grid over the bbox gets, at each point, the same value `minutesAt` gives there (min over the
 * point's snapped nodes of node time + access leg), so a park inside the 20-minute polygon shows ≤ 20 minutes
 * up to the interpolation between grid points. Contours come from marching squares with linear interpolation.
 *
 * Why not @turf/isobands: on the area's grid (~150 × 190 points) its ring assembly (linear search with
 * splice per segment) and hole grouping (point-in-polygon for every vertex) took 200–700 ms for five bands;
 * here segments are linked through an edge-indexed table in O(segments), and holes are found by orientation.
 *
 * Polygons are cumulative, as in the Mapbox Isochrone API's `contours_minutes`: the 20-minute feature covers
 * the 10-minute one. Rings follow RFC 7946: exteriors counter-clockwise, holes clockwise.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import { KM_PER_DEG, kmPerDegLng } from './geo.ts'
import type { RoadGraph } from './graph.ts'
import { ACCESS_MAX_KM, ACCESS_NODES, accessMinutes } from './speeds.ts'
import { AREA_BBOX, type Bbox } from '../area.ts'

export { AREA_BBOX, type Bbox }
export const ISOCHRONE_BANDS: readonly number[] = [10, 20, 30, 45, 60]
/** Grid spacing, km: finer than the 400 m node spacing gains nothing, coarser blurs town roads. */
export const ISOCHRONE_CELL_KM = 0.4

export interface IsochroneProperties {
  minutes: number
}

/** A time field sampled on a regular grid with one padding row/column of `cap` all round. */
export interface Field {
  values: Float64Array
  /** Padded width and height in points. */
  w: number
  h: number
  /** Coordinates of padded point (c, r): west + (c - 1) * dx, south + (r - 1) * dy. */
  west: number
  south: number
  dx: number
  dy: number
}

function sampleField(graph: RoadGraph, times: Float64Array, bbox: Readonly<Bbox>, cellKm: number, cap: number): Field {
  const [west, south, east, north] = bbox
  const midLat = (south + north) / 2
  const nx = Math.max(2, Math.round(((east - west) * kmPerDegLng(midLat)) / cellKm) + 1)
  const ny = Math.max(2, Math.round(((north - south) * KM_PER_DEG) / cellKm) + 1)
  const dx = (east - west) / (nx - 1)
  const dy = (north - south) / (ny - 1)
  const w = nx + 2
  const h = ny + 2
  // The padding stays at `cap`, so every contour closes inside the grid.
  const values = new Float64Array(w * h).fill(cap)
  const index = graph.snapIndex
  for (let r = 1; r <= ny; r++) {
    const lat = south + (r - 1) * dy
    for (let c = 1; c <= nx; c++) {
      const count = index.nearestInto(west + (c - 1) * dx, lat, ACCESS_NODES, ACCESS_MAX_KM)
      let best = cap
      for (let i = 0; i < count; i++) {
        const m = times[index.nodeAt(i)] + accessMinutes(index.kmAt(i))
        if (m < best) best = m
      }
      values[r * w + c] = best
    }
  }
  return { values, w, h, west, south, dx, dy }
}

/**
 * The sampled fields of one times array (a Dijkstra result), by grid: sampling is most of the work, while a slider
 * moving a limit only changes the contour levels. The caller keeps one beside each times array it keeps (the routing
 * worker, per hub and for the latest pin) and lets both go together.
 */
export class IsochroneFields {
  private readonly byGrid = new Map<string, Field>()

  get(graph: RoadGraph, times: Float64Array, bbox: Readonly<Bbox>, cellKm: number, cap: number): Field {
    const key = `${bbox.join(',')}|${cellKm}|${cap}`
    let field = this.byGrid.get(key)
    if (!field) this.byGrid.set(key, (field = sampleField(graph, times, bbox, cellKm, cap)))
    return field
  }
}

/**
 * Values beyond the last band only shape the outermost contour's interpolation: they are clamped at a cap that moves
 * in steps of 30 minutes, so that a slider moving the last band keeps the same sampled field.
 */
export const fieldCap = (lastBand: number): number => 2 * Math.ceil(lastBand / 30) * 30 + 1

/** Signed area (shoelace) of a closed ring; positive when counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0
  for (let i = 1; i < ring.length; i++) sum += (ring[i - 1][0] - ring[i][0]) * (ring[i - 1][1] + ring[i][1])
  return sum / 2
}

function ringContains(ring: Position[], x: number, y: number): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/**
 * Rings of the region {value < threshold}, oriented with the region on their left. Edge ids: the horizontal
 * edge from point (c, r) to (c + 1, r) is 2(r·w + c), the vertical one from (c, r) to (c, r + 1) is 2(r·w + c) + 1.
 * Going round a cell counter-clockwise (bottom, right, top, left), a contour leaves the region where an edge
 * runs from an inside corner to an outside one (an exit) and comes back at an entry; the segment exit → entry
 * has the region on its left. Each crossed edge is an exit of one of its cells and an entry of the other, so
 * `next[exit] = entry` links all segments into closed rings.
 */
export function contourRings(field: Field, threshold: number, next: Int32Array, bbox: Readonly<Bbox>): Position[][] {
  const { values, w, h, west, south, dx, dy } = field
  next.fill(-1)
  const corner = [0, 0, 0, 0]
  const edge = [0, 0, 0, 0]
  const exits: number[] = []
  const entries: number[] = []
  for (let r = 0; r < h - 1; r++) {
    for (let c = 0; c < w - 1; c++) {
      const p = r * w + c
      corner[0] = values[p] // bottom-left, then counter-clockwise
      corner[1] = values[p + 1]
      corner[2] = values[p + w + 1]
      corner[3] = values[p + w]
      const mask =
        (corner[0] < threshold ? 1 : 0) |
        (corner[1] < threshold ? 2 : 0) |
        (corner[2] < threshold ? 4 : 0) |
        (corner[3] < threshold ? 8 : 0)
      if (mask === 0 || mask === 15) continue
      edge[0] = 2 * p
      edge[1] = 2 * (p + 1) + 1
      edge[2] = 2 * (p + w)
      edge[3] = 2 * p + 1
      exits.length = 0
      entries.length = 0
      for (let i = 0; i < 4; i++) {
        const a = (mask >> i) & 1
        const b = (mask >> ((i + 1) & 3)) & 1
        if (a > b) exits.push(i)
        else if (b > a) entries.push(i)
      }
      if (exits.length === 1) {
        next[edge[exits[0]]] = edge[entries[0]]
      } else {
        // Saddle (two opposite corners inside): the cell centre decides whether the two inside corners are
        // joined (pair each exit with the next entry counter-clockwise) or apart (with the previous one).
        const joined = (corner[0] + corner[1] + corner[2] + corner[3]) / 4 < threshold
        for (const x of exits) {
          const entry = joined ? (x + 1) & 3 : (x + 3) & 3
          next[edge[x]] = edge[entry]
        }
      }
    }
  }

  const [bw, bs, be, bn] = bbox
  const point = (id: number): Position => {
    const p = id >> 1
    const r = Math.floor(p / w)
    const c = p - r * w
    const q = id & 1 ? p + w : p + 1
    const v0 = values[p]
    const t = (threshold - v0) / (values[q] - v0)
    const x = west + (c - 1 + (id & 1 ? 0 : t)) * dx
    const y = south + (r - 1 + (id & 1 ? t : 0)) * dy
    // Contours that reach the padding are clamped onto the bbox edge.
    const lng = Math.min(be, Math.max(bw, x))
    const lat = Math.min(bn, Math.max(bs, y))
    return [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]
  }
  const rings: Position[][] = []
  for (let start = 0; start < next.length; start++) {
    if (next[start] < 0) continue
    const ring: Position[] = []
    let id = start
    while (id >= 0 && next[id] >= 0) {
      const prev = ring[ring.length - 1]
      const pt = point(id)
      if (!prev || prev[0] !== pt[0] || prev[1] !== pt[1]) ring.push(pt)
      const to = next[id]
      next[id] = -1
      id = to
    }
    const last = ring[ring.length - 1]
    if (last[0] === ring[0][0] && last[1] === ring[0][1]) ring.pop()
    if (ring.length < 3) continue
    ring.push([ring[0][0], ring[0][1]])
    rings.push(ring)
  }
  return rings
}

/** Groups rings into polygons: counter-clockwise rings are exteriors, each hole goes to the smallest exterior around it. */
export function polygons(rings: Position[][]): Position[][][] {
  const outers: { ring: Position[]; area: number; holes: Position[][] }[] = []
  const holes: Position[][] = []
  for (const ring of rings) {
    const area = signedArea(ring)
    if (area > 0) outers.push({ ring, area, holes: [] })
    else if (area < 0) holes.push(ring)
  }
  outers.sort((a, b) => a.area - b.area)
  for (const hole of holes) {
    // A vertex of the hole lies on a grid edge inside its exterior; test the midpoint of its first side, which
    // cannot lie on the exterior (they never share a grid edge).
    const x = (hole[0][0] + hole[1][0]) / 2
    const y = (hole[0][1] + hole[1][1]) / 2
    const outer = outers.find((o) => ringContains(o.ring, x, y))
    outer?.holes.push(hole)
  }
  return outers.map((o) => [o.ring, ...o.holes])
}

/**
 * Cumulative isochrone polygons for the bands (minutes, ascending), over the bbox, from `times` of
 * `travelTimesFrom`. Bands that nothing reaches are left out. Pass the same `fields` with the same `times` to reuse
 * the sampling (a slider moving a limit).
 */
export function isochrones(
  graph: RoadGraph,
  times: Float64Array,
  bands: readonly number[] = ISOCHRONE_BANDS,
  bbox: Readonly<Bbox> = AREA_BBOX,
  cellKm = ISOCHRONE_CELL_KM,
  /** The fields already sampled from these `times` (none: sampled afresh). */
  fields: IsochroneFields = new IsochroneFields(),
): FeatureCollection<Polygon | MultiPolygon, IsochroneProperties> {
  const sorted = [...bands].sort((a, b) => a - b)
  if (sorted.length === 0) return { type: 'FeatureCollection', features: [] }
  const field = fields.get(graph, times, bbox, cellKm, fieldCap(sorted[sorted.length - 1]))
  const next = new Int32Array(2 * field.w * field.h)
  const features: Feature<Polygon | MultiPolygon, IsochroneProperties>[] = []
  for (const minutes of sorted) {
    const polys = polygons(contourRings(field, minutes, next, bbox))
    if (polys.length === 0) continue
    const geometry: Polygon | MultiPolygon =
      polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys }
    features.push({ type: 'Feature', properties: { minutes }, geometry })
  }
  return { type: 'FeatureCollection', features }
}
