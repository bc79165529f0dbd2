/**
 * The data build checks what it is about to write with the schemas the app reads it with (src/domain/dataSchema.ts,
 * through src/domain/dataCheck.ts), so a file the build writes always passes the app's check, and a field the build
 * writes that the schemas lack (which the app's check would leave out of what it reads) fails the build instead.
 */
import { isDeepStrictEqual } from 'node:util'
import { arrayField, checkIndustries, checkPopulation, checkRecords, checkRemoved, problemText, readDataset, type DataProblem } from '../../src/domain/dataCheck.ts'
import { BasemapFeature } from '../../src/domain/dataSchema.ts'
import { parseSuggestTerms } from '../../src/domain/suggest.ts'
import type { SeedError } from './load.ts'

/** The first path where `b` differs from `a` ("listings.3.foo"), or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path || '(root)'
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k)
    if (d) return d
  }
  return path || '(root)'
}

/** Problems of the files about to be written (name → parsed JSON), as SeedErrors naming data/<file>. */
export function checkOutput(files: Record<string, unknown>): SeedError[] {
  const problems: DataProblem[] = []
  const errors: SeedError[] = []
  const same = (name: string, read: unknown, written: unknown) => {
    const d = firstDifference(written, read)
    if (d) errors.push({ file: `data/${name}`, id: null, message: `field "${d}": written but not read back by src/domain/dataSchema.ts (add it there)` })
  }
  try {
    const { dataset, problems: found } = readDataset({ hubs: files['hubs.json'], parks: files['parks.json'], listings: files['listings.json'] })
    problems.push(...found)
    same('hubs.json', { hubs: dataset.hubs }, files['hubs.json'])
    same('parks.json', { parks: dataset.parks }, files['parks.json'])
    same('listings.json', { listings: dataset.listings }, files['listings.json'])
    same('removed.json', { removed: checkRemoved('data/removed.json', files['removed.json'], problems) }, files['removed.json'])
    same('industries.json', { industries: checkIndustries('data/industries.json', files['industries.json'], problems) }, files['industries.json'])
    const population = files['population.json'] as { unreachable: unknown }
    same('population.json', { seats: checkPopulation('data/population.json', population), unreachable: population.unreachable }, population)
    same('suggest.json', { terms: parseSuggestTerms(files['suggest.json'], problems) }, files['suggest.json'])
    checkRecords('data/basemap.json', arrayField('data/basemap.json', files['basemap.json'], 'features'), 'feature', BasemapFeature, problems)
  } catch (e) {
    errors.push({ file: 'data', id: null, message: (e as Error).message })
  }
  for (const p of problems) errors.push({ file: p.file, id: null, message: problemText(p).slice(p.file.length + 2) })
  return errors
}
