/** The explore CLI's additions (issues 19 and 22): --csv, `-` (stdin), visible control characters, quiet EPIPE. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { main, runQuery } from './explore.ts'
import { csvFor, linkFromStdin, MAX_STDIN, visible } from './explore.export.ts'
import { loadDataset } from './data/dataset.ts'
import { decodeCsv, parseCsvText } from './data/importRead.ts'
import { importSheet } from './data/import.ts'
import { COLUMNS } from '../src/domain/import/columns.ts'

const root = resolve(import.meta.dirname, '..')
const ds = loadDataset()
const real = ds.listings.filter((l) => !l.sample && l.status === 'available').map((l) => l.id)

function capture(argv: string[], stdin = ''): { code: number; out: string; err: string } {
  const out: string[] = []
  const err: string[] = []
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')))
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')))
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true))
  return { code: main(argv, undefined, () => stdin), out: out.join('\n'), err: err.join('\n') }
}
afterEach(() => vi.restoreAllMocks())

const rowsOf = (csv: string) => parseCsvText(decodeCsv(new TextEncoder().encode(csv)).text)

describe('explore --csv', () => {
  it.each(['?v=1', '?v=1&area=1000-', '?v=1&type=factory&dt=anting:30', '?v=1&pin=121.2,31.35&dt=pin:25', `?v=1&pick=${real[1]},${real[0]}`])(
    '%s: one row per listing of the JSON, in the same order (by id)',
    (link) => {
      const csv = csvFor(link, ds)
      const json = runQuery(link, ds)
      const rows = rowsOf(csv)
      expect(rows.length - 1).toBe(json.count.listings)
      expect(rows.slice(1).map((r) => r[0])).toEqual(json.listings.map((l) => l.id))
    },
  )
  it('starts with a byte-order mark and uses the template\'s English names, then sample and dt_<hub> for every hub', () => {
    const csv = csvFor('?v=1', ds)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(rowsOf(csv)[0]).toEqual([...COLUMNS.map((c) => c.en), 'sample', ...ds.hubs.map((h) => `dt_${h.id}`)])
  })
  it('adds dt_pin with a pin, minutes to one decimal', () => {
    const rows = rowsOf(csvFor('?v=1&pin=121.2,31.35', ds))
    expect(rows[0].at(-1)).toBe('dt_pin')
    const json = runQuery('?v=1&pin=121.2,31.35', ds)
    expect(rows.slice(1).map((r) => (r.at(-1) === '' ? null : Number(r.at(-1))))).toEqual(json.listings.map((l) => l.driveMinutes.pin))
  })
  it('with view=compare: the picks in their order, whatever the filters', () => {
    const picks = [real[3], real[0], real[2]]
    const rows = rowsOf(csvFor(`?v=1&area=-1&view=compare&pick=${picks.join(',')}`, ds))
    expect(rows.slice(1).map((r) => r[0])).toEqual(picks)
  })
  it('prints the CSV through main, and refuses --csv with --json (exit 2, naming both)', () => {
    const ok = capture(['?v=1&area=1000-', '--csv'])
    expect(ok.code).toBe(0)
    expect(rowsOf(ok.out).length - 1).toBe(runQuery('?v=1&area=1000-', ds).count.listings)
    const both = capture(['?v=1', '--csv', '--json'])
    expect(both).toMatchObject({ code: 2, out: '' })
    expect(both.err).toMatch(/--csv and --json/)
    expect(capture(['route', '121.2,31.3', 'anting', '--csv'])).toMatchObject({ code: 2, err: expect.stringMatching(/--csv applies to links/) })
  })
})

describe('an exported CSV imports again (data:import) without loss', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  it.each([
    ['every real listing', `?v=1&view=compare&pick=${real.slice(0, 20).join(',')}`],
    ['the rest of the real listings', `?v=1&view=compare&pick=${real.slice(20, 40).join(',')}`],
  ])('%s: nothing added, nothing updated', (_, link) => {
    dir = mkdtempSync(join(tmpdir(), 'export-'))
    cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true })
    const out: string[] = []
    const err: string[] = []
    const rows = rowsOf(csvFor(link, ds))
    const code = importSheet({ rows, note: 'export' }, 'export.csv', { dryRun: true }, { seedsRoot: join(dir, 'seeds'), today: '2026-12-08', out: (s) => out.push(s), err: (s) => err.push(s) })
    expect(err).toEqual([])
    expect(code).toBe(0)
    expect(out.join('\n')).toContain(`0 added, 0 updated, 0 removed, ${rows.length - 1} unchanged`)
  })
  it('sample rows (invented listings) are refused by name, never imported as real', () => {
    dir = mkdtempSync(join(tmpdir(), 'export-'))
    cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true })
    const sample = ds.listings.find((l) => l.sample)!.id
    const err: string[] = []
    const rows = rowsOf(csvFor(`?v=1&view=compare&pick=${real[0]},${sample}`, ds))
    const code = importSheet({ rows, note: 'export' }, 'export.csv', { dryRun: true }, { seedsRoot: join(dir, 'seeds'), today: '2026-12-08', out: () => {}, err: (s) => err.push(s) })
    expect(code).toBe(2)
    expect(err.join('\n')).toMatch(/row 3, sample: "true": a sample listing/)
  })
})

describe('explore -: the link from standard input', () => {
  it('reads the link (a final newline dropped) for the table, --json and --csv', () => {
    expect(capture(['-'], '?v=1&area=1000-\n').out).toContain('link: ?v=1&area=1000-')
    expect(JSON.parse(capture(['-', '--json'], ' ?v=1&area=1000-\r\n').out).count).toEqual(runQuery('?v=1&area=1000-', ds).count)
    expect(capture(['-', '--csv'], '?v=1&area=1000-').out).toBe(csvFor('?v=1&area=1000-', ds))
  })
  it.each([
    ['nothing', '', /standard input is empty/],
    ['white space', ' \n\t', /standard input is empty/],
    ['1 MB of text', 'x'.repeat(MAX_STDIN + 1), /more than a link can be/],
    ['a word', 'hello', /not a share link or query/],
  ])('refuses %s with exit 2', (_, stdin, message) => {
    const r = capture(['-'], stdin)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })
  it('linkFromStdin keeps the link whole', () => expect(linkFromStdin('https://x/?v=1&q=a%20b\n')).toBe('https://x/?v=1&q=a%20b'))
})

describe('table output shows control characters as escapes', () => {
  it.each([
    ['\u001b[2J', '\\x1b[2J'],
    ['a\rb\nc\td', 'a\\x0db\\x0ac\\x09d'],
    ['\u0000\u007f\u009b', '\\x00\\x7f\\x9b'],
    ['abc\u202egnp.exe', 'abc\\u{202e}gnp.exe'],
    ['名称 ok', '名称 ok'],
  ])('%j -> %s', (raw, shown) => expect(visible(raw)).toBe(shown))
  it('a link whose q= holds ESC[2J prints it as visible text, never the raw ESC', () => {
    const r = capture(['?v=1&q=%1b[2J&pick=%1b'])
    expect(r.code).toBe(0)
    expect(r.out).not.toContain('\u001b')
    expect(r.out).toContain('q=\\x1b[2J')
  })
  it('an unknown option holding ESC is named visibly', () => {
    const r = capture(['?v=1', '--\u001b[2J'])
    expect(r.err).toContain('--\\x1b[2J')
    expect(r.err).not.toContain('\u001b')
  })
})

describe('explore … | head', () => {
  it('exits quietly (code 0, nothing on stderr) when head closes the pipe after one line', () => {
    // The table is many writes: after head's exit the next one fails with EPIPE (a stack trace without the handler).
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${join(root, 'node_modules/.bin/tsx')}" scripts/explore.ts '?v=1' | head -1`], { cwd: root, encoding: 'utf8' })
    expect(r.stdout).toBe('link: ?v=1\n')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 30_000)
})
