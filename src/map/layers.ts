/**
 * The app's own layers as data (STYLE.md 1): source and layer ids, GeoJSON builders and layer specifications.
 * MapView adds them above whichever basemap is shown (offline or online); components never call addLayer.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec'
import circle from '@turf/circle'
import type { Dataset, Hub } from '../domain/types.ts'
import type { Lang } from '../domain/state.ts'
import { FONT, labelField } from './style.ts'
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS } from '../domain/clusters.ts'
import { bandFilter } from './isochroneDraw.ts'
import { ANSWER_COLOURS } from './palette.ts'
import { HUB_RANK, hubSides, shortHubName } from './hubLabels.ts'

export const SRC = {
  isochrones: 'isochrones',
  /** The area where every drive-time limit holds (src/domain/routing/answerArea.ts). */
  answer: 'answer-area',
  parks: 'parks',
  parkPoints: 'park-points',
  /** Every listing, faded context (clustered by MapLibre at low zoom): sent once, never updated. */
  listings: 'listings',
  /** The matching listings of the current view, clustered with counts (listingSync.ts). */
  matches: 'listing-matches',
  hubs: 'hubs',
  pin: 'pin',
} as const

export const LAYER = {
  answerFill: 'answer-fill',
  answerLine: 'answer-line',
  isoLine: 'iso-line',
  isoLabel: 'iso-label',
  parkFill: 'park-fill',
  parkLine: 'park-line',
  parkLabel: 'park-label',
  /** The matching listings: clusters and single listings in one layer. */
  matches: 'listing-matches',
  clusterCount: 'listing-cluster-count',
  /** Every listing, faded. */
  listings: 'listing-points',
  hubs: 'hub-icons',
  pin: 'pin-point',
  pinLabel: 'pin-label',
} as const

/** Overlay layers drawn and placed above the basemap's labels (hubs win every collision); the others go below them. */
export const TOP_LAYERS: ReadonlySet<string> = new Set([LAYER.clusterCount, LAYER.hubs, LAYER.pin, LAYER.pinLabel])
/** Overlay labels placed just under the basemap's town names: towns win over them, they win over roads. */
export const UNDER_TOWN_LAYERS: ReadonlySet<string> = new Set([LAYER.isoLabel, LAYER.parkLabel])

/** Layers whose text follows the language. */
export const OVERLAY_LABEL_LAYERS = [LAYER.parkLabel, LAYER.hubs] as const
/** Layers a click or hover can hit, top first. */
export const INTERACTIVE_LAYERS = [LAYER.hubs, LAYER.matches, LAYER.listings, LAYER.parkFill] as const
/** Layers of listings: a feature with `point_count` is a cluster, else one listing (feature id = listing index). */
export const LISTING_LAYERS = [LAYER.matches, LAYER.listings] as const

export const HUB_ICON = (kind: Hub['kind']): string => `hub-${kind}`

/** Park areas: the boundary where a seed has one, else a circle of its radius (drawn dashed as approximate). */
export function parkAreas(ds: Dataset): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: ds.parks.map((p, i) => {
      const approximate = p.precision === 'approximate' || !p.boundary
      const geometry: GeoJSON.Polygon = p.boundary
        ? { type: 'Polygon', coordinates: [[...p.boundary, p.boundary[0]]] }
        : circle(p.point, p.radiusKm ?? 1, { steps: 48, units: 'kilometers' }).geometry
      return { type: 'Feature', id: i, properties: { id: p.id, name: p.name.zh, 'name:en': p.name.en, kind: p.kind, approx: approximate }, geometry }
    }),
  }
}

export function parkPoints(ds: Dataset): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: ds.parks.map((p, i) => ({ type: 'Feature', id: i, properties: { id: p.id, name: p.name.zh, 'name:en': p.name.en }, geometry: { type: 'Point', coordinates: p.point } })),
  }
}

/** Every listing as a point (feature id = listing index), `s` = sample. Sent to MapLibre once: the faded context. */
export function listingPoints(points: Float64Array, sample: Uint8Array): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = []
  for (let i = 0; i < sample.length; i++) {
    const coordinates = [points[2 * i], points[2 * i + 1]]
    if (coordinates.every(Number.isFinite)) features.push({ type: 'Feature', id: i, properties: { s: sample[i] }, geometry: { type: 'Point', coordinates } })
  }
  return { type: 'FeatureCollection', features }
}

