import { describe, expect, it } from 'vitest'
import { LIMIT_COLOURS, limitColour } from './limitColour.ts'

describe('limitColour', () => {
  it.each([
    [0, LIMIT_COLOURS[0]],
    [1, LIMIT_COLOURS[1]],
    [LIMIT_COLOURS.length, LIMIT_COLOURS[0]],
    [-1, LIMIT_COLOURS[0]],
    [1.5, LIMIT_COLOURS[0]],
    [Number.NaN, LIMIT_COLOURS[0]],
  ])('limit %s gets %s', (i, colour) => {
    expect(limitColour(i)).toBe(colour)
  })

  it('gives the first limits distinct colours', () => {
    expect(new Set(LIMIT_COLOURS).size).toBe(LIMIT_COLOURS.length)
  })
})
