/**
 * `npm run --silent data:import -- --ad FILE --write --park ID` (DESIGN.md "CLI additions"): the adverts read by
 * importAd.ts go into seeds/listings/<park>.yaml through the spreadsheet import's own path (importSheet: same row
 * checks, ids, merge, schema check and all-or-nothing write), with their drive times kept as `claims`. First the
 * checks that only an advert needs (kind, size, ready, the park it names, two adverts giving one listing), each
 * naming the advert by number and first words; any problem: exit 2, nothing written.
 */
import type { AdvertResult } from '../../src/domain/advert/types.ts'
import { advertClaims, advertLabel, advertName, advertWriteProblems, advertWriteRows, DEAL_NOTE } from '../../src/domain/import/advertDrafts.ts'
import { deriveListingId } from '../../src/domain/import/ids.ts'
import { deepEqual, type SeedRecord } from '../../src/domain/import/merge.ts'
import { problemFormatter, type Problem } from '../../src/domain/import/rows.ts'
import { importSheet, type DraftExtras } from './import.ts'
import { readSeedState } from './importSeeds.ts'

export interface AdvertToWrite {
  /** The advert's first line as cleaned (names it in messages and in its claims' source). */
  firstLine: string
  result: AdvertResult
}

export interface WriteEnv {
  seedsRoot: string
  today: string
  out: (line: string) => void
  err: (line: string) => void
}

/** Exit code, and the id each advert was written under (in the file's order; empty unless the code is 0). */
export function writeAdverts(adverts: readonly AdvertToWrite[], fileName: string, parkId: string, env: WriteEnv): { code: number; ids: string[] } {
  const { out, err } = env
  const fail = { code: 2, ids: [] as string[] }
  if (adverts.length === 0) {
    err(`data:import: no adverts in ${fileName}, nothing written (adverts are separated by lines holding only ---)`)
    return fail
  }
  const state = readSeedState(env.seedsRoot)
  const park = state.parks.find((p) => p.id === parkId)
  if (!park) {
    err(`data:import: --park ${parkId}: no such park in seeds/parks/ (give a park id, e.g. ${state.parks[0]?.id}); nothing written`)
    return fail
  }
  const results = adverts.map((a) => a.result)
  const labels = adverts.map((a, i) => advertLabel(i + 1, a.firstLine))
  // Row n of the import is advert n - 1 (the header is row 1).
  const label = (row: number) => labels[row - 2] ?? `row ${row}`

  const problems: Problem[] = advertWriteProblems(results, { id: park.id, name: park.name.zh })
  // The id as readRows derives it (ids.ts): two adverts of one kind and size in one park are one listing.
  const ids = results.map(({ listing: a }) => {
    const name = advertName(a)
    return name ? deriveListingId(parkId, name.zh, a.floorArea, null) : null
  })
  ids.forEach((id, i) => {
    const first = ids.indexOf(id)
    if (id !== null && first < i)
      problems.push({ row: i + 2, column: null, message: `gives the same listing as ${labels[first]} (same park, kind and size: id ${id}): keep one of them, or tell them apart by size` })
  })
  if (problems.length) {
    err(`${problems.length} problem(s) in ${fileName}; nothing written:`)
    for (const p of problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))) err(`  ${problemFormatter(label)(p)}`)
    return fail
  }

  const existing = new Map<string, SeedRecord>()
  for (const f of state.files.values()) for (const r of f.records) existing.set(r.id, r)
  const claims = advertClaims(results, labels, fileName, env.today)
  const extras = new Map<number, DraftExtras>()
  results.forEach(({ listing: a }, i) => {
    const row = i + 2
    const before = existing.get(ids[i]!)
    const extra: DraftExtras = { claims: claims.get(row) ?? [] }
    // A deal the advert does not state is written as both (advertWriteRows) and said so in a note, never over
    // a note the listing has; the note goes when an advert of the same listing states the deal.
    if (a.deal.length === 0 && before?.note === undefined) extra.patch = { note: DEAL_NOTE }
    if (a.deal.length > 0 && deepEqual(before?.note, DEAL_NOTE)) extra.patch = { note: undefined }
    if (a.deal.length === 0) out(`${labels[i]}: says neither 出租 (rent) nor 出售 (sale): written as both (可租可售), with a note`)
    extras.set(row, extra)
  })
  const sheet = { rows: advertWriteRows(results, parkId), note: `${adverts.length} advert(s) read` }
  const code = importSheet(sheet, fileName, { park: parkId, adverts: { label, extras } }, env, state)
  return { code, ids: code === 0 ? (ids as string[]) : [] }
}
