import { describe, expect, it } from 'vitest'
import { DEFAULT_TERM_YEARS, costArea, landTotal, purchaseTotal, sortCost, termRent, termYears, yearlyRent } from './cost.ts'
import type { Listing } from './types.ts'

type CostListing = Pick<Listing, 'floorArea' | 'rent' | 'salePrice' | 'landPrice' | 'landArea' | 'minLeaseYears' | 'rentFreeMonths'>
const createListing = (over: Partial<CostListing> = {}): CostListing => ({ floorArea: { min: 1000, max: 3000 }, ...over })

describe('costArea: the smallest unit unless a typed area lies within the range', () => {
  it.each<[string, CostListing['floorArea'], number | null, number | null]>([
    ['smallest unit', { min: 1000, max: 3000 }, null, 1000],
    ['typed within the range', { min: 1000, max: 3000 }, 2000, 2000],
    ['typed below the range: the smallest unit', { min: 1000, max: 3000 }, 500, 1000],
    ['typed above the range', { min: 1000, max: 3000 }, 9000, 1000],
    ['open max takes any typed area above min ("1100平起")', { min: 1100, max: null }, 50000, 50000],
    ['no min: the max', { min: null, max: 800 }, null, 800],
    ['no floor area', undefined, 1000, null],
    ['NaN typed is ignored', { min: 1000, max: 3000 }, Number.NaN, 1000],
  ])('%s', (_name, floorArea, typed, expected) => {
    expect(costArea({ floorArea }, typed)).toBe(expected)
  })
})

describe('cost of occupancy (DESIGN.md)', () => {
  it('yearly rent = rent × area × 365', () => {
    expect(yearlyRent(createListing({ rent: 1.2 }))).toBeCloseTo(1.2 * 1000 * 365, 6)
    expect(yearlyRent(createListing({ rent: 1.2 }), 2500)).toBeCloseTo(1.2 * 2500 * 365, 6)
  })

  it.each<[string, Partial<CostListing>, number | null, number]>([
    ['default term of 5 years', { rent: 1 }, null, 5 * 365_000],
    ['the minimum lease as the term', { rent: 1, minLeaseYears: 3 }, null, 3 * 365_000],
    ['rent-free months once per term', { rent: 1, minLeaseYears: 3, rentFreeMonths: 6 }, null, 3 * 365_000 - (6 * 365_000) / 12],
    ['a term the user chose', { rent: 1, minLeaseYears: 3 }, 10, 10 * 365_000],
  ])('term rent: %s', (_name, over, years, expected) => {
    expect(termRent(createListing(over), null, years)).toBeCloseTo(expected, 6)
  })

  it('purchase = sale price × area; land = 万元/亩 × 亩 × 10,000', () => {
    expect(purchaseTotal(createListing({ salePrice: 5200 }))).toBe(5_200_000)
    expect(landTotal(createListing({ landPrice: 60, landArea: 12.5 }))).toBe(7_500_000)
  })

  it.each<[string, () => number | null]>([
    ['yearly rent without a rent', () => yearlyRent(createListing())],
    ['yearly rent without a floor area', () => yearlyRent({ rent: 1 })],
    ['term rent without a rent', () => termRent(createListing({ minLeaseYears: 3 }))],
    ['purchase without a price', () => purchaseTotal(createListing())],
    ['land without its area', () => landTotal(createListing({ landPrice: 60 }))],
    ['land without its price', () => landTotal(createListing({ landArea: 10 }))],
    ['sort cost, rent unknown', () => sortCost(createListing({ salePrice: 1 }), 'rent')],
    ['sort cost, sale unknown', () => sortCost(createListing({ rent: 1 }), 'sale')],
  ])('unknown is null, never 0: %s', (_name, f) => {
    expect(f()).toBeNull()
  })

  it('a zero rent is a known figure (free), not unknown', () => {
    expect(yearlyRent(createListing({ rent: 0 }))).toBe(0)
  })

  it('the default term', () => {
    expect(termYears({})).toBe(DEFAULT_TERM_YEARS)
    expect(termYears({ minLeaseYears: 0 })).toBe(DEFAULT_TERM_YEARS)
  })
})
