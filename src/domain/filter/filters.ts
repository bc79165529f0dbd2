/**
 * The filters, defined once. Each row says which link parameter carries it, which state fields it reads, whether
 * it is set, how it is cleared, how it is relaxed when nothing matches, the label key of its name, and how it
 * matches (the part runFilter compiles). The store's field list, the active count, reset, the no-results
 * suggestions and the compiled filter all derive from this table.
 *
 * Matching kinds (DESIGN.md, "Matching"):
 * - `range`: a listing's [lo, hi] column pair overlaps the filter's range; a listing without the field (NaN) does
 *   not match. A single-valued field has lo = hi.
 * - `bits`: a listing's bit column has one of the filter's bits (`any`) or none of them (`none`).
 * - `ind`: a park rule (the park's target industries include the token); its listings follow.
 * - `dt`, `q`: drive-time limits and text search, park and listing rules compiled by runFilter itself.
 * - `none`: state that shapes other filters (the pin) without matching anything itself.
 * `parkNeedsListing`: a park matches only if it holds a listing passing the filter (area … landprice, height).
 */
import type { ExploreState } from '../state.ts'
import { createDefaultState } from '../state.ts'
import type { Range } from '../types.ts'
import type { ParamName } from '../url/params.ts'
import { dealBit, kindBit, type Table } from './table.ts'

export type ListingMatch =
  | { kind: 'range'; lo: (t: Table, s: ExploreState) => Float64Array | null; hi: (t: Table, s: ExploreState) => Float64Array | null; range: (s: ExploreState) => Range | null }
  | { kind: 'bits'; col: (t: Table) => Uint8Array; bits: (s: ExploreState) => number; want: 'any' | 'none' }
  | { kind: 'ind' }
  | { kind: 'dt' }
  | { kind: 'q' }
  | { kind: 'none' }

/** How a filter is relaxed when nothing matches: dropped, widened (drive-time limits), or not suggested. */
export type RelaxBy = 'drop' | 'widen' | 'never'

export interface FilterDef {
  param: ParamName
  fields: readonly (keyof ExploreState)[]
  /** How many filters it counts as (a drive-time limit each); 0 when not set. */
  active: (s: ExploreState) => number
  /** The state fields that clear it. */
  clear: (s: ExploreState) => Partial<ExploreState>
  relax: RelaxBy
  /** vue-i18n key of its name (no-results suggestions). */
  label: string
  match: ListingMatch
  parkNeedsListing: boolean
}

const isSet = (x: unknown): number => (x ? 1 : 0)
const rangeRow = (
  param: 'area' | 'land' | 'landprice' | 'height',
  lo: (t: Table) => Float64Array,
  hi: (t: Table) => Float64Array,
): FilterDef => ({
  param,
  fields: [param],
  active: (s) => isSet(s[param]),
  clear: () => ({ [param]: null }),
  relax: 'drop',
  label: `filters.${param}`,
  match: { kind: 'range', lo, hi, range: (s) => s[param] },
  parkNeedsListing: true,
})

/** The price column in force: 元/㎡/天 with deal=rent, 元/㎡ with deal=sale; none without a deal (needs-deal). */
const priceCol = (t: Table, s: ExploreState): Float64Array | null => (s.deal === 'rent' ? t.lRent : s.deal === 'sale' ? t.lSale : null)

