import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ExploreState } from './state.ts'
import { createDefaultState } from './state.ts'
import type { Ignored, ParseContext } from './url.ts'
import { cameraPrecision, extractQuery, normalizeQuery, parseQuery, serializeState } from './url.ts'

/** The hubs of DESIGN.md; `pin` is not among them (reserved). */
function createContext(): ParseContext {
  return {
    hubIds: new Set([
      'hongqiao',
      'pvg',
      'shanghai-centre',
      'anting',
      'jiading-centre',
      'huaqiao',
      'kunshan-centre',
      'kunshan-south',
      'taicang-station',
      'taicang-port',
      'waigaoqiao',
      'yangshan',
      'suzhou',
    ]),
  }
}

function createState(patch: Partial<ExploreState> = {}): ExploreState {
  return { ...createDefaultState(), ...patch }
}

const normalize = (query: string) => normalizeQuery(query, createContext())
const parse = (query: string) => parseQuery(query, createContext())

const FULL_LINK =
  '?v=1&lang=en&unit=ft2&area=1000-5000&land=20.5-&type=factory,warehouse&deal=rent&ready=1&price=0.6-1.2' +
  '&landprice=-80&dt=hongqiao:30,pin:20&pin=121.2,31.3&q=%E4%BA%8B%E8%BE%BE&sort=dt:taicang-port' +
  '&park=kunshan-zhangpu&listing=zp-01&map=11.5/31.3012/121.1503&sample=0' +
  '&height=8-12.5&ind=auto&pick=zp-02,zp-01&view=compare'

const FULL_STATE: ExploreState = {
  lang: 'en',
  unit: 'ft2',
  area: { min: 1000, max: 5000 },
  land: { min: 20.5, max: null },
  types: ['factory', 'warehouse'],
  deal: 'rent',
  ready: true,
  price: { min: 0.6, max: 1.2 },
  landprice: { min: null, max: 80 },
  dt: [
    { hub: 'hongqiao', max: 30 },
    { hub: 'pin', max: 20 },
  ],
  pin: [121.2, 31.3],
  q: '事达',
  sort: { key: 'dt', hub: 'taicang-port' },
  park: 'kunshan-zhangpu',
  listing: 'zp-01',
  map: { zoom: 11.5, lat: 31.3012, lng: 121.1503 },
  sample: false,
  height: { min: 8, max: 12.5 },
  ind: 'auto',
  picks: ['zp-02', 'zp-01'],
  view: 'compare',
}

