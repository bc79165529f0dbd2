/**
 * The one check of the ids a link names (`park`, `listing`, `pick`) against the data, for the app and the explore
 * CLI alike: DESIGN.md, "Listing ids in links". The link codec calls it through its parse context
 * (ParseContext.ids), so both read a link the same way; without ids in the context only the shape is checked.
 *
 * | the id is                                | verdict                                   | `ignored` reason |
 * | in the data, available                   | shown                                     | —                |
 * | in the data, let or sold                 | shown, marked "no longer offered"         | —                |
 * | in seeds/removed.yaml                    | dropped: "no longer offered"              | bad-value        |
 * | in this device's imported listings       | shown, marked "on this device only"       | —                |
 * | unknown, starting with `i-`              | dropped: "imported on the sender's device" | bad-value       |
 * | unknown otherwise                        | dropped: "not found"                      | bad-value        |
 */
import type { Dataset, ListingStatus, RemovedListing } from './types.ts'
import type { ParseContext } from './url/params.ts'

/** Ids are `[a-z0-9-]{1,64}` (DESIGN.md). */
export const ID_PATTERN = /^[a-z0-9-]{1,64}$/

/** What the check needs to know of the data: every id the link may name and the state of each listing. */
export interface LinkIds {
  parks: ReadonlySet<string>
  /** Every listing in the data with its status. */
  listings: ReadonlyMap<string, ListingStatus>
  /** Ids of listings taken off the market (seeds/removed.yaml): never reused. */
  removed: ReadonlySet<string>
  /** Listings imported on this device and not published (the app; the CLI has no device). */
  device?: ReadonlySet<string>
}

/** Why an id was dropped, for a human message in the notice (the reason stays `bad-value`). */
export type IdNote = 'removed' | 'sender-device' | 'not-found'

export type ListingIdVerdict =
  | { shown: true; mark: 'available' | 'let' | 'sold' | 'device' }
  | { shown: false; note: IdNote }

/** Imported listings get `i-` + 10 hex characters unless their sheet gives an id (DESIGN.md). */
const IMPORTED_PREFIX = 'i-'

/** The verdict of DESIGN.md's table for a listing id of a valid shape. */
export function checkListingId(id: string, ids: LinkIds): ListingIdVerdict {
  const status = ids.listings.get(id)
  if (status !== undefined) return { shown: true, mark: status }
  if (ids.removed.has(id)) return { shown: false, note: 'removed' }
  if (ids.device?.has(id)) return { shown: true, mark: 'device' }
  return { shown: false, note: id.startsWith(IMPORTED_PREFIX) ? 'sender-device' : 'not-found' }
}

/** An unknown park is dropped (bad-value) in the app and the CLI alike. */
export function checkParkId(id: string, ids: LinkIds): IdNote | null {
  return ids.parks.has(id) ? null : 'not-found'
}

/** What a link is read against: the data as loaded (data/*.json), the same in the app and the CLI. */
export interface LinkData extends Pick<Dataset, 'hubs' | 'parks' | 'listings'> {
  /** data/removed.json */
  removed: readonly Pick<RemovedListing, 'id'>[]
  /** data/industries.json, where the data has it: the known `ind=` tokens. */
  industries?: readonly { id: string }[]
}

/**
 * The parse context for reading links against the data: the app (src/stores/urlSync.ts) and the explore CLI both
 * build it here, so they keep and drop the same parts of a link. `device`: the ids of listings imported on this
 * device (the app; the CLI has none).
 */
export function linkContextOf(data: LinkData, device?: ReadonlySet<string>): ParseContext {
  return {
    hubIds: new Set(data.hubs.map((h) => h.id)),
    ...(data.industries ? { industryIds: new Set(data.industries.map((i) => i.id)) } : {}),
    ids: {
      parks: new Set(data.parks.map((p) => p.id)),
      listings: new Map(data.listings.map((l) => [l.id, l.status])),
      removed: new Set(data.removed.map((r) => r.id)),
      ...(device ? { device } : {}),
    },
  }
}
