import { describe, expect, it } from 'vitest'
import { applyDraft, mergeClaims, mergeSheet, type MergeOptions, type SeedRecord } from './merge.ts'
import type { Claim, Source } from '../types.ts'
import { readRows, type SheetContext } from './rows.ts'
import type { Cell } from './cells.ts'

const SRC = { url: 'https://example.org/a', doc: null, title: 'A page', read: '2026-11-28' }
function createRecord(over: Partial<SeedRecord> = {}): SeedRecord {
  return { id: 'real-1', parkId: 'p1', name: { zh: '厂房', en: 'Factory' }, kind: 'factory', deal: ['rent'], floorArea: { min: 1000, max: null }, rent: 1.1, ready: true, status: 'available', note: { zh: '注', en: 'note' }, sample: false, sources: [SRC], ...over }
}
const OPTS: MergeOptions = { replace: false, today: '2026-12-07', sheetName: 'sheet.csv', sheetSource: { url: null, doc: 'sheet.csv', title: 'sheet.csv, imported 2026-12-07', read: '2026-12-07' } }

function run(files: Record<string, SeedRecord[]>, rows: Cell[][], opts: Partial<MergeOptions> = {}) {
  const current = new Map(Object.entries(files))
  const existing = new Map(Object.values(files).flat().map((r) => [r.id, { parkId: r.parkId as string, sample: r.sample === true }]))
  const ctx: SheetContext = { parks: [{ id: 'p1', name: { zh: '一园', en: 'Park One' }, point: [121.1, 31.4] }, { id: 'p2', name: { zh: '二园', en: 'Park Two' }, point: [121.2, 31.4] }], existing, removed: new Map(), today: '2026-12-07' }
  const read = readRows(rows, ctx)
  expect(read.problems).toEqual([])
  return mergeSheet(current, read.drafts, { ...OPTS, ...opts })
}

describe('mergeSheet', () => {
  it('changes only the field whose cell changed, and keeps fields the sheet has no column for', () => {
    const r = run({ p1: [createRecord()] }, [['id', 'name_zh', 'name_en', 'rent'], ['real-1', '厂房', 'Factory', '1.3']])
    expect(r.updated).toEqual([{ id: 'real-1', row: 2, file: 'p1', fields: ['rent'] }])
    expect(r.files.get('p1')![0]).toEqual(createRecord({ rent: 1.3 }))
  })

  it('removes a field whose cell is empty (unknown)', () => {
    const r = run({ p1: [createRecord()] }, [['id', 'rent'], ['real-1', '']])
    expect(r.files.get('p1')![0].rent).toBeUndefined()
    expect(r.updated[0].fields).toEqual(['rent'])
  })

  it('is idempotent: the same sheet again changes nothing', () => {
    const rows: Cell[][] = [['name_zh', 'park', 'kind', 'area', 'deal', 'ready'], ['新厂房', 'p1', 'factory', '2000-3000', 'sale', 'no']]
    const first = run({ p1: [createRecord()] }, rows)
    expect(first.added).toHaveLength(1)
    const second = run({ p1: first.files.get('p1')! }, rows)
    expect(second).toMatchObject({ added: [], updated: [], removed: [], unchanged: 1 })
    expect(second.files.size).toBe(0)
  })

  it('adds a new listing as real, sourced by the sheet, at its park point flagged approximate, before the samples', () => {
    const sample = createRecord({ id: 's-p1-1', sample: true })
    const r = run({ p1: [createRecord(), sample] }, [['name_zh', 'park', 'kind', 'area', 'deal', 'ready'], ['新厂房', '一园', '标准厂房', '2000', '出租', '是']])
    const list = r.files.get('p1')!
    expect(list.map((x) => x.id)).toEqual(['real-1', r.added[0].id, 's-p1-1'])
    expect(list[1]).toMatchObject({ sample: false, precision: 'approximate', name: { zh: '新厂房', en: '新厂房' }, sources: [OPTS.sheetSource], status: 'available' })
  })

  it('moves a listing whose park changed to that park’s file', () => {
    const r = run({ p1: [createRecord()], p2: [] }, [['id', 'park'], ['real-1', 'p2']])
    expect(r.files.get('p1')).toEqual([])
    expect(r.files.get('p2')!.map((x) => x.id)).toEqual(['real-1'])
  })

  it('--replace takes the park’s other real listings off the market, never samples', () => {
    const r = run({ p1: [createRecord(), createRecord({ id: 'real-2' }), createRecord({ id: 's-p1-1', sample: true })] }, [['id', 'park'], ['real-1', 'p1']], { replace: true })
    expect(r.removed).toEqual([{ id: 'real-2', date: '2026-12-07', reason: 'not in sheet.csv (data:import --replace)' }])
    expect(r.files.get('p1')!.map((x) => x.id)).toEqual(['real-1', 's-p1-1'])
  })

  it('names the row of a new listing that lacks a required field', () => {
    const r = run({}, [['name_zh', 'park', 'deal'], ['新厂房', 'p1', 'rent']])
    expect(r.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      '2 kind: no such column, and a listing needs one (factory, custom, warehouse, office, land or 标准厂房…)',
      '2 ready: no such column, and a listing needs one (yes, no, 是, 否 or a completion date)',
    ])
  })

  it('keeps existing sources when the row cites one of them, replaces them when it cites another', () => {
    const same = run({ p1: [createRecord()] }, [['id', 'source'], ['real-1', 'Another title https://example.org/a']])
    expect(same.unchanged).toBe(1)
    const other = run({ p1: [createRecord()] }, [['id', 'source'], ['real-1', 'https://example.org/b']])
    expect(other.files.get('p1')![0].sources).toEqual([{ url: 'https://example.org/b', doc: null, title: 'https://example.org/b', read: '2026-12-07' }])
  })

  it('keeps a listing’s claims: a sheet has no claims column and readRows gives a draft none', () => {
    const claims: Claim[] = [{ hub: 'anting', minutes: 10, source: SRC }]
    const r = run({ p1: [createRecord({ claims })] }, [['id', 'rent'], ['real-1', '1.3']])
    expect(r.files.get('p1')![0].claims).toEqual(claims)
  })
})

