/**
 * Shape checks for the data files the app fetches. The data build validates thoroughly; this only makes sure
 * a truncated, corrupt or foreign file produces a message naming the file and what is wrong, never a blank page.
 */
import type { Hub, Listing, Park, RemovedListing } from './types.ts'

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`)
  }
}

function arrayField(file: string, json: unknown, field: string): unknown[] {
  if (!json || typeof json !== 'object' || !(field in json)) throw new DataFileError(file, `has no "${field}" list`)
  const value = (json as Record<string, unknown>)[field]
  if (!Array.isArray(value)) throw new DataFileError(file, `"${field}" is not a list`)
  return value
}

function requireIds(file: string, items: unknown[], what: string): void {
  items.forEach((x, i) => {
    if (!x || typeof x !== 'object' || typeof (x as { id?: unknown }).id !== 'string')
      throw new DataFileError(file, `${what} #${i + 1} has no id`)
    const p = (x as { point?: unknown }).point
    if (p !== undefined && !(Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n))))
      throw new DataFileError(file, `${what} "${(x as { id: string }).id}" has a bad point`)
  })
}

export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new DataFileError(file, `is not valid JSON (${(e as Error).message})`)
  }
}

export function checkHubs(file: string, json: unknown): Hub[] {
  const hubs = arrayField(file, json, 'hubs')
  requireIds(file, hubs, 'hub')
  return hubs as Hub[]
}

export function checkParks(file: string, json: unknown, hubCount: number): Park[] {
  const parks = arrayField(file, json, 'parks')
  requireIds(file, parks, 'park')
  for (const p of parks as Park[])
    if (!Array.isArray(p.driveMinutes) || p.driveMinutes.length !== hubCount)
      throw new DataFileError(file, `park "${p.id}" has drive times for ${p.driveMinutes?.length ?? 0} hubs, expected ${hubCount}`)
  return parks as Park[]
}

export function checkListings(file: string, json: unknown, hubCount: number, parkIds: ReadonlySet<string>): Listing[] {
  const listings = arrayField(file, json, 'listings')
  requireIds(file, listings, 'listing')
  for (const l of listings as Listing[]) {
    if (l.parkId === undefined) {
      if (l.point === undefined) throw new DataFileError(file, `listing "${l.id}" has neither a park nor its own point`)
    } else if (!parkIds.has(l.parkId)) throw new DataFileError(file, `listing "${l.id}" names an unknown park "${String(l.parkId)}"`)
    if (!Array.isArray(l.driveMinutes) || l.driveMinutes.length !== hubCount)
      throw new DataFileError(file, `listing "${l.id}" has drive times for ${l.driveMinutes?.length ?? 0} hubs, expected ${hubCount}`)
  }
  return listings as Listing[]
}

/** data/removed.json: ids of listings taken off the market (seeds/removed.yaml). */
export function checkRemoved(file: string, json: unknown): RemovedListing[] {
  const removed = arrayField(file, json, 'removed')
  requireIds(file, removed, 'removed listing')
  return removed as RemovedListing[]
}
