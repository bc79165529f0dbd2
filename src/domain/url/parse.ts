/** Reading a link: parseQuery, the one entry point (never throws; every fix listed in `ignored`). */
import type { Deal, Range } from '../types.ts'
import { DEALS, LISTING_KINDS } from '../types.ts'
import type { DriveLimit, ExploreState, Lang, SortKey } from '../state.ts'
import { MAX_PICKS, createDefaultState } from '../state.ts'
import { checkListingId, checkParkId, type IdNote } from '../linkCheck.ts'
import { PARAM_ORDER, type Ignored, type IgnoredReason, type ParamName, type ParseContext } from './params.ts'
import {
  ID_PATTERN,
  RANGE_SPECS,
  SIGNED_DECIMAL,
  UNSIGNED_DECIMAL,
  canonicalTypes,
  lastPerHub,
  lastPosition,
  normCamera,
  normMinutes,
  normPin,
  normQ,
  normRange,
  type RangeParam,
} from './normalize.ts'
import { collect, parseRangeText } from './collect.ts'

/**
 * Reads a query string (with or without the leading `?`) into a state. Never throws: every part that cannot
 * be used is dropped and listed in `ignored`, in contract parameter order, then unknown parameters in the
 * order of their last occurrence.
 */
export function parseQuery(query: string, ctx: ParseContext): { state: ExploreState; ignored: Ignored[] } {
  const state = createDefaultState()
  const ignored: Ignored[] = []
  const { params, unknown } = collect(query)
  const drop = (param: string, value: string, reason: IgnoredReason, note?: IdNote): void => {
    ignored.push(note === undefined ? { param, value, reason } : { param, value, reason, note })
  }

  /**
   * The usable value of a parameter: undefined when absent or empty (an empty value is the default, not an
   * error: `q=` or `area=` say nothing), and reported as bad-value when its escapes are malformed.
   */
  const read = (name: ParamName): string | undefined => {
    const p = params.get(name)
    if (p === undefined) return undefined
    if (p.value === null) {
      drop(name, p.raw, 'bad-value')
      return undefined
    }
    return p.value === '' ? undefined : p.value
  }

  /** A range parameter: bad-value when malformed, listed as swapped (and kept, in order) when MIN > MAX. */
  const readRange = (name: RangeParam): { range: Range; text: string; swapped: boolean } | null => {
    const text = read(name)
    if (text === undefined) return null
    const parsed = parseRangeText(text)
    const r = parsed ? normRange(parsed, RANGE_SPECS[name]) : ({ ok: false } as const)
    if (!r.ok) {
      drop(name, text, 'bad-value')
      return null
    }
    return { range: r.range, text, swapped: r.swapped }
  }
  const setRange = (name: 'area' | 'land' | 'landprice' | 'height'): void => {
    const r = readRange(name)
    if (r?.swapped) drop(name, r.text, 'swapped')
    state[name] = r?.range ?? null
  }

  // v: a link without v is v=1. Another version cannot come from this app; it is read as v1 as far as it
  // goes (every parameter still checked) and listed, so the notice says the link may not open as sent.
  const v = read('v')
  if (v !== undefined && v !== '1') drop('v', v, 'bad-value')

  const lang = read('lang')
  if (lang !== undefined) {
    if (lang === 'zh' || lang === 'en') state.lang = lang satisfies Lang
    else drop('lang', lang, 'bad-value')
  }

  const unit = read('unit')
  if (unit === 'ft2') state.unit = 'ft2'
  else if (unit !== undefined && unit !== 'm2') drop('unit', unit, 'bad-value')

  setRange('area')
  setRange('land')

  // type: unknown tokens are dropped one by one (listed each), the known ones kept; empty tokens, repeats
  // and order are normalized silently.
  const type = read('type')
  if (type !== undefined) {
    const tokens = [...new Set(type.split(',').filter((t) => t !== ''))]
    for (const t of tokens) if (!(LISTING_KINDS as readonly string[]).includes(t)) drop('type', t, 'bad-value')
    state.types = canonicalTypes(tokens)
  }

  const deal = read('deal')
  if (deal !== undefined) {
    if ((DEALS as readonly string[]).includes(deal)) state.deal = deal as Deal
    else drop('deal', deal, 'bad-value')
  }

  // ready=0 and sample=1 spell the default: accepted silently, not written back.
  const ready = read('ready')
  if (ready === '1') state.ready = true
  else if (ready !== undefined && ready !== '0') drop('ready', ready, 'bad-value')

  // price: its unit depends on the deal, so without one it means nothing (needs-deal, not also swapped). A
  // malformed price is reported as bad-value whether or not there is a deal.
  const price = readRange('price')
  if (price !== null && state.deal === null) drop('price', price.text, 'needs-deal')
  else if (price !== null) {
    if (price.swapped) drop('price', price.text, 'swapped')
    state.price = price.range
  }

  setRange('landprice')

  // pin is read before dt and sort, which depend on it (`ignored` is put in contract order at the end).
  const pinText = read('pin')
  if (pinText !== undefined) {
    const parts = pinText.split(',')
    const ok = parts.length === 2 && parts.every((p) => SIGNED_DECIMAL.test(p))
    const r = ok ? normPin(Number(parts[0]), Number(parts[1])) : ({ ok: false, reason: 'bad-value' } as const)
    if (r.ok) state.pin = r.pin
    else drop('pin', pinText, r.reason)
  }

  // dt: each entry stands alone; a bad one drops only itself.
  const dt = read('dt')
  if (dt !== undefined) {
    const entries = dt
      .split(',')
      .filter((e) => e !== '')
      .map((text) => ({ text, hub: text.split(':')[0] }))
    const limits: DriveLimit[] = []
    for (const { text, hub } of lastPerHub(entries)) {
      const parts = text.split(':')
      if (parts.length !== 2 || hub === '') drop('dt', text, 'bad-value')
      else if (hub !== 'pin' && !ctx.hubIds.has(hub)) drop('dt', text, 'unknown-hub')
      else {
        const max = UNSIGNED_DECIMAL.test(parts[1]) ? normMinutes(Number(parts[1])) : null
        if (max === null) drop('dt', text, 'bad-value')
        else if (hub === 'pin' && state.pin === null) drop('dt', text, 'needs-pin')
        else limits.push({ hub, max })
      }
    }
    state.dt = limits
  }

  const q = read('q')
  if (q !== undefined) {
    const t = normQ(q)
    if (t === null) drop('q', q, 'bad-value')
    else state.q = t
  }

  // sort=dt:HUB is valid for any known hub, with or without a limit on it: it orders by that drive time. An
  // explicit sort that equals the default is kept: it was chosen, and stays when the limits change.
  const sort = read('sort')
  if (sort !== undefined) {
    const r = parseSort(sort, ctx, state.pin !== null, state.deal !== null)
    if (typeof r === 'string') drop('sort', sort, r)
    else state.sort = r
  }

  const park = read('park')
  if (park !== undefined) {
    const note = ID_PATTERN.test(park) ? (ctx.ids ? checkParkId(park, ctx.ids) : null) : 'bad-shape'
    if (note === null) state.park = park
    else drop('park', park, 'bad-value', note === 'bad-shape' ? undefined : note)
  }
  const listing = read('listing')
  if (listing !== undefined) {
    const note = idNote(listing, ctx)
    if (note === null) state.listing = listing
    else drop('listing', listing, 'bad-value', note === 'bad-shape' ? undefined : note)
  }

  const map = read('map')
  if (map !== undefined) {
    const parts = map.split('/')
    const ok = parts.length === 3 && UNSIGNED_DECIMAL.test(parts[0]) && parts.slice(1).every((p) => SIGNED_DECIMAL.test(p))
    // Bearing and pitch (a 4th and 5th part in hash.ts) are not accepted: the map is 2D.
    const camera = ok ? normCamera({ zoom: Number(parts[0]), lat: Number(parts[1]), lng: Number(parts[2]) }) : null
    if (camera === null) drop('map', map, 'bad-value')
    else state.map = camera
  }

  const sample = read('sample')
  if (sample === '0') state.sample = false
  else if (sample !== undefined && sample !== '1') drop('sample', sample, 'bad-value')

  // Additions to v1 (2026-12), read by the same rules.
  setRange('height')

  const ind = read('ind')
  if (ind !== undefined) {
    if (ID_PATTERN.test(ind) && (ctx.industryIds === undefined || ctx.industryIds.has(ind))) state.ind = ind
    else drop('ind', ind, 'bad-value')
  }

  // pick: each id once at its last position; ids that fail the check dropped one by one; of the rest the first
  // MAX_PICKS kept, the others listed together (one line in the notice, not one per id).
  const pick = read('pick')
  if (pick !== undefined) {
    const kept: string[] = []
    for (const id of lastPosition(pick.split(',').filter((p) => p !== ''))) {
      const note = idNote(id, ctx)
      if (note === null) kept.push(id)
      else drop('pick', id, 'bad-value', note === 'bad-shape' ? undefined : note)
    }
    state.picks = kept.slice(0, MAX_PICKS)
    if (kept.length > MAX_PICKS) drop('pick', kept.slice(MAX_PICKS).join(','), 'bad-value')
  }

  const view = read('view')
  if (view === 'compare') state.view = view
  else if (view !== undefined) drop('view', view, 'bad-value')

  for (const [param, value] of unknown) drop(param, value, 'unknown-param')
  // Contract order, unknown parameters last; the sort is stable, so entries of one parameter (dt entries,
  // type tokens) keep their order.
  const rank = (param: string): number => {
    const i = (PARAM_ORDER as readonly string[]).indexOf(param)
    return i < 0 ? PARAM_ORDER.length : i
  }
  ignored.sort((a, b) => rank(a.param) - rank(b.param))
  return { state, ignored }
}

