import { describe, expect, it } from 'vitest'
import { checkListingId, checkParkId, linkContextOf, type LinkData, type LinkIds } from './linkCheck.ts'
import { parseQuery } from './url.ts'
import type { Hub, Listing, ListingStatus, Park } from './types.ts'

function createIds(patch: Partial<LinkIds> = {}): LinkIds {
  return {
    parks: new Set(['p1']),
    listings: new Map<string, ListingStatus>([
      ['open-1', 'available'],
      ['let-1', 'let'],
      ['sold-1', 'sold'],
      ['i-aaaaaaaaaa', 'available'],
    ]),
    removed: new Set(['gone-1', 'i-bbbbbbbbbb']),
    ...patch,
  }
}

describe('checkListingId: DESIGN.md "Listing ids in links"', () => {
  it.each<[string, string, Partial<LinkIds>, ReturnType<typeof checkListingId>]>([
    ['in the data, available: shown', 'open-1', {}, { shown: true, mark: 'available' }],
    ['in the data, let: shown, marked', 'let-1', {}, { shown: true, mark: 'let' }],
    ['in the data, sold: shown, marked', 'sold-1', {}, { shown: true, mark: 'sold' }],
    ['a published import (i-, in the data): shown', 'i-aaaaaaaaaa', {}, { shown: true, mark: 'available' }],
    ['in removed.yaml: dropped, no longer offered', 'gone-1', {}, { shown: false, note: 'removed' }],
    ['a removed import: no longer offered, not "sender\'s device"', 'i-bbbbbbbbbb', {}, { shown: false, note: 'removed' }],
    ['imported on this device: shown, marked', 'i-cccccccccc', { device: new Set(['i-cccccccccc']) }, { shown: true, mark: 'device' }],
    ['unknown i-: imported on the sender\'s device', 'i-cccccccccc', {}, { shown: false, note: 'sender-device' }],
    ['unknown otherwise: not found', 'nope', {}, { shown: false, note: 'not-found' }],
    ['"i" alone is not an import id', 'i', {}, { shown: false, note: 'not-found' }],
  ])('%s', (_name, id, patch, verdict) => {
    expect(checkListingId(id, createIds(patch))).toEqual(verdict)
  })

  it('an unknown park is not found, a known one kept', () => {
    expect(checkParkId('p1', createIds())).toBeNull()
    expect(checkParkId('p2', createIds())).toBe('not-found')
  })
})

describe('parseQuery with the data in its context', () => {
  const data: LinkData = {
    hubs: [{ id: 'anting' } as Hub],
    parks: [{ id: 'p1' } as Park],
    listings: [{ id: 'open-1', status: 'available' } as Listing, { id: 'let-1', status: 'let' } as Listing],
    removed: [{ id: 'gone-1' }],
  }
  const parse = (q: string, device?: ReadonlySet<string>) => parseQuery(q, linkContextOf(data, device))

  it.each<[string, string, { listing: string | null; park: string | null; picks: string[] }, { param: string; value: string; note?: string }[]]>([
    ['keeps known ids', '?park=p1&listing=let-1&pick=let-1,open-1', { park: 'p1', listing: 'let-1', picks: ['let-1', 'open-1'] }, []],
    ['drops an unknown park', '?park=nowhere', { park: null, listing: null, picks: [] }, [{ param: 'park', value: 'nowhere', note: 'not-found' }]],
    ['drops a removed listing', '?listing=gone-1', { park: null, listing: null, picks: [] }, [{ param: 'listing', value: 'gone-1', note: 'removed' }]],
    ['drops a sender-device import', '?listing=i-0123456789', { park: null, listing: null, picks: [] }, [{ param: 'listing', value: 'i-0123456789', note: 'sender-device' }]],
    [
      'drops bad picks one by one, keeping the order of the rest',
      '?pick=gone-1,open-1,x,Bad,let-1',
      { park: null, listing: null, picks: ['open-1', 'let-1'] },
      [
        { param: 'pick', value: 'gone-1', note: 'removed' },
        { param: 'pick', value: 'x', note: 'not-found' },
        { param: 'pick', value: 'Bad' },
      ],
    ],
  ])('%s', (_name, query, kept, dropped) => {
    const r = parse(query)
    expect({ park: r.state.park, listing: r.state.listing, picks: r.state.picks }).toEqual(kept)
    expect(r.ignored).toEqual(dropped.map((d) => ({ ...d, reason: 'bad-value' })))
  })

  it('shows an id imported on this device', () => {
    const r = parse('?listing=i-0123456789&pick=i-0123456789', new Set(['i-0123456789']))
    expect(r.state.listing).toBe('i-0123456789')
    expect(r.state.picks).toEqual(['i-0123456789'])
    expect(r.ignored).toEqual([])
  })

  it('counts the 20 picks among the ids that pass the check', () => {
    const many = Array.from({ length: 25 }, (_, i) => `x${i}`)
    const r = parse(`?pick=open-1,${many.join(',')}`)
    expect(r.state.picks).toEqual(['open-1'])
    expect(r.ignored).toHaveLength(25)
  })
})
