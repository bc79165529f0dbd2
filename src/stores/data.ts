/** The dataset: fetched from the app's own origin (data/*.json), checked, and turned into the filter table. */
import { defineStore } from 'pinia'
import { markRaw, shallowRef } from 'vue'
import { buildTable, type Table } from '../domain/filter.ts'
import { checkIndustries, checkRemoved, DATA_FILES, DataFileError, parseJson, problemText, readDataset, type DataProblem } from '../domain/dataCheck.ts'
import type { Dataset, Industry, Listing, RemovedListing } from '../domain/types.ts'

export type DataStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; file: string; reason: string }

async function fetchText(file: string): Promise<string> {
  let res: Response
  try {
    res = await fetch(new URL(file, document.baseURI))
  } catch (e) {
    throw new DataFileError(file, `could not be fetched (${(e as Error).message})`)
  }
  if (!res.ok) throw new DataFileError(file, `HTTP ${res.status} ${res.statusText}`.trim())
  return res.text()
}

export const useDataStore = defineStore('data', () => {
  const status = shallowRef<DataStatus>({ kind: 'loading' })
  const dataset = shallowRef<Dataset | null>(null)
  const table = shallowRef<Table | null>(null)
  /** data/removed.json: ids of listings taken off the market, for the link check (src/domain/linkCheck.ts). */
  const removed = shallowRef<readonly RemovedListing[]>([])
  /** data/industries.json: the known `ind=` tokens, for reading links (the CLI reads the same file). */
  const industries = shallowRef<readonly Industry[]>([])
  /**
   * Records left out of the loaded files (src/domain/dataCheck.ts: a bad park, listing or entry is dropped, the rest
   * keeps working), and files that failed on their own (the basemap, the suggestions): shown in a notice.
   */
  const problems = shallowRef<readonly DataProblem[]>([])
  function report(more: readonly DataProblem[]): void {
    if (!more.length) return
    problems.value = [...problems.value, ...more]
    for (const p of more) console.warn(problemText(p))
  }
  function dismissProblems(): void {
    problems.value = []
  }
  /**
   * Ids of listings imported on this device and not published: a link naming one shows it, marked "on this device
   * only". Empty until the device's own listings exist (the "My listings" work fills it).
   */
  const deviceIds = shallowRef<ReadonlySet<string>>(new Set())
  /** The published dataset as loaded; `dataset` is it plus this device's listings (setDeviceListings). */
  let published: Dataset | null = null
  /** Bumped when the device's listings change the dataset: the map remounts on it (it reads the table once). */
  const version = shallowRef(0)

  /** This device's imported listings ("My listings") join the published ones: one table, filtered alike. */
  function setDeviceListings(listings: readonly Listing[]): void {
    if (!published) return
    const ds = markRaw({ ...published, listings: [...published.listings, ...listings] })
    table.value = markRaw(buildTable(ds))
    dataset.value = ds
    deviceIds.value = new Set(listings.map((l) => l.id))
    version.value++
  }

  async function load(): Promise<void> {
    status.value = { kind: 'loading' }
    try {
      performance.mark('data:start')
      const [hubs, parks, listings, removedJson, industriesJson] = await Promise.all(
        [DATA_FILES.hubs, DATA_FILES.parks, DATA_FILES.listings, 'data/removed.json', 'data/industries.json'].map(async (f) => parseJson(f, await fetchText(f))),
      )
      const read = readDataset({ hubs, parks, listings })
      const found = read.problems
      const ds = markRaw(read.dataset)
      removed.value = markRaw(checkRemoved('data/removed.json', removedJson, found))
      industries.value = markRaw(checkIndustries('data/industries.json', industriesJson, found))
      report(found)
      table.value = markRaw(buildTable(ds))
      published = ds
      dataset.value = ds
      performance.mark('data:ready')
      performance.measure('data:load', 'data:start', 'data:ready')
      status.value = { kind: 'ready' }
    } catch (e) {
      const err = e instanceof DataFileError ? e : new DataFileError('data', (e as Error).message)
      status.value = { kind: 'error', file: err.file, reason: err.reason }
    }
  }

  return { status, dataset, table, removed, industries, problems, report, dismissProblems, deviceIds, version, load, setDeviceListings }
})
