/**
 * The link codec: the one module that reads and writes the query string of URL contract v1
 * (../../../shared/DESIGN.md, "URL contract v1"). Pure functions, no Vue, no DOM, no MapLibre, so that the
 * app, the worker, the explore CLI and the tests all read a link the same way.
 *
 * Reading never throws: every part that cannot be used is dropped and listed in `ignored` with its reason,
 * and `serializeState(parseQuery(x).state)` is the normalized link. Where the contract is silent, the choices
 * are documented next to the code that makes them (and summarized in the README).
 */
import type { Deal, ListingKind, LngLat, Range } from './types.ts'
import { DEALS, LISTING_KINDS } from './types.ts'
import type { Camera, DriveLimit, ExploreState, Lang, SortKey } from './state.ts'
import { createDefaultState } from './state.ts'
import { isInArea } from './geo.ts'

export type IgnoredReason =
  | 'unknown-param'
  | 'unknown-hub'
  | 'bad-value'
  | 'outside-area'
  | 'swapped'
  | 'needs-deal'
  | 'needs-pin'

/** One fix made while reading a link: shown in the notice and printed by the CLI. */
export interface Ignored {
  /** The parameter name as decoded (raw when it could not be decoded). */
  param: string
  /** The offending value: the whole value, or the one `dt` entry / `type` token concerned. */
  value: string
  reason: IgnoredReason
}

export interface ParseContext {
  /** Valid hub ids (data/hubs.json); `pin` is reserved and handled here, not listed. */
  hubIds: ReadonlySet<string>
}

/** Contract order of the parameters: the serializer writes them in this order, `v` first. */
export const PARAM_ORDER = [
  'v',
  'lang',
  'unit',
  'area',
  'land',
  'type',
  'deal',
  'ready',
  'price',
  'landprice',
  'dt',
  'pin',
  'q',
  'sort',
  'park',
  'listing',
  'map',
  'sample',
] as const
type ParamName = (typeof PARAM_ORDER)[number]
const KNOWN_PARAMS: ReadonlySet<string> = new Set(PARAM_ORDER)

/**
 * Parameters that chat apps and ad networks append to shared links (WeChat adds from, isappinstalled, scene,
 * clicktime, enterid, nsukey; Alibaba spm; Facebook fbclid; Google gclid and utm_*). They carry no state, so
 * they are dropped without a notice. Matched case-sensitively, as they are sent.
 */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'from',
  'isappinstalled',
  'scene',
  'clicktime',
  'enterid',
  'nsukey',
  'spm',
  'fbclid',
  'gclid',
])
function isTrackingParam(name: string): boolean {
  return TRACKING_PARAMS.has(name) || name.startsWith('utm_')
}


/**
 * Limits the contract leaves open. Anything beyond them is a typo or an attack, never a real filter, and
 * bounding them also keeps every number out of exponent notation (String(n) switches at 1e21 and 1e-7).
 */
export const LIMITS = {
  /** Floor area, m²: 100 km² is far above any building; whole numbers. */
  areaMax: 100_000_000,
  /** Land (亩), prices (元/㎡/天, 元/㎡) and land price (万元/亩). */
  decimalMax: 1_000_000,
  /** Decimals kept for land, price and landprice: 0.85 元/㎡/天 needs 2; 4 leaves room without noise. */
  decimals: 4,
  /** Drive-time limit, whole minutes: the network spans a few hours at most. */
  minutesMin: 1,
  minutesMax: 600,
  /** Pin decimals: 6 is about 0.1 m, as the CLI prints points. */
  pinDecimals: 6,
  /** Search text, in code points after trimming. */
  qMaxLength: 100,
  /** MapLibre's default maximum zoom. */
  zoomMax: 22,
} as const

const ID_PATTERN = /^[a-z0-9-]{1,64}$/
/** Unsigned plain decimal: no sign, exponent, hex, spaces or bare dot (the `-` of a range is its separator). */
const UNSIGNED_DECIMAL = /^\d+(?:\.\d+)?$/
const SIGNED_DECIMAL = /^-?\d+(?:\.\d+)?$/
/** C0 and C1 control characters: nobody types them into a search box; they garble the CLI's output. */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

