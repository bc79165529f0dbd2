/**
 * `npm run data:import -- FILE.xlsx|FILE.csv [--park ID] [--dry-run] [--skip-bad] [--replace]` (DESIGN.md
 * "CLI additions"): an agent's sheet into seeds/listings/<park-id>.yaml as real listings. Every problem is
 * reported at once (`row 4, area_min: "abc" is not a number`) with exit 2 and nothing written, unless --skip-bad.
 *   npm run data:import -- --drop-samples [--dry-run]     every sample listing out of seeds/ (a deployment's choice)
 *   npm run --silent data:import -- --ad FILE [--json] [--write --park ID]   adverts: scripts/data/importAd.ts
 */
import { basename, join, resolve } from 'node:path'
import * as v from 'valibot'
import { readRows, problemFormatter, type Patch, type Problem } from '../../src/domain/import/rows.ts'
import type { Claim } from '../../src/domain/types.ts'
import { mergeSheet, NO_PARK_FILE, type MergeResult, type SeedRecord } from '../../src/domain/import/merge.ts'
import { ListingSeed, describeIssues } from './schema.ts'
import { readSheet, SheetReadError, type Sheet } from './importRead.ts'
import { listingFileText, listingPath, readSeedState, removedFileText, writeAll, type SeedState } from './importSeeds.ts'

const projectRoot = resolve(import.meta.dirname, '../..')

export interface ImportEnv {
  seedsRoot?: string
  /** YYYY-MM-DD; today (UTC) by default. */
  today?: string
  out?: (line: string) => void
  err?: (line: string) => void
}

const USAGE = 'usage: npm run data:import -- FILE.xlsx|FILE.csv [--park ID] [--dry-run] [--skip-bad] [--replace]\n       npm run data:import -- --drop-samples [--dry-run]'

/** The seed schema has the last word: what data:build would refuse is refused here, naming the row. */
function schemaCheck(merged: MergeResult): Problem[] {
  const rowOf = new Map([...merged.added, ...merged.updated].map((a) => [a.id, a.row]))
  const problems: Problem[] = []
  for (const [, records] of merged.files)
    for (const r of records) {
      const row = rowOf.get(r.id)
      if (row === undefined) continue
      const result = v.safeParse(ListingSeed, r)
      if (!result.success) for (const m of describeIssues(result.issues)) problems.push({ row, column: null, message: m })
    }
  return problems
}

export async function runImport(argv: string[], env: ImportEnv = {}): Promise<number> {
  const out = env.out ?? ((s: string) => console.log(s))
  const err = env.err ?? ((s: string) => console.error(s))
  if (argv.includes('--ad')) {
    // The advert reader is its own module (issue 15's "advert" part), loaded only for --ad.
    const path = './importAd.ts'
    let mod: { runAd?: (args: string[], io?: ImportEnv) => Promise<number> }
    try {
      mod = await import(/* @vite-ignore */ path)
    } catch (e) {
      err(`data:import --ad is not available in this build (scripts/data/importAd.ts: ${(e as Error).message.split('\n')[0]})`)
      return 2
    }
    if (typeof mod.runAd !== 'function') {
      err('data:import --ad is not available: scripts/data/importAd.ts exports no runAd')
      return 2
    }
    return mod.runAd(argv, { ...env, out, err })
  }
  const seedsRoot = env.seedsRoot ?? join(projectRoot, 'seeds')
  const today = env.today ?? new Date().toISOString().slice(0, 10)
  const flags = new Set(argv.filter((a) => ['--dry-run', '--skip-bad', '--replace', '--drop-samples'].includes(a)))
  const parkAt = argv.indexOf('--park')
  const parkArg = parkAt >= 0 ? argv[parkAt + 1] : undefined
  const rest = argv.filter((a, i) => !flags.has(a) && a !== '--park' && !(parkAt >= 0 && i === parkAt + 1))
  const unknownFlag = rest.find((a) => a.startsWith('--'))
  if (unknownFlag || (parkAt >= 0 && (!parkArg || parkArg.startsWith('--')))) {
    err(`${unknownFlag ? `unknown option ${unknownFlag}` : '--park needs a park id'}\n${USAGE}`)
    return 2
  }
  const state = readSeedState(seedsRoot)
  const dryRun = flags.has('--dry-run')

  if (flags.has('--drop-samples')) {
    const texts = new Map<string, string>()
    let dropped = 0
    for (const [key, file] of state.files) {
      const kept = file.records.filter((r) => r.sample !== true)
      if (kept.length === file.records.length) continue
      dropped += file.records.length - kept.length
      texts.set(file.path, listingFileText(state, key, kept))
    }
    if (!dryRun) writeAll(texts)
    out(`${dryRun ? 'would drop' : 'dropped'} ${dropped} sample listing(s) from ${texts.size} file(s)${dryRun ? '' : '; now run npm run data:build'}`)
    return 0
  }
  if (rest.length !== 1) {
    err(`${rest.length ? 'one file at a time' : 'no file given'}\n${USAGE}`)
    return 2
  }
  const file = rest[0]
  let sheet
  try {
    sheet = await readSheet(file)
  } catch (e) {
    if (!(e instanceof SheetReadError)) throw e
    err(`${basename(file)}: ${e.message}`)
    return 2
  }
  return importSheet(sheet, basename(file), { park: parkArg, dryRun, skipBad: flags.has('--skip-bad'), replace: flags.has('--replace') }, { seedsRoot, today, out, err }, state)
}

