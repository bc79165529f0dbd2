/** List order: every row's rank for a sort key, computed once per table and key, then walked per filter result. */
import type { ExploreState, SortKey } from '../state.ts'
import { effectiveSort } from '../state.ts'
import type { Table } from './table.ts'
import type { FilterResult, PinMinutes } from './run.ts'

/**
 * The order of every row of a kind for a sort key, computed once and kept by the caller (the explore store holds one
 * SortOrders): filtering then only has to walk it (O(n)), so a filter change over 100k listings never re-sorts them.
 */
export class SortOrders {
  private table: Table | null = null
  /** By kind and sort key; with the column a price, cost or pin order was computed from (a new column: a new order). */
  private readonly orders = new Map<string, { order: Int32Array; input: object | null }>()

  get(t: Table, kind: 'listing' | 'park', sort: SortKey, price: Float64Array | null, pin: PinMinutes | null): Int32Array {
    if (t !== this.table) {
      this.table = t
      this.orders.clear()
    }
    // One entry per key: of the pin, only the latest order is kept.
    const priced = sort.key === 'price' || sort.key === 'cost'
    const key = `${kind}|${sort.key}|${sort.key === 'dt' ? sort.hub : ''}|${priced && price === t.lSale ? 'sale' : ''}|${priced && price === t.lCostSale ? 'costsale' : ''}`
    const input = priced ? price : sort.key === 'dt' && sort.hub === 'pin' ? pin : null
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
    case 'cost':
      // `price` holds the column in force: 元/㎡ (price) or 元 (cost, src/domain/cost.ts); unknown last.
      num = new Float64Array(n)
      for (let i = 0; i < n; i++) num[i] = kind === 'listing' && price && price[i] === price[i] ? price[i] : Infinity
      break
    case 'reach': {
      // Most residents within 30 minutes first; a row off the network (no figure) last.
      num = new Float64Array(n)
      const col = kind === 'listing' ? t.lReach : t.pReach
      for (let i = 0; i < n; i++) num[i] = col[i] === col[i] ? -col[i] : Infinity
      break
    }
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
  const price = sort.key === 'cost' ? (s.deal === 'sale' ? t.lCostSale : t.lCostRent) : s.deal === 'sale' ? t.lSale : t.lRent
  return {
    parks: inOrder(orders.get(t, 'park', sort, null, pin), r.parks),
    listings: inOrder(orders.get(t, 'listing', sort, price, pin), r.listings),
  }
}
