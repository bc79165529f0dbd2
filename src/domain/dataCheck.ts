/**
 * Reading the built dataset (data/hubs.json, parks.json, listings.json), once for every reader: the app's loader,
 * the CLI, the synthetic generator, the bench and the tests. Callers fetch or read the files and parse them
 * (`parseJson`); `checkDataset` checks the parsed objects and assembles a Dataset, or throws a DataFileError whose
 * message names the file, the record and the field ("data/parks.json: park "x": field "driveMinutes": …").
 * The data build validates every seed thoroughly; this check makes sure a truncated, corrupt or foreign file gives
 * such a message, never a blank page or a TypeError deep in the filter. It stays lean: it runs on 100k listings at
 * every page load (bench/load.ts measures it).
 */
import type { Dataset, Hub, Listing, Park, RemovedListing } from './types.ts'

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`)
  }
}

/** The files' names as the app fetches them (relative to its base URL); messages use these names. */
export const DATA_FILES = { hubs: 'data/hubs.json', parks: 'data/parks.json', listings: 'data/listings.json' } as const

/** The three files, parsed (JSON.parse or `parseJson`) but not checked. */
export type DatasetJson = Record<keyof typeof DATA_FILES, unknown>

export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new DataFileError(file, `is not valid JSON (${(e as Error).message})`)
  }
}

type Rec = Record<string, unknown>
const isObject = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x)
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x)

function arrayField(file: string, json: unknown, field: string): unknown[] {
  if (!isObject(json) || !(field in json)) throw new DataFileError(file, `has no "${field}" list`)
  const value = json[field]
  if (!Array.isArray(value)) throw new DataFileError(file, `"${field}" is not a list`)
  return value
}

/** Checks of one record; `bad(field, reason)` throws naming the file and the record. */
function records(file: string, items: unknown[], what: string, check: (r: Rec, bad: (field: string, reason: string) => never) => void): void {
  items.forEach((x, i) => {
    const name = isObject(x) && typeof x.id === 'string' ? `${what} "${x.id}"` : `${what} #${i + 1}`
    const bad = (field: string, reason: string): never => {
      throw new DataFileError(file, `${name}: field "${field}": ${reason}`)
    }
    if (!isObject(x)) throw new DataFileError(file, `${name}: is not an object`)
    if (typeof x.id !== 'string') bad('id', 'missing')
    if (!isObject(x.name) || typeof x.name.zh !== 'string' || typeof x.name.en !== 'string') bad('name', 'needs zh and en text')
    if (x.point !== undefined && !(Array.isArray(x.point) && x.point.length === 2 && x.point.every(isNumber))) bad('point', 'is not [lng, lat]')
    check(x, bad)
  })
}

function checkDriveMinutes(r: Rec, hubCount: number, bad: (field: string, reason: string) => never): void {
  const m = r.driveMinutes
  if (!Array.isArray(m) || m.length !== hubCount) bad('driveMinutes', `has ${Array.isArray(m) ? m.length : 0} values, expected ${hubCount} (one per hub)`)
  if (!(m as unknown[]).every((x) => x === null || isNumber(x))) bad('driveMinutes', 'holds a value that is neither minutes nor null')
}

/** Checks the parsed files and assembles the Dataset; throws a DataFileError at the first problem. */
export function checkDataset(json: DatasetJson, files: Record<keyof typeof DATA_FILES, string> = DATA_FILES): Dataset {
  const hubs = arrayField(files.hubs, json.hubs, 'hubs')
  records(files.hubs, hubs, 'hub', (r, bad) => {
    if (r.point === undefined) bad('point', 'missing')
  })
  const parks = arrayField(files.parks, json.parks, 'parks')
  records(files.parks, parks, 'park', (r, bad) => {
    if (r.point === undefined) bad('point', 'missing')
    checkDriveMinutes(r, hubs.length, bad)
  })
  const parkIds = new Set((parks as Park[]).map((p) => p.id))
  const listings = arrayField(files.listings, json.listings, 'listings')
  records(files.listings, listings, 'listing', (r, bad) => {
    if (!parkIds.has(r.parkId as string)) bad('parkId', `names an unknown park "${String(r.parkId)}"`)
    if (!Array.isArray(r.deal)) bad('deal', 'is not a list')
    checkDriveMinutes(r, hubs.length, bad)
  })
  return { hubs: hubs as Hub[], parks: parks as Park[], listings: listings as Listing[] }
}

/** data/removed.json: ids of listings taken off the market (seeds/removed.yaml). */
export function checkRemoved(file: string, json: unknown): RemovedListing[] {
  const removed = arrayField(file, json, 'removed')
  removed.forEach((x, i) => {
    if (!isObject(x) || typeof x.id !== 'string') throw new DataFileError(file, `removed listing #${i + 1}: field "id": missing`)
  })
  return removed as RemovedListing[]
}
