/**
 * Clicks and hover on the map: what the pointer hits becomes a callback (select, hover, drop a pin) or a popup. The
 * app decides what a click means for its state (the pin's checks are the domain's, src/domain/pinInput.ts); this
 * module only says what was hit, by ids.
 */
import { Popup, type GeoJSONSource, type Map as MlMap, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl'
import type { Camera } from '../domain/state.ts'
import type { Dataset, LngLat } from '../domain/types.ts'
import { INTERACTIVE_LAYERS, LAYER, LISTING_LAYERS, SRC } from './layers.ts'
import type { ListingSync } from './listingSync.ts'

export type MapTarget = { kind: 'park' | 'listing'; id: string }
/** What a popup describes: a hub, park or listing by its index in the dataset. */
export type PopupSubject = { kind: 'hub' | 'park' | 'listing'; index: number }

export interface MapCallbacks {
  /** A park or listing was clicked. */
  select(t: MapTarget): void
  /** The pointer is over a park or listing (null: over neither). */
  hover(t: MapTarget | null): void
  /** A click while dropping a pin: the raw point clicked, WGS-84. */
  dropPin(at: LngLat): void
  /** The map stopped moving; the camera rounded as a link writes it. */
  moved(cam: Camera): void
  /** Popup text (the app owns words and language). */
  describe(s: PopupSubject): string
  /** The online basemap failed; the offline one is shown instead. */
  onlineFailed(): void
  /** data/basemap.json could not be loaded or read (missing, cut short, not GeoJSON): the overlays stay. */
  basemapFailed(reason: string): void
}

/** What the map needs of the filter table (src/domain/filter.ts). */
export interface MapTable {
  lPoint: Float64Array
  lSample: Uint8Array
  parkIndex: Map<string, number>
  listingIndex: Map<string, number>
}

export class MapPointer {
  /** Dropping a pin: a click gives a point, the cursor is a crosshair. */
  dropping = false
  private popup: Popup | null = null
  private hovered: MapTarget | null = null

  constructor(
    private readonly m: MlMap,
    private readonly ds: Dataset,
    private readonly listings: ListingSync,
    private readonly cb: MapCallbacks,
  ) {
    m.on('click', this.onClick)
    m.on('mousemove', this.onHover)
  }

  destroy(): void {
    this.popup?.remove()
    this.m.off('click', this.onClick)
    this.m.off('mousemove', this.onHover)
  }

  private showPopup(at: LngLat, text: string): void {
    this.popup?.remove()
    const el = document.createElement('div')
    el.textContent = text // data is never parsed as HTML
    el.dataset.testid = 'map-popup'
    this.popup = new Popup({ closeButton: true, offset: 12, maxWidth: '260px' }).setLngLat(at).setDOMContent(el).addTo(this.m)
  }

  private readonly onClick = (e: MapMouseEvent): void => {
    const m = this.m
    if (this.dropping) {
      this.cb.dropPin([e.lngLat.lng, e.lngLat.lat])
      return
    }
    const f: MapGeoJSONFeature | undefined = m.queryRenderedFeatures(e.point, { layers: [...INTERACTIVE_LAYERS] })[0]
    if (!f) return
    const at: LngLat = [e.lngLat.lng, e.lngLat.lat]
    const index = f.id as number
    switch (f.layer.id) {
      case LAYER.hubs:
        this.showPopup(at, this.cb.describe({ kind: 'hub', index }))
        return
      case LAYER.matches:
      case LAYER.listings: {
        if (f.properties.point_count) {
          // A cluster: of the matches (our worker's index) or of all listings (MapLibre's, the faded context).
          const center = (f.geometry as GeoJSON.Point).coordinates as LngLat
          const id = f.properties.cluster_id as number
          const zoom = f.layer.id === LAYER.matches ? this.listings.expansionZoom(id) : m.getSource<GeoJSONSource>(SRC.listings)!.getClusterExpansionZoom(id)
          void zoom.then((z) => m.easeTo({ center, zoom: z ?? m.getZoom() + 2 }))
          return
        }
        const l = this.ds.listings[index]
        if (!l) return
        this.showPopup(at, this.cb.describe({ kind: 'listing', index }))
        this.cb.select({ kind: 'listing', id: l.id })
        return
      }
      case LAYER.parkFill: {
        const p = this.ds.parks[index]
        if (!p) return
        this.showPopup(at, this.cb.describe({ kind: 'park', index }))
        this.cb.select({ kind: 'park', id: p.id })
        return
      }
    }
  }

  private readonly onHover = (e: MapMouseEvent): void => {
    const m = this.m
    const f = m.queryRenderedFeatures(e.point, { layers: [...LISTING_LAYERS, LAYER.parkFill] }).find((h) => !h.properties.point_count)
    m.getCanvas().style.cursor = this.dropping ? 'crosshair' : f || m.queryRenderedFeatures(e.point, { layers: [LAYER.hubs, ...LISTING_LAYERS] }).length ? 'pointer' : ''
    const id = !f ? undefined : f.layer.id !== LAYER.parkFill ? this.ds.listings[f.id as number]?.id : this.ds.parks[f.id as number]?.id
    const next: MapTarget | null = f && id ? { kind: f.layer.id === LAYER.parkFill ? 'park' : 'listing', id } : null
    if (next?.id === this.hovered?.id && next?.kind === this.hovered?.kind) return
    this.hovered = next
    this.cb.hover(next)
  }
}
