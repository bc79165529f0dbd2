/** The import CLI end to end, on a temporary copy of seeds/ (never the project's own). */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { parse as parseYaml } from 'yaml'
import { loadDataset } from './dataset.ts'
import { runQuery } from '../explore.ts'
import { buildInto, listings, projectRoot as root, runImportIn as run, snapshot, TODAY, useWorkspaces } from './testWorkspace.ts'

const createWorkspace = useWorkspaces()
const csv = (dir: string, name: string, rows: unknown[][]) => {
  const path = join(dir, name)
  writeFileSync(path, '\uFEFF' + Papa.unparse(rows as string[][]))
  return path
}
const HEAD = ['name_zh', 'name_en', 'park', 'kind', 'area', 'deal', 'rent', 'ready', 'phone', 'lng', 'lat', 'crs', 'as_of']
const ROW = ['导入测试厂房', 'Import test factory', 'taicang-shida', '标准厂房', '2000-4000', '出租', '0.9', '是', '0512-0000', '', '', '', '2026-12-01']

/** GBK bytes as Chinese Excel saves them. Node decodes GBK but cannot encode it: build the table by decoding. */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>()
  const dec = new TextDecoder('gbk')
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = dec.decode(new Uint8Array([a, b]))
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b])
    }
  const bytes: number[] = []
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0))
    else if (table.has(ch)) bytes.push(...table.get(ch)!)
    else throw new Error(`no GBK code for ${ch}`)
  }
  return Uint8Array.from(bytes)
}

