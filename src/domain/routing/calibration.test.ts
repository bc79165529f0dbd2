/**
 * Calibration: free-flow minutes on the seeded network against published drive times
 * (seeds/calibration.yaml, each with its source). Each must lie within ±25%; the median absolute error is
 * printed. When figures fail, the speed table (speeds.ts) is what to change, as a whole: never per case.
 */
import { resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { LngLat } from '../types.ts'
import { toWgs84 } from '../geo.ts'
import { loadSeeds } from '../../../scripts/data/load.ts'
import type { CalibrationSeed } from '../../../scripts/data/schema.ts'
import { RoadGraph, buildNetwork, minutesAt, travelTimesFrom } from './index.ts'

const TOLERANCE = 0.25

// The same reading and validation as the data build: the figures, parks, hubs and roads as seeds/ has them.
const seeds = loadSeeds(resolve(import.meta.dirname, '../../../seeds'))
const cases: CalibrationSeed[] = seeds.calibration.map((c) => c.record)

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

function locate(end: CalibrationSeed['from'], places: Map<string, LngLat>): LngLat {
  if ('point' in end) return toWgs84(end.point, end.crs)
  const key = 'park' in end ? `park:${end.park}` : `hub:${end.hub}`
  const point = places.get(key)
  if (!point) throw new Error(`calibration: no ${key.replace(':', ' ')} in seeds`)
  return point
}

describe.skipIf(cases.length === 0)('calibration against published drive times', () => {
  const graph = loadGraph()
  const places = loadPlaces()
  const results: { id: string; published: number; modelled: number | null; deviation?: string }[] = []

  it.each(cases)('$id: $minutes min published', (c) => {
    const times = travelTimesFrom(graph, locate(c.from, places))
    const modelled = times && minutesAt(graph, times, locate(c.to, places))
    results.push({ id: c.id, published: c.minutes, modelled, deviation: c.deviation })
    expect(modelled, 'reachable').not.toBeNull()
    const error = Math.abs(modelled! / c.minutes - 1)
    if (c.deviation) expect(error, `${modelled!.toFixed(1)} min modelled: now within ±25%, remove the deviation`).toBeGreaterThan(TOLERANCE)
    else expect(error, `${modelled!.toFixed(1)} min modelled`).toBeLessThanOrEqual(TOLERANCE)
  })

  it('keeps known deviations a minority of the figures', () => {
    expect(cases.filter((c) => c.deviation).length).toBeLessThan(cases.length / 2 + 1)
  })

  afterAll(() => {
    const errors = results.filter((r) => r.modelled !== null).map((r) => Math.abs(r.modelled! / r.published - 1))
    errors.sort((a, b) => a - b)
    const median = errors.length % 2 ? errors[(errors.length - 1) / 2] : (errors[errors.length / 2 - 1] + errors[errors.length / 2]) / 2
    const lines = results.map((r) => {
      const m = r.modelled === null ? 'unreachable' : `${r.modelled.toFixed(1)} min (${(100 * (r.modelled / r.published - 1)).toFixed(0)}%)`
      return `  ${r.id.padEnd(28)} published ${String(r.published).padStart(3)} min, modelled ${m}${r.deviation ? ' [known deviation]' : ''}`
    })
    console.log(`calibration: median absolute error ${(100 * median).toFixed(1)}% over ${errors.length} cases\n${lines.join('\n')}`)
  })
})
