import { describe, expect, it } from 'vitest'
import { buildData } from './build.ts'
import { SOURCE, createListing, createPark as basePark, problems as baseProblems, seedsWith as baseSeeds } from '../../tests/fixtures/seeds.ts'

function createPark(over: Record<string, unknown> = {}) {
  return basePark({ industries: { zh: ['汽车零部件'], en: ['auto parts'] }, targetIndustries: { tokens: ['automotive'], source: SOURCE }, ...over })
}
function createSeat(over: Record<string, unknown> = {}) {
  return {
    id: 'seat-east',
    name: { zh: '东镇', en: 'East Town' },
    jurisdiction: 'taicang',
    kind: 'town',
    population: 100000,
    year: 2020,
    method: 'census',
    seat: [121.2, 31.45],
    precision: 'approximate',
    seatSource: SOURCE,
    sources: [SOURCE],
    ...over,
  }
}
const INDUSTRIES = [{ id: 'automotive', name: { zh: '汽车', en: 'Automotive' } }]

interface Tree {
  park?: unknown
  population?: unknown[]
  industries?: unknown[]
  raw?: Record<string, string>
}
/** The shared seed tree (tests/fixtures/seeds.ts) with a seat of population, an industry list and two listings. */
const tree = (t: Tree) => ({
  parks: [t.park ?? createPark()],
  listings: [createListing(), createListing({ id: 'own-point', point: [121.19, 31.45] })],
  population: t.population ?? [createSeat()],
  industries: t.industries ?? INDUSTRIES,
  raw: t.raw,
})
const seedsWith = (t: Tree = {}): string => baseSeeds(tree(t))
const problems = (t: Tree): string => baseProblems(tree(t)).join('\n')

describe('data:build: people within reach and target industries', () => {
  it('counts a seat in the bands its drive reaches, lists a seat off the network, and gives listings their reach', () => {
    const far = createSeat({ id: 'seat-far', population: 7, seat: [121.39, 31.77] })
    // seat-east sits on the road's east end, about 10 km of primary road from the park: within 15 minutes.
    const out = buildData(seedsWith({ population: [createSeat(), far] }))
    const park = JSON.parse(out.files['parks.json']).parks[0]
    expect(park.peopleWithin).toEqual([100000, 100000, 100000, 100000])
    const listings = JSON.parse(out.files['listings.json']).listings
    expect(listings.map((l: { peopleWithin: unknown }) => l.peopleWithin)).toEqual([park.peopleWithin, park.peopleWithin])
    const population = JSON.parse(out.files['population.json'])
    expect(population.unreachable).toEqual(['seat-far'])
    expect(population.seats.map((s: { id: string }) => s.id)).toEqual(['seat-east', 'seat-far'])
    expect(out.summary).toContain('unreachable: seat-far')
  })

  it('leaves a seat out of the bands its drive does not reach', () => {
    // A seat 7.8 km north of the road's east end: its access leg alone (straight km × detour at access speed,
    // speeds.ts) takes more than 15 minutes, and the whole drive less than 60.
    const out = buildData(seedsWith({ population: [createSeat({ seat: [121.2, 31.52] })] }))
    const reach = JSON.parse(out.files['parks.json']).parks[0].peopleWithin
    expect(reach[0]).toBe(0)
    expect(reach[3]).toBe(100000)
  })

  it('leaves peopleWithin out (unknown, not zero) when there are no population rows', () => {
    const out = buildData(seedsWith({ population: [] }))
    expect(JSON.parse(out.files['parks.json']).parks[0].peopleWithin).toBeUndefined()
    expect(JSON.parse(out.files['listings.json']).listings[0].peopleWithin).toBeUndefined()
  })

  it('writes target industry tokens with their source, and the token list for the picker', () => {
    const out = buildData(seedsWith())
    const park = JSON.parse(out.files['parks.json']).parks[0]
    expect(park.targetIndustries).toEqual(['automotive'])
    expect(park.targetIndustriesSource).toEqual({ ...SOURCE, doc: null })
    expect(park.admissionRules).toBeUndefined()
    expect(JSON.parse(out.files['industries.json'])).toEqual({ industries: INDUSTRIES })
  })

  it('writes published admission rules with their sources', () => {
    const rules = { minInvestment: { value: 500, source: SOURCE }, minTaxPerMu: { value: 50, source: SOURCE } }
    const park = JSON.parse(buildData(seedsWith({ park: createPark({ admissionRules: rules }) })).files['parks.json']).parks[0]
    expect(park.admissionRules.minInvestment.value).toBe(500)
    expect(park.admissionRules.minTaxPerMu.value).toBe(50)
    expect(park.admissionRules.restricted).toBeUndefined()
  })

  it.each<[string, Tree, RegExp]>([
    ['a token not in industries.yaml', { park: createPark({ targetIndustries: { tokens: ['castles'], source: SOURCE } }) }, /parks\/test-park\.yaml: record "test-park": field "targetIndustries.tokens.0": "castles" is not a token/],
    ['a malformed token', { park: createPark({ targetIndustries: { tokens: ['Auto Parts'], source: SOURCE } }) }, /field "targetIndustries.tokens.0": must be lowercase/],
    ['a repeated token', { park: createPark({ targetIndustries: { tokens: ['automotive', 'automotive'], source: SOURCE } }) }, /field "targetIndustries.tokens": has a repeated token/],
    ['target industries without a source', { park: createPark({ targetIndustries: { tokens: ['automotive'] } }) }, /field "targetIndustries.source": is required/],
    ['an admission figure that is not a number', { park: createPark({ admissionRules: { minTaxPerMu: { value: 'high', source: SOURCE } } }) }, /field "admissionRules.minTaxPerMu.value": must be a number/],
    ['an unknown admission rule', { park: createPark({ admissionRules: { maxNoise: { value: 1, source: SOURCE } } }) }, /field "admissionRules.maxNoise": unknown field/],
    ['a fractional population', { population: [createSeat({ population: 1.5 })] }, /population\.yaml: record "seat-east": field "population": must be a whole number/],
    ['a negative population', { population: [createSeat({ population: -3 })] }, /field "population": must be greater than 0/],
    ['an unknown method', { population: [createSeat({ method: 'guess' })] }, /field "method": must be one of census, scaled, area-split, even-split, reported/],
    ['a seat without its source', { population: [createSeat({ seatSource: undefined })] }, /field "seatSource": is required/],
    ['a row without a population source', { population: [createSeat({ sources: [] })] }, /field "sources": needs at least one source/],
    ['a seat in an unknown CRS', { population: [createSeat({ crs: 'utm' })] }, /field "crs": must be wgs84, gcj02 or bd09/],
    ['a duplicate seat id', { population: [createSeat(), createSeat()] }, /record "seat-east": field "id": duplicate id in population\.yaml/],
    ['a population file that is not a list', { raw: { 'population.yaml': 'id: x' } }, /population\.yaml: must be a list of records/],
    ['an industry without an English name', { industries: [{ id: 'automotive', name: { zh: '汽车' } }] }, /industries\.yaml: record "automotive": field "name.en": is required/],
  ])('rejects %s with a message naming file, record, field and reason', (_what, tree, message) => {
    expect(problems(tree)).toMatch(message)
  })
})
