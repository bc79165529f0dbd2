import { describe, expect, it } from 'vitest'
import { censusYear } from './reachData.ts'
import type { PopulationSeat } from './types.ts'

function createSeat(over: Partial<PopulationSeat> = {}): PopulationSeat {
  return { id: 's', name: { zh: '镇', en: 'Town' }, jurisdiction: 'jiading', population: 1000, year: 2020, method: 'census', coarse: false, point: [121.2, 31.3], ...over }
}

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
