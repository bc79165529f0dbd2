/**
 * The comparison of shortlisted listings (issue 21, DESIGN.md "Additions to v1", `view=compare`): which value of a
 * row is best, whether all picks agree, and the cost of occupancy with the user's typed assumptions. Pure.
 */
import type { Listing } from './types.ts'
import { costArea, landTotal, purchaseTotal, termRent, termYears, yearlyRent } from './cost.ts'

/**
 * How a row's best value is chosen: `max` (largest area, highest clear height, load, power, crane, most residents),
 * `min` (lowest price or cost, shortest drive time), `none` (kind, deal, title, status, text: no best).
 */
export type BestRule = 'max' | 'min' | 'none'

const known = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x)

/**
 * The columns holding the best value of a row. Unknown values (null, undefined, NaN) are never best; with fewer than
 * two known values, or all known values equal, nothing is marked (a mark then would tell the reader nothing).
 */
export function bestOf(values: readonly (number | null | undefined)[], rule: BestRule): Set<number> {
  const marked = new Set<number>()
  if (rule === 'none') return marked
  const knowns = values.filter(known)
  if (knowns.length < 2) return marked
  const best = rule === 'max' ? Math.max(...knowns) : Math.min(...knowns)
  if (knowns.every((v) => v === best)) return marked
  values.forEach((v, i) => {
    if (v === best) marked.add(i)
  })
  return marked
}

/** True when every column shows the same text (the "hide rows where all picks agree" toggle hides such rows). */
export function allAgree(texts: readonly string[]): boolean {
  return texts.length > 1 && texts.every((x) => x === texts[0])
}

/** What the user typed for one listing: not in the link (they reset on reload). */
export interface CostAssumptions {
  /** m², used only when within the listing's floor-area range (cost.ts costArea). */
  area: number | null
  /** Property fee, 元/㎡/月; null: none added. */
  fee: number | null
}

export interface Occupancy {
  /** The area the figures are for, m²; null: unknown. */
  area: number | null
  /** true when the typed area was used. */
  typed: boolean
  years: number
  /** Property fee per year, 元 (fee × area × 12); null when none typed or the area is unknown. */
  feeYearly: number | null
  /** Yearly rent (+ the fee), 元. */
  yearly: number | null
  /** Rent over the term (+ the fee for every year of it), 元. */
  term: number | null
  purchase: number | null
  land: number | null
}

const MONTHS = 12

/**
 * The cost of occupancy for one listing (cost.ts formulas) plus the typed property fee: yearly = rent × area × 365
 * + fee × area × 12; term = rent over the term (rent-free once) + fee × area × 12 × T. Unknown stays null.
 */
export function occupancy(l: Listing, a: CostAssumptions = { area: null, fee: null }): Occupancy {
  const area = costArea(l, a.area)
  const typed = area !== null && known(a.area) && area === a.area
  const years = termYears(l)
  const feeYearly = known(a.fee) && a.fee > 0 && area !== null ? a.fee * area * MONTHS : null
  const rentYearly = yearlyRent(l, a.area)
  const rentTerm = termRent(l, a.area)
  return {
    area,
    typed,
    years,
    feeYearly,
    yearly: rentYearly === null ? null : rentYearly + (feeYearly ?? 0),
    term: rentTerm === null ? null : rentTerm + (feeYearly ?? 0) * years,
    purchase: purchaseTotal(l, a.area),
    land: landTotal(l),
  }
}

/**
 * Reads a typed number (an area or a fee): '' is "none" (null); anything else must be a finite number ≥ 0, else the
 * reason and the text at fault (the field shows them in the UI's language).
 */
export function readTyped(text: string): { value: number | null } | { error: 'not-a-number' | 'negative'; text: string } {
  const s = text.trim().replace(/,/g, '')
  if (s === '') return { value: null }
  const n = Number(s)
  if (!Number.isFinite(n)) return { error: 'not-a-number', text: text.trim() }
  if (n < 0) return { error: 'negative', text: text.trim() }
  return { value: n }
}