// ---------------------------------------------------------------------------------------------------------
// Numbers

/** Rounds to `decimals` places; `+ 0` turns -0 into 0 so that states compare equal and print as `0`. */
function roundTo(n: number, decimals: number): number {
  const m = 10 ** decimals
  return Math.round(n * m) / m + 0
}

/**
 * Shortest form of an already rounded number, never in exponent notation. String(n) is the shortest
 * round-tripping form but writes 1e-7 for tiny values (a latitude at zoom 22 keeps 8 decimals); toFixed
 * then gives the same digits, as `n` is k / 10^decimals.
 */
function formatNumber(n: number, decimals: number): string {
  const s = String(n)
  if (!s.includes('e')) return s
  return n.toFixed(decimals).replace(/\.?0+$/, '')
}

/**
 * Decimal places of lat/lng in `map=`, the rule of maplibre-gl-js src/ui/hash.ts (getHashString): keep the
 * rounding error under half a pixel, 512 px · 2^zoom / degreesPerWorld / 10^d < 0.5, with 360 degrees per
 * world in Web Mercator. Like hash.ts it uses the zoom rounded to 2 decimals, so it rounds `zoom` first.
 */
export function cameraPrecision(zoom: number): number {
  const z = roundTo(zoom, 2)
  return Math.max(0, Math.ceil((z * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10))
}

// ---------------------------------------------------------------------------------------------------------
// Typed normalizers, shared by the reader and the writer so that what one writes the other reads back

interface RangeSpec {
  max: number
  decimals: number
}
const RANGE_SPECS = {
  area: { max: LIMITS.areaMax, decimals: 0 },
  land: { max: LIMITS.decimalMax, decimals: LIMITS.decimals },
  price: { max: LIMITS.decimalMax, decimals: LIMITS.decimals },
  landprice: { max: LIMITS.decimalMax, decimals: LIMITS.decimals },
} as const satisfies Record<string, RangeSpec>
type RangeParam = keyof typeof RANGE_SPECS

/** A bound rounded to the spec, or undefined when it is not a finite number in [0, max]. */
function normBound(n: number | null, spec: RangeSpec): number | null | undefined {
  if (n === null) return null
  if (!Number.isFinite(n) || n < 0) return undefined
  const r = roundTo(n, spec.decimals)
  return r <= spec.max ? r : undefined
}

type RangeResult = { ok: true; range: Range; swapped: boolean } | { ok: false }

/** Rounds both bounds and puts them in order; both open, or a bound out of range, is not a range. */
function normRange(range: Range, spec: RangeSpec): RangeResult {
  const min = normBound(range.min, spec)
  const max = normBound(range.max, spec)
  if (min === undefined || max === undefined || (min === null && max === null)) return { ok: false }
  if (min !== null && max !== null && min > max) return { ok: true, range: { min: max, max: min }, swapped: true }
  return { ok: true, range: { min, max }, swapped: false }
}

/** Whole minutes in [1, 600], or null. Minutes are rounded, not rejected: 29.6 reads as 30. */
function normMinutes(n: number): number | null {
  if (!Number.isFinite(n)) return null
  const r = roundTo(n, 0)
  return r >= LIMITS.minutesMin && r <= LIMITS.minutesMax ? r : null
}

type PinResult = { ok: true; pin: LngLat } | { ok: false; reason: 'bad-value' | 'outside-area' }

/** A pin rounded to 6 decimals; not a WGS-84 coordinate: bad-value; outside the area: outside-area. */
function normPin(lng: number, lat: number): PinResult {
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
    return { ok: false, reason: 'bad-value' }
  }
  const x = roundTo(lng, LIMITS.pinDecimals)
  const y = roundTo(lat, LIMITS.pinDecimals)
  if (!isInArea([x, y])) return { ok: false, reason: 'outside-area' }
  return { ok: true, pin: [x, y] }
}