describe('serializeState', () => {
  it('writes only v for the default state', () => {
    expect(serializeState(createDefaultState())).toBe('?v=1')
  })

  it('writes every parameter in contract order', () => {
    expect(serializeState(FULL_STATE)).toBe(FULL_LINK)
  })

  it('keeps : , / - . literal and encodes the rest as encodeURIComponent does', () => {
    expect(serializeState(createState({ q: 'a:b,c/d-e.f g&h=i+j#k?l%m' }))).toBe(
      '?v=1&q=a:b,c/d-e.f%20g%26h%3Di%2Bj%23k%3Fl%25m',
    )
  })

  it.each<[string, Partial<ExploreState>, string]>([
    ['kinds in canonical order, once', { types: ['land', 'factory', 'land'] }, '?v=1&type=factory,land'],
    ['swapped bounds in order', { area: { min: 5000, max: 1000 } }, '?v=1&area=1000-5000'],
    ['areas rounded to whole m²', { area: { min: 999.6, max: null } }, '?v=1&area=1000-'],
    ['floating noise removed', { deal: 'rent', price: { min: 0.1 + 0.2, max: null } }, '?v=1&deal=rent&price=0.3-'],
    ['no price without a deal', { price: { min: 1, max: 2 } }, '?v=1'],
    ['no range with both bounds open', { area: { min: null, max: null } }, '?v=1'],
    ['no negative or non-finite bound', { land: { min: -1, max: Number.NaN } }, '?v=1'],
    ['no absurd bound', { area: { min: 1e21, max: null } }, '?v=1'],
    ['minutes rounded, one limit per hub', { dt: [{ hub: 'pvg', max: 19.6 }, { hub: 'anting', max: 10 }, { hub: 'pvg', max: 25 }] }, '?v=1&dt=anting:10,pvg:25'],
    ['no pin limit or pin sort without a pin', { dt: [{ hub: 'pin', max: 10 }], sort: { key: 'dt', hub: 'pin' } }, '?v=1'],
    ['no pin outside the area', { pin: [116.4, 39.9] }, '?v=1'],
    ['pin to 6 decimals', { pin: [121.123456789, 31.3] }, '?v=1&pin=121.123457,31.3'],
    ['q trimmed', { q: '  嘉定 \u3000' }, '?v=1&q=%E5%98%89%E5%AE%9A'],
    ['no q with control characters', { q: 'a\u0000b' }, '?v=1'],
    ['lone surrogates as U+FFFD instead of throwing', { q: 'a\ud800' }, '?v=1&q=a%EF%BF%BD'],
    ['no malformed ids', { park: 'Bad Id', listing: '' }, '?v=1'],
    ['explicit default sort kept', { sort: { key: 'name' } }, '?v=1&sort=name'],
    ['tiny camera coordinates without exponent', { map: { zoom: 22, lat: 1e-8, lng: -4e-8 } }, '?v=1&map=22/0.00000001/-0.00000004'],
    ['no camera beyond zoom 22', { map: { zoom: 23, lat: 0, lng: 0 } }, '?v=1'],
    ['-0 as 0', { map: { zoom: 3, lat: -0, lng: -0.0001 } }, '?v=1&map=3/0/0'],
  ])('canonicalizes: %s', (_name, patch, link) => {
    expect(serializeState(createState(patch))).toBe(link)
  })
})

