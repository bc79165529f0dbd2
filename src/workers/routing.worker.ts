/**
 * Drive times off the main thread: the same engine as the data build (src/domain/routing). It loads the road
 * graph once, snaps every park and listing once, then answers "minutes from this pin to every park and listing"
 * and "isochrones around this origin" messages.
 */
import { isochrones, RoadGraph, SnappedPoints, travelTimesFrom, type Bbox, type NetworkData } from '../domain/routing/index.ts'

/** Isochrones cover the whole map view around the three jurisdictions, not only their box, so no area ends at a straight edge. */
const ISOCHRONE_VIEW: Bbox = [120.6, 31.0, 121.6, 31.85]
import type { LngLat } from '../domain/types.ts'
import type { WorkerRequest, WorkerResponse } from './protocol.ts'

let graph: RoadGraph | null = null
/** Parks, then listings, snapped once. */
let points: SnappedPoints | null = null
let nParks = 0
const timesCache = new Map<string, Float64Array | null>()

function post(msg: WorkerResponse, transfer: Transferable[] = []): void {
  ;(self as unknown as Worker).postMessage(msg, transfer)
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
        const all = new Float64Array(msg.parks.length + msg.listings.length)
        all.set(msg.parks)
        all.set(msg.listings, msg.parks.length)
        points = new SnappedPoints(graph, all)
        post({ type: 'ready' })
        return
      }
      case 'pin': {
        const times = timesFrom('pin', msg.pin)
        if (!times) {
          post({ type: 'pin', id: msg.id, ok: false })
          return
        }
        const parks = points!.minutesFrom(times, 0, nParks)
        const listings = points!.minutesFrom(times, nParks)
        post({ type: 'pin', id: msg.id, ok: true, parks, listings }, [parks.buffer, listings.buffer])
        return
      }
      case 'iso': {
        const times = timesFrom(msg.hub, msg.origin)
        const fc = times ? isochrones(graph!, times, msg.bands, ISOCHRONE_VIEW, msg.cellKm) : { type: 'FeatureCollection' as const, features: [] }
        post({ type: 'iso', id: msg.id, hub: msg.hub, fc })
        return
      }
    }
  } catch (err) {
    post({ type: 'error', message: (err as Error).message })
  }
}
