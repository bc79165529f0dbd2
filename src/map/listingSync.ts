/**
 * Keeps the map's matching-listing source in step with the filters and the view. The listings worker holds the
 * cluster index (listingClusters.ts); the page sends it a match mask when the filters change and the view when the
 * map stops moving, and gets back the clusters and points of that view (padded by half a view on each side, so a
 * short pan shows no gap). One request is in flight at a time; what changes meanwhile goes out with the next one.
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl'
import type { ListingsRequest, ListingsResponse } from '../workers/protocol.ts'

export class ListingSync {
  private readonly worker: Worker
  private readonly waiting = new Map<number, (r: ListingsResponse) => void>()
  private seq = 0
  private map: MlMap | null = null
  /** The latest mask asked for (repeats are skipped) and the one still to send (undefined: none). */
  private requested: Uint8Array | null = null
  private nextMatch: Uint8Array | undefined
  private viewDirty = false
  private busy = false

  constructor(
    points: Float64Array,
    sample: Uint8Array,
    private readonly source: string,
  ) {
    this.worker = new Worker(new URL('../workers/listings.worker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (e: MessageEvent<ListingsResponse>) => {
      const r = e.data
      if (r.type === 'error') console.error(r.message)
      this.waiting.get(r.seq)?.(r)
      this.waiting.delete(r.seq)
    }
    const init: ListingsRequest = { type: 'init', points: points.slice(), sample: sample.slice() }
    this.worker.postMessage(init, [init.points.buffer, init.sample.buffer])
  }

  /** The source was (re)added to `m` (a new style): it gets the current view at once. */
  attach(m: MlMap): void {
    this.map = m
    this.viewChanged()
  }

  /** The filters' match mask (1 = matches), one byte per listing. */
  setMatch(match: Uint8Array): void {
    const last = this.requested
    if (last && last.length === match.length && last.every((v, i) => v === match[i])) return
    this.requested = match.slice()
    this.nextMatch = this.requested
    void this.pump()
  }

  /** The map stopped moving. */
  viewChanged(): void {
    this.viewDirty = true
    void this.pump()
  }

  /** The zoom at which a cluster of the current view splits; null when the filters changed since it was drawn. */
  async expansionZoom(clusterId: number): Promise<number | null> {
    const r = await this.ask({ type: 'expand', seq: ++this.seq, clusterId })
    return r.type === 'expand' ? r.zoom : null
  }

  destroy(): void {
    this.worker.terminate()
    this.map = null
  }

  private ask(req: ListingsRequest & { seq: number }, transfer: Transferable[] = []): Promise<ListingsResponse> {
    return new Promise((resolve) => {
      this.waiting.set(req.seq, resolve)
      this.worker.postMessage(req, transfer)
    })
  }

  private async pump(): Promise<void> {
    const m = this.map
    if (this.busy || !m || (this.nextMatch === undefined && !this.viewDirty)) return
    this.busy = true
    const match = this.nextMatch?.slice()
    this.nextMatch = undefined
    this.viewDirty = false
    try {
      const r = await this.ask({ type: 'view', seq: ++this.seq, match, bbox: paddedBounds(m), zoom: m.getZoom() }, match ? [match.buffer] : [])
      const src = this.map?.getSource<GeoJSONSource>(this.source)
      if (r.type === 'view' && src) await src.setData(r.fc)
    } catch (e) {
      console.warn('listing clusters:', e)
    } finally {
      this.busy = false
      void this.pump()
    }
  }
}

/** The map's view, half a view wider on each side. */
function paddedBounds(m: MlMap): [number, number, number, number] {
  const b = m.getBounds()
  const dx = (b.getEast() - b.getWest()) / 2
  const dy = (b.getNorth() - b.getSouth()) / 2
  return [Math.max(-180, b.getWest() - dx), Math.max(-85, b.getSouth() - dy), Math.min(180, b.getEast() + dx), Math.min(85, b.getNorth() + dy)]
}
