/**
 * The matching rules of DESIGN.md ("Matching") over the columnar table, so that one filter change over 100k
 * listings × 13 hubs takes a few milliseconds.
 */
import type { ExploreState } from '../state.ts'
import { normalizeText, type Table } from './table.ts'
import { FILTERS, FILTER_NAMES, type FilterDef, type FilterName } from './filters.ts'

export type { FilterName } from './filters.ts'
import { round1 } from '../numbers.ts'

/** Minutes from the custom pin, per listing and per park (NaN where unreachable). */
export interface PinMinutes {
  listings: Float32Array
  parks: Float32Array
}

export interface FilterResult {
  /** 1 where the listing matches every filter (only available listings can). */
  listings: Uint8Array
  parks: Uint8Array
  listingCount: number
  parkCount: number
  /** Listings per floor-area bin that every filter but area leaves, when bin edges were given. */
  histogram?: number[]
}

/** A drive-time limit holds when the minutes rounded to 0.1 are ≤ the limit (DESIGN.md). */
export const withinMinutes = (minutes: number, max: number): boolean =>
  !Number.isNaN(minutes) && round1(minutes) <= max

/** A range check with open bounds as ±Infinity; lo is NaN where the listing lacks the field (no match). */
interface RangeCheck {
  lo: Float64Array
  hi: Float64Array
  min: number
  max: number
}
interface BitsCheck {
  col: Uint8Array
  bits: number
}

interface Compiled {
  /** Listings hidden before anything else (sample=0): they count nowhere, not even for a park's text match. */
  hide: BitsCheck[]
  ranges: RangeCheck[]
  bits: BitsCheck[]
  /** Floor area apart: the histogram counts what every other filter leaves. */
  area: RangeCheck | null
  /** Per park: 1 where the park passes `ind`; null when no `ind` is set. */
  parkInd: Uint8Array | null
  dt: { col: Float32Array; stride: number; offset: number; max: number; parkCol: Float32Array }[]
  q: string
  listingFilterActive: boolean
}

/** Compiles the active rows of the filter table (src/domain/filter/filters.ts) for one run, `skip` left out. */
function compile(t: Table, s: ExploreState, pin: PinMinutes | null, skip: FilterName | null): Compiled {
  const c: Compiled = { hide: [], ranges: [], bits: [], area: null, parkInd: null, dt: [], q: '', listingFilterActive: false }
  for (const name of FILTER_NAMES) {
    if (name === skip) continue
    const def: FilterDef = FILTERS[name]
    const m = def.match
    let compiled = false
    switch (m.kind) {
      case 'range': {
        // Bounds are read into plain numbers: the state may be a reactive proxy (the app's store), and reading a
        // proxy in the loop, once per listing, cost more than the filtering itself.
        const r = m.range(s)
        const lo = m.lo(t, s)
        const hi = m.hi(t, s)
        if (!r || !lo || !hi) break
        const check = { lo, hi, min: r.min ?? -Infinity, max: r.max ?? Infinity }
        if (name === 'area') c.area = check
        else c.ranges.push(check)
        compiled = true
        break
      }
      case 'bits': {
        const bits = m.bits(s)
        if (bits === 0) break
        ;(m.want === 'none' ? c.hide : c.bits).push({ col: m.col(t), bits })
        compiled = true
        break
      }
      case 'ind':
        if (s.ind === null) break
        c.parkInd = Uint8Array.from(t.pInd, (tokens) => (tokens.includes(s.ind!) ? 1 : 0))
        break
      case 'dt':
        c.dt = compileLimits(t, s, pin)
        break
      case 'q':
        c.q = normalizeText(s.q.trim())
        break
      case 'none':
        break
      default: {
        const never: never = m
        throw new Error(`unknown filter kind ${String(never)}`)
      }
    }
    if (compiled && def.parkNeedsListing) c.listingFilterActive = true
  }
  return c
}

function compileLimits(t: Table, s: ExploreState, pin: PinMinutes | null): Compiled['dt'] {
  const H = t.hubIds.length
  const dt: Compiled['dt'] = []
  for (const lim of s.dt) {
    if (lim.hub === 'pin') {
      if (pin) dt.push({ col: pin.listings, stride: 1, offset: 0, max: lim.max, parkCol: pin.parks })
      continue
    }
    const h = t.hubIndex.get(lim.hub)
    if (h !== undefined) dt.push({ col: t.lDt, stride: H, offset: h, max: lim.max, parkCol: t.pDt })
  }
  return dt
}

