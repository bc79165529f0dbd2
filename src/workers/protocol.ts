/** Messages between the app and the routing worker. */
import type { LngLat } from '../domain/types.ts'

export type WorkerRequest =
  | { type: 'init'; networkUrl: string; parks: Float64Array; listings: Float64Array }
  | { type: 'pin'; id: number; pin: LngLat }
  | { type: 'iso'; id: number; hub: string; origin: LngLat; bands: number[]; cellKm: number }

export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'pin'; id: number; ok: true; parks: Float32Array; listings: Float32Array }
  | { type: 'pin'; id: number; ok: false }
  | { type: 'iso'; id: number; hub: string; fc: GeoJSON.FeatureCollection }
  | { type: 'error'; message: string }
