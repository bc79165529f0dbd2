/**
 * `npm run data:synth -- --listings N [--seed S] [--out FILE]`: deterministic synthetic listings for benchmarks and
 * scale tests, written outside data/ (default synth/listings-N.json). The file has the shape of data/listings.json:
 * the real dataset's listings plus N synthetic ones spread around the parks, with drive times from the same engine.
 * It reaches the app only through the documented build/dev option JKT_LISTINGS=<file> (never through the URL):
 *   JKT_LISTINGS=synth/listings-100000.json npm run build
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Dataset, Deal, Listing, ListingKind } from '../../src/domain/types.ts'
import { LISTING_KINDS } from '../../src/domain/types.ts'
import { HubMinutes, RoadGraph, type NetworkData } from '../../src/domain/routing/index.ts'
import { loadDataset } from './dataset.ts'
import { round6 } from '../../src/domain/geo.ts'
import { rng } from './rng.ts'

const root = resolve(import.meta.dirname, '../..')

/** N synthetic listings around the parks' points (within their radius), with drive minutes to every hub. */
export function synthesize(ds: Dataset & { network: NetworkData }, n: number, seed: number): Listing[] {
  const r = rng(seed)
  const graph = new RoadGraph(ds.network)
  const toHubs = new HubMinutes(graph, ds.hubs.map((h) => h.point))
  const out: Listing[] = []
  for (let i = 0; i < n; i++) {
    const park = ds.parks[Math.floor(r() * ds.parks.length)]
    const radiusDeg = ((park.radiusKm ?? 1.5) / 111) * Math.sqrt(r())
    const angle = r() * 2 * Math.PI
    const point: [number, number] = [round6(park.point[0] + (radiusDeg * Math.cos(angle)) / Math.cos((park.point[1] * Math.PI) / 180)), round6(park.point[1] + radiusDeg * Math.sin(angle))]
    const kind: ListingKind = LISTING_KINDS[Math.floor(r() * LISTING_KINDS.length)]
    const roll = r()
    const deal: Deal[] = kind === 'land' ? ['sale'] : roll < 0.5 ? ['rent'] : roll < 0.75 ? ['sale'] : ['rent', 'sale']
    const min = Math.round(Math.exp(Math.log(300) + r() * (Math.log(50000) - Math.log(300))) / 50) * 50
    const l: Listing = {
      id: `synth-${seed}-${i}`,
      parkId: park.id,
      name: { zh: `合成房源 ${i}`, en: `Synthetic listing ${i}` },
      kind,
      deal,
      ready: r() < 0.7,
      status: r() < 0.9 ? 'available' : 'let',
      asOf: '2026-11-01',
      claims: [],
      point,
      precision: 'approximate',
      sample: true,
      sources: [{ url: null, doc: 'npm run data:synth (synthetic, for benchmarks)', title: 'Synthetic listing', read: '2026-11-01' }],
      driveMinutes: toHubs.at(point),
    }
    if (kind === 'land') {
      l.landArea = Math.round(5 + r() * 150)
      l.landPrice = Math.round(30 + r() * 170)
    } else {
      const shape = r()
      l.floorArea = { min, max: shape < 0.3 ? null : Math.min(50000, Math.round(min * (1 + r() * 3))) }
      if (deal.includes('rent')) l.rent = Math.round((0.6 + r() * 0.9) * 100) / 100
      if (deal.includes('sale')) l.salePrice = Math.round(4000 + r() * 6500)
      l.clearHeight = Math.round((6 + r() * 6) * 2) / 2
    }
    out.push(l)
  }
  return out
}

function main(): void {
  const { values } = parseArgs({ options: { listings: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } })
  const n = Number(values.listings)
  const seed = Number(values.seed)
  if (!Number.isInteger(n) || n < 1 || n > 2_000_000) {
    console.error(`--listings must be a whole number from 1 to 2,000,000 (got ${JSON.stringify(values.listings ?? null)})`)
    process.exit(2)
  }
  if (!Number.isInteger(seed)) {
    console.error(`--seed must be a whole number (got ${JSON.stringify(values.seed)})`)
    process.exit(2)
  }
  const ds = loadDataset()
  const listings = [...ds.listings, ...synthesize(ds, n, seed)]
  const out = resolve(values.out ?? resolve(root, `synth/listings-${n}.json`))
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, JSON.stringify({ listings }) + '\n')
  console.log(`${listings.length} listings (${n} synthetic, seed ${seed}) written to ${out}\nUse it with: JKT_LISTINGS=${out} npm run build   (or npm run dev)`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main()
