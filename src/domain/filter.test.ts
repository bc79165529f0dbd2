import { describe, expect, it } from 'vitest'
import { buildTable, indicesOf, relaxations, runFilter, SortOrders, sortedResults, withinMinutes } from './filter.ts'
import type { ExploreState } from './state.ts'
import type { Dataset, Listing, Park } from './types.ts'
import { createDataset as createData, createListing, createPark, matchIds, state } from './filter/testData.ts'

const parks = [createPark('a'), createPark('b', { name: { zh: '事达产业园', en: 'Shida Park' }, town: { zh: '双凤镇', en: 'Shuangfeng' } })]
const createDataset = (listings: Listing[], ps: Park[] = parks): Dataset => createData(listings, ps)

describe('matching rules (DESIGN.md, "Matching")', () => {
  it.each<[string, Partial<Listing>, Partial<ExploreState>, boolean]>([
    ['area ranges overlap', { floorArea: { min: 1000, max: 2000 } }, { area: { min: 1500, max: 3000 } }, true],
    ['area range below the filter', { floorArea: { min: 1000, max: 2000 } }, { area: { min: 2001, max: null } }, false],
    ['open-ended listing ("1100平起") meets a large minimum', { floorArea: { min: 1100, max: null } }, { area: { min: 50000, max: null } }, true],
    ['listing without floor area fails an area filter', { floorArea: undefined, kind: 'land', landArea: 10 }, { area: { min: 1, max: null } }, false],
    ['land in 亩', { landArea: 30 }, { land: { min: 20, max: 40 } }, true],
    ['no land field fails a land filter', {}, { land: { min: 1, max: null } }, false],
    ['kind', { kind: 'warehouse' }, { types: ['factory', 'office'] }, false],
    ['deal both matches sale', { deal: ['rent', 'sale'], salePrice: 6000 }, { deal: 'sale' }, true],
    ['ready only', { ready: false, completion: '2027-06' }, { ready: true }, false],
    ['rent price with deal=rent', { rent: 1.2 }, { deal: 'rent', price: { min: null, max: 1.1 } }, false],
    ['sale price with deal=sale', { deal: ['sale'], salePrice: 5200 }, { deal: 'sale', price: { min: 5000, max: 6000 } }, true],
    ['price is ignored without deal', { rent: 9 }, { price: { min: 1, max: 2 } }, true],
    ['land price 万元/亩', { kind: 'land', landArea: 10, landPrice: 60, floorArea: undefined }, { landprice: { min: 50, max: 70 } }, true],
    ['drive limit holds at rounding', { driveMinutes: [15.04, 20] }, { dt: [{ hub: 'anting', max: 15 }] }, true],
    ['drive limit fails above', { driveMinutes: [15.06, 20] }, { dt: [{ hub: 'anting', max: 15 }] }, false],
    ['every drive limit must hold', { driveMinutes: [10, 50] }, { dt: [{ hub: 'anting', max: 15 }, { hub: 'hongqiao', max: 30 }] }, false],
    ['unreachable hub fails a limit', { driveMinutes: [null, 20] }, { dt: [{ hub: 'anting', max: 600 }] }, false],
    ['let listings never match', { status: 'let' }, {}, false],
    ['samples hidden with sample=0', { sample: true }, { sample: false }, false],
    ['text matches the listing name, NFKC and case-insensitive', { name: { zh: '厂房', en: 'Big Factory' } }, { q: 'ＢＩＧ' }, true],
  ])('%s', (_what, listing, filters, expected) => {
    const { listings } = matchIds(createDataset([createListing('x', listing)]), state(filters))
    expect(listings.includes('x')).toBe(expected)
  })

  it('a listing passes q when its park or town matches', () => {
    const ds = createDataset([createListing('x', { parkId: 'b' }), createListing('y')])
    expect(matchIds(ds, state({ q: '事达' })).listings).toEqual(['x'])
    expect(matchIds(ds, state({ q: 'shuangfeng' })).listings).toEqual(['x'])
  })

  it('a park passes q when one of its listings matches, and then shows only matching listings', () => {
    const ds = createDataset([createListing('x', { name: { zh: '冷库', en: 'Cold store' } }), createListing('y')])
    const m = matchIds(ds, state({ q: 'cold' }))
    expect(m.parks).toEqual(['a'])
    expect(m.listings).toEqual(['x'])
  })

  it('a park needs a matching listing only when a listing filter is set', () => {
    const ds = createDataset([createListing('x', { floorArea: { min: 100, max: 200 } })])
    expect(matchIds(ds, state()).parks).toEqual(['a', 'b'])
    expect(matchIds(ds, state({ area: { min: 1000, max: null } })).parks).toEqual([])
  })

  it('parks are filtered by their own drive minutes', () => {
    const ds = createDataset([], [createPark('a', { driveMinutes: [10, 20] }), createPark('b', { driveMinutes: [40, 20] })])
    expect(matchIds(ds, state({ dt: [{ hub: 'anting', max: 30 }] })).parks).toEqual(['a'])
  })

  it('drive limits to the pin use the pin minutes', () => {
    const ds = createDataset([createListing('x'), createListing('y')])
    const t = buildTable(ds)
    const pin = { listings: Float32Array.from([5, 25]), parks: Float32Array.from([5, NaN]) }
    const r = runFilter(t, state({ pin: [121.1, 31.4], dt: [{ hub: 'pin', max: 10 }] }), pin)
    expect(indicesOf(r.listings)).toEqual([0])
    expect(indicesOf(r.parks)).toEqual([0])
  })

  it('withinMinutes never accepts NaN', () => {
    expect(withinMinutes(NaN, 600)).toBe(false)
  })

  it("places a listing at its own point, else at its park's", () => {
    const t = buildTable(createDataset([createListing('own', { point: [121.05, 31.45] }), createListing('inPark', { parkId: 'b' })], [createPark('a'), createPark('b', { point: [121.2, 31.3] })]))
    expect([...t.lPoint]).toEqual([121.05, 31.45, 121.2, 31.3])
  })
})

