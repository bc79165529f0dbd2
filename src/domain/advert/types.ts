import type { Deal, ListingKind, Range } from '../types.ts'

/** One advert as read: the `--ad --json` listing shape of DESIGN.md "CLI additions". Unknown is null. */
export interface AdvertListing {
  kind: ListingKind | null
  /** m² */
  floorArea: Range | null
  /** 亩 */
  landArea: Range | null
  deal: Deal[]
  /** 元/㎡/天 */
  rent: number | null
  /** The rent was given per month or per year and converted (a month of 365/12 days). */
  rentConverted: boolean
  /** 元/㎡ */
  salePrice: number | null
  /** 万元/亩 */
  landPrice: number | null
  /** 层高, m */
  storeyHeight: number | null
  /** 净高, m */
  clearHeight: number | null
  /** t/㎡ */
  floorLoad: number | null
  /** kVA */
  power: number | null
  /** t */
  crane: number | null
  ready: boolean | null
  /** YYYY or YYYY-MM */
  completion: string | null
  contact: { name: string | null; phone: string[] } | null
  park: string | null
  /** Town name (zh) */
  town: string | null
  claims: { hub: string; minutes: number }[]
}

export interface AdvertResult {
  listing: AdvertListing
  /** What it could not use, line by line. */
  unparsed: string[]
}

/** The state a rule reads and fills: the listing so far and the line being read. */
export interface RuleState {
  listing: AdvertListing
  /** The cleaned line as written (for values kept as written: phones, names). */
  line: string
  /** The same line with ASCII lower-cased (same indexes), which the rules match. */
  lower: string
  /** Where in the advert a value was written (line × 10⁴ + index): claims are listed in that order. */
  writtenAt: WeakMap<object, number>
  lineNo: number
}

/**
 * A rule: a global regex over the lower-cased line and what to do with a match. `use` returns false when it
 * does not use the match (a field already set, a value out of range): the text then stays for later rules or
 * goes to `unparsed`.
 */
export interface Rule {
  name: string
  re: RegExp
  use: (m: RegExpExecArray, s: RuleState) => boolean
}

export function emptyListing(): AdvertListing {
  return {
    kind: null,
    floorArea: null,
    landArea: null,
    deal: [],
    rent: null,
    rentConverted: false,
    salePrice: null,
    landPrice: null,
    storeyHeight: null,
    clearHeight: null,
    floorLoad: null,
    power: null,
    crane: null,
    ready: null,
    completion: null,
    contact: null,
    park: null,
    town: null,
    claims: [],
  }
}
