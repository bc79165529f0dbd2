/**
 * The map, driven (STYLE.md 2 and 4; placemark's app/lib/pmap/index.ts is the model). This class owns the MapLibre
 * instance; the app pushes its state in through setters, each of which compares the new value with the last one it
 * applied and does nothing when they are equal, so a watcher that fires with an equal value (a new array with the
 * same ids, a camera the map itself reported) changes nothing on the map. What the user does on the map comes back
 * through callbacks. No store and no component is imported here: src/map knows the map, not the app.
 */
import { setWorkerUrl, type GeoJSONSource, type Map as MlMap } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { Camera, Lang } from '../domain/state.ts'
import { AREA_BBOX } from '../domain/area.ts'
import type { Dataset, LngLat } from '../domain/types.ts'
import { BASEMAP_LABEL_LAYERS, buildBasemapStyle, labelField } from './style.ts'
import { HUB_ICON, LAYER, OVERLAY_LABEL_LAYERS, overlayLayers, overlaySources, SRC, TOP_LAYERS, UNDER_TOWN_LAYERS } from './layers.ts'
import { ListingSync } from './listingSync.ts'
import { HUB_KINDS, hubIcon } from './icons.ts'
import { bandFilter, isochroneFeatures, type LimitDraw } from './isochroneDraw.ts'
import { cameraBox, listingPoint, matchBox, roundCamera, sameCamera, type Box } from './camera.ts'
import { createMap, jumpToLinkCamera } from './createMap.ts'
import { FeatureMarks } from './featureMarks.ts'
import { MapPointer, type MapCallbacks, type MapTable, type MapTarget } from './pointer.ts'

export type { MapCallbacks, MapTable, MapTarget, PopupSubject } from './pointer.ts'
export type { LimitDraw } from './isochroneDraw.ts'
setWorkerUrl(workerUrl)

/** The filter's answer as the map needs it: 1 = matches, one byte per park and per listing. */
export interface MatchMask {
  parks: Uint8Array
  listings: Uint8Array
}

export interface MapOptions {
  container: HTMLElement
  dataset: Dataset
  table: MapTable
  lang: Lang
  /** The link's camera; without one the view fits `fit` (matches), else the whole area. */
  camera: Camera | null
  fit: MatchMask | null
  /** Absolute URLs of the offline basemap data and of the Latin font. */
  basemapUrl: string
  fontUrl: string
  /** An online WGS-84 style (VITE_BASEMAP_STYLE_URL); on failure the offline basemap takes over. */
  onlineStyleUrl?: string
  attribution: string
  /** Small screen: compact attribution, folded at start. */
  compact: boolean
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }
const sameTarget = (a: MapTarget | null, b: MapTarget | null) => a?.kind === b?.kind && a?.id === b?.id

export class MapController {
  readonly map: MlMap
  private readonly listingSync: ListingSync
  private readonly pointer: MapPointer
  private readonly marks: FeatureMarks
  private ready = false
  private loaded = false
  // What the app asked for (applied again when a style loads) and what is on the map now.
  private lang: Lang
  private match: MatchMask | null = null
  private hovered: MapTarget | null = null
  private selection: { park: string | null; listing: string | null } = { park: null, listing: null }
  private limits: LimitDraw[] = []
  private isochrones: Record<string, GeoJSON.FeatureCollection> = {}
  private answer: GeoJSON.FeatureCollection | null = null
  private bands = false
  private pin: LngLat | null = null
  private pinLabel = ''
  private readonly box: Box