/** Zoom to 2 decimals, lat/lng to cameraPrecision(zoom); null outside zoom 0..22, lat ±90, lng ±180. */
function normCamera(c: Camera): Camera | null {
  if (![c.zoom, c.lat, c.lng].every(Number.isFinite)) return null
  const zoom = roundTo(c.zoom, 2)
  if (zoom < 0 || zoom > LIMITS.zoomMax || Math.abs(c.lat) > 90 || Math.abs(c.lng) > 180) return null
  const d = cameraPrecision(zoom)
  return { zoom, lat: roundTo(c.lat, d), lng: roundTo(c.lng, d) }
}

/**
 * Search text as stored: trimmed (String.prototype.trim also strips the ideographic space U+3000), kept as
 * typed otherwise (matching applies NFKC, the link does not). '' is the default; null when unusable.
 */
function normQ(q: string): string | null {
  const t = toWellFormed(q).trim()
  if (CONTROL_CHARS.test(t) || [...t].length > LIMITS.qMaxLength) return null
  return t
}

/** Lone UTF-16 surrogates become U+FFFD, as the USVString conversion of URLSearchParams does. */
function toWellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\ufffd')
}

/** Listing kinds in canonical order without repeats. */
function canonicalTypes(types: readonly string[]): ListingKind[] {
  return LISTING_KINDS.filter((k) => types.includes(k))
}

/** Drive limits with one entry per hub: the last wins, at the position of its last occurrence. */
function lastPerHub<T extends { hub: string }>(entries: readonly T[]): T[] {
  const last = new Map<string, number>()
  entries.forEach((e, i) => last.set(e.hub, i))
  return entries.filter((e, i) => last.get(e.hub) === i)
}

// ---------------------------------------------------------------------------------------------------------
// Reading

/** One parameter as found: the decoded value, or null when its percent-escapes are bad. */
interface RawParam {
  value: string | null
  raw: string
}

/**
 * Decodes one name or value as URLSearchParams does (`+` is a space, then percent-decoding), except that a
 * malformed escape (`%E4%BA`, `%zz`) is reported, where URLSearchParams would keep `%zz` or insert U+FFFD:
 * a half-decoded value would silently filter on something nobody wrote.
 */
function decodePart(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    // URIError is the only error decodeURIComponent throws: the escape is malformed.
    return null
  }
}

interface Collected {
  params: Map<ParamName, RawParam>
  unknown: Map<string, string>
}

/**
 * Splits on `&` ourselves (URLSearchParams cannot tell which parameter had a bad escape). Empty pieces
 * (`&&`) are skipped as URLSearchParams skips them; so is a lone `=` (which it would read as an empty name),
 * since it carries nothing worth a notice. A repeated
 * parameter: the last occurrence wins, whatever it holds, so a later bad value does not fall back to an
 * earlier one. Maps, not objects, so that `__proto__` and `constructor` are plain names.
 */
function collect(query: string): Collected {
  const params = new Map<ParamName, RawParam>()
  const unknown = new Map<string, string>()
  const body = toWellFormed(query.startsWith('?') ? query.slice(1) : query)
  for (const piece of body.split('&')) {
    if (piece === '' || piece === '=') continue
    const eq = piece.indexOf('=')
    const rawName = eq < 0 ? piece : piece.slice(0, eq)
    const rawValue = eq < 0 ? '' : piece.slice(eq + 1)
    const name = decodePart(rawName)
    const value = decodePart(rawValue)
    if (name === null) {
      // No known name contains a bad escape; report the raw text so the notice shows what was there.
      unknown.delete(rawName)
      unknown.set(rawName, value ?? rawValue)
    } else if (KNOWN_PARAMS.has(name)) {
      params.set(name as ParamName, { value, raw: rawValue })
    } else if (!isTrackingParam(name)) {
      unknown.delete(name) // re-insert so that the order is that of the last occurrence
      unknown.set(name, value ?? rawValue)
    }
  }
  return { params, unknown }
}

