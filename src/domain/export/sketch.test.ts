import { describe, expect, it } from 'vitest'
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { MIN_SPAN_DEG, areaPath, sketchAnswer, sketchFrame } from './sketch.ts'
import type { LngLat } from '../types.ts'

const createFrame = () => sketchFrame([[121.0, 31.3], [121.2, 31.4]], 320, 200, 18)
const square = (x0: number, y0: number, d: number): number[][] => [[x0, y0], [x0 + d, y0], [x0 + d, y0 + d], [x0, y0 + d], [x0, y0]]
const createAnswer = (geometry: Polygon | MultiPolygon | null): FeatureCollection => ({ type: 'FeatureCollection', features: geometry ? [{ type: 'Feature', properties: { limits: 1 }, geometry }] : [] })

describe('sketchFrame', () => {
  it('fits the points inside the padding, north up, east right', () => {
    const f = createFrame()
    const [ax, ay] = f.xy([121.0, 31.3])
    const [bx, by] = f.xy([121.2, 31.4])
    expect(bx).toBeGreaterThan(ax)
    expect(by).toBeLessThan(ay)
    for (const v of [ax, bx]) expect(Math.min(v - 18, 302 - v)).toBeGreaterThan(-1e-9)
    for (const v of [ay, by]) expect(Math.min(v - 18, 182 - v)).toBeGreaterThan(-1e-9)
  })

  it('keeps distances: a km east is as long as a km north (cos-latitude scaling)', () => {
    const f = createFrame()
    const lat = 31.35
    const kmLat = 1 / 110.574
    const kmLng = 1 / (111.32 * Math.cos((lat * Math.PI) / 180))
    const east = f.xy([121.1 + kmLng, lat])[0] - f.xy([121.1, lat])[0]
    const north = f.xy([121.1, lat])[1] - f.xy([121.1, lat + kmLat])[1]
    // Within the 1 % the module promises (the sphere's degree against the ellipsoid's: ~0.7 % here).
    expect(Math.abs(east / north - 1)).toBeLessThan(0.01)
  })

  it(`one point: a ${MIN_SPAN_DEG}° frame centred on it`, () => {
    const f = sketchFrame([[121.1, 31.3]], 320, 200, 18)
    expect(f.xy([121.1, 31.3])).toEqual([160, 100])
    expect(f.xy([121.1, 31.3 + MIN_SPAN_DEG / 2])[1]).toBeCloseTo(18)
  })

  it.each([
    [[], 320, 200, 'sketchFrame: no point to frame; a sketch needs at least one'],
    [[[Number.NaN, 31]], 320, 200, 'sketchFrame: point 1 is [NaN, 31]; expected a longitude and latitude in degrees'],
    [[[121, 31], [31, 121]], 320, 200, 'sketchFrame: point 2 is [31, 121]; expected a longitude and latitude in degrees'],
    [[[121, 31]], 30, 200, 'sketchFrame: a 30×200 frame leaves no room inside a padding of 18'],
  ] as [LngLat[], number, number, string][])('hostile input %# is refused: %s', (points, w, h, message) => {
    expect(() => sketchFrame(points, w, h, 18)).toThrow(message)
  })
})

describe('areaPath', () => {
  const f = createFrame()
  it.each([
    ['a polygon: one closed subpath', { type: 'Polygon', coordinates: [square(121.05, 31.32, 0.05)] } as Polygon, 1],
    ['a polygon with a hole: two subpaths (evenodd keeps the hole open)', { type: 'Polygon', coordinates: [square(121.05, 31.32, 0.1), square(121.07, 31.34, 0.02)] } as Polygon, 2],
    ['a multipolygon of two', { type: 'MultiPolygon', coordinates: [[square(121.0, 31.3, 0.02)], [square(121.1, 31.35, 0.02)]] } as MultiPolygon, 2],
    ['a degenerate ring (all one point) is skipped', { type: 'Polygon', coordinates: [[[121, 31.3], [121, 31.3], [121, 31.3], [121, 31.3]]] } as Polygon, 0],
  ])('%s', (_, geometry, subpaths) => {
    const d = areaPath(geometry, f)
    expect(d.match(/M/g)?.length ?? 0).toBe(subpaths)
    expect(d.match(/Z/g)?.length ?? 0).toBe(subpaths)
    expect(d).not.toMatch(/NaN|Infinity/)
  })

  it('projects each corner with the frame, rounded to 0.1, without repeating the closing point', () => {
    const ring = square(121.05, 31.32, 0.05)
    const want = ring.slice(0, 4).map((p) => f.xy([p[0], p[1]]).map((v) => Math.round(v * 10) / 10).join(' '))
    expect(areaPath({ type: 'Polygon', coordinates: [ring] }, f)).toBe(`M${want.join('L')}Z`)
  })
})

describe('sketchAnswer: the legend never stays silent', () => {
  const f = createFrame()
  it.each([
    ['no limit', 0, createAnswer({ type: 'Polygon', coordinates: [square(121.05, 31.32, 0.05)] }), 'noLimits'],
    ['limits, area not computed yet', 1, null, 'pending'],
    ['limits that never hold together', 2, createAnswer(null), 'empty'],
    ['limits and their area', 1, createAnswer({ type: 'Polygon', coordinates: [square(121.05, 31.32, 0.05)] }), 'area'],
  ] as const)('%s → %s', (_, limits, answer, kind) => {
    const r = sketchAnswer(limits, answer, f)
    expect(r.kind).toBe(kind)
    if (r.kind === 'area') expect(r.path).toMatch(/^M[\d. L]+Z$/)
  })
})
