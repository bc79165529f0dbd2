import { describe, expect, it } from 'vitest'
import { censusYear, checkIndustries, checkPopulation } from './reachData.ts'
import type { PopulationSeat } from './types.ts'

function createSeat(over: Partial<PopulationSeat> = {}): PopulationSeat {
  return { id: 's', name: { zh: '镇', en: 'Town' }, jurisdiction: 'jiading', population: 1000, year: 2020, method: 'census', coarse: false, point: [121.2, 31.3], ...over }
}

describe('population data file', () => {
  it('accepts a well-formed file', () => {
    expect(checkPopulation('data/population.json', { seats: [createSeat()], unreachable: [] })).toHaveLength(1)
  })

  it.each([
    ['not an object', 'x', 'has no "seats" list'],
    ['no seats list', { seats: 3 }, 'has no "seats" list'],
    ['a seat without id', { seats: [{ population: 3 }] }, 'seat #1 has no id'],
    ['a null seat', { seats: [null] }, 'seat #1 has no id'],
    ['a population that is text', { seats: [createSeat({ population: 'many' as unknown as number })] }, 'seat "s" has no population'],
    ['a negative population', { seats: [createSeat({ population: -1 })] }, 'seat "s" has no population'],
    ['a point with NaN', { seats: [createSeat({ point: [NaN, 31] })] }, 'seat "s" has a bad point'],
    ['no year', { seats: [createSeat({ year: undefined as unknown as number })] }, 'seat "s" has no year'],
  ])('rejects %s, naming the file and what is wrong', (_what, json, message) => {
    expect(() => checkPopulation('data/population.json', json)).toThrow(`data/population.json: ${message}`)
  })
})

describe('census year', () => {
  it.each([
    ['the census rows\' year', [createSeat({ year: 2020 }), createSeat({ method: 'even-split', year: 2020 })], 2020],
    ['not a reported (non-census) figure\'s year', [createSeat({ year: 2020 }), createSeat({ method: 'reported', year: 2023 })], 2020],
    ['the latest when years differ', [createSeat({ year: 2010, method: 'scaled' }), createSeat({ year: 2020 })], 2020],
    ['null without census-based rows', [createSeat({ method: 'reported', year: 2019 })], null],
    ['null without rows', [], null],
  ] as const)('is %s', (_what, seats, year) => {
    expect(censusYear([...seats])).toBe(year)
  })
})

describe('industries data file', () => {
  it('accepts the tokens with their names', () => {
    expect(checkIndustries('data/industries.json', { industries: [{ id: 'ic', name: { zh: '集成电路', en: 'Integrated circuits' } }] })).toHaveLength(1)
  })

  it.each([
    ['no list', {}, 'has no "industries" list'],
    ['a token without id', { industries: [{ name: { zh: 'a', en: 'b' } }] }, 'industry #1 has no id'],
    ['a token without an English name', { industries: [{ id: 'ic', name: { zh: '集成电路' } }] }, 'industry "ic" has no zh and en name'],
  ])('rejects %s, naming the file and what is wrong', (_what, json, message) => {
    expect(() => checkIndustries('data/industries.json', json)).toThrow(`data/industries.json: ${message}`)
  })
})
