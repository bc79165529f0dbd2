/**
 * `npm run --silent data:import -- --ad FILE --write --park ID` end to end, through import.ts's dispatcher, on a
 * temporary copy of seeds/ (testWorkspace.ts): the listing written, the same advert again, data:build and explore
 * on the result, and adverts that must be refused with nothing written.
 */
import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deriveListingId } from '../../src/domain/import/ids.ts'
import { loadDataset } from './dataset.ts'
import { runQuery } from '../explore.ts'
import { buildInto, listings, runImportIn, snapshot, TODAY, useWorkspaces, type Workspace } from './testWorkspace.ts'

const createWorkspace = useWorkspaces()
// A real park in Taicang (data/parks.json); the seed advert names none, so the agent gives it.
const PARK = 'taicang-liuhe'
const SEED = '标准厂房1100平起 现房 嘉定安亭车程10分钟 欢迎来访考察 400-0123-021 或 133-91219-793'
const SEED_ID = deriveListingId(PARK, '标准厂房1100㎡起', { min: 1100, max: null }, null)

function write(ws: Workspace, text: string, ...flags: string[]) {
  const file = join(ws.dir, 'ads.txt')
  writeFileSync(file, text)
  return runImportIn(['--ad', file, ...flags], ws.seeds)
}
const find = (ws: Workspace, id: string) => listings(ws.seeds, PARK).find((l) => l.id === id)

