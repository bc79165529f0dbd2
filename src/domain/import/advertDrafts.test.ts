import { describe, expect, it } from 'vitest'
import { advertClaims, advertLabel, advertName, advertWriteProblems, advertWriteRows } from './advertDrafts.ts'
import { readRows } from './rows.ts'
import { parseAdvert } from '../advert/parseAdvert.ts'
import { buildContext } from '../advert/places.ts'
import { emptyListing, type AdvertListing } from '../advert/types.ts'

const parks = [
  { id: 'taicang-liuhe', name: { zh: '浏河镇智能制造产业园', en: 'Liuhe Smart Manufacturing Industrial Park' }, town: { zh: '浏河镇', en: 'Liuhe' }, point: [121.25, 31.5] as [number, number] },
  { id: 'kunshan-zhangpu-german-park', name: { zh: '昆山德国工业园', en: 'Kunshan German Industrial Park' }, town: { zh: '张浦镇', en: 'Zhangpu' }, point: [120.95, 31.28] as [number, number] },
]
const ctx = buildContext(parks, [])
const read = (text: string) => parseAdvert(text, ctx)
const listing = (over: Partial<AdvertListing>): AdvertListing => ({ ...emptyListing(), ...over })
const LIUHE = { id: 'taicang-liuhe', name: '浏河镇智能制造产业园' }

describe('advertName: kind and size, what the id hashes', () => {
  it.each<[string, Partial<AdvertListing>, { zh: string; en: string } | null]>([
    ['open range', { kind: 'factory', floorArea: { min: 1100, max: null } }, { zh: '标准厂房1100㎡起', en: 'Standard factory, from 1,100 m²' }],
    ['closed range', { kind: 'warehouse', floorArea: { min: 2000, max: 5000 } }, { zh: '仓库2000-5000㎡', en: 'Warehouse, 2,000–5,000 m²' }],
    ['one size', { kind: 'custom', floorArea: { min: 6800, max: 6800 } }, { zh: '定制厂房6800㎡', en: 'Custom-built factory, 6,800 m²' }],
    ['an upper bound only', { kind: 'office', floorArea: { min: null, max: 500 } }, { zh: '研发办公500㎡以内', en: 'R&D office, up to 500 m²' }],
    ['decimals grouped in the integer part only', { kind: 'factory', floorArea: { min: 12345.5, max: 12345.5 } }, { zh: '标准厂房12345.5㎡', en: 'Standard factory, 12,345.5 m²' }],
    ['land by its 亩, not its floor area', { kind: 'land', landArea: { min: 12, max: 12 }, floorArea: { min: 8000, max: 8000 } }, { zh: '工业用地12亩', en: 'Industrial land, 12 mu' }],
    ['no size: the kind alone', { kind: 'factory' }, { zh: '标准厂房', en: 'Standard factory' }],
    ['no kind: no name', { floorArea: { min: 1100, max: null } }, null],
  ])('%s', (_what, over, want) => {
    expect(advertName(listing(over))).toEqual(want)
  })

  it('is the same for the same advert in other words (price, phone, order)', () => {
    const a = read('标准厂房1100平起 现房 嘉定安亭车程10分钟 400-0123-021')
    const b = read('现房！1100平方米起 标准厂房 出租 0.9元/平/天 联系王先生13391219793')
    expect(advertName(b.listing)).toEqual(advertName(a.listing))
  })
})

describe('advertWriteProblems: what an advert must say to be written', () => {
  it.each<[string, string, string[]]>([
    ['the seed advert', '标准厂房1100平起 现房 嘉定安亭车程10分钟 欢迎来访考察 400-0123-021 或 133-91219-793', []],
    ['no kind', '1100平起 现房', ['kind']],
    ['no floor area', '仓库出租 现房', ['floor area']],
    ['land without 亩', '工业用地出售 期房', ['land']],
    ['neither 现房 nor 期房', '标准厂房1100平起', ['ready']],
    ['another park named', '昆山德国工业园 标准厂房 2000平 现房', ['park']],
    ['nothing readable', '你好', ['kind', 'ready']],
  ])('%s', (_what, text, columns) => {
    const problems = advertWriteProblems([read(text)], LIUHE)
    expect(problems.map((p) => p.column)).toEqual(columns)
    expect(problems.every((p) => p.row === 2 && p.message.length > 10)).toBe(true)
  })
})

describe('advertWriteRows: rows the sheet import reads', () => {
  const adverts = [read('标准厂房1100平起 现房 400-0123-021'), read('仓库 2000-5000平方米 出租 0.8元/平/天 2027年交付 期房')]
  const rows = advertWriteRows(adverts, 'taicang-liuhe')
  const sheet = readRows(rows, { parks, existing: new Map(), removed: new Map(), today: '2026-12-07' })

  it('reads without problems, in the park given, named as advertName says', () => {
    expect(sheet.problems).toEqual([])
    expect(sheet.drafts.map((d) => [d.row, d.parkId, d.patch['name.zh'], d.patch['name.en']])).toEqual([
      [2, 'taicang-liuhe', '标准厂房1100㎡起', 'Standard factory, from 1,100 m²'],
      [3, 'taicang-liuhe', '仓库2000-5000㎡', 'Warehouse, 2,000–5,000 m²'],
    ])
  })

  it.each([
    ['an advert without deal is offered as both', 0, { deal: ['rent', 'sale'], ready: true, 'contact.phone': '400-0123-021' }],
    ['a stated deal, a rent and a completion are kept', 1, { deal: ['rent'], rent: 0.8, ready: false, completion: '2027' }],
  ])('%s', (_what, i, patch) => {
    expect(sheet.drafts[i]!.patch).toMatchObject(patch)
  })
})

describe('advertClaims and advertLabel', () => {
  it('gives each advert’s claims the advert as source, keyed by its import row', () => {
    const claims = advertClaims([read('厂房 距虹桥枢纽20分钟 近太仓港 10分钟'), read('仓库')], ['advert 1 ("厂房")', 'advert 2 ("仓库")'], 'ads.txt', '2026-12-07')
    const source = { url: null, doc: 'ads.txt', title: 'ads.txt, advert 1 ("厂房"), imported 2026-12-07', read: '2026-12-07' }
    expect(claims).toEqual(new Map([[2, [{ hub: 'hongqiao', minutes: 20, source }, { hub: 'taicang-port', minutes: 10, source }]], [3, []]]))
  })

  it.each([
    [1, '标准厂房1100平起', 'advert 1 ("标准厂房1100平起")'],
    [2, '标准厂房1100平起 现房 嘉定安亭车程10分钟 欢迎来访考察', 'advert 2 ("标准厂房1100平起 现房 嘉定安亭车程10分钟…")'],
    [3, 'say "hi"\u00a0  twice', 'advert 3 ("say \'hi\' twice")'],
    [4, '🏭'.repeat(30), `advert 4 ("${'🏭'.repeat(24)}…")`],
  ])('advert %i, first line %j', (n, line, want) => {
    expect(advertLabel(n, line)).toBe(want)
  })
})
