import { DirectedGraph } from 'graphology'
import { dijkstra } from 'graphology-shortest-path'
import { describe, expect, it } from 'vitest'
import type { LngLat } from '../types.ts'
import type { RoadGraph } from './index.ts'
import { minutesAt, travelTimesFrom } from './index.ts'
import { ReverseSearch, peopleWithin, reverseCsr } from './reach.ts'
import { createRoad, graphOf } from './testRoads.ts'

/**
 * A primary road along latitude 31.3 from 121.00 to 121.30 E, a one-way secondary loop north of it that only
 * leads east (121.02 → 121.02,31.34 → 121.26,31.34 → 121.26), and a tertiary spur south to 121.15, 31.25.
 * From the east end of the loop westwards one must take the primary: the loop makes seat → site and site → seat
 * differ.
 */
function createGraph(): RoadGraph {
  return graphOf([
    createRoad('primary', [[121, 31.3], [121.02, 31.3], [121.1, 31.3], [121.15, 31.3], [121.2, 31.3], [121.26, 31.3], [121.3, 31.3]]),
    createRoad('secondary', [[121.02, 31.3], [121.02, 31.34], [121.14, 31.34], [121.26, 31.34], [121.26, 31.3]], { oneway: 'yes' }),
    createRoad('tertiary', [[121.15, 31.3], [121.15, 31.25]]),
  ])
}

/** Seats: on the loop, at both ends of the primary, at the spur's end, and one far off any road. */
const SEATS: LngLat[] = [[121.14, 31.34], [121, 31.3], [121.3, 31.3], [121.15, 31.25], [122.5, 32.5]]
const POPULATION = [100_000, 20_000, 3_000, 400, 5]
const SITE: LngLat = [121.2, 31.3]

/**
 * The seat → site minutes computed independently: graphology's Dijkstra over the graph's edges (each edge a
 * graphology edge, in its own direction), plus the access legs the snap index gives at both ends.
 */
function independentMinutes(graph: RoadGraph, seat: LngLat, site: LngLat): number | null {
  const g = new DirectedGraph()
  for (let i = 0; i < graph.nodeCount; i++) g.addNode(String(i))
  for (let u = 0; u < graph.nodeCount; u++)
    for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
      const key = `${u}>${graph.targets[e]}`
      // Parallel edges: the faster one is the one a driver takes.
      if (g.hasEdge(key)) g.setEdgeAttribute(key, 'w', Math.min(g.getEdgeAttribute(key, 'w') as number, graph.minutes[e]))
      else g.addDirectedEdgeWithKey(key, String(u), String(graph.targets[e]), { w: graph.minutes[e] })
    }
  let best = Infinity
  for (const a of graph.snapIndex.snap(seat[0], seat[1]))
    for (const b of graph.snapIndex.snap(site[0], site[1])) {
      const path = a.node === b.node ? [String(a.node)] : dijkstra.bidirectional(g, String(a.node), String(b.node), 'w')
      if (!path) continue
      let m = a.minutes + b.minutes
      for (let i = 1; i < path.length; i++) m += g.getEdgeAttribute(`${path[i - 1]}>${path[i]}`, 'w') as number
      best = Math.min(best, m)
    }
  return Number.isFinite(best) ? best : null
}

describe('people within reach', () => {
  it('sums a park\'s residents per band as an independent graphology computation does', () => {
    const graph = createGraph()
    const expected = SEATS.map((s) => independentMinutes(graph, s, SITE))
    // The far seat is off the network; the others all reach the site.
    expect(expected.map((m) => m === null)).toEqual([false, false, false, false, true])
    const byHand = [15, 30, 45, 60].map((band) => POPULATION.reduce((sum, p, i) => sum + (expected[i] !== null && expected[i]! <= band ? p : 0), 0))
    const minutes = new ReverseSearch(graph).seatMinutesTo(SITE, SEATS)!
    minutes.forEach((m, i) => (expected[i] === null ? expect(m).toBeNull() : expect(m).toBeCloseTo(expected[i]!, 4)))
    expect(peopleWithin(minutes, POPULATION)).toEqual(byHand)
  })

  it('gives the same seat → site minutes by one forward search per seat (the data build) and one reverse search (the worker)', () => {
    const graph = createGraph()
    const reverse = new ReverseSearch(graph).seatMinutesTo(SITE, SEATS)!
    const forward = SEATS.map((s) => {
      const times = travelTimesFrom(graph, s)
      return times ? minutesAt(graph, times, SITE) : null
    })
    forward.forEach((m, i) => (m === null ? expect(reverse[i]).toBeNull() : expect(reverse[i]).toBeCloseTo(m, 4)))
  })

  it('measures the commute (seat → site), not the way back, on one-way roads', () => {
    const graph = createGraph()
    // From the loop seat eastwards the loop is direct; the way back west must go round by the primary.
    const seat: LngLat = [121.14, 31.34]
    const toSite = new ReverseSearch(graph).seatMinutesTo(SITE, [seat])![0]!
    const fromSite = new ReverseSearch(graph).seatMinutesTo(seat, [SITE])![0]!
    expect(toSite).toBeCloseTo(independentMinutes(graph, seat, SITE)!, 4)
    expect(fromSite).toBeCloseTo(independentMinutes(graph, SITE, seat)!, 4)
    expect(Math.abs(toSite - fromSite)).toBeGreaterThan(1)
  })

  it('returns null as a whole when the site is off the network', () => {
    expect(new ReverseSearch(createGraph()).seatMinutesTo([122.5, 32.5], SEATS)).toBeNull()
  })

  it.each([
    ['a seat exactly on a limit counts in that band', [15, 30.0001, null], [1, 2, 4], [1, 1, 3, 3]],
    ['unreachable seats count nowhere', [null, null], [5, 6], [0, 0, 0, 0]],
    ['a seat beyond 60 minutes counts nowhere', [61], [9], [0, 0, 0, 0]],
    ['bands are cumulative', [10, 40, 50], [1, 10, 100], [1, 1, 11, 111]],
  ] as const)('%s', (_name, minutes, population, expected) => {
    expect(peopleWithin([...minutes], [...population])).toEqual(expected)
  })

  it('refuses seat times and populations of different lengths, naming both', () => {
    expect(() => peopleWithin([1, 2], [3])).toThrow('2 seat times but 1 populations')
  })

  it('turns every edge round exactly once', () => {
    const graph = createGraph()
    const r = reverseCsr(graph)
    const edges = (g: { offsets: Int32Array; targets: Int32Array; minutes: Float32Array }, flip: boolean) => {
      const out: string[] = []
      for (let u = 0; u + 1 < g.offsets.length; u++)
        for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) out.push(flip ? `${g.targets[e]}>${u}:${g.minutes[e]}` : `${u}>${g.targets[e]}:${g.minutes[e]}`)
      return out.sort()
    }
    expect(edges(r, true)).toEqual(edges(graph, false))
  })
})