describe('parseQuery', () => {
  it('reads the full link into the full state, with nothing ignored', () => {
    expect(parse(FULL_LINK)).toEqual({ state: FULL_STATE, ignored: [] })
  })

  it('reads a link without v as v=1', () => {
    expect(parse('area=1000-')).toEqual({ state: createState({ area: { min: 1000, max: null } }), ignored: [] })
  })

  it('accepts the query with or without the leading ?', () => {
    expect(parse('?deal=sale')).toEqual(parse('deal=sale'))
  })

  it.each<[string, Partial<ExploreState>]>([
    ['area=1000-', { area: { min: 1000, max: null } }],
    ['area=-5000', { area: { min: null, max: 5000 } }],
    ['area=0-0', { area: { min: 0, max: 0 } }],
    ['area=1099.5-', { area: { min: 1100, max: null } }],
    ['land=007.50-', { land: { min: 7.5, max: null } }],
    ['land=1.234567-', { land: { min: 1.2346, max: null } }],
    ['dt=hongqiao:29.6', { dt: [{ hub: 'hongqiao', max: 30 }] }],
    ['dt=hongqiao:30,', { dt: [{ hub: 'hongqiao', max: 30 }] }],
    ['type=office,,factory,office', { types: ['factory', 'office'] }],
    ['sort=dt:yangshan', { sort: { key: 'dt', hub: 'yangshan' } }],
    ['sort=area', { sort: { key: 'area' } }],
    ['map=0/-90/180', { map: { zoom: 0, lat: -90, lng: 180 } }],
    ['map=12.345/31.2345678/121.2345678', { map: { zoom: 12.35, lat: 31.23457, lng: 121.23457 } }],
    ['pin=120.78,31.78', { pin: [120.78, 31.78] }],
    ['q=%20%20%E5%98%89%E5%AE%9A%20', { q: '嘉定' }],
    ['q=ＡＢＣ', { q: 'ＡＢＣ' }],
    ['q=a+b', { q: 'a b' }],
    ['q=a%2Bb', { q: 'a+b' }],
    ['q=', {}],
    ['area=&type=&dt=', {}],
    ['unit=m2&ready=0&sample=1&v=1', {}],
  ])('reads %s', (query, patch) => {
    expect(parse(query)).toEqual({ state: createState(patch), ignored: [] })
  })

  it('lets the last of a repeated parameter win', () => {
    expect(parse('area=1-2&deal=rent&area=3-4').state.area).toEqual({ min: 3, max: 4 })
  })

  it('does not fall back to an earlier value when the last is bad', () => {
    expect(parse('q=ok&q=%E4%BA')).toEqual({
      state: createDefaultState(),
      ignored: [{ param: 'q', value: '%E4%BA', reason: 'bad-value' }],
    })
  })

  it('keeps a repeated dt hub once, last value, at its last position', () => {
    expect(parse('dt=hongqiao:30,pvg:20,hongqiao:45').state.dt).toEqual([
      { hub: 'pvg', max: 20 },
      { hub: 'hongqiao', max: 45 },
    ])
  })

  it('drops only the parameter with a bad percent-escape', () => {
    expect(parse('area=1000-&q=%E4%BA&deal=rent')).toEqual({
      state: createState({ area: { min: 1000, max: null }, deal: 'rent' }),
      ignored: [{ param: 'q', value: '%E4%BA', reason: 'bad-value' }],
    })
  })

  it('reports a parameter whose name has a bad escape as unknown, by its raw name', () => {
    expect(parse('%zz=1&deal=sale')).toEqual({
      state: createState({ deal: 'sale' }),
      ignored: [{ param: '%zz', value: '1', reason: 'unknown-param' }],
    })
  })

  it('drops share-tracking parameters without listing them', () => {
    const tracking =
      'from=singlemessage&isappinstalled=0&scene=1&clicktime=1700000000&enterid=1700000000&nsukey=abc%3D' +
      '&spm=a2c4g.11186623&fbclid=IwAR0&gclid=Cj0&utm_source=wechat&utm_medium=social&utm_whatever=%E4%BA'
    expect(parse(`${tracking}&deal=rent`)).toEqual({ state: createState({ deal: 'rent' }), ignored: [] })
  })

  it('does not take a differently cased tracking name for one', () => {
    expect(parse('UTM_source=x').ignored).toEqual([{ param: 'UTM_source', value: 'x', reason: 'unknown-param' }])
  })

  it.each<[string, string, Ignored[]]>([
    ['unknown-param', 'colour=red', [{ param: 'colour', value: 'red', reason: 'unknown-param' }]],
    ['unknown-hub in dt', 'dt=hongqiao:30,beijing:60', [{ param: 'dt', value: 'beijing:60', reason: 'unknown-hub' }]],
    ['unknown-hub in sort', 'sort=dt:beijing', [{ param: 'sort', value: 'dt:beijing', reason: 'unknown-hub' }]],
    ['bad-value', 'deal=lease', [{ param: 'deal', value: 'lease', reason: 'bad-value' }]],
    ['outside-area', 'pin=116.4,39.9', [{ param: 'pin', value: '116.4,39.9', reason: 'outside-area' }]],
    ['swapped', 'area=5000-1000', [{ param: 'area', value: '5000-1000', reason: 'swapped' }]],
    ['needs-deal', 'price=1-2', [{ param: 'price', value: '1-2', reason: 'needs-deal' }]],
    ['needs-deal, not swapped', 'price=2-1', [{ param: 'price', value: '2-1', reason: 'needs-deal' }]],
    ['needs-pin in dt', 'dt=pin:20', [{ param: 'dt', value: 'pin:20', reason: 'needs-pin' }]],
    ['needs-pin in sort', 'sort=dt:pin', [{ param: 'sort', value: 'dt:pin', reason: 'needs-pin' }]],
    [
      'needs-pin when the pin itself is dropped',
      'dt=pin:20&pin=0,0',
      [
        { param: 'dt', value: 'pin:20', reason: 'needs-pin' },
        { param: 'pin', value: '0,0', reason: 'outside-area' },
      ],
    ],
  ])('lists %s', (_name, query, ignored) => {
    expect(parse(query).ignored).toEqual(ignored)
  })

  it('keeps the swapped range, in order', () => {
    expect(parse('deal=sale&price=9000-3000').state.price).toEqual({ min: 3000, max: 9000 })
  })

  it.each<[string, string]>([
    ['v', '2'],
    ['lang', 'EN'],
    ['lang', 'fr'],
    ['unit', 'sqft'],
    ['area', '-'],
    ['area', '1000'],
    ['area', '-5-10'],
    ['area', '1e3-'],
    ['area', '0x10-'],
    ['area', '.5-'],
    ['area', '1,000-'],
    ['area', '1 000-'],
    ['area', '１０００-'],
    ['area', 'NaN-'],
    ['area', 'Infinity-'],
    ['area', '100000001-'],
    ['area', `${'9'.repeat(400)}-`],
    ['land', '1000001-'],
    ['deal', 'RENT'],
    ['ready', 'true'],
    ['ready', '2'],
    ['sample', 'no'],
    ['pin', '121.2'],
    ['pin', '121.2,31.3,0'],
    ['pin', '121.2;31.3'],
    ['pin', '%2B121.2,31.3'],
    ['pin', '200,31.3'],
    ['sort', 'dt'],
    ['sort', 'dt:'],
    ['sort', 'Name'],
    ['park', 'Bad_Id'],
    ['park', 'a'.repeat(65)],
    ['listing', '../etc'],
    ['map', '10/31.3'],
    ['map', '10/31.3/121.2/45'],
    ['map', '23/31.3/121.2'],
    ['map', '-1/31.3/121.2'],
    ['map', '10/91/121.2'],
    ['map', '10/31.3/181'],
    ['map', '1e1/31.3/121.2'],
    ['q', 'a'.repeat(101)],
    ['q', 'x%00y'],
    ['q', 'line%0Abreak'],
  ])('drops %s=%s as bad-value', (param, value) => {
    const { state, ignored } = parse(`${param}=${value}`)
    expect(state).toEqual(createDefaultState())
    expect(ignored).toEqual([{ param, value: decodeURIComponent(value), reason: 'bad-value' }])
  })

  it.each([
    'hongqiao',
    'hongqiao:30:5',
    ':30',
    'hongqiao:0',
    'hongqiao:0.4',
    'hongqiao:601',
    'hongqiao:-5',
    'hongqiao:1e2',
    'pin:abc',
  ])('drops the one dt entry %s as bad-value, keeping the others', (entry) => {
    const { state, ignored } = parse(`dt=${entry},anting:10`)
    expect(ignored).toEqual([{ param: 'dt', value: entry, reason: 'bad-value' }])
    expect(state).toEqual(createState({ dt: [{ hub: 'anting', max: 10 }] }))
  })

  it.each(['Factory', 'villa', '1'])('drops the one type token %s as bad-value, keeping the others', (token) => {
    const { state, ignored } = parse(`type=${token},office`)
    expect(ignored).toEqual([{ param: 'type', value: token, reason: 'bad-value' }])
    expect(state).toEqual(createState({ types: ['office'] }))
  })

  it('accepts 100 characters of q, counted in code points', () => {
    const q = '𠀀'.repeat(100) // outside the BMP: 200 UTF-16 units
    expect(parse(`q=${encodeURIComponent(q)}`)).toEqual({ state: createState({ q }), ignored: [] })
  })

  it('lists fixes in contract order, unknown parameters last in their order', () => {
    const { ignored } = parse('zz=1&sort=dt:nowhere&aa=2&area=9-1&v=3')
    expect(ignored.map((i) => i.param)).toEqual(['v', 'area', 'sort', 'zz', 'aa'])
  })

  it.each<[string, string]>([
    ['__proto__', '__proto__=1'],
    ['constructor', 'constructor=1&toString=2&hasOwnProperty=3'],
    ['ampersands', '&&&'],
    ['a lone =', '='],
    ['empty name', '=5'],
    ['name without =', 'deal'],
    ['1e309', 'area=1e309-'],
    ['NaN', 'map=NaN/NaN/NaN'],
    ['Infinity', 'dt=hongqiao:Infinity'],
    ['%00', '%00=%00'],
    ['lone percent', 'q=100%'],
    ['lone surrogate', 'q=\ud800x'],
    ['encoded surrogate', 'q=%ED%A0%80'],
    ['emoji and RTL', 'q=%F0%9F%8F%AD%E2%80%AE'],
    ['a 10 kB value', `q=${'a'.repeat(10_000)}&area=${'1'.repeat(10_000)}-`],
    ['a 10 kB name', `${'x'.repeat(10_000)}=1`],
    ['a fragment', 'deal=rent#frag'],
  ])('never throws and reads back stably: %s', (_name, query) => {
    const first = normalize(query)
    const again = normalize(first.link)
    expect(again).toEqual({ link: first.link, ignored: [] })
  })

  it('reads __proto__ and constructor as ordinary unknown names', () => {
    const { state, ignored } = parse('__proto__=x&constructor=y')
    expect(state).toEqual(createDefaultState())
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype)
    expect(ignored).toEqual([
      { param: '__proto__', value: 'x', reason: 'unknown-param' },
      { param: 'constructor', value: 'y', reason: 'unknown-param' },
    ])
  })

  it('reads a lone surrogate as U+FFFD, as URLSearchParams does', () => {
    expect(parse('q=a\udc00').state.q).toBe(new URLSearchParams('q=a\udc00').get('q'))
  })
})

