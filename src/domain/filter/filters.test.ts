/** The filter table and what derives from it; the filters and sorts added with it (height, ind, cost, reach). */
import { describe, expect, it } from 'vitest'
import { FILTERS, FILTER_FIELDS, FILTER_NAMES, activeFilterCount, clearAllFilters } from './filters.ts'
import { buildTable } from './table.ts'
import { runFilter } from './run.ts'
import { relaxations } from './relax.ts'
import { sortedResults } from './sort.ts'
import type { ExploreState } from '../state.ts'
import type { Dataset, Listing, Park } from '../types.ts'
import { createDataset as createData, createListing, createPark, matchIds, state } from './testData.ts'

const createDataset = (listings: Listing[], parks: Park[] = [createPark('a', { targetIndustries: ['auto', 'ic'] }), createPark('b')]): Dataset => createData(listings, parks)
const run = (ds: Dataset, s: ExploreState) => {
  const { listings, parks } = matchIds(ds, s)
  return { listings, parks }
}

describe('the filter table', () => {
  it('names every state field a filter reads, once', () => {
    expect([...FILTER_FIELDS].sort()).toEqual(['area', 'deal', 'dt', 'height', 'ind', 'land', 'landprice', 'pin', 'price', 'q', 'ready', 'sample', 'types'])
  })

  it.each<[string, Partial<ExploreState>, number]>([
    ['nothing set', {}, 0],
    ['a price without a deal is not applied, so not counted', { price: { min: 1, max: 2 } }, 0],
    ['a price with its deal: two', { price: { min: 1, max: 2 }, deal: 'rent' }, 2],
    ['each drive-time limit counts', { dt: [{ hub: 'anting', max: 10 }, { hub: 'hongqiao', max: 20 }] }, 2],
    ['the pin counts', { pin: [121.1, 31.3] }, 1],
    ['height and ind', { height: { min: 8, max: null }, ind: 'auto' }, 2],
    ['hidden samples', { sample: false }, 1],
    ['blank q is not a filter', { q: '  ' }, 0],
    ['sort, selection, shortlist and view are not filters', { sort: { key: 'area' }, park: 'a', listing: 'x', picks: ['x'], view: 'compare' }, 0],
  ])('counts active filters: %s', (_name, s, n) => {
    expect(activeFilterCount(state(s))).toBe(n)
  })

  it('counts a filter exactly when the no-results suggestions could drop it', () => {
    // price without a deal: neither counted nor suggested (they disagreed before the table).
    const ds = createDataset([createListing('x', { rent: 1 })])
    const s = state({ price: { min: 5, max: null }, types: ['land'] })
    expect(activeFilterCount(s)).toBe(1)
    expect(relaxations(buildTable(ds), s, null)).toEqual([{ filter: 'type', gained: 1 }])
  })

  it('clears every filter and nothing else', () => {
    const s = state({ area: { min: 1, max: 2 }, height: { min: 8, max: null }, ind: 'ic', pin: [121.1, 31.3], dt: [{ hub: 'pin', max: 5 }], sample: false, lang: 'en', picks: ['x'], view: 'compare' })
    const cleared = { ...s, ...clearAllFilters() }
    expect(activeFilterCount(cleared)).toBe(0)
    expect(cleared).toMatchObject({ lang: 'en', picks: ['x'], view: 'compare' })
  })

  it('clearing the deal clears its price and sort=cost', () => {
    expect(FILTERS.deal.clear(state({ deal: 'rent', price: { min: 1, max: null }, sort: { key: 'cost' } }))).toEqual({ deal: null, price: null, sort: null })
  })

  it('lists the filters in link order', () => {
    expect(FILTER_NAMES.map((n) => FILTERS[n].param)).toEqual(['area', 'land', 'type', 'deal', 'ready', 'price', 'landprice', 'dt', 'pin', 'q', 'sample', 'height', 'ind'])
  })
})

describe('height (clear height, m): matching like area', () => {
  it.each<[string, Partial<Listing>, Partial<ExploreState>, boolean]>([
    ['within the range', { clearHeight: 9 }, { height: { min: 8, max: 12 } }, true],
    ['at the bound', { clearHeight: 8 }, { height: { min: 8, max: null } }, true],
    ['below the minimum', { clearHeight: 7.5 }, { height: { min: 8, max: null } }, false],
    ['above the maximum', { clearHeight: 14 }, { height: { min: null, max: 12 } }, false],
    ['no clear height: no match', {}, { height: { min: 0, max: null } }, false],
    ['no height filter: matches without a clear height', {}, {}, true],
  ])('%s', (_name, listing, s, expected) => {
    expect(run(createDataset([createListing('x', listing)]), state(s)).listings.includes('x')).toBe(expected)
  })

  it('a park matches only if it holds a listing of that height', () => {
    const ds = createDataset([createListing('x', { clearHeight: 12 }), createListing('y', { parkId: 'b', clearHeight: 6 })])
    expect(run(ds, state({ height: { min: 10, max: null } }))).toEqual({ listings: ['x'], parks: ['a'] })
  })

  it('is suggested for relaxing when it removes everything', () => {
    const ds = createDataset([createListing('x', { clearHeight: 6 })])
    expect(relaxations(buildTable(ds), state({ height: { min: 10, max: null } }), null)).toEqual([{ filter: 'height', gained: 1 }])
  })
})

