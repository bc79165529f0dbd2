/** The columnar view of a dataset that the filter and the sort walk (typed arrays, NaN for an absent number). */
import type { Dataset, Deal, ListingKind } from '../types.ts'
import { DEALS, LISTING_KINDS } from '../types.ts'
import { sortCost } from '../cost.ts'

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
  /** Clear height, m. */
  lHeight: Float64Array
  /** Cost of occupancy, 元 (src/domain/cost.ts): yearly rent, and purchase total (land: land total). */
  lCostRent: Float64Array
  lCostSale: Float64Array
  /** Residents within 30 minutes (peopleWithin[1]). */
  lReach: Float64Array
  pReach: Float64Array
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

export const kindBit = (k: ListingKind): number => 1 << LISTING_KINDS.indexOf(k)
export const dealBit = (d: Deal): number => 1 << DEALS.indexOf(d)

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
    lHeight: new Float64Array(nL),
    lCostRent: new Float64Array(nL),
    lCostSale: new Float64Array(nL),
    lReach: new Float64Array(nL),
    pReach: new Float64Array(nP),
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
    t.pReach[i] = num(p.peopleWithin?.[1])
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
    t.lHeight[i] = num(l.clearHeight)
    t.lCostRent[i] = num(sortCost(l, 'rent'))
    t.lCostSale[i] = num(sortCost(l, 'sale'))
    t.lReach[i] = num(l.peopleWithin?.[1])
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
