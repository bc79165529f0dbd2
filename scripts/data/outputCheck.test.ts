import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkOutput, firstDifference } from './outputCheck.ts'

const DATA = resolve(import.meta.dirname, '../../data')
/** The shipped data/ files the build checks, parsed afresh per call so a test may spoil them. */
function createOutput(): Record<string, Record<string, Record<string, unknown>[]>> {
  const names = ['hubs.json', 'parks.json', 'listings.json', 'removed.json', 'industries.json', 'population.json', 'suggest.json', 'basemap.json']
  return Object.fromEntries(names.map((n) => [n, JSON.parse(readFileSync(resolve(DATA, n), 'utf8'))]))
}

describe('the build checks what it writes with the app’s schemas', () => {
  it('passes the shipped data/', () => {
    expect(checkOutput(createOutput())).toEqual([])
  })

  type Spoil = (o: ReturnType<typeof createOutput>) => void
  it.each<[string, Spoil, string]>([
    ['a field the schemas lack', (o) => void (o['listings.json'].listings[0].newField = 1), 'data/listings.json: field "listings.0.newField": written but not read back'],
    ['NaN written as null', (o) => void (o['parks.json'].parks[0].radiusKm = null), 'data/parks.json: park'],
    ['a basemap feature without geometry', (o) => void (o['basemap.json'].features[0].geometry = null as never), 'data/basemap.json: feature #1: geometry:'],
    ['a basemap feature of an unknown layer', (o) => void ((o['basemap.json'].features[0].properties as Record<string, unknown>).layer = 'lava'), 'data/basemap.json: feature #1: properties.layer:'],
    ['a population seat as text', (o) => void (o['population.json'].seats[0].population = '5' as never), 'data/population.json: seat'],
    ['an industry without a name', (o) => delete o['industries.json'].industries[0].name, 'data/industries.json: industry'],
  ])('fails on %s', (_, spoil, expected) => {
    const o = createOutput()
    spoil(o)
    const errors = checkOutput(o).map((e) => `${e.file}: ${e.message}`)
    expect(errors.join('\n')).toContain(expected)
  })
})

describe('firstDifference', () => {
  it.each([
    [{ a: 1 }, { a: 1 }, null],
    [{ a: [1, 2] }, { a: [1, 3] }, 'a.1'],
    [{ a: 1 }, { a: 1, b: 2 }, 'b'],
    [1, 2, '(root)'],
  ])('%j vs %j: %s', (a, b, path) => {
    expect(firstDifference(a, b)).toBe(path)
  })
})
