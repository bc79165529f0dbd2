/** Reading the built dataset (data/*.json) in Node: the CLI, the synthetic generator, the bench and the tests. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Dataset, Hub, Industry, Listing, Park, RemovedListing } from '../../src/domain/types.ts'
import type { NetworkData } from '../../src/domain/routing/index.ts'

const root = resolve(import.meta.dirname, '../..')

export function loadDataset(dir = resolve(root, 'data')): Dataset & { network: NetworkData; removed: RemovedListing[]; industries: Industry[] } {
  const read = (f: string) => JSON.parse(readFileSync(resolve(dir, f), 'utf8'))
  return {
    hubs: read('hubs.json').hubs as Hub[],
    parks: read('parks.json').parks as Park[],
    listings: read('listings.json').listings as Listing[],
    network: read('network.json') as NetworkData,
    removed: read('removed.json').removed as RemovedListing[],
    industries: read('industries.json').industries as Industry[],
  }
}
