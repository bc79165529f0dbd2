/**
 * Reading the built data files, once for every reader: the app's loader, the CLI, the synthetic generator, the bench
 * and the tests. Callers fetch or read the files and parse them (`parseJson`); every record is checked with the
 * schemas of src/domain/dataSchema.ts (the ones the data build checks its output with), so a corrupt record gives a
 * message naming file, record and field (`data/listings.json: listing "x": deal: must be a list…, got "rent"`),
 * never a TypeError deep in the filter.
 *
 * What a bad record costs, per file (the app keeps working with the rest and lists what it left out):
 * - hubs.json: the whole file fails (drive minutes are aligned with the hub order; links name hubs);
 * - parks.json, listings.json: the record is left out, and with a park its listings;
 * - removed.json, industries.json, suggest.json: the entry is left out;
 * - population.json: the whole file fails (a missing seat would silently lower every count of residents).
 * `checkDataset` is the strict form (CLI, bench): any problem throws.
 */
import * as v from 'valibot'
import { HubRecord, IndustryRecord, ListingRecord, ParkRecord, RemovedRecord, SeatRecord } from './dataSchema.ts'
import type { Dataset, Hub, Industry, Listing, Park, PopulationSeat, RemovedListing } from './types.ts'

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`)
  }
}

/** One record left out of a file (or, with record and field null, a file that failed on its own): where and why. */
export interface DataProblem {
  file: string
  /** `listing "x"`, or `listing #3` when the record has no usable id. */
  record: string | null
  field: string | null
  reason: string
}
export const problemText = (p: DataProblem): string => [p.file, p.record, p.field, p.reason].filter((x) => x !== null).join(': ')
const fatal = (p: DataProblem): DataFileError => new DataFileError(p.file, problemText(p).slice(p.file.length + 2))

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

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/** The file's list of records, or a DataFileError when it has none (a foreign or truncated file). */
export function arrayField(file: string, json: unknown, field: string): unknown[] {
  if (!isObject(json) || !Object.prototype.hasOwnProperty.call(json, field)) throw new DataFileError(file, `has no "${field}" list`)
  const value = json[field]
  if (!Array.isArray(value)) throw new DataFileError(file, `"${field}" is not a list`)
  return value
}

/** How a record is named in messages: its id when it has a short one, else its position. */
export function recordName(what: string, x: unknown, i: number): string {
  const id = isObject(x) ? x.id : undefined
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? `${what} "${id}"` : `${what} #${i + 1}`
}

/** A valibot issue in words: the field's dotted path and what is wrong with it, with the value received. */
export function describeIssue(issue: v.BaseIssue<unknown>): { field: string; reason: string } {
  const field = v.getDotPath(issue) ?? '(record)'
  if (issue.kind === 'schema' && issue.received === 'undefined') return { field, reason: 'is missing' }
  const received = issue.received.length > 40 ? `${issue.received.slice(0, 40)}…` : issue.received
  if (issue.message.startsWith('Invalid ')) return { field, reason: `expected ${issue.expected ?? 'another value'}, got ${received}` }
  return { field, reason: issue.kind === 'schema' ? `${issue.message}, got ${received}` : issue.message }
}

/**
 * Every record of `items` checked with `schema`, then with `extra` (checks across files: null when fine). Records
 * that fail are left out and listed in `problems`; so is a repeated id (links and selection need ids to be unique).
 */
export function checkRecords<S extends v.GenericSchema>(
  file: string,
  items: readonly unknown[],
  what: string,
  schema: S,
  problems: DataProblem[],
  extra?: (r: v.InferOutput<S>) => { field: string; reason: string } | null,
): v.InferOutput<S>[] {
  const kept: v.InferOutput<S>[] = []
  const ids = new Set<string>()
  items.forEach((x, i) => {
    const record = recordName(what, x, i)
    const r = v.safeParse(schema, x)
    if (!r.success) {
      problems.push({ file, record, ...describeIssue(r.issues[0]) })
      return
    }
    const out = r.output as v.InferOutput<S>
    const bad = extra?.(out) ?? null
    const id = (out as { id?: unknown }).id
    if (bad) problems.push({ file, record, ...bad })
    else if (typeof id === 'string' && ids.has(id)) problems.push({ file, record: `${record} (#${i + 1})`, field: 'id', reason: `repeats ${what} "${id}"` })
    else {
      if (typeof id === 'string') ids.add(id)
      kept.push(out)
    }
  })
  return kept
}