describe('sorting, histogram, relaxations', () => {
  const ds = createDataset([
    createListing('far', { driveMinutes: [40, 5], floorArea: { min: 3000, max: 3000 }, rent: 0.8, name: { zh: '乙', en: 'Beta' } }),
    createListing('near', { driveMinutes: [5, 40], floorArea: { min: 500, max: 800 }, rent: 1.4, name: { zh: '甲', en: 'Alpha' } }),
    createListing('none', { driveMinutes: [null, 10], floorArea: { min: 20000, max: null }, rent: 1.0, name: { zh: '丙', en: 'Gamma' } }),
  ])
  const t = buildTable(ds)
  const order = (s: ExploreState) => sortedResults(t, s, runFilter(t, s), null).listings.map((i) => t.listingIds[i])

  it.each<[string, Partial<ExploreState>, string[]]>([
    ['default: name', {}, ['near', 'far', 'none']],
    ['default with a limit: drive time to its hub, unreachable last', { dt: [{ hub: 'anting', max: 600 }] }, ['near', 'far']],
    ['explicit dt to another hub', { sort: { key: 'dt', hub: 'hongqiao' } }, ['far', 'none', 'near']],
    ['area: largest first, open ranges first', { sort: { key: 'area' } }, ['none', 'far', 'near']],
    ['price: cheapest first', { sort: { key: 'price' }, deal: 'rent' }, ['far', 'none', 'near']],
  ])('%s', (_what, s, expected) => {
    expect(order(state(s))).toEqual(expected)
  })

  it('counts listings per area bin, leaving the area filter out', () => {
    const counts = runFilter(t, state({ area: { min: 100000, max: null } }), null, null, [0, 1000, 5000, 50000]).histogram
    expect(counts).toEqual([1, 1, 1])
  })

  it('names the limit that removes the most and the minutes that bring listings back', () => {
    expect(relaxations(t, state({ types: ['warehouse'], ready: true }), null)).toEqual([{ filter: 'type', gained: 3 }])
    expect(relaxations(t, state({ dt: [{ hub: 'anting', max: 3 }] }), null)).toEqual([{ filter: 'dt', hub: 'anting', minutes: 5, gained: 1 }])
  })
})

describe('SortOrders (the caller keeps the row orders)', () => {
  const ds = createDataset([
    createListing('far', { driveMinutes: [40, 5], rent: 0.8, salePrice: 5000, deal: ['rent', 'sale'] }),
    createListing('near', { driveMinutes: [5, 40], rent: 1.4, salePrice: 4000, deal: ['rent', 'sale'] }),
  ])
  const t = buildTable(ds)
  const pin = (far: number, near: number) => ({ parks: new Float32Array(2), listings: Float32Array.from([far, near]) })

  it('reuses an order for the same key and column, and sorts again for a new pin or the other price', () => {
    const orders = new SortOrders()
    const byPin = { key: 'dt', hub: 'pin' } as const
    const p1 = pin(10, 20)
    const first = orders.get(t, 'listing', byPin, null, p1)
    expect(orders.get(t, 'listing', byPin, null, p1)).toBe(first)
    expect([...orders.get(t, 'listing', byPin, null, pin(30, 20))]).toEqual([1, 0])
    expect([...orders.get(t, 'listing', { key: 'price' }, t.lRent, null)]).toEqual([0, 1])
    expect([...orders.get(t, 'listing', { key: 'price' }, t.lSale, null)]).toEqual([1, 0])
  })

  it('starts afresh for another table', () => {
    const orders = new SortOrders()
    const first = orders.get(t, 'listing', { key: 'name' }, null, null)
    expect(orders.get(buildTable(ds), 'listing', { key: 'name' }, null, null)).not.toBe(first)
  })
})
