import { describe, expect, it } from 'vitest'
import { parseAdvert, parseAdverts } from './parseAdvert.ts'
import type { AdvertListing } from './types.ts'

const read = (text: string) => parseAdvert(text).listing
const field = <K extends keyof AdvertListing>(text: string, key: K) => read(text)[key]

describe('the seed advert', () => {
  const seed = '标准厂房1100平起 现房 嘉定安亭车程10分钟 欢迎来访考察 400-0123-021 或 133-91219-793'
  it('gives kind, open floor area, ready, both phones and the claim', () => {
    const r = parseAdvert(seed)
    expect(r.listing).toMatchObject({
      kind: 'factory',
      floorArea: { min: 1100, max: null },
      ready: true,
      contact: { name: null, phone: ['400-0123-021', '133-91219-793'] },
      claims: [{ hub: 'anting', minutes: 10 }],
      town: null,
    })
    expect(r.unparsed).toEqual(['欢迎来访考察'])
  })
})

describe('kind', () => {
  it.each([
    ['标准厂房出租', 'factory'],
    ['单层厂房 2000平', 'factory'],
    ['多层厂房招租', 'factory'],
    ['独栋厂房出售', 'factory'],
    ['定制厂房 可代建', 'custom'],
    ['代建 50亩起', 'custom'],
    ['高标仓出租', 'warehouse'],
    ['仓库 物流', 'warehouse'],
    ['研发办公楼出租', 'office'],
    ['写字楼', 'office'],
    ['工业用地出让', 'land'],
    ['土地转让 30亩', 'land'],
    ['厂房带配套办公', 'factory'],
    ['车间出租', 'factory'],
    ['独栋厂房 独立土地证', 'factory'],
    ['用地性质：工业 厂房', 'factory'],
    ['Standard factory for lease', 'factory'],
    ['Warehouse to let', 'warehouse'],
    ['Built-to-suit plant', 'custom'],
    ['R&D office', 'office'],
    ['Industrial land for sale', 'land'],
    ['欢迎来访', null],
  ])('%s → %s', (text, kind) => expect(field(text, 'kind')).toBe(kind))
})

describe('floor area (m²)', () => {
  it.each([
    ['1100平起', { min: 1100, max: null }],
    ['1,100平米起租', { min: 1100, max: null }],
    ['2000-5000平方米', { min: 2000, max: 5000 }],
    ['2000~5000㎡', { min: 2000, max: 5000 }],
    ['6800㎡', { min: 6800, max: 6800 }],
    ['6800m²', { min: 6800, max: 6800 }],
    ['3万方', { min: 30000, max: 30000 }],
    ['3万平', { min: 30000, max: 30000 }],
    ['1.2万平方米', { min: 12000, max: 12000 }],
    ['1-3万平', { min: 10000, max: 30000 }],
    ['建筑面积：8500平方米', { min: 8500, max: 8500 }],
    ['面积500平以上', { min: 500, max: null }],
    ['单层2000平，双层4000平', { min: 2000, max: 4000 }],
    ['from 1,100 sqm', { min: 1100, max: null }],
    ['2,000-8,000 sqm', { min: 2000, max: 8000 }],
    ['up to 5000 sqm', { min: null, max: 5000 }],
    ['总建筑面积3万平', null],
    ['园区规划5平方公里', null],
    ['交通方便', null],
    ['宿舍面积200平方米', null],
    ['配套：300平', null],
  ])('%s → %j', (text, area) => expect(field(text, 'floorArea')).toEqual(area))

  it('reads 起租 as rent and 起售 as sale', () => {
    expect(field('1000平起租', 'deal')).toEqual(['rent'])
    expect(field('1000平起售', 'deal')).toEqual(['sale'])
  })
})

describe('land (亩)', () => {
  it.each([
    ['占地12亩', { min: 12, max: 12 }],
    ['12亩', { min: 12, max: 12 }],
    ['10-20亩', { min: 10, max: 20 }],
    ['30亩起', { min: 30, max: null }],
    ['8000平方米土地', { min: 12, max: 12 }],
    ['占地面积20000平方米', { min: 30, max: 30 }],
    ['land area 50 mu', { min: 50, max: 50 }],
  ])('%s → %j', (text, land) => expect(field(text, 'landArea')).toEqual(land))

  it('does not take a land area in m² for floor area', () => expect(field('占地面积20000平方米', 'floorArea')).toBeNull())
})

