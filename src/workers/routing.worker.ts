/**
 * Drive times off the main thread: the same engine as the data build (src/domain/routing). It loads the road
 * graph once, snaps every park and listing once, then answers "minutes from this pin to every park and listing",
 * "isochrones around this origin" and "residents within reach of this pin" requests (src/workers/client.ts on the
 * page's side). A failed init (no network.json) rejects the init request; the page then reports the worker as
 * failed (src/stores/routing.ts).
 */
import { IsochroneFields, isochrones, RoadGraph, SnappedPoints, travelTimesFrom, type Bbox, type NetworkData } from '../domain/routing/index.ts'
import type { LngLat } from '../domain/types.ts'
import type { RoutingApi } from './protocol.ts'
import { serve, transfer, type WorkerScope } from './serve.ts'
import { answerArea } from '../domain/routing/answerArea.ts'

/** Isochrones cover the whole map view around the three jurisdictions, not only their box, so no area ends at a straight edge. */
const ISOCHRONE_VIEW: Bbox = [120.6, 31.0, 121.6, 31.85]
import { peopleWithin, ReverseSearch } from '../domain/routing/reach.ts'

let graph: RoadGraph | null = null
/** Parks, then listings, snapped once. */
let points: SnappedPoints | null = null
let nParks = 0
/** The parks' points as sent at init, kept for setListings. */
let parkPoints = new Float64Array(0)
/** Times from a hub or the pin, with the isochrone fields sampled from them (null: the origin is off the network). */
const timesCache = new Map<string, { times: Float64Array; fields: IsochroneFields } | null>()
/** The reversed graph's search for "people within reach" of the pin, built on the first such request. */
let reverse: ReverseSearch | null = null

function ready(): SnappedPoints {
  if (!points) throw new Error('no init message')
  return points
}

/**
 * Times from a hub or the pin, kept with their isochrone fields (isochrones.ts). Hubs are few; of the pin only the
 * latest position is kept, or every pin moved would hold on to its fields (about 0.5 MB each).
 */
function timesFrom(key: string, origin: LngLat): { times: Float64Array; fields: IsochroneFields } | null {
  const cacheKey = `${key}@${origin[0]},${origin[1]}`
  if (!timesCache.has(cacheKey)) {
    if (key === 'pin') for (const k of timesCache.keys()) if (k.startsWith('pin@')) timesCache.delete(k)
    const times = travelTimesFrom(graph!, origin)
    timesCache.set(cacheKey, times && { times, fields: new IsochroneFields() })
  }
  return timesCache.get(cacheKey)!
}

serve<RoutingApi>(self as unknown as WorkerScope, {
  async init({ networkUrl, parks, listings }) {
    const res = await fetch(networkUrl)
    if (!res.ok) throw new Error(`${networkUrl}: HTTP ${res.status}`)
    graph = new RoadGraph((await res.json()) as NetworkData)
    nParks = parks.length / 2
    parkPoints = parks.slice()
    const all = new Float64Array(parks.length + listings.length)
    all.set(parks)
    all.set(listings, parks.length)
    points = new SnappedPoints(graph, all)
  },
  setListings({ listings }) {
    ready()
    const all = new Float64Array(parkPoints.length + listings.length)
    all.set(parkPoints)
    all.set(listings, parkPoints.length)
    points = new SnappedPoints(graph!, all)
  },
  pin({ pin }) {
    const snapped = ready()
    const from = timesFrom('pin', pin)
    if (!from) return null
    const parks = snapped.minutesFrom(from.times, 0, nParks)
    const listings = snapped.minutesFrom(from.times, nParks)
    return transfer({ parks, listings }, [parks.buffer, listings.buffer])
  },
  hubMinutes({ points: flat, hubs }) {
    ready()
    const snapped = new SnappedPoints(graph!, flat)
    // Hub times are cached (timesFrom): a second import costs only the snapping.
    const perHub = hubs.map((h) => snapped.minutesFrom(timesFrom(h.id, h.point)?.times ?? null))
    return Array.from({ length: snapped.count }, (_, i) => perHub.map((m) => (Number.isNaN(m[i]) ? null : m[i])))
  },
  iso({ hub, origin, bands, cellKm }) {
    ready()
    const from = timesFrom(hub, origin)
    return from ? isochrones(graph!, from.times, bands, ISOCHRONE_VIEW, cellKm, from.fields) : { type: 'FeatureCollection', features: [] }
  },
  reach({ pin, seats, population }) {
    ready()
    reverse ??= new ReverseSearch(graph!)
    const points = Array.from({ length: seats.length / 2 }, (_, i): LngLat => [seats[2 * i], seats[2 * i + 1]])
    const minutes = reverse.seatMinutesTo(pin, points)
    return minutes ? peopleWithin(minutes, Array.from(population)) : null
  },
  answer({ limits, cellKm }) {
    ready()
    // An origin off the network reaches nothing, so no place holds every limit.
    const from = limits.map((l) => ({ from: timesFrom(l.hub, l.origin), minutes: l.minutes }))
    if (!from.every((l) => l.from)) return { type: 'FeatureCollection', features: [] }
    return answerArea(graph!, from.map((l) => ({ times: l.from!.times, fields: l.from!.fields, minutes: l.minutes })), ISOCHRONE_VIEW, cellKm)
  },
})
