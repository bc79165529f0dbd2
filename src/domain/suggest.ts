/**
 * Search suggestions while typing Latin letters: park and town names found by their pinyin ("anting"), its
 * initials ("at") or their English name. Picking one puts the Chinese name in the search field; the match itself
 * is DESIGN.md's (substring on zh/en names), so a link never depends on pinyin.
 */

import { arrayField, checkRecords, type DataProblem } from './dataCheck.ts'
import { SuggestRecord } from './dataSchema.ts'

export const SUGGEST_FILE = 'data/suggest.json'

/** One name to suggest (data/suggest.json, built by scripts/data/suggest.ts). */
export interface SuggestTerm {
  zh: string
  en: string
  kind: 'park' | 'town'
  /** Pinyin without tones or spaces ("anting"), and its initials ("at"). */
  py: string
  ini: string
}

/** Letters only, lower case: "An Ting", "an'ting" and "anting" are the same query. */
const letters = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^a-z]/g, '')

/**
 * Up to `limit` terms for what the user typed, best first: initials or pinyin that start with it, then pinyin or
 * English that contain it; towns before parks, then shorter names. Nothing for input without Latin letters (Chinese
 * typed directly is matched by the filter itself) or of one letter.
 */
export function suggest(terms: readonly SuggestTerm[], input: string, limit = 8): SuggestTerm[] {
  if (/[\u3400-\u9fff]/.test(input)) return []
  const q = letters(input)
  if (q.length < 2) return []
  const scored: { t: SuggestTerm; score: number }[] = []
  for (const t of terms) {
    const en = letters(t.en)
    const score = t.ini.startsWith(q) || t.py.startsWith(q) ? 0 : en.startsWith(q) ? 1 : q.length >= 3 && (t.py.includes(q) || en.includes(q)) ? 2 : -1
    if (score >= 0) scored.push({ t, score })
  }
  scored.sort((a, b) => a.score - b.score || (a.t.kind === b.t.kind ? 0 : a.t.kind === 'town' ? -1 : 1) || a.t.zh.length - b.t.zh.length || a.t.py.localeCompare(b.t.py))
  return scored.slice(0, limit).map((s) => s.t)
}

/**
 * Checks data/suggest.json with its schema (src/domain/dataSchema.ts): the terms, bad ones left out and listed in
 * `problems`; a file without a list of terms throws a DataFileError naming it.
 */
export function parseSuggestTerms(raw: unknown, problems: DataProblem[] = []): SuggestTerm[] {
  return checkRecords(SUGGEST_FILE, arrayField(SUGGEST_FILE, raw, 'terms'), 'term', SuggestRecord, problems)
}
