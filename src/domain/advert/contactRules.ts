/** Rules for phones, contact names and advertised drive times (claims). */
import { hubAlternation, hubOf } from './hubAliases.ts'
import { cnNumber, round } from './text.ts'
import type { Rule, RuleState } from './types.ts'

const PHONE_PREFIX = String.raw`(?:(?:联系电话|咨询电话|招商热线|招商电话|电话|手机|热线|tel|phone|mobile|call)\s?[:.]?\s?)?`

function addPhone(s: RuleState, m: RegExpExecArray, group: number): boolean {
  // A fax or QQ number is not a phone to call: left for `unparsed`.
  if (/(?:传真|fax|qq)\s?:?\s?$/.test(s.lower.slice(Math.max(0, m.index - 6), m.index))) return false
  const start = m.index + m[0].indexOf(m[group]!)
  const written = s.line.slice(start, start + m[group]!.length)
  s.listing.contact ??= { name: null, phone: [] }
  if (!s.listing.contact.phone.includes(written)) s.listing.contact.phone.push(written)
  return true
}

/** Phones, kept as written: mobiles (11 digits from 1[3-9]), 400/800 numbers, landlines with area code. */
export const PHONE_RULES: Rule[] = [
  {
    // One alternation, so that phones are listed in the order they are written.
    name: 'phone',
    re: new RegExp(
      PHONE_PREFIX +
        String.raw`((?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d){8}|(?<!\d)[48]00(?:[ -]?\d){7}|(?<!\d)(?:\+?86[ -]?)?\(?0\d{2,3}\)?[ -]?\d{3,4}[ -]?\d{4})(?![\d])`,
      'g',
    ),
    use: (m, s) => addPhone(s, m, 1),
  },
]

/**
 * Common surnames (enough for 王先生, 李经理 written without 联系人). Left out: characters that end common words
 * before 总 (于 in 位于总部, 程 in 工程总包, 付 in 支付总额, 万 in 1200万总价, 向, 范, 段).
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶苏魏吕丁任沈姚卢姜崔钟谭陆汪金石廖贾夏韦方白邹孟熊秦邱江尹薛闫雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤'
const TITLE = '(?:先生|女士|小姐|经理|总监|主任|总|工)'

function setName(s: RuleState, m: RegExpExecArray, group: number): boolean {
  const start = m.index + m[0].lastIndexOf(m[group]!)
  const written = s.line.slice(start, start + m[group]!.length)
  s.listing.contact ??= { name: null, phone: [] }
  if (s.listing.contact.name !== null) return false
  s.listing.contact.name = written
  return true
}

export const NAME_RULES: Rule[] = [
  {
    name: 'contact-labelled',
    re: new RegExp(String.raw`(?:联系人|contact(?: person)?)\s?[:]?\s?([\u4e00-\u9fff]{1,3}?${TITLE}|[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff])|(?:mr|ms|mrs|miss)\.?\s?[a-z]{2,20})`, 'g'),
    use: (m, s) => setName(s, m, 1),
  },
  { name: 'contact-title', re: new RegExp(`([${SURNAMES}]${TITLE})`, 'g'), use: (m, s) => setName(s, m, 1) },
  { name: 'contact-en', re: /(?<![a-z])((?:mr|ms|mrs|miss)\.?\s[a-z]{2,20})(?![a-z])/g, use: (m, s) => setName(s, m, 1) },
]

/** Minutes from a duration as written: 10分钟, 半小时, 一刻钟, 1小时, 1.5 h, 二十分钟, half an hour. */
export function minutesOf(text: string): number | null {
  const t = text.replace(/\s/g, '')
  if (/^(?:半(?:个)?小时|半个钟头?|halfanhour)$/.test(t)) return 30
  if (/^(?:一刻钟|aquarterofanhour)$/.test(t)) return 15
  if (/^(?:一个半小时|anhourandahalf)$/.test(t)) return 90
  if (/^(?:一(?:个)?小时|anhour|onehour)$/.test(t)) return 60
  let m = /^(\d{1,3})(?:分钟|分|mins?|minutes?)$/.exec(t)
  if (m) return Number(m[1])
  m = /^(\d(?:\.\d)?)(?:个)?(?:小时|钟头|hours?|hrs?|h)$/.exec(t)
  if (m) return round(Number(m[1]) * 60, 1)
  m = /^([一二两三四五六七八九十]{1,3})分钟$/.exec(t)
  return m ? cnNumber(m[1]!) : null
}