describe('deal', () => {
  it.each([
    ['厂房出租', ['rent']],
    ['招租', ['rent']],
    ['厂房出售', ['sale']],
    ['整体转让', ['sale']],
    ['可租可售', ['rent', 'sale']],
    ['租售均可', ['rent', 'sale']],
    ['出售 出租', ['rent', 'sale']],
    ['for lease', ['rent']],
    ['for sale', ['sale']],
    ['for rent or sale', ['rent', 'sale']],
    ['please call', []],
    ['转租', ['rent']],
  ])('%s → %j', (text, deal) => expect(field(text, 'deal')).toEqual(deal))
})

describe('rent (元/㎡/天)', () => {
  it.each([
    ['0.9元/平/天', 0.9, false],
    ['0.9元/㎡/天', 0.9, false],
    ['租金：1.2元/平方米/天起', 1.2, false],
    ['0.85元/平米·天', 0.85, false],
    ['1元/天/平', 1, false],
    ['27元/㎡/月', 0.888, true],
    ['30元/平/月', 0.986, true],
    ['365元/平/年', 1, true],
    ['RMB 0.9/sqm/day', 0.9, false],
    ['25 yuan/sqm/month', 0.822, true],
    ['月租金27元/平', 0.888, true],
    ['日租金0.9元/㎡', 0.9, false],
  ])('%s → %d (converted: %s)', (text, rent, converted) => {
    const l = read(text)
    expect(l.rent).toBe(rent)
    expect(l.rentConverted).toBe(converted)
  })

  it('leaves a price with no unit alone', () => expect(parseAdvert('租金1.2元').unparsed).toEqual(['租金1.2元']))
})

describe('sale and land prices', () => {
  it.each([
    ['4500元/㎡', 4500],
    ['售价：6800元/平米', 6800],
    ['单价4500', 4500],
    ['0.45万/平', 4500],
    ['RMB 5,200/sqm', 5200],
    ['0.9元/平', null],
  ])('sale: %s → %s', (text, price) => expect(field(text, 'salePrice')).toBe(price))

  it.each([
    ['30万元/亩', 30],
    ['地价：45万/亩', 45],
    ['60万一亩', 60],
  ])('land: %s → %d 万元/亩', (text, price) => expect(field(text, 'landPrice')).toBe(price))
})

describe('building specs', () => {
  it.each([
    ['层高8米', 'storeyHeight', 8],
    ['首层层高12.2米', 'storeyHeight', 12.2],
    ['净高9m', 'clearHeight', 9],
    ['净高8-10米', 'clearHeight', 8],
    ['9米净高', 'clearHeight', 9],
    ['clear height 10 m', 'clearHeight', 10],
    ['承重3吨/平', 'floorLoad', 3],
    ['3t/㎡', 'floorLoad', 3],
    ['地面承重5吨', 'floorLoad', 5],
    ['楼面荷载800公斤/平方米', 'floorLoad', 0.8],
    ['floor load 2 t/sqm', 'floorLoad', 2],
    ['500KVA', 'power', 500],
    ['配电1250kVA', 'power', 1250],
    ['变压器 800 千伏安', 'power', 800],
    ['5吨行车', 'crane', 5],
    ['配10T行车', 'crane', 10],
    ['行车：20吨', 'crane', 20],
    ['16t overhead crane', 'crane', 16],
  ] as const)('%s → %s %d', (text, key, value) => expect(field(text, key)).toBe(value))

  it.each([
    ['双回路', '双回路'],
    ['配电500kW', '配电500kW'],
    ['檐高9米', '檐高9米'],
  ])('%s is not read: unparsed %s', (text, rest) => {
    const r = parseAdvert(text)
    expect(r.unparsed).toEqual([rest])
    expect([r.listing.power, r.listing.clearHeight, r.listing.storeyHeight]).toEqual([null, null, null])
  })

  it('keeps the first of two storey heights and reports the second', () => {
    const r = parseAdvert('一楼层高8米 二楼层高5.5米')
    expect(r.listing.storeyHeight).toBe(8)
    expect(r.unparsed).toEqual(['二楼层高5.5米'])
  })
})

describe('ready and completion', () => {
  it.each([
    ['现房', true, null],
    ['期房', false, null],
    ['在建', false, null],
    ['期房 2027年交付', false, '2027'],
    ['在建，预计2027年6月竣工', false, '2027-06'],
    ['交付时间：2026年12月', null, '2026-12'],
    ['准现房', false, null],
    ['ready-built', true, null],
    ['under construction, completion 2027', false, '2027'],
    ['2027年13月交付', null, null],
  ])('%s → ready %s, completion %s', (text, ready, completion) => {
    const l = read(text)
    expect(l.ready).toBe(ready)
    expect(l.completion).toBe(completion)
  })
})

