/**
 * An import sheet's rows -> one draft per listing (DESIGN.md "CLI additions"): columns by header name, cells
 * checked, the park matched, coordinates converted and checked, the id given or derived. Every problem is kept,
 * named by row (as Excel numbers them: header = row 1) and column as the sheet spells it.
 */
import { isInArea, round6, toWgs84, type Crs } from '../geo.ts'
import type { Claim, LngLat, Range, Source } from '../types.ts'
import { columnLetter, matchHeader, type ColumnKey } from './columns.ts'
import { isEmpty, parseArea, parseCrs, parseDate, parseDeal, parseKind, parseNumber, parseReady, parseStatus, parseText, quote, type Bounds, type Cell, type Parsed, type UnitKind } from './cells.ts'
import { deriveListingId, isListingId } from './ids.ts'
import { createParkMatcher, type ParkRef } from './parks.ts'

/** Seed fields a sheet speaks for; a key present with `undefined` removes the field (an empty cell = unknown). */
export type Patch = Record<string, unknown>

export interface RowDraft {
  row: number
  id: string
  /** The id came from the sheet's `id` column (else derived). */
  idGiven: boolean
  /** Present when the sheet says the park (column or --park or coordinates without park); null = no park. */
  parkId?: string | null
  patch: Patch
  /** The row's own `source`, or null: the sheet is the source unless the listing has one already. */
  sources: Source[] | null
  /**
   * Advertised drive times to merge by hub (merge.ts mergeClaims). A sheet has no claims column, so readRows never
   * sets it and a sheet keeps a listing's claims; the advert import (`--ad --write`) gives them.
   */
  claims?: Claim[]
}

export interface Problem {
  row: number | null
  column: string | null
  message: string
}
/** Problems named `row 4, area_min: …`, or with `label` naming a row otherwise (adverts: `advert 3 ("…")`). */
export const problemFormatter =
  (label: (row: number) => string) =>
  (p: Problem): string =>
    [p.row === null ? null : label(p.row), p.column].filter((x) => x !== null).join(', ') + (p.row === null && p.column === null ? '' : ': ') + p.message
export const formatProblem = problemFormatter((row) => `row ${row}`)

export interface SheetContext {
  parks: readonly ParkRef[]
  /** --park: the park of rows that name none (an id, already checked). */
  defaultPark?: string
  /** Listings in seeds/ now, by id. */
  existing: ReadonlyMap<string, { parkId?: string; sample: boolean }>
  /** seeds/removed.yaml: id -> date taken off the market. */
  removed: ReadonlyMap<string, string>
  /** The import date, YYYY-MM-DD (the `read` date of sources written from the sheet). */
  today: string
  /** Called every PROGRESS_EVERY rows with the rows read so far (the browser's import worker reports it). */
  progress?: (done: number, total: number) => void
}

export const PROGRESS_EVERY = 250

export interface SheetResult {
  drafts: RowDraft[]
  problems: Problem[]
  /** Rows with a problem (skipped by --skip-bad). */
  badRows: number[]
  unknownColumns: string[]
}

const NUMBER_FIELDS: Partial<Record<ColumnKey, { field: string; units: UnitKind; bounds: Bounds }>> = {
  total_area: { field: 'totalFloorArea', units: 'area', bounds: { min: 0, exclusive: true, max: 20_000_000 } },
  land: { field: 'landArea', units: 'land', bounds: { min: 0, exclusive: true, max: 50_000 } },
  rent: { field: 'rent', units: 'rent', bounds: { min: 0, exclusive: true, max: 20 } },
  sale_price: { field: 'salePrice', units: 'salePrice', bounds: { min: 100, max: 1_000_000 } },
  land_price: { field: 'landPrice', units: 'landPrice', bounds: { min: 0, exclusive: true, max: 5000 } },
  clear_height: { field: 'clearHeight', units: 'metre', bounds: { min: 0, exclusive: true, max: 60 } },
  storey_height: { field: 'storeyHeight', units: 'metre', bounds: { min: 0, exclusive: true, max: 60 } },
  floor_load: { field: 'floorLoad', units: 'load', bounds: { min: 0, exclusive: true, max: 50 } },
  power: { field: 'power', units: 'power', bounds: { min: 0, exclusive: true, max: 1_000_000 } },
  crane: { field: 'crane', units: 'crane', bounds: { min: 0, exclusive: true, max: 1000 } },
}
const TEXT_LIMITS = { name_zh: 200, name_en: 200, park: 200, phone: 100, contact: 100, source: 2000, id: 64 } as const

