/**
 * "My listings" (issue 20): a sheet read and checked with the CLI's code in the import worker, its valid rows kept
 * on this device (IndexedDB) with drive minutes from the routing worker, and joined to the published listings
 * (data store's setDeviceListings) once at the end, marked "on this device only".
 *
 * Storage: idb-keyval rather than dexie: one key holds the whole list (a few hundred kB for 5,000 rows), read once
 * at start and written whole after each change; there is nothing to query or index, and idb-keyval is 600 bytes.
 * A failed write (private mode, quota) is said in the panel and the rows stay in memory for this visit.
 */
import { defineStore } from 'pinia'
import { computed, markRaw, shallowRef } from 'vue'
import { get, set } from 'idb-keyval'
import { deviceListing, ensureColumn, recordPoint, type DeviceCheck } from '../domain/import/device.ts'
import type { SeedRecord } from '../domain/import/merge.ts'
import type { Cell } from '../domain/import/cells.ts'
import type { DriveMinutes, LngLat } from '../domain/types.ts'
import type { PinInputResult } from '../domain/pinInput.ts'
import { useDataStore } from './data.ts'
import { useRoutingStore } from './routing.ts'
import { importWorker } from './importWorker.ts'

/** The IndexedDB key (idb-keyval's default database). */
export const STORAGE_KEY = 'my-listings-v1'

export interface KeptListing {
  record: SeedRecord
  driveMinutes: DriveMinutes
}

/** A long step under way: rows done of total (total 0: not known yet, e.g. while a file is parsed). */
export interface Progress {
  step: 'read' | 'check' | 'route'
  done: number
  total: number
  /** performance.now() at the start: the panel shows progress after 300 ms. */
  since: number
}

/** A row placed by a map click: where, and its drive minutes (hub order) once the routing worker answers. */
export interface Placed {
  row: number
  point: LngLat
  minutes: DriveMinutes | null
}

/**
 * Points per hubMinutes request: one batch per 1,000 rows, so that a 5,000-row import shows its progress; each
 * request snaps its points and reads cached hub times (src/workers/routing.worker.ts), so batching costs little.
 */
export const ROUTE_BATCH = 1000

const today = () => new Date().toISOString().slice(0, 10)

