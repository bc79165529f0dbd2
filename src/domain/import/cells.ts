/**
 * Reading one cell of an import sheet (DESIGN.md "CLI additions": cell values). Each parser returns the value or
 * a message saying what is wrong with the cell as the agent typed it; the row reader adds "row N, column: ".
 * Bounds: the seed schema's (scripts/data/schema.ts) where it has them, else generous limits that only catch typos
 * and hostile input (a 10-digit area, a negative height).
 */
import type { Crs } from '../geo.ts'
import type { Deal, ListingKind, ListingStatus, Range } from '../types.ts'

/** A cell as the file readers hand it over: text, a number, a boolean, or empty. */
export type Cell = string | number | boolean | null | undefined

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const bad = (message: string): Parsed<never> => ({ ok: false, message })

/** The cell quoted for a message, cut short when long. */
export function quote(cell: Cell): string {
  const s = String(cell)
  return s.length > 40 ? `${JSON.stringify(s.slice(0, 40) + '…')} (${s.length} characters)` : JSON.stringify(s)
}

/** Empty: null, undefined, or only white space. */
export const isEmpty = (cell: Cell): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')

// C0/C1 controls other than tab and line breaks (which become spaces), and bidirectional overrides that can make
// a name display as something else (Trojan Source, CVE-2021-42574).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
// Spreadsheet formulas typed as text (a CSV cell "=HYPERLINK(…)"): never stored, an export would run them.
const FORMULA = /^(=|@|[+-][^\d\s.])/

export function parseText(cell: Cell, maxLength: number): Parsed<string> {
  const s = String(cell).replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim()
  const control = CONTROL.exec(s)
  if (control) return bad(`${quote(cell)} contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`)
  if (FORMULA.test(s)) return bad(`${quote(cell)} looks like a spreadsheet formula; type the value itself`)
  if (s.length > maxLength) return bad(`${quote(cell)} is longer than ${maxLength} characters`)
  return ok(s)
}

/** Unit suffixes accepted after a figure (NFKC-normalized, lower case). */
export const UNITS = {
  area: ['㎡', 'm2', 'm²', '平', '平米', '平方', '平方米', '平方米(㎡)'],
  land: ['亩'],
  rent: ['元/㎡/天', '元/平/天', '元/平米/天', '元/m2/天', '元/㎡·天', '元', 'yuan/m2/day'],
  salePrice: ['元/㎡', '元/平', '元/平米', '元/m2', '元'],
  landPrice: ['万元/亩', '万/亩', '万'],
  metre: ['m', '米'],
  load: ['t/㎡', '吨/㎡', '吨/平', '吨/平米', 't/m2', '吨', 't'],
  power: ['kva', '千伏安'],
  crane: ['t', '吨'],
  none: [] as string[],
} as const
export type UnitKind = keyof typeof UNITS

export interface Bounds {
  /** Smallest allowed value; `exclusive` when the value must be greater. */
  min: number
  exclusive?: boolean
  max: number
}

function plainNumber(text: string, units: readonly string[]): number | null {
  let s = text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
  for (const u of [...units].sort((a, b) => b.length - a.length))
    if (u && s.endsWith(u.normalize('NFKC').toLowerCase())) {
      s = s.slice(0, -u.normalize('NFKC').length)
      break
    }
  // Thousands separators as Excel writes them ("1,100"), never a decimal comma: "1,5" is refused below.
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '')
  if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(s)) return null
  return Number(s)
}

export function parseNumber(cell: Cell, units: UnitKind, bounds: Bounds): Parsed<number> {
  let n: number | null
  if (typeof cell === 'number') n = cell
  else if (typeof cell === 'string') n = plainNumber(cell, UNITS[units])
  else n = null
  if (n === null || !Number.isFinite(n)) return bad(`${quote(cell)} is not a number`)
  if (bounds.exclusive ? n <= bounds.min : n < bounds.min)
    return bad(`${quote(cell)} must be ${bounds.exclusive ? 'greater than' : 'at least'} ${bounds.min}`)
  if (n > bounds.max) return bad(`${quote(cell)} is above ${bounds.max}, not a plausible value`)
  return ok(n)
}

export const AREA_BOUNDS: Bounds = { min: 0, exclusive: true, max: 5_000_000 }

/** One area cell: `1100`, `1100-3000`, `1100起`, `1100平起`, `1100以上`, `1100-` (as in links), `3000以下`. */
export function parseArea(cell: Cell): Parsed<Range> {
  if (typeof cell === 'number') {
    const n = parseNumber(cell, 'area', AREA_BOUNDS)
    return n.ok ? ok({ min: n.value, max: n.value }) : n
  }
  const s = String(cell).normalize('NFKC').replace(/\s+/g, '')
  const open = /^(.+?)(起|以上|及以上|\+|-)$/.exec(s) ?? /^(?:≥|>=)(.+)$/.exec(s)
  if (open) {
    const n = parseNumber(open[1], 'area', AREA_BOUNDS)
    return n.ok ? ok({ min: n.value, max: null }) : bad(`${quote(cell)} is not an area (e.g. 1100, 1100-3000, 1100起)`)
  }
  const upTo = /^(.+?)(以下|以内)$/.exec(s) ?? /^(?:≤|<=)(.+)$/.exec(s)
  if (upTo) {
    const n = parseNumber(upTo[1], 'area', AREA_BOUNDS)
    return n.ok ? ok({ min: null, max: n.value }) : bad(`${quote(cell)} is not an area (e.g. 1100, 1100-3000, 1100起)`)
  }
  const range = /^([^-~～—至到]+)(?:-|~|～|—|至|到)([^-~～—至到]+)$/.exec(s)
  if (range) {
    const a = parseNumber(range[1], 'area', AREA_BOUNDS)
    const b = parseNumber(range[2], 'area', AREA_BOUNDS)
    if (!a.ok || !b.ok) return bad(`${quote(cell)} is not an area range (e.g. 1100-3000)`)
    if (a.value > b.value) return bad(`${quote(cell)}: the first figure must not exceed the second`)
    return ok({ min: a.value, max: b.value })
  }
  const n = parseNumber(s, 'area', AREA_BOUNDS)
  if (n.ok) return ok({ min: n.value, max: n.value })
  // A figure out of bounds says so; anything else gets the forms an area takes.
  return n.message.endsWith('is not a number') ? bad(`${quote(cell)} is not an area (e.g. 1100, 1100-3000, 1100起)`) : n
}