describe('data:import --ad --write --park', { timeout: 60_000 }, () => {
  it('writes the seed advert as a listing with its claim, and data:build and explore take it', async () => {
    const ws = createWorkspace()
    const r = await write(ws, SEED, '--write', '--park', PARK)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain(`added    ${SEED_ID} (advert 1 ("标准厂房1100平起 现房 嘉定安亭车程10分钟…"), ${PARK})`)
    expect(r.out).toContain('says neither 出租 (rent) nor 出售 (sale): written as both')
    const source = { url: null, doc: 'ads.txt', title: `ads.txt, imported ${TODAY}`, read: TODAY }
    expect(find(ws, SEED_ID)).toEqual({
      id: SEED_ID,
      parkId: PARK,
      name: { zh: '标准厂房1100㎡起', en: 'Standard factory, from 1,100 m²' },
      kind: 'factory',
      deal: ['rent', 'sale'],
      floorArea: { min: 1100, max: null },
      ready: true,
      status: 'available',
      contact: { phone: '400-0123-021 / 133-91219-793' },
      claims: [{ hub: 'anting', minutes: 10, source: { ...source, title: `ads.txt, advert 1 ("标准厂房1100平起 现房 嘉定安亭车程10分钟…"), imported ${TODAY}` } }],
      precision: 'approximate',
      note: { zh: '广告未写明租或售，按可租可售导入（data:import --ad）。', en: 'The advert does not say rent or sale; imported as both (data:import --ad).' },
      sample: false,
      sources: [source],
    })
    const found = runQuery(`?v=1&listing=${SEED_ID}`, loadDataset(buildInto(ws)))
    const listing = found.listings.find((l) => l.id === SEED_ID)
    expect(listing).toMatchObject({ parkId: PARK, kind: 'factory', floorArea: { min: 1100, max: null }, claims: [{ hub: 'anting', minutes: 10 }] })
    expect(listing!.driveMinutes.anting).toBeGreaterThan(0)
  })

  it('the same advert again gives the same id and changes nothing; a changed price updates it, never duplicates', async () => {
    const ws = createWorkspace()
    expect((await write(ws, SEED, '--write', '--park', PARK)).code).toBe(0)
    const before = snapshot(ws.seeds)
    const again = await write(ws, SEED, '--write', '--park', PARK)
    expect(again.out).toContain('0 added, 0 updated, 0 removed, 1 unchanged')
    expect(snapshot(ws.seeds)).toEqual(before)

    const changed = await write(ws, '标准厂房1100平起出租 0.9元/平/天 现房 嘉定安亭车程12分钟 400-0123-021 或 133-91219-793', '--write', '--park', PARK)
    expect(changed.code).toBe(0)
    const fields = new RegExp(`^updated  ${SEED_ID} \\(advert 1 .*\\): (.*)$`, 'm').exec(changed.out)?.[1]
    expect(fields?.split(', ').sort()).toEqual(['claims', 'deal', 'note', 'rent'])
    expect(listings(ws.seeds, PARK).filter((l) => (l.name as { zh: string }).zh === '标准厂房1100㎡起')).toHaveLength(1)
    // The advert states the deal now: the note about an unstated deal goes; the claim takes the new minutes.
    expect(find(ws, SEED_ID)).toMatchObject({ deal: ['rent'], rent: 0.9, claims: [{ hub: 'anting', minutes: 12 }] })
    expect(find(ws, SEED_ID)!.note).toBeUndefined()
  })

  it('--json --write prints the read adverts and the ids written', async () => {
    const ws = createWorkspace()
    const r = await write(ws, `${SEED}\n---\n浏河 仓库出租 2000-5000平方米 0.8元/平/天 现房 近太仓港10分钟`, '--json', '--write', '--park', PARK)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(Object.keys(json)).toEqual(['listings', 'unparsed', 'ids'])
    expect(json.ids[0]).toBe(SEED_ID)
    expect(find(ws, json.ids[1])).toMatchObject({ name: { zh: '仓库2000-5000㎡', en: 'Warehouse, 2,000–5,000 m²' }, kind: 'warehouse', rent: 0.8, claims: [{ hub: 'taicang-port', minutes: 10 }] })
    expect(find(ws, json.ids[1])!.note).toBeUndefined()
  })

  it('--json --write refused: exit 2, the problems on stderr, nothing on stdout (no JSON to mistake for a success)', async () => {
    const ws = createWorkspace()
    const r = await write(ws, '仓库 现房', '--json', '--write', '--park', PARK)
    expect(r).toMatchObject({ code: 2, out: '' })
    expect(r.err).toContain('advert 1 ("仓库 现房"), floor area: no floor area found')
  })

  it('reads a hostile but readable advert (HTML, entities, emoji, a control character) as the plain one', async () => {
    const ws = createWorkspace()
    const r = await write(ws, '<p><b>标准厂房</b>1100平起&nbsp;现房 🏭\u0007</p>嘉定安亭车程10分钟 ☎ 400-0123-021', '--write', '--park', PARK)
    expect(r.code).toBe(0)
    expect(find(ws, SEED_ID)).toMatchObject({ kind: 'factory', floorArea: { min: 1100, max: null }, ready: true, claims: [{ hub: 'anting', minutes: 10 }] })
  })

  const HOSTILE: [string, string, string[], RegExp][] = [
    ['an unknown park id', SEED, ['--park', 'nowhere'], /--park nowhere: no such park in seeds\/parks\//],
    ['a park other than the one the advert names', '昆山德国工业园 独栋厂房出售 6800㎡ 现房', ['--park', PARK], /advert 1 \("昆山德国工业园 独栋厂房出售 6800m2 现房"\), park: names the park kunshan-zhangpu-german-park, not --park taicang-liuhe/],
    ['an advert without kind', '1100平起 现房 400-0123-021', ['--park', PARK], /advert 1 \("1100平起 现房 400-0123-021"\), kind: no kind found/],
    ['an advert without floor area', '标准厂房出租 现房', ['--park', PARK], /advert 1 \("标准厂房出租 现房"\), floor area: no floor area found/],
    ['land without its area in 亩', '工业用地出售 现房 50万元/亩', ['--park', PARK], /advert 1 .*, land: kind land \(工业用地\) but no land area/],
    ['an advert that says neither 现房 nor 期房', '标准厂房1100平起 出租', ['--park', PARK], /advert 1 \("标准厂房1100平起 出租"\), ready: says neither 现房/],
    ['a bad second advert (nothing of the first written either)', `${SEED}\n---\n仓库 现房`, ['--park', PARK], /^1 problem\(s\) in ads\.txt; nothing written:\n {2}advert 2 \("仓库 现房"\), floor area/],
    ['two adverts that give one listing', `${SEED}\n---\n标准厂房 1100平米起 现房 出租`, ['--park', PARK], new RegExp(`advert 2 \\("标准厂房 1100平米起 现房 出租"\\): gives the same listing as advert 1 .*id ${SEED_ID}`)],
    ['clear height above storey height (the import\'s own row check, named by advert)', '标准厂房1100平起 现房 层高8米 净高9米', ['--park', PARK], /advert 1 \("标准厂房1100平起 现房 层高8米 净高9米"\), clear_height: 9 m is above storey_height 8 m/],
    ['100 KB of noise', 'ab#$%^ 12 34 '.repeat(8000), ['--park', PARK], /advert 1 \("ab#\$%\^ 12 34 ab#\$%\^ 12 3…"\), kind: no kind found/],
    ['a file with no advert', '\n---\n  \n', ['--park', PARK], /no adverts in ads\.txt, nothing written/],
  ]
  it.each(HOSTILE)('refuses %s: exit 2, the advert and field named, nothing written', async (_what, text, flags, message) => {
    const ws = createWorkspace()
    const before = snapshot(ws.seeds)
    const r = await write(ws, text, '--write', ...flags)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
    expect(snapshot(ws.seeds)).toEqual(before)
  })

  it('refuses an advert whose listing id was taken off the market (ids are never reused)', async () => {
    const ws = createWorkspace()
    writeFileSync(join(ws.seeds, 'removed.yaml'), `- { id: ${SEED_ID}, date: "2026-01-05", reason: let }\n`)
    const before = snapshot(ws.seeds)
    const r = await write(ws, SEED, '--write', '--park', PARK)
    expect(r.code).toBe(2)
    expect(r.err).toContain(`advert 1 ("标准厂房1100平起 现房 嘉定安亭车程10分钟…"), id: "${SEED_ID}" was taken off the market on 2026-01-05`)
    expect(snapshot(ws.seeds)).toEqual(before)
  })
})
