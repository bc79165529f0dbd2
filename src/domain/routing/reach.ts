/**
 * "People within reach": residents whose population seat can drive to a site within 15/30/45/60 minutes.
 *
 * Direction: the commute, seat → site. The network has one-way roads, so "site → seat" minutes would not do.
 * Two ways give the same seat → site minutes (a test checks that they agree, and both against graphology):
 * - the data build runs one forward search from each seat (about 50 seats) and reads every site's minutes in it
 *   (`travelTimesFrom(seat)` then `minutesAt(site)`, as the hub times are read);
 * - the routing worker, for one pin, runs one search on the reversed graph from the pin and reads each seat's
 *   minutes in it (`seatMinutesTo`): a single search instead of one per seat.
 * Access legs (point ↔ snapped node) count at both ends, as for hubs.
 */
import { REACH_MINUTES, type LngLat, type PeopleWithin } from '../types.ts'
import { Dijkstra, type Csr } from './dijkstra.ts'
import type { RoadGraph } from './graph.ts'

/** The edges of `graph` turned round: an edge u → v becomes v → u with the same minutes. */
export function reverseCsr(graph: Csr): Csr {
  const n = graph.offsets.length - 1
  const { offsets, targets, minutes } = graph
  const rOffsets = new Int32Array(n + 1)
  for (let e = 0; e < targets.length; e++) rOffsets[targets[e] + 1]++
  for (let i = 0; i < n; i++) rOffsets[i + 1] += rOffsets[i]
  const fill = rOffsets.slice(0, n)
  const rTargets = new Int32Array(targets.length)
  const rMinutes = new Float32Array(targets.length)
  for (let u = 0; u < n; u++)
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const slot = fill[targets[e]]++
      rTargets[slot] = u
      rMinutes[slot] = minutes[e]
    }
  return { offsets: rOffsets, targets: rTargets, minutes: rMinutes }
}

/** A search on the reversed graph, built once per graph and thread (the worker keeps one). */
export class ReverseSearch {
  private readonly search: Dijkstra
  constructor(private readonly graph: RoadGraph) {
    this.search = new Dijkstra(reverseCsr(graph))
  }

  /**
   * Minutes from each seat to `site` (seat → site, the commute); null for a seat off the network or one that
   * cannot reach the site. Null as a whole when the site itself is off the network.
   */
  seatMinutesTo(site: LngLat, seats: readonly LngLat[]): (number | null)[] | null {
    const { snapIndex } = this.graph
    const ends = snapIndex.snap(site[0], site[1])
    if (ends.length === 0) return null
    // Seeds carry the site's access leg; dist[v] is then the minutes from node v to the site.
    const dist = this.search.run(ends)
    return seats.map((p) => {
      let best = Infinity
      for (const s of snapIndex.snap(p[0], p[1])) best = Math.min(best, s.minutes + dist[s.node])
      return Number.isFinite(best) ? best : null
    })
  }
}

/**
 * Residents within each REACH_MINUTES band, given each seat's minutes to the site (null: cannot reach) and
 * its population. A seat exactly on a band's limit counts in it.
 */
export function peopleWithin(minutes: readonly (number | null)[], population: readonly number[]): PeopleWithin {
  if (minutes.length !== population.length) throw new Error(`peopleWithin: ${minutes.length} seat times but ${population.length} populations`)
  const sums = REACH_MINUTES.map(() => 0)
  minutes.forEach((m, i) => {
    if (m === null) return
    REACH_MINUTES.forEach((band, b) => {
      if (m <= band) sums[b] += population[i]
    })
  })
  return sums as PeopleWithin
}
