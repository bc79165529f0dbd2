/**
 * The matching rules of DESIGN.md ("Matching"), over columnar typed arrays so that one filter change over 100k
 * listings × 13 hubs takes a few milliseconds. Shared by the app (main thread or worker), the CLI and the bench.
 */
import type { ExploreState, SortKey } from './state.ts'
import { effectiveSort } from './state.ts'
import type { Dataset, Deal, ListingKind, Range } from './types.ts'
import { DEALS, LISTING_KINDS } from './types.ts'
import { round1 } from './numbers.ts'

/** Columnar view of a dataset. NaN marks an absent number. Drive minutes are row-major [row * hubCount + hub]. */
export interface Table {
  hubIds: string[]
  hubIndex: Map<string, number>
  parkIds: string[]
  parkIndex: Map<string, number>
  listingIds: string[]
  listingIndex: Map<string, number>
  nParks: number
  nListings: number
  lPark: Int32Array
  lKindBit: Uint8Array
  lDealBits: Uint8Array
  lAreaMin: Float64Array
  lAreaMax: Float64Array
  lLand: Float64Array
  lRent: Float64Array
  lSale: Float64Array
  lLandPrice: Float64Array
  lReady: Uint8Array
  lAvailable: Uint8Array
  lSample: Uint8Array
  /** Where each listing is drawn and routed from, [lng, lat] pairs (WGS-84): its own point, else its park's. */
  lPoint: Float64Array
  lDt: Float32Array
  pDt: Float32Array
  /** NFKC-lowercased "listing name zh | en" and "park + town names". */
  lText: string[]
  pText: string[]
  /** Sort keys. */
  lNameEn: string[]
  pNameEn: string[]
}

export const normalizeText = (s: string): string => s.normalize('NFKC').toLowerCase()

const kindBit = (k: ListingKind): number => 1 << LISTING_KINDS.indexOf(k)
const dealBit = (d: Deal): number => 1 << DEALS.indexOf(d)

export function buildTable(data: Dataset): Table {
  const hubIds = data.hubs.map((h) => h.id)
  const H = hubIds.length
  const parkIndex = new Map(data.parks.map((p, i) => [p.id, i]))
  const nL = data.listings.length
  const nP = data.parks.length
  const t: Table = {
    hubIds,
    hubIndex: new Map(hubIds.map((id, i) => [id, i])),
    parkIds: data.parks.map((p) => p.id),
    parkIndex,
    listingIds: data.listings.map((l) => l.id),
    listingIndex: new Map(data.listings.map((l, i) => [l.id, i])),
    nParks: nP,
    nListings: nL,
    lPark: new Int32Array(nL),
    lKindBit: new Uint8Array(nL),
    lDealBits: new Uint8Array(nL),
    lAreaMin: new Float64Array(nL),
    lAreaMax: new Float64Array(nL),
    lLand: new Float64Array(nL),
    lRent: new Float64Array(nL),
    lSale: new Float64Array(nL),
    lLandPrice: new Float64Array(nL),
    lReady: new Uint8Array(nL),
    lAvailable: new Uint8Array(nL),
    lSample: new Uint8Array(nL),
    lPoint: new Float64Array(nL * 2),
    lDt: new Float32Array(nL * H),
    pDt: new Float32Array(nP * H),
    lText: new Array<string>(nL),
    pText: new Array<string>(nP),
    lNameEn: new Array<string>(nL),
    pNameEn: data.parks.map((p) => p.name.en.toLowerCase()),
  }
  const num = (x: number | undefined | null) => (x === undefined || x === null ? NaN : x)
  data.parks.forEach((p, i) => {
    t.pText[i] = normalizeText(`${p.name.zh}|${p.name.en}|${p.town.zh}|${p.town.en}`)
    for (let h = 0; h < H; h++) t.pDt[i * H + h] = num(p.driveMinutes[h])
  })
  data.listings.forEach((l, i) => {
    const pi = parkIndex.get(l.parkId) ?? -1
    t.lPark[i] = pi
    t.lKindBit[i] = kindBit(l.kind)
    t.lDealBits[i] = l.deal.reduce((bits, d) => bits | dealBit(d), 0)
    t.lAreaMin[i] = l.floorArea ? (l.floorArea.min ?? 0) : NaN
    t.lAreaMax[i] = l.floorArea ? (l.floorArea.max ?? Infinity) : NaN
    t.lLand[i] = num(l.landArea)
    t.lRent[i] = num(l.rent)
    t.lSale[i] = num(l.salePrice)
    t.lLandPrice[i] = num(l.landPrice)
    t.lReady[i] = l.ready ? 1 : 0
    t.lAvailable[i] = l.status === 'available' ? 1 : 0
    t.lSample[i] = l.sample ? 1 : 0
    const point = l.point ?? data.parks[pi]?.point ?? [NaN, NaN]
    t.lPoint[2 * i] = point[0]
    t.lPoint[2 * i + 1] = point[1]
    for (let h = 0; h < H; h++) t.lDt[i * H + h] = num(l.driveMinutes[h])
    t.lText[i] = normalizeText(`${l.name.zh}|${l.name.en}`)
    t.lNameEn[i] = l.name.en.toLowerCase()
  })
  return t
}

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

/**
 * The order of every row of a kind for a sort key, computed once and kept by the caller (the explore store holds one
 * SortOrders): filtering then only has to walk it (O(n)), so a filter change over 100k listings never re-sorts them.
 */
