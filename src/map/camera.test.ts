import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { BOX_MARGIN_DEG, cameraBox, cameraFits, MAX_ZOOM, MIN_ZOOM, relaxedBox, roundCamera, sameCamera, type Box } from './camera.ts'
import type { Hub, LngLat } from '../domain/types.ts'

const hubs: Hub[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/hubs.json'), 'utf8')).hubs
const box = cameraBox(hubs.map((h) => h.point))

describe('cameraBox', () => {
  it.each(['yangshan', 'pvg', 'suzhou', 'waigaoqiao', 'hongqiao'])('holds hub %s with the margin to spare', (id) => {
    const [lng, lat] = hubs.find((h) => h.id === id)!.point
    expect(lng - box[0]).toBeGreaterThanOrEqual(BOX_MARGIN_DEG - 1e-9)
    expect(box[2] - lng).toBeGreaterThanOrEqual(BOX_MARGIN_DEG - 1e-9)
    expect(lat - box[1]).toBeGreaterThanOrEqual(BOX_MARGIN_DEG - 1e-9)
    expect(box[3] - lat).toBeGreaterThanOrEqual(BOX_MARGIN_DEG - 1e-9)
  })

  it('holds the area of DESIGN.md (120.78–121.40 E, 31.10–31.78 N)', () => {
    expect(box[0]).toBeLessThan(120.78)
    expect(box[1]).toBeLessThan(31.1)
    expect(box[2]).toBeGreaterThan(121.4)
    expect(box[3]).toBeGreaterThan(31.78)
  })

  it.each([[[NaN, 31]], [[121, Infinity]]] as [LngLat][])('refuses a hub at %j, naming it', (p) => {
    expect(() => cameraBox([p])).toThrow(/hub point .* is not a finite \[lng, lat\]/)
  })
})

describe('cameraFits and relaxedBox', () => {
  const inside: Box = [121.0, 31.2, 121.2, 31.4]
  it.each([
    [inside, 11, true],
    [inside, MIN_ZOOM - 0.5, false],
    [inside, MAX_ZOOM + 1, false],
    [[119.5, 31.2, 119.7, 31.4] as Box, 11, false],
  ])('view %j at zoom %d fits: %s', (view, zoom, fits) => {
    expect(cameraFits(box, view, zoom)).toBe(fits)
  })

  it('widens the box to hold a view outside it, with half a view to spare', () => {
    const far: Box = [119.5, 31.2, 119.7, 31.4]
    const r = relaxedBox(box, far)
    expect(r[0]).toBeCloseTo(119.4)
    expect(r.slice(1)).toEqual(box.slice(1))
  })
})

describe('roundCamera', () => {
  it.each([
    [{ zoom: 11.23456, lat: 31.2345678, lng: 121.1234567 }, { zoom: 11.23, lat: 31.2346, lng: 121.1235 }],
    [{ zoom: 7.005, lat: 31.2345678, lng: 121.1234567 }, { zoom: 7.01, lat: 31.235, lng: 121.123 }],
  ])('rounds %j as map= writes it', (c, want) => {
    expect(roundCamera(c)).toEqual(want)
    expect(sameCamera(roundCamera(want), want)).toBe(true)
  })
})
