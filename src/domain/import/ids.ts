/**
 * Listing ids (DESIGN.md "Listing ids in links"): `[a-z0-9-]{1,64}`; an imported row without an id gets `i-` and
 * 10 hex characters of SHA-256 over (park id, name.zh, floorArea.min, floorArea.max), with "" as the park id and
 * the WGS-84 point rounded to 5 decimals (about 1 m) for a listing in no park. The tuple is hashed as its JSON
 * text, which JavaScript writes identically everywhere (numbers in shortest form, null for an open bound).
 */
import { sha256Hex } from './sha256.ts'
import type { LngLat, Range } from '../types.ts'

/** The seed schema's id rule (scripts/data/schema.ts). */
export const LISTING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const isListingId = (s: string): boolean => s.length <= 64 && LISTING_ID.test(s)

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5

export function deriveListingId(parkId: string | null, nameZh: string, floorArea: Range | null, point: LngLat | null): string {
  const tuple: unknown[] = [parkId ?? '', nameZh, floorArea?.min ?? null, floorArea?.max ?? null]
  if (parkId === null) tuple.push(point ? round5(point[0]) : null, point ? round5(point[1]) : null)
  return `i-${sha256Hex(JSON.stringify(tuple)).slice(0, 10)}`
}
