import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { samplesFor } from './samples.ts'
import { LISTING_KINDS } from '../../src/domain/types.ts'

const seeds = resolve(import.meta.dirname, '../../seeds')
const parks = readdirSync(resolve(seeds, 'parks')).map((f) => parse(readFileSync(resolve(seeds, 'parks', f), 'utf8')))
const committed = readdirSync(resolve(seeds, 'listings')).flatMap((f) => parse(readFileSync(resolve(seeds, 'listings', f), 'utf8')) as Record<string, unknown>[])

describe('sample listings', () => {
  it('are what the generator makes: same ids and values on every run', () => {
    const generated = parks.flatMap((p) => samplesFor(p))
    expect(committed.filter((l) => l.sample)).toEqual(generated)
  })

  it('cover the issue: ≥150, every kind, rent, sale and both, 300–50,000 m², open ranges, let and sold', () => {
    const samples = committed.filter((l) => l.sample) as { kind: string; deal: string[]; floorArea?: { min: number; max: number | null }; status: string }[]
    expect(samples.length).toBeGreaterThanOrEqual(150)
    expect(new Set(samples.map((l) => l.kind))).toEqual(new Set(LISTING_KINDS))
    const deals = new Set(samples.map((l) => l.deal.join('+')))
    for (const d of ['rent', 'sale', 'rent+sale']) expect(deals.has(d)).toBe(true)
    const areas = samples.flatMap((l) => (l.floorArea ? [l.floorArea] : []))
    expect(Math.min(...areas.map((a) => a.min))).toBeLessThan(500)
    expect(Math.max(...areas.map((a) => a.max ?? a.min))).toBeGreaterThan(30000)
    expect(areas.some((a) => a.max === null)).toBe(true)
    expect(new Set(samples.map((l) => l.status))).toEqual(new Set(['available', 'let', 'sold']))
  })
})
