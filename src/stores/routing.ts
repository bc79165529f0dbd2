/**
 * Custom-pin drive times and isochrones, computed in a Web Worker. Filters and isochrones follow the pin: the
 * results land in explore.pinMinutes, and the time from pin to results is measured with performance marks
 * ('pin:start' → 'pin:done', 'iso:start:<hub>' → 'iso:done:<hub>').
 */
import { defineStore } from 'pinia'
import { markRaw, shallowRef, watch } from 'vue'
import { useDataStore } from './data.ts'
import { useExploreStore } from './explore.ts'
import { useUiStore } from './ui.ts'
import type { WorkerRequest, WorkerResponse } from '../workers/protocol.ts'
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
  let worker: Worker | null = null
  let ready: Promise<void> | null = null
  let seq = 0
  const pending = new Map<number, (r: WorkerResponse) => void>()

  function startWorker(): Promise<void> {
    if (ready) return ready
    const ds = data.dataset!
    worker = markRaw(new Worker(new URL('../workers/routing.worker.ts', import.meta.url), { type: 'module' }))
    const parks = new Float64Array(ds.parks.flatMap((p) => p.point))
    const listings = data.table!.lPoint.slice()
    ready = new Promise((resolve, reject) => {
      worker!.onmessage = (e: MessageEvent<WorkerResponse>) => {
        const msg = e.data
        if (msg.type === 'ready') resolve()
        else if (msg.type === 'error') {
          console.error('routing worker:', msg.message)
          reject(new Error(msg.message))
        } else pending.get(msg.id)?.(msg)
      }
    })
    const init: WorkerRequest = { type: 'init', networkUrl: new URL('data/network.json', document.baseURI).href, parks, listings }
    worker.postMessage(init, [parks.buffer, listings.buffer])
    return ready
  }

  async function ask(req: WorkerRequest & { id: number }): Promise<WorkerResponse> {
    await startWorker()
    return new Promise((resolve) => {
      pending.set(req.id, (r) => {
        pending.delete(req.id)
        resolve(r)
      })
      worker!.postMessage(req)
    })
  }

  /** The latest pin request: an answer to an older one (the pin moved meanwhile) is dropped. */
  let latestPin = 0
  async function computePin(pin: LngLat): Promise<void> {
    const id = ++seq
    latestPin = id
    performance.mark('pin:start')
    // Plain copies: reactive proxies cannot be cloned into a worker message.
    const r = await ask({ type: 'pin', id, pin: [pin[0], pin[1]] })
    if (id !== latestPin || r.type !== 'pin') return
    if (!r.ok) {
      ui.setPinError('offNetwork')
      explore.setPinMinutes(null)
      return
    }
    ui.setPinError(null)
    explore.setPinMinutes(markRaw({ parks: r.parks, listings: r.listings }))
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
          // Plain copies: reactive proxies cannot be cloned into a worker message.
          const r = await ask({ type: 'iso', id: ++seq, hub: lim.hub, origin: [origin[0], origin[1]], bands, cellKm })
          if (r.type !== 'iso') return
          next[lim.hub] = markRaw(r.fc)
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
      if (round !== isoRound) return
      isochrones.value = next
      if (limits.every(({ lim, origin }) => !origin || cache.has(`${lim.hub}@${origin.join(',')}@${bandsFor(lim.max).join(',')}`))) return
      // The fine pass waits until a slider has stopped moving: during a drag the coarse areas are enough.
      await new Promise((ok) => setTimeout(ok, FINE_PASS_DELAY_MS))
      if (round !== isoRound) return
    }
  }
  const cache = new Map<string, GeoJSON.FeatureCollection>()
  const CACHE_MAX = 64

  let started = false
  /**
   * Starts following the pin and the limits (pin minutes, isochrones): called once the data is there, whether or not
   * the map can be drawn (list-only mode needs the pin's minutes too). Calling it again does nothing.
   */
  function start(): void {
    if (started) return
    started = true
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

  return { isochrones, start }
})
