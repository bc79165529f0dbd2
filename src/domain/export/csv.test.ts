import { describe, expect, it } from 'vitest'
import { exportIndices, exportTable, toCsv } from './csv.ts'
import type { Dataset, Listing } from '../types.ts'

const listing = (id: string, over: Partial<Listing> = {}): Listing => ({
  id, parkId: 'p', name: { zh: `名${id}`, en: `N ${id}` }, kind: 'factory', deal: ['rent'], ready: true, status: 'available',
  claims: [], sample: false, sources: [], driveMinutes: [12.345, null] as unknown as Listing['driveMinutes'], ...over,
})
const ds = (listings: Listing[]): Dataset => ({ hubs: [{ id: 'a' }, { id: 'b' }] as Dataset['hubs'], parks: [], listings })

describe('exportIndices', () => {
  const d = ds([listing('c'), listing('a'), listing('b')])
  it.each([
    [{ matches: [1, 1, 0], picks: [], compare: false }, [1, 0]],
    [{ matches: [1, 1, 1], picks: ['b', 'gone', 'c'], compare: true }, [2, 0]],
    [{ matches: [0, 0, 0], picks: ['a'], compare: false }, []],
  ])('%j -> %j', (sel, want) => expect(exportIndices(d, sel)).toEqual(want))
})

describe('exportTable cells, as the import reads them back', () => {
  it.each([
    [{ deal: ['rent', 'sale'] }, 'deal', 'both'],
    [{ deal: ['sale'] }, 'deal', 'sale'],
    [{ ready: false, completion: '2027-06' }, 'ready', '2027-06'],
    [{ ready: false }, 'ready', 'no'],
    [{ ready: true }, 'ready', 'yes'],
    [{ floorArea: { min: 1100, max: null } }, 'area_min', 1100],
    [{ floorArea: { min: 1100, max: null } }, 'area_max', null],
    [{ point: [121.2, 31.3] }, 'crs', 'wgs84'],
    [{}, 'crs', null],
    [{ parkId: '' }, 'park', null],
    [{ sources: [{ url: 'https://a.cn/x', doc: null, title: 'T  one', read: '2026-01-01' }, { url: null, doc: 'brochure.pdf', title: 'B', read: '2026-01-01' }] }, 'source', 'T one https://a.cn/x\nbrochure.pdf'],
    [{ sample: true }, 'sample', 'true'],
    [{}, 'dt_a', 12.3],
    [{}, 'dt_b', null],
  ] as [Partial<Listing>, string, unknown][])('%j: %s = %j', (over, column, want) => {
    const t = exportTable(ds([listing('x', over)]), [0], { lang: 'en' })
    expect(t.rows[0][t.header.indexOf(column)]).toEqual(want)
  })
  it('names the columns in Chinese for zh, dt_pin as 车程_pin', () => {
    const t = exportTable(ds([listing('x')]), [0], { lang: 'zh', pinMinutes: new Float32Array([Number.NaN]) })
    expect(t.header.slice(0, 3)).toEqual(['编号', '名称', '英文名称'])
    expect(t.header.slice(-4)).toEqual(['示例', '车程_a', '车程_b', '车程_pin'])
    expect(t.rows[0].at(-1)).toBeNull()
  })
})

describe('toCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    [1.5, '1.5'],
    [null, ''],
  ] as const)('%j -> %s', (cell, want) => expect(toCsv({ header: ['h'], rows: [[cell]] })).toBe(`\uFEFFh\r\n${want}\r\n`))
})
