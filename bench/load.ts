/**
 * Data-load workload: what src/stores/data.ts does once the three files have arrived (hubs, parks, listings):
 * read, JSON.parse, checkDataset of src/domain/dataCheck.ts and buildTable. Baseline: JSON.parse alone of the
 * same text, so the ratio is what reading, checking and the columnar table cost on top of parsing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildTable, type Table } from '../src/domain/filter.ts'
import { checkDataset, parseJson } from '../src/domain/dataCheck.ts'
import type { Listing } from '../src/domain/types.ts'
import { fmtCount } from './filter.ts'
import type { TimedCase } from './run.ts'

const FILES = ['hubs.json', 'parks.json', 'listings.json'] as const

/** The app's load path (src/stores/data.ts `load`) from files instead of fetch. */
export function loadFiles(paths: Record<(typeof FILES)[number], string>): Table {
  const text = (f: (typeof FILES)[number]) => readFileSync(paths[f], 'utf8')
  const json = (f: (typeof FILES)[number]) => parseJson(`data/${f}`, text(f))
  return buildTable(checkDataset({ hubs: json('hubs.json'), parks: json('parks.json'), listings: json('listings.json') }))
}

function loadCase(label: string, paths: Record<(typeof FILES)[number], string>, runs: number): TimedCase<number> {
  const texts = FILES.map((f) => readFileSync(paths[f], 'utf8'))
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)
  return {
    name: `data load, ${label}`,
    detail: `hubs + parks + listings.json, ${(bytes / 1e6).toFixed(1)} MB: read + parse + checks + buildTable`,
    baselineName: 'JSON.parse of the same text',
    runs,
    ours: () => loadFiles(paths).nListings,
    baseline: () => texts.reduce((n, t) => n + Object.keys(JSON.parse(t) as object).length, 0),
    ratio: 'overhead',
  }
}

/** Cases for the shipped data/ and for it with `synthetic` listings added (written under `tmp`). */
export function loadCases(dataDir: string, synthetic: Listing[], tmp: string, runs: { shipped: number; synthetic: number }): TimedCase<number>[] {
  const shipped = { 'hubs.json': resolve(dataDir, 'hubs.json'), 'parks.json': resolve(dataDir, 'parks.json'), 'listings.json': resolve(dataDir, 'listings.json') }
  const real = (JSON.parse(readFileSync(shipped['listings.json'], 'utf8')) as { listings: Listing[] }).listings
  mkdirSync(tmp, { recursive: true })
  const synthFile = resolve(tmp, 'listings.json')
  writeFileSync(synthFile, JSON.stringify({ listings: [...real, ...synthetic] }))
  return [
    loadCase(`shipped data (${fmtCount(real.length)} listings)`, shipped, runs.shipped),
    loadCase(`${fmtCount(real.length + synthetic.length)} listings (synthetic)`, { ...shipped, 'listings.json': synthFile }, runs.synthetic),
  ]
}
