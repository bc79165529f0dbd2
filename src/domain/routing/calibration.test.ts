/**
 * Calibration: free-flow minutes on the seeded network against published drive times: the figures of
 * seeds/calibration.yaml (each with its source) and the drive times that listings advertise (`claims` on
 * listings, DESIGN.md "Claims": read from the listings, never copied into calibration.yaml).
 *
 * Every figure is kept and reported: the median and the worst absolute error, and which figures lie outside
 * ±25% ("fail" in the table; a `deviation` in the seed says why, where known). The test fails when the median
 * error exceeds 15%. When it does, the speed table (speeds.ts) or the roads are what to change, as a whole:
 * never per case.
 */
import { resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { LngLat } from '../types.ts'
import { toWgs84 } from '../geo.ts'
import { loadSeeds } from '../../../scripts/data/load.ts'
import { calibrationFigures, type Endpoint } from '../../../scripts/data/calibration.ts'
import { RoadGraph, buildNetwork, minutesAt, travelTimesFrom } from './index.ts'

/** The median absolute error the whole table must meet (issue 17). */
const MEDIAN_TOLERANCE = 0.15
/** A single figure further off than this is listed as failing. */
const FIGURE_TOLERANCE = 0.25

// The same reading and validation as the data build: the figures, parks, hubs and roads as seeds/ has them.
const seeds = loadSeeds(resolve(import.meta.dirname, '../../../seeds'))
const figures = calibrationFigures(seeds)

function loadGraph(): RoadGraph {
  const features = seeds.roads.flatMap((r) => r.fc.features)
  return RoadGraph.fromData(buildNetwork({ type: 'FeatureCollection', features }).network)
}

function loadPlaces(): Map<string, LngLat> {
  const places = new Map<string, LngLat>()
  for (const { record: h } of seeds.hubs) places.set(`hub:${h.id}`, toWgs84(h.point, h.crs))
  for (const { record: p } of seeds.parks) places.set(`park:${p.id}`, toWgs84(p.point, p.crs))
  return places
}

function locate(end: Endpoint, places: Map<string, LngLat>): LngLat {
  if ('point' in end) return toWgs84(end.point, end.crs)
  const key = 'park' in end ? `park:${end.park}` : `hub:${end.hub}`
  const point = places.get(key)
  if (!point) throw new Error(`calibration: no ${key.replace(':', ' ')} in seeds`)
  return point
}

function median(sorted: number[]): number {
  const n = sorted.length
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
}

describe('calibration against published drive times', () => {
  const graph = loadGraph()
  const places = loadPlaces()
  const results = figures.map((f) => {
    const times = travelTimesFrom(graph, locate(f.from, places))
    const modelled = times && minutesAt(graph, times, locate(f.to, places))
    return { ...f, modelled, error: modelled === null ? null : modelled / f.minutes - 1 }
  })
  const errors = results.flatMap((r) => (r.error === null ? [] : [Math.abs(r.error)])).sort((a, b) => a - b)

  it('takes the drive times that listings advertise (their claims) as figures', () => {
    expect(figures.some((f) => f.id.startsWith('claim:'))).toBe(true)
  })

  it('reaches both ends of every figure', () => {
    expect(results.filter((r) => r.modelled === null).map((r) => r.id)).toEqual([])
  })

  it(`has a median absolute error of at most ${100 * MEDIAN_TOLERANCE}% over all figures`, () => {
    expect(errors.length).toBe(figures.length)
    expect(median(errors)).toBeLessThanOrEqual(MEDIAN_TOLERANCE)
  })

  afterAll(() => {
    const failing = results.filter((r) => r.error === null || Math.abs(r.error) > FIGURE_TOLERANCE)
    const lines = results.map((r) => {
      const m = r.modelled === null ? 'unreachable' : `${r.modelled.toFixed(1).padStart(5)} min (${(100 * r.error!).toFixed(0).padStart(4)}%)`
      const verdict = failing.includes(r) ? `outside ±25%${r.deviation ? ' (known deviation)' : ''}` : 'ok'
      return `  ${r.id.padEnd(36)} published ${String(r.minutes).padStart(3)} min, modelled ${m}  ${verdict}`
    })
    console.log(
      `calibration: ${figures.length} figures, median absolute error ${(100 * median(errors)).toFixed(1)}%, ` +
        `worst ${(100 * errors[errors.length - 1]).toFixed(1)}%, ${failing.length} outside ±${100 * FIGURE_TOLERANCE}%` +
        (failing.length ? ` (${failing.map((r) => r.id).join(', ')})` : '') +
        `\n${lines.join('\n')}`,
    )
  })
})
