import { describe, expect, it } from 'vitest'
import type { LngLat } from '../types.ts'
import { haversineKm } from './geo.ts'
import type { RoadGraph } from './index.ts'
import { minutesAt, route, travelTimesFrom } from './index.ts'
import { FREE_FLOW_KMH, accessMinutes } from './speeds.ts'
import { createRoad, graphOf } from './testRoads.ts'

/**
 * A primary road along latitude 31.3 from 121.00 to 121.10 E, and a one-way secondary loop north of it:
 * 121.02 → north → 121.06 → back south (traffic goes west to east on the loop only).
 */
function createGraph(): RoadGraph {
  return graphOf([
    createRoad('primary', [[121, 31.3], [121.02, 31.3], [121.06, 31.3], [121.1, 31.3]]),
    createRoad('secondary', [[121.02, 31.3], [121.02, 31.32], [121.06, 31.32], [121.06, 31.3]], { oneway: 'yes' }),
  ])
}

const PRIMARY_MIN_PER_KM = 60 / FREE_FLOW_KMH.primary

describe('drive-time API', () => {
  it('travelTimesFrom gives the access leg at the origin node and road minutes beyond it', () => {
    const graph = createGraph()
    const times = travelTimesFrom(graph, [121, 31.3])!
    expect(minutesAt(graph, times, [121, 31.3])).toBe(0)
    const km = haversineKm(121, 31.3, 121.1, 31.3)
    expect(minutesAt(graph, times, [121.1, 31.3])).toBeCloseTo(km * PRIMARY_MIN_PER_KM, 2)
  })

  it('adds the access leg of a point beside the road at both ends', () => {
    const graph = createGraph()
    const times = travelTimesFrom(graph, [121, 31.29])!
    const leg = accessMinutes(haversineKm(121, 31.29, 121, 31.3))
    expect(minutesAt(graph, times, [121, 31.29])).toBeCloseTo(2 * leg, 3)
  })

  it('returns null off the network (nothing within 8 km)', () => {
    const graph = createGraph()
    const far: LngLat = [121.05, 31.5]
    expect(travelTimesFrom(graph, far)).toBeNull()
    expect(minutesAt(graph, travelTimesFrom(graph, [121, 31.3])!, far)).toBeNull()
    expect(route(graph, far, [121, 31.3])).toBeNull()
    expect(route(graph, [121, 31.3], far)).toBeNull()
  })

  it('route() gives minutes and road km, the same minutes as travelTimesFrom + minutesAt', () => {
    const graph = createGraph()
    const from: LngLat = [121, 31.3]
    const to: LngLat = [121.1, 31.3]
    const r = route(graph, from, to)!
    expect(r.minutes).toBeCloseTo(minutesAt(graph, travelTimesFrom(graph, from)!, to)!, 9)
    expect(r.km).toBeCloseTo(haversineKm(121, 31.3, 121.1, 31.3), 3)
  })

  it('respects one-way roads: the loop is quicker one way round than the other', () => {
    const graph = createGraph()
    // Nodes on the loop's north side (cut every 0.004°), 121.028 and 121.052: west to east follows the loop,
    // east to west must go round through the primary road.
    const west: LngLat = [121.028, 31.32]
    const east: LngLat = [121.052, 31.32]
    const there = route(graph, west, east)!
    const back = route(graph, east, west)!
    expect(there.minutes).toBeLessThan(back.minutes)
    expect(there.km).toBeCloseTo(haversineKm(121.028, 31.32, 121.052, 31.32), 2)
  })
})
