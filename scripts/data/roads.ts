/**
 * `npm run data:roads -- --osm FILE [--out FILE]`: an OpenStreetMap extract (.osm or .osm.pbf) -> a road seed
 * (seeds/README.md, "seeds/roads/*.geojson") that `npm run data:build` takes like the curated ones.
 *
 * Kept: ways with highway motorway…tertiary and their links, as LineStrings with the tags highway, ref, old_ref,
 * name, name:en, oneway, maxspeed, maxspeed:practical and `source` (the way's URL); motorway_junction nodes on motorways as Points.
 * One LineString per way, so lines share a vertex exactly where OSM ways share a node; a way whose nodes are
 * partly missing from the extract (cut at its edge) is split where they are missing.
 *
 * Data © OpenStreetMap contributors, ODbL 1.0: whatever shows roads built from this must say so.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson'
import { buildNetwork } from '../../src/domain/routing/network.ts'
import { readOsm, type OsmWay, type Tags } from './osm.ts'
import { round6 } from '../../src/domain/numbers.ts'
import { ROAD_CLASSES } from '../../src/domain/routing/speeds.ts'

/** The classes the network takes down to tertiary_link: an extract keeps no minor roads (too many, and access legs cover them). */
export const OSM_ROAD_CLASSES = ROAD_CLASSES.slice(0, ROAD_CLASSES.indexOf('tertiary_link') + 1)

const COPIED_TAGS = ['highway', 'ref', 'old_ref', 'name', 'name:en', 'maxspeed', 'maxspeed:practical'] as const
const WAY_TAGS = [...COPIED_TAGS, 'oneway', 'junction', 'access', 'motor_vehicle', 'motorcar', 'area']
const NODE_TAGS = ['highway', 'ref', 'name', 'name:en']
/** Access values that close a way to cars (OSRM car.lua access_tag_blacklist). */
const NO_ACCESS = new Set(['no', 'private', 'agricultural', 'forestry', 'emergency'])

export interface RoadsResult {
  fc: FeatureCollection<LineString | Point>
  /** Things worth a look that do not stop the conversion. */
  warnings: string[]
}

/**
 * Direction of a way for cars, as OSRM's car profile reads it: oneway=yes/true/1 forward, -1 backward,
 * reversible not at all; motorways and roundabouts are one-way unless oneway=no (implied one-ways).
 */
function direction(tags: Tags): 'both' | 'forward' | 'backward' | 'none' {
  const oneway = tags.oneway
  if (oneway === 'reversible') return 'none'
  if (oneway === '-1') return 'backward'
  if (oneway === 'yes' || oneway === 'true' || oneway === '1') return 'forward'
  if (oneway === 'no' || oneway === 'false' || oneway === '0') return 'both'
  const implied = tags.highway === 'motorway' || tags.junction === 'roundabout' || tags.junction === 'circular'
  return implied ? 'forward' : 'both'
}

function isCarRoad(tags: Tags | undefined): tags is Tags {
  if (!tags || !(OSM_ROAD_CLASSES as readonly string[]).includes(tags.highway)) return false
  if (tags.area === 'yes') return false
  return !['access', 'motor_vehicle', 'motorcar'].some((k) => NO_ACCESS.has(tags[k]))
}


/** Converts an extract. Reads the file twice (ways, then the nodes they use), so memory follows the roads kept. */
export async function osmToRoads(file: string): Promise<RoadsResult> {
  const options = { nodeTags: NODE_TAGS, wayTags: WAY_TAGS }
  const ways: OsmWay[] = []
  const motorwayNodes = new Set<number>()
  for await (const el of readOsm(file, options)) {
    if (el.type !== 'way' || !isCarRoad(el.tags) || direction(el.tags) === 'none') continue
    ways.push(el)
    if (el.tags?.highway === 'motorway') for (const ref of el.refs) motorwayNodes.add(ref)
  }
  const needed = new Set(ways.flatMap((w) => w.refs))
  const positions = new Map<number, Position>()
  const junctions: { id: number; feature: Feature<Point> }[] = []
  for await (const el of readOsm(file, options)) {
    if (el.type !== 'node' || !needed.has(el.id)) continue
    const position = [round6(el.lon), round6(el.lat)]
    positions.set(el.id, position)
    if (el.tags?.highway === 'motorway_junction' && motorwayNodes.has(el.id)) {
      const props: Record<string, string> = { highway: 'motorway_junction' }
      for (const k of ['name', 'name:en', 'ref']) if (el.tags[k] !== undefined) props[k] = el.tags[k]
      props.source = `https://www.openstreetmap.org/node/${el.id}`
      junctions.push({ id: el.id, feature: { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: position } } })
    }
  }

  const warnings: string[] = []
  // Distinct OSM nodes on the same 6-decimal coordinate would join roads that OSM keeps apart.
  const byKey = new Map<string, number>()
  for (const [id, [lng, lat]] of positions) {
    const key = `${lng},${lat}`
    const other = byKey.get(key)
    if (other !== undefined) warnings.push(`nodes ${other} and ${id} share the coordinate ${key}: the roads through them will be joined`)
    else byKey.set(key, id)
  }

  const lines: Feature<LineString>[] = []
  let splitWays = 0
  for (const way of ways.sort((a, b) => a.id - b.id)) {
    const tags = way.tags ?? {}
    const props: Record<string, string> = {}
    for (const k of COPIED_TAGS) if (tags[k] !== undefined) props[k] = tags[k]
    const dir = direction(tags)
    if (dir !== 'both') props.oneway = 'yes'
    props.source = `https://www.openstreetmap.org/way/${way.id}`
    // Runs of consecutive nodes present in the extract; oneway=-1 ways are turned round to read as oneway=yes.
    const refs = dir === 'backward' ? [...way.refs].reverse() : way.refs
    const runs: Position[][] = [[]]
    for (const ref of refs) {
      const p = positions.get(ref)
      if (p) runs[runs.length - 1].push(p)
      else if (runs[runs.length - 1].length > 0) runs.push([])
    }
    const kept = runs.filter((r) => r.length >= 2)
    if (kept.length > 1 || kept.flat().length < way.refs.length) splitWays++
    for (const coordinates of kept) lines.push({ type: 'Feature', properties: { ...props }, geometry: { type: 'LineString', coordinates } })
  }
  if (splitWays > 0) warnings.push(`${splitWays} ways have nodes outside the extract: kept the parts inside`)
  const points = junctions.sort((a, b) => a.id - b.id).map((j) => j.feature)
  return { fc: { type: 'FeatureCollection', features: [...lines, ...points] }, warnings }
}

/** GeoJSON with one feature per line, so that a change of the extract diffs line by line. */
export function formatRoads(fc: FeatureCollection): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const input = argValue(args, '--osm')
  if (!input) {
    process.stderr.write('usage: npm run data:roads -- --osm FILE.osm|FILE.osm.pbf [--out seeds/roads/osm.geojson]\n')
    process.exit(2)
  }
  const out = resolve(argValue(args, '--out') ?? resolve(import.meta.dirname, '../../seeds/roads/osm.geojson'))
  const { fc, warnings } = await osmToRoads(input)
  writeFileSync(out, formatRoads(fc))
  // The same checks as the data build: report them here so that they can be fixed before a build fails on them.
  const { network, problems } = buildNetwork(fc)
  for (const w of [...warnings, ...problems]) process.stderr.write(`warning: ${w}\n`)
  const lines = fc.features.filter((f) => f.geometry.type === 'LineString').length
  process.stdout.write(`${out}: ${lines} roads, ${fc.features.length - lines} junctions, ${network.nodeCount} network nodes\n`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main()
