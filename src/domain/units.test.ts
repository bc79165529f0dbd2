import { describe, expect, it } from 'vitest'
import { ft2ToM2, m2ToFt2, m2ToMu, muToM2, wanPerMuToYuanPerM2, yuanPerM2ToWanPerMu } from './units.ts'

describe('units', () => {
  it.each([
    [1, 666.6667],
    [15, 10000],
    [200, 133333.3333],
  ])('%d 亩 is %d m²', (mu, m2) => {
    expect(muToM2(mu)).toBeCloseTo(m2, 3)
    expect(m2ToMu(m2)).toBeCloseTo(mu, 6)
  })

  it.each([
    [1, 10.7639],
    [1100, 11840.3],
    [92.903, 1000],
  ])('%d m² is %d ft²', (m2, ft2) => {
    expect(m2ToFt2(m2)).toBeCloseTo(ft2, 1)
    expect(ft2ToM2(m2ToFt2(m2))).toBeCloseTo(m2, 9)
  })

  it.each([
    [1, 15],
    [60, 900],
    [0.5, 7.5],
  ])('%d 万元/亩 is %d 元/㎡', (wan, yuan) => {
    expect(wanPerMuToYuanPerM2(wan)).toBeCloseTo(yuan, 9)
    expect(yuanPerM2ToWanPerMu(yuan)).toBeCloseTo(wan, 9)
  })
})