describe('phones and contact', () => {
  it.each([
    ['13391219793', ['13391219793']],
    ['133-9121-9793', ['133-9121-9793']],
    ['+86 133 9121 9793', ['+86 133 9121 9793']],
    ['400-0123-021 或 133-91219-793', ['400-0123-021', '133-91219-793']],
    ['0512-57001234', ['0512-57001234']],
    ['电话：021-59991234', ['021-59991234']],
    ['(021)69501234', ['(021)69501234']],
    ['Tel: 021 5999 1234', ['021 5999 1234']],
  ])('%s → %j', (text, phones) => expect(field(text, 'contact')?.phone).toEqual(phones))

  it.each([
    ['王先生 13391219793', '王先生'],
    ['联系人：李经理', '李经理'],
    ['联系人 张伟', '张伟'],
    ['陈小姐', '陈小姐'],
    ['Contact: Mr. Wang', 'Mr. Wang'],
    ['联系我们', null],
    ['位于总部基地', null],
  ])('%s → %s', (text, name) => expect(field(text, 'contact')?.name ?? null).toBe(name))

  it.each([['传真：0512-57001234'], ['Fax: 021-59991234'], ['QQ:13391219793']])('%s is not a phone', (text) => {
    const r = parseAdvert(text)
    expect(r.listing.contact).toBeNull()
    expect(r.unparsed).toHaveLength(1)
  })

  it('does not read a year or an area as a phone', () => expect(field('2027年交付 2000平方米', 'contact')).toBeNull())
})

describe('advertised drive times (claims)', () => {
  it.each([
    ['嘉定安亭车程10分钟', 'anting', 10],
    ['距虹桥枢纽20分钟', 'hongqiao', 20],
    ['近太仓港 10分钟', 'taicang-port', 10],
    ['到上海虹桥机场半小时', 'hongqiao', 30],
    ['离虹桥站车程约25分钟', 'hongqiao', 25],
    ['一刻钟到安亭', 'anting', 15],
    ['15分钟到达虹桥', 'hongqiao', 15],
    ['距浦东机场1小时', 'pvg', 60],
    ['距嘉定新城二十分钟', 'jiading-centre', 20],
    ['花桥地铁站5分钟', 'huaqiao', 5],
    ['距昆山南站15分钟', 'kunshan-south', 15],
    ['太仓站10分钟', 'taicang-station', 10],
    ['距洋山港2小时', 'yangshan', 120],
    ['10 min drive to Anting', 'anting', 10],
    ['20 minutes from Hongqiao Airport', 'hongqiao', 20],
    ['half an hour to Pudong Airport', 'pvg', 30],
    ['Taicang Port: 15 min', 'taicang-port', 15],
  ])('%s → %s %d', (text, hub, minutes) => expect(field(text, 'claims')).toEqual([{ hub, minutes }]))

  it.each([['车程10分钟'], ['距太仓南站10分钟'], ['距苏州北站20分钟'], ['10分钟']])('%s names no hub: no claim', (text) => {
    const r = parseAdvert(text)
    expect(r.listing.claims).toEqual([])
    expect(r.unparsed.length).toBe(1)
  })

  it('keeps several hubs in the order written', () =>
    expect(field('距虹桥枢纽20分钟，近太仓港10分钟', 'claims')).toEqual([
      { hub: 'hongqiao', minutes: 20 },
      { hub: 'taicang-port', minutes: 10 },
    ]))
})

describe('unparsed', () => {
  it('reports what it could not use, line by line, without filler', () =>
    expect(parseAdvert('厂房出租 欢迎考察\n交通便利 配套齐全\n1100平起\n总价800万').unparsed).toEqual(['欢迎考察', '交通便利 配套齐全', '总价800万']))

  it('guesses nothing from a bare number', () => {
    const r = parseAdvert('面积1100 租金0.9')
    expect(r.listing.floorArea).toBeNull()
    expect(r.listing.rent).toBeNull()
    expect(r.unparsed).toEqual(['面积1100 租金0.9'])
  })
})

describe('several adverts in one file', () => {
  it('splits on lines holding only ---', () => {
    const rs = parseAdverts('厂房出租 1000平\n---\n仓库出售 3万方\n  ---  \n\n---\n')
    expect(rs.map((r) => [r.listing.kind, r.listing.floorArea?.min])).toEqual([
      ['factory', 1000],
      ['warehouse', 30000],
    ])
  })

  it('does not split on --- inside a line', () => expect(parseAdverts('厂房 --- 仓库')).toHaveLength(1))
})
