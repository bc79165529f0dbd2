import { describe, expect, it } from 'vitest'
import { readRows, formatProblem, type SheetContext } from './rows.ts'
import { deriveListingId } from './ids.ts'
import type { Cell } from './cells.ts'

function createContext(over: Partial<SheetContext> = {}): SheetContext {
  return {
    parks: [
      { id: 'taicang-shida', name: { zh: '太仓事达产业园', en: 'Taicang Shida Industrial Park' }, point: [121.1, 31.4] },
      { id: 'kunshan-etdz', name: { zh: '昆山经济技术开发区', en: 'Kunshan Economic and Technological Development Zone' }, point: [120.99, 31.36] },
      { id: 'kunshan-hitech', name: { zh: '昆山高新技术产业开发区', en: 'Kunshan National Hi-tech Industrial Development Zone' }, point: [120.95, 31.39] },
    ],
    existing: new Map([['s-taicang-shida-1', { parkId: 'taicang-shida', sample: true }]]),
    removed: new Map([['old-1', '2026-12-01']]),
    today: '2026-12-07',
    ...over,
  }
}
const HEAD = ['name_zh', 'park', 'kind', 'area', 'deal', 'ready', 'lng', 'lat', 'crs']
const read = (rows: Cell[][], ctx = createContext()) => readRows([HEAD, ...rows], ctx)
const messages = (rows: Cell[][], ctx?: SheetContext) => read(rows, ctx).problems.map(formatProblem)