describe('mergeClaims (a draft’s claims, from an advert)', () => {
  const ADVERT = { url: null, doc: 'ads.txt', title: 'ads.txt, advert 1, imported 2026-12-07', read: '2026-12-07' }
  const c = (hub: string, minutes: number, source: Source = SRC): Claim => ({ hub, minutes, source })
  it.each<[string, Claim[], Claim[], Claim[] | undefined]>([
    ['a new hub is added after the others', [c('anting', 10)], [c('hongqiao', 30, ADVERT)], [c('anting', 10), c('hongqiao', 30, ADVERT)]],
    ['the same minutes keep the first source (a re-import changes nothing)', [c('anting', 10)], [c('anting', 10, ADVERT)], [c('anting', 10)]],
    ['other minutes replace the claim in place, with the new source', [c('anting', 10), c('pvg', 60)], [c('anting', 12, ADVERT)], [c('anting', 12, ADVERT), c('pvg', 60)]],
    ['hubs the draft does not name stay', [c('pvg', 60)], [], [c('pvg', 60)]],
    ['a hub repeated in the draft: the first counts', [], [c('anting', 10, ADVERT), c('anting', 15, ADVERT)], [c('anting', 10, ADVERT)]],
    ['none at all: absent, as seeds leave unknown fields out', [], [], undefined],
  ])('%s', (_what, existing, incoming, want) => {
    expect(mergeClaims(existing, incoming)).toEqual(want)
  })

  it('goes through applyDraft: a draft with claims sets them on a new listing, in the order of seeds/README.md', () => {
    const draft = { row: 2, id: 'i-0123456789', idGiven: false, parkId: 'p1', patch: { 'name.zh': '厂房', kind: 'factory', deal: ['rent'], ready: true }, sources: null, claims: [c('anting', 10, ADVERT)] }
    const { record, problems } = applyDraft(undefined, draft, OPTS)
    expect(problems).toEqual([])
    expect(record.claims).toEqual([c('anting', 10, ADVERT)])
    expect(Object.keys(record).indexOf('claims')).toBeLessThan(Object.keys(record).indexOf('sources'))
  })
})
