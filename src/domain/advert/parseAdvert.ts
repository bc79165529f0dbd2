/**
 * Reads a pasted listing advert (Chinese or English) into the `--ad` listing shape of DESIGN.md "CLI additions":
 * deterministic rules and tables, no model, no network. What it cannot use goes to `unparsed`, line by line;
 * nothing is guessed. Pure TS: the CLI (scripts/data/importAd.ts) and the browser share it.
 */
import type { ListingKind } from '../types.ts'
import { FLOOR_RULES, LAND_RULES } from './areaRules.ts'
import { CLAIM_RULES, NAME_RULES, PHONE_RULES } from './contactRules.ts'
import { DEAL_RULES, PRICE_RULES, READY_RULES, SPEC_RULES } from './fieldRules.ts'
import { EMPTY_CONTEXT, findPlaces, type AdvertContext } from './places.ts'
import { MAX_UNPARSED_CHARS, lowerAscii, splitAdverts, toLines } from './text.ts'
import { emptyListing, type AdvertResult, type Rule, type RuleState } from './types.ts'

export type { AdvertContext } from './places.ts'
export type { AdvertListing, AdvertResult } from './types.ts'

/**
 * Rule order matters where phrases share text: phones before any number; claims before plain minutes and before
 * town names (安亭 in "安亭车程10分钟" is a hub, not where the listing is); prices before areas (元/平 is a price,
 * not an area); land (亩, 占地…) before floor area.
 */
const RULES: Rule[] = [...PHONE_RULES, ...CLAIM_RULES, ...NAME_RULES, ...READY_RULES, ...PRICE_RULES, ...SPEC_RULES, ...LAND_RULES, ...FLOOR_RULES, ...DEAL_RULES]

/** Kind words, most specific first at any one position (定制厂房 is custom, not factory). */
const KIND_RE =
  /(定制厂房|定制化厂房|代建厂房|代建|定制|(?<![a-z])(?:built[- ]to[- ]suit|custom[- ]built|bts)(?: (?:plants?|factor(?:y|ies)|workshops?|buildings?))?(?![a-z]))|(高标准厂房|标准厂房|单层厂房|多层厂房|双层厂房|独栋厂房|钢结构厂房|厂房|车间|(?<![a-z])(?:standard factor(?:y|ies)|factor(?:y|ies)|plants?|workshops?)(?![a-z]))|(高标准仓库|高标仓|物流仓库|仓库|仓储|物流仓|冷库|物流|(?<![a-z])(?:warehouses?|logistics)(?![a-z]))|(研发办公楼|研发办公|研发楼|研发|写字楼|办公楼|办公|(?<![a-z])(?:office|r&d)(?![a-z]))|(工业用地|土地(?!面积|证)|用地(?!面积|性质)|地块|(?<![a-z])(?:industrial land|land(?! area))(?![a-z]))/g
const KIND_OF: ListingKind[] = ['custom', 'factory', 'warehouse', 'office', 'land']

const overlaps = (mask: Uint8Array, start: number, end: number) => mask.subarray(start, end).some((c) => c === 1)
const consume = (mask: Uint8Array, start: number, end: number) => mask.fill(1, start, end)

function applyRules(s: RuleState, mask: Uint8Array): void {
  for (const rule of RULES) {
    rule.re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = rule.re.exec(s.lower)) !== null) {
      const start = m.index
      const end = start + m[0].length
      if (end === start) {
        rule.re.lastIndex = start + 1
        continue
      }
      // A match over text another rule used is tried again one character on, so a shorter phrase still counts.
      if (overlaps(mask, start, end)) rule.re.lastIndex = start + 1
      else if (rule.use(m, s)) consume(mask, start, end)
    }
  }
}