/**
 * Only `lang` of a query, decoded as parseQuery decodes it (the last occurrence), for the first paint before the data
 * arrives; null when absent or not zh/en. The whole link is parsed once, against the data.
 */
export function langOf(query: string): Lang | null {
  const lang = collect(query).params.get('lang')?.value
  return lang === 'zh' || lang === 'en' ? lang : null
}

/** A listing id of `listing` or `pick`: null when kept, else why not ('bad-shape': not an id at all). */
function idNote(id: string, ctx: ParseContext): IdNote | 'bad-shape' | null {
  if (!ID_PATTERN.test(id)) return 'bad-shape'
  if (!ctx.ids) return null
  const v = checkListingId(id, ctx.ids)
  return v.shown ? null : v.note
}

function parseSort(text: string, ctx: ParseContext, hasPin: boolean, hasDeal: boolean): SortKey | IgnoredReason {
  if (text === 'area' || text === 'price' || text === 'name' || text === 'reach') return { key: text }
  // cost is yearly rent or purchase total: which one depends on the deal (DESIGN.md, Additions to v1).
  if (text === 'cost') return hasDeal ? { key: text } : 'needs-deal'
  const m = /^dt:(.*)$/.exec(text)
  if (!m) return 'bad-value'
  const hub = m[1]
  if (hub === 'pin') return hasPin ? { key: 'dt', hub } : 'needs-pin'
  if (ctx.hubIds.has(hub)) return { key: 'dt', hub }
  return hub === '' ? 'bad-value' : 'unknown-hub'
}
