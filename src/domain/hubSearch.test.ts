import { describe, expect, it } from 'vitest'
import { hubsNamed } from './hubSearch.ts'
import type { Hub } from './types.ts'

function createHub(id: string, zh: string, en: string): Hub {
  return { id, name: { zh, en }, kind: 'rail', point: [121.3, 31.2], precision: 'surveyed', sources: [] }
}
const HUBS = [
  createHub('hongqiao', '虹桥综合交通枢纽(上海虹桥站)', 'Hongqiao Transport Hub (Shanghai Hongqiao Station)'),
  createHub('kunshan-centre', '昆山市中心', 'Kunshan city centre'),
  createHub('kunshan-south', '昆山南站', 'Kunshan South Railway Station'),
]

describe('hubsNamed', () => {
  it.each([
    ['Hongqiao', ['hongqiao']],
    ['hongqiao', ['hongqiao']],
    ['  HONGQIAO ', ['hongqiao']],
    ['虹桥', ['hongqiao']],
    ['Ｈｏｎｇｑｉａｏ', ['hongqiao']],
    ['kunshan', ['kunshan-centre', 'kunshan-south']],
    ['昆山南', ['kunshan-south']],
  ])('%j names %j', (q, ids) => {
    expect(hubsNamed(HUBS, q).map((h) => h.id)).toEqual(ids)
  })

  it.each(['', ' ', 'k', '虹', '安亭', 'Anting', '<script>', '.*'])('%j names no hub', (q) => {
    expect(hubsNamed(HUBS, q)).toEqual([])
  })
})
