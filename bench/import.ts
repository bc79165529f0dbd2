/**
 * "My listings" import workload (issue 20): what the import worker (src/workers/import.worker.ts) does with a
 * 5,000-row CSV: decode the bytes, parse with papaparse, and check every row with the CLI's code (checkSheet of
 * src/domain/import/device.ts). Baseline: papaparse alone on the same text, the parse the page used to run on its
 * main thread, so the ratio is what the checks cost on top of reading. (The page-side figures, import time and the
 * longest main-thread task, come from tests/browser/mylistings.test.ts.)
 *
 *   npm run bench (part 6), or alone: npx tsx bench/import.ts
 */
import Papa from 'papaparse'
import { resolve } from 'node:path'
import { decodeCsv, parseCsvText } from '../src/domain/import/sheetText.ts'
import { checkSheet } from '../src/domain/import/device.ts'
import type { Dataset } from '../src/domain/types.ts'
import type { TimedCase } from './run.ts'

export const IMPORT_ROWS = 5000

/** The browser test's sheet: 5,000 factories spread over the parks, all valid. */
export function importCsv(parkIds: readonly string[], rows = IMPORT_ROWS): Uint8Array {
  const lines = ['name_zh,park,kind,area,deal,ready,rent']
  for (let i = 0; i < rows; i++) lines.push(`批量厂房${i},${parkIds[i % parkIds.length]},factory,${1000 + i},rent,yes,${(0.5 + (i % 10) / 10).toFixed(1)}`)
  return new TextEncoder().encode(lines.join('\n'))
}

export function importCase(ds: Pick<Dataset, 'parks' | 'listings'>, runs: number): TimedCase<number> {
  const bytes = importCsv(ds.parks.map((p) => p.id))
  const ctx = {
    parks: ds.parks.map((p) => ({ id: p.id, name: p.name, point: p.point })),
    published: new Set(ds.listings.map((l) => l.id)),
    removed: new Map<string, string>(),
    today: '2026-12-08',
    sheetName: 'big.csv',
  }
  return {
    name: `import, ${IMPORT_ROWS.toLocaleString('en')}-row CSV`,
    detail: `${(bytes.length / 1e3).toFixed(0)} kB: decode + papaparse + checkSheet (the import worker's work)`,
    baselineName: 'papaparse alone on the same text',
    runs,
    ours: () => {
      const c = checkSheet(parseCsvText(decodeCsv(bytes).text), ctx)
      if (c.problems.length) throw new Error(`bench sheet has problems: ${c.problems[0].message}`)
      return c.records.length
    },
    baseline: () => Papa.parse<string[]>(new TextDecoder().decode(bytes)).data.length - 1,
    agree: (ours, baseline) => ours === IMPORT_ROWS && baseline === IMPORT_ROWS,
    ratio: 'overhead',
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { loadDataset } = await import('../scripts/data/dataset.ts')
  const { median } = await import('./run.ts')
  const c = importCase(loadDataset(), 11)
  const t: { ours: number[]; baseline: number[] } = { ours: [], baseline: [] }
  for (let r = 0; r < c.runs + 2; r++)
    for (const which of ['ours', 'baseline'] as const) {
      const t0 = performance.now()
      c[which](r)
      if (r >= 2) t[which].push(performance.now() - t0)
    }
  const [ours, base] = [median(t.ours), median(t.baseline)]
  console.log(`${c.name} (${c.detail}): median ${ours.toFixed(0)} ms; ${c.baselineName}: ${base.toFixed(1)} ms; ${(ours / base).toFixed(1)}× the baseline (${c.runs} runs)`)
}
