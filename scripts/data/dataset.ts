/**
 * Reading the built dataset (data/*.json) in Node: the CLI, the synthetic generator, the bench and the tests. The
 * files are checked and assembled by the same code as the app's loader (src/domain/dataCheck.ts); a missing file
 * or a bad record throws a DataFileError naming the file, the record and the field.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkDataset, checkIndustries, checkRemoved, DataFileError, parseJson, type DataProblem } from '../../src/domain/dataCheck.ts'
import type { Dataset, Industry, RemovedListing } from '../../src/domain/types.ts'
import type { NetworkData } from '../../src/domain/routing/index.ts'

const root = resolve(import.meta.dirname, '../..')

export function loadDataset(dir = resolve(root, 'data')): Dataset & { network: NetworkData; removed: RemovedListing[]; industries: Industry[] } {
  const read = (f: string): unknown => {
    const path = resolve(dir, f)
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (e) {
      throw new DataFileError(path, `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    }
    return parseJson(path, text)
  }
  const files = { hubs: resolve(dir, 'hubs.json'), parks: resolve(dir, 'parks.json'), listings: resolve(dir, 'listings.json') }
  const ds = checkDataset({ hubs: read('hubs.json'), parks: read('parks.json'), listings: read('listings.json') }, files)
  // Strict, as checkDataset is: data/ in the repository must be clean, so any left-out entry is an error.
  const problems: DataProblem[] = []
  const removed = checkRemoved(resolve(dir, 'removed.json'), read('removed.json'), problems)
  const industries = checkIndustries(resolve(dir, 'industries.json'), read('industries.json'), problems)
  if (problems.length) throw new DataFileError(problems[0].file, `${problems[0].record}: ${problems[0].field}: ${problems[0].reason}`)
  return { ...ds, network: read('network.json') as NetworkData, removed, industries }
}
