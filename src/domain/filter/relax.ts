/** No results: which filter, dropped or widened, brings listings back. */
import type { ExploreState } from '../state.ts'
import type { Table } from './table.ts'
import { runFilter, type PinMinutes } from './run.ts'
import { FILTERS, FILTER_NAMES, type FilterDef, type FilterName } from './filters.ts'

/**
 * A suggestion when nothing matches: drop a filter, or widen one drive-time limit to `minutes`. `filter` is the
 * discriminant; `gained` is how many listings it brings back.
 */
export type Relaxation =
  | { filter: Exclude<FilterName, 'dt'>; gained: number }
  | { filter: 'dt'; hub: string; minutes: number; gained: number }

/**
 * When nothing matches: which limit removes the most? For each active filter relaxed by dropping (the filter
 * table's `relax`), the listings gained by dropping it; for each drive-time limit, the smallest whole-minute limit
 * (up to +30) that brings at least one listing back.
 */
export function relaxations(t: Table, s: ExploreState, pin: PinMinutes | null): Relaxation[] {
  const base = runFilter(t, s, pin).listingCount
  const out: Relaxation[] = []
  for (const f of FILTER_NAMES) {
    const def: FilterDef = FILTERS[f]
    if (f === 'dt' || def.relax !== 'drop' || def.active(s) === 0) continue
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
