import type { MultiPolygon, Polygon, Position } from 'geojson'
import { describe, expect, it } from 'vitest'
import turfArea from '@turf/area'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import type { RoadGraph } from './index.ts'
import { IsochroneFields, isochrones, minutesAt, travelTimesFrom, type Bbox } from './index.ts'
import { createRoad, graphOf } from './testRoads.ts'

/** A cross of primary roads through 121.1, 31.4, 20 km each way, and a ring road around it. */
function createGraph(): RoadGraph {
  return graphOf([
    createRoad('primary', [[120.9, 31.4], [121.1, 31.4], [121.3, 31.4]]),
    createRoad('primary', [[121.1, 31.22], [121.1, 31.4], [121.1, 31.58]]),
    createRoad('secondary', [[121.0, 31.3], [121.2, 31.3], [121.2, 31.5], [121.0, 31.5], [121.0, 31.3]]),
  ], { problems: 'allowed' })
}

const BBOX: Bbox = [120.85, 31.15, 121.35, 31.65]

// Independent checks with Turf rather than a copy of the geometry the module computes (issue 13, item 9).
const areaOf = (g: Polygon | MultiPolygon): number => turfArea(g)
const contains = (g: Polygon | MultiPolygon, p: Position): boolean => booleanPointInPolygon(p, g)
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
/** Shoelace sum: positive for a counter-clockwise ring (the orientation RFC 7946 asks of exteriors). */
function signedArea(ring: Position[]): number {
  let sum = 0
  for (let i = 1; i < ring.length; i++) sum += (ring[i - 1][0] - ring[i][0]) * (ring[i - 1][1] + ring[i][1])
  return sum / 2
}

describe('isochrones', () => {
  it('gives one cumulative feature per band, each inside the next', () => {
    const graph = createGraph()
    const times = travelTimesFrom(graph, [121.1, 31.4])!
    const fc = isochrones(graph, times, [10, 20, 30], BBOX)
    expect(fc.features.map((f) => f.properties.minutes)).toEqual([10, 20, 30])
    const [ten, twenty, thirty] = fc.features.map((f) => f.geometry)
    expect(areaOf(ten)).toBeGreaterThan(0)
    expect(areaOf(ten)).toBeLessThan(areaOf(twenty))
    expect(areaOf(twenty)).toBeLessThan(areaOf(thirty))
    // Every vertex of the 10-minute polygon lies inside (or on) the 20-minute one: test points pulled a little
    // towards the origin, which is inside both.
    for (const rings of polygonsOf(ten))
      for (const [x, y] of rings[0]) expect(contains(twenty, [x + (121.1 - x) * 0.01, y + (31.4 - y) * 0.01])).toBe(true)
  })

  it('agrees with minutesAt at sample points', () => {
    const graph = createGraph()
    const times = travelTimesFrom(graph, [121.1, 31.4])!
    const [twenty] = isochrones(graph, times, [20], BBOX).features
    for (const point of [[121.1, 31.3], [121.18, 31.4], [121.0, 31.42], [121.3, 31.6], [120.9, 31.2]] as [number, number][]) {
      const m = minutesAt(graph, times, point)
      // Away from the contour (±2 minutes of interpolation slack), inside ⇔ minutes ≤ 20.
      if (m !== null && Math.abs(m - 20) > 2) expect(contains(twenty.geometry, point)).toBe(m < 20)
    }
  })

  it('orients exteriors counter-clockwise and holes clockwise (RFC 7946)', () => {
    const graph = createGraph()
    const times = travelTimesFrom(graph, [121.1, 31.4])!
    for (const f of isochrones(graph, times, [10, 20, 30, 45], BBOX).features)
      for (const [outer, ...holes] of polygonsOf(f.geometry)) {
        expect(signedArea(outer)).toBeGreaterThan(0)
        for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0)
      }
  })

  it('leaves out bands that nothing reaches', () => {
    const graph = createGraph()
    // No grid point (400 m apart) is within 0.01 minutes of the origin.
    const times = travelTimesFrom(graph, [121.2, 31.5])!
    expect(isochrones(graph, times, [0.01, 30], BBOX).features.map((f) => f.properties.minutes)).toEqual([30])
  })

  it('draws the same polygons from kept fields as from a fresh sampling (a slider moving the last band)', () => {
    const graph = createGraph()
    const times = travelTimesFrom(graph, [121.1, 31.4])!
    const fields = new IsochroneFields()
    for (const last of [31, 32, 45])
      expect(isochrones(graph, times, [10, last], BBOX, undefined, fields)).toEqual(isochrones(graph, times, [10, last], BBOX))
  })
})
