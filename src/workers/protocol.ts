/** Messages between the app and its workers. */
import type { LngLat, PeopleWithin } from '../domain/types.ts'

/** The routing worker (drive times from a pin, isochrones). */
export type WorkerRequest =
  | { type: 'init'; networkUrl: string; parks: Float64Array; listings: Float64Array }
  | { type: 'pin'; id: number; pin: LngLat }
  | { type: 'iso'; id: number; hub: string; origin: LngLat; bands: number[]; cellKm: number }
  /** Residents within 15/30/45/60 min of the pin (seat → pin): seats as flat [lng, lat, …], populations aligned. */
  | { type: 'reach'; id: number; pin: LngLat; seats: Float64Array; population: Float64Array }

export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'pin'; id: number; ok: true; parks: Float32Array; listings: Float32Array }
  | { type: 'pin'; id: number; ok: false }
  | { type: 'iso'; id: number; hub: string; fc: GeoJSON.FeatureCollection }
  /** null: the pin is off the network. */
  | { type: 'reach'; id: number; peopleWithin: PeopleWithin | null }
  | { type: 'error'; message: string }

/** The listings worker (clusters of the matching listings, per view; src/map/listingClusters.ts). */
export type ListingsRequest =
  | { type: 'init'; points: Float64Array; sample: Uint8Array }
  /** A new match mask (optional: re-index first), then the clusters and points of the view. */
  | { type: 'view'; seq: number; match?: Uint8Array; bbox: [number, number, number, number]; zoom: number }
  | { type: 'expand'; seq: number; clusterId: number }

export type ListingsResponse =
  | { type: 'view'; seq: number; fc: GeoJSON.FeatureCollection<GeoJSON.Point> }
  | { type: 'expand'; seq: number; zoom: number | null }
  | { type: 'error'; seq: number; message: string }