  constructor(
    private readonly o: MapOptions,
    cb: MapCallbacks,
  ) {
    this.lang = o.lang
    const area: Box = [...AREA_BBOX]
    const fit = (!o.camera && o.fit && matchBox(o.dataset, o.table.lPoint, o.fit)) || area
    this.box = cameraBox(o.dataset.hubs.map((h) => h.point))
    const m = createMap({ container: o.container, style: o.onlineStyleUrl || this.offlineStyle(), camera: o.camera, fit, padding: this.padding(), attribution: o.attribution, compact: o.compact, box: this.box, basemapFailed: cb.basemapFailed })
    this.map = m
    this.listingSync = new ListingSync(o.table.lPoint, o.table.lSample, SRC.matches)
    this.pointer = new MapPointer(m, o.dataset, this.listingSync, cb)
    this.marks = new FeatureMarks(m, o.table)
    m.on('style.load', () => this.addOverlays())
    m.once('render', () => performance.mark('map:first-frame'))
    m.on('load', () => {
      performance.mark('map:loaded')
      this.loaded = true
      // MapLibre opens a compact attribution expanded; on a phone it would cover the map: start it folded (ⓘ opens it).
      if (o.compact) m.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show')
      // Without a camera in the link, the view goes to the selection the link opened with.
      if (!o.camera) this.flyToSelection()
    })
    if (o.onlineStyleUrl) {
      // An online basemap that fails (network, CORS, bad style) gives way to the offline one.
      let failed = false
      m.on('error', (e) => {
        if (m.isStyleLoaded() || failed) return
        failed = true
        console.warn('online basemap failed:', e.error?.message)
        cb.onlineFailed()
        m.setStyle(this.offlineStyle())
      })
    }
    // The opening camera and a resize (same centre and zoom) are not moves: a link without map= stays without it.
    let last = this.camera()
    m.on('moveend', () => {
      this.listingSync.viewChanged()
      const cam = this.camera()
      if (sameCamera(cam, last)) return
      last = cam
      cb.moved(cam)
    })
  }

  /** The camera as a link writes it (zoom to 2 decimals, lat/lng to the zoom's precision). */
  camera(): Camera {
    const c = this.map.getCenter()
    return roundCamera({ zoom: this.map.getZoom(), lat: c.lat, lng: c.lng })
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return
    this.lang = lang
    if (!this.ready) return
    for (const id of [...BASEMAP_LABEL_LAYERS, ...OVERLAY_LABEL_LAYERS]) if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-field', labelField(lang))
  }

  setMatch(match: MatchMask | null): void {
    if (match === this.match) return
    this.match = match
    if (match) this.listingSync.setMatch(match.listings)
    this.applyParkMatch()
  }

  setHovered(h: MapTarget | null): void {
    if (sameTarget(h, this.hovered)) return
    this.hovered = h ? { ...h } : null
    this.applyHover()
  }

  /** A new selection (compared by value) is marked and flown to once; after that the user moves freely. */
  setSelection(park: string | null, listing: string | null): void {
    if (park === this.selection.park && listing === this.selection.listing) return
    this.selection = { park, listing }
    this.applySelection()
    if (this.loaded) this.flyToSelection()
  }

  /** Limits in the link's order with their colours, and the isochrones per hub (or 'pin') the worker sent. */
  setIsochrones(limits: LimitDraw[], isochrones: Record<string, GeoJSON.FeatureCollection>): void {
    const same = isochrones === this.isochrones && limits.length === this.limits.length && limits.every((l, i) => l.hub === this.limits[i].hub && l.max === this.limits[i].max && l.colour === this.limits[i].colour)
    if (same) return
    this.limits = limits.map((l) => ({ ...l }))
    this.isochrones = isochrones
    this.applyIsochrones()
  }

  /** The area where every limit holds (null: no limits). */
  setAnswerArea(fc: GeoJSON.FeatureCollection | null): void {
    if (fc === this.answer) return
    this.answer = fc
    this.applyAnswer()
  }

  /** Show the 10/20/30/45/60 bands of every limit, or only each limit's own contour. */
  setBands(show: boolean): void {
    if (show === this.bands) return
    this.bands = show
    this.applyBands()
  }

  setPin(pin: LngLat | null, label: string): void {
    if (pin?.[0] === this.pin?.[0] && pin?.[1] === this.pin?.[1] && label === this.pinLabel) return
    this.pin = pin ? [pin[0], pin[1]] : null
    this.pinLabel = label
    this.applyPin()
  }

  setDroppingPin(on: boolean): void {
    this.pointer.dropping = on
  }

  /** The link's camera changed (back button, a pasted link): jump there unless the map already shows it. */
  setCamera(cam: Camera | null): void {
    if (!cam || sameCamera(cam, this.camera())) return
    jumpToLinkCamera(this.map, this.box, cam)
  }

  /** "Fit to results": the bounds of the matching parks and listings. */
  fitMatches(match: MatchMask | null): void {
    const b = match && matchBox(this.o.dataset, this.o.table.lPoint, match)
    if (b) this.map.fitBounds([b[0], b[1], b[2], b[3]], { padding: this.padding(), maxZoom: 14, duration: 600 })
  }

  destroy(): void {
    this.listingSync.destroy()
    this.pointer.destroy()
    this.map.remove()
  }

  // ------------------------------------------------------------------------------------------------------------

