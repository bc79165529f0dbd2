/**
 * Adverts of the kinds that circulate for the Jiading–Kunshan–Taicang border, each read field by field as a
 * person would. They are written for the test (no advert is copied), after the phrasing of: classified-advert
 * sites' 厂房出租/出售 posts (a title, then spec lines), parks' investment-promotion (招商) WeChat posts, agents'
 * one-line WeChat moments with emoji, English listings for foreign investors, and developers' news releases
 * (DESIGN.md's Zhangpu example; a Suzhou "工业上樓" release: "每层挑高10米", "一层承重…3吨/平方米", "拎包入住").
 * Phones are in reserved-looking ranges and names are stock ones: nothing here is a real offer.
 */
import { describe, expect, it } from 'vitest'
import parksJson from '../../../data/parks.json'
import basemapJson from '../../../data/basemap.json'
import { parseAdvert } from './parseAdvert.ts'
import { buildContext, type ParkInput } from './places.ts'
import { emptyListing, type AdvertListing } from './types.ts'

const towns = (basemapJson as { features: { properties: Record<string, unknown> }[] }).features
  .map((f) => f.properties)
  .filter((p) => p.layer === 'town')
  .map((p) => ({ zh: String(p.name), en: String(p['name:en'] ?? ''), city: p.kind === 'city' }))
const context = buildContext((parksJson as { parks: ParkInput[] }).parks, towns)
const listing = (l: Partial<AdvertListing>): AdvertListing => ({ ...emptyListing(), ...l })