describe('normalizeQuery', () => {
  it.each<[string, string]>([
    ['', '?v=1'],
    ['?', '?v=1'],
    ['sample=0&map=10/31.3/121.2&listing=a&park=b&sort=name&q=x&pin=121,31.2&dt=anting:5', '?v=1&dt=anting:5&pin=121,31.2&q=x&sort=name&park=b&listing=a&map=10/31.3/121.2&sample=0'],
    ['landprice=50-&price=1-&ready=1&deal=sale&type=land&land=10-&area=100-&unit=ft2&lang=zh&v=1', '?v=1&lang=zh&unit=ft2&area=100-&land=10-&type=land&deal=sale&ready=1&price=1-&landprice=50-'],
    ['q=%e4%ba%8b%e8%be%be', '?v=1&q=%E4%BA%8B%E8%BE%BE'],
    ['q=事达', '?v=1&q=%E4%BA%8B%E8%BE%BE'],
    ['q=a+b', '?v=1&q=a%20b'],
    ['q=%3A%2C%2F%2D%2E', '?v=1&q=:,/-.'],
    ['q=it\'s+(ok)!*~_', "?v=1&q=it's%20(ok)!*~_"],
    ['area=01000.0-5000.00', '?v=1&area=1000-5000'],
    ['land=0.50-', '?v=1&land=0.5-'],
    ['deal=rent&price=0.60-1.20', '?v=1&deal=rent&price=0.6-1.2'],
    ['pin=121.20,31.30', '?v=1&pin=121.2,31.3'],
    ['map=10.00/31.30/121.20', '?v=1&map=10/31.3/121.2'],
    ['dt=pvg:10%2Canting:20', '?v=1&dt=pvg:10,anting:20'],
    ['%64%65%61%6C=rent', '?v=1&deal=rent'],
  ])('normalizes %s', (query, link) => {
    expect(normalize(query).link).toBe(link)
  })

  it.each<[string, string]>([
    ['the seed investor query', '?v=1&area=2000-&type=factory&ready=1&dt=hongqiao:30,taicang-port:20'],
    ['a sale with prices', '?v=1&lang=zh&deal=sale&price=3000-9000&landprice=-80'],
    ['a pin and its sort', '?v=1&dt=pin:25&pin=121.163,31.29&sort=dt:pin'],
    ['a selection and camera', '?v=1&park=kunshan-zhangpu&listing=zp-01&map=13.25/31.28971/121.01533'],
    ['the full link', FULL_LINK],
  ])('keeps a canonical link as it is: %s', (_name, link) => {
    expect(normalize(link)).toEqual({ link, ignored: [] })
  })
})

