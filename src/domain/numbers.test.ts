import { describe, expect, it } from 'vitest'
import { round1, round6 } from './numbers.ts'

describe('round1', () => {
  it.each([
    [12.34, 12.3],
    [12.35, 12.4],
    [0.05, 0.1],
    [30, 30],
    [29.96, 30],
    [-0.04, -0],
  ])('%d → %d', (x, y) => {
    expect(round1(x)).toBe(y)
  })

  it.each([NaN, Infinity])('keeps %d as it is (callers test for unreachable)', (x) => {
    expect(round1(x)).toBe(x)
  })
})

describe('round6', () => {
  it.each([
    [121.1604484, 121.160448],
    [31.2828855, 31.282886],
    [121.16, 121.16],
  ])('%d → %d', (x, y) => {
    expect(round6(x)).toBe(y)
  })
})
