import { describe, expect, it } from 'vitest'
import { m2ToFt2, muToM2 } from './units.ts'

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
})
