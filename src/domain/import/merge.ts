/**
 * Merging a sheet's drafts into the seed listings (DESIGN.md "CLI additions", Merge): the sheet is the truth for
 * its rows and its columns (an empty cell removes the field); fields it has no column for (sources, notes, claims)
 * are kept, except that a draft's own claims (an advert's) merge by hub (mergeClaims); the park's other listings
 * stay unless `replace`, which takes its real listings off the market.
 * Records are plain seed objects (seeds/README.md); files are keyed by park id, `_no-park` for listings in none.
 */
import type { Claim, LngLat, Source } from '../types.ts'
import { toWgs84, type Crs } from '../geo.ts'
import type { Problem, RowDraft } from './rows.ts'

export type SeedRecord = Record<string, unknown> & { id: string }
export const NO_PARK_FILE = '_no-park'

export interface RemovedEntry {
  id: string
  date: string
  reason: string
}

export interface MergeOptions {
  replace: boolean
  today: string
  /** The sheet itself as a source ("FILE, imported DATE"): for rows with no source of their own. */
  sheetSource: Source
  /** The sheet's file name, for the reason of --replace removals. */
  sheetName: string
}

export interface MergeResult {
  /** Files whose records changed: park key -> the file's records in order (unchanged records are the same objects). */
  files: Map<string, SeedRecord[]>
  added: { id: string; row: number; file: string }[]
  updated: { id: string; row: number; file: string; fields: string[] }[]
  unchanged: number
  removed: RemovedEntry[]
  problems: Problem[]
}

// The order of seeds/README.md, so that written records read like hand-written ones.
const KEY_ORDER = ['id', 'parkId', 'name', 'kind', 'deal', 'floorArea', 'totalFloorArea', 'landArea', 'rent', 'salePrice', 'landPrice', 'clearHeight', 'storeyHeight', 'floorLoad', 'power', 'crane', 'title', 'minLeaseYears', 'rentFreeMonths', 'ready', 'completion', 'status', 'asOf', 'contact', 'address', 'claims', 'point', 'crs', 'precision', 'outsideArea', 'note', 'sample', 'sources']

function ordered(rec: Record<string, unknown>): SeedRecord {
  const out: Record<string, unknown> = {}
  for (const k of KEY_ORDER) if (rec[k] !== undefined) out[k] = rec[k]
  for (const [k, v] of Object.entries(rec)) if (!(k in out) && v !== undefined) out[k] = v
  return out as SeedRecord
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

const sameSource = (a: Source, b: Partial<Source>) => (a.url ?? null) === (b.url ?? null) && (a.url !== null || (a.doc ?? null) === (b.doc ?? null))

/** Within a metre or so: what rounding to 6 decimals and a CRS round trip leave. */
function samePosition(p: LngLat, crs: Crs, wgs: LngLat): boolean {
  const w = toWgs84(p, crs)
  return Math.abs(w[0] - wgs[0]) < 2e-5 && Math.abs(w[1] - wgs[1]) < 2e-5
}

/** One listing: the existing record (if any) with the draft's patch applied; problems name the row. */
export function applyDraft(base: SeedRecord | undefined, d: RowDraft, opts: MergeOptions): { record: SeedRecord; problems: Problem[] } {
  const problems: Problem[] = []
  const need = (column: string, message: string) => problems.push({ row: d.row, column, message })
  const rec: Record<string, unknown> = base ? structuredClone(base) : { id: d.id }
  if (d.parkId !== undefined) rec.parkId = d.parkId ?? undefined
  const name = { ...((rec.name as Record<string, string> | undefined) ?? {}) }
  const contact = { ...((rec.contact as Record<string, string> | undefined) ?? {}) }
  // The same position as the record's (an export read back: WGS-84, 6 decimals) keeps the record's point, CRS and
  // precision: a sheet that went out and came back changes nothing it did not change.
  const keepPoint = base?.point !== undefined && Array.isArray(d.patch.point) && samePosition(base.point as LngLat, (base.crs as Crs | undefined) ?? 'wgs84', d.patch.point as LngLat)
  for (const [key, value] of Object.entries(d.patch)) {
    if (keepPoint && (key === 'point' || key === 'crs' || key === 'precision' || key === 'outsideArea')) continue
    if (key.startsWith('name.')) name[key.slice(5)] = value as string
    else if (key.startsWith('contact.')) contact[key.slice(8)] = value as string
    else rec[key] = value
  }
  // A name in one language stands for both rather than inventing a translation.
  const zh = name.zh || name.en
  const en = name.en || name.zh
  if (!zh) need('name_zh', base ? 'is empty, and the listing has no name_en either' : 'a name is required for a new listing (name_zh or name_en)')
  else rec.name = { zh, en }
  rec.contact = Object.values(contact).some((v) => v !== undefined) ? Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined)) : undefined
  // A listing placed at its park's point is flagged approximate (new, or its own point just emptied).
  if (rec.point === undefined && (!base || base.point !== undefined)) rec.precision = 'approximate'
  if (rec.status === undefined) rec.status = 'available'
  if (rec.ready === true) rec.completion = undefined
  for (const [field, column, values] of [
    ['kind', 'kind', 'factory, custom, warehouse, office, land or 标准厂房…'],
    ['deal', 'deal', 'rent, sale, both, 出租, 出售 or 可租可售'],
    ['ready', 'ready', 'yes, no, 是, 否 or a completion date'],
  ] as const)
    if (rec[field] === undefined) need(column, `${field in d.patch ? 'is empty' : 'no such column'}, and a listing needs one (${values})`)
  if (rec.kind === 'land' && rec.landArea === undefined) need('land', 'is required for kind land (工业用地), in 亩')
  if (typeof rec.clearHeight === 'number' && typeof rec.storeyHeight === 'number' && rec.clearHeight > rec.storeyHeight)
    need('clear_height', `${rec.clearHeight} m is above storey_height ${rec.storeyHeight} m (净高 is under 层高)`)
  if (d.claims) rec.claims = mergeClaims((rec.claims as Claim[] | undefined) ?? [], d.claims)
  const existingSources = (rec.sources as Source[] | undefined) ?? []
  if (d.sources) rec.sources = d.sources.every((s) => existingSources.some((e) => sameSource(e, s))) ? existingSources : d.sources
  else if (existingSources.length === 0) rec.sources = [opts.sheetSource]
  rec.sample = false
  return { record: ordered(rec), problems }
}

