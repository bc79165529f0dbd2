/**
 * `npm run data:samples`: writes the sample listings into seeds/listings/<park-id>.yaml, beside the real ones.
 * Samples fill what no public source gives (DESIGN.md, "Real before sample"): each is flagged `sample: true`, cites
 * this generator as its source, and is shown with a "sample" badge. Deterministic: the same parks give the same
 * samples, with the same ids (`s-<park-id>-<n>`), so ids are stable across rebuilds. Real records and comments in
 * the files are kept as they are.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Document, parse as parseYaml, parseDocument, YAMLSeq } from 'yaml'
import type { Jurisdiction, ListingKind } from '../../src/domain/types.ts'
import { rng } from './rng.ts'

const root = resolve(import.meta.dirname, '../..')
const AS_OF = '2026-11-01'

function hash(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}

/**
 * Price levels per jurisdiction, typical of 2024–2026 asking prices in this area (brokers' listings and
 * park adverts put factory rent at about 0.6–1.5 元/㎡/天, higher in Jiading than in Taicang; DESIGN.md).
 * These are for realistic-looking samples only; nothing here is presented as a market figure.
 */
const LEVEL: Record<Jurisdiction, { rent: [number, number]; sale: [number, number]; land: [number, number] }> = {
  jiading: { rent: [0.95, 1.5], sale: [6500, 10500], land: [120, 220] },
  kunshan: { rent: [0.7, 1.15], sale: [4500, 7500], land: [40, 90] },
  taicang: { rent: [0.6, 1.0], sale: [4000, 6500], land: [30, 70] },
}

interface Park {
  id: string
  name: { zh: string; en: string }
  jurisdiction: Jurisdiction
  kind: string
}

const KIND_PLAN: ListingKind[] = ['factory', 'factory', 'custom', 'warehouse', 'office', 'land', 'factory']
const NAMES: Record<ListingKind, { zh: string; en: string }[]> = {
  factory: [
    { zh: '单层标准厂房', en: 'Single-storey standard factory' },
    { zh: '多层标准厂房', en: 'Multi-storey standard factory' },
    { zh: '独栋标准厂房', en: 'Detached standard factory' },
    { zh: '分层厂房', en: 'Factory floor' },
  ],
  custom: [
    { zh: '定制厂房', en: 'Custom-built factory' },
    { zh: '代建定制厂房', en: 'Build-to-suit factory' },
  ],
  warehouse: [
    { zh: '高标仓库', en: 'High-standard warehouse' },
    { zh: '物流仓储', en: 'Logistics warehouse' },
  ],
  office: [
    { zh: '研发办公楼', en: 'R&D office building' },
    { zh: '研发中试楼', en: 'R&D and pilot building' },
  ],
  land: [
    { zh: '工业用地', en: 'Industrial land plot' },
    { zh: '工业用地（M1）', en: 'Industrial land (M1)' },
  ],
}

