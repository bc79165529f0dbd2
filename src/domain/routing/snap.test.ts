import { describe, expect, it } from 'vitest'
import { KM_PER_DEG, kmPerDegLng } from './geo.ts'
import { SnapIndex } from './snap.ts'
import { accessMinutes } from './speeds.ts'

/** Nodes on a line of latitude 31.3, every 0.01° of longitude from 121.00; `snappable` per node. */
function createIndex(snappable: number[]): SnapIndex {
  const coords = new Float64Array(snappable.flatMap((_, i) => [121 + i * 0.01, 31.3]))
  return new SnapIndex(coords, Uint8Array.from(snappable))
}

describe('SnapIndex', () => {
  it('returns the k nearest snappable nodes, nearest first, with their access legs', () => {
    const index = createIndex([1, 1, 1, 1, 1, 1])
    const snaps = index.snap(121.021, 31.301, 3)
    expect(snaps.map((s) => s.node)).toEqual([2, 3, 1])
    const km = Math.hypot(0.001 * kmPerDegLng(31.301), 0.001 * KM_PER_DEG)
    expect(snaps[0].km).toBeCloseTo(km, 6)
    expect(snaps[0].minutes).toBeCloseTo(accessMinutes(km), 9)
  })

  it('skips nodes that are not snappable', () => {
    const index = createIndex([1, 0, 0, 1])
    expect(index.snap(121.01, 31.3, 2).map((s) => s.node)).toEqual([0, 3])
  })

  it('keeps to the maximum distance', () => {
    const index = createIndex([1, 1, 1])
    // 0.05° of latitude north of node 0 is ≈ 5.6 km.
    expect(index.snap(121, 31.35, 4, 5)).toEqual([])
    expect(index.snap(121, 31.35, 4, 8).map((s) => s.node)).toEqual([0, 1, 2])
  })

  it('finds the true nearest node across many grid cells', () => {
    // Scattered nodes: compare with a brute-force search.
    const n = 500
    const coords = new Float64Array(2 * n)
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < n; i++) {
      coords[2 * i] = 120.8 + random() * 0.5
      coords[2 * i + 1] = 31.1 + random() * 0.5
    }
    const index = new SnapIndex(coords, new Uint8Array(n).fill(1))
    for (let q = 0; q < 50; q++) {
      const lng = 120.8 + random() * 0.5
      const lat = 31.1 + random() * 0.5
      const brute = [...Array(n).keys()]
        .map((i) => ({ i, km: Math.hypot((coords[2 * i] - lng) * kmPerDegLng(lat), (coords[2 * i + 1] - lat) * KM_PER_DEG) }))
        .sort((a, b) => a.km - b.km)
        .slice(0, 4)
      expect(index.snap(lng, lat, 4, 100).map((s) => s.node)).toEqual(brute.map((b) => b.i))
    }
  })
})
