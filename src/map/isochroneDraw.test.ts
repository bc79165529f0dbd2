import { describe, expect, it } from 'vitest'
import { bandFilter, isochroneFeatures } from './isochroneDraw.ts'
import { LIMIT_COLOURS, limitColour } from './palette.ts'

const ring = [[121, 31], [121.1, 31], [121.1, 31.1], [121, 31]]
const fc = (...minutes: number[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: minutes.map((m) => ({ type: 'Feature', properties: { minutes: m }, geometry: { type: 'Polygon', coordinates: [ring] } })),
})

describe('isochroneFeatures', () => {
  it('tags each limit’s contours with its colour and marks its own minutes', () => {
    const out = isochroneFeatures(
      [{ hub: 'hongqiao', max: 25, colour: limitColour(0) }, { hub: 'taicang-port', max: 30, colour: limitColour(1) }],
      { hongqiao: fc(10, 20, 25, 30), 'taicang-port': fc(10, 30), anting: fc(10) },
    )
    expect(out.features.map((f) => [f.properties!.hub, f.properties!.minutes, f.properties!.own, f.properties!.colour])).toEqual([
      ['hongqiao', 10, false, LIMIT_COLOURS[0]],
      ['hongqiao', 20, false, LIMIT_COLOURS[0]],
      ['hongqiao', 25, true, LIMIT_COLOURS[0]],
      ['hongqiao', 30, false, LIMIT_COLOURS[0]],
      ['taicang-port', 10, false, LIMIT_COLOURS[1]],
      ['taicang-port', 30, true, LIMIT_COLOURS[1]],
    ])
  })

  it.each([
    [32, 31],
    [29, 30],
    [25, 20],
  ])('takes the band nearest the limit as its own while newer isochrones are on their way (limit %d → %d)', (max, own) => {
    const out = isochroneFeatures([{ hub: 'anting', max, colour: '#000' }], { anting: fc(10, 20, 30, 31, 45, 60) })
    expect(out.features.filter((f) => f.properties!.own).map((f) => f.properties!.minutes)).toEqual([own])
  })

  it('draws nothing for a limit whose isochrones have not arrived', () => {
    expect(isochroneFeatures([{ hub: 'pin', max: 20, colour: '#000' }], {}).features).toEqual([])
  })
})

describe('bandFilter', () => {
  it.each([
    [false, ['==', ['get', 'own'], true]],
    [true, ['boolean', true]],
  ])('bands %s → %j', (bands, want) => {
    expect(bandFilter(bands)).toEqual(want)
  })
})

describe('limitColour', () => {
  it('gives distinct colours to the first six limits, then repeats', () => {
    const six = [0, 1, 2, 3, 4, 5].map(limitColour)
    expect(new Set(six).size).toBe(6)
    expect(limitColour(6)).toBe(limitColour(0))
  })

  it.each([-1, 1.5, NaN])('refuses index %s', (i) => {
    expect(() => limitColour(i)).toThrow(/is not a whole number ≥ 0/)
  })
})
