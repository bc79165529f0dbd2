/** The explorer state that a link carries (URL contract v1, ../shared/DESIGN.md). Pure data. */
import type { Deal, ListingKind, LngLat, Range } from './types.ts'

export type Lang = 'zh' | 'en'
export type AreaUnit = 'm2' | 'ft2'

export interface DriveLimit {
  /** A hub id, or 'pin' for the custom origin. */
  hub: string
  /** Whole minutes. */
  max: number
}

/**
 * List order. `cost` (DESIGN.md "Cost of occupancy": yearly rent with deal=rent, purchase total with deal=sale) needs
 * a deal; `reach` is residents within 30 minutes, most first (Additions to v1).
 */
export type SortKey =
  | { key: 'dt'; hub: string }
  | { key: 'area' }
  | { key: 'price' }
  | { key: 'name' }
  | { key: 'cost' }
  | { key: 'reach' }

/** Views a link can open besides the map and list (Additions to v1: `view=compare`). */
export type View = 'compare'

export interface Camera {
  zoom: number
  lat: number
  lng: number
}

export interface ExploreState {
  lang: Lang | null
  unit: AreaUnit
  /** Floor area, m², whole numbers. */
  area: Range | null
  /** Land area, 亩. */
  land: Range | null
  /** Listing kinds, canonical order (LISTING_KINDS), no repeats; empty = all. */
  types: ListingKind[]
  deal: Deal | null
  ready: boolean
  /** Building price: 元/㎡/天 with deal=rent, 元/㎡ with deal=sale; only with a deal. */
  price: Range | null
  /** Land price, 万元/亩. */
  landprice: Range | null
  /** Drive-time limits, all must hold, in the user's order; one per hub. */
  dt: DriveLimit[]
  pin: LngLat | null
  q: string
  /** Explicit sort; null = default (dt of the first limit, else name). */
  sort: SortKey | null
  park: string | null
  listing: string | null
  map: Camera | null
  /** false when sample=0: samples hidden. */
  sample: boolean
  /** Clear height (净高), m (Additions to v1). */
  height: Range | null
  /** An industry token of seeds/industries.yaml: parks that admit it, and their listings. */
  ind: string | null
  /** Shortlisted listing ids, in the user's order, no repeats, at most MAX_PICKS. */
  picks: string[]
  view: View | null
}

/** The shortlist keeps at most this many listings (DESIGN.md, Additions to v1: "the first 20 kept"). */
export const MAX_PICKS = 20

export function createDefaultState(): ExploreState {
  return {
    lang: null,
    unit: 'm2',
    area: null,
    land: null,
    types: [],
    deal: null,
    ready: false,
    price: null,
    landprice: null,
    dt: [],
    pin: null,
    q: '',
    sort: null,
    park: null,
    listing: null,
    map: null,
    sample: true,
    height: null,
    ind: null,
    picks: [],
    view: null,
  }
}

/** How many filters are set (drive-time limits and the pin count one each); 0 means the whole dataset shows. */
export function activeFilterCount(s: ExploreState): number {
  const set = [s.area, s.land, s.types.length, s.deal, s.ready, s.price, s.landprice, s.q.trim(), !s.sample, s.pin]
  return set.filter(Boolean).length + s.dt.length
}

/** The sort in force: the explicit one, else dt of the first limit, else name. */
export function effectiveSort(state: ExploreState): SortKey {
  if (state.sort) return state.sort
  const first = state.dt[0]
  return first ? { key: 'dt', hub: first.hub } : { key: 'name' }
}
