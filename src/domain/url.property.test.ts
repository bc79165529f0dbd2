import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ExploreState } from './state.ts'
import { LISTING_KINDS } from './types.ts'
import type { ParseContext } from './url.ts'
import { PARAM_ORDER, extractQuery, parseQuery, serializeState } from './url.ts'

/** 10,000 runs per property (the brief); the whole file stays within a few seconds. */
const RUNS = { numRuns: 10_000 }
/** Generous per-test timeout for slow CI machines; locally each property takes well under a second. */
const TIMEOUT = 30_000

const HUBS = ['hongqiao', 'pvg', 'anting', 'taicang-port', 'shanghai-centre'] as const

function createContext(): ParseContext {
  return { hubIds: new Set(HUBS) }
}

/**
 * The fixed-point property: whatever is read, the normalized link reads back to the same state with nothing
 * ignored, and writing that state again gives the same link.
 */
function expectFixedPoint(query: string): void {
  const ctx = createContext()
  const { state } = parseQuery(query, ctx)
  const link = serializeState(state)
  const again = parseQuery(link, ctx)
  expect(again.ignored).toEqual([])
  expect(again.state).toEqual(state)
  expect(serializeState(again.state)).toBe(link)
}

// --- Arbitraries ---------------------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates included (a pasted string can hold them; URL code must cope). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
/** Characters that matter to a query: separators, escapes, signs, digits, the contract's punctuation. */
const queryChar = fc.constantFrom(...'&=%+?#,:-./ 0123456789abcdefEF_vqz'.split(''), '%E4', '%BA', '%8B', '%zz', '%0')

const hostileString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: codeUnit, maxLength: 60 }),
  fc.string({ unit: queryChar, maxLength: 60 }),
)

/** A decimal as people and apps write it: 0 to 10 decimals (String(double) would mostly give exponents). */
const decimal = (min: number, max: number) =>
  fc.tuple(fc.double({ min, max, noNaN: true }), fc.nat({ max: 10 })).map(([x, k]) => x.toFixed(k))
const number = fc.oneof(
  { weight: 3, arbitrary: fc.nat({ max: 700 }).map(String) },
  { weight: 3, arbitrary: decimal(0, 20_000) },
  fc.constantFrom('0', '-0', '0.5', '007', '1e3', '1e309', '.5', '5.', 'NaN', 'Infinity', '-1', '99999999999'),
  fc.double().map(String),
)
const signed = fc.oneof(number, number.map((n) => `-${n}`), decimal(120, 122), decimal(-90, 90))
const range = fc.tuple(fc.option(number, { nil: '' }), fc.option(number, { nil: '' })).map(([a, b]) => `${a}-${b}`)
const hub = fc.constantFrom(...HUBS, 'pin', 'beijing', '', 'Hongqiao')
const dtEntry = fc.tuple(hub, number).map(([h, m]) => `${h}:${m}`)

/** Plausible values per parameter, including near misses (a Map: `__proto__` is among the names tried). */
const valueFor = new Map<string, fc.Arbitrary<string>>(Object.entries({
  v: fc.constantFrom('1', '2', '', '01'),
  lang: fc.constantFrom('zh', 'en', 'EN', 'fr', ''),
  unit: fc.constantFrom('m2', 'ft2', 'sqm'),
  area: range,
  land: range,
  type: fc.array(fc.constantFrom(...LISTING_KINDS, 'villa', 'Factory', ''), { maxLength: 6 }).map((a) => a.join(',')),
  deal: fc.constantFrom('rent', 'sale', 'both', ''),
  ready: fc.constantFrom('1', '0', 'true'),
  price: range,
  landprice: range,
  dt: fc.array(dtEntry, { maxLength: 5 }).map((a) => a.join(',')),
  pin: fc.oneof(
    fc.tuple(decimal(120.7, 121.5), decimal(31, 31.9)).map(([x, y]) => `${x},${y}`),
    fc.tuple(signed, signed).map(([x, y]) => `${x},${y}`),
  ),
  q: fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent), fc.string({ unit: queryChar, maxLength: 30 })),
  sort: fc.oneof(fc.constantFrom('area', 'price', 'name', 'dt', 'Name', 'cost', 'reach'), hub.map((h) => `dt:${h}`)),
  park: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.string({ maxLength: 8 })),
  listing: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.string({ maxLength: 8 })),
  map: fc.oneof(
    fc.tuple(decimal(0, 23), decimal(-91, 91), decimal(-181, 181)).map(([z, y, x]) => `${z}/${y}/${x}`),
    fc.tuple(number, signed, signed).map(([z, y, x]) => `${z}/${y}/${x}`),
  ),
  sample: fc.constantFrom('0', '1', 'false'),
  height: range,
  ind: fc.oneof(fc.constantFrom('auto', 'ic', 'Auto', '', 'a b'), fc.string({ maxLength: 8 })),
  pick: fc.array(fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,6}$/), fc.constantFrom('', 'Bad', 'i-0123456789', 'a,b')), { maxLength: 25 }).map((a) => a.join(',')),
  view: fc.constantFrom('compare', 'Compare', 'map', ''),
}))
const otherNames = ['from', 'utm_source', 'spm', '__proto__', 'constructor', 'colour', '', 'Q', 'utm_']
const paramName = fc.constantFrom(...PARAM_ORDER, ...otherNames)

