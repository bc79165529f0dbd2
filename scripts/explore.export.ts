/**
 * The explore CLI's additions of issues 19 and 22 (DESIGN.md "CLI additions"): `--csv`, the link on standard input
 * (`-`), control characters made visible in table output, and a quiet exit when the reader of a pipe goes away.
 * Kept out of explore.ts so that its argument parsing only calls these.
 */
import { exportIndices, exportTable, toCsv } from '../src/domain/export/csv.ts'
import { buildTable, runFilter } from '../src/domain/filter.ts'
import { linkContextOf } from '../src/domain/linkCheck.ts'
import { RoadGraph } from '../src/domain/routing/index.ts'
import { extractQuery, parseQuery } from '../src/domain/url.ts'
import { UsageError, pinMinutesFor, type CliData } from './explore.ts'

/** The CSV of a link: the same parse, link check and filter as runQuery (and the app), then the export sheet. */
export function csvFor(input: string, ds: CliData): string {
  const query = extractQuery(input)
  if (query === null) throw new UsageError(`not a share link or query: ${visible(JSON.stringify(input))} (expected e.g. "?v=1&area=1000-" or "https://…/?v=1&…")`)
  const { state } = parseQuery(query, linkContextOf(ds))
  const pin = state.pin ? pinMinutesFor(ds, new RoadGraph(ds.network), state.pin) : null
  const r = runFilter(buildTable(ds), state, pin)
  const indices = exportIndices(ds, { matches: r.listings, picks: state.picks, compare: state.view === 'compare' })
  return toCsv(exportTable(ds, indices, { lang: 'en', pinMinutes: pin?.listings ?? null }))
}

/**
 * A value as the terminal should show it: C0/C1 control characters (ESC of `%1b[2J` above all), DEL and the bidi
 * overrides (which reorder what follows them, CVE-2021-42574) become visible `\xNN` / `\u{NNNN}` escapes.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`
  })
}

/** Far above any link the app makes (its links stay under 2,000 characters); guards against a wrong file piped in. */
export const MAX_STDIN = 1024 * 1024

/** `explore -`: the link is standard input's text, surrounding white space (a shell's final newline) dropped. */
export function linkFromStdin(text: string): string {
  if (text.length > MAX_STDIN) throw new UsageError(`standard input: ${text.length} characters, more than a link can be (at most ${MAX_STDIN})`)
  const link = text.trim()
  if (link === '') throw new UsageError('standard input is empty: pipe the link in, e.g. echo "<link>" | npm run --silent explore -- -')
  return link
}

/**
 * `explore … | head`: once head has read enough it closes the pipe and the next write fails with EPIPE, which Node
 * raises on the stream (an uncaught error and a stack trace without a listener). The output was not wanted any more:
 * exit quietly, as `cat` and `grep` do.
 */
export function exitQuietlyOnEpipe(stream: NodeJS.WriteStream, exit: (code: number) => void = (c) => process.exit(c)): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') exit(0)
    else throw e
  })
}
