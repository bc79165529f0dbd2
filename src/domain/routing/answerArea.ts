/**
 * The answer area: where every drive-time limit holds at once ("within 30 min of Hongqiao and 20 of the port").
 *
 * Over the same sampled time fields the isochrones contour (isochrones.ts: one grid, one field per origin), the
 * area is the region where max_i(t_i / L_i) ≤ 1, t_i being the minutes from limit i's origin and L_i its minutes:
 * one field of ratios, contoured once at 1 by the same marching squares. Contouring the combined field (rather than
 * intersecting the limits' polygons with a polygon library) costs one pass over the grid and gives rings that close
 * and nest as the isochrones do; the test checks it against such an intersection (polyclip-ts).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import type { RoadGraph } from './graph.ts'
import { AREA_BBOX, ISOCHRONE_BANDS, ISOCHRONE_CELL_KM, contourRings, fieldCap, type IsochroneFields, polygons, type Bbox, type Field } from './isochrones.ts'

export interface AnswerLimit {
  /** Minutes to every node from the limit's origin (travelTimesFrom), the array the caller keeps. */
  times: Float64Array
  /** The sampled fields of those times, kept with them by the caller (shared with the isochrones of the limit). */
  fields: IsochroneFields
  /** The limit, minutes (> 0). */
  minutes: number
}

export interface AnswerProperties {
  /** How many limits the area satisfies. */
  limits: number
}

/**
 * The region where every limit holds, as one feature (Polygon or MultiPolygon); no feature when the limits do not
 * overlap anywhere in the bbox (or there are none). Throws a RangeError naming the bad limit when a limit is not a
 * positive finite number of minutes or its times do not fit the graph.
 */
export function answerArea(
  graph: RoadGraph,
  limits: readonly AnswerLimit[],
  bbox: Readonly<Bbox> = AREA_BBOX,
  cellKm = ISOCHRONE_CELL_KM,
): FeatureCollection<Polygon | MultiPolygon, AnswerProperties> {
  limits.forEach((l, i) => {
    if (!Number.isFinite(l.minutes) || l.minutes <= 0) throw new RangeError(`answerArea: limit ${i + 1} has ${l.minutes} minutes; a limit is a positive number of minutes`)
    if (l.times.length !== graph.nodeCount) throw new RangeError(`answerArea: limit ${i + 1} has times for ${l.times.length} nodes; the graph has ${graph.nodeCount}`)
  })
  if (limits.length === 0) return { type: 'FeatureCollection', features: [] }
  // The cap the isochrones of the same limit use (bands: the standard ones and the limit), so the field is shared.
  const lastStandard = ISOCHRONE_BANDS[ISOCHRONE_BANDS.length - 1]
  const fields = limits.map((l) => l.fields.get(graph, l.times, bbox, cellKm, fieldCap(Math.max(lastStandard, l.minutes))))
  const combined = ratioField(fields, limits.map((l) => l.minutes))
  const polys = polygons(contourRings(combined, 1, new Int32Array(2 * combined.w * combined.h), bbox))
  if (polys.length === 0) return { type: 'FeatureCollection', features: [] }
  const geometry: Polygon | MultiPolygon = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys }
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { limits: limits.length }, geometry }] }
}

/**
 * max_i(t_i / L_i) at every grid point. The padding of each field holds its cap (> 2·L_i), so the ratio there is
 * above 2 and every ring closes inside the grid, as for the isochrones.
 */
function ratioField(fields: Field[], minutes: number[]): Field {
  const first = fields[0]
  const values = new Float64Array(first.values.length)
  for (let i = 0; i < fields.length; i++) {
    const v = fields[i].values
    const inv = 1 / minutes[i]
    for (let p = 0; p < values.length; p++) {
      const r = v[p] * inv
      if (r > values[p]) values[p] = r
    }
  }
  return { ...first, values }
}
