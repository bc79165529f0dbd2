/**
 * What the WeChat poster says (issue 22, part 3): up to 3 picks with their key figures (area, rent or price, the
 * minutes that matter), and the agent's contact as kept on this device. Pure: the words come from the caller;
 * drawing is src/export/poster.ts.
 */
import type { ExploreState } from '../state.ts'
import type { Dataset, Range } from '../types.ts'

export const POSTER_PICKS = 3

export interface PosterWords {
  area: (r: Range) => string
  rent: (n: number) => string
  sale: (n: number) => string
  land: (n: number) => string
  /** "18 min to Anting" */
  minutes: (place: string, m: number) => string
  pin: string
  sample: string
}

export interface PosterPick {
  id: string
  name: string
  facts: string[]
  sample: boolean
}

/**
 * The minutes that matter: to each place the view limits (its `dt` hubs and pin), else to the nearest hub, as a
 * client asks "how far is it from …" about the place they named first.
 */
export function posterPicks(ds: Dataset, state: ExploreState, pinMinutes: ArrayLike<number> | null, lang: 'zh' | 'en', w: PosterWords, limit = POSTER_PICKS): PosterPick[] {
  const at = new Map(ds.listings.map((l, i) => [l.id, i]))
  return state.picks
    .map((id) => at.get(id))
    .filter((i): i is number => i !== undefined)
    .slice(0, limit)
    .map((i) => {
      const l = ds.listings[i]
      const facts: string[] = []
      if (l.floorArea) facts.push(w.area(l.floorArea))
      if (l.rent !== undefined && l.deal.includes('rent')) facts.push(w.rent(l.rent))
      else if (l.salePrice !== undefined && l.deal.includes('sale')) facts.push(w.sale(l.salePrice))
      else if (l.landPrice !== undefined) facts.push(w.land(l.landPrice))
      const times: string[] = []
      for (const lim of state.dt) {
        if (lim.hub === 'pin') {
          const m = pinMinutes?.[i]
          if (m !== undefined && !Number.isNaN(m)) times.push(w.minutes(w.pin, Math.round(m)))
          continue
        }
        const h = ds.hubs.findIndex((x) => x.id === lim.hub)
        const m = h < 0 ? null : l.driveMinutes[h]
        if (m !== null && m !== undefined) times.push(w.minutes(ds.hubs[h].name[lang], Math.round(m)))
      }
      if (!times.length) {
        let best = -1
        l.driveMinutes.forEach((m, h) => {
          if (m !== null && (best < 0 || m < l.driveMinutes[best]!)) best = h
        })
        if (best >= 0) times.push(w.minutes(ds.hubs[best].name[lang], Math.round(l.driveMinutes[best]!)))
      }
      facts.push(...times)
      return { id: l.id, name: l.name[lang], facts, sample: l.sample }
    })
}

/** The agent's details, kept in localStorage only (never in the link: a shared link must not carry a phone number). */
export interface Agent {
  name: string
  company: string
  phone: string
}
export const AGENT_FIELD_MAX = 60
export const EMPTY_AGENT: Agent = { name: '', company: '', phone: '' }

/** One field as typed: control characters dropped, white space folded, cut to AGENT_FIELD_MAX. */
export function cleanAgentField(value: unknown): string {
  if (typeof value !== 'string') return ''
  return [...value.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim()].slice(0, AGENT_FIELD_MAX).join('')
}

/** What localStorage holds, read defensively: another tab, an old version or a user may have written anything. */
export function readAgent(stored: string | null): Agent {
  if (!stored) return { ...EMPTY_AGENT }
  let v: unknown
  try {
    v = JSON.parse(stored)
  } catch (e) {
    console.warn('agent details in localStorage are not JSON; starting empty', e)
    return { ...EMPTY_AGENT }
  }
  const o = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}
  return { name: cleanAgentField(o.name), company: cleanAgentField(o.company), phone: cleanAgentField(o.phone) }
}

/** The contact line of the poster and the proposal: "Wang Li · JKT Realty · 0512-5555 0000", empty when unset. */
export const agentLine = (a: Agent): string => [a.name, a.company, a.phone].filter(Boolean).join(' · ')
