/**
 * `npm run --silent data:import -- --ad FILE [--json] [--write --park ID]` (DESIGN.md "CLI additions"): reads
 * pasted listing adverts (separated by lines holding only `---`) with the pure parser of src/domain/advert/ and
 * prints what it read; `--write --park ID` also imports them into seeds/ (importAdWrite.ts). scripts/data/import.ts
 * dispatches `--ad` here. Exit 0 when the file could be read (and written), 2 with a message naming the problem.
 */
import { readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseAdvert, type AdvertListing, type AdvertResult } from '../../src/domain/advert/parseAdvert.ts'
import { buildContext, type AdvertContext, type ParkInput, type TownInput } from '../../src/domain/advert/places.ts'
import { splitAdverts, toLines } from '../../src/domain/advert/text.ts'
import { writeAdverts } from './importAdWrite.ts'

const root = resolve(import.meta.dirname, '../..')
/** A file of adverts is a few KB; anything this large is not one. */
const MAX_FILE_BYTES = 5_000_000

export interface AdIo {
  out: (line: string) => void
  err: (line: string) => void
  /** data/ (park, town and pinyin names the reader matches). */
  dataDir: string
  /** seeds/ (what --write writes). */
  seedsRoot: string
  /** YYYY-MM-DD; today (UTC) by default. */
  today: string
}

class UsageError extends Error {}

/** Park names, basemap towns and their pinyin (data/suggest.json) from the built data. */
export function loadAdvertContext(dataDir: string): AdvertContext {
  const read = (f: string) => JSON.parse(readFileSync(resolve(dataDir, f), 'utf8'))
  const parks = (read('parks.json') as { parks: ParkInput[] }).parks
  const basemap = read('basemap.json') as { features: { properties: Record<string, unknown> }[] }
  const towns: TownInput[] = basemap.features
    .map((f) => f.properties)
    .filter((p) => p.layer === 'town' && typeof p.name === 'string')
    .map((p) => ({ zh: p.name as string, en: typeof p['name:en'] === 'string' ? (p['name:en'] as string) : '', city: p.kind === 'city' }))
  const py = new Map<string, string>()
  for (const t of (read('suggest.json') as { terms: { zh: string; py: string }[] }).terms) py.set(t.zh, t.py)
  return buildContext(parks, towns, (zh) => (py.has(zh) ? [py.get(zh)!] : []))
}

interface Options {
  file: string
  json: boolean
  write: boolean
  park: string | null
}

function options(args: string[]): Options {
  const o: Options = { file: '', json: false, write: false, park: null }
  let file: string | null = null
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--ad') {
      const next = args[i + 1]
      if (next === undefined || next.startsWith('--')) throw new UsageError('--ad needs a FILE of adverts (separated by lines holding only ---)')
      file = next
      i++
    } else if (a === '--json') o.json = true
    else if (a === '--write') o.write = true
    else if (a === '--park') {
      const next = args[i + 1]
      if (next === undefined || next.startsWith('--')) throw new UsageError('--park needs a park id')
      o.park = next
      i++
    } else throw new UsageError(a.startsWith('--') ? `unknown option ${a}` : `unexpected argument ${JSON.stringify(a)} (one FILE after --ad)`)
  }
  if (file === null) throw new UsageError('--ad FILE is missing')
  if (o.write && o.park === null) throw new UsageError('--write needs --park ID (the park whose listings the adverts are; one park per file)')
  if (!o.write && o.park !== null) throw new UsageError('--park goes with --write (without --write nothing is written and the adverts name their park themselves)')
  o.file = file
  return o
}

