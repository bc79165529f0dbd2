/**
 * Small road networks for the routing tests: a road is a GeoJSON LineString with its OSM highway class (and
 * other tags such as oneway), and a graph is what the build makes of a few of them. Test-only: imported by
 * *.test.ts files, never by the app.
 */
import type { Feature, LineString } from 'geojson'
import { buildNetwork } from './network.ts'
import { RoadGraph } from './graph.ts'

export function createRoad(highway: string, coordinates: [number, number][], props: Record<string, string> = {}): Feature<LineString> {
  return { type: 'Feature', properties: { highway, ...props }, geometry: { type: 'LineString', coordinates } }
}

/**
 * The graph the app routes on, built from these roads. A problem the build reports fails the test that made the
 * roads, unless it says it expects some (`problems: 'allowed'`: rings the build reports as disconnected, which
 * the isochrone tests use as islands on purpose).
 */
export function graphOf(roads: Feature<LineString>[], o: { problems?: 'allowed' } = {}): RoadGraph {
  const { network, problems } = buildNetwork({ type: 'FeatureCollection', features: roads })
  if (problems.length && o.problems !== 'allowed') throw new Error(`test roads refused by the build: ${problems.join('; ')}`)
  return RoadGraph.fromData(network)
}
