/**
 * Cleaning and cutting of pasted advert text. Pure: no Node, no DOM (the browser workspace reuses it).
 * Every regular expression here and in the rules has bounded quantifiers and no nested repetition, and every
 * line is capped, so hostile text (100 KB of noise, HTML, control characters) costs linear time.
 */

/** An advert is read up to this many characters (pasted adverts are well under 2,000); the rest is reported. */
export const MAX_ADVERT_CHARS = 20_000
/** Longer lines are cut into pieces of at most this length (at a space when there is one near the end). */
export const MAX_LINE_CHARS = 600
/** Lines read per advert; the rest are reported as not read. */
export const MAX_LINES = 400
/** An unparsed fragment is shortened to this many characters. */
export const MAX_UNPARSED_CHARS = 200

/**
 * A number as adverts write it: "1100", "1,100", "0.9", "5.5". The lookbehind keeps it from starting inside
 * another number; the lookahead from ending inside one.
 */
export const NUM = String.raw`(?<![\d.])(\d{1,3}(?:,\d{3}){1,3}(?:\.\d{1,4})?|\d{1,9}(?:\.\d{1,4})?)(?![\d])`

/**
 * Square metres as adverts write them (after NFKC, ㎡ and m² both read "m2"); not 平方公里 (a park's size in
 * km²), 平台, 方便 and the like.
 */
export const SQM = String.raw`(?:平方米|平方(?!公里|千米)|平米|平(?![台均整方])|方(?![便正案式向面])|m2|sqm|sq\.? ?m(?![a-z])|square met(?:re|er)s?)`
/** The same in a price ("元/平"), where 方 is not used. */
export const PER_SQM = String.raw`(?:平方米|平方|平米|平|m2|sqm|sq\.? ?m(?![a-z])|square met(?:re|er))`

export const num = (s: string): number => Number(s.replace(/,/g, ''))

/** Lower-cases ASCII only, so that indexes stay aligned with the original line. */
export const lowerAscii = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals
  return Math.round(x * f) / f
}
export { round }

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#160': ' ' }

/**
 * HTML tags become spaces (block ends become line breaks), a few entities are decoded, lone surrogates and
 * control/format characters are replaced, and the text is NFKC-normalized (full-width digits and punctuation
 * become ASCII; ㎡ and m² become "m2").
 */
export function cleanText(raw: string): string {
  return raw
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ')
    .replace(/<(?:br|\/p|\/div|\/li|\/tr|\/h[1-6])[^<>]{0,40}>/gi, '\n')
    .replace(/<[^<>]{0,300}>/g, ' ')
    .replace(/&(#?[a-z0-9]{1,8});/gi, (all, name: string) => ENTITIES[name.toLowerCase()] ?? (all.startsWith('&#') ? ' ' : all))
    .normalize('NFKC')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufff0-\uffff\t]/g, ' ')
}

/** Adverts in one file are separated by a line holding only `---` (DESIGN.md "CLI additions"). */
export function splitAdverts(file: string): string[] {
  const out: string[] = []
  let current: string[] = []
  for (const line of file.split(/\r\n|\r|\n/)) {
    if (/^[ \t]{0,20}---[ \t]{0,20}$/.test(line)) {
      out.push(current.join('\n'))
      current = []
    } else current.push(line)
  }
  out.push(current.join('\n'))
  return out.filter((a) => a.trim() !== '')
}

/** A cleaned advert cut into lines of at most MAX_LINE_CHARS, with notes on what was left unread. */
export function toLines(advert: string): { lines: string[]; notRead: string[] } {
  const notRead: string[] = []
  let text = advert
  if (text.length > MAX_ADVERT_CHARS) {
    notRead.push(`(${text.length - MAX_ADVERT_CHARS} characters after the first ${MAX_ADVERT_CHARS} not read)`)
    text = text.slice(0, MAX_ADVERT_CHARS)
  }
  const lines: string[] = []
  for (const raw of cleanText(text).split('\n')) {
    let line = raw.trim()
    while (line.length > MAX_LINE_CHARS) {
      const space = line.lastIndexOf(' ', MAX_LINE_CHARS)
      const cut = space > MAX_LINE_CHARS - 100 ? space : MAX_LINE_CHARS
      lines.push(line.slice(0, cut))
      line = line.slice(cut).trim()
    }
    if (line !== '') lines.push(line)
  }
  if (lines.length > MAX_LINES) {
    notRead.push(`(${lines.length - MAX_LINES} lines after the first ${MAX_LINES} not read)`)
    lines.length = MAX_LINES
  }
  return { lines, notRead }
}

/** Small Chinese numerals (一 … 九十九), as adverts write minutes: 十五分钟, 二十分钟. */
export function cnNumber(s: string): number | null {
  const d: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s)
  if (!m || s === '') return null
  if (!m[2]) return m[3] ? null : (d[m[1]!] ?? null)
  return (m[1] ? d[m[1]]! : 1) * 10 + (m[3] ? d[m[3]]! : 0)
}
