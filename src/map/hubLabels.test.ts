import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { hubSides, shortHubName } from './hubLabels.ts'
import type { Hub } from '../domain/types.ts'

const hubs: Hub[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/hubs.json'), 'utf8')).hubs
const sideOf = (id: string) => hubSides(hubs)[hubs.findIndex((h) => h.id === id)]

describe('hubSides', () => {
  it.each([
    ['kunshan-centre', 'left'],
    ['kunshan-south', 'right'],
    ['hongqiao', 'alone'],
    ['yangshan', 'alone'],
  ])('puts %s %s', (id, side) => {
    expect(sideOf(id)).toBe(side)
  })

  it.each([
    [[[121, 31.3], [121.01, 31.3]], ['left', 'right']],
    [[[121, 31.3], [121, 31.31]], ['right', 'left']],
    [[[121, 31.3], [121.5, 31.3]], ['alone', 'alone']],
    [[[121, 31.3]], ['alone']],
  ] as const)('sides of %j: %j', (points, want) => {
    expect(hubSides(points.map((p) => ({ point: [p[0], p[1]] })))).toEqual(want)
  })
})

describe('shortHubName', () => {
  it.each([
    ['Hongqiao Transport Hub (Shanghai Hongqiao Station)', 'Hongqiao Transport Hub'],
    ['虹桥综合交通枢纽(上海虹桥站)', '虹桥综合交通枢纽'],
    ['花桥站（上海地铁11号线）', '花桥站'],
    ['Taicang Port', 'Taicang Port'],
    ['(only a parenthesis)', '(only a parenthesis)'],
  ])('%j → %j', (name, want) => {
    expect(shortHubName(name)).toBe(want)
  })
})