describe('cameraPrecision', () => {
  // Expected values from maplibre-gl src/ui/hash.ts: ceil((zoom·ln2 + ln(512 / 360 / 0.5)) / ln10).
  it.each<[number, number]>([
    [0, 1],
    [1, 1],
    [2, 2],
    [5, 2],
    [8, 3],
    [10, 4],
    [11.5, 4],
    [12, 5],
    [15, 5],
    [18, 6],
    [22, 8],
  ])('keeps %s → %s decimals', (zoom, decimals) => {
    expect(cameraPrecision(zoom)).toBe(decimals)
  })

  it('uses the zoom rounded to 2 decimals, as hash.ts does', () => {
    // 2·ln10/ln2 − ln(512/360/0.5)/ln2 ≈ 5.136: precision steps from 2 to 3 just above it.
    expect(cameraPrecision(5.134)).toBe(cameraPrecision(5.13))
    expect(cameraPrecision(5.136)).toBe(cameraPrecision(5.14))
    expect(cameraPrecision(5.13)).toBe(2)
    expect(cameraPrecision(5.14)).toBe(3)
  })

  it.each<[string, string]>([
    ['map=0/31.23456/121.23456', '?v=1&map=0/31.2/121.2'],
    ['map=5/31.23456/121.23456', '?v=1&map=5/31.23/121.23'],
    ['map=5.14/31.23456/121.23456', '?v=1&map=5.14/31.235/121.235'],
    ['map=10/31.23456789/121.23456789', '?v=1&map=10/31.2346/121.2346'],
    ['map=16.999/31.23456789/121.23456789', '?v=1&map=17/31.234568/121.234568'],
    ['map=22/31.234567891/121.234567891', '?v=1&map=22/31.23456789/121.23456789'],
    ['map=10/3.75/2.5', '?v=1&map=10/3.75/2.5'], // hash.test.ts: '#10/3.75/2.5'
  ])('writes the camera of %s as %s', (query, link) => {
    expect(normalize(query).link).toBe(link)
  })

  // Pins the rule to maplibre's own source, so that an upstream change of the hash format shows up here.
  const hashSource = fileURLToPath(new URL('../../node_modules/maplibre-gl/src/ui/hash.ts', import.meta.url))
  it.runIf(existsSync(hashSource))('matches the rule in maplibre-gl src/ui/hash.ts', () => {
    const source = readFileSync(hashSource, 'utf8')
    expect(source).toContain('zoom = Math.round(this._map.getZoom() * 100) / 100')
    expect(source).toContain('Math.ceil((zoom * Math.LN2 + Math.log(512 / degreesPerWorld / 0.5)) / Math.LN10)')
    expect(source).toContain('Math.round(center.lat * m) / m')
  })
})

