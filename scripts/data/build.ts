/**
 * `npm run data:build`: seeds/ -> data/. Validates every seed (scripts/data/schema.ts), converts coordinates to
 * WGS-84, checks ids, references and positions, builds the road graph and the drive times from every park and
 * listing to every hub (one Dijkstra per hub), and writes deterministic JSON. `--check` writes nothing and fails
 * when data/ differs from what seeds/ builds (CI runs it).
 */
import { buildSuggestTerms } from './suggest.ts'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { formatError, loadSeeds, SeedErrors, type SeedError, type Seeds } from './load.ts'
import { BOUNDARY_SOURCE, loadBoundaries } from './boundaries.ts'
import { isInArea, round6, toWgs84, type Crs } from '../../src/domain/geo.ts'
import { AREA_TEXT } from '../../src/domain/area.ts'
import type { Hub, Listing, LngLat, Park, Source } from '../../src/domain/types.ts'
import { buildNetwork } from '../../src/domain/routing/network.ts'
import { RoadGraph } from '../../src/domain/routing/graph.ts'
import { HubMinutes } from '../../src/domain/routing/index.ts'
import { applyIndustries, applyReach, loadReachSeeds, reachFiles } from './reach.ts'
import { checkOutput } from './outputCheck.ts'

const projectRoot = resolve(import.meta.dirname, '../..')
/** seeds/listings/_no-park.yaml holds the listings in no park. */
const NO_PARK_FILE = '_no-park'

const wgs = (p: LngLat, crs: Crs | undefined): LngLat => {
  const w = toWgs84(p, crs ?? 'wgs84')
  return [round6(w[0]), round6(w[1])]
}
const normSource = (s: { url?: string | null; doc?: string | null; title: string; read: string }): Source => ({
  url: s.url ?? null,
  doc: s.doc ?? null,
  title: s.title,
  read: s.read,
})

export interface BuildOutput {
  files: Record<string, string>
  summary: string
}

