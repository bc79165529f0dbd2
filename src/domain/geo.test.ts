import { describe, expect, it } from 'vitest'
import { convert, isInArea, parseLngLat, toWgs84 } from './geo.ts'
import { haversineKm } from './routing/geo.ts'

describe('coordinate conversion', () => {
  // Pinned against gcoord's published transform: GCJ-02 is shifted ~410–450 m east and ~190–240 m south of
  // WGS-84 around Jiading (DESIGN.md); the pinned values make a silent change of library or algorithm visible.
  it('converts a GCJ-02 point at Anting to WGS-84', () => {
    const wgs = toWgs84([121.165, 31.281], 'gcj02')
    expect(wgs[0]).toBeCloseTo(121.160448, 5)
    expect(wgs[1]).toBeCloseTo(31.282885, 5)
    const eastM = haversineKm(wgs[0], wgs[1], 121.165, wgs[1]) * 1000
    const southM = haversineKm(wgs[0], wgs[1], wgs[0], 31.281) * 1000
    expect(eastM).toBeGreaterThan(400)
    expect(eastM).toBeLessThan(460)
    expect(southM).toBeGreaterThan(180)
    expect(southM).toBeLessThan(250)
  })

  it('round-trips BD-09 through WGS-84 within a metre', () => {
    const p: [number, number] = [121.0998, 31.3006]
    const back = convert(convert(p, 'wgs84', 'bd09'), 'bd09', 'wgs84')
    expect(haversineKm(...p, ...back) * 1000).toBeLessThan(1)
  })

  it.each([
    [[121.1, 31.3], true],
    [[121.8053, 31.1433], false],
    [[120.78, 31.1], true],
    [[120.77, 31.5], false],
  ] as const)('isInArea(%j) is %s', (p, inside) => {
    expect(isInArea([p[0], p[1]])).toBe(inside)
  })
})

describe('parseLngLat', () => {
  it.each([
    ['121.16,31.28', [121.16, 31.28]],
    ['121.16, 31.28', [121.16, 31.28]],
    ['121.16，31.28', [121.16, 31.28]],
    [' (121.16 31.28) ', [121.16, 31.28]],
    ['-180,-90', [-180, -90]],
  ])('reads %j', (text, point) => {
    expect(parseLngLat(text, 'wgs84')).toEqual(point)
  })

  it('converts from the given CRS to WGS-84', () => {
    const p = parseLngLat('121.165,31.281', 'gcj02')!
    expect(p[0]).toBeCloseTo(121.160448, 5)
    expect(p[1]).toBeCloseTo(31.282885, 5)
  })

  it.each(['', 'x', '121.16', '121.16,31.28,5', '181,0', '0,91', '1e3,31', 'NaN,NaN', '121.16;31.28', '1211.6,31.28'])('refuses %j', (text) => {
    expect(parseLngLat(text, 'wgs84')).toBeNull()
  })
})
