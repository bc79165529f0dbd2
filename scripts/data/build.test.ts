import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { buildData } from './build.ts'
import { createHub, createListing, createPark, createRoads, problems, road, seedsWith, type Tree } from '../../tests/fixtures/seeds.ts'

describe('data:build', () => {
  it('builds a valid tree, converting GCJ-02 seeds to WGS-84 and measuring drive times', () => {
    const out = buildData(seedsWith({ parks: [createPark({ point: [121.105, 31.448], crs: 'gcj02' })] }))
    const park = JSON.parse(out.files['parks.json']).parks[0]
    expect(park.point[0]).toBeCloseTo(121.1005, 3)
    expect(park.point[1]).toBeCloseTo(31.4499, 3)
    expect(park.driveMinutes[0]).toBeGreaterThan(0)
    const listing = JSON.parse(out.files['listings.json']).listings[0]
    expect(listing.driveMinutes).toEqual(park.driveMinutes)
  })

  it.each<[string, Tree, RegExp]>([
    ['a YAML syntax error', { raw: { 'parks/test-park.yaml': 'id: [unclosed' } }, /seeds\/parks\/test-park\.yaml: not valid YAML at line 1/],
    ['a missing required field', { listings: [createListing({ ready: undefined })] }, /listings\/test-park\.yaml: record "test-listing": field "ready": is required/],
    ['an unknown (misspelt) field', { listings: [createListing({ clearheight: 8 })] }, /record "test-listing": field "clearheight": unknown field/],
    ['a wrong type', { listings: [createListing({ rent: 'cheap' })] }, /record "test-listing": field "rent": must be a number/],
    ['a rent in the wrong unit', { listings: [createListing({ rent: 35 })] }, /field "rent": is in 元\/㎡\/天/],
    ['an unknown listing kind', { listings: [createListing({ kind: 'castle' })] }, /field "kind": must be one of factory, custom/],
    ['an inverted floor area', { listings: [createListing({ floorArea: { min: 5000, max: 1000 } })] }, /field "floorArea": min must not exceed max/],
    ['a bad date', { listings: [createListing({ asOf: '2026-13-40' })] }, /field "asOf": must be a date YYYY-MM-DD/],
    ['a record with no source', { parks: [createPark({ sources: [] })] }, /record "test-park": field "sources": needs at least one source/],
    ['a source with neither url nor doc', { parks: [createPark({ sources: [{ title: 'x', read: '2026-11-28' }] })] }, /field "sources.0": needs a url or a doc/],
    ['an unknown coordinate system', { parks: [createPark({ crs: 'utm' })] }, /field "crs": must be wgs84, gcj02 or bd09/],
    ['a NaN coordinate', { raw: { 'parks/test-park.yaml': stringify(createPark({ point: 'NAN' })).replace('point: NAN', 'point: [ .nan, 31.45 ]') } }, /field "point.0": must be a number/],
    ['a point outside the area without a reason', { parks: [createPark({ point: [116.4, 39.9] })] }, /record "test-park": field "point": \[116.4, 39.9\] \(WGS-84\) lies outside the area/],
    ['a duplicate listing id', { listings: [createListing(), createListing()] }, /record "test-listing": field "id": duplicate listing id/],
    ['a listing of a park that does not exist', { listings: [createListing({ parkId: 'nowhere' })] }, /field "parkId": park "nowhere" does not exist/],
    ['an id that does not match its file', { raw: { 'parks/other.yaml': stringify(createPark({ id: 'another' })) } }, /parks\/other\.yaml: record "another": field "id": must match the file name "other"/],
    ['the reserved hub id pin', { hubs: [createHub({ id: 'pin' })] }, /field "id": "pin" is reserved/],
    ['a hub the roads do not reach', { hubs: [createHub({ point: [121.39, 31.77] })] }, /hubs\.yaml: record "test-hub": field "point": no road within snapping distance/],
    ['a removed id that a listing still uses', { raw: { 'removed.yaml': stringify([{ id: 'test-listing', date: '2026-12-01', reason: 'let' }]) } }, /removed\.yaml: record "test-listing": field "id": is a removed id but a listing still uses it/],
    ['a removed entry without a reason', { raw: { 'removed.yaml': stringify([{ id: 'gone-1', date: '2026-12-01' }]) } }, /removed\.yaml: record "gone-1": field "reason": is required/],
    ['a removed entry with a bad date', { raw: { 'removed.yaml': stringify([{ id: 'gone-1', date: '1 Dec', reason: 'sold' }]) } }, /record "gone-1": field "date": must be a date YYYY-MM-DD/],
    ['a removed.yaml that is not a list', { raw: { 'removed.yaml': 'id: x' } }, /removed\.yaml: must be a list of records/],
    [
      'an expressway sharing a vertex with a local road outside an interchange',
      { roads: createRoads([road([[121.15, 31.40], [121.15, 31.45], [121.15, 31.50]], 'motorway')]) },
      /seeds\/roads: .*motorway_junction/,
    ],
  ])('rejects %s with a message naming file, record, field and reason', (_what, tree, message) => {
    const found = problems(tree)
    expect(found.join('\n')).toMatch(message)
  })

  it('writes data/removed.json sorted by id, empty when seeds/removed.yaml is missing or []', () => {
    const removed = [
      { id: 'zz-1', date: '2026-12-02', reason: 'sold' },
      { id: 'aa-1', date: '2026-12-01', reason: 'let' },
    ]
    const out = buildData(seedsWith({ raw: { 'removed.yaml': stringify(removed) } }))
    expect(JSON.parse(out.files['removed.json'])).toEqual({ removed: [removed[1], removed[0]] })
    expect(JSON.parse(buildData(seedsWith()).files['removed.json'])).toEqual({ removed: [] })
    expect(JSON.parse(buildData(seedsWith({ raw: { 'removed.yaml': '[]\n' } })).files['removed.json'])).toEqual({ removed: [] })
  })

  it('lists every problem at once, dropping nothing silently', () => {
    const found = problems({ listings: [createListing({ id: 'a', rent: 'x' }), createListing({ id: 'b', kind: 'castle' })] })
    expect(found.filter((p) => p.includes('record "a"'))).toHaveLength(1)
    expect(found.filter((p) => p.includes('record "b"'))).toHaveLength(1)
  })
})
