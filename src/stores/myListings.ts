/**
 * "My listings" (issue 20): a sheet checked in the browser with the CLI's code, its valid rows kept on this device
 * (IndexedDB) with drive minutes from the routing worker, and joined to the published listings (data store's
 * setDeviceListings), marked "on this device only".
 *
 * Storage: idb-keyval rather than dexie: one key holds the whole list (a few hundred kB for 5,000 rows), read once
 * at start and written whole after each change; there is nothing to query or index, and idb-keyval is 600 bytes.
 * A failed write (private mode, quota) is said in the panel and the rows stay in memory for this visit.
 */
import { defineStore } from 'pinia'
import { computed, markRaw, shallowRef } from 'vue'
import { get, set } from 'idb-keyval'
import { checkSheet, deviceListing, ensureColumn, recordPoint, type DeviceCheck } from '../domain/import/device.ts'
import type { SeedRecord } from '../domain/import/merge.ts'
import type { Cell } from '../domain/import/cells.ts'
import type { DriveMinutes } from '../domain/types.ts'
import { useDataStore } from './data.ts'
import { useRoutingStore } from './routing.ts'

/** The IndexedDB key (idb-keyval's default database). */
export const STORAGE_KEY = 'my-listings-v1'

export interface KeptListing {
  record: SeedRecord
  driveMinutes: DriveMinutes
}

export interface Progress {
  step: 'read' | 'check' | 'route'
  /** performance.now() at the start: the panel shows progress after 300 ms. */
  since: number
}

const today = () => new Date().toISOString().slice(0, 10)

export const useMyListingsStore = defineStore('myListings', () => {
  const data = useDataStore()
  /** The sheet being checked: its rows (header first) as the agent edits them. */
  const sheet = shallowRef<{ name: string; rows: Cell[][] } | null>(null)
  const kept = shallowRef<readonly KeptListing[]>([])
  /** Why the device storage failed (shown in the panel); null when it works. */
  const storageError = shallowRef<string | null>(null)
  const progress = shallowRef<Progress | null>(null)
  /** Why computing drive minutes failed, if it did. */
  const routeError = shallowRef<string | null>(null)

  const parks = computed(() => (data.dataset?.parks ?? []).map((p) => ({ id: p.id, name: p.name, point: p.point })))
  const check = computed<DeviceCheck | null>(() => {
    const s = sheet.value
    const ds = data.dataset
    if (!s || !ds) return null
    const published = new Set(ds.listings.filter((l) => !l.device).map((l) => l.id))
    return checkSheet(s.rows, { parks: parks.value, published, removed: new Map(data.removed.map((r) => [r.id, r.date])), today: today(), sheetName: s.name })
  })

  function publish(): void {
    data.setDeviceListings(kept.value.map((k) => deviceListing(k.record, parks.value, k.driveMinutes)))
  }

  async function save(): Promise<void> {
    try {
      await set(STORAGE_KEY, kept.value.map((k) => ({ record: k.record, driveMinutes: k.driveMinutes })))
      storageError.value = null
    } catch (e) {
      storageError.value = (e as Error).message || String(e)
    }
  }

  /** At start, before the link is read: a link naming a kept listing then finds it. */
  async function restore(): Promise<void> {
    try {
      const v = (await get(STORAGE_KEY)) as KeptListing[] | undefined
      if (Array.isArray(v)) kept.value = markRaw(v.filter((k) => k && typeof k.record?.id === 'string' && Array.isArray(k.driveMinutes)))
    } catch (e) {
      storageError.value = (e as Error).message || String(e)
    }
    if (kept.value.length) publish()
  }

  function setSheet(name: string, rows: Cell[][]): void {
    sheet.value = { name, rows: markRaw(rows) }
  }

  /** The agent's fix of one cell (row index in `rows`, header = 0): the sheet is checked again. */
  function editCell(row: number, col: number, value: string): void {
    const s = sheet.value
    if (!s) return
    const rows = s.rows.slice()
    const cells = rows[row].slice()
    while (cells.length <= col) cells.push(null)
    cells[col] = value
    rows[row] = cells
    sheet.value = { name: s.name, rows: markRaw(rows) }
  }

  /** A row without coordinates placed in a park: its `park` cell (the column is added when missing). */
  function placeInPark(row: number, parkId: string): void {
    const s = sheet.value
    if (!s) return
    const rows = s.rows.map((r) => r.slice())
    const col = ensureColumn(rows, 'park')
    rows[row][col] = parkId
    sheet.value = { name: s.name, rows: markRaw(rows) }
  }

  /** The sheet's valid rows kept on this device, with their drive minutes from every hub. */
  async function keepValid(): Promise<number> {
    const c = check.value
    const ds = data.dataset
    if (!c || !ds || !c.records.length) return 0
    progress.value = { step: 'route', since: performance.now() }
    routeError.value = null
    try {
      const recs = c.records.map((r) => r.record)
      const points = new Float64Array(recs.flatMap((r) => recordPoint(r, parks.value) ?? [NaN, NaN]))
      let minutes: (number | null)[][]
      try {
        minutes = await useRoutingStore().ask('hubMinutes', { points, hubs: ds.hubs.map((h) => ({ id: h.id, point: [h.point[0], h.point[1]] })) })
      } catch (e) {
        // Without the road graph the listings are still kept, with unknown minutes (said in the panel).
        routeError.value = (e as Error).message
        minutes = recs.map(() => ds.hubs.map(() => null))
      }
      const byId = new Map(kept.value.map((k) => [k.record.id, k]))
      recs.forEach((record, i) => byId.set(record.id, { record, driveMinutes: minutes[i] }))
      kept.value = markRaw([...byId.values()])
      const keptRows = new Set(c.records.map((r) => r.row))
      const s = sheet.value!
      // Kept rows leave the sheet; the header and the rows still to fix stay.
      sheet.value = { name: s.name, rows: markRaw(s.rows.filter((_, i) => i === 0 || !keptRows.has(i + 1))) }
      publish()
      await save()
      return recs.length
    } finally {
      progress.value = null
    }
  }

  async function remove(id: string | null): Promise<void> {
    kept.value = markRaw(id === null ? [] : kept.value.filter((k) => k.record.id !== id))
    publish()
    await save()
  }

  return { sheet, kept, check, storageError, routeError, progress, parks, restore, setSheet, editCell, placeInPark, keepValid, remove }
})
