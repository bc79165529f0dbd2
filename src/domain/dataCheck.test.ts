import { describe, expect, it } from 'vitest'
import { checkDataset, DataFileError, parseJson, problemText, readDataset } from './dataCheck.ts'

type Rec = Record<string, unknown>
const source = () => ({ url: 'https://example.com/a', doc: null, title: 'A page', read: '2026-11-01' })
const createHub = (id: string, point: number[]): Rec => ({ id, name: { zh: '枢纽', en: 'Hub' }, kind: 'rail', point, precision: 'surveyed', sources: [source()] })
const createPark = (over: Rec = {}): Rec => ({
  id: 'p',
  name: { zh: '园区', en: 'Park' },
  jurisdiction: 'kunshan',
  town: { zh: '镇', en: 'Town' },
  kind: 'industrial-park',
  point: [121.15, 31.3],
  precision: 'approximate',
  radiusKm: 2,
  sources: [source()],
  driveMinutes: [10.2, null],
  ...over,
})
const createListing = (over: Rec = {}): Rec => ({
  id: 'l',
  parkId: 'p',
  name: { zh: '厂房', en: 'Factory' },
  kind: 'factory',
  deal: ['rent'],
  floorArea: { min: 1100, max: null },
  ready: true,
  status: 'available',
  sample: true,
  claims: [],
  sources: [source()],
  driveMinutes: [10.2, null],
  ...over,
})
/** A minimal valid dataset: two hubs, one park, two listings; fresh per call so a test may spoil it. */
function createJson() {
  return {
    hubs: { hubs: [createHub('a', [121.1, 31.3]), createHub('b', [121.2, 31.3])] },
    parks: { parks: [createPark()] },
    listings: { listings: [createListing(), createListing({ id: 'm' })] },
  }
}

