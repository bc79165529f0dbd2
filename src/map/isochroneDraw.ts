/**
 * Isochrones as drawn: each limit's features tagged with its colour, and whether a feature is the limit's own
 * contour (the minutes of the limit) or one of the reference bands (10/20/30/45/60), shown on demand.
 */
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec'

export interface LimitDraw {
  /** A hub id or 'pin'. */
  hub: string
  /** The limit, minutes. */
  max: number
  colour: string
}

/**
 * Every limit's isochrones in one collection, in limit order; properties: hub, minutes, colour, own. A limit's own
 * contour is its band nearest the limit's minutes: while a slider moves, the isochrones drawn may be those of the
 * previous step (31 while the slider says 32), and the contour shown is then that one rather than none.
 */
export function isochroneFeatures(limits: readonly LimitDraw[], isochrones: Readonly<Record<string, GeoJSON.FeatureCollection>>): GeoJSON.FeatureCollection {
  const features = limits.flatMap((lim) => {
    const fs = isochrones[lim.hub]?.features ?? []
    const minutes = fs.map((f) => Number(f.properties?.minutes))
    const own = minutes.reduce((best, m) => (Math.abs(m - lim.max) < Math.abs(best - lim.max) ? m : best), Infinity)
    return fs.map((f, i) => ({ ...f, properties: { hub: lim.hub, minutes: minutes[i], colour: lim.colour, own: minutes[i] === own } }))
  })
  return { type: 'FeatureCollection', features }
}

/** Contours to draw: each limit's own, and the other bands too when `bands` is on. */
export function bandFilter(bands: boolean): FilterSpecification {
  return bands ? ['boolean', true] : ['==', ['get', 'own'], true]
}