const ADVERTS: [string, string, Partial<AdvertListing>, string[]][] = [
  [
    'agent moment: the seed advert',
    '标准厂房1100平起 现房 嘉定安亭车程10分钟 欢迎来访考察 400-0123-021 或 133-91219-793',
    { kind: 'factory', floorArea: { min: 1100, max: null }, ready: true, contact: { name: null, phone: ['400-0123-021', '133-91219-793'] }, claims: [{ hub: 'anting', minutes: 10 }] },
    ['欢迎来访考察'],
  ],
  [
    'classified post: single-storey factory for rent in Jiading',
    '【嘉定工业区】单层厂房出租\n面积：3200平方米\n层高：9米\n承重：3吨/平\n配电：630KVA\n可装10吨行车\n租金：1.1元/平方米/天\n联系人：王先生 13391219793',
    { kind: 'factory', floorArea: { min: 3200, max: 3200 }, deal: ['rent'], rent: 1.1, storeyHeight: 9, floorLoad: 3, power: 630, crane: 10, contact: { name: '王先生', phone: ['13391219793'] }, park: 'jiading-industrial-zone' },
    ['可装'],
  ],
  [
    'classified post: multi-storey factory, monthly rent',
    '昆山周市 多层厂房招租 2000-6000平方米可分割 一楼层高8米 二楼层高5.5米 27元/㎡/月 电话0512-57001234',
    { kind: 'factory', floorArea: { min: 2000, max: 6000 }, deal: ['rent'], rent: 0.888, rentConverted: true, storeyHeight: 8, contact: { name: null, phone: ['0512-57001234'] }, town: '周市镇' },
    ['二楼层高5.5米'],
  ],
  [
    'park WeChat post: custom-built factories, under construction',
    '太仓高新区定制厂房 可租可售\n占地30亩，建筑面积2.2万平方米\n在建，预计2027年6月交付\n距太仓站10分钟，距虹桥枢纽45分钟\n招商热线：0512-53501234',
    { kind: 'custom', floorArea: { min: 22000, max: 22000 }, landArea: { min: 30, max: 30 }, deal: ['rent', 'sale'], ready: false, completion: '2027-06', contact: { name: null, phone: ['0512-53501234'] }, town: '太仓高新区', claims: [{ hub: 'taicang-station', minutes: 10 }, { hub: 'hongqiao', minutes: 45 }] },
    [],
  ],
  [
    'developer release: the Zhangpu Sino-German project (DESIGN.md)',
    '昆山德国工业园中德智造园项目，占地约200亩，总建筑面积13.8万平方米，双层丙类厂房，首层层高12.2米，首层承重5吨/㎡，计划2027年竣工。',
    { kind: 'factory', landArea: { min: 200, max: 200 }, storeyHeight: 12.2, floorLoad: 5, completion: '2027', park: 'kunshan-zhangpu-german-park' },
    ['中德智造园项目 总建筑面积13.8万平方米 双层丙类'],
  ],
  [
    'agent moment with emoji: warehouse near Taicang Port',
    '🔥🔥太仓港区高标仓出租🔥 3万方 净高10米 地面承重3吨 近太仓港 10分钟 现房 📞133-9121-9793 李经理',
    { kind: 'warehouse', floorArea: { min: 30000, max: 30000 }, deal: ['rent'], clearHeight: 10, floorLoad: 3, ready: true, contact: { name: '李经理', phone: ['133-9121-9793'] }, town: '太仓港区', claims: [{ hub: 'taicang-port', minutes: 10 }] },
    [],
  ],
  [
    'classified post: independent building for sale with separate title',
    '嘉定外冈 独栋厂房出售 独立产证\n建筑面积6800㎡ 土地12亩\n单价4500元/㎡\n行车：5吨\n到上海虹桥机场半小时\n联系人：张女士 021-59991234',
    { kind: 'factory', floorArea: { min: 6800, max: 6800 }, landArea: { min: 12, max: 12 }, deal: ['sale'], salePrice: 4500, crane: 5, contact: { name: '张女士', phone: ['021-59991234'] }, town: '外冈镇', claims: [{ hub: 'hongqiao', minutes: 30 }] },
    ['独立产证'],
  ],
  [
    'land listing: industrial land for transfer',
    '工业用地转让 50亩 地价45万/亩 可建厂房 距浦东机场1小时 联系电话13500000000',
    { kind: 'land', landArea: { min: 50, max: 50 }, deal: ['sale'], landPrice: 45, contact: { name: null, phone: ['13500000000'] }, claims: [{ hub: 'pvg', minutes: 60 }] },
    ['可建厂房'],
  ],
  [
    'land listing in m²',
    '花桥 8000平方米土地出售 地价60万一亩',
    { kind: 'land', landArea: { min: 12, max: 12 }, deal: ['sale'], landPrice: 60, town: '花桥镇' },
    [],
  ],
  [
    'English listing for a foreign investor',
    'Standard factory from 1,100 sqm, ready, 10 min drive to Anting\nClear height 9 m, floor load 3 t/sqm, 800 kVA\nRMB 1.0/sqm/day\nContact: Mr. Wang +86 133 9121 9793',
    { kind: 'factory', floorArea: { min: 1100, max: null }, rent: 1, clearHeight: 9, floorLoad: 3, power: 800, ready: true, contact: { name: 'Mr. Wang', phone: ['+86 133 9121 9793'] }, claims: [{ hub: 'anting', minutes: 10 }] },
    [],
  ],
  [
    'English one-liner (the issue\'s example)',
    'Standard factory from 1,100 sqm, ready, 10 min drive to Anting',
    { kind: 'factory', floorArea: { min: 1100, max: null }, ready: true, claims: [{ hub: 'anting', minutes: 10 }] },
    [],
  ],
  [
    'English listing: warehouse for lease in Taicang',
    'Warehouse for lease in Taicang, 5,000-20,000 sqm, 25 yuan/sqm/month, 20 minutes from Taicang Port, half an hour to Kunshan South',
    { kind: 'warehouse', floorArea: { min: 5000, max: 20000 }, deal: ['rent'], rent: 0.822, rentConverted: true, town: '太仓', claims: [{ hub: 'taicang-port', minutes: 20 }, { hub: 'kunshan-south', minutes: 30 }] },
    ['in'],
  ],
  [
    'English listing: land for sale',
    'Industrial land for sale, 20 mu, 40 wan/mu, Hongqiao 30 min',
    { kind: 'land', landArea: { min: 20, max: 20 }, deal: ['sale'], landPrice: 40, claims: [{ hub: 'hongqiao', minutes: 30 }] },
    [],
  ],
  [
    'park WeChat post: R&D office space',
    '嘉定新城 研发办公楼招租 500平方米起 2.5元/平/天 拎包入住 距嘉定新城地铁站5分钟',
    { kind: 'office', floorArea: { min: 500, max: null }, deal: ['rent'], rent: 2.5, ready: true, town: '嘉定新城' },
    ['距嘉定新城地铁站5分钟'],
  ],
  [
    'classified post: yearly rent and 可租可售',
    '陆家镇厂房 可租可售 面积1.2万平 租金330元/平/年 售价6800元/平米 层高10米 净高8.5米 2台16吨行车',
    { kind: 'factory', floorArea: { min: 12000, max: 12000 }, deal: ['rent', 'sale'], rent: 0.904, rentConverted: true, salePrice: 6800, storeyHeight: 10, clearHeight: 8.5, crane: 16, town: '陆家镇' },
    ['2台'],
  ],
  [
    'agent moment: Hongqiao claims in several phrasings',
    '南翔 标准厂房 1500-3000平 离虹桥站车程约25分钟 15分钟到安亭 一刻钟上嘉闵高架 陈小姐 13800000000',
    { kind: 'factory', floorArea: { min: 1500, max: 3000 }, contact: { name: '陈小姐', phone: ['13800000000'] }, town: '南翔镇', claims: [{ hub: 'hongqiao', minutes: 25 }, { hub: 'anting', minutes: 15 }] },
    ['一刻钟上嘉闵高架'],
  ],
  [
    'classified post: factory for sale, price in 万 per ㎡',
    '千灯镇 双层厂房整体转让 建筑面积9600平方米 0.45万/平 准现房 配电1250kVA 双回路',
    { kind: 'factory', floorArea: { min: 9600, max: 9600 }, deal: ['sale'], salePrice: 4500, power: 1250, ready: false, town: '千灯镇' },
    ['整体 双回路'],
  ],
  [
    'park post: the operator names the park in English',
    'Jiading Waigang Industrial Park: built-to-suit plants, 20-50 mu, delivery 2027, 40 min to Hongqiao Station',
    { kind: 'custom', landArea: { min: 20, max: 50 }, completion: '2027', park: 'jiading-waigang-industrial-park', claims: [{ hub: 'hongqiao', minutes: 40 }] },
    [],
  ],
  [
    'classified post: small unit, figures with full-width digits and colon',
    '浏河镇小厂房出租　面积：８００平　租金０．７元／平／天　层高６米　联系电话：１３９１２３４５６７８',
    { kind: 'factory', floorArea: { min: 800, max: 800 }, deal: ['rent'], rent: 0.7, storeyHeight: 6, contact: { name: null, phone: ['13912345678'] }, town: '浏河镇' },
    ['小'],
  ],
  [
    'agent post copied from a web page (HTML left in)',
    '<p>沙溪镇 <b>仓库出租</b></p><p>面积：5000㎡<br/>净高：12m</p><p>承重：5t/㎡&nbsp;可做丙二类</p><p>联系人：刘总 15900000000</p>',
    { kind: 'warehouse', floorArea: { min: 5000, max: 5000 }, deal: ['rent'], clearHeight: 12, floorLoad: 5, contact: { name: '刘总', phone: ['15900000000'] }, town: '沙溪镇' },
    ['可做丙二类'],
  ],
  [
    'park post: multi-storey with a per-floor load and mixed heights',
    '昆山开发区 高标准厂房出租 单层2000平，整栋8000平 首层层高8米 二层以上4.5米 楼面荷载800公斤/平方米 距昆山南站15分钟',
    { kind: 'factory', floorArea: { min: 2000, max: 8000 }, deal: ['rent'], storeyHeight: 8, floorLoad: 0.8, town: '昆山开发区', claims: [{ hub: 'kunshan-south', minutes: 15 }] },
    ['单层 整栋 二层以上4.5米'],
  ],
  [
    'agent moment: only a phone and a place',
    '双凤镇有厂房，面积大小都有，价格好谈，速来！ 18600000000',
    { kind: 'factory', contact: { name: null, phone: ['18600000000'] }, town: '双凤镇' },
    ['面积大小都有 价格好谈 速来'],
  ],
  [
    'classified post: a range with 万 on the upper bound and the day rate written first',
    '玉山镇 物流仓库出租 1-3万平 0.95元/天/平 24小时可进出 距苏州站1小时',
    { kind: 'warehouse', floorArea: { min: 10000, max: 30000 }, deal: ['rent'], rent: 0.95, town: '玉山镇', claims: [{ hub: 'suzhou', minutes: 60 }] },
    ['24小时可进出'],
  ],
  [
    'English listing: a storey height and a crane written label-first',
    'Ready-built workshop for rent in Kunshan, 3000 sqm, storey height 12 m, crane: 10 t, rent 0.8 RMB/sqm/day, 30 min to Hongqiao Airport',
    { kind: 'factory', floorArea: { min: 3000, max: 3000 }, deal: ['rent'], rent: 0.8, storeyHeight: 12, crane: 10, ready: true, town: '昆山', claims: [{ hub: 'hongqiao', minutes: 30 }] },
    ['in'],
  ],
]

describe('real-looking adverts, field by field', () => {
  it('has at least 20 besides the seed', () => expect(ADVERTS.length).toBeGreaterThanOrEqual(21))

  it.each(ADVERTS)('%s', (_kind, text, want, unparsed) => {
    const r = parseAdvert(text, context)
    expect(r.listing).toEqual(listing(want))
    expect(r.unparsed).toEqual(unparsed)
  })
})
