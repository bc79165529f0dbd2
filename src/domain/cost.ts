/**
 * Cost of occupancy (DESIGN.md, "Additions to v1", "Cost of occupancy"): pure functions shared by the details, the
 * compare view and `sort=cost`. Every figure is in 元 (yuan). An unknown input gives null ("unknown"), never 0.
 *
 * - area: the listing's smallest unit (floorArea.min, else max) unless the user typed an area within its range;
 * - rent: yearly = rent (元/㎡/天) × area × 365; over a term of T years (default: the minimum lease, else 5)
 *   = yearly × T − rentFreeMonths × yearly / 12 (rent-free once per term);
 * - sale: purchase = salePrice (元/㎡) × area;
 * - land: landPrice (万元/亩) × 亩 × 10,000 元.
 */
import type { Listing } from './types.ts'

/** The term when the listing states no minimum lease (DESIGN.md). */
export const DEFAULT_TERM_YEARS = 5
const DAYS_PER_YEAR = 365
/** 1 万元 = 10,000 元. */
const YUAN_PER_WAN = 10_000

type CostInput = Pick<Listing, 'floorArea' | 'rent' | 'salePrice' | 'landPrice' | 'landArea' | 'minLeaseYears' | 'rentFreeMonths'>

const known = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x)

/**
 * The area costs are computed for, m²: `typed` when it lies within the listing's range (an open max takes any
 * typed value above the min), else the smallest unit offered; null when the listing has no floor area.
 */
export function costArea(l: Pick<Listing, 'floorArea'>, typed: number | null = null): number | null {
  const r = l.floorArea
  if (!r) return null
  if (known(typed) && typed > 0 && (r.min === null || typed >= r.min) && (r.max === null || typed <= r.max)) return typed
  if (known(r.min) && r.min > 0) return r.min
  return known(r.max) && r.max > 0 ? r.max : null
}

/** Yearly rent, 元: rent × area × 365. */
export function yearlyRent(l: CostInput, typedArea: number | null = null): number | null {
  const area = costArea(l, typedArea)
  return known(l.rent) && area !== null ? l.rent * area * DAYS_PER_YEAR : null
}

/** The term in years: the one given, else the minimum lease, else 5. */
export function termYears(l: Pick<Listing, 'minLeaseYears'>, years: number | null = null): number {
  if (known(years) && years > 0) return years
  return known(l.minLeaseYears) && l.minLeaseYears > 0 ? l.minLeaseYears : DEFAULT_TERM_YEARS
}

/** Rent over the term, 元: yearly × T − rent-free months × yearly / 12 (rent-free once per term; none stated: 0). */
export function termRent(l: CostInput, typedArea: number | null = null, years: number | null = null): number | null {
  const yearly = yearlyRent(l, typedArea)
  if (yearly === null) return null
  const free = known(l.rentFreeMonths) && l.rentFreeMonths > 0 ? l.rentFreeMonths : 0
  return yearly * termYears(l, years) - (free * yearly) / 12
}

/** Purchase of the building, 元: salePrice × area. */
export function purchaseTotal(l: CostInput, typedArea: number | null = null): number | null {
  const area = costArea(l, typedArea)
  return known(l.salePrice) && area !== null ? l.salePrice * area : null
}

/** Land-use rights, 元: landPrice (万元/亩) × 亩 × 10,000. */
export function landTotal(l: CostInput): number | null {
  return known(l.landPrice) && known(l.landArea) ? l.landPrice * l.landArea * YUAN_PER_WAN : null
}

/**
 * The figure `sort=cost` orders by: with deal=rent the yearly rent; with deal=sale the purchase total, for land
 * (no floor area or sale price) the land price total. Null: unknown, sorted last.
 */
export function sortCost(l: CostInput, deal: 'rent' | 'sale'): number | null {
  if (deal === 'rent') return yearlyRent(l)
  return purchaseTotal(l) ?? landTotal(l)
}