/** Positions, references and uniqueness: the checks no single-record schema can make. */
function crossCheck(seeds: Seeds): SeedError[] {
  const errors: SeedError[] = []
  const seen = new Map<string, string>()
  const unique = (kind: string, id: string, file: string) => {
    const key = `${kind}:${id}`
    const prev = seen.get(key)
    if (prev) errors.push({ file, id, message: `field "id": duplicate ${kind} id, also in ${prev}` })
    else seen.set(key, file)
  }
  const parkIds = new Set(seeds.parks.map((p) => p.record.id))
  const hubIds = new Set(seeds.hubs.map((h) => h.record.id))
  const checkArea = (file: string, id: string, field: string, p: LngLat, why: string | undefined) => {
    if (!isInArea(p) && !why)
      errors.push({ file, id, message: `field "${field}": [${p.join(', ')}] (WGS-84) lies outside the area ${AREA_TEXT}; fix it or say why in outsideArea` })
  }
  for (const { file, record } of seeds.parks) {
    unique('park', record.id, file)
    checkArea(file, record.id, 'point', wgs(record.point, record.crs), record.outsideArea)
    // Every coordinate is checked (README): a boundary vertex too, once per park (the first one off).
    const off = (record.boundary ?? []).findIndex((q) => !isInArea(wgs(q as LngLat, record.crs)))
    if (off >= 0 && !record.outsideArea) checkArea(file, record.id, `boundary.${off}`, wgs(record.boundary![off] as LngLat, record.crs), undefined)
  }
  for (const { file, record } of seeds.hubs) {
    unique('hub', record.id, file)
    checkArea(file, record.id, 'point', wgs(record.point, record.crs), record.outsideArea)
  }
  for (const { file, record } of seeds.listings) {
    unique('listing', record.id, file)
    const expected = file.split('/').pop()!.replace(/\.yaml$/, '')
    if (expected === NO_PARK_FILE) {
      // Listings in no park (DESIGN.md, data layout): no parkId, and their own point to draw and route from.
      if (record.parkId !== undefined) errors.push({ file, id: record.id, message: `field "parkId": a listing in ${NO_PARK_FILE}.yaml has no park; move it to seeds/listings/${record.parkId}.yaml` })
      if (!record.point) errors.push({ file, id: record.id, message: 'field "point": a listing in no park needs its own point' })
    } else if (record.parkId === undefined) {
      errors.push({ file, id: record.id, message: `field "parkId": is required (a listing in no park goes in seeds/listings/${NO_PARK_FILE}.yaml)` })
    } else {
      if (!parkIds.has(record.parkId)) errors.push({ file, id: record.id, message: `field "parkId": park "${record.parkId}" does not exist` })
      if (record.parkId !== expected) errors.push({ file, id: record.id, message: `field "parkId": "${record.parkId}" is not this file's park "${expected}"` })
    }
    if (record.point) checkArea(file, record.id, 'point', wgs(record.point, record.crs), record.outsideArea)
    for (const [i, c] of (record.claims ?? []).entries())
      if (!hubIds.has(c.hub)) errors.push({ file, id: record.id, message: `field "claims.${i}.hub": hub "${c.hub}" does not exist` })
  }
  // A removed id is never reused (DESIGN.md, "Listing ids in links"): a link to it must keep saying "no longer offered".
  const listingIds = new Set(seeds.listings.map((l) => l.record.id))
  for (const { file, record } of seeds.removed) {
    unique('removed', record.id, file)
    if (listingIds.has(record.id)) errors.push({ file, id: record.id, message: 'field "id": is a removed id but a listing still uses it (ids are never reused)' })
  }
  for (const { file, record } of seeds.calibration) {
    unique('calibration', record.id, file)
    for (const [field, end] of [
      ['from', record.from],
      ['to', record.to],
    ] as const) {
      if ('park' in end && !parkIds.has(end.park)) errors.push({ file, id: record.id, message: `field "${field}.park": park "${end.park}" does not exist` })
      if ('hub' in end && !hubIds.has(end.hub)) errors.push({ file, id: record.id, message: `field "${field}.hub": hub "${end.hub}" does not exist` })
    }
  }
  return errors
}