const minutesFor = (hubCount: number) => (r: { driveMinutes: unknown[] }) =>
  r.driveMinutes.length === hubCount ? null : { field: 'driveMinutes', reason: `has ${r.driveMinutes.length} values, expected ${hubCount} (one per hub)` }

/**
 * Checks the parsed files and assembles the Dataset, leaving out bad parks and listings (listed in `problems`).
 * Throws a DataFileError for a file that is not a list of records at all, and for any bad hub.
 */
export function readDataset(json: DatasetJson, files: Record<keyof typeof DATA_FILES, string> = DATA_FILES): { dataset: Dataset; problems: DataProblem[] } {
  const problems: DataProblem[] = []
  const hubs = checkRecords(files.hubs, arrayField(files.hubs, json.hubs, 'hubs'), 'hub', HubRecord, problems) as Hub[]
  if (problems.length) throw fatal(problems[0])
  const hubIds = new Set(hubs.map((h) => h.id))
  const perHub = minutesFor(hubs.length)
  const parkItems = arrayField(files.parks, json.parks, 'parks')
  const parks = checkRecords(files.parks, parkItems, 'park', ParkRecord, problems, perHub) as Park[]
  const parkIds = new Set(parks.map((p) => p.id))
  const droppedParks = new Set(parkItems.map((p) => (isObject(p) ? p.id : undefined)).filter((id): id is string => typeof id === 'string' && !parkIds.has(id)))
  const listings = checkRecords(files.listings, arrayField(files.listings, json.listings, 'listings'), 'listing', ListingRecord, problems, (l) => {
    // A listing in no park has its own point instead (seeds/listings/_no-park.yaml).
    if (l.parkId === undefined && l.point === undefined) return { field: 'parkId', reason: 'is missing and the listing has no point of its own' }
    if (l.parkId !== undefined && !parkIds.has(l.parkId))
      return { field: 'parkId', reason: droppedParks.has(l.parkId) ? `its park "${l.parkId}" was left out` : `names an unknown park "${l.parkId}"` }
    const claim = l.claims.findIndex((c) => !hubIds.has(c.hub))
    if (claim >= 0) return { field: `claims.${claim}.hub`, reason: `names an unknown hub "${l.claims[claim].hub}"` }
    return perHub(l)
  }) as Listing[]
  return { dataset: { hubs, parks, listings }, problems }
}

/** The strict form of readDataset (CLI, bench, tests of data/): the first problem throws a DataFileError. */
export function checkDataset(json: DatasetJson, files: Record<keyof typeof DATA_FILES, string> = DATA_FILES): Dataset {
  const { dataset, problems } = readDataset(json, files)
  if (problems.length) throw fatal(problems[0])
  return dataset
}

/** data/removed.json: ids of listings taken off the market (seeds/removed.yaml); bad entries left out. */
export function checkRemoved(file: string, json: unknown, problems: DataProblem[]): RemovedListing[] {
  return checkRecords(file, arrayField(file, json, 'removed'), 'removed listing', RemovedRecord, problems)
}

/** data/industries.json: the `ind=` tokens; bad entries left out. */
export function checkIndustries(file: string, json: unknown, problems: DataProblem[]): Industry[] {
  return checkRecords(file, arrayField(file, json, 'industries'), 'industry', IndustryRecord, problems)
}

/** data/population.json: every seat or none (a left-out seat would lower the counts of residents unseen). */
export function checkPopulation(file: string, json: unknown): PopulationSeat[] {
  const problems: DataProblem[] = []
  const seats = checkRecords(file, arrayField(file, json, 'seats'), 'seat', SeatRecord, problems)
  if (problems.length) throw fatal(problems[0])
  return seats
}
