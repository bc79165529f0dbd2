/**
 * Clusters the matching listings off the main thread (src/map/listingClusters.ts) and answers per map view, so the
 * page only ever hands MapLibre the few hundred clusters and points it shows.
 */
import { ListingClusters } from '../map/listingClusters.ts'
import type { ListingsRequest, ListingsResponse } from './protocol.ts'

let clusters: ListingClusters | null = null
const post = (msg: ListingsResponse) => (self as unknown as Worker).postMessage(msg)

self.onmessage = (e: MessageEvent<ListingsRequest>) => {
  const msg = e.data
  if (msg.type === 'init') {
    clusters = new ListingClusters(msg.points, msg.sample)
    clusters.setMatch(null)
    return
  }
  if (!clusters) {
    post({ type: 'error', seq: msg.seq, message: 'listings worker: no init message' })
    return
  }
  try {
    if (msg.type === 'expand') {
      post({ type: 'expand', seq: msg.seq, zoom: clusters.expansionZoom(msg.clusterId) })
      return
    }
    if (msg.match) clusters.setMatch(msg.match)
    post({ type: 'view', seq: msg.seq, fc: clusters.view(msg.bbox, msg.zoom) })
  } catch (err) {
    post({ type: 'error', seq: msg.seq, message: `listings worker: ${(err as Error).message}` })
  }
}
