import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { checkSheet, deviceListing, ensureColumn, problemColumn, recordCells, SHEET_HEADER, type DeviceContext } from './device.ts'
import { seedYaml, seedYamlBlocks } from './seedYaml.ts'
import { readRows } from './rows.ts'
import type { Cell } from './cells.ts'

const ctx: DeviceContext = {
  parks: [
    { id: 'taicang-shida', name: { zh: '太仓事达产业园', en: 'Taicang Shida Industrial Park' }, point: [121.1, 31.4] },
    { id: 'kunshan-etdz', name: { zh: '昆山经济技术开发区', en: 'Kunshan ETDZ' }, point: [120.99, 31.36] },
  ],
  published: new Set(['real-1']),
  removed: new Map([['old-1', '2026-12-01']]),
  today: '2026-12-07',
  sheetName: 'mine.csv',
}
const HEAD = ['name_zh', '园区', '类型', 'area', 'deal', 'ready', 'id']
const check = (rows: Cell[][]) => checkSheet([HEAD, ...rows], ctx)

describe('checkSheet', () => {
  it('keeps valid rows as the records data:import writes, with the ids the CLI derives', () => {
    const r = check([['厂房A', '事达产业园', '标准厂房', '1100起', '出租', '是', null]])
    expect(r.problems).toEqual([])
    const cli = readRows([HEAD, ['厂房A', '事达产业园', '标准厂房', '1100起', '出租', '是', null]], { ...ctx, existing: new Map() })
    expect(r.records[0].record.id).toBe(cli.drafts[0].id)
    expect(r.records[0].record).toMatchObject({ parkId: 'taicang-shida', kind: 'factory', status: 'available', precision: 'approximate', sample: false })
    expect(r.records[0].record.sources).toEqual([{ url: null, doc: 'mine.csv', title: 'mine.csv, imported 2026-12-07', read: '2026-12-07' }])
  })

  it.each([
    ['a bad area, named at its cell', ['厂房A', '事达产业园', '标准厂房', 'abc', '出租', '是', null], 'area', /abc/],
    ['no park and no coordinates', ['厂房A', null, '标准厂房', '1000', '出租', '是', null], '园区', /names no park/],
    ['an unknown park', ['厂房A', '月球园', '标准厂房', '1000', '出租', '是', null], '园区', /not a known park/],
    ['a published id (changed with data:import only)', ['厂房A', '事达产业园', '标准厂房', '1000', '出租', '是', 'real-1'], null, /published listing/],
    ['a removed id, never reused', ['厂房A', '事达产业园', '标准厂房', '1000', '出租', '是', 'old-1'], 'id', /taken off the market/],
    ['a missing kind (applyDraft rule)', ['厂房A', '事达产业园', null, '1000', '出租', '是', null], 'kind', /is empty/],
    ['a formula typed as text', ['=HYPERLINK("x")', '事达产业园', '标准厂房', '1000', '出租', '是', null], 'name_zh', /formula/],
  ])('refuses %s, with the problem at its column', (_, row, column, message) => {
    const r = check([row as Cell[]])
    expect(r.records).toEqual([])
    expect(r.problems.some((p) => p.row === 2 && p.column === column && message.test(p.message))).toBe(true)
  })
})

