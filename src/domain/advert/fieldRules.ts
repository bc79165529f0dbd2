/** Rules for prices, building specs, readiness and deal. Each reads one kind of phrase; see the tests for examples. */
import type { Deal } from '../types.ts'
import { NUM, PER_SQM, num, round } from './text.ts'
import type { AdvertListing, Rule, RuleState } from './types.ts'

type NumField = 'rent' | 'salePrice' | 'landPrice' | 'storeyHeight' | 'clearHeight' | 'floorLoad' | 'power' | 'crane'

/** Single-valued fields: the first figure wins; a repeat stays in `unparsed` (nothing is silently dropped). */
function setNum(s: RuleState, field: NumField, value: number, min: number, max: number): boolean {
  if (s.listing[field] !== null || !(value >= min && value <= max)) return false
  s.listing[field] = value
  return true
}

const PER = String.raw`\s?(?:/|每|per\s)\s?`
const YUAN = String.raw`(?:元|rmb|yuan|cny)`
const CURRENCY = String.raw`(?:(?:rmb|cny|¥)\s?)?`

/**
 * Day rates from monthly or yearly figures: a month is 365/12 days (the same year of 365 days as the cost of
 * occupancy in DESIGN.md), rounded to 0.001 元.
 */
export function rentPerDay(value: number, period: string): number {
  if (/^(?:月|month|mo)$/.test(period)) return round((value * 12) / 365, 3)
  if (/^(?:年|year|yr)$/.test(period)) return round(value / 365, 3)
  return value
}

function setRent(s: RuleState, value: number, period: string): boolean {
  const perDay = rentPerDay(value, period)
  // 0.05–20 元/㎡/天 brackets every factory, warehouse and office rent in the area (typically 0.6–1.5, DESIGN.md).
  if (!setNum(s, 'rent', perDay, 0.05, 20)) return false
  s.listing.rentConverted = perDay !== value || !/^(?:天|日|day)$/.test(period)
  return true
}

const PERIOD = String.raw`(天|日|月|年|day|month|year|yr|mo)(?![a-z])`
const RANGE_TO = String.raw`\s?(?:-|~|–|至|到)\s?`

export const PRICE_RULES: Rule[] = [
  {
    name: 'land-price',
    re: new RegExp(String.raw`(?:(?:地价|土地价格|土地单价|land price)\s?:?\s?)?${NUM}\s?(?:万|wan|10k)\s?${YUAN}?\s?(?:/|每|一|per\s)\s?(?:亩|mu(?![a-z]))`, 'g'),
    use: (m, s) => setNum(s, 'landPrice', num(m[1]!), 1, 5000),
  },
  {
    // A range ("0.8-1.2元/平/天") gives its lower bound, the price the advert starts from.
    name: 'rent',
    re: new RegExp(String.raw`(?:(?:租金|租价|rent)\s?:?\s?)?${CURRENCY}${NUM}(?:${RANGE_TO}${NUM})?\s?${YUAN}?${PER}${PER_SQM}\s?(?:/|每|·|\.|per\s)\s?${PERIOD}(?:\s?起)?`, 'g'),
    use: (m, s) => setRent(s, num(m[1]!), m[3]!),
  },
  {
    name: 'rent-period-first',
    re: new RegExp(String.raw`(?:(?:租金|租价|rent)\s?:?\s?)?${CURRENCY}${NUM}\s?${YUAN}?${PER}${PERIOD}\s?(?:/|·|\.)\s?${PER_SQM}(?:\s?起)?`, 'g'),
    use: (m, s) => setRent(s, num(m[1]!), m[2]!),
  },
  {
    // "月租金27元/平": the period is written before the figure.
    name: 'rent-labelled-period',
    re: new RegExp(String.raw`(日|月|年)租金?\s?:?\s?${NUM}\s?元?${PER}${PER_SQM}(?!\s?(?:/|每|·|per\s))(?:\s?起)?`, 'g'),
    use: (m, s) => setRent(s, num(m[2]!), m[1]!),
  },
  {
    // A price per ㎡ with no period is a sale price; below 100 元/㎡ it cannot be one, so it is not read (a day
    // rent written without "/天" is left to the reader rather than guessed).
    name: 'sale-price',
    re: new RegExp(String.raw`(?:(?:售价|单价|销售价格|价格|sale price|price)\s?:?\s?)?${CURRENCY}${NUM}(?:${RANGE_TO}${NUM})?\s?(万)?\s?${YUAN}?${PER}${PER_SQM}(?!\s?(?:/|每|·|per\s))(?:\s?起)?`, 'g'),
    use: (m, s) => setNum(s, 'salePrice', num(m[1]!) * (m[3] ? 10_000 : 1), 100, 200_000),
  },
  {
    name: 'sale-price-unit',
    re: new RegExp(String.raw`(?:售价|单价)\s?:?\s?${NUM}\s?(万)?\s?(?:元)?(?![\d./万亿])(?:\s?起)?`, 'g'),
    use: (m, s) => setNum(s, 'salePrice', num(m[1]!) * (m[2] ? 10_000 : 1), 100, 200_000),
  },
]

