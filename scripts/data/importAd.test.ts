import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAd } from './importAd.ts'

const dir = mkdtempSync(join(tmpdir(), 'importAd-'))
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

async function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runAd(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const SEED = '标准厂房1100平起 现房 嘉定安亭车程10分钟 欢迎来访考察 400-0123-021 或 133-91219-793'
const TWO = `${SEED}\n---\n昆山德国工业园 独栋厂房出售 建筑面积6800㎡ 占地12亩 4500元/㎡ 双回路\n`

/** The listing keys of DESIGN.md "CLI additions" (`--ad --json`), in its order. */
const KEYS = ['kind', 'floorArea', 'landArea', 'deal', 'rent', 'rentConverted', 'salePrice', 'landPrice', 'storeyHeight', 'clearHeight', 'floorLoad', 'power', 'crane', 'ready', 'completion', 'contact', 'park', 'town', 'claims']

describe('data:import --ad', () => {
  it('prints the contract shape with --json', async () => {
    const r = await run(['--ad', file('two.txt', TWO), '--json'])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    const json = JSON.parse(r.out)
    expect(Object.keys(json)).toEqual(['listings', 'unparsed'])
    expect(json.listings).toHaveLength(2)
    for (const l of json.listings) expect(Object.keys(l)).toEqual(KEYS)
    expect(json.listings[0]).toMatchObject({ kind: 'factory', floorArea: { min: 1100, max: null }, ready: true, contact: { phone: ['400-0123-021', '133-91219-793'] }, claims: [{ hub: 'anting', minutes: 10 }] })
    expect(json.listings[1]).toMatchObject({ deal: ['sale'], salePrice: 4500, landArea: { min: 12, max: 12 }, park: 'kunshan-zhangpu-german-park' })
    expect(json.unparsed).toEqual(['欢迎来访考察', '双回路'])
  })

  it('prints a readable table without --json', async () => {
    const r = await run(['--ad', file('seed.txt', SEED)])
    expect(r.code).toBe(0)
    expect(r.out).toContain('advert 1')
    expect(r.out).toMatch(/kind +factory/)
    expect(r.out).toMatch(/floor area +1100– m²/)
    expect(r.out).toMatch(/claims +anting 10 min/)
    expect(r.out).toMatch(/unparsed +欢迎来访考察/)
  })

  it('reads an empty file as no adverts', async () => {
    const r = await run(['--ad', file('empty.txt', '\n---\n'), '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toEqual({ listings: [], unparsed: [] })
  })

  it.each([
    ['a missing file', () => ['--ad', join(dir, 'nope.txt')], /cannot read .*nope\.txt: ENOENT/],
    ['a directory', () => ['--ad', dir], /is not a file/],
    ['a binary file', () => ['--ad', file('x.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))], /is not a text file/],
    ['--ad without FILE', () => ['--ad'], /--ad needs a FILE/],
    ['--ad followed by an option', () => ['--ad', '--json'], /--ad needs a FILE/],
    ['an unknown option', () => ['--ad', file('a.txt', SEED), '--yaml'], /unknown option --yaml/],
    ['a second file', () => ['--ad', file('b.txt', SEED), 'other.txt'], /unexpected argument "other.txt"/],
    ['--write without --park', () => ['--ad', file('c.txt', SEED), '--write'], /--write needs --park ID/],
    ['--park without --write', () => ['--ad', file('e.txt', SEED), '--park', 'taicang-shida'], /--park goes with --write/],
    ['--park without an id', () => ['--ad', file('d.txt', SEED), '--park'], /--park needs a park id/],
  ])('exits 2 naming %s', async (_what, args, message) => {
    const r = await run(args())
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(message)
  })
})