/** Text match per park (its own names or town). */
function parkTextMatches(t: Table, q: string): Uint8Array {
  const out = new Uint8Array(t.nParks)
  for (let i = 0; i < t.nParks; i++) out[i] = q === '' || t.pText[i].includes(q) ? 1 : 0
  return out
}

export function runFilter(
  t: Table,
  s: ExploreState,
  pin: PinMinutes | null = null,
  skip: FilterName | null = null,
  histogramEdges: readonly number[] | null = null,
): FilterResult {
  const c = compile(t, s, pin, skip)
  const nL = t.nListings
  const listings = new Uint8Array(nL)
  const parkText = c.q ? parkTextMatches(t, c.q) : null
  const listingText = new Uint8Array(c.q ? nL : 0)
  /** Per park: does it hold a listing that passes the listing filters (area…landprice, height, sample)? */
  const parkHasListing = new Uint8Array(t.nParks)
  const bins = histogramEdges ? histogramEdges.length - 1 : 0
  const histogram = histogramEdges ? new Array<number>(bins).fill(0) : undefined
  const histTop = histogramEdges ? histogramEdges[bins] : 0
  let listingCount = 0
  const { hide, ranges, bits, parkInd, dt } = c
  // Labelled `continue`s and plain loops: this runs once per listing (100k) per filter change.
  listing: for (let i = 0; i < nL; i++) {
    if (!t.lAvailable[i]) continue
    for (let k = 0; k < hide.length; k++) if (hide[k].col[i] & hide[k].bits) continue listing
    if (c.q && t.lText[i].includes(c.q)) listingText[i] = 1
    for (let k = 0; k < ranges.length; k++) {
      const r = ranges[k]
      // NaN (the listing lacks the field) fails the comparison: no match.
      if (!(r.lo[i] <= r.max && r.hi[i] >= r.min)) continue listing
    }
    for (let k = 0; k < bits.length; k++) if (!(bits[k].col[i] & bits[k].bits)) continue listing
    const pi = t.lPark[i]
    // ind is a park rule: a listing follows its park; a listing in no park has no target industries.
    if (parkInd && !(pi >= 0 && parkInd[pi])) continue
    for (let k = 0; k < dt.length; k++) {
      const d = dt[k]
      if (!withinMinutes(d.col[i * d.stride + d.offset], d.max)) continue listing
    }
    // A listing in no park (pi = -1) passes q by its own names only.
    const qOk = !c.q || listingText[i] === 1 || (parkText !== null && pi >= 0 && parkText[pi] === 1)
    // The histogram counts what every filter but area leaves, in this same pass.
    if (histogram && qOk) {
      const lo = t.lAreaMin[i]
      if (lo === lo) {
        const hi = Math.min(t.lAreaMax[i], histTop)
        for (let b = 0; b < bins; b++) if (hi >= histogramEdges![b] && lo < histogramEdges![b + 1]) histogram[b]++
      }
    }
    if (c.area && !(c.area.lo[i] <= c.area.max && c.area.hi[i] >= c.area.min)) continue
    if (pi >= 0) parkHasListing[pi] = 1
    if (!qOk) continue
    listings[i] = 1
    listingCount++
  }
  // A park passes q if it, its town or any of its (available, shown) listings matches.
  if (parkText) for (let i = 0; i < nL; i++) if (listingText[i] && t.lPark[i] >= 0) parkText[t.lPark[i]] = 1
  const parks = new Uint8Array(t.nParks)
  let parkCount = 0
  for (let p = 0; p < t.nParks; p++) {
    if (parkText && !parkText[p]) continue
    if (c.parkInd && !c.parkInd[p]) continue
    let ok = true
    for (const d of c.dt) {
      if (!withinMinutes(d.parkCol[p * d.stride + d.offset], d.max)) {
        ok = false
        break
      }
    }
    if (!ok) continue
    if (c.listingFilterActive && !parkHasListing[p]) continue
    parks[p] = 1
    parkCount++
  }
  return { listings, parks, listingCount, parkCount, histogram }
}
