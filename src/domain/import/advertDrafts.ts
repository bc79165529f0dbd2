/**
 * Adverts on their way into seeds (`data:import --ad FILE --write --park ID`, DESIGN.md "CLI additions"): what an
 * advert must say before it can become a listing, the listing name derived from it (an advert has no name, and
 * the id hashes name.zh), the rows handed to the spreadsheet import, and its drive-time claims with their source.
 * Pure: the browser workspace can take the same path later.
 */
import type { AdvertListing, AdvertResult } from '../advert/types.ts'
import type { Claim, ListingKind, Range, Source, Text } from '../types.ts'
import { advertRows, type ADVERT_HEADER } from './advertRows.ts'
import type { Cell } from './cells.ts'
import type { Problem } from './rows.ts'

/** The listing kinds by the names of DESIGN.md ("Listing kinds"), as a derived name begins. */
const KIND_NAMES: Record<ListingKind, Text> = {
  factory: { zh: '标准厂房', en: 'Standard factory' },
  custom: { zh: '定制厂房', en: 'Custom-built factory' },
  warehouse: { zh: '仓库', en: 'Warehouse' },
  office: { zh: '研发办公', en: 'R&D office' },
  land: { zh: '工业用地', en: 'Industrial land' },
}

/** "1,100.5": thousands grouped in the integer part only. */
const grouped = (n: number): string => {
  const [int, frac] = String(n).split('.')
  return int!.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? `.${frac}` : '')
}

function rangeText(r: Range, unitZh: string, unitEn: string): Text {
  const { min, max } = r
  if (min !== null && max !== null)
    return min === max ? { zh: `${min}${unitZh}`, en: `${grouped(min)} ${unitEn}` } : { zh: `${min}-${max}${unitZh}`, en: `${grouped(min)}–${grouped(max)} ${unitEn}` }
  if (min !== null) return { zh: `${min}${unitZh}起`, en: `from ${grouped(min)} ${unitEn}` }
  if (max !== null) return { zh: `${max}${unitZh}以内`, en: `up to ${grouped(max)} ${unitEn}` }
  return { zh: '', en: '' }
}

/**
 * The name of a listing read from an advert: its kind's name and its size, "标准厂房1100㎡起" / "Standard factory,
 * from 1,100 m²" (land: "工业用地12亩" / "Industrial land, 12 mu"). Only what the id hashes anyway (kind aside), so
 * the same advert pasted again (another price, phone or wording) derives the same id and updates its listing; a
 * changed size is another listing, as in a sheet without ids. Null when the advert says no kind.
 */
export function advertName(a: AdvertListing): Text | null {
  if (a.kind === null) return null
  const kind = KIND_NAMES[a.kind]
  const size = a.kind === 'land' ? (a.landArea ? rangeText(a.landArea, '亩', 'mu') : null) : a.floorArea ? rangeText(a.floorArea, '㎡', 'm²') : null
  if (!size || size.zh === '') return kind
  return { zh: `${kind.zh}${size.zh}`, en: `${kind.en}, ${size.en}` }
}

/**
 * What an advert must say to be written (checked before the import, so that every message names the advert and
 * the field in the advert's terms). The advert's row is its number + 1 (the header is row 1), as the import's
 * problems count rows.
 */
export function advertWriteProblems(adverts: readonly AdvertResult[], park: { id: string; name: string }): Problem[] {
  const problems: Problem[] = []
  adverts.forEach(({ listing: a }, i) => {
    const fail = (column: string, message: string) => problems.push({ row: i + 2, column, message })
    if (a.kind === null) fail('kind', 'no kind found (标准厂房, 定制厂房, 仓库, 研发办公, 工业用地, factory, warehouse …): write it in the advert')
    else if (a.kind === 'land' && a.landArea === null) fail('land', 'kind land (工业用地) but no land area in 亩 found (e.g. 占地12亩)')
    else if (a.kind !== 'land' && a.floorArea === null) fail('floor area', 'no floor area found (e.g. 1100平起, 2000-5000平方米): the listing is named and identified by it')
    if (a.ready === null) fail('ready', 'says neither 现房 (ready) nor 期房/在建 (under construction): write which')
    if (a.park !== null && a.park !== park.id) fail('park', `names the park ${a.park}, not --park ${park.id} (${park.name}): put it in a file of its own with --park ${a.park}`)
  })
  return problems
}

export const DEAL_NOTE: Text = {
  zh: '广告未写明租或售，按可租可售导入（data:import --ad）。',
  en: 'The advert does not say rent or sale; imported as both (data:import --ad).',
}

/**
 * The import rows of adverts to write into one park: advertRows' columns with the derived name and the park
 * filled in. An advert that says neither rent nor sale is offered as both (可租可售): the seed advert is one such,
 * and DESIGN.md notes that many buildings are 可租可售; the listing gets DEAL_NOTE saying so.
 */
export function advertWriteRows(adverts: readonly AdvertResult[], parkId: string): Cell[][] {
  const rows = advertRows(adverts)
  const header = rows[0]!
  const col = (name: (typeof ADVERT_HEADER)[number]) => header.indexOf(name)
  header.push('name_en')
  adverts.forEach(({ listing: a }, i) => {
    const row = rows[i + 1]!
    const name = advertName(a)
    row[col('name_zh')] = name?.zh ?? null
    row[col('park')] = parkId
    if (a.deal.length === 0) row[col('deal')] = 'both'
    row.push(name?.en ?? null)
  })
  return rows
}

/**
 * Each advert's drive times as seed claims, keyed by its import row. Their source is the advert itself: the file,
 * the advert's number and first words, and the day it was imported.
 */
export function advertClaims(adverts: readonly AdvertResult[], labels: readonly string[], file: string, today: string): Map<number, Claim[]> {
  const out = new Map<number, Claim[]>()
  adverts.forEach(({ listing: a }, i) => {
    const source: Source = { url: null, doc: file, title: `${file}, ${labels[i]}, imported ${today}`, read: today }
    out.set(i + 2, a.claims.map((c) => ({ hub: c.hub, minutes: c.minutes, source })))
  })
  return out
}

/** An advert named in messages: its number in the file and its first words, `advert 2 ("昆山德国工业园 独栋厂房出售…")`. */
export function advertLabel(n: number, firstLine: string): string {
  const words = firstLine.replace(/\s+/g, ' ').trim()
  const short = [...words].length > 24 ? `${[...words].slice(0, 24).join('')}…` : words
  return `advert ${n} ("${short.replace(/"/g, '\'')}")`
}
