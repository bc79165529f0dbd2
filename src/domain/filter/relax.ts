/** No results: which filter, dropped or widened, brings listings back. */
import type { ExploreState } from '../state.ts'
import type { Table } from './table.ts'
import { runFilter, type FilterName, type PinMinutes } from './run.ts'

export interface Relaxation {
  filter: FilterName
  /** For a drive-time limit: its hub and the minutes that would add the listings. */
  hub?: string
  minutes?: number
  gained: number
}

/**
 * When nothing matches: which limit removes the most? For each active filter, the listings gained by dropping it;
 * for a drive-time limit, the smallest whole-minute limit (up to +30) that brings at least one listing back.
 */
export function relaxations(t: Table, s: ExploreState, pin: PinMinutes | null): Relaxation[] {
  const base = runFilter(t, s, pin).listingCount
  const out: Relaxation[] = []
  const active: FilterName[] = []
  if (s.area) active.push('area')
  if (s.land) active.push('land')
  if (s.types.length) active.push('type')
  if (s.deal) active.push('deal')
  if (s.ready) active.push('ready')
  if (s.price && s.deal) active.push('price')
  if (s.landprice) active.push('landprice')
  if (s.q.trim()) active.push('q')
  for (const f of active) {
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