export function samplesFor(park: Park): Record<string, unknown>[] {
  const r = rng(hash(park.id))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
  const between = (lo: number, hi: number) => lo + r() * (hi - lo)
  const round = (x: number, step: number) => Number((Math.round(x / step) * step).toFixed(2))
  const lv = LEVEL[park.jurisdiction]
  const n = 3 + Math.floor(r() * 3)
  const out: Record<string, unknown>[] = []
  for (let k = 0; k < n; k++) {
    const kind = KIND_PLAN[(hash(park.id) + k) % KIND_PLAN.length]
    const base = pick(NAMES[kind])
    const rec: Record<string, unknown> = {
      id: `s-${park.id}-${k + 1}`,
      parkId: park.id,
      name: { zh: `${base.zh}（示例）`, en: `${base.en} (sample)` },
      kind,
    }
    const dealRoll = r()
    const deal = kind === 'land' ? ['sale'] : dealRoll < 0.5 ? ['rent'] : dealRoll < 0.75 ? ['sale'] : ['rent', 'sale']
    rec.deal = deal
    if (kind === 'land') {
      rec.landArea = round(between(10, 120), 1)
      rec.landPrice = round(between(lv.land[0], lv.land[1]), 1)
    } else {
      // Floor area 300–50,000 m², log-uniform; about a third are open ranges ("1100平起").
      const min = round(Math.exp(between(Math.log(300), Math.log(30000))), 50)
      const shape = r()
      const max = shape < 0.3 ? null : shape < 0.55 ? min : Math.min(50000, round(min * between(1.5, 4), 50))
      rec.floorArea = { min, max }
      if (kind === 'custom' || (kind === 'factory' && r() < 0.3)) rec.landArea = round(between(8, 60), 1)
      const officeRent = kind === 'office' ? 1.6 : kind === 'warehouse' ? 1.1 : 1
      if (deal.includes('rent')) rec.rent = round(between(lv.rent[0], lv.rent[1]) * officeRent, 0.05)
      if (deal.includes('sale')) rec.salePrice = round(between(lv.sale[0], lv.sale[1]) * (kind === 'office' ? 1.3 : 1), 100)
      if (kind !== 'office') {
        rec.clearHeight = round(between(kind === 'warehouse' ? 9 : 6, kind === 'warehouse' ? 12 : 10), 0.5)
        rec.floorLoad = round(between(kind === 'warehouse' ? 3 : 0.8, kind === 'warehouse' ? 5 : 5), 0.5)
        rec.power = pick([250, 400, 630, 800, 1000, 1250, 1600, 2000, 2500])
        if (kind !== 'warehouse' && r() < 0.35) rec.crane = pick([5, 10, 16, 20, 32])
      } else rec.floorLoad = round(between(0.35, 0.8), 0.05)
      rec.title = r() < 0.6 ? 'separate' : 'divisible'
      if (deal.includes('rent')) {
        rec.minLeaseYears = pick([1, 2, 3, 5])
        rec.rentFreeMonths = pick([0, 1, 2, 3, 6])
      }
    }
    const ready = kind === 'custom' ? r() < 0.3 : r() < 0.7
    rec.ready = ready
    if (!ready) rec.completion = `${pick([2027, 2027, 2028])}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`
    const status = r()
    rec.status = status < 0.86 ? 'available' : status < 0.94 ? 'let' : 'sold'
    if (rec.status === 'let' && !deal.includes('rent')) rec.status = 'sold'
    if (rec.status === 'sold' && !deal.includes('sale')) rec.status = 'let'
    rec.asOf = AS_OF
    rec.sample = true
    rec.sources = [{ url: null, doc: 'sample generator (scripts/data/samples.ts): invented to fill what no public source gives', title: 'Sample listing, not a real offer', read: AS_OF }]
    out.push(rec)
  }
  return out
}

function main(): void {
  const parksDir = join(root, 'seeds/parks')
  const parks = readdirSync(parksDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parseYaml(readFileSync(join(parksDir, f), 'utf8')) as Park)
  let total = 0
  for (const park of parks) {
    const file = join(root, 'seeds/listings', `${park.id}.yaml`)
    const doc = existsSync(file) ? parseDocument(readFileSync(file, 'utf8')) : new Document(new YAMLSeq())
    if (!(doc.contents instanceof YAMLSeq)) doc.contents = new YAMLSeq()
    const seq = doc.contents as YAMLSeq
    seq.items = seq.items.filter((item) => !(item && typeof item === 'object' && 'get' in item && (item as { get(k: string): unknown }).get('sample') === true))
    const samples = samplesFor(park)
    for (const s of samples) {
      const node = doc.createNode(s)
      seq.items.push(node)
    }
    seq.flow = false
    total += samples.length
    let text = doc.toString({ lineWidth: 0, flowCollectionPadding: true })
    if (!text.startsWith('#')) text = `# ${park.name.zh} · ${park.name.en}: listings (real first; samples from npm run data:samples)\n${text}`
    writeFileSync(file, text)
  }
  console.log(`${total} sample listings written for ${parks.length} parks`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main()