/** A `source` cell: one source per line, "title https://…" or a URL or a document's name. */
function parseSources(text: string, today: string): Source[] {
  return text
    .split(/\s*\n\s*/)
    .filter(Boolean)
    .map((line) => {
      const url = /https?:\/\/\S+/.exec(line)?.[0] ?? null
      const title = (url ? line.replace(url, '') : line).replace(/\s+/g, ' ').trim() || url!
      return { url, doc: url ? null : line, title, read: today }
    })
}

export function readRows(rows: readonly (readonly Cell[])[], ctx: SheetContext): SheetResult {
  const problems: Problem[] = []
  const header = rows[0] ?? []
  const cols = new Map<ColumnKey, { index: number; name: string }>()
  const unknownColumns: string[] = []
  let sampleColumn: number | undefined
  header.forEach((cell, index) => {
    const name = isEmpty(cell) ? '' : String(cell).trim()
    const m = matchHeader(name)
    if (m.kind === 'unknown') unknownColumns.push(`${name} (column ${columnLetter(index)})`)
    if (m.kind === 'export-only' && /^(sample|示例)$/i.test(name.normalize('NFKC'))) sampleColumn = index
    if (m.kind !== 'column') return
    const prev = cols.get(m.key)
    if (prev) problems.push({ row: 1, column: name, message: `columns ${columnLetter(prev.index)} and ${columnLetter(index)} both mean ${m.key}` })
    else cols.set(m.key, { index, name })
  })
  if (!cols.has('name_zh') && !cols.has('name_en') && !cols.has('id'))
    problems.push({ row: 1, column: null, message: 'no name_zh/名称, name_en/英文名称 or id column: is row 1 the header row? (see docs/listings-template.en.csv)' })
  if (problems.length) return { drafts: [], problems, badRows: [], unknownColumns }

  const matchPark = createParkMatcher(ctx.parks)
  const drafts: RowDraft[] = []
  const badRows = new Set<number>()
  const firstRowOfId = new Map<string, { row: number; given: boolean }>()

  for (let i = 1; i < rows.length; i++) {
    if (ctx.progress && i % PROGRESS_EVERY === 0) ctx.progress(i, rows.length - 1)
    const row = i + 1
    const cells = rows[i]
    const cell = (k: ColumnKey): Cell => (cols.has(k) ? cells[cols.get(k)!.index] : undefined)
    const has = (k: ColumnKey) => cols.has(k) && !isEmpty(cell(k))
    if (![...cols.keys()].some(has)) continue // blank rows between blocks of a sheet are common
    const before = problems.length
    const fail = (k: ColumnKey | null, message: string) => problems.push({ row, column: k === null ? null : (cols.get(k)?.name ?? k), message })
    const take = <T>(k: ColumnKey, parsed: Parsed<T>): T | undefined => {
      if (parsed.ok) return parsed.value
      fail(k, parsed.message)
      return undefined
    }
    const text = (k: keyof typeof TEXT_LIMITS) => (has(k) ? take(k, parseText(cell(k), TEXT_LIMITS[k])) || undefined : undefined)
    const patch: Patch = {}
    // An export's sample rows (invented listings) must never come back as real ones, whatever their id.
    const sampleCell = sampleColumn === undefined ? null : cells[sampleColumn]
    if (sampleCell === true || (typeof sampleCell === 'string' && /^(true|yes|是|1)$/i.test(sampleCell.trim())))
      problems.push({ row, column: String(header[sampleColumn!]).trim(), message: `${quote(sampleCell)}: a sample listing (invented, not an offer) is not imported; delete the row` })

    // Names: a missing one falls back to the other (never invented).
    const nameZh = text('name_zh')
    const nameEn = text('name_en')
    if (cols.has('name_zh')) patch['name.zh'] = nameZh
    if (cols.has('name_en')) patch['name.en'] = nameEn

    if (cols.has('kind')) patch.kind = has('kind') ? take('kind', parseKind(cell('kind'))) : undefined
    if (cols.has('deal')) patch.deal = has('deal') ? take('deal', parseDeal(cell('deal'))) : undefined
    if (cols.has('status')) patch.status = has('status') ? take('status', parseStatus(cell('status'))) : 'available'
    if (cols.has('ready')) {
      const r = has('ready') ? take('ready', parseReady(cell('ready'))) : undefined
      patch.ready = r?.ready
      patch.completion = r?.completion
    }
    if (cols.has('as_of')) patch.asOf = has('as_of') ? take('as_of', parseDate(cell('as_of'))) : undefined
    if (cols.has('phone')) patch['contact.phone'] = text('phone')
    if (cols.has('contact')) patch['contact.name'] = text('contact')
    for (const [k, spec] of Object.entries(NUMBER_FIELDS) as [ColumnKey, NonNullable<(typeof NUMBER_FIELDS)[ColumnKey]>][])
      if (cols.has(k)) patch[spec.field] = has(k) ? take(k, parseNumber(cell(k), spec.units, spec.bounds)) : undefined

    // Floor area: one `area` column, or area_min/area_max.
    let floorArea: Range | undefined
    if (cols.has('area') || cols.has('area_min') || cols.has('area_max')) {
      const single = has('area') ? take('area', parseArea(cell('area'))) : undefined
      const bound = (k: 'area_min' | 'area_max') => (has(k) ? take(k, parseNumber(cell(k), 'area', { min: 0, exclusive: true, max: 5_000_000 })) : undefined)
      const min = bound('area_min')
      const max = bound('area_max')
      if (has('area') && (has('area_min') || has('area_max'))) fail('area', 'give area or area_min/area_max, not both')
      else if (single) floorArea = single
      else if (min !== undefined || max !== undefined) {
        if (min !== undefined && max !== undefined && min > max) fail('area_max', `${quote(cell('area_max'))} is below area_min ${quote(cell('area_min'))}`)
        floorArea = { min: min ?? null, max: max ?? null }
      }
      patch.floorArea = floorArea
    }

    // Position: lng/lat with their crs, converted to WGS-84 and checked inside the area.
    let point: LngLat | undefined
    if (has('lng') || has('lat')) {
      const lng = has('lng') ? take('lng', parseNumber(cell('lng'), 'none', { min: -180, max: 180 })) : (fail('lng', 'is empty but lat is given'), undefined)
      // ±180 for lat too, so that swapped figures reach the check below and are named as swapped.
      const lat = has('lat') ? take('lat', parseNumber(cell('lat'), 'none', { min: -180, max: 180 })) : (fail('lat', 'is empty but lng is given'), undefined)
      const crs: Crs | undefined = has('crs') ? take('crs', parseCrs(cell('crs'))) : (fail('crs', 'is required with lng/lat: wgs84, gcj02 (Amap/高德) or bd09 (Baidu/百度)'), undefined)
      if (lng !== undefined && lat !== undefined && crs) {
        const swapped = Math.abs(lng) <= 90 && isInArea(toWgs84([lat, lng], crs))
        const w = Math.abs(lat) <= 90 ? toWgs84([lng, lat], crs) : null
        if (w && isInArea([round6(w[0]), round6(w[1])])) point = [round6(w[0]), round6(w[1])]
        else if (swapped) fail('lng', `${lng}, lat ${lat} look swapped (lng is the larger figure here, about 121)`)
        else if (!w) fail('lat', `${quote(cell('lat'))} is not a latitude (-90 to 90)`)
        else fail('lng', `${lng}, lat ${lat} (${crs}) lies outside the area 120.78–121.40 E, 31.10–31.78 N`)
      }
    }
    if (cols.has('lng') || cols.has('lat')) {
      patch.point = point
      patch.crs = undefined
      patch.outsideArea = undefined
      if (point) patch.precision = 'surveyed' // without a point: at the park's, flagged in applyDraft
    }

    // Park: the column, else --park, else none when the row has coordinates; an existing id keeps its park.
    let parkId: string | null | undefined
    if (has('park')) {
      const p = text('park')
      const m = p === undefined ? undefined : matchPark(p)
      if (m?.ok) parkId = m.id
      else if (m) fail('park', m.message)
    } else if (ctx.defaultPark) parkId = ctx.defaultPark
    else if (has('lng') || has('lat')) parkId = null

    let id = text('id')
    if (id !== undefined && !isListingId(id)) {
      fail('id', `${quote(id)} is not an id (lowercase a-z, 0-9 and single dashes, at most 64 characters)`)
      id = undefined
    }
    const idGiven = id !== undefined
    const known = id !== undefined ? ctx.existing.get(id) : undefined
    if (parkId === undefined && !known && !has('park') && problems.length === before)
      fail('park', 'the row names no park and has no coordinates: give a park (id or name), run with --park ID, or give lng/lat/crs')
    if (!idGiven && problems.length === before) {
      const zh = nameZh ?? nameEn
      if (zh === undefined) fail('name_zh', 'a name is required (name_zh or name_en) when the row has no id')
      else id = deriveListingId(parkId ?? null, zh, floorArea ?? null, point ?? null)
    }
    if (id !== undefined) {
      const existing = ctx.existing.get(id)
      const removedOn = ctx.removed.get(id)
      if (existing?.sample) fail('id', `"${id}" is a sample listing (invented, not an offer): a sheet cannot make it real; delete the row`)
      if (removedOn) fail('id', `"${id}" was taken off the market on ${removedOn} (seeds/removed.yaml) and ids are never reused: ${idGiven ? 'give the row a new id' : 'change its name or give it an id'}`)
      const first = firstRowOfId.get(id)
      if (first) {
        problems.push({ row: first.row, column: null, message: `rows ${first.row} and ${row} ${idGiven ? 'have' : 'derive'} the same id "${id}"${idGiven ? '' : ' (same park, name_zh and area)'}: make them differ or give each an id` })
        badRows.add(first.row)
        badRows.add(row)
      } else firstRowOfId.set(id, { row, given: idGiven })
    }
    if (problems.length > before) {
      badRows.add(row)
      continue
    }
    const sources = has('source') ? parseSources(String(cell('source')).replace(/\r/g, ''), ctx.today) : null
    const sourceProblem = sources?.map((s) => parseText(s.title, TEXT_LIMITS.source)).find((r) => !r.ok)
    if (sourceProblem && !sourceProblem.ok) {
      fail('source', sourceProblem.message)
      badRows.add(row)
      continue
    }
    drafts.push({ row, id: id!, idGiven, ...(parkId !== undefined ? { parkId } : {}), patch, sources })
  }
  // A row that duplicated an earlier one also spoils the earlier draft.
  const kept = drafts.filter((d) => !badRows.has(d.row))
  // Left to right within a row, as the agent reads the sheet.
  const colIndex = new Map([...cols.values()].map((c) => [c.name, c.index]))
  const order = (p: Problem) => (p.row ?? 0) * 1e4 + (p.column === null ? -1 : (colIndex.get(p.column) ?? 9999))
  return { drafts: kept, problems: problems.sort((a, b) => order(a) - order(b)), badRows: [...badRows].sort((a, b) => a - b), unknownColumns }
}
