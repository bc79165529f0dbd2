/**
 * Search text that names a hub ("Hongqiao", "虹桥"): the text search matches parks and listings only (DESIGN.md),
 * so a hub name finds nothing; the UI offers a drive-time limit to that hub instead.
 */
import type { Hub } from './types.ts'

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()

/**
 * Hubs whose Chinese or English name contains the query (case- and width-insensitive), in data order. Queries
 * shorter than two characters name nothing (one letter or character would match half the hubs).
 */
export function hubsNamed(hubs: readonly Hub[], query: string): Hub[] {
  const q = fold(query)
  if ([...q].length < 2) return []
  return hubs.filter((h) => fold(h.name.zh).includes(q) || fold(h.name.en).includes(q))
}
