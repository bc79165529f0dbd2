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

/** Every limit's isochrones in one collection, in limit order; properties: hub, minutes, colour, own. */
export function isochroneFeatures(limits: readonly LimitDraw[], isochrones: Readonly<Record<string, GeoJSON.FeatureCollection>>): GeoJSON.FeatureCollection {
  const features = limits.flatMap((lim) =>
    (isochrones[lim.hub]?.features ?? []).map((f) => {
      const minutes = Number(f.properties?.minutes)
      return { ...f, properties: { hub: lim.hub, minutes, colour: lim.colour, own: minutes === lim.max } }
    }),
  )
  return { type: 'FeatureCollection', features }
}

/** Contours to draw: each limit's own, and the other bands too when `bands` is on. */
export function bandFilter(bands: boolean): FilterSpecification {
  return bands ? ['boolean', true] : ['==', ['get', 'own'], true]
}
