/** Writing a link: serializeState, the normalized form (contract order, defaults left out). */
import type { Range } from '../types.ts'
import { MAX_PICKS, type ExploreState } from '../state.ts'
import type { Ignored, ParamName, ParseContext } from './params.ts'
import {
  ID_PATTERN,
  LIMITS,
  RANGE_SPECS,
  cameraPrecision,
  canonicalTypes,
  formatNumber,
  lastPerHub,
  lastPosition,
  normCamera,
  normMinutes,
  normPin,
  normQ,
  normRange,
  toWellFormed,
  type RangeSpec,
} from './normalize.ts'
import { parseQuery } from './parse.ts'

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
  // sort=cost means yearly rent or purchase total: without a deal the reader drops it (needs-deal), so does this.
  if (sort !== null && sort.key !== 'dt') put('sort', sort.key === 'cost' && state.deal === null ? null : sort.key)
  else if (sort !== null && ID_PATTERN.test(sort.hub) && (sort.hub !== 'pin' || hasPin)) put('sort', `dt:${sort.hub}`)
  if (state.park !== null && ID_PATTERN.test(state.park)) put('park', state.park)
  if (state.listing !== null && ID_PATTERN.test(state.listing)) put('listing', state.listing)

  const camera = state.map === null ? null : normCamera(state.map)
  if (camera !== null) {
    const d = cameraPrecision(camera.zoom)
    put('map', `${formatNumber(camera.zoom, 2)}/${formatNumber(camera.lat, d)}/${formatNumber(camera.lng, d)}`)
  }
  if (!state.sample) put('sample', '0')

  // Additions to v1 (2026-12), after `sample`.
  put('height', formatRange(state.height, RANGE_SPECS.height))
  if (state.ind !== null && ID_PATTERN.test(state.ind)) put('ind', state.ind)
  const picks = lastPosition(state.picks.filter((id) => ID_PATTERN.test(id))).slice(0, MAX_PICKS)
  if (picks.length > 0) put('pick', picks.join(','))
  if (state.view === 'compare') put('view', 'compare')

  return `?${out.map(([name, value]) => `${name}=${value}`).join('&')}`
}

/** Reads a query and writes it back normalized: the link the app puts in the address bar. */
export function normalizeQuery(query: string, ctx: ParseContext): { link: string; ignored: Ignored[] } {
  const { state, ignored } = parseQuery(query, ctx)
  return { link: serializeState(state), ignored }
}
