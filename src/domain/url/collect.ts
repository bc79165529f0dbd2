/** Splitting a query into its parameters, decoded as URLSearchParams decodes them, and reading `MIN-MAX`. */
import type { Range } from '../types.ts'
import { KNOWN_PARAMS, isTrackingParam, type ParamName } from './params.ts'
import { UNSIGNED_DECIMAL, toWellFormed } from './normalize.ts'

export interface RawParam {
  value: string | null
  raw: string
}

/**
 * Decodes one name or value as URLSearchParams does (`+` is a space, then percent-decoding), except that a
 * malformed escape (`%E4%BA`, `%zz`) is reported, where URLSearchParams would keep `%zz` or insert U+FFFD:
 * a half-decoded value would silently filter on something nobody wrote.
 */
function decodePart(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    // URIError is the only error decodeURIComponent throws: the escape is malformed.
    return null
  }
}

export interface Collected {
  params: Map<ParamName, RawParam>
  unknown: Map<string, string>
}

/**
 * Splits on `&` ourselves (URLSearchParams cannot tell which parameter had a bad escape). Empty pieces
 * (`&&`) are skipped as URLSearchParams skips them; so is a lone `=` (which it would read as an empty name),
 * since it carries nothing worth a notice. A repeated
 * parameter: the last occurrence wins, whatever it holds, so a later bad value does not fall back to an
 * earlier one. Maps, not objects, so that `__proto__` and `constructor` are plain names.
 */
export function collect(query: string): Collected {
  const params = new Map<ParamName, RawParam>()
  const unknown = new Map<string, string>()
  const body = toWellFormed(query.startsWith('?') ? query.slice(1) : query)
  for (const piece of body.split('&')) {
    if (piece === '' || piece === '=') continue
    const eq = piece.indexOf('=')
    const rawName = eq < 0 ? piece : piece.slice(0, eq)
    const rawValue = eq < 0 ? '' : piece.slice(eq + 1)
    const name = decodePart(rawName)
    const value = decodePart(rawValue)
    if (name === null) {
      // No known name contains a bad escape; report the raw text so the notice shows what was there.
      unknown.delete(rawName)
      unknown.set(rawName, value ?? rawValue)
    } else if (KNOWN_PARAMS.has(name)) {
      params.set(name as ParamName, { value, raw: rawValue })
    } else if (!isTrackingParam(name)) {
      unknown.delete(name) // re-insert so that the order is that of the last occurrence
      unknown.set(name, value ?? rawValue)
    }
  }
  return { params, unknown }
}

/** Parses `MIN-MAX` (either side may be empty) into numbers; null on any other shape. */
export function parseRangeText(text: string): Range | null {
  const parts = text.split('-')
  if (parts.length !== 2) return null // a sign, or a second dash: negative numbers are not accepted
  const [a, b] = parts
  const bound = (s: string): number | null | undefined =>
    s === '' ? null : UNSIGNED_DECIMAL.test(s) ? Number(s) : undefined
  const min = bound(a)
  const max = bound(b)
  if (min === undefined || max === undefined) return null
  return { min, max }
}
