/**
 * The network in the form the searches use: typed arrays built once from NetworkData, with the snap index
 * and one reusable Dijkstra workspace. Build one RoadGraph per thread (main thread, worker, CLI, build).
 */
import { Dijkstra, type Csr } from './dijkstra.ts'
import type { NetworkData } from './network.ts'
import { SnapIndex } from './snap.ts'

export class RoadGraph implements Csr {
  readonly nodeCount: number
  /** Node positions, flat [lng0, lat0, lng1, lat1, …]. */
  readonly coords: Float64Array
  readonly offsets: Int32Array
  readonly targets: Int32Array
  readonly minutes: Float32Array
  readonly snappable: Uint8Array
  readonly snapIndex: SnapIndex
  /** Shared workspace: its dist and pred are overwritten by every search on this graph. */
  readonly search: Dijkstra

  static fromData(data: NetworkData): RoadGraph {
    return new RoadGraph(data)
  }

  constructor(data: NetworkData) {
    const n = data.nodeCount
    if (data.offsets.length !== n + 1 || data.coords.length !== 2 * n || data.snappable.length !== n)
      throw new Error(`network: ${n} nodes but ${data.coords.length / 2} positions and ${data.snappable.length} flags`)
    if (data.targets.length !== data.minutes.length || data.offsets[n] !== data.targets.length)
      throw new Error('network: offsets, targets and minutes disagree on the edge count')
    this.nodeCount = n
    this.coords = Float64Array.from(data.coords)
    this.offsets = Int32Array.from(data.offsets)
    this.targets = Int32Array.from(data.targets)
    this.minutes = Float32Array.from(data.minutes)
    this.snappable = Uint8Array.from(data.snappable)
    this.snapIndex = new SnapIndex(this.coords, this.snappable)
    this.search = new Dijkstra(this)
  }
}