const FLOOR_NO = String.raw`(?:(?:首层|一层|一楼|底层|1f|1楼|ground floor)\s?)?`
const LOAD_LABEL = String.raw`(?:地面承重|楼面承重|楼面荷载|地面荷载|地坪承重|承重|荷载|floor load(?:ing)?|load(?:ing)?)`
const TONNE = String.raw`(吨|t|kg|公斤|千克)(?![a-z])`
const tonnes = (n: string, unit: string) => (/^(?:kg|公斤|千克)$/.test(unit) ? num(n) / 1000 : num(n))
const HEIGHT_LABEL = String.raw`(层高|净高|净空|檐高|檐口高度|clear height|ceiling height|clear|storey height|floor height|floor-to-floor height|eaves? height)`
const CRANE = String.raw`(?:行车|行吊|吊车|天车|桥吊|龙门吊|起重机|(?:overhead |bridge |gantry )?cranes?)`

function setHeight(s: RuleState, label: string, value: number): boolean {
  // 檐高 (eave height) is neither storey nor clear height: not read.
  if (/^(?:层高|storey height|floor height|floor-to-floor height)$/.test(label)) return setNum(s, 'storeyHeight', value, 2, 60)
  if (/^(?:净高|净空|clear height|ceiling height|clear)$/.test(label)) return setNum(s, 'clearHeight', value, 2, 60)
  return false
}

export const SPEC_RULES: Rule[] = [
  {
    name: 'floor-load',
    re: new RegExp(String.raw`${FLOOR_NO}${LOAD_LABEL}\s?:?\s?(?:约|达|为)?\s?${NUM}\s?${TONNE}(?:${PER}${PER_SQM})?`, 'g'),
    use: (m, s) => setNum(s, 'floorLoad', tonnes(m[1]!, m[2]!), 0.1, 50),
  },
  {
    name: 'floor-load-unit',
    re: new RegExp(String.raw`${FLOOR_NO}${NUM}\s?${TONNE}${PER}${PER_SQM}(?:\s?(?:的)?${LOAD_LABEL})?`, 'g'),
    use: (m, s) => setNum(s, 'floorLoad', tonnes(m[1]!, m[2]!), 0.1, 50),
  },
  {
    name: 'crane',
    re: new RegExp(String.raw`${NUM}\s?(?:吨|t|tons?|tonnes?)(?![a-z])\s?(?:的)?\s?${CRANE}`, 'g'),
    use: (m, s) => setNum(s, 'crane', num(m[1]!), 0.5, 500),
  },
  {
    name: 'crane-label-first',
    re: new RegExp(String.raw`${CRANE}\s?:?\s?${NUM}\s?(?:吨|t|tons?|tonnes?)(?![a-z])`, 'g'),
    use: (m, s) => setNum(s, 'crane', num(m[1]!), 0.5, 500),
  },
  {
    // kVA only: a kW figure needs a power factor to become kVA, which the advert does not give.
    name: 'power',
    re: new RegExp(String.raw`(?:(?:配电|电力|变压器|供电|电容量|用电|容量|power(?: supply)?|transformer)\s?:?\s?(?:约|达|为)?\s?)?${NUM}\s?(万)?\s?(?:kva|kv\.a|千伏安)(?![a-z])`, 'g'),
    use: (m, s) => setNum(s, 'power', num(m[1]!) * (m[2] ? 10_000 : 1), 1, 1_000_000),
  },
  {
    // A range ("层高8-10米") gives its lower bound: the height the whole space has.
    name: 'height',
    re: new RegExp(String.raw`${FLOOR_NO}${HEIGHT_LABEL}\s?:?\s?${FLOOR_NO}(?:约|达|高达|为)?\s?${NUM}(?:\s?(?:-|~|–|至|到)\s?${NUM})?\s?(?:米|m)(?![a-z0-9])`, 'g'),
    use: (m, s) => setHeight(s, m[1]!, num(m[2]!)),
  },
  {
    name: 'height-value-first',
    re: new RegExp(String.raw`${FLOOR_NO}${NUM}\s?(?:米|m)\s?(?:的)?\s?${HEIGHT_LABEL}`, 'g'),
    use: (m, s) => setHeight(s, m[2]!, num(m[1]!)),
  },
]

