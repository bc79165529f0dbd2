/** Searches from one origin: times to every node, minutes to a point, a route's minutes and km. */
import type { LngLat } from '../types.ts'
import { haversineKm } from './geo.ts'
import type { RoadGraph } from './graph.ts'
import { ACCESS_DETOUR } from './speeds.ts'

/**
 * Minutes from `origin` to every node (index = node id), the origin's access leg included; Infinity where
 * the network does not lead. Null when the origin is off the network (no snappable node within reach).
 * The array is the caller's to keep.
 */
export function travelTimesFrom(graph: RoadGraph, origin: LngLat): Float64Array | null {
  const seeds = graph.snapIndex.snap(origin[0], origin[1])
  if (seeds.length === 0) return null
  return graph.search.run(seeds).slice()
}

/** Minutes to reach `point` given the node times of `travelTimesFrom`; null when off the network or unreachable. */
export function minutesAt(graph: RoadGraph, times: Float64Array, point: LngLat): number | null {
  let best = Infinity
  for (const s of graph.snapIndex.snap(point[0], point[1])) best = Math.min(best, times[s.node] + s.minutes)
  return Number.isFinite(best) ? best : null
}

/**
 * Fastest free-flow drive from `from` to `to`: minutes (as minutesAt(travelTimesFrom(from), to)) and km
 * (road km along the path, access legs counted as straight-line km × detour). Null when either point is off
 * the network or `to` cannot be reached.
 */
export function route(graph: RoadGraph, from: LngLat, to: LngLat): { minutes: number; km: number } | null {
  const seeds = graph.snapIndex.snap(from[0], from[1])
  const ends = graph.snapIndex.snap(to[0], to[1])
  if (seeds.length === 0 || ends.length === 0) return null
  const dist = graph.search.run(seeds)
  let best = Infinity
  let end = -1
  let endKm = 0
  for (const s of ends) {
    const m = dist[s.node] + s.minutes
    if (m < best) [best, end, endKm] = [m, s.node, s.km]
  }
  if (!Number.isFinite(best)) return null
  const { coords, search } = graph
  let km = endKm * ACCESS_DETOUR
  let node = end
  while (search.pred[node] >= 0) {
    const p = search.pred[node]
    km += haversineKm(coords[2 * p], coords[2 * p + 1], coords[2 * node], coords[2 * node + 1])
    node = p
  }
  // `node` is now the seed the path starts from.
  km += (seeds.find((s) => s.node === node)?.km ?? 0) * ACCESS_DETOUR
  return { minutes: best, km }
}