/** Parses `MIN-MAX` (either side may be empty) into numbers; null on any other shape. */
function parseRangeText(text: string): Range | null {
  const parts = text.split('-')
  if (parts.length !== 2) return null // a sign, or a second dash: negative numbers are not accepted
  const [a, b] = parts
  const bound = (s: string): number | null | undefined =>
    s === '' ? null : UNSIGNED_DECIMAL.test(s) ? Number(s) : undefined
  const min = bound(a)
  const max = bound(b)
  if (min === undefined || max === undefined) return null
  return { min, max }
}

/**
 * Reads a query string (with or without the leading `?`) into a state. Never throws: every part that cannot
 * be used is dropped and listed in `ignored`, in contract parameter order, then unknown parameters in the
 * order of their last occurrence.
 */
export function parseQuery(query: string, ctx: ParseContext): { state: ExploreState; ignored: Ignored[] } {
  const state = createDefaultState()
  const ignored: Ignored[] = []
  const { params, unknown } = collect(query)
  const drop = (param: string, value: string, reason: IgnoredReason): void => {
    ignored.push({ param, value, reason })
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
  const setRange = (name: 'area' | 'land' | 'landprice'): void => {
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
    const r = parseSort(sort, ctx, state.pin !== null)
    if (typeof r === 'string') drop('sort', sort, r)
    else state.sort = r
  }

  for (const name of ['park', 'listing'] as const) {
    const id = read(name)
    if (id === undefined) continue
    // Only the shape is checked here; whether the park or listing exists is the data's business.
    if (ID_PATTERN.test(id)) state[name] = id
    else drop(name, id, 'bad-value')
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

function parseSort(text: string, ctx: ParseContext, hasPin: boolean): SortKey | IgnoredReason {
  if (text === 'area' || text === 'price' || text === 'name') return { key: text }
  const m = /^dt:(.*)$/.exec(text)
  if (!m) return 'bad-value'
  const hub = m[1]
  if (hub === 'pin') return hasPin ? { key: 'dt', hub } : 'needs-pin'
  if (ctx.hubIds.has(hub)) return { key: 'dt', hub }
  return hub === '' ? 'bad-value' : 'unknown-hub'
}

// ---------------------------------------------------------------------------------------------------------
// Writing

/** encodeURIComponent, except that the contract keeps `: , /` literal (`-` and `.` already are). */
function encodeValue(s: string): string {
  return encodeURIComponent(toWellFormed(s)).replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%2F/g, '/')
}

function formatRange(range: Range | null, spec: RangeSpec): string | null {
  if (range === null) return null
  const r = normRange(range, spec)
  if (!r.ok) return null
  const b = (n: number | null): string => (n === null ? '' : formatNumber(n, spec.decimals))
  return `${b(r.range.min)}-${b(r.range.max)}`
}

/**
 * Writes the normalized link: `?v=1&...` in contract order, defaults left out. It canonicalizes what it is
 * given the way the reader does (rounding, swapped bounds, kind order, one limit per hub) and leaves out what
 * the reader would drop (a price without a deal, `pin` references without a pin, out-of-range values), so a
 * link it writes reads back without notices. Whether hub ids exist it cannot know: the state must hold
 * valid ones.
 */
export function serializeState(state: ExploreState): string {
  const out: [ParamName, string][] = [['v', '1']]
  const put = (name: ParamName, value: string | null): void => {
    if (value !== null) out.push([name, value])
  }

  if (state.lang !== null) put('lang', state.lang)
  if (state.unit === 'ft2') put('unit', 'ft2')
  put('area', formatRange(state.area, RANGE_SPECS.area))
  put('land', formatRange(state.land, RANGE_SPECS.land))
  const types = canonicalTypes(state.types)
  if (types.length > 0) put('type', types.join(','))
  if (state.deal !== null) put('deal', state.deal)
  if (state.ready) put('ready', '1')
  if (state.deal !== null) put('price', formatRange(state.price, RANGE_SPECS.price))
  put('landprice', formatRange(state.landprice, RANGE_SPECS.landprice))

  const pin = state.pin === null ? null : normPin(state.pin[0], state.pin[1])
  const hasPin = pin !== null && pin.ok
  // Hub ids are [a-z0-9-] (DESIGN.md: stable ids); anything else could not be read back, so it is left out.
  const limits = lastPerHub(state.dt).flatMap((l) => {
    const max = normMinutes(l.max)
    return max === null || !ID_PATTERN.test(l.hub) || (l.hub === 'pin' && !hasPin) ? [] : [`${l.hub}:${max}`]
  })
  if (limits.length > 0) put('dt', limits.join(','))
  if (pin !== null && pin.ok) {
    put('pin', `${formatNumber(pin.pin[0], LIMITS.pinDecimals)},${formatNumber(pin.pin[1], LIMITS.pinDecimals)}`)
  }

  const q = normQ(state.q)
  if (q !== null && q !== '') put('q', encodeValue(q))

  const sort = state.sort
  if (sort !== null && sort.key !== 'dt') put('sort', sort.key)
  else if (sort !== null && ID_PATTERN.test(sort.hub) && (sort.hub !== 'pin' || hasPin)) put('sort', `dt:${sort.hub}`)
  if (state.park !== null && ID_PATTERN.test(state.park)) put('park', state.park)
  if (state.listing !== null && ID_PATTERN.test(state.listing)) put('listing', state.listing)

  const camera = state.map === null ? null : normCamera(state.map)
  if (camera !== null) {
    const d = cameraPrecision(camera.zoom)
    put('map', `${formatNumber(camera.zoom, 2)}/${formatNumber(camera.lat, d)}/${formatNumber(camera.lng, d)}`)
  }
  if (!state.sample) put('sample', '0')

  return `?${out.map(([name, value]) => `${name}=${value}`).join('&')}`
}

/** Reads a query and writes it back normalized: the link the app puts in the address bar. */
export function normalizeQuery(query: string, ctx: ParseContext): { link: string; ignored: Ignored[] } {
  const { state, ignored } = parseQuery(query, ctx)
  return { link: serializeState(state), ignored }
}

// ---------------------------------------------------------------------------------------------------------
// Pasted input (CLI, "paste a link" box)

/** A link without a scheme, as chat apps show it: `example.com/explore?…`, `localhost:5173/?…`. */
const SCHEMELESS_LINK = /^(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:\/\S*)?$/i

/**
 * The query part of what someone pasted, without `?` and without the `#fragment` (WeChat appends
 * `#wechat_redirect`). Accepts:
 * - an http(s) link (`https://host/path?query#hash`); no query gives '' (a link to the default view);
 * - a scheme-less link whose host looks like one (`example.com/p?query`, `localhost:5173/?query`);
 * - `?query` (anything after the `?`, even empty);
 * - a bare `query`, when it has no whitespace and at least one `=` (`v=1&area=1000-`).
 * Returns null for anything else: empty or blank input, other schemes (`javascript:`, `weixin://`), a
 * malformed http(s) link, or text that is not a query (`hello`, `two words=1`). The query is returned as
 * written (still percent-encoded) for parseQuery to decode.
 */
export function extractQuery(input: string): string | null {
  const s = input.trim()
  if (s === '') return null
  const beforeHash = (t: string): string => {
    const h = t.indexOf('#')
    return h < 0 ? t : t.slice(0, h)
  }
  // A scheme is `name:` not followed by a digit (`example.com:8080/…` is a host and port).
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(s)) {
    if (!/^https?:\/\//i.test(s)) return null
    try {
      new URL(s) // validation only: url.search re-encodes (`'` becomes %27), the query must stay as written
    } catch {
      // Not a parseable link (e.g. `http://` alone): the caller reports it as unreadable.
      return null
    }
    const hostAndAfter = beforeHash(s)
    const qm = hostAndAfter.indexOf('?')
    return qm < 0 ? '' : hostAndAfter.slice(qm + 1)
  }
  if (s.startsWith('?')) return beforeHash(s.slice(1))
  const qm = s.indexOf('?')
  if (qm >= 0 && SCHEMELESS_LINK.test(s.slice(0, qm))) return beforeHash(s.slice(qm + 1))
  if (SCHEMELESS_LINK.test(beforeHash(s)) && !s.includes('=')) return ''
  const query = beforeHash(s)
  return /\s/.test(query) || !query.includes('=') ? null : query
}
