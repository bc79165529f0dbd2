import { describe, expect, it } from 'vitest'
import { loadDataset } from './dataset.ts'
import { synthesize } from './synth.ts'
import { isInArea } from '../../src/domain/geo.ts'

describe('data:synth', () => {
  const ds = loadDataset()
  it('is deterministic for a seed and differs between seeds', () => {
    const a = synthesize(ds, 50, 7)
    expect(synthesize(ds, 50, 7)).toEqual(a)
    expect(synthesize(ds, 50, 8).map((l) => l.floorArea)).not.toEqual(a.map((l) => l.floorArea))
  })

  it('makes flagged listings in the area, with drive minutes to every hub', () => {
    const parkIds = new Set(ds.parks.map((p) => p.id))
    for (const l of synthesize(ds, 200, 1)) {
      expect(l.sample).toBe(true)
      expect(l.id).toMatch(/^synth-1-\d+$/)
      expect(parkIds.has(l.parkId!)).toBe(true)
      expect(l.driveMinutes).toHaveLength(ds.hubs.length)
      expect(l.point && isInArea(l.point)).toBe(true)
      for (const m of l.driveMinutes) expect(m === null || Number.isFinite(m)).toBe(true)
    }
  })
})