/**
 * A draft's claims merged into a listing's, by hub: a hub the draft names takes its minutes and source, except that
 * a claim with the same minutes stays as it is (its first source kept, so the same advert again changes nothing);
 * claims on hubs the draft does not name stay (another source said them). The first claim of a repeated hub counts.
 * Absent when none is left (seeds leave unknown fields out; data:build writes `claims: []`).
 */
export function mergeClaims(existing: readonly Claim[], incoming: readonly Claim[]): Claim[] | undefined {
  const byHub = new Map<string, Claim>()
  for (const c of incoming) if (!byHub.has(c.hub)) byHub.set(c.hub, c)
  const merged = existing.map((c) => {
    const next = byHub.get(c.hub)
    if (!next) return c
    byHub.delete(c.hub)
    return next.minutes === c.minutes ? c : next
  })
  merged.push(...byHub.values())
  return merged.length ? merged : undefined
}

function insertReal(records: SeedRecord[], rec: SeedRecord): void {
  // Real listings first, then samples (seeds/README.md).
  const firstSample = records.findIndex((r) => r.sample === true)
  if (firstSample < 0) records.push(rec)
  else records.splice(firstSample, 0, rec)
}

export function mergeSheet(current: ReadonlyMap<string, readonly SeedRecord[]>, drafts: readonly RowDraft[], opts: MergeOptions): MergeResult {
  const files = new Map<string, SeedRecord[]>()
  const edit = (key: string) => {
    if (!files.has(key)) files.set(key, [...(current.get(key) ?? [])])
    return files.get(key)!
  }
  const where = new Map<string, string>()
  for (const [key, records] of current) for (const r of records) where.set(r.id, key)
  const result: MergeResult = { files, added: [], updated: [], unchanged: 0, removed: [], problems: [] }
  const touched = new Set<string>()
  const inSheet = new Set(drafts.map((d) => d.id))

  for (const d of drafts) {
    const fromKey = where.get(d.id)
    const base = fromKey === undefined ? undefined : current.get(fromKey)!.find((r) => r.id === d.id)
    const { record, problems } = applyDraft(base, d, opts)
    if (problems.length) {
      result.problems.push(...problems)
      continue
    }
    const toKey = typeof record.parkId === 'string' ? record.parkId : NO_PARK_FILE
    touched.add(toKey)
    if (base && deepEqual(base, record)) {
      result.unchanged++
      continue
    }
    if (base && fromKey === toKey) {
      const list = edit(toKey)
      list[list.findIndex((r) => r.id === d.id)] = record
    } else {
      if (base) {
        const from = edit(fromKey!)
        from.splice(from.findIndex((r) => r.id === d.id), 1)
      }
      insertReal(edit(toKey), record)
    }
    if (base) {
      const keys = new Set([...Object.keys(base), ...Object.keys(record)])
      const fields = [...keys].filter((k) => !deepEqual(base[k], record[k]))
      result.updated.push({ id: d.id, row: d.row, file: toKey, fields })
    } else result.added.push({ id: d.id, row: d.row, file: toKey })
  }
  if (opts.replace)
    for (const key of touched) {
      const list = edit(key)
      for (const r of [...list])
        if (r.sample !== true && !inSheet.has(r.id)) {
          list.splice(list.indexOf(r), 1)
          result.removed.push({ id: r.id, date: opts.today, reason: `not in ${opts.sheetName} (data:import --replace)` })
        }
    }
  for (const [key, list] of files) {
    const before = current.get(key) ?? []
    if (list.length === before.length && list.every((r, i) => r === before[i])) files.delete(key)
  }
  return result
}
