import { describe, expect, it } from 'vitest'
import { advertRows } from './advertRows.ts'
import { checkSheet } from './device.ts'
import { parseAdvert } from '../advert/parseAdvert.ts'
import { buildContext } from '../advert/places.ts'

const parks = [{ id: 'taicang-shida', name: { zh: '太仓事达产业园', en: 'Taicang Shida Industrial Park' }, town: { zh: '浏河镇', en: 'Liuhe' }, point: [121.1, 31.4] as [number, number] }]
const ctx = { parks, published: new Set<string>(), removed: new Map<string, string>(), today: '2026-12-07', sheetName: 'adverts' }

describe('advertRows', () => {
  it.each([
    ['太仓事达产业园 标准厂房出租 1100平起 租金0.9元/平/天 现房 电话13800000000', { kind: 'factory', min: 1100 }],
    ['事达产业园 仓库 2000平米 出租 现房', { kind: 'warehouse', min: 2000 }],
  ])('%s: checked like a sheet row, the name asked for at its cell', (text, want) => {
    const rows = advertRows([parseAdvert(text, buildContext(parks, []))])
    expect(rows[1][2]).toBe(want.kind)
    expect(rows[1][3]).toBe(want.min)
    const r = checkSheet(rows, ctx)
    expect(r.problems.map((p) => p.column)).toContain('name_zh')
    rows[1][0] = '厂房甲'
    expect(checkSheet(rows, ctx).problems).toEqual([])
  })

  it('an advert with nothing readable gives a row the check refuses, not a listing', () => {
    const rows = advertRows([parseAdvert('你好', buildContext(parks, []))])
    expect(checkSheet(rows, ctx).records).toEqual([])
  })
})
