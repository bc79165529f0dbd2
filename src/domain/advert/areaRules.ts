/**
 * Floor and land area. Floor area in m² ("1100平起" = from 1,100 up, open; "2000-5000平方米"; "6800㎡"; "3万方"),
 * land in 亩 ("占地12亩"; "8000平方米土地" → 亩 through units.ts). Nobody measures floor area in 亩 (DESIGN.md), so
 * any 亩 figure is land.
 */
import type { Range } from '../types.ts'
import { m2ToMu } from '../units.ts'
import { NUM, SQM, num, round } from './text.ts'
import type { Rule, RuleState } from './types.ts'

const TO = String.raw`\s?(?:-|~|–|—|至|到|to)\s?`
const WAN = '(万)?'
const FLOOR_PREFIX = String.raw`(?:(?:(?:建筑|厂房|使用|可租|可售|出租|出售|单层|每层|标准层|产证|单套)?面积|(?:building|floor) area|gfa)\s?:?\s?(?:约|共|为|approx\.?)?\s?)?`
const LAND_LABEL = String.raw`(?:占地面积|占地|用地面积|土地面积|land area|site area|plot area)`

const area = (n: string, wan: string | undefined) => num(n) * (wan ? 10_000 : 1)

/**
 * A size preceded by 总/共/合计/total is the whole project (totalFloorArea), which the --ad shape has no field
 * for: it is left for `unparsed` rather than read as the unit size offered.
 */
function isTotal(s: RuleState, m: RegExpExecArray): boolean {
  return /(?:总|共|合计|总计|total|overall)\s?(?:建筑)?\s?(?:面积)?\s?:?\s?(?:约)?\s?$/.test(s.lower.slice(Math.max(0, m.index - 8), m.index)) || /^(?:总|total)/.test(m[0])
}

/** Ancillary space (宿舍面积, 配套面积, 食堂…) is not the unit offered: left for `unparsed`. */
const isAncillary = (s: RuleState, m: RegExpExecArray) => /(?:宿舍|配套|食堂|附属)楼?(?:面积)?\s?:?\s?$/.test(s.lower.slice(Math.max(0, m.index - 8), m.index))

/**
 * A second size in one advert widens the range ("单层2000平，双层4000平" → 2000–4000): the smaller of the
 * lower bounds, the larger of the upper ones, an open bound staying open.
 */
function widen(cur: Range | null, r: Range): Range {
  if (!cur) return r
  const min = cur.min === null || r.min === null ? null : Math.min(cur.min, r.min)
  const max = cur.max === null || r.max === null ? null : Math.max(cur.max, r.max)
  return { min, max }
}

const sane = (r: Range, limit: number) => [r.min, r.max].every((x) => x === null || (x > 0 && x <= limit)) && (r.min === null || r.max === null || r.min <= r.max)

function setFloor(s: RuleState, m: RegExpExecArray, r: Range): boolean {
  if (isTotal(s, m) || isAncillary(s, m) || !sane(r, 5_000_000)) return false
  s.listing.floorArea = widen(s.listing.floorArea, r)
  return true
}

function setLand(s: RuleState, r: Range): boolean {
  if (!sane(r, 100_000)) return false
  s.listing.landArea = widen(s.listing.landArea, r)
  return true
}

const mu = (m2: number) => round(m2ToMu(m2), 2)

export const LAND_RULES: Rule[] = [
  {
    name: 'land-mu',
    re: new RegExp(String.raw`(?:(?:${LAND_LABEL}|土地|用地|land)\s?:?\s?(?:约|共)?\s?)?${NUM}(?:${TO}${NUM})?\s?(?:亩|mu(?![a-z]))(?:\s?(起|以上|\+))?`, 'g'),
    use: (m, s) => {
      const a = num(m[1]!)
      if (m[2]) return setLand(s, { min: a, max: num(m[2]) })
      return setLand(s, m[3] ? { min: a, max: null } : { min: a, max: a })
    },
  },
  {
    name: 'land-m2-labelled',
    re: new RegExp(String.raw`${LAND_LABEL}\s?:?\s?(?:约|共)?\s?${NUM}\s?${WAN}\s?${SQM}`, 'g'),
    use: (m, s) => {
      const a = mu(area(m[1]!, m[2]))
      return setLand(s, { min: a, max: a })
    },
  },
  {
    name: 'land-m2-of-land',
    re: new RegExp(String.raw`${NUM}\s?${WAN}\s?${SQM}(?=\s?(?:的)?\s?(?:工业)?(?:土地|用地|地块)(?!\s?:?\s?\d)|\s?of (?:industrial )?land)`, 'g'),
    use: (m, s) => {
      const a = mu(area(m[1]!, m[2]))
      return setLand(s, { min: a, max: a })
    },
  },
]

export const FLOOR_RULES: Rule[] = [
  {
    name: 'floor-range',
    re: new RegExp(String.raw`${FLOOR_PREFIX}${NUM}\s?${WAN}\s?(?:${SQM})?${TO}${NUM}\s?${WAN}\s?${SQM}(?:\s?(?:左右|不等|可分割|可分))?`, 'g'),
    use: (m, s) => {
      // "1-3万平" means 10,000–30,000: the 万 of the upper bound applies to a lower bound written without it.
      const both = !m[2] && m[4] && num(m[1]!) <= num(m[3]!)
      return setFloor(s, m, { min: area(m[1]!, both ? '万' : m[2]), max: area(m[3]!, m[4]) })
    },
  },
  {
    name: 'floor-from',
    re: new RegExp(String.raw`${FLOOR_PREFIX}${NUM}\s?${WAN}\s?(?:余|多)?\s?${SQM}\s?(起租|起售|起分|起|及以上|以上|\+|and above|or more|upwards)`, 'g'),
    use: (m, s) => {
      if (m[3] === '起租' && !s.listing.deal.includes('rent')) s.listing.deal.push('rent')
      if (m[3] === '起售' && !s.listing.deal.includes('sale')) s.listing.deal.push('sale')
      return setFloor(s, m, { min: area(m[1]!, m[2]), max: null })
    },
  },
  {
    name: 'floor-from-en',
    re: new RegExp(String.raw`(?<![a-z])(?:from|min\.?|minimum|at least|over)\s?${NUM}\s?${SQM}`, 'g'),
    use: (m, s) => setFloor(s, m, { min: num(m[1]!), max: null }),
  },
  {
    name: 'floor-up-to',
    re: new RegExp(String.raw`(?:(?<![a-z])(?:up to|max\.?|maximum)\s?|最大)${NUM}\s?${WAN}\s?${SQM}`, 'g'),
    use: (m, s) => setFloor(s, m, { min: null, max: area(m[1]!, m[2]) }),
  },
  {
    name: 'floor-exact',
    re: new RegExp(String.raw`${FLOOR_PREFIX}${NUM}\s?${WAN}\s?(?:余|多)?\s?${SQM}(?:\s?左右)?`, 'g'),
    use: (m, s) => {
      const a = area(m[1]!, m[2])
      return setFloor(s, m, { min: a, max: a })
    },
  },
]
