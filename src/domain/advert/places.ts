/**
 * Park and town names an advert may use, built from the data (parks' names, towns of the basemap, their pinyin)
 * and passed to the parser, which stays pure. Matching is by substring on the cleaned, ASCII-lower-cased line;
 * Latin names must stand as words.
 */
import { lowerAscii } from './text.ts'

export interface PlaceNames {
  /** Park id, or a town's Chinese name. */
  id: string
  names: string[]
}

export interface AdvertContext {
  parks: PlaceNames[]
  /** `city` marks a district or city label (嘉定, 昆山, 太仓): used only when no town is named. */
  towns: (PlaceNames & { city: boolean })[]
}

export const EMPTY_CONTEXT: AdvertContext = { parks: [], towns: [] }

const PREFIX = /^(?:上海市?|江苏省|苏州市?|嘉定区?|昆山市?|太仓港|太仓市?)/
const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s)

/** Variants of a name: as written, before and inside its parentheses, without a leading 上海/江苏省/…. */
export function nameVariants(name: string): string[] {
  const n = lowerAscii(name.normalize('NFKC')).trim()
  const open = n.indexOf('(')
  const close = n.lastIndexOf(')')
  const parts = [n]
  if (open > 0) parts.push(n.slice(0, open).trim())
  if (open >= 0 && close > open) parts.push(n.slice(open + 1, close).trim())
  for (const p of [...parts]) if (PREFIX.test(p)) parts.push(p.replace(PREFIX, ''))
  return parts.filter((p) => !p.includes('(') && !p.includes(')') && !p.includes('、'))
}

/** Town names also without their 镇/街道 suffix or " town": adverts write 安亭, 浏河, Anting. */
function townVariants(name: string): string[] {
  const base = nameVariants(name)
  return [...base, ...base.map((v) => v.replace(/(?:镇|街道)$/, '').replace(/ (?:town|subdistrict)$/, ''))]
}

const long = (min: number, minLatin: number) => (v: string) => (isLatin(v) ? v.length >= minLatin : [...v].length >= min)

/** A variant that two places share names neither (综合保税区 after 昆山/太仓港 is stripped): it is dropped. */
function unique<T extends PlaceNames>(places: T[]): T[] {
  const count = new Map<string, number>()
  for (const p of places) for (const n of new Set(p.names)) count.set(n, (count.get(n) ?? 0) + 1)
  return places.map((p) => ({ ...p, names: [...new Set(p.names)].filter((n) => count.get(n) === 1) }))
}

export interface ParkInput {
  id: string
  name: { zh: string; en: string }
  town: { zh: string; en: string }
}
export interface TownInput {
  zh: string
  en: string
  /** city / district label rather than a town or subdistrict */
  city: boolean
}

/**
 * The context for the parser. `pinyin` gives extra names for a Chinese name (data/suggest.json's `py`, so the
 * browser needs nothing new); parks' towns that the basemap lacks are added as towns.
 */
export function buildContext(parks: ParkInput[], towns: TownInput[], pinyin: (zh: string) => string[] = () => []): AdvertContext {
  const parkPlaces = unique(
    parks.map((p) => ({
      id: p.id,
      names: [...nameVariants(p.name.zh), ...nameVariants(p.name.en), ...pinyin(p.name.zh)].filter(long(4, 8)),
    })),
  )
  const all = [...towns]
  const known = new Set(towns.map((t) => t.zh))
  for (const p of parks) {
    const zh = p.town.zh.normalize('NFKC').replace(/\(.*$/, '').trim()
    if (zh && !zh.includes('、') && !known.has(zh)) {
      known.add(zh)
      all.push({ zh, en: p.town.en.replace(/\s*\(.*$/, ''), city: false })
    }
  }
  const townPlaces = unique(
    all.map((t) => ({ id: t.zh, city: t.city, names: [...townVariants(t.zh), ...townVariants(t.en), ...pinyin(t.zh)].filter(long(2, 4)) })),
  )
  return { parks: parkPlaces, towns: townPlaces }
}

export interface PlaceHit {
  id: string
  start: number
  end: number
  city: boolean
}

type Entry = { name: string; id: string; city: boolean; latin: boolean }
/** Names by their first two characters (a name is at least 2 long), built once per places array. */
const indexes = new WeakMap<readonly PlaceNames[], Map<string, Entry[]>>()

function indexOf(places: readonly (PlaceNames & { city?: boolean })[]): Map<string, Entry[]> {
  let index = indexes.get(places)
  if (!index) {
    index = new Map()
    for (const p of places)
      for (const name of p.names) {
        if (name.length < 2) continue
        const key = name.slice(0, 2)
        const list = index.get(key) ?? []
        list.push({ name, id: p.id, city: p.city ?? false, latin: isLatin(name) })
        index.set(key, list)
      }
    indexes.set(places, index)
  }
  return index
}

/**
 * Every name of `places` found in `lower` (Latin names as whole words). Only names whose first two characters
 * occur in the line are tried: 1,000 adverts against ~600 names stay well under a second.
 */
export function findPlaces(lower: string, places: readonly (PlaceNames & { city?: boolean })[]): PlaceHit[] {
  const index = indexOf(places)
  const hits: PlaceHit[] = []
  const tried = new Set<string>()
  for (let i = 0; i + 1 < lower.length; i++) {
    const key = lower.slice(i, i + 2)
    if (tried.has(key)) continue
    tried.add(key)
    for (const e of index.get(key) ?? []) {
      let at = lower.indexOf(e.name)
      while (at >= 0) {
        const end = at + e.name.length
        const word = !e.latin || (!/[a-z0-9]/.test(lower[at - 1] ?? '') && !/[a-z0-9]/.test(lower[end] ?? ''))
        if (word) hits.push({ id: e.id, start: at, end, city: e.city })
        at = lower.indexOf(e.name, at + 1)
      }
    }
  }
  return hits
}
