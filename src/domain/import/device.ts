/**
 * "My listings" (issue 20): a sheet checked in the browser with the CLI's own code (rows.ts, merge.ts), its valid
 * rows turned into seed records (the same records data:import writes, same ids) and into app listings marked
 * `device: true` ("on this device only", DESIGN.md "Listing ids in links"), and the seed YAML for publishing.
 */
import { applyDraft, type SeedRecord } from './merge.ts'
import { readRows, type Problem, type SheetResult } from './rows.ts'
import { COLUMNS, matchHeader, type ColumnKey } from './columns.ts'
import type { Cell } from './cells.ts'
import type { ParkRef } from './parks.ts'
import type { DriveMinutes, Listing, LngLat } from '../types.ts'

export interface DeviceCheck {
  /** Rows ready to keep: record and the sheet row it came from. */
  records: { row: number; record: SeedRecord }[]
  /** Every problem, by sheet row (header = 1) and column name as the sheet spells it. */
  problems: Problem[]
  unknownColumns: string[]
}

export interface DeviceContext {
  parks: readonly ParkRef[]
  /** Listing ids already in the published data: a sheet row with such an id is refused (publish it through data:import). */
  published: ReadonlySet<string>
  removed: ReadonlyMap<string, string>
  today: string
  sheetName: string
}

/**
 * The sheet's rows through the CLI's checks (readRows, then applyDraft's per-listing rules). `progress` hears the
 * rows checked so far (of the sheet's rows below the header).
 */
export function checkSheet(rows: readonly (readonly Cell[])[], ctx: DeviceContext, progress?: (done: number, total: number) => void): DeviceCheck {
  const read: SheetResult = readRows(rows, { parks: ctx.parks, existing: new Map(), removed: ctx.removed, today: ctx.today, progress })
  const problems = [...read.problems]
  const records: DeviceCheck['records'] = []
  const sheetSource = { url: null, doc: ctx.sheetName, title: `${ctx.sheetName}, imported ${ctx.today}`, read: ctx.today }
  for (const d of read.drafts) {
    if (ctx.published.has(d.id)) {
      problems.push({ row: d.row, column: null, message: `"${d.id}" is a published listing: change it with data:import, not on this device` })
      continue
    }
    // As the CLI: readRows gives parkId null (no park: seeds/listings/_no-park.yaml) only to a row with its own point,
    // and refuses a row with neither park nor coordinates. A listing in no park needs its own point (the data
    // build's rule, src/domain/dataCheck.ts); said again here so that a draft without one can never be kept.
    if (!d.parkId && !Array.isArray(d.patch.point)) {
      problems.push({ row: d.row, column: 'park', message: 'the row names no park and has no coordinates: choose its park or place it on the map' })
      continue
    }
    const { record, problems: p } = applyDraft(undefined, d, { replace: false, today: ctx.today, sheetSource, sheetName: ctx.sheetName })
    if (p.length) problems.push(...p)
    else records.push({ row: d.row, record })
  }
  return { records, problems, unknownColumns: read.unknownColumns }
}

/** The column index of a problem's column in the header row (-1: the row as a whole). */
export function problemColumn(header: readonly Cell[], p: Problem): number {
  if (p.column === null) return -1
  const exact = header.findIndex((h) => typeof h === 'string' && h.trim() === p.column)
  if (exact >= 0) return exact
  // applyDraft names columns by key (`kind`), the sheet may say 类型.
  return header.findIndex((h) => typeof h === 'string' && (m => m.kind === 'column' && m.key === p.column)(matchHeader(h)))
}

/** The index of a column in the header, adding it (header name in English) when the sheet has none. */
export function ensureColumn(rows: Cell[][], key: ColumnKey): number {
  const header = rows[0]
  const at = header.findIndex((h) => typeof h === 'string' && (m => m.kind === 'column' && m.key === key)(matchHeader(h)))
  if (at >= 0) return at
  header.push(COLUMNS.find((c) => c.key === key)!.en)
  return header.length - 1
}

/** Where a record stands: its own point, else its park's (flagged approximate by applyDraft). */
export function recordPoint(rec: SeedRecord, parks: readonly ParkRef[]): LngLat | null {
  if (Array.isArray(rec.point)) return rec.point as LngLat
  const park = parks.find((p) => p.id === rec.parkId)
  return park ? park.point : null
}

/** A seed record as an app listing, with its drive minutes (hub order), marked as this device's. */
export function deviceListing(rec: SeedRecord, parks: readonly ParkRef[], driveMinutes: DriveMinutes): Listing {
  const point = recordPoint(rec, parks)
  // A listing in no park keeps no parkId (as in data/listings.json, DESIGN.md), never an empty one.
  return {
    ...(rec as unknown as Listing),
    claims: (rec.claims as Listing['claims'] | undefined) ?? [],
    sources: (rec.sources as Listing['sources'] | undefined) ?? [],
    ...(point ? { point } : {}),
    sample: false,
    driveMinutes,
    device: true,
  }
}

const DEAL_CELL: Record<string, string> = { rent: 'rent', sale: 'sale', 'rent,sale': 'both', 'sale,rent': 'both' }

/** A kept record as a row of the import sheet (columns.ts's English names), so that the XLSX export imports again. */
export const SHEET_HEADER: readonly ColumnKey[] = ['id', 'name_zh', 'name_en', 'park', 'kind', 'area_min', 'area_max', 'deal', 'rent', 'sale_price', 'land', 'clear_height', 'ready', 'status', 'phone', 'contact', 'lng', 'lat', 'crs', 'as_of']
export function recordCells(rec: SeedRecord): Cell[] {
  const name = (rec.name ?? {}) as { zh?: string; en?: string }
  const area = rec.floorArea as { min: number | null; max: number | null } | undefined
  const contact = (rec.contact ?? {}) as { name?: string; phone?: string }
  const point = rec.point as LngLat | undefined
  const num = (v: unknown): Cell => (typeof v === 'number' ? v : null)
  const byKey: Record<ColumnKey, Cell> = {
    id: rec.id, name_zh: name.zh ?? null, name_en: name.en ?? null, park: (rec.parkId as string | undefined) ?? null, kind: (rec.kind as string) ?? null,
    area: null, area_min: area?.min ?? null, area_max: area?.max ?? null, total_area: num(rec.totalFloorArea), land: num(rec.landArea),
    deal: DEAL_CELL[((rec.deal as string[] | undefined) ?? []).join(',')] ?? null, rent: num(rec.rent), sale_price: num(rec.salePrice), land_price: num(rec.landPrice),
    clear_height: num(rec.clearHeight), storey_height: num(rec.storeyHeight), floor_load: num(rec.floorLoad), power: num(rec.power), crane: num(rec.crane),
    ready: rec.ready === true ? 'yes' : ((rec.completion as string | undefined) ?? 'no'), status: (rec.status as string | undefined) ?? null,
    phone: contact.phone ?? null, contact: contact.name ?? null, lng: point?.[0] ?? null, lat: point?.[1] ?? null, crs: point ? 'wgs84' : null,
    source: null, as_of: (rec.asOf as string | undefined) ?? null,
  }
  return SHEET_HEADER.map((k) => byKey[k])
}
