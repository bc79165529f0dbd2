import type { Feature, FeatureCollection, LineString, Point } from 'geojson'
import { describe, expect, it } from 'vitest'
import { haversineKm } from './geo.ts'
import { MAX_EDGE_KM, buildNetwork, type NetworkData } from './network.ts'
import { FREE_FLOW_KMH } from './speeds.ts'

function createRoad(highway: string, coordinates: [number, number][], props: Record<string, string> = {}): Feature<LineString> {
  return { type: 'Feature', properties: { highway, ...props }, geometry: { type: 'LineString', coordinates } }
}

function createJunction(at: [number, number], name = 'Test IC'): Feature<Point> {
  return { type: 'Feature', properties: { highway: 'motorway_junction', name }, geometry: { type: 'Point', coordinates: at } }
}

function collection(...features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features }
}

/** Out-edges of `node` as [target, minutes] pairs. */
function outEdges(net: NetworkData, node: number): [number, number][] {
  const out: [number, number][] = []
  for (let e = net.offsets[node]; e < net.offsets[node + 1]; e++) out.push([net.targets[e], net.minutes[e]])
  return out
}

function nodeAt(net: NetworkData, lng: number, lat: number): number {
  for (let i = 0; i < net.nodeCount; i++) if (net.coords[2 * i] === lng && net.coords[2 * i + 1] === lat) return i
  throw new Error(`no node at ${lng},${lat}`)
}