export class SortOrders {
  private table: Table | null = null
  /** By kind and sort key; with the column a price or pin order was computed from (a new column: a new order). */
  private readonly orders = new Map<string, { order: Int32Array; input: object | null }>()

  get(t: Table, kind: 'listing' | 'park', sort: SortKey, price: Float64Array | null, pin: PinMinutes | null): Int32Array {
    if (t !== this.table) {
      this.table = t
      this.orders.clear()
    }
    // One entry per key: of the pin, only the latest order is kept.
    const key = `${kind}|${sort.key}|${sort.key === 'dt' ? sort.hub : ''}|${sort.key === 'price' && price === t.lSale ? 'sale' : ''}`
    const input = sort.key === 'price' ? price : sort.key === 'dt' && sort.hub === 'pin' ? pin : null
    const hit = this.orders.get(key)
    if (hit && hit.input === input) return hit.order
    const order = sortOrder(t, kind, sort, price, pin)
    this.orders.set(key, { order, input })
    return order
  }
}

export function sortOrder(t: Table, kind: 'listing' | 'park', sort: SortKey, price: Float64Array | null, pin: PinMinutes | null): Int32Array {
  const ids = kind === 'listing' ? t.listingIds : t.parkIds
  const n = ids.length
  const H = t.hubIds.length
  let num: Float64Array | null = null
  let str: string[] | null = null
  switch (sort.key) {
    case 'dt': {
      num = new Float64Array(n)
      const h = t.hubIndex.get(sort.hub)
      const col = sort.hub === 'pin' ? (kind === 'listing' ? pin?.listings : pin?.parks) : kind === 'listing' ? t.lDt : t.pDt
      const stride = sort.hub === 'pin' ? 1 : H
      const offset = sort.hub === 'pin' ? 0 : (h ?? -1)
      for (let i = 0; i < n; i++) {
        const v = col && offset >= 0 ? col[i * stride + offset] : NaN
        num[i] = v === v ? v : Infinity // unreachable last
      }
      break
    }
    case 'area':
      num = new Float64Array(n)
      // Largest first: investors sort by size to see what fits the biggest plant; open ranges count as largest.
      for (let i = 0; i < n; i++) num[i] = kind === 'listing' && t.lAreaMax[i] === t.lAreaMax[i] ? -Math.min(t.lAreaMax[i], 1e12) : Infinity
      break
    case 'price':
      num = new Float64Array(n)
      for (let i = 0; i < n; i++) num[i] = kind === 'listing' && price && price[i] === price[i] ? price[i] : Infinity
      break
    case 'name':
      str = kind === 'listing' ? t.lNameEn : t.pNameEn
      break
    default: {
      const never: never = sort
      throw new Error(`unknown sort ${String(never)}`)
    }
  }
  const order = Int32Array.from({ length: n }, (_, i) => i)
  const byId = (a: number, b: number) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0)
  if (num) order.sort((a, b) => num[a] - num[b] || (num[a] === num[b] ? byId(a, b) : 0))
  else order.sort((a, b) => (str![a] < str![b] ? -1 : str![a] > str![b] ? 1 : byId(a, b)))
  return order
}

export const indicesOf = (mask: Uint8Array): number[] => {
  const out: number[] = []
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i)
  return out
}

/** The rows of `mask` in the order of `order`. */
const inOrder = (order: Int32Array, mask: Uint8Array): number[] => {
  const out: number[] = []
  for (let r = 0; r < order.length; r++) if (mask[order[r]]) out.push(order[r])
  return out
}

/** `orders`: the caller's kept orders (none: sorted afresh). */
export function sortedResults(t: Table, s: ExploreState, r: FilterResult, pin: PinMinutes | null, orders = new SortOrders()): { parks: number[]; listings: number[] } {
  const sort = effectiveSort(s)
  const price = s.deal === 'sale' ? t.lSale : t.lRent
  return {
    parks: inOrder(orders.get(t, 'park', sort, null, pin), r.parks),
    listings: inOrder(orders.get(t, 'listing', sort, price, pin), r.listings),
  }
}

export interface Relaxation {
  filter: FilterName
  /** For a drive-time limit: its hub and the minutes that would add the listings. */
  hub?: string
  minutes?: number
  gained: number
}

/**
 * When nothing matches: which limit removes the most? For each active filter, the listings gained by dropping it;
 * for a drive-time limit, the smallest whole-minute limit (up to +30) that brings at least one listing back.
 */
export function relaxations(t: Table, s: ExploreState, pin: PinMinutes | null): Relaxation[] {
  const base = runFilter(t, s, pin).listingCount
  const out: Relaxation[] = []
  const active: FilterName[] = []
  if (s.area) active.push('area')
  if (s.land) active.push('land')
  if (s.types.length) active.push('type')
  if (s.deal) active.push('deal')
  if (s.ready) active.push('ready')
  if (s.price && s.deal) active.push('price')
  if (s.landprice) active.push('landprice')
  if (s.q.trim()) active.push('q')
  for (const f of active) {
    const gained = runFilter(t, s, pin, f).listingCount - base
    if (gained > 0) out.push({ filter: f, gained })
  }
  s.dt.forEach((lim, i) => {
    for (let m = lim.max + 1; m <= lim.max + 30; m++) {
      const dt = s.dt.map((d, j) => (j === i ? { hub: d.hub, max: m } : d))
      const gained = runFilter(t, { ...s, dt }, pin).listingCount - base
      if (gained > 0) {
        out.push({ filter: 'dt', hub: lim.hub, minutes: m, gained })
        return
      }
    }
  })
  return out.sort((a, b) => b.gained - a.gained)
}