describe('extractQuery', () => {
  it.each<[string, string | null]>([
    ['https://parks.example.cn/explore/?v=1&area=1000-#wechat_redirect', 'v=1&area=1000-'],
    ['http://localhost:5173/?q=%E4%BA%8B', 'q=%E4%BA%8B'],
    ['HTTPS://PARKS.EXAMPLE.CN/?deal=rent', 'deal=rent'],
    ['  https://parks.example.cn/?deal=rent  ', 'deal=rent'],
    ['https://parks.example.cn/', ''],
    ['https://parks.example.cn/?', ''],
    ['https://parks.example.cn/#/?deal=rent', ''],
    ["https://parks.example.cn/?q=it's", "q=it's"],
    ['parks.example.cn/explore?deal=rent', 'deal=rent'],
    ['localhost:5173/?deal=rent#x', 'deal=rent'],
    ['parks.example.cn', ''],
    ['?v=1&q=a b', 'v=1&q=a b'],
    ['?', ''],
    ['?deal=rent#top', 'deal=rent'],
    ['v=1&area=1000-', 'v=1&area=1000-'],
    ['q=what?', 'q=what?'],
    ['', null],
    ['   \n\t', null],
    ['hello', null],
    ['two words=1', null],
    ['javascript:alert(1)', null],
    ['weixin://dl/business/?t=abc', null],
    ['ftp://example.com/?v=1', null],
    ['http://', null],
    ['https://exa mple.com/?v=1', null],
  ])('extracts from %j: %j', (input, query) => {
    expect(extractQuery(input)).toBe(query)
  })
})