describe('data:import', { timeout: 30_000 }, () => {
  it.each(['en.csv', 'zh.csv', 'en.xlsx', 'zh.xlsx'])('imports the template docs/listings-template.%s', async (suffix) => {
    const { seeds } = createWorkspace()
    const r = await run([join(root, 'docs', `listings-template.${suffix}`)], seeds)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/0 added, [01] updated, 0 removed/)
    expect(listings(seeds, 'taicang-shida').find((l) => l.id === 'shida-std-1100')).toMatchObject({ floorArea: { min: 1100, max: null }, deal: ['rent', 'sale'], ready: true })
  })

  it('adds a row, writes a real listing sourced by the sheet, and a second import changes nothing', async () => {
    const { dir, seeds } = createWorkspace()
    const file = csv(dir, 'agent.csv', [HEAD, ROW])
    const first = await run([file], seeds)
    expect(first.code).toBe(0)
    const added = listings(seeds, 'taicang-shida').find((l) => (l.name as { zh: string }).zh === '导入测试厂房')
    expect(added).toMatchObject({ id: expect.stringMatching(/^i-[0-9a-f]{10}$/), sample: false, rent: 0.9, floorArea: { min: 2000, max: 4000 }, sources: [{ doc: 'agent.csv', title: `agent.csv, imported ${TODAY}` }] })
    const before = snapshot(seeds)
    const again = await run([file], seeds)
    expect(again.out).toContain('0 added, 0 updated, 0 removed, 1 unchanged')
    expect(snapshot(seeds)).toEqual(before)
  })

  it('a changed cell changes that field only', async () => {
    const { dir, seeds } = createWorkspace()
    await run([csv(dir, 'a.csv', [HEAD, ROW])], seeds)
    const before = listings(seeds, 'taicang-shida')
    const id = before.find((l) => (l.name as { zh: string }).zh === '导入测试厂房')!.id
    const r = await run([csv(dir, 'a.csv', [['id', ...HEAD], [id, ...ROW.map((c) => (c === '0.9' ? '1.05' : c))]])], seeds)
    expect(r.out).toContain(`updated  ${id} (row 2, taicang-shida): rent`)
    const after = listings(seeds, 'taicang-shida')
    expect(after).toEqual(before.map((l) => (l.id === id ? { ...l, rent: 1.05 } : l)))
  })

  it('a bad row exits 2 naming row and column, lists every problem, and writes nothing', async () => {
    const { dir, seeds } = createWorkspace()
    const before = snapshot(seeds)
    const bad = [...ROW]
    bad[HEAD.indexOf('area')] = 'abc'
    const r = await run([csv(dir, 'bad.csv', [HEAD, ROW, ROW.map((c) => c.replace('导入测试厂房', '另一厂房')), bad])], seeds)
    expect(r.code).toBe(2)
    expect(r.err).toContain('row 4, area: "abc" is not an area (e.g. 1100, 1100-3000, 1100起)')
    expect(r.err).toContain('nothing written')
    expect(snapshot(seeds)).toEqual(before)
  })

  it('--skip-bad imports the good rows and lists those skipped', async () => {
    const { dir, seeds } = createWorkspace()
    const bad = [...ROW]
    bad[HEAD.indexOf('rent')] = '-3'
    const r = await run([csv(dir, 'bad.csv', [HEAD, ROW, bad.map((c) => c.replace('导入测试厂房', '坏行'))]), '--skip-bad'], seeds)
    expect(r.code).toBe(0)
    expect(r.out).toContain('skipped 1 row(s):\n  row 3, rent: "-3" must be greater than 0')
    expect(r.out).toContain('1 added')
  })

  it('names both rows that derive the same id and writes nothing', async () => {
    const { dir, seeds } = createWorkspace()
    const before = snapshot(seeds)
    const r = await run([csv(dir, 'dup.csv', [HEAD, ROW, ROW])], seeds)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/row 2: rows 2 and 3 derive the same id "i-[0-9a-f]{10}"/)
    expect(snapshot(seeds)).toEqual(before)
  })

  it('reads a GBK-encoded CSV, as Chinese Excel saves it', async () => {
    const { dir, seeds } = createWorkspace()
    const text = [HEAD, ROW].map((r) => r.join(',')).join('\r\n')
    writeFileSync(join(dir, 'gbk.csv'), encodeGbk(text))
    const r = await run([join(dir, 'gbk.csv'), '--dry-run'], seeds)
    expect(r.out).toContain('gbk.csv: read as GBK (converted to UTF-8)')
    expect(r.out).toContain('1 added')
  })

  it('refuses bytes that are neither UTF-8 nor GBK, saying how to save as UTF-8', async () => {
    const { dir, seeds } = createWorkspace()
    writeFileSync(join(dir, 'bin.csv'), Uint8Array.from([0x6e, 0x61, 0xff, 0xff, 0x80, 0x0a]))
    const r = await run([join(dir, 'bin.csv')], seeds)
    expect(r.code).toBe(2)
    expect(r.err).toContain('CSV UTF-8')
  })

  it('--replace moves the park’s other real listings to seeds/removed.yaml', async () => {
    const { dir, seeds } = createWorkspace()
    const realBefore = listings(seeds, 'taicang-shida').filter((l) => l.sample === false).map((l) => l.id)
    expect(realBefore.length).toBeGreaterThan(0)
    const r = await run([csv(dir, 'only.csv', [HEAD, ROW]), '--replace'], seeds)
    expect(r.code).toBe(0)
    const removed = parseYaml(readFileSync(join(seeds, 'removed.yaml'), 'utf8')) as { id: string; date: string; reason: string }[]
    expect(removed).toEqual(expect.arrayContaining(realBefore.map((id) => ({ id, date: TODAY, reason: 'not in only.csv (data:import --replace)' }))))
    const after = listings(seeds, 'taicang-shida')
    expect(after.filter((l) => l.sample === false).map((l) => (l.name as { zh: string }).zh)).toEqual(['导入测试厂房'])
    expect(after.some((l) => l.sample === true)).toBe(true)
  })

  it('--park is the park of rows that name none; an unknown --park is refused', async () => {
    const { dir, seeds } = createWorkspace()
    const noPark = HEAD.filter((h) => h !== 'park')
    const file = csv(dir, 'p.csv', [noPark, ROW.filter((_, i) => HEAD[i] !== 'park')])
    expect((await run([file, '--park', 'kunshan-etdz'], seeds)).out).toMatch(/added {4}i-[0-9a-f]{10} \(row 2, kunshan-etdz\)/)
    const r = await run([file, '--park', 'nowhere'], seeds)
    expect(r.code).toBe(2)
    expect(r.err).toContain('--park nowhere: no such park')
  })

  it('--dry-run prints what would change and writes nothing', async () => {
    const { dir, seeds } = createWorkspace()
    const before = snapshot(seeds)
    const r = await run([csv(dir, 'a.csv', [HEAD, ROW]), '--dry-run'], seeds)
    expect(r.out).toMatch(/added {4}i-[0-9a-f]{10} \(row 2, taicang-shida\)/)
    expect(r.out).toContain('(dry run: nothing written)')
    expect(snapshot(seeds)).toEqual(before)
  })

  it('--drop-samples removes every sample listing and nothing else', async () => {
    const { seeds } = createWorkspace()
    const real = (s: string) => readdirSync(join(s, 'listings')).flatMap((f) => listings(s, f.replace('.yaml', ''))).filter((l) => l.sample === false)
    const realBefore = real(seeds)
    const r = await run(['--drop-samples'], seeds)
    expect(r.out).toMatch(/^dropped \d+ sample listing\(s\)/)
    const all = readdirSync(join(seeds, 'listings')).flatMap((f) => listings(seeds, f.replace('.yaml', '')) ?? [])
    expect(all.every((l) => l.sample === false)).toBe(true)
    expect(real(seeds)).toEqual(realBefore)
  })

  it('after import and data:build, explore finds the new listing with drive minutes', async () => {
    const ws = createWorkspace()
    expect((await run([csv(ws.dir, 'a.csv', [HEAD, ROW])], ws.seeds)).code).toBe(0)
    const result = runQuery('?v=1&q=导入测试厂房', loadDataset(buildInto(ws)))
    expect(result.listings).toHaveLength(1)
    expect(result.listings[0]).toMatchObject({ parkId: 'taicang-shida', sample: false, floorArea: { min: 2000, max: 4000 } })
    expect(result.listings[0].driveMinutes.anting).toBeGreaterThan(0)
  }, 60_000)
})