function basemapFeatures(seeds: Seeds): GeoJSON.Feature[] {
  const features: GeoJSON.Feature[] = []
  for (const b of loadBoundaries()) {
    features.push({
      type: 'Feature',
      properties: { layer: 'boundary', jurisdiction: b.jurisdiction, name: b.name.zh, 'name:en': b.name.en },
      geometry: { type: 'MultiPolygon', coordinates: b.polygons },
    })
    features.push({
      type: 'Feature',
      properties: { layer: 'boundary-label', jurisdiction: b.jurisdiction, name: b.name.zh, 'name:en': b.name.en },
      geometry: { type: 'Point', coordinates: b.label },
    })
  }
  const layerOf: Record<string, (f: GeoJSON.Feature) => string> = {
    'water.geojson': (f) => (f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString' ? 'river' : 'water'),
    'rail.geojson': () => 'rail',
    'stations.geojson': () => 'station',
    'towns.geojson': () => 'town',
  }
  for (const { file, fc } of seeds.basemap) {
    const layer = layerOf[file.split('/').pop()!]
    if (!layer) continue
    for (const f of fc.features) features.push({ ...f, properties: { ...f.properties, layer: layer(f) } })
  }
  for (const { fc } of seeds.roads)
    for (const f of fc.features)
      if (f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString')
        features.push({ ...f, properties: { ...f.properties, layer: 'road' } })
  return features
}

export function buildData(seedsRoot = join(projectRoot, 'seeds')): BuildOutput {
  const seeds = loadSeeds(seedsRoot, projectRoot)
  const cross = crossCheck(seeds)
  const roadFc: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: seeds.roads.flatMap((r) => r.fc.features) }
  const { network, problems } = buildNetwork(roadFc)
  for (const p of problems) cross.push({ file: 'seeds/roads', id: null, message: p })
  if (cross.length) throw new SeedErrors(cross)

  const hubs: Hub[] = seeds.hubs.map(({ record: h }) => ({
    id: h.id,
    name: h.name,
    kind: h.kind,
    point: wgs(h.point, h.crs),
    precision: h.precision,
    ...(h.outsideArea ? { outsideArea: h.outsideArea } : {}),
    sources: h.sources.map(normSource),
  }))

  const graph = RoadGraph.fromData(network)
  const toHubs = new HubMinutes(graph, hubs.map((h) => h.point))
  const unreachableHubs = hubs.filter((_, i) => !toHubs.times[i]).map((h) => h.id)
  if (unreachableHubs.length)
    throw new SeedErrors(unreachableHubs.map((id) => ({ file: 'seeds/hubs.yaml', id, message: 'field "point": no road within snapping distance; the network must reach every hub' })))
  const driveMinutes = (p: LngLat) => toHubs.at(p)

  const parks: Park[] = seeds.parks.map(({ record: p }) => {
    const point = wgs(p.point, p.crs)
    // positionCheck is seed-side evidence (scripts/data/position-check.test.ts), not part of the data contract.
    const { crs: _crs, point: _pt, boundary, sources, positionCheck: _check, ...rest } = p
    return {
      ...rest,
      point,
      ...(boundary ? { boundary: boundary.map((q) => wgs(q as LngLat, p.crs)) } : {}),
      sources: sources.map(normSource),
      driveMinutes: driveMinutes(point),
    } as Park
  })
  const parkById = new Map(parks.map((p) => [p.id, p]))
  const listings: Listing[] = seeds.listings.map(({ record: l }) => {
    const own = l.point ? wgs(l.point, l.crs) : undefined
    const { crs: _crs, point: _pt, sources, claims, ...rest } = l
    return {
      ...rest,
      claims: (claims ?? []).map((c) => ({ ...c, source: normSource(c.source) })),
      ...(own ? { point: own } : {}),
      sources: sources.map(normSource),
      // crossCheck made sure that a listing without its own point has a park.
      driveMinutes: own ? driveMinutes(own) : parkById.get(l.parkId!)!.driveMinutes,
    } as Listing
  })
  parks.sort((a, b) => a.id.localeCompare(b.id))
  listings.sort((a, b) => a.id.localeCompare(b.id))
  // People within reach and target industries (issue 18): scripts/data/reach.ts.
  const reachSeeds = loadReachSeeds(seedsRoot, projectRoot)
  applyIndustries(parks, seeds.parks, reachSeeds.industries)
  const reach = applyReach(graph, reachSeeds.population, parks, listings)

  const basemap: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: basemapFeatures(seeds) }
  const roadSources = [...new Set(seeds.roads.flatMap((r) => r.fc.features.map((f) => String(f.properties?.source ?? ''))).filter(Boolean))]
  // ODbL 1.0 asks for credit wherever OpenStreetMap geometry is used: roads re-traced on OSM points or read from
  // an OSM extract say so in their `source` or `traced` property.
  const osmRoads = seeds.roads.some((r) =>
    r.fc.features.some((f) => /openstreetmap|odbl/i.test(`${String(f.properties?.source ?? '')} ${String(f.properties?.traced ?? '')}`)),
  )
  const meta = {
    counts: {
      parks: parks.length,
      listings: listings.length,
      realListings: listings.filter((l) => !l.sample).length,
      sampleListings: listings.filter((l) => l.sample).length,
      hubs: hubs.length,
      networkNodes: network.nodeCount,
      populationSeats: reach.seats.length,
    },
    unreachableSeats: reach.unreachable,
    attribution: [
      { what: 'boundaries', source: BOUNDARY_SOURCE },
      { what: 'water, rail, stations, towns', source: 'traced by hand from public descriptions (approximate)' },
      { what: 'roads', source: `curated seeds (approximate); ${roadSources.length} sources` },
      ...(osmRoads ? [{ what: 'expressway alignment', source: '© OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright)' }] : []),
      { what: 'parks, listings, hubs', source: 'public pages cited on each record; sample listings are invented and flagged' },
    ],
  }
  const json = (x: unknown) => JSON.stringify(x) + '\n'
  const files: Record<string, string> = {
    'hubs.json': json({ hubs }),
    'parks.json': json({ parks }),
    'listings.json': json({ listings }),
    'basemap.json': json(basemap),
    'network.json': json(network),
    'meta.json': JSON.stringify(meta, null, 2) + '\n',
    'suggest.json': json({ terms: buildSuggestTerms(parks) }),
    ...reachFiles(reach, reachSeeds.industries),
    'removed.json': json({ removed: seeds.removed.map((r) => r.record).sort((a, b) => a.id.localeCompare(b.id)) }),
  }
  // What is written must pass the app's own check (scripts/data/outputCheck.ts): read back, as the app reads it.
  const written = checkOutput(Object.fromEntries(Object.entries(files).filter(([n]) => n !== 'meta.json' && n !== 'network.json').map(([n, t]) => [n, JSON.parse(t)])))
  if (written.length) throw new SeedErrors(written)
  const summary = `${parks.length} parks, ${listings.length} listings (${meta.counts.realListings} real, ${meta.counts.sampleListings} sample), ${hubs.length} hubs, ${network.nodeCount} road nodes, ${basemap.features.length} basemap features, ${reach.seats.length} population seats (unreachable: ${reach.unreachable.join(', ') || 'none'})`
  return { files, summary }
}