describe('ind: a park rule, its listings follow', () => {
  const ds = createDataset([createListing('x'), createListing('y', { parkId: 'b' })])
  it.each<[string, string, { listings: string[]; parks: string[] }]>([
    ['a park whose target industries include the token', 'ic', { listings: ['x'], parks: ['a'] }],
    ['no park admits it', 'biomedicine', { listings: [], parks: [] }],
  ])('%s', (_name, ind, expected) => {
    expect(run(ds, state({ ind }))).toEqual(expected)
  })

  it('a park with no tokens matches no ind, even with no listing filter set', () => {
    expect(run(ds, state({ ind: 'auto' })).parks).toEqual(['a'])
  })
})

describe('a listing in no park', () => {
  const own = createListing('free', { parkId: undefined, point: [121.2, 31.3], name: { zh: '独立厂房', en: 'Stand-alone plant' }, driveMinutes: [3, 50] })
  const ds = createDataset([own, createListing('x')])
  it.each<[string, Partial<ExploreState>, { listings: string[]; parks: string[] }]>([
    ['q matches its own names', { q: 'stand-alone' }, { listings: ['free'], parks: [] }],
    ['q does not match it through a park', { q: 'a park' }, { listings: ['x'], parks: ['a'] }],
    ['dt from its own point', { dt: [{ hub: 'anting', max: 5 }] }, { listings: ['free'], parks: [] }],
    ['listing filters: it matches, no park is made to match', { types: ['factory'], area: { min: 1500, max: null } }, { listings: ['free', 'x'], parks: ['a'] }],
    ['ind: it has no park, so no target industries', { ind: 'auto' }, { listings: ['x'], parks: ['a'] }],
  ])('%s', (_name, s, expected) => {
    expect(run(ds, state(s))).toEqual(expected)
  })

  it('is drawn and routed from its own point', () => {
    const t = buildTable(ds)
    expect(t.lPark[0]).toBe(-1)
    expect([t.lPoint[0], t.lPoint[1]]).toEqual([121.2, 31.3])
  })
})

describe('sort=cost and sort=reach', () => {
  const ds = createDataset([
    createListing('cheap', { rent: 0.8, floorArea: { min: 1000, max: 5000 }, peopleWithin: [1, 900, 3, 4] }),
    createListing('dear', { rent: 1.2, floorArea: { min: 1000, max: 1000 }, peopleWithin: [1, 2000, 3, 4] }),
    createListing('small', { rent: 1.5, floorArea: { min: 300, max: null } }),
    createListing('unknown', { rent: undefined }),
    createListing('sale', { deal: ['sale'], salePrice: 5000, rent: undefined, floorArea: { min: 2000, max: null } }),
    createListing('land', { kind: 'land', deal: ['sale'], floorArea: undefined, rent: undefined, landArea: 10, landPrice: 60 }),
  ])
  const t = buildTable(ds)
  const order = (s: ExploreState) => sortedResults(t, s, runFilter(t, s), null).listings.map((i) => t.listingIds[i])
  it.each<[string, Partial<ExploreState>, string[]]>([
    // Yearly rent of the smallest unit: small 1.5×300×365 = 164,250 < cheap 0.8×1000×365 = 292,000 < dear 438,000.
    ['cost with rent: yearly rent, unknown last', { deal: 'rent', sort: { key: 'cost' } }, ['small', 'cheap', 'dear', 'unknown']],
    // Purchase: land 60 万元/亩 × 10 亩 × 10,000 = 6,000,000 元 < sale 5,000 元/㎡ × 2,000 ㎡ = 10,000,000 元.
    ['cost with sale: purchase total, land by land price', { deal: 'sale', sort: { key: 'cost' } }, ['land', 'sale']],
    ['reach: most residents within 30 min first, unknown last', { sort: { key: 'reach' } }, ['dear', 'cheap', 'land', 'sale', 'small', 'unknown']],
  ])('%s', (_name, s, expected) => {
    expect(order(state(s))).toEqual(expected)
  })

  it('orders parks by reach too', () => {
    const parks = [createPark('a', { peopleWithin: [1, 10, 3, 4] }), createPark('b', { peopleWithin: [1, 500, 3, 4] }), createPark('c')]
    const t2 = buildTable(createDataset([], parks))
    const s = state({ sort: { key: 'reach' } })
    expect(sortedResults(t2, s, runFilter(t2, s), null).parks.map((i) => t2.parkIds[i])).toEqual(['b', 'a', 'c'])
  })
})
