import { describe, expect, it } from 'vitest'
import { checkPinPoint, parsePinInput, swappedPinInput } from './pinInput.ts'

describe('parsePinInput', () => {
  it.each([
    ['121.16, 31.28', [121.16, 31.28]],
    ['121.16，31.28', [121.16, 31.28]],
    [' (121.16 31.28) ', [121.16, 31.28]],
  ])('reads %j as WGS-84', (text, point) => {
    expect(parsePinInput(text, 'wgs84')).toEqual({ ok: true, point })
  })

  it('converts a GCJ-02 pair (as Amap gives) to WGS-84', () => {
    const r = parsePinInput('121.165, 31.281', 'gcj02')
    expect(r).toEqual({ ok: true, point: [121.160448, 31.282885] })
  })

  it.each(['', 'abc', '121.16', '121.16,31.28,5', 'NaN, NaN', '1e3, 31', '<script>', '121.16, 91', '999, 31', '31.28, 121.16'])('rejects %j as not coordinates', (text) => {
    expect(parsePinInput(text, 'wgs84')).toEqual({ ok: false, error: 'bad' })
  })

  it.each([
    ['121.8053, 31.1433'],
    ['0, 0'],
  ])('refuses %j as outside the area', (text) => {
    expect(parsePinInput(text, 'wgs84')).toEqual({ ok: false, error: 'outside' })
  })
})

describe('checkPinPoint (a point clicked on the map)', () => {
  it.each([
    [[121.1612345678, 31.2834567891], { ok: true, point: [121.161235, 31.283457] }],
    [[121.8053, 31.1433], { ok: false, error: 'outside' }],
    [[NaN, 31.2], { ok: false, error: 'bad' }],
    [[121.2, Infinity], { ok: false, error: 'bad' }],
  ] as const)('%j gives %j', (p, want) => {
    expect(checkPinPoint([p[0], p[1]])).toEqual(want)
  })
})

describe('swappedPinInput', () => {
  it.each([
    ['31.33, 121.17', 'wgs84', '121.17, 31.33', [121.17, 31.33]],
    ['31.28 121.16', 'wgs84', '121.16, 31.28', [121.16, 31.28]],
    ['(31.282885，121.160448)', 'wgs84', '121.160448, 31.282885', [121.160448, 31.282885]],
    ['31.281, 121.165', 'gcj02', '121.165, 31.281', [121.160448, 31.282885]],
  ] as const)('offers %j (%s) as %j', (text, crs, fixed, point) => {
    expect(swappedPinInput(text, crs)).toEqual({ text: fixed, point })
  })

  it.each(['121.17, 31.33', '', 'abc', '31.33', '0, 0', '31.1433, 121.8053', '91, 121', '<img src=x>'])('offers nothing for %j', (text) => {
    expect(swappedPinInput(text, 'wgs84')).toBeNull()
  })
})
