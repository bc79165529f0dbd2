/**
 * The matching rules of DESIGN.md ("Matching") over the columnar table, so that one filter change over 100k
 * listings × 13 hubs takes a few milliseconds.
 */
import type { ExploreState } from '../state.ts'
import type { Range } from '../types.ts'
import { dealBit, kindBit, normalizeText, type Table } from './table.ts'
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

/** Which filters a listing must pass; used to leave one out (histogram, relax suggestions). */
export type FilterName = 'area' | 'land' | 'type' | 'deal' | 'ready' | 'price' | 'landprice' | 'dt' | 'q' | 'sample'

const inRange = (lo: number, hi: number, r: Range): boolean =>
  (r.min === null || hi >= r.min) && (r.max === null || lo <= r.max)

/** A drive-time limit holds when the minutes rounded to 0.1 are ≤ the limit (DESIGN.md). */
export const withinMinutes = (minutes: number, max: number): boolean =>
  !Number.isNaN(minutes) && round1(minutes) <= max

interface Compiled {
  area: Range | null
  land: Range | null
  kinds: number
  deal: number
  ready: boolean
  price: Range | null
  priceCol: Float64Array | null
  landprice: Range | null
  dt: { col: Float32Array; stride: number; offset: number; max: number; parkCol: Float32Array }[]
  q: string
  hideSample: boolean
  listingFilterActive: boolean
}

function compile(t: Table, s: ExploreState, pin: PinMinutes | null, skip: FilterName | null): Compiled {
  const H = t.hubIds.length
  const dt: Compiled['dt'] = []
  if (skip !== 'dt')
    for (const lim of s.dt) {
      if (lim.hub === 'pin') {
        if (pin) dt.push({ col: pin.listings, stride: 1, offset: 0, max: lim.max, parkCol: pin.parks })
        continue
      }
      const h = t.hubIndex.get(lim.hub)
      if (h !== undefined) dt.push({ col: t.lDt, stride: H, offset: h, max: lim.max, parkCol: t.pDt })
    }
  // Ranges are copied into plain objects: the state may be a reactive proxy (the app's store), and reading a proxy
  // in the loop below, once per listing, cost more than the filtering itself.
  const plain = (r: Range | null): Range | null => (r ? { min: r.min, max: r.max } : null)
  const c: Compiled = {
    area: skip === 'area' ? null : plain(s.area),
    land: skip === 'land' ? null : plain(s.land),
    kinds: skip === 'type' ? 0 : s.types.reduce((b, k) => b | kindBit(k), 0),
    deal: skip === 'deal' || !s.deal ? 0 : dealBit(s.deal),
    ready: skip !== 'ready' && s.ready,
    price: skip === 'price' || !s.deal ? null : plain(s.price),
    priceCol: s.deal === 'rent' ? t.lRent : s.deal === 'sale' ? t.lSale : null,
    landprice: skip === 'landprice' ? null : plain(s.landprice),
    dt,
    q: skip === 'q' ? '' : normalizeText(s.q.trim()),
    hideSample: skip !== 'sample' && !s.sample,
    listingFilterActive: false,
  }
  c.listingFilterActive = Boolean(c.area || c.land || c.kinds || c.deal || c.ready || c.price || c.landprice)
  return c
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
  /** Per park: does it hold a listing that passes the listing filters (area…landprice, sample)? */
  const parkHasListing = new Uint8Array(t.nParks)
  const bins = histogramEdges ? histogramEdges.length - 1 : 0
  const histogram = histogramEdges ? new Array<number>(bins).fill(0) : undefined
  const histTop = histogramEdges ? histogramEdges[bins] : 0
  let listingCount = 0
  for (let i = 0; i < nL; i++) {
    if (!t.lAvailable[i]) continue
    if (c.hideSample && t.lSample[i]) continue
    if (c.q && t.lText[i].includes(c.q)) listingText[i] = 1
    if (c.land && !(t.lLand[i] === t.lLand[i] && inRange(t.lLand[i], t.lLand[i], c.land))) continue
    if (c.kinds && !(t.lKindBit[i] & c.kinds)) continue
    if (c.deal && !(t.lDealBits[i] & c.deal)) continue
    if (c.ready && !t.lReady[i]) continue
    if (c.price && c.priceCol) {
      const p = c.priceCol[i]
      if (!(p === p && inRange(p, p, c.price))) continue
    }
    if (c.landprice) {
      const p = t.lLandPrice[i]
      if (!(p === p && inRange(p, p, c.landprice))) continue
    }
    let ok = true
    for (let k = 0; k < c.dt.length; k++) {
      const d = c.dt[k]
      if (!withinMinutes(d.col[i * d.stride + d.offset], d.max)) {
        ok = false
        break
      }
    }
    if (!ok) continue
    const pi = t.lPark[i]
    const qOk = !c.q || listingText[i] === 1 || (parkText !== null && parkText[pi] === 1)
    // The histogram counts what every filter but area leaves, in this same pass.
    if (histogram && qOk) {
      const lo = t.lAreaMin[i]
      if (lo === lo) {
        const hi = Math.min(t.lAreaMax[i], histTop)
        for (let b = 0; b < bins; b++) if (hi >= histogramEdges![b] && lo < histogramEdges![b + 1]) histogram[b]++
      }
    }
    if (c.area && !inRange(t.lAreaMin[i], t.lAreaMax[i], c.area)) continue
    parkHasListing[pi] = 1
    if (!qOk) continue
    listings[i] = 1
    listingCount++
  }
  // A park passes q if it, its town or any of its (available, shown) listings matches.
  if (parkText) for (let i = 0; i < nL; i++) if (listingText[i]) parkText[t.lPark[i]] = 1
  const parks = new Uint8Array(t.nParks)
  let parkCount = 0
  for (let p = 0; p < t.nParks; p++) {
    if (parkText && !parkText[p]) continue
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
