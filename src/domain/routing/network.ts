/**
 * Road network building: GeoJSON road lines (seeds/roads/*.geojson, or an OSM extract converted by
 * `scripts/data/roads.ts`) -> a compact, JSON-able directed graph, plus the data problems found on the way.
 */
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Position } from 'geojson'
import { haversineKm } from './geo.ts'
import { freeFlowKmh, isControlledAccess, isRoadClass, type RoadClass } from './speeds.ts'

/**
 * The graph as plain JSON (data/network.json): what the build writes and the app, the worker and the CLI load.
 * Out-edges of node i are the CSR slots offsets[i] .. offsets[i + 1] - 1.
 */
export interface NetworkData {
  nodeCount: number
  /** Node positions, WGS-84, flat: [lng0, lat0, lng1, lat1, …], 6 decimals. */
  coords: number[]
  /** Node count + 1 entries. */
  offsets: number[]
  /** Target node of each edge. */
  targets: number[]
  /** Free-flow minutes of each edge, 4 decimals. */
  minutes: number[]
  /** Per node: 1 when it touches a road that is neither motorway nor motorway_link (a car can join there). */
  snappable: number[]
}

export interface BuildResult {
  network: NetworkData
  /** Data errors: the build fails on any of them. Each names the road (ref/name) and the coordinate. */
  problems: string[]
}

/**
 * Non-motorway edges are cut into pieces of at most this length, so that a point snaps to a node near its
 * true nearest spot on the road: with 400 m pieces the snap is off by at most 200 m along the road, a few
 * seconds of driving. Motorways are not cut: nobody joins them between interchanges.
 */
export const MAX_EDGE_KM = 0.4

/** Digits kept for coordinates: 6 decimals (~0.1 m) is also what identifies a shared vertex (seeds/README.md). */
const COORD_DIGITS = 6
const MINUTE_DIGITS = 4

function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

function vertexKey(lng: number, lat: number): string {
  return `${lng.toFixed(COORD_DIGITS)},${lat.toFixed(COORD_DIGITS)}`
}

/** How a road is named in problems: "G2 京沪高速 (motorway)", or its feature index without ref and name. */
function roadLabel(props: GeoJsonProperties, index: number): string {
  const names = [props?.ref, props?.name].filter((s): s is string => typeof s === 'string' && s !== '')
  const what = names.length > 0 ? names.join(' ') : `feature #${index}`
  return typeof props?.highway === 'string' ? `${what} (${props.highway})` : what
}

/** Travel directions from an OSM `oneway` value: yes/true/1 forward only, -1 backward only, else both. */
function directions(oneway: unknown): { forward: boolean; backward: boolean } {
  const v = typeof oneway === 'string' ? oneway.trim().toLowerCase() : oneway
  if (v === 'yes' || v === 'true' || v === '1' || v === true || v === 1) return { forward: true, backward: false }
  if (v === '-1' || v === -1) return { forward: false, backward: true }
  return { forward: true, backward: true }
}

function lineParts(feature: Feature<Geometry, GeoJsonProperties>): Position[][] {
  const g = feature.geometry
  if (g?.type === 'LineString') return [g.coordinates]
  if (g?.type === 'MultiLineString') return g.coordinates
  return []
}

/**
 * Builds the network. Nodes are line vertices keyed by their coordinates rounded to 6 decimals, so lines
 * connect exactly where they share a vertex; consecutive vertices make edges in both directions unless
 * `oneway` says otherwise (OSM semantics; implied one-ways such as motorway carriageways must be tagged, as
 * `scripts/data/roads.ts` does, because seeds are two-way unless said).
 *
 * Checks, reported in `problems`:
 * - a highway value outside the speed table, a line with fewer than two distinct vertices;
 * - "expressways join other roads only at interchanges": a motorway vertex shared with a road other than a
 *   motorway or motorway_link must be a motorway_junction point, unless it is the motorway's end (a motorway
 *   that runs on as a trunk road). Ramps are part of the interchange, so motorway–ramp vertices are fine;
 * - a motorway_junction point that is on no motorway vertex (misplaced);
 * - every connected component but the largest (roads that cannot be reached).
 */