const pairFor = (name: string) => fc.tuple(fc.constant(name), valueFor.get(name) ?? fc.string({ maxLength: 10 }))
/**
 * Name=value pairs built from the contract: mostly distinct contract parameters in a random order (so that
 * deal meets price and pin meets dt), plus strays and repeats; each possibly mangled as chat apps and people do.
 */
const plausiblePairs = fc
  .tuple(
    fc.shuffledSubarray([...PARAM_ORDER] as string[]).chain((names) => fc.tuple(...names.map(pairFor))),
    fc.array(paramName.chain(pairFor), { maxLength: 4 }),
  )
  .chain(([main, extra]) => fc.shuffledSubarray([...main, ...extra], { minLength: main.length }))
const mutation = fc.oneof(
  { weight: 12, arbitrary: fc.constant((s: string) => s) },
  { weight: 1, arbitrary: fc.constant((s: string) => s.slice(0, -1)) }, // truncated (cuts escapes in half)
  { weight: 1, arbitrary: fc.constant((s: string) => encodeURIComponent(s)) }, // encoded once more
  { weight: 1, arbitrary: fc.constant((s: string) => s.replace(/ /g, '+').replace(/,/g, '%2C')) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), queryChar).map(([i, c]) => (s: string) => s.slice(0, i % (s.length + 1)) + c + s.slice(i % (s.length + 1))) },
)
const plausibleQuery = fc
  .tuple(
    fc.boolean(),
    plausiblePairs.chain((pairs) => fc.tuple(...pairs.map((pair) => fc.tuple(fc.constant(pair), mutation, fc.boolean())))),
    fc.constantFrom('&', '&&'),
  )
  .map(([question, pairs, sep]) =>
    (question ? '?' : '') +
    pairs.map(([[name, value], mutate, noEquals]) => mutate(noEquals && value === '' ? name : `${name}=${value}`)).join(sep),
  )