export interface SheetOptions {
  park?: string
  dryRun?: boolean
  skipBad?: boolean
  replace?: boolean
  /**
   * Rows made from adverts (scripts/data/importAdWrite.ts), not read from a sheet: how messages name a row, and
   * what a row's draft carries beyond its cells (claims; a patch such as a note). --skip-bad is not offered.
   */
  adverts?: { label: (row: number) => string; extras: ReadonlyMap<number, DraftExtras> }
}

export interface DraftExtras {
  claims?: Claim[]
  patch?: Patch
}

/**
 * Rows of cells (header first, as the templates name the columns) into seeds: the path every import takes. The
 * advert reader (`--ad --write`) can hand its listings over as rows and get the same checks, merge and write.
 */
export function importSheet(sheet: Sheet, sheetName: string, opts: SheetOptions, env: ImportEnv = {}, seedState?: SeedState): number {
  const out = env.out ?? ((s: string) => console.log(s))
  const err = env.err ?? ((s: string) => console.error(s))
  const seedsRoot = env.seedsRoot ?? join(projectRoot, 'seeds')
  const today = env.today ?? new Date().toISOString().slice(0, 10)
  const state = seedState ?? readSeedState(seedsRoot)
  const dryRun = opts.dryRun === true
  const parkArg = opts.park
  if (parkArg && !state.parks.some((p) => p.id === parkArg)) {
    err(`--park ${parkArg}: no such park in seeds/parks/ (give a park id, e.g. ${state.parks[0]?.id})`)
    return 2
  }
  const existing = new Map<string, { parkId?: string; sample: boolean }>()
  const current = new Map<string, SeedRecord[]>()
  for (const [key, f] of state.files) {
    current.set(key, f.records)
    for (const r of f.records) existing.set(r.id, { parkId: r.parkId as string | undefined, sample: r.sample === true })
  }
  const removed = new Map(state.removed.entries.map((e) => [e.id, e.date]))
  const read = readRows(sheet.rows, { parks: state.parks, defaultPark: parkArg, existing, removed, today })
  const skipBad = opts.skipBad === true
  const options = { replace: opts.replace === true, today, sheetName, sheetSource: { url: null, doc: sheetName, title: `${sheetName}, imported ${today}`, read: today } }
  const extras = opts.adverts?.extras
  let drafts = read.drafts.map((d) => {
    const x = extras?.get(d.row)
    return x ? { ...d, patch: { ...d.patch, ...x.patch }, ...(x.claims ? { claims: x.claims } : {}) } : d
  })
  const label = opts.adverts?.label ?? ((row: number) => `row ${row}`)
  const show = problemFormatter(label)
  let merged = mergeSheet(current, drafts, options)
  let rowProblems = [...merged.problems, ...schemaCheck(merged)]
  if (skipBad && rowProblems.length) {
    // Rows refused at the merge (a new listing without kind, say) are skipped like the others.
    const bad = new Set(rowProblems.map((p) => p.row))
    drafts = drafts.filter((d) => !bad.has(d.row))
    merged = mergeSheet(current, drafts, options)
    rowProblems = [...rowProblems, ...merged.problems, ...schemaCheck(merged)]
  }
  const problems = [...read.problems, ...rowProblems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  if (read.unknownColumns.length) out(`columns not recognised, ignored: ${read.unknownColumns.join(', ')}`)
  out(`${sheetName}: ${sheet.note}`)
  const sheetWide = problems.some((p) => p.row === null || p.row === 1)
  if (problems.length && (!skipBad || sheetWide)) {
    err(`${problems.length} problem(s) in ${sheetName}; nothing written${skipBad || sheetWide || opts.adverts ? '' : ' (--skip-bad imports the good rows)'}:`)
    for (const p of problems) err(`  ${show(p)}`)
    return 2
  }
  if (problems.length) {
    const rows = new Set(problems.map((p) => p.row))
    out(`skipped ${rows.size} row(s):`)
    for (const p of problems) out(`  ${show(p)}`)
  }
  const place = (key: string) => (key === NO_PARK_FILE ? 'no park' : key)
  for (const a of merged.added) out(`added    ${a.id} (${label(a.row)}, ${place(a.file)})`)
  for (const u of merged.updated) out(`updated  ${u.id} (${label(u.row)}, ${place(u.file)}): ${u.fields.join(', ')}`)
  for (const r of merged.removed) out(`removed  ${r.id} (${r.reason})`)
  out(`${merged.added.length} added, ${merged.updated.length} updated, ${merged.removed.length} removed, ${merged.unchanged} unchanged${dryRun ? ' (dry run: nothing written)' : ''}`)
  if (dryRun) return 0
  const texts = new Map<string, string>()
  for (const [key, records] of merged.files) texts.set(listingPath(seedsRoot, key), listingFileText(state, key, records))
  if (merged.removed.length) texts.set(state.removed.path, removedFileText(state, merged.removed))
  writeAll(texts)
  if (texts.size) out(`written: ${[...texts.keys()].map((p) => p.slice(seedsRoot.length - 'seeds'.length)).join(', ')}; now run npm run data:build`)
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  runImport(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e)
      process.exit(1)
    },
  )
