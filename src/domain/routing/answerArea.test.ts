import type { MultiPolygon, Polygon, Position } from 'geojson'
import { describe, expect, it } from 'vitest'
import { intersection, type Geom } from 'polyclip-ts'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import type { RoadGraph } from './index.ts'
import { IsochroneFields, isochrones, minutesAt, travelTimesFrom, type Bbox } from './index.ts'
import { answerArea } from './answerArea.ts'
import type { LngLat } from '../types.ts'
import { createRoad, graphOf } from './testRoads.ts'

/** Two crosses of primary roads 40 km apart, joined by one road, each with a ring road around it. */
function createGraph(): RoadGraph {
  return graphOf([
    createRoad('primary', [[120.8, 31.4], [121.0, 31.4], [121.2, 31.4], [121.4, 31.4], [121.6, 31.4]]),
    createRoad('primary', [[121.0, 31.25], [121.0, 31.4], [121.0, 31.55]]),
    createRoad('primary', [[121.4, 31.25], [121.4, 31.4], [121.4, 31.55]]),
    createRoad('secondary', [[120.9, 31.3], [121.1, 31.3], [121.1, 31.5], [120.9, 31.5], [120.9, 31.3]]),
    createRoad('secondary', [[121.3, 31.3], [121.5, 31.3], [121.5, 31.5], [121.3, 31.5], [121.3, 31.3]]),
  ], { problems: 'allowed' })
}

const BBOX: Bbox = [120.75, 31.2, 121.65, 31.6]
const WEST: LngLat = [121.0, 31.4]
const EAST: LngLat = [121.4, 31.4]

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
const shoelace = (ring: Position[]) => ring.slice(1).reduce((s, p, i) => s + (ring[i][0] - p[0]) * (ring[i][1] + p[1]), 0) / 2
const areaOf = (polys: Position[][][]) => polys.reduce((s, rings) => s + rings.reduce((a, r) => a + Math.abs(shoelace(r)) * (r === rings[0] ? 1 : -1), 0), 0)

/** The independent answer: each limit's isochrone (at its minutes), intersected with polyclip-ts. */
function intersected(graph: RoadGraph, limits: { origin: LngLat; minutes: number }[]): Position[][][] {
  const geoms = limits.map(({ origin, minutes }) => {
    const f = isochrones(graph, travelTimesFrom(graph, origin)!, [minutes], BBOX).features[0]
    return (f ? polygonsOf(f.geometry) : []) as Geom
  })
  return intersection(geoms[0], ...geoms.slice(1)) as Position[][][]
}

function answer(graph: RoadGraph, limits: { origin: LngLat; minutes: number }[]) {
  return answerArea(graph, limits.map((l) => ({ times: travelTimesFrom(graph, l.origin)!, fields: new IsochroneFields(), minutes: l.minutes })), BBOX)
}

describe('answerArea', () => {
  it.each([
    ['two overlapping limits', [{ origin: WEST, minutes: 30 }, { origin: EAST, minutes: 30 }]],
    ['a tight and a loose limit', [{ origin: WEST, minutes: 15 }, { origin: EAST, minutes: 45 }]],
    ['one limit alone', [{ origin: WEST, minutes: 20 }]],
  ])('agrees with the intersection of the limits’ isochrones (polyclip-ts): %s', (_, limits) => {
    const graph = createGraph()
    const got = answer(graph, limits).features
    expect(got).toHaveLength(1)
    const mine = polygonsOf(got[0].geometry)
    const theirs = intersected(graph, limits)
    expect(areaOf(theirs)).toBeGreaterThan(0)
    // The two differ only inside grid cells the contours cross (interpolation of a max vs. of each field).
    expect(Math.abs(areaOf(mine) - areaOf(theirs)) / areaOf(theirs)).toBeLessThan(0.05)
    let agree = 0
    let n = 0
    for (let x = BBOX[0]; x <= BBOX[2]; x += 0.013)
      for (let y = BBOX[1]; y <= BBOX[3]; y += 0.011) {
        const inMine = booleanPointInPolygon([x, y], got[0])
        const inTheirs = theirs.some((p) => booleanPointInPolygon([x, y], { type: 'Polygon', coordinates: p }))
        n++
        if (inMine === inTheirs) agree++
      }
    expect(agree / n).toBeGreaterThan(0.98)
  })

  it('holds exactly where every limit holds, away from the contour', () => {
    const graph = createGraph()
    const limits = [{ origin: WEST, minutes: 30 }, { origin: EAST, minutes: 25 }]
    const [f] = answer(graph, limits).features
    const times = limits.map((l) => travelTimesFrom(graph, l.origin)!)
    let checked = 0
    for (const point of [[121.2, 31.4], [121.15, 31.42], [121.25, 31.38], [121.0, 31.4], [121.4, 31.4], [121.2, 31.55], [120.9, 31.3]] as LngLat[]) {
      const ratio = Math.max(...times.map((t, i) => (minutesAt(graph, t, point) ?? Infinity) / limits[i].minutes))
      if (Math.abs(ratio - 1) < 0.1) continue
      checked++
      expect(booleanPointInPolygon(point, f), `${point}: ratio ${ratio.toFixed(2)}`).toBe(ratio < 1)
    }
    expect(checked).toBeGreaterThanOrEqual(5)
  })

  it('is empty when the limits cannot overlap (two tight limits 40 km apart)', () => {
    const graph = createGraph()
    expect(answer(graph, [{ origin: WEST, minutes: 10 }, { origin: EAST, minutes: 10 }]).features).toEqual([])
    expect(intersected(graph, [{ origin: WEST, minutes: 10 }, { origin: EAST, minutes: 10 }])).toEqual([])
  })

  it('is empty without limits', () => {
    expect(answerArea(createGraph(), [], BBOX).features).toEqual([])
  })

  it.each([0, -5, NaN, Infinity])('refuses a limit of %s minutes, naming the limit', (minutes) => {
    const graph = createGraph()
    const times = travelTimesFrom(graph, WEST)!
    expect(() => answerArea(graph, [{ times, fields: new IsochroneFields(), minutes: 20 }, { times, fields: new IsochroneFields(), minutes }], BBOX)).toThrow(/limit 2 has .* minutes; a limit is a positive number of minutes/)
  })

  it('refuses times that do not fit the graph', () => {
    const graph = createGraph()
    expect(() => answerArea(graph, [{ times: new Float64Array(3), fields: new IsochroneFields(), minutes: 20 }], BBOX)).toThrow(`limit 1 has times for 3 nodes; the graph has ${graph.nodeCount}`)
  })
})