describe('buildNetwork', () => {
  it('makes two-way edges whose minutes come from haversine length and class speed', () => {
    const { network, problems } = buildNetwork(collection(createRoad('secondary', [[121, 31.3], [121, 31.302]])))
    expect(problems).toEqual([])
    expect(network.nodeCount).toBe(2)
    const km = haversineKm(121, 31.3, 121, 31.302)
    const minutes = (km / FREE_FLOW_KMH.secondary) * 60
    expect(outEdges(network, 0)).toEqual([[1, expect.closeTo(minutes, 4)]])
    expect(outEdges(network, 1)).toEqual([[0, expect.closeTo(minutes, 4)]])
  })

  it('joins lines at vertices equal to 6 decimals, and only there', () => {
    const { network, problems } = buildNetwork(
      collection(
        createRoad('primary', [[121.0, 31.3], [121.001, 31.3]]),
        createRoad('primary', [[121.0010000001, 31.3000000002], [121.002, 31.3]]),
        createRoad('primary', [[121.0, 31.3], [121.0, 31.301]]),
        createRoad('primary', [[121.0, 31.30101], [121.0, 31.302]]),
      ),
    )
    expect(network.nodeCount).toBe(6)
    expect(problems).toEqual([expect.stringMatching(/^disconnected: 2 nodes at 121\.000000,31\.301010/)])
  })

  it('cuts non-motorway edges into pieces of at most 400 m, and leaves motorways whole', () => {
    // 0.0175° of latitude ≈ 1.95 km: 5 pieces for a primary road, 1 edge for a motorway.
    const primary = buildNetwork(collection(createRoad('primary', [[121, 31.3], [121, 31.3175]]))).network
    const motorway = buildNetwork(collection(createRoad('motorway', [[121, 31.3], [121, 31.3175]]))).network
    expect(primary.nodeCount).toBe(6)
    expect(motorway.nodeCount).toBe(2)
    const km = haversineKm(121, 31.3, 121, 31.3175)
    for (let i = 0; i < primary.nodeCount; i++)
      for (const [, m] of outEdges(primary, i)) expect((m / 60) * FREE_FLOW_KMH.primary).toBeLessThanOrEqual(MAX_EDGE_KM)
    const total = primary.minutes.reduce((a, b) => a + b, 0) / 2
    expect(total).toBeCloseTo((km / FREE_FLOW_KMH.primary) * 60, 3)
  })

  it.each([
    ['yes', [true, false]],
    ['-1', [false, true]],
    ['no', [true, true]],
  ] as const)('follows oneway=%s', (oneway, [forward, backward]) => {
    const { network } = buildNetwork(collection(createRoad('primary', [[121, 31.3], [121, 31.301]], { oneway })))
    expect(outEdges(network, 0).length).toBe(forward ? 1 : 0)
    expect(outEdges(network, 1).length).toBe(backward ? 1 : 0)
  })

  it('uses maxspeed × 0.8 for the edge speed', () => {
    const { network } = buildNetwork(collection(createRoad('motorway', [[121, 31.3], [121, 31.4]], { maxspeed: '120' })))
    const km = haversineKm(121, 31.3, 121, 31.4)
    expect(network.minutes[0]).toBeCloseTo((km / 96) * 60, 4)
  })

  it('marks nodes snappable only where a road other than a motorway or ramp touches them', () => {
    const { network } = buildNetwork(
      collection(
        createRoad('motorway', [[121, 31.3], [121, 31.31], [121, 31.32]]),
        createRoad('motorway_link', [[121, 31.31], [121.002, 31.31]]),
        createRoad('primary', [[121.002, 31.31], [121.003, 31.31]]),
      ),
    )
    expect(network.snappable[nodeAt(network, 121, 31.3)]).toBe(0)
    expect(network.snappable[nodeAt(network, 121, 31.31)]).toBe(0)
    expect(network.snappable[nodeAt(network, 121.002, 31.31)]).toBe(1)
  })

  describe('the junction rule', () => {
    const motorway = () => createRoad('motorway', [[121, 31.3], [121, 31.31], [121, 31.32]], { ref: 'G2', name: '京沪高速' })
    const crossing = () => createRoad('primary', [[120.99, 31.31], [121, 31.31], [121.01, 31.31]], { name: '嘉松公路' })

    it('reports a motorway vertex shared with another road class without a junction point', () => {
      const { problems } = buildNetwork(collection(motorway(), crossing()))
      expect(problems).toEqual([
        'G2 京沪高速 (motorway) shares vertex 121.000000,31.310000 with 嘉松公路 (primary), but no motorway_junction ' +
          'point is there: expressways join other roads only at interchanges (add the junction, or remove the shared vertex)',
      ])
    })

    it('accepts the shared vertex when a motorway_junction point is on it', () => {
      expect(buildNetwork(collection(motorway(), crossing(), createJunction([121, 31.31]))).problems).toEqual([])
    })

    it('accepts ramps joining the motorway anywhere, and a motorway that ends on another road', () => {
      const ramp = createRoad('motorway_link', [[121, 31.31], [121.01, 31.311]])
      const onward = createRoad('trunk', [[121, 31.32], [121, 31.33]])
      expect(buildNetwork(collection(motorway(), ramp, onward)).problems).toEqual([])
    })

    it('reports a junction point that is on no motorway vertex', () => {
      const { problems } = buildNetwork(collection(motorway(), createJunction([121.0004, 31.31])))
      expect(problems).toEqual(['motorway_junction point at 121.000400,31.310000 is on no motorway vertex'])
    })
  })

  it('reports each component cut off from the main network, naming its roads', () => {
    const { problems } = buildNetwork(
      collection(
        createRoad('primary', [[121, 31.3], [121.001, 31.3], [121.002, 31.3]], { name: 'Main' }),
        createRoad('tertiary', [[121.1, 31.4], [121.101, 31.4]], { ref: 'X1', name: 'Island Road' }),
      ),
    )
    expect(problems).toEqual([
      'disconnected: 2 nodes at 121.100000,31.400000 cannot reach the main network (X1 Island Road (tertiary))',
    ])
  })

  it('reports a highway class outside the speed table', () => {
    const { problems } = buildNetwork(collection(createRoad('footway', [[121, 31.3], [121, 31.301]], { name: 'Path' })))
    expect(problems).toEqual(['Path (footway): highway "footway" is not a road class of the speed table'])
  })

  it('is plain JSON', () => {
    const { network } = buildNetwork(collection(createRoad('primary', [[121, 31.3], [121.001, 31.3]])))
    expect(JSON.parse(JSON.stringify(network))).toEqual(network)
  })
})
