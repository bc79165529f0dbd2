/**
 * Custom-pin drive times and isochrones, computed in a Web Worker. Filters and isochrones follow the pin: the
 * results land in explore.pinMinutes, and the time from pin to results is measured with performance marks
 * ('pin:start' → 'pin:done', 'iso:start:<hub>' → 'iso:done:<hub>').
 */
import { defineStore } from 'pinia'
import { markRaw, shallowRef, watch } from 'vue'
import { useDataStore } from './data.ts'
import { useExploreStore } from './explore.ts'
import type { RoutingApi } from '../workers/protocol.ts'
import { WorkerClient } from '../workers/client.ts'
import { useUiStore } from './ui.ts'
import type { LngLat } from '../domain/types.ts'
import { ISOCHRONE_BANDS, ISOCHRONE_CELL_KM } from '../domain/routing/isochrones.ts'

/** The standard bands plus the limit itself, so that the filled area ends exactly at the chosen minutes. */
export const bandsFor = (limit: number): number[] => [...new Set([...ISOCHRONE_BANDS, limit])].sort((a, b) => a - b)

export const useRoutingStore = defineStore('routing', () => {
  const data = useDataStore()
  const explore = useExploreStore()
  const ui = useUiStore()
  /** Isochrones per limited hub (or 'pin'). */
  const isochrones = shallowRef<Record<string, GeoJSON.FeatureCollection>>({})
  /**
   * Why drive times from the pin are missing, when the worker failed (e.g. data/network.json missing) or a pin
   * request did: the pin's limit is then not applied, and the limits panel says so (issue 19, hole 6). Null when fine.
   */
  const failure = shallowRef<string | null>(null)
  let ready: Promise<WorkerClient<RoutingApi>> | null = null
  /** Where every limit holds (null: no limits), with the limits it was computed for (`key`). */
  const answerArea = shallowRef<{ key: string; fc: GeoJSON.FeatureCollection } | null>(null)

  function fail(e: Error): void {
    console.error(e.message)
    failure.value = e.message
    explore.setPinMinutes(null)
  }

  function worker(): Promise<WorkerClient<RoutingApi>> {
    if (ready) return ready
    const ds = data.dataset!
    const client = new WorkerClient<RoutingApi>(new Worker(new URL('../workers/routing.worker.ts', import.meta.url), { type: 'module' }), 'routing worker', fail)
    const parks = new Float64Array(ds.parks.flatMap((p) => p.point))
    const listings = data.table!.lPoint.slice()
    const networkUrl = new URL('data/network.json', document.baseURI).href
    ready = client.call('init', { networkUrl, parks, listings }, [parks.buffer, listings.buffer]).then(
      () => client,
      (e: Error) => {
        // A worker without its road graph can answer nothing: stop it, which rejects whatever waits.
        client.die(e)
        throw e
      },
    )
    return ready
  }

  async function ask<M extends keyof RoutingApi & string>(method: M, payload: RoutingApi[M]['req']): Promise<RoutingApi[M]['res']> {
    return (await worker()).call(method, payload)
  }

  /** The latest pin request: an answer to an older one (the pin moved meanwhile) is dropped. */
  let pinRound = 0
  async function computePin(pin: LngLat): Promise<void> {
    const round = ++pinRound
    performance.mark('pin:start')
    let r: RoutingApi['pin']['res']
    try {
      // Plain copies: reactive proxies cannot be cloned into a worker message.
      r = await ask('pin', { pin: [pin[0], pin[1]] })
    } catch (e) {
      if (round === pinRound) fail(e as Error)
      return
    }
    if (round !== pinRound) return
    if (!r) {
      ui.setPinError('offNetwork')
      explore.setPinMinutes(null)
      return
    }
    ui.setPinError(null)
    failure.value = null
    explore.setPinMinutes(markRaw(r))
    // Filter now, then mark: the mark measures pin → results.
    explore.currentResult()
    performance.mark('pin:done')
    performance.measure('pin', 'pin:start', 'pin:done')
  }

  /**
   * Isochrones come in two passes: a coarse grid first (1.2 km cells, a few ms) so that the map follows a slider
   * or a pin at once, then the fine one (0.4 km). Only the latest round is drawn.
   */
  const PASSES = [1.2, ISOCHRONE_CELL_KM]
  const FINE_PASS_DELAY_MS = 350
  let isoRound = 0
  async function computeIsochrones(): Promise<void> {
    const ds = data.dataset
    if (!ds) return
    const round = ++isoRound
    const limits = explore.state.dt.map((lim) => ({ lim, origin: lim.hub === 'pin' ? explore.state.pin : (ds.hubs.find((h) => h.id === lim.hub)?.point ?? null) }))
    for (const [pass, cellKm] of PASSES.entries()) {
      const next: Record<string, GeoJSON.FeatureCollection> = {}
      await Promise.all(
        limits.map(async ({ lim, origin }) => {
          if (!origin) return
          const bands = bandsFor(lim.max)
          const key = `${lim.hub}@${origin.join(',')}@${bands.join(',')}`
          const fine = cache.get(key)
          if (fine) {
            next[lim.hub] = fine
            return
          }
          if (pass === 0) performance.mark(`iso:start:${lim.hub}`)
          let fc: GeoJSON.FeatureCollection
          try {
            // Plain copies: reactive proxies cannot be cloned into a worker message.
            fc = await ask('iso', { hub: lim.hub, origin: [origin[0], origin[1]], bands, cellKm })
          } catch (e) {
            // A dead worker is reported once (failure); the areas of that limit are not drawn.
            console.warn('isochrones:', (e as Error).message)
            return
          }
          next[lim.hub] = markRaw(fc)
          if (cellKm === ISOCHRONE_CELL_KM) {
            cache.set(key, next[lim.hub])
            // One entry per hub, origin and minutes seen: the oldest go first, so that a long session stays small.
            if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!)
          }
          if (pass === 0) {
            performance.mark(`iso:done:${lim.hub}`)
            performance.measure(`iso:${lim.hub}`, `iso:start:${lim.hub}`, `iso:done:${lim.hub}`)
          }
        }),
      )
      const allFine = limits.every(({ lim, origin }) => !origin || cache.has(`${lim.hub}@${origin.join(',')}@${bandsFor(lim.max).join(',')}`))
      const answer = await computeAnswer(limits, allFine ? ISOCHRONE_CELL_KM : cellKm)
      if (round !== isoRound) return
      isochrones.value = next
      answerArea.value = answer
      if (allFine) return
      // The fine pass waits until a slider has stopped moving: during a drag the coarse areas are enough.
      await new Promise((ok) => setTimeout(ok, FINE_PASS_DELAY_MS))
      if (round !== isoRound) return
    }
  }
  const cache = new Map<string, GeoJSON.FeatureCollection>()
  const CACHE_MAX = 64

  /** The answer area on the same grid as the pass's isochrones (the worker has their fields at hand); fine ones cached. */
  const answerCache = new Map<string, GeoJSON.FeatureCollection>()
  async function computeAnswer(limits: { lim: { hub: string; max: number }; origin: LngLat | null }[], cellKm: number) {
    const known = limits.flatMap(({ lim, origin }) => (origin ? [{ hub: lim.hub, origin: [origin[0], origin[1]] as LngLat, minutes: lim.max }] : []))
    if (known.length === 0) return null
    const key = known.map((l) => `${l.hub}@${l.origin.join(',')}@${l.minutes}`).join('|')
    const cached = answerCache.get(key)
    if (cached) return { key, fc: cached }
    let fc: GeoJSON.FeatureCollection
    try {
      fc = markRaw(await ask('answer', { limits: known, cellKm }))
    } catch (e) {
      // A dead worker is reported once (failure); no answer area is drawn.
      console.warn('answer area:', (e as Error).message)
      return null
    }
    if (cellKm === ISOCHRONE_CELL_KM) {
      answerCache.set(key, fc)
      if (answerCache.size > CACHE_MAX) answerCache.delete(answerCache.keys().next().value!)
    }
    return { key, fc }
  }

  let started = false
  /**
   * Starts following the pin and the limits (pin minutes, isochrones): called once the data is there, whether or not
   * the map can be drawn (list-only mode needs the pin's minutes too). Calling it again does nothing.
   */
  function start(): void {
    if (started) return
    started = true
    // "My listings" joined or left the data (data.version): the worker snaps the listings again, and the pin's
    // minutes are asked again so that they cover every listing (explore.pinMinutes is indexed like the table).
    watch(
      () => data.version,
      async () => {
        if (!ready) return
        try {
          await ask('setListings', { listings: data.table!.lPoint.slice() })
        } catch (e) {
          fail(e as Error)
          return
        }
        if (explore.state.pin) void computePin(explore.state.pin)
      },
    )
    watch(
      () => explore.state.pin,
      (pin) => {
        if (pin) void computePin(pin)
        else explore.setPinMinutes(null)
      },
      { immediate: true },
    )
    watch(
      () => [explore.state.pin, explore.state.dt.map((d) => d.hub).join(','), explore.state.dt.map((d) => d.max).join(',')] as const,
      (next, prev) => {
        const onlyMinutes = prev !== undefined && next[0] === prev[0] && next[1] === prev[1]
        if (!onlyMinutes) {
          if (slideTimer) clearTimeout(slideTimer)
          slideTimer = null
          void computeIsochrones()
        } else if (!slideTimer)
          slideTimer = setTimeout(() => {
            slideTimer = null
            void computeIsochrones()
          }, SLIDE_REDRAW_MS)
      },
      { immediate: true },
    )
  }
  // A new pin or a new set of limited hubs redraws at once; a slider moving the minutes of the same hubs redraws
  // at most every SLIDE_REDRAW_MS, which keeps the map following without re-contouring on every frame of a drag.
  const SLIDE_REDRAW_MS = 120
  let slideTimer: ReturnType<typeof setTimeout> | null = null

  return { isochrones, answerArea, failure, ask, start }
})
