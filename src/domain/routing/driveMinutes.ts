/**
 * Drive minutes between many points, written once for every caller: the data build and the synthetic generator
 * (every park and listing to every hub), the CLI and the routing worker (the pin to every park and listing).
 * Minutes are rounded to 0.1 (round1): the precision data/ stores and a limit compares at.
 */
import { round1 } from '../numbers.ts'
import type { LngLat } from '../types.ts'
import type { RoadGraph } from './graph.ts'
import { ACCESS_NODES } from './speeds.ts'
import { travelTimesFrom } from './travel.ts'

/**
 * Minutes from the origin of `times` (a `travelTimesFrom` result) to the point whose snapped nodes and access
 * minutes are `nodes[at .. at + k)` / `access[…]` (node -1 ends the list early), rounded to 0.1; NaN when the point
 * is off the network or not reached.
 */
function best(times: Float64Array, nodes: Int32Array, access: Float64Array, at: number, k: number): number {
  let m = Infinity
  for (let j = at; j < at + k; j++) {
    if (nodes[j] < 0) break
    const t = times[nodes[j]] + access[j]
    if (t < m) m = t
  }
  return Number.isFinite(m) ? round1(m) : NaN
}

/**
 * Points snapped to the network once (up to ACCESS_NODES nodes each, as `minutesAt` snaps), then asked for their
 * minutes from any number of origins: the hubs in the build, the pin in the worker and the CLI.
 */
export class SnappedPoints {
  readonly count: number
  private readonly nodes: Int32Array
  private readonly access: Float64Array

  /** `points`: flat [lng0, lat0, lng1, lat1, …], WGS-84. */
  constructor(graph: RoadGraph, points: Float64Array) {
    this.count = points.length / 2
    this.nodes = new Int32Array(this.count * ACCESS_NODES).fill(-1)
    this.access = new Float64Array(this.count * ACCESS_NODES)
    for (let i = 0; i < this.count; i++)
      graph.snapIndex.snap(points[2 * i], points[2 * i + 1]).forEach((s, k) => {
        this.nodes[i * ACCESS_NODES + k] = s.node
        this.access[i * ACCESS_NODES + k] = s.minutes
      })
  }

  /** Minutes from the origin of `times` to points from..to-1, rounded to 0.1; NaN where not reached. */
  minutesFrom(times: Float64Array | null, from = 0, to = this.count): Float32Array {
    const out = new Float32Array(to - from)
    for (let i = from; i < to; i++) out[i - from] = times ? best(times, this.nodes, this.access, i * ACCESS_NODES, ACCESS_NODES) : NaN
    return out
  }
}

/** Minutes from every hub to a point: the `driveMinutes` of data/ (hub order; null where not reached). */
export class HubMinutes {
  /** Node times from each hub; null for a hub off the network. */
  readonly times: (Float64Array | null)[]

  constructor(
    private readonly graph: RoadGraph,
    hubPoints: readonly LngLat[],
  ) {
    this.times = hubPoints.map((p) => travelTimesFrom(graph, p))
  }

  /** Rounded to 0.1, in hub order; null where the point is off the network or the hub does not reach it. */
  at(point: LngLat): (number | null)[] {
    const snaps = this.graph.snapIndex.snap(point[0], point[1])
    const nodes = Int32Array.from(snaps, (s) => s.node)
    const access = Float64Array.from(snaps, (s) => s.minutes)
    return this.times.map((t) => {
      const m = t ? best(t, nodes, access, 0, snaps.length) : NaN
      return Number.isNaN(m) ? null : m
    })
  }
}