/** Typed states, including what a store might hold by mistake: unsorted kinds, float noise, NaN, bad ids. */
const anyNumber = fc.oneof(
  fc.nat({ max: 10_000 }),
  fc.double({ min: 0, max: 1e5, noNaN: true }),
  fc.double(), // NaN, ±Infinity, -0, 5e-324, 1e308
)
const rangeState = fc.option(fc.record({ min: fc.option(anyNumber), max: fc.option(anyNumber) }), { nil: null })
const stateArb: fc.Arbitrary<ExploreState> = fc.record({
  lang: fc.constantFrom(null, 'zh' as const, 'en' as const),
  unit: fc.constantFrom('m2' as const, 'ft2' as const),
  area: rangeState,
  land: rangeState,
  types: fc.array(fc.constantFrom(...LISTING_KINDS), { maxLength: 7 }),
  deal: fc.constantFrom(null, 'rent' as const, 'sale' as const),
  ready: fc.boolean(),
  price: rangeState,
  landprice: rangeState,
  dt: fc.array(fc.record({ hub: fc.constantFrom(...HUBS, 'pin'), max: anyNumber }), { maxLength: 6 }),
  pin: fc.option(
    fc.tuple(fc.double({ min: 120.7, max: 121.5, noNaN: true }), fc.double({ min: 31, max: 31.9, noNaN: true })),
    { nil: null },
  ),
  q: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: codeUnit, maxLength: 120 })),
  sort: fc.oneof(
    fc.constant(null),
    fc.constantFrom({ key: 'area' as const }, { key: 'price' as const }, { key: 'name' as const }, { key: 'cost' as const }, { key: 'reach' as const }),
    fc.constantFrom(...HUBS, 'pin').map((h) => ({ key: 'dt' as const, hub: h })),
  ),
  park: fc.option(fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,64}$/), fc.string()), { nil: null }),
  listing: fc.option(fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,64}$/), fc.string()), { nil: null }),
  map: fc.option(
    fc.record({
      zoom: fc.oneof(fc.double({ min: 0, max: 22.004, noNaN: true }), fc.double()),
      lat: fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.double()),
      lng: fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.double()),
    }),
    { nil: null },
  ),
  sample: fc.boolean(),
  height: rangeState,
  ind: fc.option(fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,64}$/), fc.string()), { nil: null }),
  picks: fc.array(fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.string({ maxLength: 8 })), { maxLength: 25 }),
  view: fc.constantFrom(null, 'compare' as const),
})

// --- Properties ---------------------------------------------------------------------------------------

describe('parseQuery on any input', () => {
  it.each([
    ['hostile strings', hostileString],
    ['plausible but mutated queries', plausibleQuery],
  ])('never throws and normalizes to a fixed point: %s', (_name, arb) => {
    fc.assert(fc.property(arb, expectFixedPoint), RUNS)
  }, TIMEOUT)

  it('decodes values as URLSearchParams does when the escapes are sound', () => {
    const valueChars = fc.constantFrom(...'=%+?#,:-./ abcZ09'.split(''), '%E4%BA%8B', '%20', '%2B', '%26', '%41')
    fc.assert(
      fc.property(fc.string({ unit: valueChars, maxLength: 40 }), (raw) => {
        const { state, ignored } = parseQuery(`q=${raw}`, createContext())
        fc.pre(ignored.length === 0) // a bad escape is dropped on purpose, unlike URLSearchParams
        expect(state.q).toBe((new URLSearchParams(`q=${raw}`).get('q') ?? '').trim())
      }),
      RUNS,
    )
  }, TIMEOUT)
})

describe('serializeState on any state', () => {
  // One property for the writer's whole output: generating 10,000 states is most of the cost.
  it('writes a canonical link: v first, contract order, safe characters, plain numbers, read back as is', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const link = serializeState(state)
        expect(link).toMatch(/^\?v=1(?:&[a-z]+=[A-Za-z0-9%:,/\-._!~*'()]+)*$/)
        const pairs = link.slice(1).split('&')
        const ranks = pairs.map((p) => (PARAM_ORDER as readonly string[]).indexOf(p.split('=')[0]))
        expect(ranks).toEqual([...new Set(ranks)].sort((x, y) => x - y))
        // Numeric parameters never carry exponents, NaN or Infinity.
        for (const p of pairs) {
          if (/^(?:area|land|price|landprice|dt|pin|map|height)=/.test(p)) expect(p).not.toMatch(/\de|NaN|Infinity/)
        }
        const back = parseQuery(link, createContext())
        expect(back.ignored).toEqual([])
        expect(serializeState(back.state)).toBe(link)
      }),
      RUNS,
    )
  }, TIMEOUT)
})

describe('extractQuery', () => {
  it('never throws on any input', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const q = extractQuery(s)
        expect(q === null || typeof q === 'string').toBe(true)
      }),
      RUNS,
    )
  }, TIMEOUT)

  it('finds the written query inside a full share link', () => {
    fc.assert(
      fc.property(stateArb, fc.constantFrom('', '#wechat_redirect', '#x?y=1'), (state, hash) => {
        const link = serializeState(state)
        expect(extractQuery(`https://parks.example.cn/explore/${link}${hash}`)).toBe(link.slice(1))
        expect(extractQuery(link)).toBe(link.slice(1))
      }),
      RUNS,
    )
  }, TIMEOUT)
})
