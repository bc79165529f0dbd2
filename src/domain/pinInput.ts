/** Reading a typed or pasted coordinate pair for the custom pin. Never throws; errors name what is wrong. */
import { PAIR, isInArea, parseLngLat, round6, type Crs } from './geo.ts'
import type { LngLat } from './types.ts'

export type PinInputResult = { ok: true; point: LngLat } | { ok: false; error: 'bad' | 'outside' }

/** "lng, lat" (comma, full-width comma or space); converted to WGS-84 and checked against the area. */
export function parsePinInput(text: string, crs: Crs): PinInputResult {
  const w = parseLngLat(text, crs)
  if (!w) return { ok: false, error: 'bad' }
  return checkPinPoint(w)
}

/** A WGS-84 point for the pin (typed, or clicked on the map): rounded as links keep it, and checked against the area. */
export function checkPinPoint(p: LngLat): PinInputResult {
  if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return { ok: false, error: 'bad' }
  const point: LngLat = [round6(p[0]), round6(p[1])]
  return isInArea(point) ? { ok: true, point } : { ok: false, error: 'outside' }
}

/**
 * A pair typed latitude first ("31.33, 121.17", as Google Maps copies a point) that `parsePinInput` refuses but
 * reads as a point in the area once swapped: the corrected text and point, to offer (never applied silently: a
 * pair that is valid either way round is read as typed). Null when swapping does not help.
 */
export function swappedPinInput(text: string, crs: Crs): { text: string; point: LngLat } | null {
  if (parsePinInput(text, crs).ok) return null
  const m = PAIR.exec(text)
  if (!m) return null
  const swapped = `${m[2]}, ${m[1]}`
  const r = parsePinInput(swapped, crs)
  return r.ok ? { text: swapped, point: r.point } : null
}