function readAdverts(file: string): string {
  let size: number
  try {
    const st = statSync(file)
    if (!st.isFile()) throw new UsageError(`--ad: ${file} is not a file`)
    size = st.size
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(`--ad: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
  if (size > MAX_FILE_BYTES) throw new UsageError(`--ad: ${file} is ${size} bytes; a file of adverts is read up to ${MAX_FILE_BYTES}`)
  const bytes = readFileSync(file)
  // Text only: a NUL byte means a binary file (a spreadsheet, say, which takes the import without --ad).
  if (bytes.includes(0)) throw new UsageError(`--ad: ${file} is not a text file (for .xlsx/.csv use data:import without --ad)`)
  return bytes.toString('utf8')
}

const show = (x: unknown) => (x === null || x === undefined ? '—' : String(x))
const range = (r: AdvertListing['floorArea'], unit: string) => (r ? `${r.min ?? ''}–${r.max ?? ''} ${unit}`.replace(/^(\d+)–\1 /, '$1 ') : '—')

function table(r: AdvertResult, n: number): string[] {
  const l = r.listing
  const rows: [string, string][] = [
    ['kind', show(l.kind)],
    ['floor area', range(l.floorArea, 'm²')],
    ['land', range(l.landArea, '亩')],
    ['deal', l.deal.length ? l.deal.join('+') : '—'],
    ['rent', l.rent === null ? '—' : `${l.rent} 元/㎡/天${l.rentConverted ? ' (converted)' : ''}`],
    ['sale price', l.salePrice === null ? '—' : `${l.salePrice} 元/㎡`],
    ['land price', l.landPrice === null ? '—' : `${l.landPrice} 万元/亩`],
    ['storey height', l.storeyHeight === null ? '—' : `${l.storeyHeight} m`],
    ['clear height', l.clearHeight === null ? '—' : `${l.clearHeight} m`],
    ['floor load', l.floorLoad === null ? '—' : `${l.floorLoad} t/㎡`],
    ['power', l.power === null ? '—' : `${l.power} kVA`],
    ['crane', l.crane === null ? '—' : `${l.crane} t`],
    ['ready', l.ready === null ? '—' : l.ready ? 'yes (现房)' : 'no (期房)'],
    ['completion', show(l.completion)],
    ['contact', l.contact ? [l.contact.name, ...l.contact.phone].filter((x) => x !== null).join(', ') : '—'],
    ['park', show(l.park)],
    ['town', show(l.town)],
    ['claims', l.claims.length ? l.claims.map((c) => `${c.hub} ${c.minutes} min`).join(', ') : '—'],
  ]
  const lines = [`advert ${n}`, ...rows.map(([k, v]) => `  ${k.padEnd(14)}${v}`)]
  for (const u of r.unparsed) lines.push(`  ${'unparsed'.padEnd(14)}${u}`)
  return lines
}

export async function runAd(args: string[], io: Partial<AdIo> = {}): Promise<number> {
  const out = io.out ?? ((l: string) => console.log(l))
  const err = io.err ?? ((l: string) => console.error(l))
  const dataDir = io.dataDir ?? resolve(root, 'data')
  try {
    const o = options(args)
    const text = readAdverts(o.file)
    const context = loadAdvertContext(dataDir)
    const adverts = splitAdverts(text).map((a) => ({ firstLine: toLines(a).lines[0] ?? '', result: parseAdvert(a, context) }))
    const results = adverts.map((a) => a.result)
    const json = () => ({ listings: results.map((r) => r.listing), unparsed: results.flatMap((r) => r.unparsed) })
    if (o.write) {
      // With --json only the JSON goes to stdout (plus the ids written, a key of its own); the report otherwise.
      const env = { seedsRoot: io.seedsRoot ?? resolve(root, 'seeds'), today: io.today ?? new Date().toISOString().slice(0, 10), out: o.json ? () => {} : out, err }
      if (!o.json && results.length) out(results.flatMap((r, i) => [...table(r, i + 1), '']).join('\n').trimEnd())
      const written = writeAdverts(adverts, basename(o.file), o.park!, env)
      if (written.code === 0 && o.json) out(JSON.stringify({ ...json(), ids: written.ids }))
      return written.code
    }
    if (o.json) out(JSON.stringify(json()))
    else if (results.length === 0) out(`no adverts in ${o.file}`)
    else out(results.flatMap((r, i) => [...table(r, i + 1), '']).join('\n').trimEnd())
    return 0
  } catch (e) {
    if (e instanceof UsageError) {
      err(`data:import: ${e.message}`)
      return 2
    }
    throw e
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  runAd(process.argv.slice(2)).then((code) => (process.exitCode = code))
}
