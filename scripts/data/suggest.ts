/**
 * Pinyin for search suggestions (data/suggest.json): park and town names with their pinyin and initials, so that
 * typing "anting" or "at" offers 安亭. Built once by data:build with pinyin-pro, so the app ships no pinyin
 * dictionary. Suggestions only fill the search field: matching itself stays as DESIGN.md says (no pinyin in v1).
 */
import { pinyin } from 'pinyin-pro'
import type { Park } from '../../src/domain/types.ts'
import type { SuggestTerm } from '../../src/domain/suggest.ts'

/** Lower-case syllables without tones; non-Han characters (Latin, digits, brackets) are left out. */
function syllables(zh: string): string[] {
  return pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed' })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean)
}

export function buildSuggestTerms(parks: readonly Park[]): SuggestTerm[] {
  const terms = new Map<string, SuggestTerm>()
  const add = (zh: string, en: string, kind: SuggestTerm['kind']) => {
    if (terms.has(zh)) return
    const py = syllables(zh)
    if (py.length === 0) return
    terms.set(zh, { zh, en, kind, py: py.join(''), ini: py.map((s) => s[0]).join('') })
  }
  for (const p of parks) add(p.town.zh, p.town.en, 'town')
  for (const p of parks) add(p.name.zh, p.name.en, 'park')
  return [...terms.values()].sort((a, b) => a.py.localeCompare(b.py) || a.zh.localeCompare(b.zh))
}
