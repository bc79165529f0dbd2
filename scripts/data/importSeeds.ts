/**
 * The seeds the import reads and writes: parks (to match names), listing files as YAML documents (so that records
 * the sheet does not change keep their comments and layout), seeds/removed.yaml, and the all-or-nothing write.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, isMap, isSeq, parseDocument, YAMLSeq, type Node } from 'yaml'
import { toWgs84, type Crs } from '../../src/domain/geo.ts'
import type { LngLat, Text } from '../../src/domain/types.ts'
import type { ParkRef } from '../../src/domain/import/parks.ts'
import { NO_PARK_FILE, type RemovedEntry, type SeedRecord } from '../../src/domain/import/merge.ts'

export interface ListingFile {
  key: string
  path: string
  doc: Document
  records: SeedRecord[]
  /** The YAML node of each record as read, to write unchanged records back as they were. */
  nodes: Map<SeedRecord, unknown>
}

export interface SeedState {
  parks: (ParkRef & { jurisdiction: string })[]
  files: Map<string, ListingFile>
  removed: { path: string; doc: Document | null; entries: RemovedEntry[] }
}

export function readSeedState(seedsRoot: string): SeedState {
  const parksDir = join(seedsRoot, 'parks')
  const parks = readdirSync(parksDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const p = parseDocument(readFileSync(join(parksDir, f), 'utf8')).toJS() as { id: string; name: Text; point: LngLat; crs?: Crs; jurisdiction: string }
      return { id: p.id, name: p.name, jurisdiction: p.jurisdiction, point: toWgs84(p.point, p.crs ?? 'wgs84') }
    })
  const files = new Map<string, ListingFile>()
  const listingsDir = join(seedsRoot, 'listings')
  for (const f of readdirSync(listingsDir).filter((x) => x.endsWith('.yaml')).sort()) {
    const path = join(listingsDir, f)
    const doc = parseDocument(readFileSync(path, 'utf8'))
    if (doc.errors.length) throw new Error(`${path}: not valid YAML (${doc.errors[0].message}); fix it before importing`)
    const nodes = new Map<SeedRecord, unknown>()
    const records: SeedRecord[] = []
    if (isSeq(doc.contents))
      for (const item of doc.contents.items) {
        const rec = (isMap(item) ? item.toJS(doc) : item) as SeedRecord
        records.push(rec)
        nodes.set(rec, item)
      }
    files.set(f.replace(/\.yaml$/, ''), { key: f.replace(/\.yaml$/, ''), path, doc, records, nodes })
  }
  const removedPath = join(seedsRoot, 'removed.yaml')
  const removedDoc = existsSync(removedPath) ? parseDocument(readFileSync(removedPath, 'utf8')) : null
  const raw = removedDoc?.toJS() as unknown
  const entries = Array.isArray(raw) ? (raw as RemovedEntry[]).filter((e) => e && typeof e.id === 'string').map((e) => ({ ...e, date: String(e.date) })) : []
  return { parks, files, removed: { path: removedPath, doc: removedDoc, entries } }
}

/** Small objects in flow style, as the hand-written real listings are: `name: { zh: …, en: … }`. */
function styleRecord(node: unknown): void {
  if (!isMap(node)) return
  for (const pair of node.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key)
    const v = pair.value as Node | null
    if (['name', 'floorArea', 'contact', 'deal', 'point', 'address', 'note'].includes(key) && (isMap(v) || isSeq(v))) v.flow = key !== 'note'
    if ((key === 'sources' || key === 'claims') && isSeq(v)) for (const s of v.items) if (isMap(s)) s.flow = true
  }
}

const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: true } as const

export function listingFileText(state: SeedState, key: string, records: readonly SeedRecord[]): string {
  const file = state.files.get(key)
  const doc = file?.doc.clone() ?? new Document(new YAMLSeq())
  const seq = new YAMLSeq()
  for (const rec of records) {
    const old = file?.nodes.get(rec)
    if (old) seq.items.push(old)
    else {
      const node = doc.createNode(rec)
      styleRecord(node)
      seq.items.push(node)
    }
  }
  doc.contents = seq as never
  let text = records.length ? doc.toString(YAML_OPTIONS) : '[]\n'
  if (!file) {
    const park = state.parks.find((p) => p.id === key)
    const title = park ? `${park.name.zh} · ${park.name.en}: listings (real first; samples from npm run data:samples)` : 'Listings in no park: each has its own point (DESIGN.md, seeds/listings/_no-park.yaml)'
    text = `# ${title}\n${text}`
  } else if (!records.length && file.doc.commentBefore) text = `#${file.doc.commentBefore.replace(/\n/g, '\n#')}\n${text}`
  return text
}

export function removedFileText(state: SeedState, added: readonly RemovedEntry[]): string {
  const doc = state.removed.doc?.clone() ?? new Document(new YAMLSeq())
  if (!isSeq(doc.contents)) doc.contents = new YAMLSeq() as never
  for (const e of added) {
    const node = doc.createNode({ id: e.id, date: e.date, reason: e.reason })
    node.flow = true
    ;(doc.contents as YAMLSeq).items.push(node)
  }
  let text = doc.toString(YAML_OPTIONS)
  if (!state.removed.doc) text = `# Listings taken off the market: ids are never reused (DESIGN.md "Listing ids in links").\n${text}`
  return text
}

export const listingPath = (seedsRoot: string, key: string) => join(seedsRoot, 'listings', `${key === NO_PARK_FILE ? NO_PARK_FILE : key}.yaml`)

/**
 * All files or none: every text goes to a temporary file beside its target first; only when all are written are
 * they renamed over the targets (a rename within a folder is atomic on POSIX file systems).
 */
export function writeAll(texts: ReadonlyMap<string, string>): void {
  const temps: [string, string][] = []
  try {
    for (const [path, text] of texts) {
      const tmp = `${path}.import-${process.pid}.tmp`
      temps.push([tmp, path])
      writeFileSync(tmp, text)
    }
  } catch (e) {
    for (const [tmp] of temps) rmSync(tmp, { force: true })
    throw e
  }
  for (const [tmp, path] of temps) renameSync(tmp, path)
}