/** Words that join others ("400-… 或 133-…", "配5吨行车"): not worth reporting once the rest is read. */
const FILLER = new Set(['或', '和', '及', '与', '或者', 'or', 'and', '配', '带', '配有', '配备', '有', '的', 'with', '为', ''])
const EDGE = /^[\s,.;:!?、|/\\()[\]【】「」『』<>《》"'“”‘’~*#+=_\-—–…·•]+|[\s,.;:!?、|/\\()[\]【】「」『』<>《》"'“”‘’~*#+=_\-—–…·•]+$/gu

/** What was not used on a line: its unconsumed words as written, filler and stray punctuation left out. */
function leftover(line: string, mask: Uint8Array): string | null {
  let rest = ''
  for (let i = 0; i < line.length; i++) rest += mask[i] ? ' ' : line[i]
  const words = rest
    // Words end at spaces and at sentence punctuation (a comma between digits is a thousands separator).
    .split(/[\s;!?。]+|,(?!\d)|(?<!\d),/)
    .map((w) => w.replace(EDGE, ''))
    .filter((w) => !FILLER.has(w) && /[\p{L}\p{N}]/u.test(w))
  if (words.length === 0) return null
  const text = words.join(' ')
  return text.length > MAX_UNPARSED_CHARS ? `${text.slice(0, MAX_UNPARSED_CHARS)}…` : text
}

/** Reads one advert. Never throws; time is linear in the text (lines capped, regexes bounded). */
export function parseAdvert(text: string, context: AdvertContext = EMPTY_CONTEXT): AdvertResult {
  const listing = emptyListing()
  const { lines, notRead } = toLines(text)
  const writtenAt = new WeakMap<object, number>()
  const states = lines.map((line, lineNo) => ({ s: { listing, line, lower: lowerAscii(line), writtenAt, lineNo } satisfies RuleState, mask: new Uint8Array(line.length) }))
  for (const { s, mask } of states) applyRules(s, mask)
  listing.claims.sort((a, b) => (writtenAt.get(a) ?? 0) - (writtenAt.get(b) ?? 0))

  // Kind: the first kind word of the advert decides ("厂房…配套办公" is a factory); its mentions are used.
  const kinds = states.flatMap(({ s }, li) => [...s.lower.matchAll(KIND_RE)].map((m) => ({ li, m, kind: KIND_OF[m.slice(1).findIndex((g) => g !== undefined)]! })))
  listing.kind = kinds[0]?.kind ?? null
  for (const { li, m, kind } of kinds) {
    const { mask } = states[li]!
    if (kind === listing.kind && !overlaps(mask, m.index, m.index + m[0].length)) consume(mask, m.index, m.index + m[0].length)
  }

  // Park, then town: the longest name not inside another phrase (a claim's hub, say) wins, and only that mention
  // is used (a later one may sit in a phrase it cannot read); a town beats a city label; a town inside the park's
  // name (昆山 in 昆山德国工业园) does not count.
  const longest = <T extends { start: number; end: number; li: number }>(a: T, b: T) => b.end - b.start - (a.end - a.start) || a.li - b.li || a.start - b.start
  const hitsOf = (places: AdvertContext['parks'] | AdvertContext['towns']) =>
    states.flatMap(({ s, mask }, li) => findPlaces(s.lower, places).filter((h) => !overlaps(mask, h.start, h.end)).map((h) => ({ ...h, li })))
  const park = hitsOf(context.parks).sort(longest)[0]
  if (park) {
    listing.park = park.id
    consume(states[park.li]!.mask, park.start, park.end)
  }
  const townHits = hitsOf(context.towns).sort((a, b) => Number(a.city) - Number(b.city) || longest(a, b))
  const town = townHits[0]
  if (town) {
    listing.town = town.id
    consume(states[town.li]!.mask, town.start, town.end)
    // The district written just before the town (嘉定外冈, 昆山周市) is part of the same place name.
    const before = townHits.find((h) => h.city && h.li === town.li && h.end === town.start)
    if (before) consume(states[before.li]!.mask, before.start, before.end)
  }

  const unparsed = states.map(({ s, mask }) => leftover(s.line, mask)).filter((x): x is string => x !== null)
  return { listing, unparsed: [...unparsed, ...notRead] }
}

/** Reads a file of adverts separated by lines holding only `---`. */
export function parseAdverts(file: string, context: AdvertContext = EMPTY_CONTEXT): AdvertResult[] {
  return splitAdverts(file).map((a) => parseAdvert(a, context))
}
