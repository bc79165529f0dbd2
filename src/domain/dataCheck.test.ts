import { describe, expect, it } from 'vitest'
import { checkDataset, DataFileError, parseJson, type DatasetJson } from './dataCheck.ts'

/** A minimal valid dataset: two hubs, one park, one listing; fresh per call so a test may spoil it. */
function createJson(): { hubs: { hubs: Record<string, unknown>[] }; parks: { parks: Record<string, unknown>[] }; listings: { listings: Record<string, unknown>[] } } {
  const name = { zh: '名', en: 'Name' }
  return {
    hubs: { hubs: [{ id: 'a', name, point: [121.1, 31.3] }, { id: 'b', name, point: [121.2, 31.3] }] },
    parks: { parks: [{ id: 'p', name, point: [121.15, 31.3], driveMinutes: [10.2, null] }] },
    listings: { listings: [{ id: 'l', parkId: 'p', name, deal: ['rent'], driveMinutes: [10.2, null] }] },
  }
}

function message(json: DatasetJson): string {
  try {
    checkDataset(json)
  } catch (e) {
    expect(e).toBeInstanceOf(DataFileError)
    return (e as Error).message
  }
  throw new Error('expected a DataFileError')
}

describe('checkDataset', () => {
  it('assembles the three files into a Dataset', () => {
    const ds = checkDataset(createJson())
    expect(ds.hubs.map((h) => h.id)).toEqual(['a', 'b'])
    expect(ds.parks[0].driveMinutes).toEqual([10.2, null])
    expect(ds.listings[0].parkId).toBe('p')
  })

  it('names the files as given', () => {
    const json = createJson()
    json.parks = { parks: 3 } as never
    expect(() => checkDataset(json, { hubs: 'h', parks: '/tmp/x/parks.json', listings: 'l' })).toThrow('/tmp/x/parks.json: "parks" is not a list')
  })

  type Spoil = (j: ReturnType<typeof createJson>) => void
  it.each<[string, Spoil, string]>([
    ['a foreign file', (j) => void ((j as Record<string, unknown>).hubs = { foo: 1 }), 'data/hubs.json: has no "hubs" list'],
    ['null instead of a file', (j) => void ((j as Record<string, unknown>).listings = null), 'data/listings.json: has no "listings" list'],
    ['a record that is not an object', (j) => void ((j.parks.parks as unknown[])[0] = 'p'), 'data/parks.json: park #1: is not an object'],
    ['a record without id', (j) => delete j.hubs.hubs[1].id, 'data/hubs.json: hub #2: field "id": missing'],
    ['a name without en', (j) => void (j.parks.parks[0].name = { zh: '名' }), 'data/parks.json: park "p": field "name": needs zh and en text'],
    ['a null name', (j) => void (j.listings.listings[0].name = null), 'data/listings.json: listing "l": field "name": needs zh and en text'],
    ['a hub without a point', (j) => delete j.hubs.hubs[0].point, 'data/hubs.json: hub "a": field "point": missing'],
    ['a point of strings', (j) => void (j.parks.parks[0].point = ['121', '31']), 'data/parks.json: park "p": field "point": is not [lng, lat]'],
    ['a point with NaN', (j) => void (j.listings.listings[0].point = [121, null]), 'data/listings.json: listing "l": field "point": is not [lng, lat]'],
    ['too few drive times', (j) => void (j.parks.parks[0].driveMinutes = [1]), 'data/parks.json: park "p": field "driveMinutes": has 1 values, expected 2 (one per hub)'],
    ['no drive times', (j) => delete j.listings.listings[0].driveMinutes, 'data/listings.json: listing "l": field "driveMinutes": has 0 values, expected 2'],
    ['a drive time as text', (j) => void (j.listings.listings[0].driveMinutes = ['10', null]), 'field "driveMinutes": holds a value that is neither minutes nor null'],
    ['an unknown park', (j) => void (j.listings.listings[0].parkId = 'zz'), 'data/listings.json: listing "l": field "parkId": names an unknown park "zz"'],
    ['deal not a list', (j) => void (j.listings.listings[0].deal = 'rent'), 'data/listings.json: listing "l": field "deal": is not a list'],
  ])('refuses %s, naming file, record and field', (_, spoil, expected) => {
    const json = createJson()
    spoil(json)
    expect(message(json)).toContain(expected)
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
