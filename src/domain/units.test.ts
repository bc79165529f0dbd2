import { describe, expect, it } from 'vitest'
import { FT2_PER_M2, m2ToFt2, muToM2, roundTripDisplay } from './units.ts'

describe('units', () => {
  it.each([
    [1, 666.6667],
    [15, 10000],
    [200, 133333.3333],
  ])('%d 亩 is %d m²', (mu, m2) => {
    expect(muToM2(mu)).toBeCloseTo(m2, 3)
  })

  it.each([
    [1, 10.7639],
    [1100, 11840.3],
    [92.903, 1000],
  ])('%d m² is %d ft²', (m2, ft2) => {
    expect(m2ToFt2(m2)).toBeCloseTo(ft2, 1)
  })

  // Round figures typed in ft², kept as whole m² in the link, come back as typed (one m² is 10.76 ft², so 12,345
  // and 12,350 are the same link: the display settles on the round one).
  it.each([20000, 10000, 5000, 12350, 100, 250000])('%d ft² typed comes back as typed', (ft2) => {
    const stored = Math.round(ft2 / FT2_PER_M2)
    expect(roundTripDisplay(stored, FT2_PER_M2)).toBe(ft2)
  })

  it.each([
    [1858, 20000],
    [1000, 10760],
    [1, 10],
    [0, 0],
  ])('%d m² shows as %d ft² and converts back to the same m²', (m2, ft2) => {
    expect(roundTripDisplay(m2, FT2_PER_M2)).toBe(ft2)
    expect(Math.round(roundTripDisplay(m2, FT2_PER_M2) / FT2_PER_M2)).toBe(m2)
  })

  it.each([
    [Number.NaN, FT2_PER_M2],
    [1000, 0],
    [1000, -1],
    [Number.POSITIVE_INFINITY, FT2_PER_M2],
  ])('refuses %s × %s with NaN', (stored, factor) => {
    expect(roundTripDisplay(stored, factor)).toBeNaN()
  })
})
