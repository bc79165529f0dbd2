/**
 * Drive times off the main thread: the same engine as the data build (src/domain/routing). It loads the road
 * graph once, snaps every park and listing once, then answers "minutes from this pin to every park and listing",
 * "isochrones around this origin" and "residents within reach of this pin" messages.
 */
import { isochrones, RoadGraph, travelTimesFrom, type Bbox, type NetworkData } from '../domain/routing/index.ts'

/** Isochrones cover the whole map view around the three jurisdictions, not only their box, so no area ends at a straight edge. */
const ISOCHRONE_VIEW: Bbox = [120.6, 31.0, 121.6, 31.85]
import type { LngLat } from '../domain/types.ts'
import type { WorkerRequest, WorkerResponse } from './protocol.ts'
import { peopleWithin, ReverseSearch } from '../domain/routing/reach.ts'

let graph: RoadGraph | null = null
/** Per point (parks, then listings): up to K snapped nodes and their access minutes. */
const K = 4
let snapNodes = new Int32Array(0)
let snapMinutes = new Float32Array(0)
let nParks = 0
let nListings = 0
const timesCache = new Map<string, Float64Array | null>()
/** The reversed graph's search for "people within reach" of the pin, built on the first such message. */
let reverse: ReverseSearch | null = null

function post(msg: WorkerResponse, transfer: Transferable[] = []): void {
  ;(self as unknown as Worker).postMessage(msg, transfer)
}

function snapAll(points: Float64Array): void {
  const n = points.length / 2
  snapNodes = new Int32Array(n * K).fill(-1)
  snapMinutes = new Float32Array(n * K)
  for (let i = 0; i < n; i++) {
    const snaps = graph!.snapIndex.snap(points[2 * i], points[2 * i + 1], K)
    snaps.forEach((s, k) => {
      snapNodes[i * K + k] = s.node
      snapMinutes[i * K + k] = s.minutes
    })
  }
}

function minutesFor(times: Float64Array, from: number, to: number): Float32Array {
  const out = new Float32Array(to - from)
  for (let i = from; i < to; i++) {
    let best = Infinity
    for (let k = 0; k < K; k++) {
      const node = snapNodes[i * K + k]
      if (node < 0) break
      const m = times[node] + snapMinutes[i * K + k]
      if (m < best) best = m
    }
    out[i - from] = Number.isFinite(best) ? Math.round(best * 10) / 10 : NaN
  }
  return out
}

/**
 * Times from a hub or the pin, kept: isochrones cache their sampled fields per times array (isochrones.ts), so a
 * kept array keeps its fields too. Hubs are few; of the pin only the latest position is kept, or every pin moved
 * would hold on to its fields (about 0.5 MB each).
 */
function timesFrom(key: string, origin: LngLat): Float64Array | null {
  const cacheKey = `${key}@${origin[0]},${origin[1]}`
  if (!timesCache.has(cacheKey)) {
    if (key === 'pin') for (const k of timesCache.keys()) if (k.startsWith('pin@')) timesCache.delete(k)
    timesCache.set(cacheKey, travelTimesFrom(graph!, origin))
  }
  return timesCache.get(cacheKey)!
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data
  try {
    switch (msg.type) {
      case 'init': {
        const res = await fetch(msg.networkUrl)
        if (!res.ok) throw new Error(`${msg.networkUrl}: HTTP ${res.status}`)
        graph = new RoadGraph((await res.json()) as NetworkData)
        nParks = msg.parks.length / 2
        nListings = msg.listings.length / 2
        const all = new Float64Array(msg.parks.length + msg.listings.length)
        all.set(msg.parks)
        all.set(msg.listings, msg.parks.length)
        snapAll(all)
        post({ type: 'ready' })
        return
      }
      case 'pin': {
        const times = timesFrom('pin', msg.pin)
        if (!times) {
          post({ type: 'pin', id: msg.id, ok: false })
          return
        }
        const parks = minutesFor(times, 0, nParks)
        const listings = minutesFor(times, nParks, nParks + nListings)
        post({ type: 'pin', id: msg.id, ok: true, parks, listings }, [parks.buffer, listings.buffer])
        return
      }
      case 'iso': {
        const times = timesFrom(msg.hub, msg.origin)
        const fc = times ? isochrones(graph!, times, msg.bands, ISOCHRONE_VIEW, msg.cellKm) : { type: 'FeatureCollection' as const, features: [] }
        post({ type: 'iso', id: msg.id, hub: msg.hub, fc })
        return
      }
      case 'reach': {
        reverse ??= new ReverseSearch(graph!)
        const seats = Array.from({ length: msg.seats.length / 2 }, (_, i): LngLat => [msg.seats[2 * i], msg.seats[2 * i + 1]])
        const minutes = reverse.seatMinutesTo(msg.pin, seats)
        post({ type: 'reach', id: msg.id, peopleWithin: minutes ? peopleWithin(minutes, Array.from(msg.population)) : null })
        return
      }
    }
  } catch (err) {
    post({ type: 'error', message: (err as Error).message })
  }
}
