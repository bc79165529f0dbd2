/**
 * The explore CLI (contract in ../shared/DESIGN.md, "Explore CLI"): the same link parser, filters and routing
 * engine as the app, no DOM.
 *   npm run --silent explore -- "<share link or ?query>" [--json]
 *   npm run --silent explore -- "<link>" --csv   (the matching listings as the import sheet: scripts/explore.export.ts)
 *   npm run --silent explore -- - [--json|--csv]   (the link read from standard input)
 *   npm run --silent explore -- route <LNG,LAT> <HUB|LNG,LAT> [--crs wgs84|gcj02|bd09] [--json]
 * Exit 0 whenever the input could be read (ignored parts are listed); exit 2 with a message on stderr naming the
 * bad part when it is not a link or query at all, or when route's coordinates or hub are malformed or off-network.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { extractQuery, parseQuery, serializeState, type Ignored } from '../src/domain/url.ts'
import { buildTable, runFilter, type PinMinutes } from '../src/domain/filter.ts'
import { CRS_NAMES, parseLngLat, round6, type Crs } from '../src/domain/geo.ts'
import { round1 } from '../src/domain/numbers.ts'
import { RoadGraph, SnappedPoints, route, travelTimesFrom } from '../src/domain/routing/index.ts'
import { linkContextOf } from '../src/domain/linkCheck.ts'
import type { Claim, Dataset, Industry, LngLat, RemovedListing } from '../src/domain/types.ts'
import { loadDataset } from './data/dataset.ts'
import { csvFor, exitQuietlyOnEpipe, linkFromStdin, visible } from './explore.export.ts'

/** What the CLI reads: the built data, with the road network and the removed ids. */
export type CliData = Dataset & { network: ConstructorParameters<typeof RoadGraph>[0]; removed: RemovedListing[]; industries?: Industry[] }

export class UsageError extends Error {}

export interface QueryResult {
  link: string
  ignored: Pick<Ignored, 'param' | 'value' | 'reason'>[]
  count: { parks: number; listings: number }
  parks: {
    id: string
    name: { zh: string; en: string }
    jurisdiction: string
    point: [number, number]
    driveMinutes: Record<string, number | null>
    peopleWithin30: number | null
  }[]
  /** The shortlist (`pick`), in its order, after the id check (CLI additions). */
  picks: string[]
  listings: {
    id: string
    /** null for a listing in no park. */
    parkId: string | null
    name: { zh: string; en: string }
    kind: string
    deal: string[]
    floorArea: { min: number | null; max: number | null } | null
    sample: boolean
    driveMinutes: Record<string, number | null>
    claims: Claim[]
    peopleWithin30: number | null
  }[]
}

/** Minutes from the pin to every park and listing: the routing worker's computation, in-process. */
export function pinMinutesFor(ds: Dataset, graph: RoadGraph, pin: LngLat): PinMinutes {
  const parkPoint = new Map(ds.parks.map((p) => [p.id, p.point]))
  const points = new SnappedPoints(graph, new Float64Array([...ds.parks.map((p) => p.point), ...ds.listings.map((l) => l.point ?? parkPoint.get(l.parkId!)!)].flat()))
  const times = travelTimesFrom(graph, pin)
  return { parks: points.minutesFrom(times, 0, ds.parks.length), listings: points.minutesFrom(times, ds.parks.length) }
}

