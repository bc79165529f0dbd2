/**
 * Clusters the matching listings off the main thread (src/domain/clusters.ts) and answers per map view, so the
 * page only ever hands MapLibre the few hundred clusters and points it shows. Requests come through
 * src/workers/client.ts (src/map/listingSync.ts).
 */
import { ListingClusters } from '../domain/clusters.ts'
import type { ListingsApi } from './protocol.ts'
import { serve, type WorkerScope } from './serve.ts'

let clusters: ListingClusters | null = null
const ready = (): ListingClusters => {
  if (!clusters) throw new Error('listings worker: no init message')
  return clusters
}

serve<ListingsApi>(self as unknown as WorkerScope, {
  init({ points, sample }) {
    clusters = new ListingClusters(points, sample)
    clusters.setMatch(null)
  },
  view({ match, bbox, zoom }) {
    if (match) ready().setMatch(match)
    return ready().view(bbox, zoom)
  },
  expand: ({ clusterId }) => ready().expansionZoom(clusterId),
})
