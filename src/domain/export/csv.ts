/**
 * The export sheet (DESIGN.md "CLI additions", `--csv`): the import template's columns (src/domain/import/columns.ts)
 * plus `sample` and `dt_<hub>` for every hub (and `dt_pin` with a pin), one row per listing, so that an export
 * goes back in with `data:import` and updates the same listings in place. Shared by the explore CLI and the app's
 * CSV/XLSX downloads. Pure: no DOM, no Node.
 */
import { COLUMNS, EXPORT_ONLY, type ColumnKey } from '../import/columns.ts'
import { round1 } from '../numbers.ts'
import type { Dataset, Listing, Source } from '../types.ts'

export type ExportCell = string | number | null

export interface ExportTable {
  header: string[]
  rows: ExportCell[][]
}

/** Which listings go out: the matches sorted by id, or (compare view) the picks in their order. */
export interface ExportSelection {
  /** runFilter's per-listing flags (1 = matches). */
  matches: ArrayLike<number>
  picks: readonly string[]
  compare: boolean
}

export function exportIndices(ds: Dataset, sel: ExportSelection): number[] {
  if (sel.compare) {
    const at = new Map(ds.listings.map((l, i) => [l.id, i]))
    return sel.picks.map((id) => at.get(id)).filter((i): i is number => i !== undefined)
  }
  const out: number[] = []
  for (let i = 0; i < ds.listings.length; i++) if (sel.matches[i]) out.push(i)
  // Code-unit order, as the CLI's JSON sorts (not localeCompare: the same on every machine).
  return out.sort((a, b) => (ds.listings[a].id < ds.listings[b].id ? -1 : ds.listings[a].id > ds.listings[b].id ? 1 : 0))
}

/**
 * A `source` cell as the import reads it back (src/domain/import/rows.ts, parseSources): one source per line,
 * "title URL", or the document's name; the import keeps the listing's own sources when every line matches one.
 */
function sourcesCell(sources: readonly Source[]): string | null {
  const lines = sources.map((s) => (s.url ? `${s.title.replace(/\s+/g, ' ')} ${s.url}` : (s.doc ?? s.title).replace(/\s+/g, ' ')))
  return lines.length ? lines.join('\n') : null
}

const num = (n: number | undefined): ExportCell => (n === undefined ? null : n)

function cellOf(l: Listing, key: ColumnKey): ExportCell {
  switch (key) {
    case 'id': return l.id
    case 'name_zh': return l.name.zh
    case 'name_en': return l.name.en
    case 'park': return l.parkId || null
    case 'kind': return l.kind
    // One column per bound rather than "1100-3000": a number cell survives Excel and the import alike.
    case 'area': return null
    case 'area_min': return l.floorArea?.min ?? null
    case 'area_max': return l.floorArea?.max ?? null
    case 'total_area': return num(l.totalFloorArea)
    case 'land': return num(l.landArea)
    case 'deal': return l.deal.length === 2 ? 'both' : (l.deal[0] ?? null)
    case 'rent': return num(l.rent)
    case 'sale_price': return num(l.salePrice)
    case 'land_price': return num(l.landPrice)
    case 'clear_height': return num(l.clearHeight)
    case 'storey_height': return num(l.storeyHeight)
    case 'floor_load': return num(l.floorLoad)
    case 'power': return num(l.power)
    case 'crane': return num(l.crane)
    case 'ready': return l.ready ? 'yes' : (l.completion ?? 'no')
    case 'status': return l.status
    case 'phone': return l.contact?.phone ?? null
    case 'contact': return l.contact?.name ?? null
    // data/ holds WGS-84 points; the crs column says so, as the import requires with lng/lat.
    case 'lng': return l.point ? l.point[0] : null
    case 'lat': return l.point ? l.point[1] : null
    case 'crs': return l.point ? 'wgs84' : null
    case 'source': return sourcesCell(l.sources)
    case 'as_of': return l.asOf ?? null
  }
}

export interface ExportOptions {
  lang: 'en' | 'zh'
  /** Minutes from the pin per listing (NaN = not reached), when the view has a pin. */
  pinMinutes?: ArrayLike<number> | null
}

export function exportTable(ds: Dataset, indices: readonly number[], opts: ExportOptions): ExportTable {
  const name = (c: { en: string; zh: string }) => (opts.lang === 'zh' ? c.zh : c.en)
  const dtHeader = (id: string) => `${name(EXPORT_ONLY.dtPrefix)}${id}`
  const header = [...COLUMNS.map(name), name(EXPORT_ONLY.sample), ...ds.hubs.map((h) => dtHeader(h.id)), ...(opts.pinMinutes ? [dtHeader('pin')] : [])]
  const minutes = (m: number | null | undefined): ExportCell => (m === null || m === undefined || Number.isNaN(m) ? null : round1(m))
  const rows = indices.map((i) => {
    const l = ds.listings[i]
    return [
      ...COLUMNS.map((c) => cellOf(l, c.key)),
      l.sample ? 'true' : 'false',
      ...ds.hubs.map((_, h) => minutes(l.driveMinutes[h])),
      ...(opts.pinMinutes ? [minutes(opts.pinMinutes[i])] : []),
    ]
  })
  return { header, rows }
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF (or leading/trailing space); double the quotes. */
function csvField(cell: ExportCell): string {
  if (cell === null) return ''
  const s = typeof cell === 'number' ? String(cell) : cell
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** UTF-8 text with a byte-order mark (Excel opens Chinese correctly) and CRLF line ends (RFC 4180, Excel). */
export function toCsv(table: ExportTable): string {
  return '\uFEFF' + [table.header, ...table.rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
}
