/**
 * Drive times off the main thread: the same engine as the data build (src/domain/routing). It loads the road
 * graph once, snaps every park and listing once, then answers "minutes from this pin to every park and listing"
 * and "isochrones around this origin" requests (src/workers/client.ts on the page's side). A failed init (no
 * network.json) rejects the init request; the page then reports the worker as failed (src/stores/routing.ts).
 */
import { isochrones, RoadGraph, SnappedPoints, travelTimesFrom, type Bbox, type NetworkData } from '../domain/routing/index.ts'
import type { LngLat } from '../domain/types.ts'
import type { RoutingApi } from './protocol.ts'
import { serve, transfer, type WorkerScope } from './serve.ts'

/** Isochrones cover the whole map view around the three jurisdictions, not only their box, so no area ends at a straight edge. */
const ISOCHRONE_VIEW: Bbox = [120.6, 31.0, 121.6, 31.85]

let graph: RoadGraph | null = null
/** Parks, then listings, snapped once. */
let points: SnappedPoints | null = null
let nParks = 0
const timesCache = new Map<string, Float64Array | null>()

function ready(): SnappedPoints {
  if (!points) throw new Error('no init message')
  return points
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

serve<RoutingApi>(self as unknown as WorkerScope, {
  async init({ networkUrl, parks, listings }) {
    const res = await fetch(networkUrl)
    if (!res.ok) throw new Error(`${networkUrl}: HTTP ${res.status}`)
    graph = new RoadGraph((await res.json()) as NetworkData)
    nParks = parks.length / 2
    const all = new Float64Array(parks.length + listings.length)
    all.set(parks)
    all.set(listings, parks.length)
    points = new SnappedPoints(graph, all)
  },
  pin({ pin }) {
    const snapped = ready()
    const times = timesFrom('pin', pin)
    if (!times) return null
    const parks = snapped.minutesFrom(times, 0, nParks)
    const listings = snapped.minutesFrom(times, nParks)
    return transfer({ parks, listings }, [parks.buffer, listings.buffer])
  },
  iso({ hub, origin, bands, cellKm }) {
    ready()
    const times = timesFrom(hub, origin)
    return times ? isochrones(graph!, times, bands, ISOCHRONE_VIEW, cellKm) : { type: 'FeatureCollection', features: [] }
  },
})
