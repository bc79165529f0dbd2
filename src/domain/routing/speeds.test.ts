import { describe, expect, it } from 'vitest'
import { ACCESS_DETOUR, ACCESS_KMH, FREE_FLOW_KMH, MAXSPEED_FACTOR, ROAD_CLASSES, URBAN_EXPRESSWAY_PRACTICAL_KMH, accessMinutes, freeFlowKmh, parseMaxspeed } from './speeds.ts'

describe('speeds', () => {
  it('has a speed for every road class, fastest classes first among the main roads', () => {
    for (const c of ROAD_CLASSES) expect(FREE_FLOW_KMH[c]).toBeGreaterThan(0)
    const main = ['motorway', 'trunk', 'primary', 'secondary', 'tertiary'] as const
    for (let i = 1; i < main.length; i++) expect(FREE_FLOW_KMH[main[i]]).toBeLessThan(FREE_FLOW_KMH[main[i - 1]])
  })

  it.each([
    ['120', 120],
    ['60 km/h', 60],
    [' 80 ', 80],
    ['50 mph', 50 * 1.609344],
    [100, 100],
    ['CN:urban', null],
    ['none', null],
    ['signals', null],
    ['60;80', null],
    ['0', null],
    [undefined, null],
  ])('parses maxspeed %j as %j', (value, kmh) => {
    expect(parseMaxspeed(value)).toBe(kmh)
  })

  it('takes maxspeed × factor when tagged, the class speed otherwise', () => {
    expect(freeFlowKmh('motorway', '120')).toBe(120 * MAXSPEED_FACTOR)
    expect(freeFlowKmh('primary', '40')).toBe(40 * MAXSPEED_FACTOR)
    expect(freeFlowKmh('primary')).toBe(FREE_FLOW_KMH.primary)
    expect(freeFlowKmh('primary', 'CN:urban')).toBe(FREE_FLOW_KMH.primary)
  })

  it.each([
    ['a practical speed over the limit', 'trunk', '80', '48', 48],
    ['a practical speed without a limit', 'trunk', undefined, 48, 48],
    ['maxspeed × factor when the practical speed is unreadable', 'trunk', '80', 'fast', 80 * MAXSPEED_FACTOR],
    ['the class speed without either', 'trunk', undefined, undefined, FREE_FLOW_KMH.trunk],
  ] as const)('takes %s', (_, highway, maxspeed, practical, kmh) => {
    expect(freeFlowKmh(highway, maxspeed, practical)).toBe(kmh)
  })

  it('keeps the calibrated urban expressway speed between the primary and the trunk class speeds', () => {
    expect(URBAN_EXPRESSWAY_PRACTICAL_KMH).toBeGreaterThan(FREE_FLOW_KMH.primary - 5)
    expect(URBAN_EXPRESSWAY_PRACTICAL_KMH).toBeLessThan(FREE_FLOW_KMH.trunk)
  })

  it('prices the access leg as straight-line km × detour at the local speed', () => {
    expect(accessMinutes(0)).toBe(0)
    expect(accessMinutes(1)).toBeCloseTo((ACCESS_DETOUR / ACCESS_KMH) * 60, 12)
  })
})