/** The filters in the order of the link (URL contract v1 and its additions). */
export const FILTERS = {
  area: rangeRow('area', (t) => t.lAreaMin, (t) => t.lAreaMax),
  land: rangeRow('land', (t) => t.lLand, (t) => t.lLand),
  type: {
    param: 'type',
    fields: ['types'],
    active: (s) => isSet(s.types.length),
    clear: () => ({ types: [] }),
    relax: 'drop',
    label: 'filters.types',
    match: { kind: 'bits', col: (t) => t.lKindBit, bits: (s) => s.types.reduce((b, k) => b | kindBit(k), 0), want: 'any' },
    parkNeedsListing: true,
  },
  deal: {
    param: 'deal',
    fields: ['deal'],
    active: (s) => isSet(s.deal),
    // The price means nothing without its deal, and sort=cost neither.
    clear: (s) => ({ deal: null, price: null, sort: s.sort?.key === 'cost' ? null : s.sort }),
    relax: 'drop',
    label: 'filters.deal',
    match: { kind: 'bits', col: (t) => t.lDealBits, bits: (s) => (s.deal ? dealBit(s.deal) : 0), want: 'any' },
    parkNeedsListing: true,
  },
  ready: {
    param: 'ready',
    fields: ['ready'],
    active: (s) => isSet(s.ready),
    clear: () => ({ ready: false }),
    relax: 'drop',
    label: 'filters.ready',
    match: { kind: 'bits', col: (t) => t.lReady, bits: (s) => (s.ready ? 1 : 0), want: 'any' },
    parkNeedsListing: true,
  },
  price: {
    param: 'price',
    fields: ['price', 'deal'],
    // Without a deal a price is not applied (needs-deal), so it does not count either.
    active: (s) => isSet(s.price && s.deal),
    clear: () => ({ price: null }),
    relax: 'drop',
    label: 'filters.price',
    match: { kind: 'range', lo: priceCol, hi: priceCol, range: (s) => (s.deal ? s.price : null) },
    parkNeedsListing: true,
  },
  landprice: rangeRow('landprice', (t) => t.lLandPrice, (t) => t.lLandPrice),
  dt: {
    param: 'dt',
    fields: ['dt'],
    active: (s) => s.dt.length,
    clear: () => ({ dt: [] }),
    relax: 'widen',
    label: 'filters.dt',
    match: { kind: 'dt' },
    parkNeedsListing: false,
  },
  pin: {
    param: 'pin',
    fields: ['pin'],
    active: (s) => isSet(s.pin),
    clear: (s) => ({ pin: null, dt: s.dt.filter((d) => d.hub !== 'pin'), sort: s.sort?.key === 'dt' && s.sort.hub === 'pin' ? null : s.sort }),
    relax: 'never',
    label: 'pin.label',
    match: { kind: 'none' },
    parkNeedsListing: false,
  },
  q: {
    param: 'q',
    fields: ['q'],
    active: (s) => isSet(s.q.trim()),
    clear: () => ({ q: '' }),
    relax: 'drop',
    label: 'filters.q',
    match: { kind: 'q' },
    parkNeedsListing: false,
  },
  sample: {
    param: 'sample',
    fields: ['sample'],
    active: (s) => isSet(!s.sample),
    clear: () => ({ sample: true }),
    // Hiding samples is a choice about what is real, not a limit to relax.
    relax: 'never',
    label: 'filters.hideSample',
    match: { kind: 'bits', col: (t) => t.lSample, bits: (s) => (s.sample ? 0 : 1), want: 'none' },
    parkNeedsListing: false,
  },
  height: rangeRow('height', (t) => t.lHeight, (t) => t.lHeight),
  ind: {
    param: 'ind',
    fields: ['ind'],
    active: (s) => isSet(s.ind),
    clear: () => ({ ind: null }),
    relax: 'drop',
    label: 'filters.ind',
    match: { kind: 'ind' },
    parkNeedsListing: false,
  },
} as const satisfies Record<string, FilterDef>

export type FilterName = keyof typeof FILTERS
export const FILTER_NAMES = Object.keys(FILTERS) as FilterName[]

/** Every state field a filter reads: what the store watches to re-run the filter. */
export const FILTER_FIELDS: readonly (keyof ExploreState)[] = [...new Set(FILTER_NAMES.flatMap((n) => FILTERS[n].fields))]

/** How many filters are set (drive-time limits and the pin count one each); 0 means the whole dataset shows. */
export function activeFilterCount(s: ExploreState): number {
  return FILTER_NAMES.reduce((n, f) => n + FILTERS[f].active(s), 0)
}

/** The state fields that clear one filter. */
export function clearFilter(name: FilterName, s: ExploreState): Partial<ExploreState> {
  return FILTERS[name].clear(s)
}

/** Every filter cleared, the rest (language, unit, camera, selection, sort, shortlist) left to the caller. */
export function clearAllFilters(): Partial<ExploreState> {
  const d = createDefaultState()
  return Object.fromEntries(FILTER_FIELDS.map((f) => [f, d[f]]))
}