describe('readRows', () => {
  it('derives the id from park, name.zh and area, as DESIGN.md says', () => {
    const r = read([['厂房A', '事达产业园', '标准厂房', '1100起', '出租', '是']])
    expect(r.problems).toEqual([])
    expect(r.drafts[0].id).toBe(deriveListingId('taicang-shida', '厂房A', { min: 1100, max: null }, null))
    expect(r.drafts[0].id).toMatch(/^i-[0-9a-f]{10}$/)
  })

  it('hashes "" and the point rounded to 5 decimals for a listing in no park', () => {
    const a = read([['厂房A', '', 'factory', '1100', 'rent', 'yes', '121.1', '31.4', 'wgs84']]).drafts[0]
    const b = read([['厂房A', '', 'factory', '1100', 'rent', 'yes', '121.100001', '31.400001', 'wgs84']]).drafts[0]
    expect(a.parkId).toBeNull()
    expect(a.id).toBe(b.id)
    expect(a.id).toBe(deriveListingId(null, '厂房A', { min: 1100, max: 1100 }, [121.1, 31.4]))
  })

  it('converts GCJ-02 with gcoord and flags the point surveyed', () => {
    const d = read([['厂房A', 'taicang-shida', 'factory', '1100', 'rent', 'yes', '121.1', '31.4', 'gcj02']]).drafts[0]
    const [lng, lat] = d.patch.point as [number, number]
    expect(lng).toBeLessThan(121.1) // GCJ-02 lies ~450 m east of WGS-84 here
    expect(lat).toBeGreaterThan(31.4)
    expect(d.patch.precision).toBe('surveyed')
  })

  it.each<[string, Cell[], string]>([
    ['a bad number', ['厂房A', 'taicang-shida', 'factory', 'abc', 'rent', 'yes'], 'row 2, area: "abc" is not an area (e.g. 1100, 1100-3000, 1100起)'],
    ['an unknown park', ['厂房A', 'nowhere', 'factory', '1100', 'rent', 'yes'], 'row 2, park: "nowhere" is not a known park'],
    ['an ambiguous park', ['厂房A', '昆山', 'factory', '1100', 'rent', 'yes'], 'row 2, park: "昆山" fits more than one park: kunshan-etdz'],
    ['no park and no point', ['厂房A', '', 'factory', '1100', 'rent', 'yes'], 'row 2, park: the row names no park and has no coordinates'],
    ['lng/lat without crs', ['厂房A', '', 'factory', '1100', 'rent', 'yes', '121.1', '31.4', ''], 'row 2, crs: is required with lng/lat'],
    ['lng/lat swapped', ['厂房A', '', 'factory', '1100', 'rent', 'yes', '31.4', '121.1', 'wgs84'], 'row 2, lng: 31.4, lat 121.1 look swapped'],
    ['a point outside the area', ['厂房A', '', 'factory', '1100', 'rent', 'yes', '116.4', '39.9', 'wgs84'], 'row 2, lng: 116.4, lat 39.9 (wgs84) lies outside the area'],
    ['a negative area', ['厂房A', 'taicang-shida', 'factory', '-1100', 'rent', 'yes'], 'row 2, area: "-1100" must be greater than 0'],
  ])('refuses %s, naming row and column', (_, row, message) => {
    expect(messages([row]).join('\n')).toContain(message)
  })

  it('lists every problem of every row at once', () => {
    const m = messages([
      ['厂房A', 'nowhere', 'xx', 'abc', 'rent', 'yes'],
      ['厂房B', 'taicang-shida', 'factory', '1100', 'lease', 'maybe'],
    ])
    expect(m).toEqual([
      'row 2, park: "nowhere" is not a known park (give its id, Chinese or English name as in seeds/parks/)',
      'row 2, kind: "xx" is not one of factory, custom, warehouse, office, land, 标准厂房, 定制厂房, 仓库, 研发办公, 工业用地',
      'row 2, area: "abc" is not an area (e.g. 1100, 1100-3000, 1100起)',
      'row 3, deal: "lease" is not one of rent, sale, both, 出租, 出售, 可租可售',
      'row 3, ready: "maybe" is not yes, no, 是, 否 or a completion date (2027-06)',
    ])
  })

  it('names both rows that derive the same id, and keeps neither', () => {
    const r = read([
      ['厂房A', 'taicang-shida', 'factory', '1100', 'rent', 'yes'],
      ['其他', 'taicang-shida', 'factory', '2000', 'rent', 'yes'],
      ['厂房A', '太仓事达产业园', 'warehouse', '1100', 'sale', 'no'],
    ])
    expect(r.problems.map(formatProblem)).toEqual([expect.stringMatching(/^row 2: rows 2 and 4 derive the same id "i-[0-9a-f]{10}" \(same park, name_zh and area\)/)])
    expect(r.badRows).toEqual([2, 4])
    expect(r.drafts.map((d) => d.row)).toEqual([3])
  })

  it('refuses ids of sample listings and of listings taken off the market', () => {
    const r = readRows([['id', 'name_zh', 'park'], ['s-taicang-shida-1', 'x', 'taicang-shida'], ['old-1', 'y', 'taicang-shida']], createContext())
    expect(r.problems.map(formatProblem)).toEqual([
      'row 2, id: "s-taicang-shida-1" is a sample listing (invented, not an offer): a sheet cannot make it real; delete the row',
      'row 3, id: "old-1" was taken off the market on 2026-12-01 (seeds/removed.yaml) and ids are never reused: give the row a new id',
    ])
  })

  it('reads Chinese headers with units, ignores export-only columns and lists unknown ones', () => {
    const r = readRows(
      [
        ['名称', '园区', '类型', '面积', '租售', '现房', '租金(元/㎡/天)', '占地（亩）', 'sample', 'dt_anting', '备注'],
        ['厂房A', 'taicang-shida', '仓库', '5000', '出租', '否', '0.8', '', 'false', '12.5', 'x'],
      ],
      createContext(),
    )
    expect(r.problems).toEqual([])
    expect(r.unknownColumns).toEqual(['备注 (column K)'])
    expect(r.drafts[0].patch).toMatchObject({ kind: 'warehouse', rent: 0.8, landArea: undefined, ready: false })
  })

  it('refuses a sheet whose header names two columns alike, or none it knows', () => {
    expect(readRows([['name_zh', 'area', '面积']], createContext()).problems.map(formatProblem)).toEqual(['row 1, 面积: columns B and C both mean area'])
    expect(readRows([['foo', 'bar'], ['1', '2']], createContext()).problems.map(formatProblem)[0]).toContain('row 1: no name_zh/名称, name_en/英文名称 or id column')
  })

  it('refuses the sample rows of an export, whatever their id', () => {
    const r = readRows([['id', 'name_zh', 'park', 'sample'], ['s-gone-1', '示例厂房', 'taicang-shida', 'true'], ['x-1', '真厂房', 'taicang-shida', 'false']], createContext())
    expect(r.problems.map(formatProblem)).toEqual(['row 2, sample: "true": a sample listing (invented, not an offer) is not imported; delete the row'])
    expect(r.drafts.map((d) => d.id)).toEqual(['x-1'])
  })

  it('skips blank rows but keeps Excel row numbers', () => {
    const r = read([[], ['', '', ''], ['厂房A', 'nowhere', 'factory', '1100', 'rent', 'yes']])
    expect(r.problems.map((p) => p.row)).toEqual([4])
  })
})