export function runQuery(input: string, ds: CliData): QueryResult {
  const query = extractQuery(input)
  if (query === null) throw new UsageError(`not a share link or query: ${JSON.stringify(input)} (expected e.g. "?v=1&area=1000-" or "https://…/?v=1&…")`)
  const hubIds = ds.hubs.map((h) => h.id)
  // The same context as the app's (src/stores/urlSync.ts): unknown parks and gone listings are dropped alike.
  const { state, ignored } = parseQuery(query, linkContextOf(ds))
  const table = buildTable(ds)
  const graph = state.pin ? new RoadGraph(ds.network) : null
  const pin = state.pin && graph ? pinMinutesFor(ds, graph, state.pin) : null
  const r = runFilter(table, state, pin)
  const minutes = (row: (number | null)[], pinValue: number | undefined) => {
    const out: Record<string, number | null> = {}
    hubIds.forEach((id, h) => (out[id] = row[h] === null || row[h] === undefined ? null : round1(row[h]!)))
    if (state.pin) out.pin = pinValue === undefined || Number.isNaN(pinValue) ? null : round1(pinValue)
    return out
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const parks = ds.parks
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => r.parks[i])
    .map(({ p, i }) => ({ id: p.id, name: { zh: p.name.zh, en: p.name.en }, jurisdiction: p.jurisdiction, point: [round6(p.point[0]), round6(p.point[1])] as [number, number], driveMinutes: minutes(p.driveMinutes, pin?.parks[i]), peopleWithin30: p.peopleWithin?.[1] ?? null }))
    .sort(byId)
  const listings = ds.listings
    .map((l, i) => ({ l, i }))
    .filter(({ i }) => r.listings[i])
    .map(({ l, i }) => ({
      id: l.id,
      parkId: l.parkId ?? null,
      name: { zh: l.name.zh, en: l.name.en },
      kind: l.kind,
      deal: [...l.deal],
      floorArea: l.floorArea ? { min: l.floorArea.min, max: l.floorArea.max } : null,
      sample: l.sample,
      driveMinutes: minutes(l.driveMinutes, pin?.listings[i]),
      claims: l.claims ?? [],
      peopleWithin30: l.peopleWithin?.[1] ?? null,
    }))
    .sort(byId)
  return {
    link: serializeState(state),
    // The contract's three keys: the notice's words (`note`) are the app's.
    ignored: ignored.map(({ param, value, reason }) => ({ param, value, reason })),
    count: { parks: r.parkCount, listings: r.listingCount },
    parks,
    listings,
    picks: [...state.picks],
  }
}

function parsePoint(text: string, crs: Crs, what: string): LngLat {
  const p = parseLngLat(text, crs)
  if (!p) throw new UsageError(`${what}: ${JSON.stringify(text)} is not LNG,LAT (e.g. 121.16,31.28)`)
  return p
}

export function runRoute(args: string[], crsArg: string | undefined, ds: CliData): { minutes: number; km: number } {
  if (args.length !== 2) throw new UsageError(`route needs <LNG,LAT> <HUB|LNG,LAT>, got ${args.length} argument(s)`)
  const crs = (crsArg ?? 'wgs84') as Crs
  if (!CRS_NAMES.includes(crs)) throw new UsageError(`--crs: ${JSON.stringify(crsArg)} is not one of ${CRS_NAMES.join(', ')}`)
  const from = parsePoint(args[0], crs, 'from')
  const hub = ds.hubs.find((h) => h.id === args[1])
  let to: LngLat
  if (hub) to = hub.point
  else if (/^[a-z][a-z0-9-]*$/.test(args[1])) throw new UsageError(`to: unknown hub ${JSON.stringify(args[1])} (hubs: ${ds.hubs.map((h) => h.id).join(', ')})`)
  else to = parsePoint(args[1], crs, 'to')
  const graph = new RoadGraph(ds.network)
  const offNetwork = (p: LngLat) => graph.snapIndex.snap(p[0], p[1]).length === 0
  if (offNetwork(from)) throw new UsageError(`from: ${args[0]} is off the road network (no road within reach)`)
  if (!hub && offNetwork(to)) throw new UsageError(`to: ${args[1]} is off the road network (no road within reach)`)
  const r = route(graph, from, to)
  if (!r) throw new UsageError(`to: ${args[1]} cannot be reached from ${args[0]} on the road network`)
  return { minutes: round1(r.minutes), km: round1(r.km) }
}

