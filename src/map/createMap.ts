/** The MapLibre instance as this app uses it: 2D only, its controls, and the camera held to the box of camera.ts. */
import { AttributionControl, LngLatBounds, Map as MlMap, NavigationControl, ScaleControl, type StyleSpecification } from 'maplibre-gl'
import type { Camera } from '../domain/state.ts'
import { BASEMAP_SOURCE, CJK_FONT_FAMILY } from './style.ts'
import { cameraFits, MAX_ZOOM, MIN_ZOOM, relaxedBox, type Box } from './camera.ts'

export interface CreateMapOptions {
  container: HTMLElement
  style: string | StyleSpecification
  /** The link's camera, else the box to fit. */
  camera: Camera | null
  fit: Box
  padding: number
  attribution: string
  compact: boolean
  /** Where the camera may go (camera.ts). */
  box: Box
  /** data/basemap.json could not be loaded or read: the app shows a notice; the overlays keep drawing. */
  basemapFailed(reason: string): void
}

export function createMap(o: CreateMapOptions): MlMap {
  const m = new MlMap({
    container: o.container,
    style: o.style,
    bounds: o.camera ? undefined : new LngLatBounds([o.fit[0], o.fit[1]], [o.fit[2], o.fit[3]]),
    // A fit to a few close matches stops at zoom 13, as "fit to results" does at 14: the parks stay in context.
    fitBoundsOptions: { padding: o.padding, maxZoom: 13 },
    center: o.camera ? [o.camera.lng, o.camera.lat] : undefined,
    zoom: o.camera ? o.camera.zoom : undefined,
    // Bounds and zoom range are set once the view is known (below), so that a link's camera opens as it was.
    dragRotate: false,
    pitchWithRotate: false,
    maxPitch: 0,
    touchPitch: false,
    localIdeographFontFamily: CJK_FONT_FAMILY,
    attributionControl: false,
  })
  m.touchZoomRotate.disableRotation()
  m.keyboard.disableRotation()
  m.addControl(new NavigationControl({ showCompass: false }), 'top-right')
  m.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left')
  m.addControl(new AttributionControl({ compact: o.compact, customAttribution: o.attribution }), 'bottom-right')
  bound(m, o.box, o.camera !== null)
  onSourceError(m, BASEMAP_SOURCE, o.basemapFailed)
  return m
}

/**
 * The camera stays within the box, at zooms the offline basemap serves, unless the link's own camera lies outside
 * them: then the box and range widen to hold it, so that an accepted `map=` is never moved (links written before
 * the bounds open as they did).
 */
function bound(m: MlMap, box: Box, fromLink: boolean): void {
  const b = m.getBounds()
  const view: Box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
  const zoom = m.getZoom()
  const fits = !fromLink || cameraFits(box, view, zoom)
  m.setMinZoom(fits ? MIN_ZOOM : Math.min(MIN_ZOOM, Math.floor(zoom)))
  m.setMaxZoom(fits ? MAX_ZOOM : Math.max(MAX_ZOOM, Math.ceil(zoom)))
  // Widened for the largest window the session may get (4096 px), not the container's size now: the layout (the
  // panel, the phone's sheet) settles after the map is made, and a growing view must not push the link's camera.
  const c = m.getCenter()
  const half = (360 * 4096) / (512 * 2 ** zoom) / 2
  const widest: Box = [Math.min(view[0], c.lng - half), Math.min(view[1], c.lat - half), Math.max(view[2], c.lng + half), Math.max(view[3], c.lat + half)]
  const max = fits ? box : relaxedBox(box, widest)
  m.setMaxBounds([max[0], max[1], max[2], max[3]])
}

/**
 * A link's camera arriving after the map was made (the link is read once the data is there) may lie outside the
 * bounds the map opened with: lift them, go there, and bound again around it, so that it is never moved.
 */
export function jumpToLinkCamera(m: MlMap, box: Box, cam: Camera): void {
  m.setMaxBounds(null)
  m.setMinZoom(0)
  m.setMaxZoom(22)
  m.jumpTo({ center: [cam.lng, cam.lat], zoom: cam.zoom })
  bound(m, box, true)
}

/**
 * Calls `failed` once when a source of the style cannot be loaded or read (data/basemap.json missing, cut short, not
 * GeoJSON): MapLibre fires it as a map error tagged with the sourceId (its Style sets that on every source's
 * events). The map keeps drawing the other sources, so the parks and listings stay.
 */
export function onSourceError(m: MlMap, sourceId: string, failed: (reason: string) => void): void {
  let done = false
  m.on('error', (e) => {
    if ((e as { sourceId?: string }).sourceId !== sourceId || done) return
    done = true
    failed(e.error?.message ?? 'unknown error')
  })
}
