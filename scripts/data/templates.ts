/**
 * `npx tsx scripts/data/templates.ts`: writes the import templates docs/listings-template.{en,zh}.{xlsx,csv}, one
 * header language each, with one example row: the seed advert's real listing (事达产业园, from its source), so a
 * template imported as it is only confirms a listing that is already published.
 */
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import { COLUMNS, TEMPLATE_COLUMNS, type ColumnKey } from '../../src/domain/import/columns.ts'

const root = resolve(import.meta.dirname, '../..')
type Lang = 'en' | 'zh'

const SOURCE = '2024年嘉昆太协同创新核心圈轮值会议在太仓举行 http://suzhou.021cf.cn/index.php/post/532.html'
export const EXAMPLE: Record<Lang, Partial<Record<ColumnKey, string>>> = {
  en: { id: 'shida-std-1100', name_zh: '标准厂房(1100平起,现房)', name_en: 'Standard factory, from 1,100 m², ready-built', park: 'taicang-shida', kind: 'factory', area: '1100-', deal: 'both', ready: 'yes', status: 'available', phone: '400-0123-021', source: SOURCE, as_of: '2024-10-29' },
  zh: { id: 'shida-std-1100', name_zh: '标准厂房(1100平起,现房)', name_en: 'Standard factory, from 1,100 m², ready-built', park: '太仓事达产业园', kind: '标准厂房', area: '1100平起', deal: '可租可售', ready: '是', status: '可租售', phone: '400-0123-021', source: SOURCE, as_of: '2024-10-29' },
}

/** What each column takes: the template's second sheet. */
const HELP: Record<ColumnKey, [string, string]> = {
  id: ['Listing id (a-z, 0-9, dashes). Leave empty for a new listing: one is derived from park, name and area.', '房源编号（小写字母、数字、连字符）。新房源留空：按园区、名称、面积生成。'],
  name_zh: ['Name in Chinese', '中文名称'],
  name_en: ['Name in English (empty: the Chinese name is used)', '英文名称（留空则用中文名称）'],
  park: ['Park id, Chinese or English name; empty with lng/lat: a listing in no park', '园区编号、中文或英文名称；留空并填经纬度：不属于园区'],
  kind: ['factory, custom, warehouse, office, land', '标准厂房、定制厂房、仓库、研发办公、工业用地'],
  area: ['Floor area in m²: 1100, 1100-3000, 1100- (from 1100)', '面积（㎡）：1100、1100-3000、1100起、1100平起'],
  area_min: ['Smallest unit, m² (instead of area)', '最小面积（㎡，可代替"面积"）'],
  area_max: ['Largest unit, m² (instead of area)', '最大面积（㎡，可代替"面积"）'],
  total_area: ['Whole building or project, m²', '总建筑面积（㎡）'],
  land: ['Land area, 亩', '占地面积（亩）'],
  deal: ['rent, sale, both', '出租、出售、可租可售'],
  rent: ['元/㎡/天 (per day)', '租金（元/㎡/天）'],
  sale_price: ['元/㎡', '售价（元/㎡）'],
  land_price: ['万元/亩', '地价（万元/亩）'],
  clear_height: ['Clear height, m', '净高（米）'],
  storey_height: ['Storey height, m', '层高（米）'],
  floor_load: ['Floor load, t/㎡', '承重（吨/㎡）'],
  power: ['Power supply, kVA', '电力（kVA）'],
  crane: ['Crane, t', '行车（吨）'],
  ready: ['yes, no, or the completion date (2027-06)', '是、否，或竣工日期（2027-06）'],
  status: ['available, let, sold (empty: available)', '可租售、已租、已售（留空为可租售）'],
  phone: ['Phone', '电话'],
  contact: ['Contact person', '联系人'],
  lng: ['Longitude (with lat and crs)', '经度（需同时填纬度和坐标系）'],
  lat: ['Latitude', '纬度'],
  crs: ['wgs84 (GPS), gcj02 (Amap/高德, Tencent), bd09 (Baidu)', 'wgs84（GPS）、gcj02（高德、腾讯）、bd09（百度）'],
  source: ['Where the facts come from: a page title and URL (empty: this sheet)', '信息来源：网页标题和网址（留空：本表）'],
  as_of: ['Date the facts were true, YYYY-MM-DD', '信息日期 YYYY-MM-DD'],
}

const header = (lang: Lang, k: ColumnKey) => COLUMNS.find((c) => c.key === k)![lang]

export function templateCsv(lang: Lang): string {
  const rows = [TEMPLATE_COLUMNS.map((k) => header(lang, k)), TEMPLATE_COLUMNS.map((k) => EXAMPLE[lang][k] ?? '')]
  // A byte-order mark: Excel opens UTF-8 Chinese correctly only with one.
  return '\uFEFF' + Papa.unparse(rows, { newline: '\r\n' }) + '\r\n'
}

export async function templateXlsx(lang: Lang): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  wb.creator = 'jkt-park-explorer scripts/data/templates.ts'
  wb.created = wb.modified = new Date(Date.UTC(2026, 11, 1))
  const ws = wb.addWorksheet(lang === 'zh' ? '房源' : 'listings', { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.addRow(TEMPLATE_COLUMNS.map((k) => header(lang, k)))
  ws.addRow(TEMPLATE_COLUMNS.map((k) => EXAMPLE[lang][k] ?? null))
  ws.getRow(1).font = { bold: true }
  TEMPLATE_COLUMNS.forEach((k, i) => {
    ws.getColumn(i + 1).width = Math.min(40, Math.max(10, (EXAMPLE[lang][k] ?? '').length + 2))
    // Text format, so that Excel keeps "1100-3000" and phone numbers as typed instead of making dates or numbers.
    if (!['rent', 'sale_price', 'land_price', 'clear_height', 'storey_height', 'floor_load', 'power', 'crane', 'total_area', 'land', 'lng', 'lat'].includes(k)) ws.getColumn(i + 1).numFmt = '@'
  })
  const help = wb.addWorksheet(lang === 'zh' ? '说明' : 'help')
  help.addRow(lang === 'zh' ? ['列', '填写'] : ['column', 'what it takes'])
  help.getRow(1).font = { bold: true }
  for (const k of TEMPLATE_COLUMNS) help.addRow([header(lang, k), HELP[k][lang === 'zh' ? 1 : 0]])
  help.addRow([])
  help.addRow([lang === 'zh' ? '只读取第一个工作表。导入：npm run data:import -- 文件.xlsx' : 'Only the first sheet is read. Import: npm run data:import -- FILE.xlsx'])
  help.getColumn(1).width = 16
  help.getColumn(2).width = 90
  return Buffer.from(await wb.xlsx.writeBuffer())
}

async function main(): Promise<void> {
  for (const lang of ['en', 'zh'] as const) {
    writeFileSync(join(root, `docs/listings-template.${lang}.csv`), templateCsv(lang))
    writeFileSync(join(root, `docs/listings-template.${lang}.xlsx`), await templateXlsx(lang))
  }
  console.log('docs/listings-template.{en,zh}.{csv,xlsx} written')
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main()
