import { describe, expect, it } from 'vitest'
import { ListingClusters, CLUSTER_MAX_ZOOM } from './clusters.ts'
import { rng } from '../../scripts/data/rng.ts'

/** n listings in three tight groups (parks) around the border area, every 7th a sample. */
function sampleListings(n: number): { points: Float64Array; sample: Uint8Array } {
  const rnd = rng(7)
  const centres = [[121.16, 31.28], [120.98, 31.39], [121.12, 31.46]]
  const points = new Float64Array(2 * n)
  const sample = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const [x, y] = centres[i % 3]
    points[2 * i] = x + (rnd() - 0.5) * 0.02
    points[2 * i + 1] = y + (rnd() - 0.5) * 0.02
    sample[i] = i % 7 === 0 ? 1 : 0
  }
  return { points, sample }
}
const WHOLE: [number, number, number, number] = [120.5, 30.9, 121.7, 31.9]
const total = (fc: GeoJSON.FeatureCollection) => fc.features.reduce((n, f) => n + ((f.properties?.point_count as number | undefined) ?? 1), 0)

describe('clusters of the matching listings, per view', () => {
  const n = 3000
  const { points, sample } = sampleListings(n)

  it('counts every matching listing once at every zoom, and no other', () => {
    const c = new ListingClusters(points, sample)
    const match = new Uint8Array(n).map((_, i) => (i % 5 === 0 ? 1 : 0))
    c.setMatch(match)
    for (const zoom of [6, 9, 11, CLUSTER_MAX_ZOOM, 13, 16]) expect(total(c.view(WHOLE, zoom)), `zoom ${zoom}`).toBe(n / 5)
  })

  it('shows clusters at low zoom and single listings above the cluster zoom, with ids that never collide', () => {
    const c = new ListingClusters(points, sample)
    c.setMatch(null)
    const low = c.view(WHOLE, 8).features
    expect(low.length).toBeLessThan(20)
    for (const f of low.filter((x) => x.properties?.point_count)) expect(f.id as number).toBeGreaterThanOrEqual(n)
    const high = c.view(WHOLE, CLUSTER_MAX_ZOOM + 1).features
    expect(high).toHaveLength(n)
    for (const f of high) {
      const i = f.id as number
      expect(f.geometry.coordinates).toEqual([points[2 * i], points[2 * i + 1]])
      expect(f.properties?.s).toBe(sample[i])
    }
  })

  it('answers only for the view asked about', () => {
    const c = new ListingClusters(points, sample)
    c.setMatch(null)
    // Around the first group only (121.16, 31.28).
    const fc = c.view([121.1, 31.2, 121.2, 31.35], 14)
    expect(fc.features.length).toBe(n / 3)
    expect(fc.features.every((f) => (f.id as number) % 3 === 0)).toBe(true)
  })

  it('gives the zoom at which a cluster splits, and null for a cluster of an older index', () => {
    const c = new ListingClusters(points, sample)
    c.setMatch(null)
    const cluster = c.view(WHOLE, 8).features.find((f) => f.properties?.point_count)!
    const z = c.expansionZoom(cluster.properties!.cluster_id as number)
    expect(z).toBeGreaterThan(8)
    expect(c.expansionZoom(123456789)).toBeNull()
  })

  it('is empty when nothing matches, and leaves out listings without finite coordinates', () => {
    const c = new ListingClusters(points, sample)
    c.setMatch(new Uint8Array(n))
    expect(c.view(WHOLE, 10).features).toEqual([])
    const bad = points.slice()
    bad[0] = NaN
    bad[3] = Infinity
    const d = new ListingClusters(bad, sample)
    d.setMatch(null)
    expect(total(d.view(WHOLE, 16))).toBe(n - 2)
  })
})
