/**
 * The matching listings, clustered off the main thread (supercluster, in src/workers/listings.worker.ts), and
 * answered per map view. MapLibre's own clustering needs every feature handed to it: with 10k–100k listings its
 * serialization of a filter change (an updateData diff, or the data a URL load sends back) was the largest item in
 * a profile of a slider drag. Here a filter change rebuilds the index in the worker, and the page receives only the
 * clusters and points of the view it shows: a few hundred features whatever the number of listings.
 */
import Supercluster from 'supercluster'
import type { Bbox } from './area.ts'

/** As MapLibre clusters a GeoJSON source (radius in px of a 512 px tile; points shown from zoom 13). */
export const CLUSTER_RADIUS = 45
export const CLUSTER_MAX_ZOOM = 12

interface PointProps {
  i: number
  s: number
}
interface ClusterProps {
  cluster: true
  cluster_id: number
  point_count: number
}

export class ListingClusters {
  private readonly points: Float64Array
  private readonly sample: Uint8Array
  private index: Supercluster<PointProps, ClusterProps> | null = null

  /**
   * @param points [lng, lat] pairs, one per listing (Table.lPoint); a listing with a non-finite coordinate is left out.
   * @param sample 1 where the listing is a sample (drawn with its own outline).
   */
  constructor(points: Float64Array, sample: Uint8Array) {
    this.points = points
    this.sample = sample
  }

  /** Indexes the listings whose mask byte is 1 (all of them when `match` is null). */
  setMatch(match: Uint8Array | null): void {
    const features: Supercluster.PointFeature<PointProps>[] = []
    const { points, sample } = this
    for (let i = 0; i < sample.length; i++) {
      if (match !== null && match[i] !== 1) continue
      const lng = points[2 * i]
      const lat = points[2 * i + 1]
      if (!Number.isFinite(lng) || !Number.isFinite(lat)) continue
      features.push({ type: 'Feature', properties: { i, s: sample[i] }, geometry: { type: 'Point', coordinates: [lng, lat] } })
    }
    this.index = new Supercluster<PointProps, ClusterProps>({ radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM, extent: 512 }).load(features)
  }

  /**
   * Clusters and single listings within `bbox` at `zoom`. A listing's feature id is its index (feature state for
   * hover and selection follows it); a cluster's id is above every listing index, with `cluster_id` for expansion.
   */
  view(bbox: Bbox, zoom: number): GeoJSON.FeatureCollection<GeoJSON.Point> {
    const features: GeoJSON.Feature<GeoJSON.Point>[] = []
    if (this.index) {
      let next = this.sample.length
      for (const f of this.index.getClusters(bbox, zoom)) {
        const p = f.properties
        features.push(
          'cluster' in p
            ? { type: 'Feature', id: next++, properties: { cluster_id: p.cluster_id, point_count: p.point_count }, geometry: f.geometry }
            : { type: 'Feature', id: p.i, properties: { s: p.s }, geometry: f.geometry },
        )
      }
    }
    return { type: 'FeatureCollection', features }
  }

  /** The zoom at which a cluster splits; null when the cluster is not in the current index (the filters changed). */
  expansionZoom(clusterId: number): number | null {
    if (!this.index) return null
    try {
      this.index.getChildren(clusterId) // throws for an id that is no cluster of this index
      return Math.min(this.index.getClusterExpansionZoom(clusterId), CLUSTER_MAX_ZOOM + 1)
    } catch {
      return null
    }
  }
}
