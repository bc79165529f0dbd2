/** The "Additions to v1" of DESIGN.md: height, ind, pick, view, sort=cost, sort=reach. Exact strings, hostile values. */
import { describe, expect, it } from 'vitest'
import { createDefaultState, type ExploreState } from '../state.ts'
import type { Ignored, ParseContext } from './params.ts'
import { parseQuery } from './parse.ts'
import { normalizeQuery, serializeState } from './serialize.ts'

/** A fixture list of industry tokens (data/industries.json carries the real ones). */
function createContext(patch: Partial<ParseContext> = {}): ParseContext {
  return { hubIds: new Set(['hongqiao', 'anting']), industryIds: new Set(['auto', 'ic', 'new-materials']), ...patch }
}
const createState = (patch: Partial<ExploreState> = {}): ExploreState => ({ ...createDefaultState(), ...patch })
const parse = (q: string, ctx = createContext()) => parseQuery(q, ctx)
const ids = (n: number, prefix = 'l') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`)

describe('reading the additions', () => {
  it.each<[string, Partial<ExploreState>]>([
    ['height=8-', { height: { min: 8, max: null } }],
    ['height=-12.5', { height: { min: null, max: 12.5 } }],
    ['height=8.005-9', { height: { min: 8.01, max: 9 } }],
    ['ind=auto', { ind: 'auto' }],
    ['pick=b,a', { picks: ['b', 'a'] }],
    ['pick=a,b,a', { picks: ['b', 'a'] }],
    ['pick=,a,,b,', { picks: ['a', 'b'] }],
    ['view=compare', { view: 'compare' }],
    ['view=compare&pick=a', { view: 'compare', picks: ['a'] }],
    ['deal=rent&sort=cost', { deal: 'rent', sort: { key: 'cost' } }],
    ['deal=sale&sort=cost', { deal: 'sale', sort: { key: 'cost' } }],
    ['sort=reach', { sort: { key: 'reach' } }],
    ['height=&ind=&pick=&view=', {}],
  ])('%s', (query, patch) => {
    expect(parse(query)).toEqual({ state: createState(patch), ignored: [] })
  })

  it.each<[string, Ignored[]]>([
    ['height=12-8', [{ param: 'height', value: '12-8', reason: 'swapped' }]],
    ['height=abc', [{ param: 'height', value: 'abc', reason: 'bad-value' }]],
    ['height=-1-5', [{ param: 'height', value: '-1-5', reason: 'bad-value' }]],
    ['height=1e3-', [{ param: 'height', value: '1e3-', reason: 'bad-value' }]],
    ['height=101-', [{ param: 'height', value: '101-', reason: 'bad-value' }]],
    ['height=-', [{ param: 'height', value: '-', reason: 'bad-value' }]],
    ['ind=steel', [{ param: 'ind', value: 'steel', reason: 'bad-value' }]],
    ['ind=Auto', [{ param: 'ind', value: 'Auto', reason: 'bad-value' }]],
    ['ind=auto,ic', [{ param: 'ind', value: 'auto,ic', reason: 'bad-value' }]],
    ['ind=%3Cscript%3E', [{ param: 'ind', value: '<script>', reason: 'bad-value' }]],
    ['ind=%E4%BA', [{ param: 'ind', value: '%E4%BA', reason: 'bad-value' }]],
    ['pick=ok,Bad%20Id,x', [{ param: 'pick', value: 'Bad Id', reason: 'bad-value' }]],
    ['view=Compare', [{ param: 'view', value: 'Compare', reason: 'bad-value' }]],
    ['view=map', [{ param: 'view', value: 'map', reason: 'bad-value' }]],
    ['sort=cost', [{ param: 'sort', value: 'cost', reason: 'needs-deal' }]],
    ['sort=Reach', [{ param: 'sort', value: 'Reach', reason: 'bad-value' }]],
  ])('drops and lists %s', (query, ignored) => {
    expect(parse(query).ignored).toEqual(ignored)
  })

  it('keeps the first 20 picks and lists the rest as one bad-value', () => {
    const r = parse(`pick=${ids(23).join(',')}`)
    expect(r.state.picks).toEqual(ids(20))
    expect(r.ignored).toEqual([{ param: 'pick', value: 'l21,l22,l23', reason: 'bad-value' }])
  })

  it('counts the 20 after repeats are folded: 21 ids of which one repeats keep all 20', () => {
    const list = [...ids(20), 'l1']
    const r = parse(`pick=${list.join(',')}`)
    expect(r.state.picks).toEqual([...ids(20).slice(1), 'l1'])
    expect(r.ignored).toEqual([])
  })

  it('survives 10,000 picks without listing each one', () => {
    const r = parse(`pick=${ids(10_000).join(',')}`)
    expect(r.state.picks).toHaveLength(20)
    expect(r.ignored).toHaveLength(1)
  })

  it('reads an ind token by its shape alone when the context gives no list', () => {
    expect(parse('ind=steel', createContext({ industryIds: undefined })).state.ind).toBe('steel')
    expect(parse('ind=Steel', createContext({ industryIds: undefined })).ignored).toEqual([{ param: 'ind', value: 'Steel', reason: 'bad-value' }])
  })

  it('lists the additions after sample, in contract order', () => {
    const r = parse('view=x&pick=B&ind=x&height=x&sample=x&q=%00')
    expect(r.ignored.map((i) => i.param)).toEqual(['q', 'sample', 'height', 'ind', 'pick', 'view'])
  })

  it('a later bad value does not fall back to an earlier good one', () => {
    expect(parse('height=8-&height=zz').state.height).toBeNull()
  })
})

describe('writing the additions', () => {
  it.each<[string, Partial<ExploreState>, string]>([
    ['all of them after sample', { sample: false, height: { min: 8, max: 12 }, ind: 'ic', picks: ['b', 'a'], view: 'compare' }, '?v=1&sample=0&height=8-12&ind=ic&pick=b,a&view=compare'],
    ['height swapped and rounded', { height: { min: 12.345, max: 8 } }, '?v=1&height=8-12.35'],
    ['no height with both bounds open', { height: { min: null, max: null } }, '?v=1'],
    ['no malformed ind', { ind: 'A B' }, '?v=1'],
    ['picks once each, at the last position', { picks: ['a', 'b', 'a'] }, '?v=1&pick=b,a'],
    ['no malformed picks', { picks: ['a', '', 'B', 'x,y'] }, '?v=1&pick=a'],
    ['at most 20 picks', { picks: ids(25) }, `?v=1&pick=${ids(20).join(',')}`],
    ['view=compare with no picks (the view says how to add them)', { view: 'compare' }, '?v=1&view=compare'],
    ['sort=cost with a deal', { deal: 'rent', sort: { key: 'cost' } }, '?v=1&deal=rent&sort=cost'],
    ['no sort=cost without a deal', { sort: { key: 'cost' } }, '?v=1'],
    ['sort=reach', { sort: { key: 'reach' } }, '?v=1&sort=reach'],
  ])('%s', (_name, patch, link) => {
    expect(serializeState(createState(patch))).toBe(link)
  })

  it.each([
    '?v=1&deal=rent&sort=cost&height=8-&ind=auto&pick=x,y&view=compare',
    '?v=1&sort=reach&pick=i-0123456789',
  ])('keeps a canonical link as it is: %s', (link) => {
    expect(normalizeQuery(link, createContext())).toEqual({ link, ignored: [] })
  })

  it('normalizes a link written before the additions exactly as before', () => {
    const before = '?v=1&area=2000-&type=factory&ready=1&dt=hongqiao:30&sort=name&sample=0'
    expect(normalizeQuery(before, createContext()).link).toBe(before)
  })
})