function table(cells: string[][]): string {
  const rows = cells.map((r) => r.map(visible))
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))))
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(Math.max(0, widths[c] - [...cell].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)))).join('  ').trimEnd()).join('\n')
}

function printQuery(r: QueryResult, hubs: string[]): void {
  console.log(visible(`link: ${r.link}`))
  for (const i of r.ignored) console.log(visible(`ignored: ${i.param}=${i.value} (${i.reason})`))
  if (r.picks.length) console.log(visible(`picks: ${r.picks.join(', ')}`))
  console.log(`count: ${r.count.parks} parks, ${r.count.listings} listings\n`)
  const show = hubs.length ? hubs : []
  const fmt = (m: number | null | undefined) => (m === null || m === undefined ? '—' : m.toFixed(1))
  console.log(table([['park', 'name', 'jurisdiction', ...show.map((h) => `min→${h}`)], ...r.parks.map((p) => [p.id, p.name.zh, p.jurisdiction, ...show.map((h) => fmt(p.driveMinutes[h]))])]))
  console.log('')
  const area = (a: QueryResult['listings'][number]['floorArea']) => (a ? `${a.min ?? ''}-${a.max ?? ''} m²` : '—')
  console.log(table([['listing', 'park', 'kind', 'deal', 'floor area', 'sample', ...show.map((h) => `min→${h}`)], ...r.listings.map((l) => [l.id, l.parkId ?? '—', l.kind, l.deal.join('+'), area(l.floorArea), l.sample ? 'sample' : '', ...show.map((h) => fmt(l.driveMinutes[h]))])]))
}

export function main(argv: string[], dataDir?: string, stdin: () => string = () => readFileSync(0, 'utf8')): number {
  const json = argv.includes('--json')
  const csv = argv.includes('--csv')
  const rest = argv.filter((a) => a !== '--json' && a !== '--csv')
  let crs: string | undefined
  const crsAt = rest.findIndex((a) => a === '--crs' || a.startsWith('--crs='))
  let crsMissing = false
  if (crsAt >= 0) {
    const inline = rest[crsAt].includes('=')
    crs = inline ? rest[crsAt].slice(rest[crsAt].indexOf('=') + 1) : rest[crsAt + 1]
    crsMissing = !crs || crs.startsWith('--')
    rest.splice(crsAt, inline || crsMissing ? 1 : 2)
  }
  try {
    if (crsMissing) throw new UsageError(`--crs needs a value: ${CRS_NAMES.join(', ')}`)
    const unknown = rest.find((a) => a.startsWith('--'))
    if (unknown) throw new UsageError(`unknown option ${visible(unknown)}`)
    if (csv && json) throw new UsageError('--csv and --json both given: choose one output format')
    if (csv && rest[0] === 'route') throw new UsageError('--csv applies to links, not to route')
    const ds = loadDataset(dataDir)
    if (rest[0] === 'route') {
      const r = runRoute(rest.slice(1), crs, ds)
      console.log(json ? JSON.stringify(r) : `${r.minutes} min, ${r.km} km (free-flow estimate)`)
      return 0
    }
    if (crs !== undefined) throw new UsageError('--crs applies only to route')
    if (rest.length !== 1) throw new UsageError(`expected one share link or query, got ${rest.length} argument(s)`)
    const input = rest[0] === '-' ? linkFromStdin(stdin()) : rest[0]
    if (csv) {
      process.stdout.write(csvFor(input, ds))
      return 0
    }
    const r = runQuery(input, ds)
    if (json) console.log(JSON.stringify(r))
    else printQuery(r, parseQuery(r.link, linkContextOf(ds)).state.dt.map((d) => d.hub))
    return 0
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`explore: ${visible(e.message)}`)
      return 2
    }
    throw e
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  exitQuietlyOnEpipe(process.stdout)
  process.exitCode = main(process.argv.slice(2))
}
