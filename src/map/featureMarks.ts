/**
 * Feature states on the map (match, hover, selected) kept in step with the app's values: each call changes only the
 * features whose state differs from what the map shows, and `reset` forgets what was shown when a new style starts
 * from scratch.
 */
import type { Map as MlMap } from 'maplibre-gl'
import { SRC } from './layers.ts'
import type { MapTable, MapTarget } from './pointer.ts'

type Target = { source: string; id: number }

export class FeatureMarks {
  private parkMatch: Uint8Array | null = null
  private hover: Target[] = []
  private selected: Target[] = []

  constructor(
    private readonly m: MlMap,
    private readonly table: MapTable,
  ) {}

  /** A new style: nothing is marked on it yet. */
  reset(): void {
    this.parkMatch = null
    this.hover = []
    this.selected = []
  }

  /** Parks that match the filters (1) or not (0), by park index. */
  setParkMatch(parks: Uint8Array): void {
    const shown = this.parkMatch
    for (let i = 0; i < parks.length; i++) if (!shown || shown[i] !== parks[i]) this.m.setFeatureState({ source: SRC.parks, id: i }, { match: parks[i] === 1 })
    this.parkMatch = parks.slice()
  }

  setHover(h: MapTarget | null): void {
    this.hover = this.mark('hover', this.hover, this.targetsOf(h))
  }

  setSelection(park: string | null, listing: string | null): void {
    const next = [...this.targetsOf(park ? { kind: 'park', id: park } : null), ...this.targetsOf(listing ? { kind: 'listing', id: listing } : null)]
    this.selected = this.mark('selected', this.selected, next)
  }

  private mark(key: 'hover' | 'selected', before: Target[], after: Target[]): Target[] {
    for (const t of before) this.m.setFeatureState(t, { [key]: false })
    for (const t of after) this.m.setFeatureState(t, { [key]: true })
    return after
  }

  /** The map features of a park (its area) or a listing (its point in both listing sources). */
  private targetsOf(h: MapTarget | null): Target[] {
    if (!h) return []
    const i = h.kind === 'park' ? this.table.parkIndex.get(h.id) : this.table.listingIndex.get(h.id)
    if (i === undefined) return []
    return h.kind === 'park' ? [{ source: SRC.parks, id: i }] : [{ source: SRC.listings, id: i }, { source: SRC.matches, id: i }]
  }
}
