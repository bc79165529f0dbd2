/**
 * Filter-change workload: the columnar core (src/domain/filter.ts `runFilter` over a prebuilt table, as the app
 * runs it on every filter change) against a plain reference filter over the Listing objects that applies the same
 * rules (DESIGN.md "Matching"). Every timed run compares both counts; run.ts fails on any difference.
 */
import { buildTable, runFilter, withinMinutes } from '../src/domain/filter.ts'
import { createDefaultState, type ExploreState } from '../src/domain/state.ts'
import type { Dataset, Listing, Range } from '../src/domain/types.ts'
import type { TimedCase } from './run.ts'

export interface Counts {
  listings: number
  parks: number
}

/**
 * The benchmarked filter state for run `run`: an area range, two drive-time limits, a kind and a deal. The first
 * limit moves by one minute per run, as a dragged slider does, so no run repeats the previous one's work.
 */
export function benchState(run: number): ExploreState {
  return {
    ...createDefaultState(),
    area: { min: 2000, max: 20000 },
    types: ['factory'],
    deal: 'rent',
    dt: [
      { hub: 'hongqiao', max: 35 + (run % 20) },
      { hub: 'kunshan-centre', max: 45 },
    ],
  }
}

/** States that exercise the rules the timed state leaves out; the reference filter must agree on these too. */
export function extraStates(): ExploreState[] {
  const d = createDefaultState()
  return [
    d,
    { ...d, land: { min: 20, max: 100 }, landprice: { min: null, max: 120 }, types: ['land'] },
    { ...d, deal: 'sale', price: { min: 5000, max: 8000 }, ready: true },
    { ...d, deal: 'rent', price: { min: null, max: 1 }, area: { min: null, max: 3000 } },
    { ...d, q: 'Kunshan', dt: [{ hub: 'pvg', max: 70 }] },
    { ...d, q: '嘉定', area: { min: 5000, max: null } },
    { ...d, sample: false, dt: [{ hub: 'taicang-port', max: 30 }, { hub: 'pin', max: 10 }] },
  ]
}

const overlaps = (lo: number, hi: number, r: Range): boolean => (r.min === null || hi >= r.min) && (r.max === null || lo <= r.max)
const valueIn = (x: number | undefined, r: Range): boolean => x !== undefined && overlaps(x, x, r)
const norm = (s: string): string => s.normalize('NFKC').toLowerCase()

/**
 * The reference: Array.filter over the objects, one rule after another, written for clarity, not speed. A 'pin'
 * limit without pin minutes is ignored, as in the app before the worker has answered.
 */
export function naiveFilter(ds: Dataset, s: ExploreState): Counts {
  const limits = s.dt
    .map((lim) => ({ h: ds.hubs.findIndex((hub) => hub.id === lim.hub), max: lim.max }))
    .filter((lim) => lim.h >= 0)
  const withinLimits = (minutes: (number | null)[]): boolean =>
    limits.every((lim) => minutes[lim.h] !== null && withinMinutes(minutes[lim.h] as number, lim.max))
  const price = s.deal ? s.price : null
  const listingFilterActive = Boolean(s.area || s.land || s.types.length || s.deal || s.ready || price || s.landprice)
  const q = norm(s.q.trim())
  const parkById = new Map(ds.parks.map((p) => [p.id, p]))
  const parkText = (id: string): string => {
    const p = parkById.get(id)!
    return norm(`${p.name.zh}|${p.name.en}|${p.town.zh}|${p.town.en}`)
  }
  const listingText = (l: Listing): string => norm(`${l.name.zh}|${l.name.en}`)

  const shown = ds.listings.filter((l) => l.status === 'available' && (s.sample || !l.sample))
  const passing = shown.filter(
    (l) =>
      (!s.area || (l.floorArea !== undefined && overlaps(l.floorArea.min ?? 0, l.floorArea.max ?? Infinity, s.area))) &&
      (!s.land || valueIn(l.landArea, s.land)) &&
      (s.types.length === 0 || s.types.includes(l.kind)) &&
      (!s.deal || l.deal.includes(s.deal)) &&
      (!s.ready || l.ready) &&
      (!price || valueIn(s.deal === 'rent' ? l.rent : l.salePrice, price)) &&
      (!s.landprice || valueIn(l.landPrice, s.landprice)) &&
      withinLimits(l.driveMinutes),
  )
  const matching = passing.filter((l) => q === '' || listingText(l).includes(q) || (l.parkId !== undefined && parkText(l.parkId).includes(q)))
  const parksHolding = new Set(passing.map((l) => l.parkId))
  const parksNamedByListing = new Set(shown.filter((l) => q !== '' && listingText(l).includes(q)).map((l) => l.parkId))
  const parks = ds.parks.filter(
    (p) =>
      (q === '' || parkText(p.id).includes(q) || parksNamedByListing.has(p.id)) &&
      withinLimits(p.driveMinutes) &&
      (!listingFilterActive || parksHolding.has(p.id)),
  )
  return { listings: matching.length, parks: parks.length }
}

export const fmtCount = (n: number): string => n.toLocaleString('en-US')

/** Throws when the columnar filter and the reference disagree on any of the given states. */
export function assertSameCounts(ds: Dataset, states: ExploreState[]): void {
  const t = buildTable(ds)
  for (const s of states) {
    const r = runFilter(t, s)
    const n = naiveFilter(ds, s)
    if (r.listingCount !== n.listings || r.parkCount !== n.parks)
      throw new Error(`filter mismatch at ${fmtCount(ds.listings.length)} listings for ${JSON.stringify(s)}: ` +
        `ours ${r.listingCount} listings / ${r.parkCount} parks, reference ${n.listings} / ${n.parks}`)
  }
}

/** One timed case per listing count: `base` (the shipped data) plus the first n synthetic listings. */
export function filterCases(base: Dataset, synthetic: Listing[], sizes: number[], runs: number): TimedCase<Counts>[] {
  return sizes.map((n) => {
    const ds: Dataset = { hubs: base.hubs, parks: base.parks, listings: [...base.listings, ...synthetic.slice(0, n)] }
    assertSameCounts(ds, extraStates())
    const table = buildTable(ds)
    const big = n >= 100_000
    return {
      name: `filter change, ${fmtCount(ds.listings.length)} listings × ${ds.hubs.length} hubs`,
      detail: `${fmtCount(base.listings.length)} shipped + ${fmtCount(n)} synthetic; area, 2 drive-time limits, kind, deal`,
      baselineName: 'Array.filter over Listing objects',
      runs,
      ours: (run) => {
        const r = runFilter(table, benchState(run))
        return { listings: r.listingCount, parks: r.parkCount }
      },
      baseline: (run) => naiveFilter(ds, benchState(run)),
      agree: (a, b) => a.listings === b.listings && a.parks === b.parks,
      ratio: 'speedup',
      target: big ? { text: '≤ 5 ms and ≥ 5× faster', ok: (ours, baseline) => ours <= 5 && baseline / ours >= 5 } : undefined,
    }
  })
}
