import { describe, expect, it } from 'vitest'
import { FULL_GAP_PX, PEEK_PX, nearestSnap, snapHeights, stepSnap, tapSnap } from './sheet.ts'

describe('snapHeights', () => {
  it.each([
    [844, { peek: PEEK_PX, half: 422, full: 844 - FULL_GAP_PX }],
    [390, { peek: PEEK_PX, half: 195, full: 390 - FULL_GAP_PX }],
    [100, { peek: PEEK_PX, half: PEEK_PX, full: PEEK_PX }],
    [0, { peek: PEEK_PX, half: PEEK_PX, full: PEEK_PX }],
    [Number.NaN, { peek: PEEK_PX, half: PEEK_PX, full: PEEK_PX }],
    [-5, { peek: PEEK_PX, half: PEEK_PX, full: PEEK_PX }],
  ])('a %d px screen snaps at %j', (vh, heights) => {
    expect(snapHeights(vh)).toEqual(heights)
  })
})

describe('nearestSnap', () => {
  const h = snapHeights(844)
  it.each([
    [0, 'peek'],
    [100, 'peek'],
    [244, 'peek'],
    [300, 'half'],
    [600, 'half'],
    [700, 'full'],
    [5000, 'full'],
    [Number.NaN, 'half'],
  ] as const)('a sheet dragged to %d px snaps to %s', (px, snap) => {
    expect(nearestSnap(px, h)).toBe(snap)
  })
})

describe('stepSnap and tapSnap', () => {
  it.each([
    ['peek', 1, 'half'],
    ['half', 1, 'full'],
    ['full', 1, 'full'],
    ['full', -1, 'half'],
    ['peek', -1, 'peek'],
  ] as const)('%s stepped %d is %s', (s, d, to) => {
    expect(stepSnap(s, d)).toBe(to)
  })

  it.each([
    ['peek', 'half'],
    ['half', 'full'],
    ['full', 'peek'],
  ] as const)('a tap on %s goes to %s', (s, to) => {
    expect(tapSnap(s)).toBe(to)
  })
})
