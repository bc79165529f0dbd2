/**
 * One-line summary of a filtered view, for the page title and the share text
 * ("≥1,000 m² factories · ≤15 min to Anting · 12 results"). Pure: the caller passes translations.
 */
import type { ExploreState } from './state.ts'
import type { Hub, ListingKind, Range } from './types.ts'
import { m2ToFt2 } from './units.ts'

export interface SummaryWords {
  kinds: (k: ListingKind) => string
  listings: string
  areaUnit: string
  minutes: (hub: string, m: number) => string
  results: (n: number) => string
  ready: string
  locale: string
}

function formatRange(r: Range, f: (n: number) => string): string {
  if (r.min !== null && r.max !== null) return `${f(r.min)}–${f(r.max)}`
  if (r.min !== null) return `≥${f(r.min)}`
  return `≤${f(r.max ?? 0)}`
}

export function summarize(state: ExploreState, hubs: readonly Hub[], lang: 'zh' | 'en', words: SummaryWords, count: number): string {
  const parts: string[] = []
  const fmt = (n: number) => Math.round(state.unit === 'ft2' ? m2ToFt2(n) : n).toLocaleString(words.locale)
  const what = state.types.length ? state.types.map(words.kinds).join('/') : words.listings
  const size = state.area ? `${formatRange(state.area, fmt)} ${words.areaUnit} ` : ''
  parts.push(`${size}${what}`.trim())
  if (state.ready) parts.push(words.ready)
  for (const lim of state.dt) {
    const hub = hubs.find((h) => h.id === lim.hub)
    parts.push(words.minutes(hub ? hub.name[lang] : lim.hub, lim.max))
  }
  parts.push(words.results(count))
  return parts.join(' · ')
}
