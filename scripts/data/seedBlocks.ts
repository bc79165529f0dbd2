/**
 * Blocks of the seed schemas (scripts/data/schema.ts, reachSchema.ts) that only seeds need: trimmed non-empty text,
 * calendar dates, http(s) links and sources that carry one of url or doc. Types, numbers, ids and coordinates are
 * the data files' own blocks (src/domain/dataSchema.ts), so seeds and data/ share one definition of each.
 */
import * as v from 'valibot'

/** A real calendar day: the format alone lets 2026-02-31 through. */
const isCalendarDay = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}
export const DATE = v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD'), v.check(isCalendarDay, 'is not a day of the calendar'))
/**
 * Links shown to users: http(s) only. `javascript:`, `data:`, `vbscript:` (any case, with tabs or newlines inside,
 * which URL parsers strip) are refused.
 */
export const HTTP_URL = v.pipe(
  v.string(),
  v.check((s) => !/[\u0000-\u0020\u007f]/.test(s), 'must not contain spaces or control characters'),
  v.check((s) => /^https?:\/\/[^/?#]+/i.test(s), 'must be an http(s) URL'),
  v.url('must be a URL'),
)
export const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))
export const Text = v.strictObject({ zh: nonEmpty, en: nonEmpty })

export const Source = v.pipe(
  v.strictObject({
    url: v.optional(v.nullable(HTTP_URL)),
    doc: v.optional(v.nullable(nonEmpty)),
    title: nonEmpty,
    read: DATE,
  }),
  v.check((s) => Boolean(s.url || s.doc), 'needs a url or a doc'),
)
export const Sources = v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'))
