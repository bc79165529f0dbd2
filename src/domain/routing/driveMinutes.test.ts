import type { FeatureCollection } from 'geojson'
import { describe, expect, it } from 'vitest'
import type { LngLat } from '../types.ts'
import { HubMinutes, RoadGraph, SnappedPoints, buildNetwork, minutesAt, travelTimesFrom } from './index.ts'

/** One primary road along latitude 31.3 from 121.00 to 121.10 E; a second, unconnected one far east. */
function createGraph(): RoadGraph {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { highway: 'primary' }, geometry: { type: 'LineString', coordinates: [[121, 31.3], [121.05, 31.3], [121.1, 31.3]] } },
      { type: 'Feature', properties: { highway: 'primary' }, geometry: { type: 'LineString', coordinates: [[121.5, 31.3], [121.55, 31.3]] } },
    ],
  }
  return RoadGraph.fromData(buildNetwork(fc).network)
}

const ON_ROAD: LngLat = [121.03, 31.301]
const BESIDE: LngLat = [121.08, 31.31]
const OTHER_ROAD: LngLat = [121.52, 31.3]
const OFF_NETWORK: LngLat = [122.5, 32]

describe('SnappedPoints (the pin to every park and listing)', () => {
  it.each([
    ['on the road', ON_ROAD],
    ['beside it', BESIDE],
  ] as const)('gives minutesAt rounded to 0.1 for a point %s', (_, p) => {
    const graph = createGraph()
    const times = travelTimesFrom(graph, [121, 31.3])!
    const [m] = new SnappedPoints(graph, new Float64Array(p)).minutesFrom(times)
    const expected = Math.round(minutesAt(graph, times, p)! * 10) / 10
    expect(m).toBe(Math.fround(expected))
    expect(m).toBeGreaterThan(0)
  })

  it.each([
    ['off the network', OFF_NETWORK],
    ['on a road the origin does not reach', OTHER_ROAD],
  ] as const)('gives NaN for a point %s', (_, p) => {
    const graph = createGraph()
    const times = travelTimesFrom(graph, [121, 31.3])!
    expect(new SnappedPoints(graph, new Float64Array(p)).minutesFrom(times)[0]).toBeNaN()
  })

  it('answers a range of points, and NaN for all when the origin is off the network', () => {
    const graph = createGraph()
    const points = new SnappedPoints(graph, new Float64Array([...ON_ROAD, ...BESIDE, ...OFF_NETWORK]))
    const times = travelTimesFrom(graph, [121, 31.3])
    expect(points.count).toBe(3)
    expect(points.minutesFrom(times, 1).length).toBe(2)
    expect(points.minutesFrom(times, 1)[0]).toBe(points.minutesFrom(times)[1])
    expect([...points.minutesFrom(null)].every(Number.isNaN)).toBe(true)
  })
})

describe('HubMinutes (every park and listing to every hub)', () => {
  it('gives, in hub order, minutes rounded to 0.1 and null where a hub does not reach or is off the network', () => {
    const graph = createGraph()
    const hubs = new HubMinutes(graph, [[121, 31.3], [121.1, 31.3], OTHER_ROAD, OFF_NETWORK])
    expect(hubs.times[3]).toBeNull()
    const row = hubs.at(BESIDE)
    const round1 = (x: number) => Math.round(x * 10) / 10
    expect(row).toEqual([round1(minutesAt(graph, hubs.times[0]!, BESIDE)!), round1(minutesAt(graph, hubs.times[1]!, BESIDE)!), null, null])
  })

  it('gives null for every hub at a point off the network', () => {
    const graph = createGraph()
    expect(new HubMinutes(graph, [[121, 31.3]]).at(OFF_NETWORK)).toEqual([null])
  })

  it('agrees with SnappedPoints for the same origin', () => {
    const graph = createGraph()
    const hub: LngLat = [121.1, 31.3]
    const [viaHubs] = new HubMinutes(graph, [hub]).at(ON_ROAD)
    const [viaPoints] = new SnappedPoints(graph, new Float64Array(ON_ROAD)).minutesFrom(travelTimesFrom(graph, hub))
    expect(Math.fround(viaHubs!)).toBe(viaPoints)
  })
})
