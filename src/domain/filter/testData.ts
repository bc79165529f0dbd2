/**
 * Built data for the filter tests: a hub, a park and a listing with every required field, a dataset of them, a
 * state over the defaults, and the ids a state matches. Test-only: imported by *.test.ts files, never by the app.
 */
import { createDefaultState, type ExploreState } from '../state.ts'
import type { Dataset, Hub, Listing, Park } from '../types.ts'
import { buildTable } from './table.ts'
import { runFilter } from './run.ts'
import { indicesOf } from './sort.ts'

const SRC = [{ url: 'https://example.org', doc: null, title: 't', read: '2026-11-28' }]

export const createHub = (id: string): Hub => ({ id, name: { zh: id, en: id }, kind: 'rail', point: [121, 31.3], precision: 'surveyed', sources: SRC })

export function createPark(id: string, over: Partial<Park> = {}): Park {
  return { id, name: { zh: `${id}园`, en: `${id} Park` }, jurisdiction: 'taicang', town: { zh: '城厢镇', en: 'Chengxiang' }, kind: 'industrial-park', point: [121.1, 31.4], precision: 'approximate', radiusKm: 1, sources: SRC, driveMinutes: [10, 20], ...over }
}

/** A factory to rent in park "a", 1,000–2,000 m², 1 元/㎡/天, ready, 10 and 20 minutes from the two hubs. */
export function createListing(id: string, over: Partial<Listing> = {}): Listing {
  return { id, parkId: 'a', name: { zh: `${id}厂房`, en: `${id} factory` }, kind: 'factory', deal: ['rent'], floorArea: { min: 1000, max: 2000 }, rent: 1, ready: true, status: 'available', asOf: '2026-11-01', sample: false, sources: SRC, claims: [], driveMinutes: [10, 20], ...over }
}

/** The listings in parks "a" and "b" (or the parks given), with the hubs anting and hongqiao in that order. */
export function createDataset(listings: Listing[], parks: Park[] = [createPark('a'), createPark('b')]): Dataset {
  return { hubs: [createHub('anting'), createHub('hongqiao')], parks, listings }
}

export const state = (over: Partial<ExploreState> = {}): ExploreState => ({ ...createDefaultState(), ...over })

/** The ids of the listings and parks a state matches, in table order, and the raw result. */
export function matchIds(ds: Dataset, s: ExploreState) {
  const t = buildTable(ds)
  const r = runFilter(t, s)
  return { listings: indicesOf(r.listings).map((i) => t.listingIds[i]), parks: indicesOf(r.parks).map((i) => t.parkIds[i]), r }
}
