/**
 * Snapping: which network nodes a point joins, and at what access-leg cost. A uniform grid over the snappable
 * nodes (bucketed CSR-style in typed arrays) answers "the k nearest within r km" by scanning rings of cells
 * outwards until the ring is farther than the k-th best found.
 */
import { KM_PER_DEG, kmPerDegLng } from './geo.ts'
import { ACCESS_MAX_KM, ACCESS_NODES, accessMinutes } from './speeds.ts'

/** A node a point joins and the access leg to it. */
export interface Snap {
  node: number
  km: number
  minutes: number
}

/** Grid cell size, km: about one snappable node per cell on average in towns, fewer in the country. */
const CELL_KM = 1

export class SnapIndex {
  private readonly coords: Float64Array
  private readonly west: number
  private readonly south: number
  private readonly cellLng: number
  private readonly cellLat: number
  private readonly cols: number
  private readonly rows: number
  /** Nodes of cell c are cellNodes[cellStart[c] .. cellStart[c + 1] - 1]. */
  private readonly cellStart: Int32Array
  private readonly cellNodes: Int32Array
  /** Scratch for `nearestInto`: k best so far, sorted by distance. */
  private readonly bestNode: Int32Array
  private readonly bestKm: Float64Array

  constructor(coords: Float64Array, snappable: Uint8Array, maxK = 16) {
    this.coords = coords
    const n = snappable.length
    let west = Infinity
    let south = Infinity
    let east = -Infinity
    let north = -Infinity
    for (let i = 0; i < n; i++) {
      if (snappable[i] === 0) continue
      west = Math.min(west, coords[2 * i])
      east = Math.max(east, coords[2 * i])
      south = Math.min(south, coords[2 * i + 1])
      north = Math.max(north, coords[2 * i + 1])
    }
    if (west > east) west = east = south = north = 0 // no snappable node: an empty 1×1 grid
    this.west = west
    this.south = south
    this.cellLat = CELL_KM / KM_PER_DEG
    this.cellLng = CELL_KM / kmPerDegLng((south + north) / 2)
    this.cols = Math.floor((east - west) / this.cellLng) + 1
    this.rows = Math.floor((north - south) / this.cellLat) + 1

    const cellOf = new Int32Array(n).fill(-1)
    this.cellStart = new Int32Array(this.cols * this.rows + 1)
    for (let i = 0; i < n; i++) {
      if (snappable[i] === 0) continue
      const col = Math.floor((coords[2 * i] - west) / this.cellLng)
      const row = Math.floor((coords[2 * i + 1] - south) / this.cellLat)
      cellOf[i] = row * this.cols + col
      this.cellStart[cellOf[i] + 1]++
    }
    for (let c = 0; c < this.cols * this.rows; c++) this.cellStart[c + 1] += this.cellStart[c]
    const fill = this.cellStart.slice(0, -1)
    this.cellNodes = new Int32Array(this.cellStart[this.cols * this.rows])
    for (let i = 0; i < n; i++) if (cellOf[i] >= 0) this.cellNodes[fill[cellOf[i]]++] = i
    this.bestNode = new Int32Array(maxK)
    this.bestKm = new Float64Array(maxK)
  }

  /**
   * The k nearest snappable nodes within maxKm of [lng, lat], nearest first, with their access legs;
   * empty when the point is off the network.
   */
  snap(lng: number, lat: number, k = ACCESS_NODES, maxKm = ACCESS_MAX_KM): Snap[] {
    const count = this.nearestInto(lng, lat, k, maxKm)
    const out: Snap[] = []
    for (let i = 0; i < count; i++) {
      out.push({ node: this.bestNode[i], km: this.bestKm[i], minutes: accessMinutes(this.bestKm[i]) })
    }
    return out
  }

  /**
   * Allocation-free form of `snap` for hot loops: finds up to k nodes and returns how many; read them with
   * `nodeAt(i)` / `kmAt(i)` before the next call.
   */
  nearestInto(lng: number, lat: number, k: number, maxKm: number): number {
    if (k > this.bestNode.length) throw new RangeError(`k = ${k} exceeds the index's maxK ${this.bestNode.length}`)
    const kx = kmPerDegLng(lat)
    const col0 = Math.floor((lng - this.west) / this.cellLng)
    const row0 = Math.floor((lat - this.south) / this.cellLat)
    const { coords, cellStart, cellNodes, bestNode, bestKm, cols, rows } = this
    let count = 0
    const maxRing = Math.ceil(maxKm / CELL_KM) + 1
    for (let ring = 0; ring <= maxRing; ring++) {
      // Every point in ring r is at least (r - 1) cells away from the query point; 0.95 allows for cells being
      // CELL_KM wide at the grid's middle latitude only (cos varies by ~1% across the area).
      const ringKm = (ring - 1) * CELL_KM * 0.95
      if (ringKm > maxKm || (count === k && ringKm > bestKm[k - 1])) break
      for (let row = row0 - ring; row <= row0 + ring; row++) {
        if (row < 0 || row >= rows) continue
        const edgeRow = row === row0 - ring || row === row0 + ring
        const step = edgeRow ? 1 : 2 * ring // inner rows: only the ring's first and last column
        for (let col = col0 - ring; col <= col0 + ring; col += step) {
          if (col < 0 || col >= cols) continue
          const c = row * cols + col
          for (let s = cellStart[c], end = cellStart[c + 1]; s < end; s++) {
            const node = cellNodes[s]
            const dx = (coords[2 * node] - lng) * kx
            const dy = (coords[2 * node + 1] - lat) * KM_PER_DEG
            const km = Math.sqrt(dx * dx + dy * dy)
            if (km > maxKm || (count === k && km >= bestKm[k - 1])) continue
            // Insertion into the sorted k-best list.
            let i = count < k ? count++ : k - 1
            while (i > 0 && bestKm[i - 1] > km) {
              bestKm[i] = bestKm[i - 1]
              bestNode[i] = bestNode[i - 1]
              i--
            }
            bestKm[i] = km
            bestNode[i] = node
          }
        }
      }
    }
    return count
  }

  nodeAt(i: number): number {
    return this.bestNode[i]
  }

  kmAt(i: number): number {
    return this.bestKm[i]
  }
}
