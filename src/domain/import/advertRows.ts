/**
 * Adverts read by src/domain/advert (the `--ad` reader) as rows of the import sheet (columns.ts's English names), so
 * that the browser's import panel checks them with the same code as a sheet. An advert carries no listing name:
 * name_zh stays empty and the panel asks for it at its cell (never invented).
 */
import type { AdvertResult } from '../advert/types.ts'
import type { Cell } from './cells.ts'

export const ADVERT_HEADER = ['name_zh', 'park', 'kind', 'area_min', 'area_max', 'deal', 'rent', 'sale_price', 'land', 'land_price', 'clear_height', 'storey_height', 'floor_load', 'power', 'crane', 'ready', 'phone', 'contact'] as const

export function advertRows(adverts: readonly AdvertResult[]): Cell[][] {
  const rows: Cell[][] = [[...ADVERT_HEADER]]
  for (const { listing: a } of adverts) {
    const deal = a.deal.length === 2 ? 'both' : (a.deal[0] ?? null)
    const ready = a.ready === true ? 'yes' : a.completion ? a.completion : a.ready === false ? 'no' : null
    rows.push([
      null, a.park, a.kind, a.floorArea?.min ?? null, a.floorArea?.max ?? null, deal, a.rent, a.salePrice,
      a.landArea?.min ?? null, a.landPrice, a.clearHeight, a.storeyHeight, a.floorLoad, a.power, a.crane, ready,
      a.contact?.phone.join(' / ') || null, a.contact?.name ?? null,
    ])
  }
  return rows
}
