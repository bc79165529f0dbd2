import { describe, expect, it } from 'vitest'
import { calibrationFigures } from './calibration.ts'
import type { Seeds } from './load.ts'
import type { CalibrationSeed, ListingSeed } from './schema.ts'

const source = { url: 'https://example.org/advert', doc: null, title: 'advert', read: '2026-12-07' }

/** A listing with only the fields the calibration reads; the rest of ListingSeed does not matter here. */
function createListing(fields: Partial<ListingSeed>): { file: string; record: ListingSeed } {
  return { file: 'seeds/listings/p.yaml', record: { id: 'l-1', claims: [{ hub: 'anting', minutes: 10, source }], ...fields } as ListingSeed }
}

function createFigure(id: string): { file: string; record: CalibrationSeed } {
  return { file: 'seeds/calibration.yaml', record: { id, from: { hub: 'hongqiao' }, to: { hub: 'pvg' }, minutes: 60, source } as CalibrationSeed }
}

function figuresOf(listings: ReturnType<typeof createListing>[], calibration = [createFigure('hongqiao-pvg')]): ReturnType<typeof calibrationFigures> {
  return calibrationFigures({ calibration, listings } as Pick<Seeds, 'calibration' | 'listings'>)
}

describe('calibrationFigures', () => {
  it('keeps the figures of calibration.yaml first, in order', () => {
    expect(figuresOf([], [createFigure('a'), createFigure('b')]).map((f) => f.id)).toEqual(['a', 'b'])
  })

  it.each([
    ['its park', { parkId: 'taicang-shida' }, { park: 'taicang-shida' }],
    ['its own point', { parkId: 'taicang-shida', point: [121.1, 31.3] as [number, number], crs: 'gcj02' as const }, { point: [121.1, 31.3], crs: 'gcj02' }],
    ['its own point, WGS-84 when no crs is given', { point: [121.1, 31.3] as [number, number] }, { point: [121.1, 31.3], crs: 'wgs84' }],
  ])('measures a claim from %s', (_, fields, from) => {
    const claim = figuresOf([createListing(fields)]).at(-1)
    expect(claim).toEqual({ id: 'claim:l-1:anting', from, to: { hub: 'anting' }, minutes: 10 })
  })

  it('takes every claim of a listing and nothing from listings without claims', () => {
    const two = createListing({ parkId: 'p', claims: [{ hub: 'anting', minutes: 10, source }, { hub: 'hongqiao', minutes: 30, source }] })
    const none = createListing({ id: 'l-2', parkId: 'p', claims: undefined })
    expect(figuresOf([two, none], []).map((f) => f.id)).toEqual(['claim:l-1:anting', 'claim:l-1:hongqiao'])
  })

  it('names the listing when a claim has nothing to be measured from', () => {
    expect(() => figuresOf([createListing({ parkId: undefined })])).toThrow(
      'seeds/listings/p.yaml: listing l-1 claims a drive time but has neither a point nor a park',
    )
  })
})