/**
 * Writes every file into a temporary folder beside `outDir`, then renames each into place: a full disk or any
 * write error leaves data/ as it was (never one file cut short and others new). The renames are on one file system,
 * each atomic.
 */
export function writeAllOrNothing(outDir: string, files: Record<string, string>): void {
  mkdirSync(outDir, { recursive: true })
  const tmp = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-tmp-`))
  try {
    for (const [name, text] of Object.entries(files)) {
      try {
        writeFileSync(join(tmp, name), text)
      } catch (e) {
        throw new Error(`cannot write ${name} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
      }
    }
    for (const name of Object.keys(files)) renameSync(join(tmp, name), join(outDir, name))
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

function main(): void {
  const check = process.argv.includes('--check')
  // JKT_DATA_OUT: write elsewhere than data/ (the tests use it to make a write fail).
  const outDir = process.env.JKT_DATA_OUT ? resolve(process.env.JKT_DATA_OUT) : join(projectRoot, 'data')
  let out: BuildOutput
  try {
    out = buildData()
  } catch (e) {
    if (e instanceof SeedErrors) {
      console.error(`data:build failed: ${e.errors.length} problem(s) in seeds/`)
      for (const err of e.errors) console.error(`  ${formatError(err)}`)
      process.exit(1)
    }
    throw e
  }
  if (check) {
    const stale = Object.entries(out.files).filter(([name, text]) => {
      const path = join(outDir, name)
      return !existsSync(path) || readFileSync(path, 'utf8') !== text
    })
    if (stale.length) {
      console.error(`data/ differs from what seeds/ builds: ${stale.map(([n]) => n).join(', ')}. Run \`npm run data:build\` and commit data/.`)
      process.exit(1)
    }
    console.log(`data/ is up to date: ${out.summary}`)
    return
  }
  try {
    writeAllOrNothing(outDir, out.files)
  } catch (e) {
    console.error(`data:build failed: ${(e as Error).message}; data/ is unchanged`)
    process.exit(1)
  }
  console.log(`data/ written: ${out.summary}`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main()
