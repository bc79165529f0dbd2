import { describe, expect, it } from 'vitest'
import { AGENT_FIELD_MAX, agentLine, posterPicks, readAgent, type PosterWords } from './poster.ts'
import { createDefaultState, type ExploreState } from '../state.ts'
import type { Dataset, Listing } from '../types.ts'

const listing = (id: string, over: Partial<Listing> = {}): Listing => ({
  id, parkId: 'p', name: { zh: `名${id}`, en: `N ${id}` }, kind: 'factory', deal: ['rent'], ready: true, status: 'available',
  claims: [], sample: false, sources: [], floorArea: { min: 1000, max: 2000 }, rent: 1.1, driveMinutes: [30.4, 12.6], ...over,
})
const ds: Dataset = {
  hubs: [{ id: 'anting', name: { zh: '安亭', en: 'Anting' } }, { id: 'kunshan', name: { zh: '昆山', en: 'Kunshan' } }] as Dataset['hubs'],
  parks: [],
  listings: [listing('a'), listing('b', { deal: ['sale'], salePrice: 5200, rent: undefined }), listing('c'), listing('d')],
}
const w: PosterWords = {
  area: (r) => `${r.min}-${r.max} m2`, rent: (n) => `${n} rent`, sale: (n) => `${n} sale`, land: (n) => `${n} land`,
  minutes: (p, m) => `${m} min to ${p}`, pin: 'pin', sample: 'SAMPLE',
}
const state = (over: Partial<ExploreState>): ExploreState => ({ ...createDefaultState(), ...over })

describe('posterPicks', () => {
  it.each([
    [{ picks: ['b', 'a'] }, [['b', ['1000-2000 m2', '5200 sale', '13 min to Kunshan']], ['a', ['1000-2000 m2', '1.1 rent', '13 min to Kunshan']]]],
    [{ picks: ['a'], dt: [{ hub: 'anting', max: 40 }] }, [['a', ['1000-2000 m2', '1.1 rent', '30 min to Anting']]]],
    [{ picks: ['gone', 'd', 'c', 'b', 'a'] }, [['d'], ['c'], ['b']].map(([id]) => [id, expect.any(Array)])],
    [{ picks: [] }, []],
  ] as [Partial<ExploreState>, unknown[]][])('%j', (over, want) => {
    expect(posterPicks(ds, state(over), null, 'en', w).map((p) => [p.id, p.facts])).toEqual(want)
  })
  it('the pin minutes when the view limits by the pin', () => {
    const pin = new Float32Array([7.4, Number.NaN, 0, 0])
    expect(posterPicks(ds, state({ picks: ['a', 'b'], dt: [{ hub: 'pin', max: 20 }] }), pin, 'en', w).map((p) => p.facts.at(-1))).toEqual(['7 min to pin', '13 min to Kunshan'])
  })
})

describe('readAgent (localStorage, read defensively)', () => {
  it.each([
    [null, { name: '', company: '', phone: '' }],
    ['not json', { name: '', company: '', phone: '' }],
    ['[1,2]', { name: '', company: '', phone: '' }],
    ['{"name":42,"phone":"0512\\u001b[2J 5555"}', { name: '', company: '', phone: '0512 [2J 5555' }],
    [JSON.stringify({ name: 'x'.repeat(500), company: ' A  B ' }), { name: 'x'.repeat(AGENT_FIELD_MAX), company: 'A B', phone: '' }],
  ])('%j', (stored, want) => expect(readAgent(stored)).toEqual(want))
  it('agentLine joins the fields that are set', () => expect(agentLine({ name: '王丽', company: '', phone: '0512' })).toBe('王丽 · 0512'))
})