function setCompletion(s: RuleState, year: string, month: string | undefined): boolean {
  if (s.listing.completion !== null) return false
  if (month === undefined) s.listing.completion = year
  else {
    const mm = Number(month)
    if (!(mm >= 1 && mm <= 12)) return false
    s.listing.completion = `${year}-${String(mm).padStart(2, '0')}`
  }
  return true
}

function setReady(l: AdvertListing, ready: boolean): boolean {
  if (l.ready !== null && l.ready !== ready) return false
  l.ready = ready
  return true
}

const DONE = '(?:交付|竣工|交房|建成|完工|投用|投入使用)'
const YEAR_MONTH = String.raw`(20\d{2})\s?(?:年|[./-](?=\d))?\s?(?:(\d{1,2})(?![\d])\s?月?(?:份)?)?\s?(?:底|初|中|上半年|下半年)?`

export const READY_RULES: Rule[] = [
  {
    name: 'completion-date-first',
    re: new RegExp(String.raw`(?:预计|计划|将于|于)?\s?${YEAR_MONTH}\s?${DONE}`, 'g'),
    use: (m, s) => setCompletion(s, m[1]!, m[2]),
  },
  {
    name: 'completion-label-first',
    re: new RegExp(String.raw`${DONE}(?:时间|日期)?\s?:?\s?(?:预计|为|于)?\s?${YEAR_MONTH}`, 'g'),
    use: (m, s) => setCompletion(s, m[1]!, m[2]),
  },
  {
    name: 'completion-en',
    re: /(?<![a-z])(?:completion|delivery|completed?|ready|handover)\s?(?:date)?\s?(?:in|by|:|expected in|planned for)?\s?(?:q[1-4]\s?|end of\s|mid\s|early\s|late\s)?(20\d{2})(?:[-./](\d{1,2}))?(?![\d])/g,
    use: (m, s) => setCompletion(s, m[1]!, m[2]),
  },
  {
    name: 'ready',
    re: /(?<!准)现房|即租即用|拎包入驻|拎包入住|ready[- ]built|ready to move in|ready for occupancy|move-in ready|available now|(?<![a-z])ready(?![a-z])/g,
    use: (_m, s) => setReady(s.listing, true),
  },
  {
    name: 'not-ready',
    re: /期房|准现房|在建|建设中|施工中|under construction|off[- ]plan|being built/g,
    use: (_m, s) => setReady(s.listing, false),
  },
]

function addDeal(l: AdvertListing, deals: Deal[]): boolean {
  for (const d of deals) if (!l.deal.includes(d)) l.deal.push(d)
  l.deal.sort((a, b) => (a === b ? 0 : a === 'rent' ? -1 : 1))
  return true
}

export const DEAL_RULES: Rule[] = [
  {
    name: 'deal',
    re: /(可租可售|可售可租|租售均可|租售皆可|租售两便|出租出售|出售出租|租售|(?<![a-z])(?:for (?:rent|lease) or (?:sale|purchase)|for sale or (?:rent|lease)|(?:rent|lease) or (?:sale|buy))(?![a-z]))|(出租|招租|转租|租赁|(?<![a-z])(?:for rent|for lease|to let|to lease|lease|leasing|rental)(?![a-z]))|(出售|转让|出让|销售|整售|(?<![a-z])(?:for sale|sale|to sell)(?![a-z]))/g,
    use: (m, s) => addDeal(s.listing, m[1] ? ['rent', 'sale'] : m[2] ? ['rent'] : ['sale']),
  },
]
