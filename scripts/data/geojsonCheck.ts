/**
 * Checks the GeoJSON seeds (roads, basemap) feature by feature before anything reads their coordinates, so a bad
 * feature is reported once, as its cause ("geometry is null", "coordinates.3 must be [lng, lat] numbers"), and is
 * not passed on to the network builder to fail later with a message naming nothing.
 */
import { AREA_BBOX } from '../../src/domain/geo.ts'
import type { SeedError } from './load.ts'

/** Road files hold lines and the junction points that join them (src/domain/routing/network.ts). */
const ROAD_TYPES = new Set(['LineString', 'MultiLineString', 'Point'])
const ANY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'])
/** Depth of the coordinate arrays of each geometry type: 0 is a position. */
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }
/** Seeds reach hubs outside the area (Yangshan, Suzhou): a generous box around it catches swapped or stray values. */
const MARGIN = 1.5

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every((x) => typeof x === 'number' && Number.isFinite(x))

/** The first problem with a coordinate array of the given depth, as "path: reason", or null. */
function coordinateProblem(c: unknown, depth: number, path: string): string | null {
  if (depth === 0) {
    if (!isPosition(c)) return `field "${path}": must be [lng, lat] numbers, got ${JSON.stringify(c)?.slice(0, 60)}`
    const [lng, lat] = c
    const [west, south, east, north] = AREA_BBOX
    if (lng < west - MARGIN || lng > east + MARGIN || lat < south - MARGIN || lat > north + MARGIN)
      return `field "${path}": [${lng}, ${lat}] lies far outside the area (lng/lat swapped, or another CRS?)`
    return null
  }
  if (!Array.isArray(c) || c.length === 0) return `field "${path}": must be a non-empty array`
  for (let i = 0; i < c.length; i++) {
    const p = coordinateProblem(c[i], depth - 1, `${path}.${i}`)
    if (p) return p
  }
  return null
}

export type FeatureKind = 'road' | 'basemap'

/** Problems of one feature collection's features; `valid` holds the features that passed. */
export function checkFeatures(fc: GeoJSON.FeatureCollection, file: string, kind: FeatureKind): { errors: SeedError[]; valid: GeoJSON.Feature[] } {
  const errors: SeedError[] = []
  const valid: GeoJSON.Feature[] = []
  fc.features.forEach((f, i) => {
    const props = (f && typeof f === 'object' && f.properties) || {}
    const name = typeof props.name === 'string' && props.name ? props.name : typeof props.ref === 'string' ? props.ref : null
    const id = `#${i + 1}${name ? ` ${name}` : ''}`
    const fail = (message: string) => errors.push({ file, id, message })
    if (!f || typeof f !== 'object' || f.type !== 'Feature') return fail('must be a GeoJSON Feature')
    const g = f.geometry as GeoJSON.Geometry | null
    if (!g || typeof g !== 'object') return fail('field "geometry": is null or missing')
    const types = kind === 'road' ? ROAD_TYPES : ANY_TYPES
    if (!types.has(g.type)) return fail(`field "geometry.type": "${String(g.type)}" is not one of ${[...types].join(', ')}`)
    const problem = coordinateProblem((g as { coordinates?: unknown }).coordinates, DEPTH[g.type], 'geometry.coordinates')
    if (problem) return fail(problem)
    if (kind === 'road' && g.type !== 'Point' && (typeof props.highway !== 'string' || !props.highway)) return fail('field "properties.highway": is required (an OpenStreetMap highway value)')
    valid.push(f)
  })
  return { errors, valid }
}
