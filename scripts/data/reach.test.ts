import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { buildData } from './build.ts'
import { SeedErrors, formatError } from './load.ts'

const SOURCE = { url: 'https://example.org/page', title: 'A page', read: '2026-12-07' }

function createPark(over: Record<string, unknown> = {}) {
  return {
    id: 'test-park',
    name: { zh: '测试园', en: 'Test Park' },
    jurisdiction: 'taicang',
    town: { zh: '城厢', en: 'Chengxiang' },
    kind: 'industrial-park',
    point: [121.1, 31.45],
    precision: 'approximate',
    radiusKm: 1,
    industries: { zh: ['汽车零部件'], en: ['auto parts'] },
    targetIndustries: { tokens: ['automotive'], source: SOURCE },
    sources: [SOURCE],
    ...over,
  }
}
function createListing(over: Record<string, unknown> = {}) {
  return {
    id: 'test-listing',
    parkId: 'test-park',
    name: { zh: '厂房', en: 'Factory' },
    kind: 'factory',
    deal: ['rent'],
    floorArea: { min: 1000, max: null },
    ready: true,
    status: 'available',
    sample: false,
    sources: [SOURCE],
    ...over,
  }
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
const HUB = { id: 'test-hub', name: { zh: '枢纽', en: 'Hub' }, kind: 'rail', point: [121.2, 31.45], precision: 'surveyed', sources: [SOURCE] }
const ROADS = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { highway: 'primary', source: 'test' }, geometry: { type: 'LineString', coordinates: [[121.1, 31.45], [121.15, 31.45], [121.2, 31.45]] } }],
}

let dirs: string[] = []
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
})

interface Tree {
  park?: unknown
  population?: unknown[]
  industries?: unknown[]
  raw?: Record<string, string>
}
function seedsWith(t: Tree = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-reach-'))
  dirs.push(dir)
  const seeds = join(dir, 'seeds')
  for (const sub of ['parks', 'listings', 'roads', 'basemap']) mkdirSync(join(seeds, sub), { recursive: true })
  writeFileSync(join(seeds, 'parks', 'test-park.yaml'), stringify(t.park ?? createPark()))
  writeFileSync(join(seeds, 'listings', 'test-park.yaml'), stringify([createListing(), createListing({ id: 'own-point', point: [121.19, 31.45] })]))
  writeFileSync(join(seeds, 'hubs.yaml'), stringify([HUB]))
  writeFileSync(join(seeds, 'roads', 'test.geojson'), JSON.stringify(ROADS))
  writeFileSync(join(seeds, 'population.yaml'), stringify(t.population ?? [createSeat()]))
  writeFileSync(join(seeds, 'industries.yaml'), stringify(t.industries ?? INDUSTRIES))
  for (const [path, text] of Object.entries(t.raw ?? {})) writeFileSync(join(seeds, path), text)
  return seeds
}
function problems(t: Tree): string {
  try {
    buildData(seedsWith(t))
  } catch (e) {
    if (e instanceof SeedErrors) return e.errors.map(formatError).join('\n')
    throw e
  }
  return ''
}

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
