import { describe, expect, it } from 'vitest'
import { decodeRing, loadBoundaries } from './boundaries.ts'

describe('jurisdiction boundaries', () => {
  it('decodes an ECharts-encoded ring (zigzag deltas, scale 1024)', () => {
    // '@@' is a zero delta; 'B@' is +1 in x (zigzag 2 -> 1); '@B' is +1 in y.
    expect(decodeRing('@@B@@B', [1024, 2048])).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2],
      [1 + 1 / 1024, 2 + 1 / 1024],
    ])
  })

  const all = loadBoundaries()
  it.each(['jiading', 'kunshan', 'taicang'] as const)('%s is present, closed and in WGS-84 where expected', (j) => {
    const b = all.find((x) => x.jurisdiction === j)
    expect(b).toBeDefined()
    const ring = b!.polygons[0][0]
    expect(ring.length).toBeGreaterThan(100)
    expect(ring[0]).toEqual(ring[ring.length - 1])
    for (const [lng, lat] of ring) {
      expect(lng).toBeGreaterThan(120.7)
      expect(lng).toBeLessThan(121.45)
      expect(lat).toBeGreaterThan(31.05)
      expect(lat).toBeLessThan(31.8)
    }
  })

  it('has the encoded Shanghai districts and the plain Suzhou ones', () => {
    const names = all.map((b) => b.name.zh)
    expect(names).toEqual(expect.arrayContaining(['嘉定区', '宝山区', '青浦区', '昆山市', '太仓市', '常熟市']))
  })
})