describe('readDataset', () => {
  it('assembles the three files into a Dataset, without problems', () => {
    const { dataset, problems } = readDataset(createJson())
    expect(problems).toEqual([])
    expect(dataset.hubs.map((h) => h.id)).toEqual(['a', 'b'])
    expect(dataset.parks[0].driveMinutes).toEqual([10.2, null])
    expect(dataset.listings.map((l) => l.id)).toEqual(['l', 'm'])
  })

  type Spoil = (j: ReturnType<typeof createJson>) => void
  const park = (j: ReturnType<typeof createJson>) => j.parks.parks[0]
  // Each row spoils one listing: it is left out, named with its field, and the other listing stays.
  it.each<[string, Spoil, string]>([
    ['a null name', (j) => void (listing(j).name = null), 'listing "l": name: must be { zh, en }, got null'],
    ['a name without en', (j) => void (listing(j).name = { zh: '名' }), 'listing "l": name.en: is missing'],
    ['deal as text', (j) => void (listing(j).deal = 'rent'), 'listing "l": deal: must be a list of rent, sale, got "rent"'],
    ['an unknown deal', (j) => void (listing(j).deal = ['lease']), 'listing "l": deal.0: must be rent or sale, got "lease"'],
    ['a huge deal list', (j) => void (listing(j).deal = Array(100_000).fill('rent')), 'listing "l": deal: has a repeated deal'],
    ['an empty deal list', (j) => void (listing(j).deal = []), 'listing "l": deal: needs rent, sale or both'],
    ['a coordinate as text', (j) => void (listing(j).point = ['121.1', 31.3]), 'listing "l": point.0: must be a number, got "121.1"'],
    ['a point of three numbers', (j) => void (listing(j).point = [121.1, 31.3, 5]), 'listing "l": point.2:'],
    ['a point off the globe', (j) => void (listing(j).point = [500, 31.3]), 'listing "l": point: must be [lng, lat] within ±180, ±90'],
    ['a "NaN" area', (j) => void (listing(j).floorArea = { min: 'NaN', max: null }), 'listing "l": floorArea.min: must be a number, got "NaN"'],
    ['a null floor area', (j) => void (listing(j).floorArea = null), 'listing "l": floorArea: must be { min, max }, got null'],
    ['a negative rent', (j) => void (listing(j).rent = -1), 'listing "l": rent: must be greater than 0'],
    ['rent as text', (j) => void (listing(j).rent = '0.9'), 'listing "l": rent: must be a number, got "0.9"'],
    ['an unknown kind', (j) => void (listing(j).kind = 'castle'), 'listing "l": kind: must be one of factory, custom, warehouse, office, land, got "castle"'],
    ['an unknown status', (j) => void (listing(j).status = null), 'listing "l": status: must be one of available, let, sold, got null'],
    ['ready as text', (j) => void (listing(j).ready = 'yes'), 'listing "l": ready: must be true or false, got "yes"'],
    ['claims missing', (j) => delete listing(j).claims, 'listing "l": claims: is missing'],
    ['a claim for an unknown hub', (j) => void (listing(j).claims = [{ hub: 'zz', minutes: 10, source: source() }]), 'listing "l": claims.0.hub: names an unknown hub "zz"'],
    ['a source without title', (j) => void (listing(j).sources = [{ url: null, doc: 'x', read: '2026-01-01' }]), 'listing "l": sources.0.title: is missing'],
    ['a million sources', (j) => void (listing(j).sources = Array(1_000_000).fill(source())), 'listing "l": sources: must hold at most 100 items'],
    ['too few drive times', (j) => void (listing(j).driveMinutes = [1]), 'listing "l": driveMinutes: has 1 values, expected 2 (one per hub)'],
    ['a drive time as text', (j) => void (listing(j).driveMinutes = ['10', null]), 'listing "l": driveMinutes.0: must be a number, got "10"'],
    ['an unknown park', (j) => void (listing(j).parkId = 'zz'), 'listing "l": parkId: names an unknown park "zz"'],
    ['no park and no point', (j) => delete listing(j).parkId, 'listing "l": parkId: is missing and the listing has no point of its own'],
    ['an id with markup', (j) => void (listing(j).id = '<b>x</b>'), 'listing "<b>x</b>": id: must be lowercase a-z, 0-9 and single dashes'],
    ['a megabyte name', (j) => void (listing(j).name = { zh: 'x'.repeat(1e6), en: 'x' }), 'listing "l": name.zh: must be at most 20000 characters'],
    ['a repeated id', (j) => void (j.listings.listings[1].id = 'l'), 'listing "l" (#2): id: repeats listing "l"'],
    ['a record that is text', (j) => void ((j.listings.listings as unknown[])[0] = 'l'), 'listing #1: (record): expected Object, got "l"'],
    ['a null record', (j) => void ((j.listings.listings as unknown[])[0] = null), 'listing #1: (record): expected Object, got null'],
  ])('leaves out a listing with %s, naming file, record and field', (_, spoil, expected) => {
    const json = createJson()
    spoil(json)
    const { dataset, problems } = readDataset(json)
    expect(problems.map(problemText)).toEqual([expect.stringContaining(`data/listings.json: ${expected}`)])
    expect(dataset.listings).toHaveLength(1)
    expect(dataset.parks).toHaveLength(1)
  })

  it.each<[string, Spoil, string]>([
    ['a null name', (j) => void (park(j).name = null), 'park "p": name: must be { zh, en }, got null'],
    ['a null town', (j) => void (park(j).town = null), 'park "p": town: must be { zh, en }, got null'],
    ['a point of strings', (j) => void (park(j).point = ['121', '31']), 'park "p": point.0: must be a number, got "121"'],
    ['an unknown jurisdiction', (j) => void (park(j).jurisdiction = 'mars'), 'park "p": jurisdiction: must be one of jiading, kunshan, taicang, got "mars"'],
    ['industries as text', (j) => void (park(j).industries = 'cars'), 'park "p": industries: expected Object, got "cars"'],
    ['peopleWithin of three', (j) => void (park(j).peopleWithin = [1, 2, 3]), 'park "p": peopleWithin.3: is missing'],
  ])('leaves out a park with %s, and its listings, naming both', (_, spoil, expected) => {
    const json = createJson()
    spoil(json)
    const { dataset, problems } = readDataset(json)
    expect(problems.map(problemText)).toEqual([
      expect.stringContaining(`data/parks.json: ${expected}`),
      'data/listings.json: listing "l": parkId: its park "p" was left out',
      'data/listings.json: listing "m": parkId: its park "p" was left out',
    ])
    expect(dataset.parks).toEqual([])
    expect(dataset.listings).toEqual([])
  })

  it('keeps "__proto__", "constructor" and unknown keys out of what it returns, and pollutes no prototype', () => {
    const json = parseJson('data/listings.json', `{"listings":[${JSON.stringify(createListing()).replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"extra":1,')}]}`)
    const { dataset, problems } = readDataset({ ...createJson(), listings: json })
    expect(problems).toEqual([])
    const l = dataset.listings[0] as unknown as Record<string, unknown>
    expect(Object.keys(l)).not.toContain('__proto__')
    expect(Object.keys(l)).not.toContain('extra')
    expect(Object.getPrototypeOf(l)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each<[string, Spoil, string]>([
    ['a hub without a point', (j) => delete j.hubs.hubs[0].point, 'data/hubs.json: hub "a": point: is missing'],
    ['a hub named pin', (j) => void (j.hubs.hubs[1].id = 'pin'), 'data/hubs.json: hub "pin": id: "pin" is reserved'],
    ['a foreign file', (j) => void ((j as Rec).hubs = { foo: 1 }), 'data/hubs.json: has no "hubs" list'],
    ['null instead of a file', (j) => void ((j as Rec).listings = null), 'data/listings.json: has no "listings" list'],
    ['a list that is not one', (j) => void ((j as Rec).parks = { parks: 3 }), 'data/parks.json: "parks" is not a list'],
  ])('fails the whole load for %s', (_, spoil, expected) => {
    const json = createJson()
    spoil(json)
    expect(() => readDataset(json)).toThrow(DataFileError)
    expect(() => readDataset(json)).toThrow(expected)
  })
})

describe('checkDataset (strict: CLI, bench)', () => {
  it('throws at the first left-out record, naming the files as given', () => {
    const json = createJson()
    listing(json).deal = 'rent'
    expect(() => checkDataset(json, { hubs: 'h', parks: 'p', listings: '/tmp/x/listings.json' })).toThrow('/tmp/x/listings.json: listing "l": deal: must be a list of rent, sale, got "rent"')
  })

  it('returns the dataset when every record is sound', () => {
    expect(checkDataset(createJson()).listings).toHaveLength(2)
  })
})

describe('parseJson', () => {
  it('names the file of text that is not JSON', () => {
    expect(() => parseJson('data/parks.json', '{"parks": [')).toThrow(/^data\/parks\.json: is not valid JSON \(/)
  })

  it('returns the parsed value', () => {
    expect(parseJson('f', '{"a":1}')).toEqual({ a: 1 })
  })
})

function listing(j: ReturnType<typeof createJson>): Rec {
  return j.listings.listings[0]
}
