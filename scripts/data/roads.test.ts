import { resolve } from 'node:path'
import type { LineString, Point } from 'geojson'
import { describe, expect, it } from 'vitest'
import { haversineKm } from '../../src/domain/routing/geo.ts'
import { RoadGraph, buildNetwork, route } from '../../src/domain/routing/index.ts'
import { osmToRoads } from './roads.ts'

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/osm')

// Node positions of tests/fixtures/osm/small.osm.
const N = {
  7: [121.13, 31.268],
  20: [121.14, 31.268],
  8: [121.145, 31.268],
  9: [121.155, 31.268],
  11: [121.153, 31.2695],
  2: [121.15, 31.27],
  3: [121.15, 31.285],
  4: [121.15, 31.3],
  12: [121.154, 31.301],
  13: [121.158, 31.302],
  14: [121.17, 31.302],
} satisfies Record<number, [number, number]>

describe.each(['small.osm', 'small.osm.pbf'])('data:roads from %s', (file) => {
  const convert = () => osmToRoads(resolve(FIXTURES, file))

  it('keeps motorway…tertiary roads with their tags, and junctions on motorways', async () => {
    const { fc } = await convert()
    const lines = fc.features.filter((f) => f.geometry.type === 'LineString')
    expect(lines.map((f) => f.properties?.source)).toEqual(
      [101, 102, 103, 104, 105, 106, 106].map((id) => `https://www.openstreetmap.org/way/${id}`),
    )
    expect(lines[0].properties).toEqual({
      highway: 'motorway',
      ref: 'G2',
      name: '京沪高速',
      'name:en': 'Beijing–Shanghai Expressway',
      maxspeed: '120',
      oneway: 'yes', // implied by highway=motorway
      source: 'https://www.openstreetmap.org/way/101',
    })
    expect(lines[5].properties?.name).toBe('园区路 & 支线')
    const junctions = fc.features.filter((f) => f.geometry.type === 'Point')
    expect(junctions.map((f) => [f.properties?.name, f.properties?.ref, (f.geometry as Point).coordinates])).toEqual([
      ['安亭', '21', N[2]],
      ['黄渡', '22', N[4]],
    ])
  })

  it('turns oneway=-1 ways round and splits ways where the extract lacks their nodes', async () => {
    const { fc, warnings } = await convert()
    const secondary = fc.features.find((f) => f.properties?.name === '墨玉路')!
    expect(secondary.properties?.oneway).toBe('yes')
    expect((secondary.geometry as LineString).coordinates).toEqual([[121.14, 31.302], N[13], N[14]])
    const tertiary = fc.features.filter((f) => f.properties?.highway === 'tertiary').map((f) => (f.geometry as LineString).coordinates)
    expect(tertiary).toEqual([
      [[121.17, 31.268], [121.17, 31.28]],
      [[121.17, 31.29], N[14]],
    ])
    expect(warnings).toEqual(['1 ways have nodes outside the extract: kept the parts inside'])
  })

  it('gives a network without problems that routes over the motorway, one way only', async () => {
    const { fc } = await convert()
    const { network, problems } = buildNetwork(fc)
    expect(problems).toEqual([])
    const graph = RoadGraph.fromData(network)
    // Primary west end -> on-ramp -> G2 north -> off-ramp -> secondary east end: the only way there.
    const path = [N[7], N[20], N[8], N[9], N[11], N[2], N[3], N[4], N[12], N[13], N[14]]
    const km = path.slice(1).reduce((sum, p, i) => sum + haversineKm(...path[i], ...p), 0)
    expect(route(graph, N[7], N[14])?.km).toBeCloseTo(km, 6)
    // G2 is one-way north and the secondary one-way east: nothing leads back.
    expect(route(graph, N[14], N[7])).toBeNull()
  })
})
