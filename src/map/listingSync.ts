/**
 * Keeps the map's matching-listing source in step with the filters and the view. The listings worker holds the
 * cluster index (src/domain/clusters.ts); the page sends it a match mask when the filters change and the view when
 * the map stops moving, and gets back the clusters and points of that view (padded by half a view on each side, so a
 * short pan shows no gap). One request is in flight at a time; what changes meanwhile goes out with the next one.
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl'
import { WorkerClient, type WorkerGoneError } from '../workers/client.ts'
import type { ListingsApi } from '../workers/protocol.ts'

export class ListingSync {
  private readonly worker: WorkerClient<ListingsApi>
  private map: MlMap | null = null
  /** The latest mask asked for (repeats are skipped) and the one still to send (undefined: none). */
  private requested: Uint8Array | null = null
  private nextMatch: Uint8Array | undefined
  private viewDirty = false
  private busy = false

  /** `onDead`: the worker failed (to load, or later); the map then keeps the listings it last drew. */
  constructor(
    points: Float64Array,
    sample: Uint8Array,
    private readonly source: string,
    onDead: (e: WorkerGoneError) => void = (e) => console.error(e.message),
  ) {
    this.worker = new WorkerClient(new Worker(new URL('../workers/listings.worker.ts', import.meta.url), { type: 'module' }), 'listings worker', onDead)
    const init = { points: points.slice(), sample: sample.slice() }
    this.worker.call('init', init, [init.points.buffer, init.sample.buffer]).catch((e: Error) => this.worker.die(e))
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
  expansionZoom(clusterId: number): Promise<number | null> {
    return this.worker.call('expand', { clusterId }).catch((e: Error) => {
      console.warn('listing clusters:', e.message)
      return null
    })
  }

  destroy(): void {
    this.worker.terminate()
    this.map = null
  }

  private async pump(): Promise<void> {
    const m = this.map
    if (this.busy || !m || (this.nextMatch === undefined && !this.viewDirty)) return
    this.busy = true
    const match = this.nextMatch?.slice()
    this.nextMatch = undefined
    this.viewDirty = false
    try {
      const fc = await this.worker.call('view', { match, bbox: paddedBounds(m), zoom: m.getZoom() }, match ? [match.buffer] : [])
      const src = this.map?.getSource<GeoJSONSource>(this.source)
      if (src) await src.setData(fc)
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