  private styleOptions() {
    return { lang: this.lang, basemapUrl: this.o.basemapUrl, fontUrl: this.o.fontUrl }
  }
  private offlineStyle() {
    return buildBasemapStyle(this.styleOptions())
  }
  // The phone's sheet sits below the map (not over it), so the same small padding fits both layouts.
  private padding(): number {
    return this.o.compact ? 20 : 40
  }
  private addOverlays(): void {
    const m = this.map
    if (m.getSource(SRC.listings)) return
    for (const kind of HUB_KINDS) {
      if (!m.hasImage(HUB_ICON(kind))) m.addImage(HUB_ICON(kind), hubIcon(kind, 2), { pixelRatio: 2 })
    }
    const sources = overlaySources(this.o.dataset, { points: this.o.table.lPoint, sample: this.o.table.lSample })
    for (const [id, spec] of Object.entries(sources)) m.addSource(id, spec as Parameters<MlMap['addSource']>[1])
    // Overlay shapes go under the basemap's labels (town names stay readable over clusters), park and contour labels
    // just under the town names, hubs and the pin on top (MapLibre places symbols from the top layer down).
    const firstLabel = m.getStyle().layers.find((l) => l.type === 'symbol')?.id
    const towns = m.getLayer('town-label') ? 'town-label' : undefined
    for (const layer of overlayLayers(this.lang)) {
      const before = TOP_LAYERS.has(layer.id) ? undefined : UNDER_TOWN_LAYERS.has(layer.id) ? towns : firstLabel
      m.addLayer(layer as Parameters<MlMap['addLayer']>[0], before)
    }
    this.ready = true
    this.listingSync.attach(m)
    if (this.match) this.listingSync.setMatch(this.match.listings)
    this.marks.reset()
    this.applyParkMatch()
    this.applyIsochrones()
    this.applyBands()
    this.applyAnswer()
    this.applyPin()
    this.applyHover()
    this.applySelection()
  }

  private applyParkMatch(): void {
    if (this.match && this.ready) this.marks.setParkMatch(this.match.parks)
  }
  private applyHover(): void {
    if (this.ready) this.marks.setHover(this.hovered)
  }
  private applySelection(): void {
    if (this.ready) this.marks.setSelection(this.selection.park, this.selection.listing)
  }

  private flyToSelection(): void {
    const p = this.selectionPoint()
    if (p) this.map.flyTo({ center: p, zoom: Math.max(this.map.getZoom(), this.selection.listing ? 13 : 12), duration: 600 })
  }

  /**
   * Isochrones go to MapLibre as objects (a few thousand vertices). Not as a blob: URL: MapLibre's worker asks the
   * page to fetch such a URL, so the page would parse the JSON, serialize it for the worker and deserialize the copy
   * the worker sends back, three passes instead of one.
   */
  private applyIsochrones(): void {
    void this.map.getSource<GeoJSONSource>(SRC.isochrones)?.setData(isochroneFeatures(this.limits, this.isochrones))
  }

  /** The answer area, and its polygon count on the container (`data-answer`: none, 0, 1, ...) for tests and tools. */
  private applyAnswer(): void {
    const src = this.map.getSource<GeoJSONSource>(SRC.answer)
    if (!src) return
    void src.setData(this.answer ?? EMPTY)
    const polys = this.answer?.features.reduce((n, f) => n + (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.length : 1), 0)
    this.map.getContainer().dataset.answer = polys === undefined ? 'none' : String(polys)
  }

  /** Bands are a filter on layers already drawn: no data goes to MapLibre's worker again. */
  private applyBands(): void {
    if (!this.ready) return
    for (const id of [LAYER.isoLine, LAYER.isoLabel]) this.map.setFilter(id, bandFilter(this.bands))
    // What the layer now draws, read back from the map (`data-bands`: all or own).
    this.map.getContainer().dataset.bands = JSON.stringify(this.map.getFilter(LAYER.isoLine)) === JSON.stringify(bandFilter(true)) ? 'all' : 'own'
  }

  private applyPin(): void {
    const pin = this.pin
    this.map.getSource<GeoJSONSource>(SRC.pin)?.setData(pin ? { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { label: this.pinLabel }, geometry: { type: 'Point', coordinates: pin } }] } : EMPTY)
  }

  private selectionPoint(): LngLat | null {
    const { park, listing } = this.selection
    const li = listing ? this.o.table.listingIndex.get(listing) : undefined
    if (li !== undefined) return listingPoint(this.o.table.lPoint, li)
    const pi = park ? this.o.table.parkIndex.get(park) : undefined
    return pi !== undefined ? this.o.dataset.parks[pi].point : null
  }
}