export const useMyListingsStore = defineStore('myListings', () => {
  const data = useDataStore()
  /** The sheet being checked: its rows (header first) as the agent edits them. */
  const sheet = shallowRef<{ name: string; rows: Cell[][] } | null>(null)
  /** The latest check of `sheet` (from the import worker); `checking` while a newer one is under way. */
  const check = shallowRef<DeviceCheck | null>(null)
  const checking = shallowRef(false)
  const kept = shallowRef<readonly KeptListing[]>([])
  /** Why the device storage failed (shown in the panel); null when it works. */
  const storageError = shallowRef<string | null>(null)
  const progress = shallowRef<Progress | null>(null)
  /** Why computing drive minutes failed, if it did. */
  const routeError = shallowRef<string | null>(null)
  /** Why the import worker failed (its script did not load, or it stopped), if it did. */
  const workerError = shallowRef<string | null>(null)
  const placed = shallowRef<Placed | null>(null)
  /** A map click refused for a row (outside the area, or not a point). */
  const placeError = shallowRef<{ row: number; error: 'outside' | 'bad' } | null>(null)

  const parks = computed(() => (data.dataset?.parks ?? []).map((p) => ({ id: p.id, name: p.name, point: p.point })))
  const worker = () => importWorker((e) => (workerError.value = e.message))
  const hubs = () => data.dataset!.hubs.map((h) => ({ id: h.id, point: [h.point[0], h.point[1]] as LngLat }))

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

  /** The latest check asked: the answer to an older one (the sheet changed meanwhile) is dropped. */
  let checkRound = 0
  async function recheck(): Promise<void> {
    const s = sheet.value
    const ds = data.dataset
    if (!s || !ds) return
    const round = ++checkRound
    checking.value = true
    const own: Progress = { step: 'check', done: 0, total: s.rows.length - 1, since: performance.now() }
    if (progress.value?.step !== 'read') progress.value = own
    else progress.value = { ...progress.value, ...own, since: progress.value.since }
    const ctx = {
      parks: parks.value,
      published: new Set(ds.listings.filter((l) => !l.device).map((l) => l.id)),
      removed: new Map(data.removed.map((r) => [r.id, r.date])),
      today: today(),
      sheetName: s.name,
    }
    try {
      const c = await worker().call('check', { rows: s.rows, ctx }, [], (p) => {
        if (round === checkRound && progress.value?.step === 'check') progress.value = { ...progress.value, done: p.done, total: p.total }
      })
      if (round !== checkRound) return
      check.value = markRaw(c)
      workerError.value = null
    } catch (e) {
      if (round === checkRound) workerError.value = (e as Error).message
    } finally {
      if (round === checkRound) {
        checking.value = false
        if (progress.value?.step === 'check') progress.value = null
      }
    }
  }

  function setSheet(name: string, rows: Cell[][]): Promise<void> {
    sheet.value = { name, rows: markRaw(rows) }
    placed.value = null
    placeError.value = null
    return recheck()
  }

  /** A sheet file read in the import worker (the bytes are moved there); its error message, or null when read. */
  async function readFile(name: string, bytes: ArrayBuffer): Promise<string | null> {
    progress.value = { step: 'read', done: 0, total: 0, since: performance.now() }
    try {
      const r = await worker().call('read', { name, bytes }, [bytes])
      if (!r.ok) return r.message
      await setSheet(name, r.rows)
      return null
    } catch (e) {
      return (e as Error).message
    } finally {
      if (progress.value?.step === 'read') progress.value = null
    }
  }

  /** The agent's fixes of cells (row index in `rows`, header = 0; columns by index or key): checked again. */
  function setCells(row: number, cells: [number | Parameters<typeof ensureColumn>[1], Cell][]): Promise<void> {
    const s = sheet.value
    if (!s) return Promise.resolve()
    const rows = s.rows.slice()
    rows[0] = rows[0].slice()
    const out = rows[row].slice()
    for (const [c, value] of cells) {
      const col = typeof c === 'number' ? c : ensureColumn(rows, c)
      while (out.length <= col) out.push(null)
      out[col] = value
    }
    rows[row] = out
    sheet.value = { name: s.name, rows: markRaw(rows) }
    return recheck()
  }
  const editCell = (row: number, col: number, value: string) => setCells(row, [[col, value]])
  /** A row without coordinates placed in a park: its `park` cell (the column is added when missing). */
  const placeInPark = (row: number, parkId: string) => setCells(row, [['park', parkId]])

  /**
   * A row placed by a map click (the pin-drop path, src/components/MapView.vue): the point, checked against the
   * area (src/domain/pinInput.ts), goes into its lng/lat/crs cells; its drive minutes are asked at once. `row` as
   * Excel numbers it (header = 1).
   */
  async function placeOnMap(row: number, at: PinInputResult): Promise<void> {
    if (!at.ok) {
      placeError.value = { row, error: at.error }
      return
    }
    placeError.value = null
    const point = at.point
    placed.value = { row, point, minutes: null }
    const checked = setCells(row - 1, [['lng', point[0]], ['lat', point[1]], ['crs', 'wgs84']])
    try {
      const [m] = await useRoutingStore().ask('hubMinutes', { points: new Float64Array(point), hubs: hubs() })
      if (placed.value?.point === point) placed.value = { ...placed.value, minutes: m }
    } catch (e) {
      routeError.value = (e as Error).message
    }
    await checked
  }

  /** Drive minutes of every point, ROUTE_BATCH at a time, progress after each; unknown (null) without the road graph. */
  async function routeAll(points: (LngLat | null)[]): Promise<DriveMinutes[]> {
    const out: DriveMinutes[] = []
    for (let at = 0; at < points.length; at += ROUTE_BATCH) {
      const batch = points.slice(at, at + ROUTE_BATCH)
      const flat = new Float64Array(batch.flatMap((p) => p ?? [NaN, NaN]))
      try {
        out.push(...(await useRoutingStore().ask('hubMinutes', { points: flat, hubs: hubs() })))
      } catch (e) {
        // Without the road graph the listings are still kept, with unknown minutes (said in the panel).
        routeError.value = (e as Error).message
        return points.map((_, i) => out[i] ?? hubs().map(() => null))
      }
      progress.value = { ...progress.value!, done: out.length }
    }
    return out
  }

  /** The sheet's valid rows kept on this device, with their drive minutes from every hub; the map and list follow once. */
  async function keepValid(): Promise<number> {
    const c = check.value
    if (!c || !data.dataset || !c.records.length || checking.value) return 0
    progress.value = { step: 'route', done: 0, total: c.records.length, since: performance.now() }
    routeError.value = null
    try {
      const recs = c.records.map((r) => r.record)
      const minutes = await routeAll(recs.map((r) => recordPoint(r, parks.value)))
      const byId = new Map(kept.value.map((k) => [k.record.id, k]))
      recs.forEach((record, i) => byId.set(record.id, { record, driveMinutes: minutes[i] }))
      kept.value = markRaw([...byId.values()])
      const keptRows = new Set(c.records.map((r) => r.row))
      const s = sheet.value!
      performance.mark('mine:routed')
      // The one refresh (table, list, map) in a task of its own, after the last routing reply has been handled.
      await new Promise((ok) => setTimeout(ok, 0))
      publish()
      performance.mark('mine:published')
      progress.value = null
      // Kept rows leave the sheet; the header and the rows still to fix stay (checked again in the worker).
      void setSheet(s.name, s.rows.filter((_, i) => i === 0 || !keptRows.has(i + 1)))
      await save()
      performance.mark('mine:saved')
      return recs.length
    } finally {
      if (progress.value?.step === 'route') progress.value = null
    }
  }

  async function remove(id: string | null): Promise<void> {
    kept.value = markRaw(id === null ? [] : kept.value.filter((k) => k.record.id !== id))
    publish()
    await save()
  }

  return { sheet, kept, check, checking, storageError, routeError, workerError, progress, parks, placed, placeError, restore, readFile, setSheet, editCell, placeInPark, placeOnMap, keepValid, remove }
})
