/**
 * The offline basemap as data: a MapLibre style built from data/basemap.json (boundaries, water, roads by class,
 * rail, stations, towns). No tile server, no glyph server: Latin labels use the Noto Sans file shipped with the app
 * through the style's `font-faces`; CJK labels come from system fonts (map option localIdeographFontFamily).
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec'
import type { Lang } from '../domain/state.ts'

export const BASEMAP_SOURCE = 'basemap'
export const FONT = 'Noto Sans Regular'
export const CJK_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif"

/** Label text in the chosen language; English falls back to the Chinese name where a feature has none. */
export function labelField(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['coalesce', ['get', 'name:en'], ['get', 'name']] : ['get', 'name']
}

/**
 * A road's `ref` as signs write it: OpenStreetMap joins the numbers of a shared section with ';' (`G2;G42`), shown
 * as `G2/G42`. MapLibre expressions have no replace, so each ';' (up to three) is cut out with index-of and slice.
 */
export function refText(ref: ExpressionSpecification = ['get', 'ref'], depth = 3): ExpressionSpecification {
  if (depth === 0) return ref
  const at: ExpressionSpecification = ['index-of', ';', ref]
  return ['case', ['>=', at, 0], ['concat', ['slice', ref, 0, at], '/', refText(['slice', ref, ['+', at, 1]], depth - 1)], ref]
}

const THREE: ExpressionSpecification = ['match', ['get', 'jurisdiction'], ['jiading', 'kunshan', 'taicang'], true, false]
const layerIs = (name: string): ExpressionSpecification => ['==', ['get', 'layer'], name]

export const COLORS = {
  land: '#ece9e0',
  focusLand: '#faf8f2',
  water: '#a8cde6',
  boundary: '#6d5a7b',
  motorway: '#e58a2e',
  trunk: '#f0b25a',
  primary: '#f5d27f',
  minor: '#ffffff',
  rail: '#6b6f76',
  metro: '#8a63a8',
  label: '#3b4652',
} as const

/** Label layers whose text-field follows the language. */
// Not road-label: its text is the road's number (ref), the same in every language.
export const BASEMAP_LABEL_LAYERS = ['river-label', 'water-label', 'town-label', 'station-label', 'boundary-label', 'boundary-label-focus'] as const

/**
 * Label priorities: MapLibre places symbol layers from the top down, so the order below (roads, then rivers and
 * water, stations, towns, boundaries on top) lets towns win over roads; the app's hub icons and labels go above all
 * of these (layers.ts), so hubs win over towns.
 */
