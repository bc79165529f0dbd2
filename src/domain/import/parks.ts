/** A park named in a sheet, by id, Chinese or English name: matched to its id or refused as unknown/ambiguous. */
import type { LngLat, Text } from '../types.ts'

export interface ParkRef {
  id: string
  name: Text
  /** WGS-84 */
  point: LngLat
}

export type ParkMatch = { ok: true; id: string } | { ok: false; message: string }

// NFKC folds full-width brackets and letters; spaces, case and the middle dot in "智汇谷·科技创新园" do not matter.
const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s·・]+/g, '')
const withoutBrackets = (s: string): string => s.replace(/\([^()]*\)/g, '')

export function createParkMatcher(parks: readonly ParkRef[]): (cell: string) => ParkMatch {
  const exact = new Map<string, Set<string>>()
  const add = (key: string, id: string) => {
    if (!key) return
    if (!exact.has(key)) exact.set(key, new Set())
    exact.get(key)!.add(id)
  }
  for (const p of parks) {
    add(norm(p.id), p.id)
    for (const n of [p.name.zh, p.name.en]) {
      add(norm(n), p.id)
      add(withoutBrackets(norm(n)), p.id)
    }
  }
  const names = parks.map((p) => ({ id: p.id, zh: norm(p.name.zh), en: norm(p.name.en) }))
  const nameOf = new Map(parks.map((p) => [p.id, p.name.zh]))
  const list = (ids: Iterable<string>) => [...ids].sort().map((id) => `${id} (${nameOf.get(id)})`).slice(0, 6).join(', ')

  return (cell: string): ParkMatch => {
    const key = norm(cell)
    const hit = exact.get(key) ?? exact.get(withoutBrackets(key))
    if (hit?.size === 1) return { ok: true, id: [...hit][0] }
    if (hit && hit.size > 1) return { ok: false, message: `"${cell}" names more than one park: ${list(hit)}; use the park id` }
    // A shortened name ("事达产业园" for 太仓事达产业园) is accepted when it fits one park only.
    const partial = key.length >= 2 ? names.filter((n) => n.zh.includes(key) || (key.length >= 4 && n.en.includes(key))) : []
    if (partial.length === 1) return { ok: true, id: partial[0].id }
    if (partial.length > 1) return { ok: false, message: `"${cell}" fits more than one park: ${list(partial.map((p) => p.id))}; use the park id or full name` }
    return { ok: false, message: `"${cell}" is not a known park (give its id, Chinese or English name as in seeds/parks/)` }
  }
}
