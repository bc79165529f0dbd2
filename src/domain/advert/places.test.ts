import { describe, expect, it } from 'vitest'
import { parseAdvert } from './parseAdvert.ts'
import { buildContext, nameVariants, type ParkInput, type TownInput } from './places.ts'

/** A fresh context with two parks sharing a generic name and a few towns. */
function createContext() {
  const parks: ParkInput[] = [
    { id: 'kunshan-bonded-zone', name: { zh: '昆山综合保税区', en: 'Kunshan Comprehensive Bonded Zone' }, town: { zh: '昆山开发区', en: 'Kunshan Development Zone' } },
    { id: 'taicang-port-czbq', name: { zh: '太仓港综合保税区', en: 'Taicang Port Comprehensive Bonded Zone' }, town: { zh: '太仓港区', en: 'Taicang Port Area' } },
    { id: 'kunshan-zhangpu-german-park', name: { zh: '昆山德国工业园（中德（昆山）中小企业合作区）', en: 'Kunshan German Industrial Park (Sino-German SME Cooperation Zone, Kunshan)' }, town: { zh: '张浦镇', en: 'Zhangpu' } },
    { id: 'taicang-hidz', name: { zh: '太仓高新技术产业开发区', en: 'Taicang High-tech Industrial Development Zone' }, town: { zh: '太仓高新区(娄东街道)', en: 'Taicang High-tech Zone (Loudong Subdistrict)' } },
  ]
  const towns: TownInput[] = [
    { zh: '安亭镇', en: 'Anting', city: false },
    { zh: '浏河镇', en: 'Liuhe', city: false },
    { zh: '昆山', en: 'Kunshan', city: true },
    { zh: '太仓港区', en: 'Taicang Port Area', city: false },
  ]
  const py: Record<string, string> = { 浏河镇: 'liuhezhen', 太仓高新技术产业开发区: 'taicanggaoxinjishuchanyekaifaqu' }
  return buildContext(parks, towns, (zh) => (py[zh] ? [py[zh]] : []))
}

describe('name variants', () => {
  it.each([
    ['上海国际汽车城', ['上海国际汽车城', '国际汽车城']],
    ['昆山德国工业园（中德（昆山）中小企业合作区）', ['昆山德国工业园', '德国工业园']],
    ['Kunshan German Industrial Park (Sino-German SME Cooperation Zone, Kunshan)', ['kunshan german industrial park', 'sino-german sme cooperation zone, kunshan']],
  ])('%s → %j', (name, variants) => expect(nameVariants(name)).toEqual(variants))
})

describe('park and town named', () => {
  const context = createContext()
  it.each([
    ['昆山德国工业园 厂房出租', 'kunshan-zhangpu-german-park', null],
    ['德国工业园内独栋厂房', 'kunshan-zhangpu-german-park', null],
    ['Kunshan German Industrial Park, factory for lease', 'kunshan-zhangpu-german-park', null],
    ['太仓港综合保税区 仓库', 'taicang-port-czbq', null],
    ['综合保税区 仓库', null, null],
    ['太仓高新区 厂房', null, '太仓高新区'],
    ['taicanggaoxinjishuchanyekaifaqu factory', 'taicang-hidz', null],
    ['浏河镇厂房', null, '浏河镇'],
    ['浏河 厂房', null, '浏河镇'],
    ['Factory in Liuhe', null, '浏河镇'],
    ['liuhezhen factory', null, '浏河镇'],
    ['Liuheng Road', null, null],
    ['昆山 浏河 厂房', null, '浏河镇'],
    ['昆山厂房', null, '昆山'],
    ['嘉定安亭车程10分钟', null, null],
  ])('%s → park %s, town %s', (text, park, town) => {
    const l = parseAdvert(text, context).listing
    expect(l.park).toBe(park)
    expect(l.town).toBe(town)
  })

  it('adds a park town that the basemap lacks', () => expect(context.towns.map((t) => t.id)).toContain('太仓高新区'))

  it('drops a name two parks share', () => {
    for (const p of context.parks) expect(p.names).not.toContain('综合保税区')
  })
})
