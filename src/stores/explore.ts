/**
 * The explorer state (filters, drive-time limits, pin, sort, selection, camera, language, unit) and what derives
 * from it. The state has exactly the shape of a link (URL contract v1); src/stores/urlSync.ts keeps them in step.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { createDefaultState, MAX_PICKS, type DriveLimit, type ExploreState, type View } from '../domain/state.ts'
import {
  FILTER_FIELDS,
  clearAllFilters,
  clearFilter,
  relaxations,
  runFilter,
  sortedResults,
  SortOrders,
  type FilterResult,
  type PinMinutes,
  type Relaxation,
} from '../domain/filter.ts'
import type { Ignored } from '../domain/url.ts'
import type { LngLat, Range } from '../domain/types.ts'
import { useDataStore } from './data.ts'

/** Log-spaced floor-area bins (m²) from 300 to 50,000 m², the span of listings in this area. */
export const AREA_EDGES = [0, 500, 1000, 2000, 3000, 5000, 8000, 12000, 20000, 35000, 50000, Infinity]

export type { Hovered } from './ui.ts'

export const useExploreStore = defineStore('explore', () => {
  const data = useDataStore()
  const state = ref<ExploreState>(createDefaultState())
  /** What the link that opened the page had to fix (notice), ids dropped by the link check among them. */
  const ignored = ref<Ignored[]>([])
  const pinMinutes = shallowRef<PinMinutes | null>(null)

  /**
   * `state`, but a new value only when one of `fields` changed (patch keeps the other fields' objects): panning the
   * map, selecting a park or switching the language re-runs no filter and no sort, and leaves the list where it is.
   */
  function stateOf(fields: readonly (keyof ExploreState)[]) {
    let last: ExploreState | null = null
    return computed(() => {
      const s = state.value
      if (last && fields.every((k) => s[k] === last![k])) return last
      return (last = s)
    })
  }
  const filterState = stateOf(FILTER_FIELDS)
  const sortState = stateOf([...FILTER_FIELDS, 'sort'])

  const result = computed(() => {
    const t = data.table
    if (!t) return null
    performance.mark('filter:start')
    const r = runFilter(t, filterState.value, pinMinutes.value, null, AREA_EDGES)
    performance.mark('filter:end')
    performance.measure('filter', 'filter:start', 'filter:end')
    return r
  })
  /**
   * `result`, one task later. What is costly to redraw (the sorted list, the histogram, the map) follows `settled`, so
   * that a slider's step (filter, count, the slider's own label) is one short task and the redraw another, instead
   * of one long task holding both; several steps within a task redraw once. Where the two may differ is a few ms.
   */
  const settled = shallowRef<FilterResult | null>(null)
  let settleTimer: ReturnType<typeof setTimeout> | null = null
  watch(
    result,
    () => {
      if (settleTimer === null)
        settleTimer = setTimeout(() => {
          settleTimer = null
          settled.value = result.value
        }, 0)
    },
    { immediate: true },
  )
  /** Row orders per sort key, kept across filter changes (filter.ts SortOrders). */
  const sortOrders = new SortOrders()
  const sorted = computed(() => {
    const t = data.table
    const r = settled.value
    if (!t || !r) return { parks: [], listings: [] }
    return sortedResults(t, sortState.value, r, pinMinutes.value, sortOrders)
  })
  const histogram = computed(() => settled.value?.histogram ?? [])
  const suggestions = computed(() => {
    const t = data.table
    if (!t || !settled.value || settled.value.listingCount > 0) return []
    return relaxations(t, filterState.value, pinMinutes.value)
  })

  function patch(p: Partial<ExploreState>): void {
    state.value = { ...state.value, ...p }
  }
  function setRange(key: 'area' | 'land' | 'price' | 'landprice' | 'height', r: Range | null): void {
    const empty = !r || (r.min === null && r.max === null)
    patch({ [key]: empty ? null : r } as Partial<ExploreState>)
  }
  function setLimit(hub: string, max: number): void {
    const dt = state.value.dt.some((d) => d.hub === hub)
      ? state.value.dt.map((d) => (d.hub === hub ? { hub, max } : d))
      : [...state.value.dt, { hub, max }]
    patch({ dt })
  }
  function removeLimit(hub: string): void {
    const dt: DriveLimit[] = state.value.dt.filter((d) => d.hub !== hub)
    const sort = state.value.sort?.key === 'dt' && state.value.sort.hub === hub ? null : state.value.sort
    patch({ dt, sort })
  }
  function setPin(pin: LngLat | null): void {
    if (pin) patch({ pin })
    else {
      const dt = state.value.dt.filter((d) => d.hub !== 'pin')
      const sort = state.value.sort?.key === 'dt' && state.value.sort.hub === 'pin' ? null : state.value.sort
      patch({ pin: null, dt, sort })
      setPinMinutes(null)
    }
  }
  function select(kind: 'park' | 'listing', id: string | null): void {
    if (kind === 'park') patch({ park: id, listing: null })
    else {
      const l = id ? data.dataset?.listings.find((x) => x.id === id) : undefined
      // A listing in no park clears the park selection.
      patch({ listing: id, park: l ? (l.parkId ?? null) : state.value.park })
    }
  }
  /** Minutes from the pin, computed by the routing worker (src/stores/routing.ts); null without a pin. */
  function setPinMinutes(m: PinMinutes | null): void {
    pinMinutes.value = m
  }
  /** The filter result now: computed at once if its inputs changed (the routing store measures pin → results). */
  function currentResult(): FilterResult | null {
    return result.value
  }
  /** The state a link opened, and what reading it fixed (the notice). */
  function openLink(link: { state: ExploreState; ignored: Ignored[] }): void {
    state.value = link.state
    ignored.value = link.ignored
  }
  /** Back/Forward: the state of the history entry, whole. */
  function replaceState(next: ExploreState): void {
    state.value = next
  }
  function dismissNotice(): void {
    ignored.value = []
  }
  // Shortlist (issue 21): picks are independent of the filters; every change is a state change, so urlSync pushes
  // a history entry for it as for a filter. The order is the user's (DESIGN.md `pick=`), at most MAX_PICKS.
  function togglePick(id: string): void {
    const picks = state.value.picks
    if (picks.includes(id)) patch({ picks: picks.filter((p) => p !== id) })
    else if (picks.length < MAX_PICKS) patch({ picks: [...picks, id] })
  }
  function movePick(id: string, by: -1 | 1): void {
    const picks = [...state.value.picks]
    const i = picks.indexOf(id)
    const j = i + by
    if (i < 0 || j < 0 || j >= picks.length) return
    ;[picks[i], picks[j]] = [picks[j], picks[i]]
    patch({ picks })
  }
  function clearPicks(): void {
    patch({ picks: [], view: null })
  }
  function setView(view: View | null): void {
    patch({ view })
  }
  /** Every filter cleared (the filter table), with the sort and the selection; language, unit, camera and the
   * shortlist stay (the shortlist is independent of the filters). */
  function reset(): void {
    patch({ ...clearAllFilters(), sort: null, park: null, listing: null })
  }
  /** A no-results suggestion taken: the limit widened, or the filter cleared as the filter table says. */
  function relax(r: Relaxation): void {
    if (r.filter === 'dt') setLimit(r.hub, r.minutes)
    else patch(clearFilter(r.filter, state.value))
  }

  return {
    state,
    ignored,
    pinMinutes,
    result,
    settled,
    sorted,
    histogram,
    suggestions,
    patch,
    setRange,
    setLimit,
    removeLimit,
    setPin,
    select,
    reset,
    relax,
    setPinMinutes,
    currentResult,
    openLink,
    replaceState,
    dismissNotice,
    togglePick,
    movePick,
    clearPicks,
    setView,
  }
})
