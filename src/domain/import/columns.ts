/**
 * The import columns of DESIGN.md ("CLI additions"): English and Chinese header names, in the template's order.
 * The explore CLI's CSV export and the later XLSX export write these same names, so an export imports again.
 */

export const COLUMNS = [
  { key: 'id', en: 'id', zh: '编号' },
  { key: 'name_zh', en: 'name_zh', zh: '名称' },
  { key: 'name_en', en: 'name_en', zh: '英文名称' },
  { key: 'park', en: 'park', zh: '园区' },
  { key: 'kind', en: 'kind', zh: '类型' },
  { key: 'area', en: 'area', zh: '面积' },
  { key: 'area_min', en: 'area_min', zh: '面积起' },
  { key: 'area_max', en: 'area_max', zh: '面积止' },
  { key: 'total_area', en: 'total_area', zh: '总面积' },
  { key: 'land', en: 'land', zh: '占地(亩)' },
  { key: 'deal', en: 'deal', zh: '租售' },
  { key: 'rent', en: 'rent', zh: '租金' },
  { key: 'sale_price', en: 'sale_price', zh: '售价' },
  { key: 'land_price', en: 'land_price', zh: '地价' },
  { key: 'clear_height', en: 'clear_height', zh: '净高' },
  { key: 'storey_height', en: 'storey_height', zh: '层高' },
  { key: 'floor_load', en: 'floor_load', zh: '承重' },
  { key: 'power', en: 'power', zh: '电力' },
  { key: 'crane', en: 'crane', zh: '行车' },
  { key: 'ready', en: 'ready', zh: '现房' },
  { key: 'status', en: 'status', zh: '状态' },
  { key: 'phone', en: 'phone', zh: '电话' },
  { key: 'contact', en: 'contact', zh: '联系人' },
  { key: 'lng', en: 'lng', zh: '经度' },
  { key: 'lat', en: 'lat', zh: '纬度' },
  { key: 'crs', en: 'crs', zh: '坐标系' },
  { key: 'source', en: 'source', zh: '来源' },
  { key: 'as_of', en: 'as_of', zh: '日期' },
] as const

export type ColumnKey = (typeof COLUMNS)[number]['key']

/** Columns the template carries (one `area` column rather than area_min/area_max: agents write "1100起"). */
export const TEMPLATE_COLUMNS: readonly ColumnKey[] = COLUMNS.map((c) => c.key).filter((k) => k !== 'area_min' && k !== 'area_max')

/** Export-only columns (DESIGN.md): recognised, ignored on import, never listed as unknown. */
export const EXPORT_ONLY = { sample: { en: 'sample', zh: '示例' }, dtPrefix: { en: 'dt_', zh: '车程_' } } as const

/**
 * Header text compared loosely: NFKC (full-width letters and brackets), case, spaces, and a trailing unit in
 * brackets ("租金(元/㎡/天)", "power (kVA)", "占地" for "占地(亩)") do not matter.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)$/, '')
    .replace(/-/g, '_')
}

const BY_HEADER = new Map<string, ColumnKey>()
for (const c of COLUMNS) {
  BY_HEADER.set(normalizeHeader(c.en), c.key)
  BY_HEADER.set(normalizeHeader(c.zh), c.key)
}

export type HeaderMatch = { kind: 'column'; key: ColumnKey } | { kind: 'export-only' } | { kind: 'unknown' } | { kind: 'blank' }

export function matchHeader(text: string): HeaderMatch {
  const h = normalizeHeader(text)
  if (h === '') return { kind: 'blank' }
  const key = BY_HEADER.get(h)
  if (key) return { kind: 'column', key }
  if (h === EXPORT_ONLY.sample.en || h === EXPORT_ONLY.sample.zh) return { kind: 'export-only' }
  if (h.startsWith(EXPORT_ONLY.dtPrefix.en) || h.startsWith(EXPORT_ONLY.dtPrefix.zh)) return { kind: 'export-only' }
  return { kind: 'unknown' }
}

/** Excel's column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}
