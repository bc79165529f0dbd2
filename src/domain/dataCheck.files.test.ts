import { describe, expect, it } from 'vitest'
import { checkIndustries, checkPopulation, checkRemoved, DataFileError, problemText, type DataProblem } from './dataCheck.ts'
import type { PopulationSeat } from './types.ts'

function createSeat(over: Record<string, unknown> = {}): PopulationSeat {
  return { id: 's', name: { zh: '镇', en: 'Town' }, jurisdiction: 'jiading', population: 1000, year: 2020, method: 'census', coarse: false, point: [121.2, 31.3], ...over } as PopulationSeat
}

describe('data/population.json: every seat or none', () => {
  it('accepts a well-formed file', () => {
    expect(checkPopulation('data/population.json', { seats: [createSeat()], unreachable: [] })).toEqual([createSeat()])
  })

  it.each([
    ['not an object', 'x', 'has no "seats" list'],
    ['no seats list', { seats: 3 }, '"seats" is not a list'],
    ['a seat without id', { seats: [{ population: 3 }] }, 'seat #1: id: is missing'],
    ['a null seat', { seats: [null] }, 'seat #1: (record): expected Object, got null'],
    ['a population that is text', { seats: [createSeat({ population: 'many' })] }, 'seat "s": population: must be a number, got "many"'],
    ['a "NaN" population', { seats: [createSeat({ population: 'NaN' })] }, 'seat "s": population: must be a number, got "NaN"'],
    ['a negative population', { seats: [createSeat({ population: -1 })] }, 'seat "s": population: must not be negative'],
    ['a point of strings', { seats: [createSeat({ point: ['121', '31'] })] }, 'seat "s": point.0: must be a number, got "121"'],
    ['no year', { seats: [createSeat({ year: undefined })] }, 'seat "s": year: is missing'],
    ['an unknown method', { seats: [createSeat({ method: 'guess' })] }, 'seat "s": method: must be one of census, scaled, area-split, even-split, reported, got "guess"'],
  ])('fails the file for %s, naming the file, the seat and the field', (_what, json, message) => {
    expect(() => checkPopulation('data/population.json', json)).toThrow(DataFileError)
    expect(() => checkPopulation('data/population.json', json)).toThrow(`data/population.json: ${message}`)
  })
})

describe('data/industries.json and data/removed.json: bad entries left out', () => {
  const ic = { id: 'ic', name: { zh: '集成电路', en: 'Integrated circuits' } }
  it.each([
    ['a token without id', { name: { zh: 'a', en: 'b' } }, 'data/industries.json: industry #1: id: is missing'],
    ['a token without an English name', { id: 'ev', name: { zh: '汽车' } }, 'data/industries.json: industry "ev": name.en: is missing'],
    ['a name that is null', { id: 'ev', name: null }, 'data/industries.json: industry "ev": name: must be { zh, en }, got null'],
    ['an id with spaces', { id: 'a b', name: { zh: 'a', en: 'b' } }, 'data/industries.json: industry "a b": id: must be lowercase a-z, 0-9 and single dashes'],
    ['a repeated token', ic, 'data/industries.json: industry "ic" (#2): id: repeats industry "ic"'],
  ])('industries: leaves out %s and keeps the others', (_what, bad, message) => {
    const problems: DataProblem[] = []
    expect(checkIndustries('data/industries.json', { industries: [bad, ic] }, problems).map((i) => i.id)).toEqual(['ic'])
    expect(problems.map(problemText)).toEqual([message])
  })

  it.each([
    ['an id that is a number', { id: 5, date: '2026-01-01', reason: 'let' }, 'data/removed.json: removed listing #1: id: expected string, got 5'],
    ['no reason', { id: 'x', date: '2026-01-01' }, 'data/removed.json: removed listing "x": reason: is missing'],
    ['a __proto__ id', JSON.parse('{"id":"__proto__","date":"2026-01-01","reason":"x"}'), 'data/removed.json: removed listing "__proto__": id: must be lowercase a-z, 0-9 and single dashes'],
  ])('removed: leaves out %s and keeps the others', (_what, bad, message) => {
    const problems: DataProblem[] = []
    const kept = checkRemoved('data/removed.json', { removed: [bad, { id: 'old-1', date: '2026-01-01', reason: 'let' }] }, problems)
    expect(kept.map((r) => r.id)).toEqual(['old-1'])
    expect(problems.map(problemText)).toEqual([message])
  })

  it('a file without its list fails, naming it', () => {
    expect(() => checkRemoved('data/removed.json', { removed: null }, [])).toThrow('data/removed.json: "removed" is not a list')
    expect(() => checkIndustries('data/industries.json', [], [])).toThrow('data/industries.json: has no "industries" list')
  })
})