function lookup<T>(cell: Cell, table: Record<string, T>, expected: string): Parsed<T> {
  const key = String(cell).normalize('NFKC').trim().toLowerCase()
  return key in table ? ok(table[key]) : bad(`${quote(cell)} is not one of ${expected}`)
}

const KINDS: Record<string, ListingKind> = {
  factory: 'factory', custom: 'custom', warehouse: 'warehouse', office: 'office', land: 'land',
  标准厂房: 'factory', 定制厂房: 'custom', 仓库: 'warehouse', 研发办公: 'office', 工业用地: 'land',
  厂房: 'factory', 仓储: 'warehouse', 物流仓库: 'warehouse', 办公: 'office', 研发: 'office', 土地: 'land',
}
export const parseKind = (cell: Cell): Parsed<ListingKind> =>
  lookup(cell, KINDS, 'factory, custom, warehouse, office, land, 标准厂房, 定制厂房, 仓库, 研发办公, 工业用地')

const DEAL_TABLE: Record<string, Deal[]> = {
  rent: ['rent'], sale: ['sale'], both: ['rent', 'sale'], 'rent,sale': ['rent', 'sale'], 'rent/sale': ['rent', 'sale'],
  出租: ['rent'], 出售: ['sale'], 可租可售: ['rent', 'sale'], 租: ['rent'], 售: ['sale'], 租售: ['rent', 'sale'],
}
export const parseDeal = (cell: Cell): Parsed<Deal[]> =>
  lookup(typeof cell === 'string' ? cell.replace(/\s+/g, '') : cell, DEAL_TABLE, 'rent, sale, both, 出租, 出售, 可租可售')

const STATUS_TABLE: Record<string, ListingStatus> = {
  available: 'available', let: 'let', sold: 'sold', 可租售: 'available', 可租: 'available', 可售: 'available', 已租: 'let', 已售: 'sold',
}
export const parseStatus = (cell: Cell): Parsed<ListingStatus> => lookup(cell, STATUS_TABLE, 'available, let, sold, 可租售, 已租, 已售')

const CRS_TABLE: Record<string, Crs> = {
  wgs84: 'wgs84', 'wgs-84': 'wgs84', gps: 'wgs84', gcj02: 'gcj02', 'gcj-02': 'gcj02', 高德: 'gcj02', 火星坐标: 'gcj02', bd09: 'bd09', 'bd-09': 'bd09', 百度: 'bd09',
}
export const parseCrs = (cell: Cell): Parsed<Crs> => lookup(cell, CRS_TABLE, 'wgs84, gcj02 (Amap/高德, Tencent), bd09 (Baidu/百度)')

/** A month or a day as people write it: 2027-06, 2027/6/30, 2027年6月, 2027.06; or a year alone. */
function yearMonthDay(text: string): { y: number; m?: number; d?: number } | null {
  const s = text.normalize('NFKC').trim()
  const m = /^(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)?)?\s*年?$/.exec(s)
  if (!m) return null
  const y = Number(m[1])
  const mo = m[2] === undefined ? undefined : Number(m[2])
  const d = m[3] === undefined ? undefined : Number(m[3])
  if (y < 1949 || y > 2100 || (mo !== undefined && (mo < 1 || mo > 12))) return null
  if (d !== undefined && mo !== undefined && (d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate())) return null
  return { y, m: mo, d }
}
const pad = (n: number) => String(n).padStart(2, '0')

export function parseDate(cell: Cell): Parsed<string> {
  const p = typeof cell === 'string' ? yearMonthDay(cell) : null
  if (!p || p.m === undefined || p.d === undefined) return bad(`${quote(cell)} is not a date (YYYY-MM-DD)`)
  return ok(`${p.y}-${pad(p.m)}-${pad(p.d)}`)
}

const YES = new Set(['yes', 'y', 'true', '1', '是', '现房', '有'])
const NO = new Set(['no', 'n', 'false', '0', '否', '期房', '在建'])

/** `ready`: yes/no/是/否, or a completion date (then not ready; kept to the month, as the seeds keep it). */
export function parseReady(cell: Cell): Parsed<{ ready: boolean; completion?: string }> {
  if (typeof cell === 'boolean') return ok({ ready: cell })
  const s = String(cell).normalize('NFKC').trim().toLowerCase()
  if (YES.has(s)) return ok({ ready: true })
  if (NO.has(s)) return ok({ ready: false })
  const p = yearMonthDay(s.replace(/^(期房|completion|完工|竣工)[:：]?\s*/, ''))
  if (p) return ok({ ready: false, completion: p.m === undefined ? String(p.y) : `${p.y}-${pad(p.m)}` })
  return bad(`${quote(cell)} is not yes, no, 是, 否 or a completion date (2027-06)`)
}