export function hubPoints(ds: Dataset): GeoJSON.FeatureCollection {
  const sides = hubSides(ds.hubs)
  return {
    type: 'FeatureCollection',
    features: ds.hubs.map((h, i) => ({
      type: 'Feature',
      id: i,
      properties: { id: h.id, kind: h.kind, icon: HUB_ICON(h.kind), name: shortHubName(h.name.zh), 'name:en': shortHubName(h.name.en), side: sides[i], rank: HUB_RANK[h.kind] },
      geometry: { type: 'Point', coordinates: h.point },
    })),
  }
}

/**
 * Sources of the app's layers. All listings go in once (the faded context); the matching ones arrive per view,
 * already clustered, from the listings worker (listingSync.ts): MapLibre's own clustering would need every matching
 * feature serialized on the main thread at each filter change.
 */
export function overlaySources(ds: Dataset, listings: { points: Float64Array; sample: Uint8Array }): Record<string, SourceSpecification> {
  const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }
  return {
    [SRC.isochrones]: { type: 'geojson', data: empty },
    [SRC.answer]: { type: 'geojson', data: empty },
    [SRC.parks]: { type: 'geojson', data: parkAreas(ds) },
    [SRC.parkPoints]: { type: 'geojson', data: parkPoints(ds) },
    // Clustered as the matches are: at low zoom, thousands of single points cost every frame more than a few hundred discs.
    [SRC.listings]: { type: 'geojson', data: listingPoints(listings.points, listings.sample), cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: CLUSTER_RADIUS },
    [SRC.matches]: { type: 'geojson', data: empty },
    [SRC.hubs]: { type: 'geojson', data: hubPoints(ds) },
    [SRC.pin]: { type: 'geojson', data: empty },
  } as Record<string, SourceSpecification>
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false]
const own: ExpressionSpecification = ['==', ['get', 'own'], true]
/** True for a single listing (not a cluster) where `test` holds. */
const single = (test: ExpressionSpecification): ExpressionSpecification => ['all', ['!', ['has', 'point_count']], test]

/**
 * A layer of listings: discs sized by count where they cluster, dots for single listings (hover and selection on
 * those only: a cluster id may equal a listing index). The faded context and the matches use this one shape so that
 * they share one WebGL program: compiling a new one takes 0.4-0.6 s in software rendering, and a layer that first
 * draws in the middle of a drag (the first single match to leave a cluster) would compile its own then.
 */
function listingLayer(
  id: string,
  source: string,
  o: { colour: string; clusterOpacity: number; clusterStroke: number; opacity: number; radius: number; stroke: number; strokeOpacity: number },
): LayerSpecification {
  const cluster: ExpressionSpecification = ['has', 'point_count']
  return {
    id,
    type: 'circle',
    source,
    paint: {
      'circle-color': ['case', single(state('selected')), '#d9480f', o.colour],
      'circle-opacity': ['case', cluster, o.clusterOpacity, single(state('selected')), 1, single(state('hover')), 0.9, o.opacity],
      'circle-radius': [
        'case',
        cluster,
        ['interpolate', ['linear'], ['get', 'point_count'], 2, 12, 50, 18, 500, 26, 10000, 36],
        single(state('selected')),
        9,
        single(state('hover')),
        8,
        o.radius,
      ],
      'circle-stroke-color': ['case', cluster, '#fff', single(state('selected')), '#111', ['==', ['get', 's'], 1], '#7048a8', '#fff'],
      'circle-stroke-width': ['case', cluster, o.clusterStroke, single(state('selected')), 3, single(state('hover')), 2.5, o.stroke],
      'circle-stroke-opacity': ['case', single(state('selected')), 1, o.strokeOpacity],
    },
  }
}