const DUR_ZH = String.raw`(\d{1,3}\s?(?:分钟|分(?![\u4e00-\u9fff])|mins?(?![a-z])|minutes?)|[一二两三四五六七八九十]{1,3}分钟|一个半小时|半个?小时|半个钟头?|一刻钟|一个?小时|\d(?:\.\d)?\s?个?(?:小时|钟头))`
const DUR_EN = String.raw`(\d{1,3}\s?-?\s?(?:minutes?|mins?)(?![a-z])|half an hour|a quarter of an hour|an hour and a half|an hour|one hour|\d(?:\.\d)?\s?(?:hours?|hrs?|h)(?![a-z]))`
const PLACE = '(?:上海市?|苏州市?|嘉定区?|昆山市?|太仓市?|青浦区?|宝山区?)'
const SOFT = '(?:约|大约|仅需|仅|只需|只要|不到|开车|车程|驾车|自驾|行车|需|到达)'
const HUB_ZH = hubAlternation('zh')
const HUB_EN = hubAlternation('en')

function addClaim(s: RuleState, m: RegExpExecArray, alias: string, duration: string): boolean {
  const hub = hubOf(alias.trim())
  const minutes = minutesOf(duration)
  if (hub === null || minutes === null || minutes <= 0 || minutes > 300) return false
  if (s.listing.claims.some((c) => c.hub === hub)) return false
  const claim = { hub, minutes }
  s.listing.claims.push(claim)
  s.writtenAt.set(claim, s.lineNo * 10_000 + m.index)
  return true
}

/**
 * Advertised drive times: "嘉定安亭车程10分钟", "距虹桥枢纽20分钟", "15分钟到虹桥", "10 min drive to Anting". The
 * duration-first form goes first: in "15分钟到安亭 一刻钟上高架" the 一刻钟 is not Anting's.
 */
export const CLAIM_RULES: Rule[] = [
  {
    name: 'claim-zh-after',
    re: new RegExp(String.raw`(?:${SOFT}\s?){0,2}${DUR_ZH}\s?(?:车程|左右)?\s?(?:可)?(?:到达?|至|直达|抵达)\s?${PLACE}?\s?(${HUB_ZH})`, 'g'),
    use: (m, s) => addClaim(s, m, m[2]!, m[1]!),
  },
  {
    name: 'claim-zh',
    re: new RegExp(String.raw`(?:距离?|离|到达?|至|近|靠近|临近|邻近|紧邻|毗邻)?\s?${PLACE}?\s?(${HUB_ZH})\s?(?:${SOFT}\s?){0,3}${DUR_ZH}(?:\s?(?:左右|车程|以内|内))?`, 'g'),
    use: (m, s) => addClaim(s, m, m[1]!, m[2]!),
  },
  {
    name: 'claim-en',
    re: new RegExp(String.raw`(?:about |approx\.? |only |just |within )?${DUR_EN}(?:'s)?\s?(?:drive|driving|by car)?\s?(?:to|from|away from)\s(?:the\s)?(?<![a-z])(${HUB_EN})(?![a-z])`, 'g'),
    use: (m, s) => addClaim(s, m, m[2]!, m[1]!),
  },
  {
    name: 'claim-en-after',
    re: new RegExp(String.raw`(?<![a-z])(${HUB_EN})(?![a-z])\s?[:-]?\s?(?:in |within |about |approx\.? )?${DUR_EN}(?:\s(?:drive|by car))?`, 'g'),
    use: (m, s) => addClaim(s, m, m[1]!, m[2]!),
  },
]
