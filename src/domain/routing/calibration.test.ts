/**
 * Calibration: free-flow minutes on the seeded network against published drive times
 * (seeds/calibration.yaml, each with its source). Each must lie within ±25%; the median absolute error is
 * printed. When figures fail, the speed table (speeds.ts) is what to change, as a whole: never per case.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import gcoord from 'gcoord'
import type { FeatureCollection } from 'geojson'
import { parse } from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import type { LngLat } from '../types.ts'
import { RoadGraph, buildNetwork, minutesAt, travelTimesFrom } from './index.ts'

const SEEDS = resolve(import.meta.dirname, '../../../seeds')
const TOLERANCE = 0.25

type Crs = 'wgs84' | 'gcj02' | 'bd09'
interface Placed {
  point: LngLat
  crs?: Crs
}
type End = { park: string } | { hub: string } | ({ point: LngLat } & Placed)
interface Case {
  id: string
  from: End
  to: End
  minutes: number
  note?: string
  /**
   * Why the seeded network cannot meet this figure yet (a known, documented deviation). Such a case is still
   * measured and counted in the median, and must stay outside ±25%: when the network improves enough to meet
   * it, this test fails until the deviation is removed from seeds/calibration.yaml.
   */
  deviation?: string
}

const CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const

function toWgs84({ point, crs = 'wgs84' }: Placed): LngLat {
  if (crs === 'wgs84') return point
  const [lng, lat] = gcoord.transform(point, CRS[crs], gcoord.WGS84)
  return [lng, lat]
}

function readYaml<T>(path: string): T {
  return parse(readFileSync(path, 'utf8')) as T
}

function loadGraph(): RoadGraph {
  const dir = resolve(SEEDS, 'roads')
  const features = readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .flatMap((f) => (JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as FeatureCollection).features)
  return RoadGraph.fromData(buildNetwork({ type: 'FeatureCollection', features }).network)
}

function loadPlaces(): Map<string, LngLat> {
  const places = new Map<string, LngLat>()
  for (const hub of readYaml<({ id: string } & Placed)[]>(resolve(SEEDS, 'hubs.yaml'))) places.set(`hub:${hub.id}`, toWgs84(hub))
  const parks = resolve(SEEDS, 'parks')
  for (const file of readdirSync(parks).filter((f) => f.endsWith('.yaml'))) {
    const park = readYaml<{ id: string } & Placed>(resolve(parks, file))
    places.set(`park:${park.id}`, toWgs84(park))
  }
  return places
}

function locate(end: End, places: Map<string, LngLat>): LngLat {
  if ('point' in end) return toWgs84(end)
  const key = 'park' in end ? `park:${end.park}` : `hub:${end.hub}`
  const point = places.get(key)
  if (!point) throw new Error(`calibration: no ${key.replace(':', ' ')} in seeds`)
  return point
}

const calibrationFile = resolve(SEEDS, 'calibration.yaml')
const cases = existsSync(calibrationFile) ? readYaml<Case[]>(calibrationFile) : []

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