export function overlayLayers(lang: Lang): LayerSpecification[] {
  const text = labelField(lang)
  return [
    // The answer: one filled region with a clear outline, under the limits' own contours (which run along its edge).
    { id: LAYER.answerFill, type: 'fill', source: SRC.answer, paint: { 'fill-color': ANSWER_COLOURS.fill, 'fill-opacity': 0.42 } },
    {
      id: LAYER.isoLine,
      type: 'line',
      source: SRC.isochrones,
      filter: bandFilter(false),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': ['get', 'colour'], 'line-width': ['case', own, 2.5, 1], 'line-opacity': ['case', own, 0.95, 0.5] },
    },
    { id: LAYER.answerLine, type: 'line', source: SRC.answer, layout: { 'line-join': 'round' }, paint: { 'line-color': ANSWER_COLOURS.outline, 'line-width': 2.2, 'line-opacity': 0.9 } },
    {
      id: LAYER.parkFill,
      type: 'fill',
      source: SRC.parks,
      paint: {
        'fill-color': ['case', state('selected'), '#d9480f', '#1f5f8b'],
        'fill-opacity': ['case', state('hover'), 0.35, state('selected'), 0.3, ['boolean', ['feature-state', 'match'], true], 0.16, 0.04],
      },
    },
    {
      id: LAYER.parkLine,
      type: 'line',
      source: SRC.parks,
      paint: {
        'line-color': ['case', state('selected'), '#d9480f', '#1f5f8b'],
        'line-width': ['case', state('hover'), 3, state('selected'), 3, 1.4],
        'line-opacity': ['case', ['boolean', ['feature-state', 'match'], true], 0.9, 0.3],
        // A surveyed boundary solid, an approximate circle (a stated size around a point) dashed.
        'line-dasharray': ['case', ['boolean', ['get', 'approx'], false], ['literal', [3, 2]], ['literal', [1, 0]]],
      },
    },
    listingLayer(LAYER.listings, SRC.listings, { colour: '#9aa5b1', clusterOpacity: 0.25, clusterStroke: 0, opacity: 0.45, radius: 3.5, stroke: 0.8, strokeOpacity: 0.6 }),
    listingLayer(LAYER.matches, SRC.matches, { colour: '#d9480f', clusterOpacity: 0.85, clusterStroke: 1.5, opacity: 0.95, radius: 6, stroke: 1.5, strokeOpacity: 1 }),
    {
      id: LAYER.isoLabel,
      type: 'symbol',
      source: SRC.isochrones,
      filter: bandFilter(false),
      layout: { 'symbol-placement': 'line', 'text-field': ['concat', ['to-string', ['get', 'minutes']], "'"], 'text-font': [FONT], 'text-size': ['case', own, 12, 10], 'symbol-sort-key': ['case', own, 0, 1] },
      paint: { 'text-color': ['get', 'colour'], 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
    },
    {
      id: LAYER.parkLabel,
      type: 'symbol',
      source: SRC.parkPoints,
      minzoom: 10,
      // Beside the park's point, not on it: listings without a point of their own are drawn there.
      layout: { 'text-field': text, 'text-font': [FONT], 'text-size': 12, 'text-max-width': 9, 'text-optional': true, 'text-variable-anchor': ['top', 'bottom', 'right', 'left'], 'text-radial-offset': 0.9, 'text-justify': 'auto' },
      paint: { 'text-color': '#174a6c', 'text-halo-color': '#fff', 'text-halo-width': 1.6 },
    },
    {
      id: LAYER.clusterCount,
      type: 'symbol',
      source: SRC.matches,
      filter: ['has', 'point_count'],
      // Counts never hide a town name: drawn over it if they must, never placed against it.
      layout: { 'text-field': ['to-string', ['get', 'point_count']], 'text-font': [FONT], 'text-size': 12, 'text-allow-overlap': true, 'text-ignore-placement': true },
      paint: { 'text-color': '#fff' },
    },
    {
      id: LAYER.hubs,
      type: 'symbol',
      source: SRC.hubs,
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-size': 1,
        'icon-allow-overlap': true,
        // Hubs a few hundred metres apart side by side (hubLabels.ts), each label beside its own icon.
        'icon-offset': ['match', ['get', 'side'], 'left', ['literal', [-13, 0]], 'right', ['literal', [13, 0]], ['literal', [0, 0]]],
        'symbol-sort-key': ['get', 'rank'],
        'text-field': text,
        'text-font': [FONT],
        'text-size': 12,
        'text-variable-anchor-offset': [
          'match',
          ['get', 'side'],
          'left',
          ['literal', ['right', [-2.4, 0]]],
          'right',
          ['literal', ['left', [2.4, 0]]],
          ['literal', ['top', [0, 1.3], 'bottom', [0, -1.3], 'left', [1.4, 0], 'right', [-1.4, 0]]],
        ],
        'text-optional': true,
      },
      paint: { 'text-color': '#102a43', 'text-halo-color': '#fff', 'text-halo-width': 1.8 },
    },
    { id: LAYER.pin, type: 'circle', source: SRC.pin, paint: { 'circle-radius': 8, 'circle-color': '#c2255c', 'circle-stroke-color': '#fff', 'circle-stroke-width': 3 } },
    { id: LAYER.pinLabel, type: 'symbol', source: SRC.pin, layout: { 'text-field': ['get', 'label'], 'text-font': [FONT], 'text-size': 12, 'text-offset': [0, 1.4], 'text-anchor': 'top' }, paint: { 'text-color': '#c2255c', 'text-halo-color': '#fff', 'text-halo-width': 1.8 } },
  ]
}
