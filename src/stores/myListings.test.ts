import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useMyListingsStore } from './myListings.ts'
import { useRoutingStore } from './routing.ts'
import { useDataStore } from './data.ts'
import { checkPinPoint } from '../domain/pinInput.ts'
import type { LngLat } from '../domain/types.ts'

beforeEach(() => setActivePinia(createPinia()))

/** A store with a sheet whose row 2 (Excel's numbering) has no park and no coordinates; routing answers 12 and 34 min. */
async function createStore() {
  // Two hubs, no parks or listings: what placing needs of the data (the import worker is not started in Node).
  useDataStore().dataset = { hubs: [{ id: 'h1', point: [121, 31.3] }, { id: 'h2', point: [121.2, 31.5] }], parks: [], listings: [] } as never
  const my = useMyListingsStore()
  await my.setSheet('mine.csv', [['name_zh', 'kind'], ['厂房', 'factory']])
  const ask = vi.spyOn(useRoutingStore(), 'ask').mockResolvedValue([[12, 34]])
  return { my, ask }
}

describe('placing an imported row by a map click', () => {
  it('a click inside the area fills the row\'s lng/lat/crs cells (columns added) and asks its drive minutes at once', async () => {
    const { my, ask } = await createStore()
    await my.placeOnMap(2, checkPinPoint([121.1234567, 31.4]))
    expect(my.sheet!.rows).toEqual([['name_zh', 'kind', 'lng', 'lat', 'crs'], ['厂房', 'factory', 121.123457, 31.4, 'wgs84']])
    expect(ask).toHaveBeenCalledWith('hubMinutes', { points: new Float64Array([121.123457, 31.4]), hubs: [{ id: 'h1', point: [121, 31.3] }, { id: 'h2', point: [121.2, 31.5] }] })
    expect(my.placed).toEqual({ row: 2, point: [121.123457, 31.4], minutes: [12, 34] })
    expect(my.placeError).toBeNull()
  })

  it.each([
    ['outside the area', [122.5, 31.4], 'outside'],
    ['not a point', [NaN, 31.4], 'bad'],
  ] as [string, LngLat, string][])('a click %s changes no cell and says why for that row', async (_, at, error) => {
    const { my, ask } = await createStore()
    await my.placeOnMap(2, checkPinPoint(at))
    expect(my.placeError).toEqual({ row: 2, error })
    expect(my.sheet!.rows).toEqual([['name_zh', 'kind'], ['厂房', 'factory']])
    expect(my.placed).toBeNull()
    expect(ask).not.toHaveBeenCalled()
  })
})