describe('listings in no park (the CLI writes them to seeds/listings/_no-park.yaml)', () => {
  const HEAD_XY = ['name_zh', 'park', 'kind', 'area', 'deal', 'ready', 'lng', 'lat', 'crs']
  const noPark = (lng: Cell, lat: Cell, crs: Cell = 'wgs84') => checkSheet([HEAD_XY, ['独立厂房', null, 'factory', '800', 'rent', 'yes', lng, lat, crs]], ctx)

  it('a row with its own point and no park is kept, with no parkId, at its point, as the CLI reads it', () => {
    const r = noPark(121.2, 31.35)
    expect(r.problems).toEqual([])
    const rec = r.records[0].record
    expect(rec.parkId).toBeUndefined()
    expect(rec).toMatchObject({ point: [121.2, 31.35], precision: 'surveyed' })
    const cli = readRows([HEAD_XY, ['独立厂房', null, 'factory', '800', 'rent', 'yes', 121.2, 31.35, 'wgs84']], { ...ctx, existing: new Map() })
    expect(cli.drafts[0]).toMatchObject({ id: rec.id, parkId: null })
    const l = deviceListing(rec, ctx.parks, [5, 6])
    expect('parkId' in l).toBe(false)
    expect(l.point).toEqual([121.2, 31.35])
    expect([...seedYamlBlocks(seedYaml([rec])).keys()]).toEqual(['_no-park'])
  })

  it.each([
    ['no coordinates either', null, null, 'park', /names no park and has no coordinates/],
    ['a point outside the area', 122.5, 31.3, 'lng', /outside the area/],
    ['lng without lat', 121.2, null, 'lat', /is empty but lng is given/],
    ['coordinates without crs', 121.2, 31.35, 'crs', /required with lng\/lat/],
  ])('refuses %s, named at its cell', (_, lng, lat, column, message) => {
    const r = noPark(lng, lat, column === 'crs' ? null : 'wgs84')
    expect(r.records).toEqual([])
    expect(r.problems.some((p) => p.row === 2 && p.column === column && message.test(p.message))).toBe(true)
  })
})

describe('problemColumn and ensureColumn', () => {
  it.each([
    [{ row: 2, column: 'area', message: '' }, 3],
    [{ row: 2, column: 'kind', message: '' }, 2], // applyDraft names the key, the sheet says 类型
    [{ row: 2, column: null, message: '' }, -1],
  ])('%o is at column %i', (p, index) => expect(problemColumn(HEAD, p)).toBe(index))

  it('adds a park column only when the sheet has none', () => {
    const rows: Cell[][] = [['name_zh'], ['x']]
    expect(ensureColumn(rows, 'park')).toBe(1)
    expect(rows[0]).toEqual(['name_zh', 'park'])
    expect(ensureColumn([HEAD.slice()], 'park')).toBe(1)
  })
})

describe('device listings and exports', () => {
  const rec = check([['厂房A', '事达产业园', '标准厂房', '1100-2000', '可租可售', '是', null]]).records[0].record

  it('reports the rows checked, ending with all of them', () => {
    const seen: [number, number][] = []
    const rows = Array.from({ length: 600 }, (_, i): Cell[] => [`厂房${i}`, '事达产业园', '标准厂房', String(1000 + i), '出租', '是', null])
    checkSheet([HEAD, ...rows], ctx, (done, total) => seen.push([done, total]))
    expect(seen).toEqual([[250, 600], [500, 600]])
  })

  it('a kept record becomes a listing at its park, marked as this device', () => {
    const l = deviceListing(rec, ctx.parks, [12.3, null])
    expect(l).toMatchObject({ id: rec.id, parkId: 'taicang-shida', point: [121.1, 31.4], device: true, sample: false, claims: [], driveMinutes: [12.3, null] })
  })

  it('the XLSX rows read back to the same record and id', () => {
    const again = checkSheet([[...SHEET_HEADER], recordCells(rec)], ctx)
    expect(again.problems).toEqual([])
    expect(again.records[0].record).toEqual(rec)
  })

  it('the seed YAML has one block per park file and parses back to the records', () => {
    const other = check([['仓库B', '昆山经济技术开发区', '仓库', '500', '出租', '否', null]]).records[0].record
    const text = seedYaml([rec, other])
    expect(parse(text)).toEqual([other, rec])
    const blocks = seedYamlBlocks(text)
    expect([...blocks.keys()]).toEqual(['kunshan-etdz', 'taicang-shida'])
    expect(parse(blocks.get('taicang-shida')!)).toEqual([rec])
    expect(parse(seedYaml([]))).toEqual([])
  })
})