export function basemapLayers(lang: Lang): LayerSpecification[] {
  const text = labelField(lang)
  const src = BASEMAP_SOURCE
  const roadWidth = (base: number): ExpressionSpecification => ['interpolate', ['exponential', 1.5], ['zoom'], 8, base * 0.4, 12, base, 16, base * 4]
  return [
    { id: 'background', type: 'background', paint: { 'background-color': COLORS.land } },
    { id: 'boundary-fill', type: 'fill', source: src, filter: ['all', layerIs('boundary'), THREE], paint: { 'fill-color': COLORS.focusLand } },
    { id: 'water', type: 'fill', source: src, filter: layerIs('water'), paint: { 'fill-color': COLORS.water } },
    { id: 'river', type: 'line', source: src, filter: layerIs('river'), paint: { 'line-color': COLORS.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 13, 4] } },
    { id: 'boundary-other', type: 'line', source: src, filter: ['all', layerIs('boundary'), ['!', THREE]], paint: { 'line-color': '#a59cae', 'line-width': 0.8, 'line-dasharray': [3, 2] } },
    { id: 'boundary-line', type: 'line', source: src, filter: ['all', layerIs('boundary'), THREE], paint: { 'line-color': COLORS.boundary, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 13, 3], 'line-dasharray': [4, 2] } },
    { id: 'road-minor', type: 'line', source: src, filter: ['all', layerIs('road'), ['match', ['get', 'highway'], ['secondary', 'tertiary', 'unclassified'], true, false]], minzoom: 9, layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': COLORS.minor, 'line-width': roadWidth(1.6) } },
    { id: 'road-primary', type: 'line', source: src, filter: ['all', layerIs('road'), ['match', ['get', 'highway'], ['primary', 'primary_link'], true, false]], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': COLORS.primary, 'line-width': roadWidth(2) } },
    { id: 'road-trunk', type: 'line', source: src, filter: ['all', layerIs('road'), ['match', ['get', 'highway'], ['trunk', 'trunk_link'], true, false]], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': COLORS.trunk, 'line-width': roadWidth(2.4) } },
    { id: 'road-motorway', type: 'line', source: src, filter: ['all', layerIs('road'), ['match', ['get', 'highway'], ['motorway', 'motorway_link'], true, false]], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': COLORS.motorway, 'line-width': roadWidth(3) } },
    { id: 'rail', type: 'line', source: src, filter: ['all', layerIs('rail'), ['!=', ['get', 'kind'], 'metro']], paint: { 'line-color': COLORS.rail, 'line-width': 1.6, 'line-dasharray': [3, 1.5] } },
    { id: 'metro', type: 'line', source: src, filter: ['all', layerIs('rail'), ['==', ['get', 'kind'], 'metro']], minzoom: 9, paint: { 'line-color': COLORS.metro, 'line-width': 1.4, 'line-opacity': 0.7 } },
    { id: 'station', type: 'circle', source: src, filter: ['all', layerIs('station'), ['!=', ['get', 'kind'], 'metro']], paint: { 'circle-radius': 3.5, 'circle-color': '#fff', 'circle-stroke-color': COLORS.rail, 'circle-stroke-width': 1.5 } },
    { id: 'station-metro', type: 'circle', source: src, filter: ['all', layerIs('station'), ['==', ['get', 'kind'], 'metro']], minzoom: 11, paint: { 'circle-radius': 2.5, 'circle-color': '#fff', 'circle-stroke-color': COLORS.metro, 'circle-stroke-width': 1.2 } },
    { id: 'road-label', type: 'symbol', source: src, filter: ['all', layerIs('road'), ['has', 'ref']], minzoom: 9, layout: { 'symbol-placement': 'line', 'text-field': refText(), 'text-font': [FONT], 'text-size': 10, 'symbol-spacing': 400 }, paint: { 'text-color': '#7a4a10', 'text-halo-color': '#fff', 'text-halo-width': 1.5 } },
    { id: 'river-label', type: 'symbol', source: src, filter: layerIs('river'), minzoom: 10, layout: { 'symbol-placement': 'line', 'text-field': text, 'text-font': [FONT], 'text-size': 11 }, paint: { 'text-color': '#2f6f9f', 'text-halo-color': '#fff', 'text-halo-width': 1 } },
    { id: 'water-label', type: 'symbol', source: src, filter: layerIs('water'), minzoom: 9, layout: { 'text-field': text, 'text-font': [FONT], 'text-size': 11 }, paint: { 'text-color': '#2f6f9f', 'text-halo-color': '#fff', 'text-halo-width': 1 } },
    { id: 'station-label', type: 'symbol', source: src, filter: ['all', layerIs('station'), ['!=', ['get', 'kind'], 'metro']], minzoom: 10, layout: { 'text-field': text, 'text-font': [FONT], 'text-size': 11, 'text-offset': [0, 1.1], 'text-anchor': 'top' }, paint: { 'text-color': '#4b4f56', 'text-halo-color': '#fff', 'text-halo-width': 1.2 } },
    { id: 'town-label', type: 'symbol', source: src, filter: layerIs('town'), minzoom: 9.5, layout: { 'text-field': text, 'text-font': [FONT], 'text-size': ['match', ['get', 'kind'], 'city', 14, 12], 'symbol-sort-key': ['match', ['get', 'kind'], 'city', 0, 1] }, paint: { 'text-color': COLORS.label, 'text-halo-color': '#fff', 'text-halo-width': 1.5 } },
    { id: 'boundary-label', type: 'symbol', source: src, filter: ['all', layerIs('boundary-label'), ['!', THREE]], maxzoom: 11.5, layout: { 'text-field': text, 'text-font': [FONT], 'text-size': 12, 'text-letter-spacing': 0.1 }, paint: { 'text-color': '#8c8496', 'text-halo-color': '#fff', 'text-halo-width': 2 } },
    // The three jurisdictions are always named: their labels may overlap hub icons (placed last, drawn on top).
    { id: 'boundary-label-focus', type: 'symbol', source: src, filter: ['all', layerIs('boundary-label'), THREE], maxzoom: 11.5, layout: { 'text-field': text, 'text-font': [FONT], 'text-size': 18, 'text-letter-spacing': 0.1, 'text-allow-overlap': true, 'text-ignore-placement': true }, paint: { 'text-color': COLORS.boundary, 'text-halo-color': '#fff', 'text-halo-width': 2 } },
  ]
}

export interface StyleOptions {
  lang: Lang
  /** Absolute URL of data/basemap.json. */
  basemapUrl: string
  /** Absolute URL of the Latin font file. */
  fontUrl: string
}

export function buildBasemapStyle(o: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'JKT offline basemap',
    'font-faces': { [FONT]: [{ url: o.fontUrl, 'unicode-range': ['U+0000-024F', 'U+1E00-1EFF', 'U+2000-206F', 'U+20AC', 'U+2122'] }] },
    sources: { [BASEMAP_SOURCE]: { type: 'geojson', data: o.basemapUrl, tolerance: 0.5 } },
    layers: basemapLayers(o.lang),
  } as StyleSpecification
}