export function buildNetwork(fc: FeatureCollection): BuildResult {
  const problems: string[] = []
  const ids = new Map<string, number>()
  const coords: number[] = []
  /** Per node: label of the first motorway / other road through it, motorway edge count, snappable. */
  const motorwayOf: (string | undefined)[] = []
  const otherOf: (string | undefined)[] = []
  const roadOf: string[] = []
  const motorwayDegree: number[] = []
  const snappable: number[] = []
  const from: number[] = []
  const to: number[] = []
  const minutes: number[] = []

  const newNode = (lng: number, lat: number, label: string): number => {
    const id = roadOf.length
    coords.push(round(lng, COORD_DIGITS), round(lat, COORD_DIGITS))
    motorwayOf.push(undefined)
    otherOf.push(undefined)
    roadOf.push(label)
    motorwayDegree.push(0)
    snappable.push(0)
    return id
  }
  const vertexNode = (lng: number, lat: number, label: string): number => {
    const key = vertexKey(lng, lat)
    let id = ids.get(key)
    if (id === undefined) {
      id = newNode(lng, lat, label)
      ids.set(key, id)
    }
    return id
  }
  const addEdge = (a: number, b: number, m: number, dir: { forward: boolean; backward: boolean }): void => {
    if (dir.forward) {
      from.push(a)
      to.push(b)
      minutes.push(m)
    }
    if (dir.backward) {
      from.push(b)
      to.push(a)
      minutes.push(m)
    }
  }
  const touch = (node: number, highway: RoadClass, label: string): void => {
    if (highway === 'motorway') motorwayOf[node] ??= label
    else if (highway !== 'motorway_link') otherOf[node] ??= label
    if (!isControlledAccess(highway)) snappable[node] = 1
  }

  const junctions = new Map<string, Position>()
  fc.features.forEach((feature, index) => {
    const props = feature.properties
    if (feature.geometry?.type === 'Point') {
      if (props?.highway === 'motorway_junction') {
        const [lng, lat] = feature.geometry.coordinates
        junctions.set(vertexKey(lng, lat), feature.geometry.coordinates)
      }
      return
    }
    const parts = lineParts(feature)
    if (parts.length === 0) return
    const label = roadLabel(props, index)
    const highway: unknown = props?.highway
    if (!isRoadClass(highway)) {
      problems.push(`${label}: highway "${String(highway)}" is not a road class of the speed table`)
      return
    }
    const kmh = freeFlowKmh(highway, props?.maxspeed, props?.['maxspeed:practical'])
    const dir = directions(props?.oneway)
    const cut = !isControlledAccess(highway)
    for (const part of parts) {
      const nodes: number[] = []
      for (const [lng, lat] of part) {
        const node = vertexNode(lng, lat, label)
        if (nodes[nodes.length - 1] !== node) nodes.push(node)
      }
      if (nodes.length < 2) {
        const at = part.length > 0 ? ` at ${vertexKey(part[0][0], part[0][1])}` : ''
        problems.push(`${label}: a line with fewer than two distinct vertices${at}`)
        continue
      }
      for (const node of nodes) touch(node, highway, label)
      for (let i = 1; i < nodes.length; i++) {
        const a = nodes[i - 1]
        const b = nodes[i]
        const [lng1, lat1, lng2, lat2] = [coords[2 * a], coords[2 * a + 1], coords[2 * b], coords[2 * b + 1]]
        const km = haversineKm(lng1, lat1, lng2, lat2)
        if (highway === 'motorway') {
          motorwayDegree[a]++
          motorwayDegree[b]++
        }
        const pieces = cut ? Math.max(1, Math.ceil(km / MAX_EDGE_KM - 1e-9)) : 1
        const m = round(((km / pieces) / kmh) * 60, MINUTE_DIGITS)
        let prev = a
        for (let p = 1; p < pieces; p++) {
          const t = p / pieces
          const mid = newNode(lng1 + (lng2 - lng1) * t, lat1 + (lat2 - lat1) * t, label)
          touch(mid, highway, label)
          addEdge(prev, mid, m, dir)
          prev = mid
        }
        addEdge(prev, b, m, dir)
      }
    }
  })

  for (const [key, node] of ids) {
    const motorway = motorwayOf[node]
    const other = otherOf[node]
    if (motorway === undefined || other === undefined || junctions.has(key)) continue
    if (motorwayDegree[node] === 1) continue // the motorway ends here and runs on as another road
    problems.push(
      `${motorway} shares vertex ${key} with ${other}, but no motorway_junction point is there: ` +
        'expressways join other roads only at interchanges (add the junction, or remove the shared vertex)',
    )
  }
  for (const [key, position] of junctions) {
    const node = ids.get(key)
    if (node === undefined || motorwayOf[node] === undefined)
      problems.push(`motorway_junction point at ${vertexKey(position[0], position[1])} is on no motorway vertex`)
  }

  const nodeCount = roadOf.length
  const offsets = new Array<number>(nodeCount + 1).fill(0)
  for (const a of from) offsets[a + 1]++
  for (let i = 0; i < nodeCount; i++) offsets[i + 1] += offsets[i]
  const fill = offsets.slice(0, nodeCount)
  const targets = new Array<number>(from.length)
  const edgeMinutes = new Array<number>(from.length)
  for (let e = 0; e < from.length; e++) {
    const slot = fill[from[e]]++
    targets[slot] = to[e]
    edgeMinutes[slot] = minutes[e]
  }

  problems.push(...componentProblems(nodeCount, from, to, coords, roadOf))
  return { network: { nodeCount, coords, offsets, targets, minutes: edgeMinutes, snappable }, problems }
}

/** One problem per connected component (ignoring direction) other than the largest. */
function componentProblems(n: number, from: number[], to: number[], coords: number[], roadOf: string[]): string[] {
  const parent = Int32Array.from({ length: n }, (_, i) => i)
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]]
    return x
  }
  for (let e = 0; e < from.length; e++) {
    const a = find(from[e])
    const b = find(to[e])
    if (a !== b) parent[a] = b
  }
  const members = new Map<number, number[]>()
  for (let i = 0; i < n; i++) {
    const root = find(i)
    const list = members.get(root)
    if (list) list.push(i)
    else members.set(root, [i])
  }
  const components = [...members.values()].sort((a, b) => b.length - a.length)
  return components.slice(1).map((nodes) => {
    const roads = [...new Set(nodes.map((i) => roadOf[i]))]
    const shown = roads.slice(0, 3).join('; ') + (roads.length > 3 ? `; and ${roads.length - 3} more` : '')
    const at = vertexKey(coords[2 * nodes[0]], coords[2 * nodes[0] + 1])
    return `disconnected: ${nodes.length} nodes at ${at} cannot reach the main network (${shown})`
  })
}
