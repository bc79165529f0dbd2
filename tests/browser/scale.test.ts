/**
 * The explorer at 10k and 100k listings (synthetic, scripts/data/synth.ts) stays responsive: dragging a
 * drive-time slider and editing the floor-area filter make no long task over 50 ms (10k) or 100 ms (100k);
 * the custom pin reaches the results and its isochrone within 150 ms (the app's own performance measures); the
 * list stays virtualized. Long tasks are counted from the interaction on: the page load is excluded.
 *
 * These machines are shared and noisy (2 cores, WebGL rendered in software by the GPU process on the same cores),
 * and the issue asks for every figure as a median: each interaction runs RUNS times, the gate is on the median of
 * the longest task of each run, and every task of every run is printed. Single outliers do occur (seen at 10k: one
 * drag in about ten with one task of 50–90 ms, in native work such as history.pushState or a frame of the map);
 * they are reported, not gated.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { Dataset, Listing } from '../../src/domain/types.ts'
import { loadDataset } from '../../scripts/data/dataset.ts'
import { synthesize } from '../../scripts/data/synth.ts'
import { countText, openApp, SHOTS, waitForData, waitForMap, type AppSession } from './driver.ts'
import { dataVariant, type Variant } from './variants.ts'

/** A point near Anting on the road network, inside the area (WGS-84 "lng, lat" as the pin field takes it). */
const PIN = '121.2, 31.33'
const SLIDER_STEPS = 20
const RUNS = 5
const LIMIT_10K_MS = 50
const LIMIT_100K_MS = 100
/** Other pins for the repeated pin measurement, near the first one and on the network. */
const MORE_PINS = ['121.18, 31.32', '121.22, 31.34']
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]
const longest = (tasks: LongTask[]): number => Math.max(0, ...tasks.map((t) => t.duration))
/** Time for the work an interaction triggers (worker answers, map redraws) to land before tasks are read. */
const SETTLE_MS = 1500

let session: AppSession | null = null
afterEach(async () => {
  await session?.close()
  session = null
})

interface LongTask {
  start: number
  duration: number
}

/** Writes the shipped listings plus n synthetic ones under test-results/synth/ and builds the app with them. */
async function createScaleVariant(ds: Dataset, synthetic: Listing[], n: number): Promise<Variant> {
  const dir = resolve(SHOTS, 'synth')
  mkdirSync(dir, { recursive: true })
  const file = resolve(dir, `listings-${n}.json`)
  writeFileSync(file, JSON.stringify({ listings: [...ds.listings, ...synthetic.slice(0, n)] }))
  return dataVariant(`scale-${n}`, { JKT_LISTINGS: file })
}

/** Opens the variant and waits for the data and the map: everything after this is interaction. */
async function openReady(v: Variant): Promise<Page> {
  session = await openApp('?v=1&lang=en', { baseUrl: v.url, gpuCompositing: true })
  await waitForData(session.page)
  await waitForMap(session.page)
  await session.page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] }
    w.longTasks = []
    // buffered: a task that ends before the first callback is still reported; startTime tells them apart.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  return session.page
}

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now())

/** Long tasks that started at or after t0, once the work the interaction set off has settled. */
async function longTasksSince(page: Page, t0: number): Promise<LongTask[]> {
  await page.waitForTimeout(SETTLE_MS)
  const all = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks)
  return all.filter((t) => t.start >= t0)
}

const describeTasks = (tasks: LongTask[]): string =>
  tasks.length ? tasks.map((t) => `${Math.round(t.duration)} ms @${Math.round(t.start)}`).join(', ') : 'none'

/** The app's own performance measure `name` (its latest), failing at once with the page's errors if it broke. */
async function measure(page: Page, name: string): Promise<number> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const d = await page.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? null, name)
    if (d !== null) return d
    if (session!.errors.length) throw new Error(`no '${name}' measure; the page reported: ${session!.errors.join('; ')}`)
    if (Date.now() > deadline) throw new Error(`no '${name}' measure within 30 s`)
    await page.waitForTimeout(100)
  }
}

/** Adds a drive-time limit through the panel and waits until its isochrone has arrived and settled. */
async function addLimit(page: Page, hub: string): Promise<number> {
  await page.getByTestId('add-hub').selectOption(hub)
  const iso = await measure(page, `iso:${hub}`)
  await page.waitForTimeout(SETTLE_MS)
  return iso
}

/** Steps the hub's minutes slider with the keyboard, one input event per step, as a slow drag does. */
async function dragSlider(page: Page, hub: string, steps: number, key: 'ArrowRight' | 'ArrowLeft' = 'ArrowRight'): Promise<void> {
  const slider = page.getByTestId(`dt-${hub}`)
  const start = Number(await slider.inputValue())
  await slider.focus()
  for (let i = 0; i < steps; i++) await page.keyboard.press(key)
  expect(Number(await slider.inputValue())).toBe(start + (key === 'ArrowRight' ? steps : -steps))
}

/** Drags the slider RUNS times (right, left, right…) and returns the long tasks of each drag. */
async function dragRuns(page: Page, hub: string): Promise<LongTask[][]> {
  const runs: LongTask[][] = []
  for (let r = 0; r < RUNS; r++) {
    const t0 = await now(page)
    await dragSlider(page, hub, SLIDER_STEPS, r % 2 ? 'ArrowLeft' : 'ArrowRight')
    runs.push(await longTasksSince(page, t0))
  }
  return runs
}

/** Commits a few floor-area bounds, each a filter change (the field commits on change: Tab blurs it). */
async function editArea(page: Page): Promise<void> {
  for (const [which, value] of [['min', '2000'], ['max', '20000'], ['min', '5000'], ['max', '']] as const) {
    await page.getByTestId(`area-${which}`).fill(value)
    await page.keyboard.press('Tab')
  }
}

function report(label: string, values: Record<string, string | number>): void {
  console.log(`[scale] ${label}: ${Object.entries(values).map(([k, v]) => `${k} ${typeof v === 'number' ? `${Math.round(v * 10) / 10} ms` : v}`).join('; ')}`)
}

/** Prints every long task of every run and returns the median over the runs of each run's longest task. */
function reportRuns(label: string, what: string, runs: LongTask[][]): number {
  const m = median(runs.map(longest))
  report(label, { [what]: runs.map(describeTasks).join(' | '), 'median longest': m, 'longest of all': Math.max(...runs.map(longest)) })
  return m
}

/** The app with the shipped listings plus n synthetic ones, built before the suite's tests and closed after them. */
function scaleVariant(n: number): () => Variant {
  let variant: Variant | undefined
  beforeAll(async () => {
    const ds = loadDataset()
    variant = await createScaleVariant(ds, synthesize(ds, n, 1), n)
  })
  afterAll(() => variant?.close())
  return () => variant!
}

describe('10,000 synthetic listings', () => {
  const variant = scaleVariant(10_000)

  it('a drive-time drag and floor-area edits make no long task over 50 ms (median of the runs)', async () => {
    const page = await openReady(variant())
    await addLimit(page, 'hongqiao')
    const before = await countText(page)
    const drags = await dragRuns(page, 'hongqiao')
    await expect.poll(() => countText(page)).not.toBe(before)
    const edits: LongTask[][] = []
    for (let r = 0; r < RUNS; r++) {
      const t1 = await now(page)
      await editArea(page)
      edits.push(await longTasksSince(page, t1))
    }
    const dragMedian = reportRuns('10k drag', 'long tasks per drag', drags)
    const editMedian = reportRuns('10k area', 'long tasks per round of edits', edits)
    expect(dragMedian).toBeLessThanOrEqual(LIMIT_10K_MS)
    expect(editMedian).toBeLessThanOrEqual(LIMIT_10K_MS)
    expect(session!.errors).toEqual([])
  })

  it('a typed pin reaches the results and its isochrone within 150 ms', async () => {
    const page = await openReady(variant())
    // A hub limit first, so the routing worker is up: this measures the pin, not the worker's start.
    await addLimit(page, 'hongqiao')
    await page.getByTestId('pin-input').fill(PIN)
    await page.getByTestId('pin-set').click()
    const pins = [await measure(page, 'pin')]
    await expect.poll(() => page.getByTestId('pin-error').count()).toBe(0)
    const isos = [await addLimit(page, 'pin')]
    // Moving the pin re-filters and redraws its isochrone: measured again, twice.
    for (const next of MORE_PINS) {
      const seen = await page.evaluate(() => [performance.getEntriesByName('pin', 'measure').length, performance.getEntriesByName('iso:pin', 'measure').length])
      await page.getByTestId('pin-input').fill(next)
      await page.getByTestId('pin-set').click()
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName('pin', 'measure').length)).toBeGreaterThan(seen[0])
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName('iso:pin', 'measure').length)).toBeGreaterThan(seen[1])
      pins.push(await measure(page, 'pin'))
      isos.push(await measure(page, 'iso:pin'))
      await page.waitForTimeout(SETTLE_MS)
    }
    report('10k pin', { 'pin → results': pins.map((x) => Math.round(x)).join(', '), 'iso:pin': isos.map((x) => Math.round(x)).join(', ') })
    expect(median(pins)).toBeLessThanOrEqual(150)
    expect(median(isos)).toBeLessThanOrEqual(150)
    expect(session!.errors).toEqual([])
  })
})

describe('100,000 synthetic listings', () => {
  const variant = scaleVariant(100_000)

  it('a drive-time drag makes no long task over 100 ms (median of the runs), the count follows, the list scrolls virtualized', async () => {
    const page = await openReady(variant())
    await addLimit(page, 'hongqiao')
    const before = await countText(page)
    const drags = await dragRuns(page, 'hongqiao')
    const dragMedian = reportRuns('100k drag', 'long tasks per drag', drags)
    await expect.poll(() => countText(page)).not.toBe(before)

    const list = page.getByTestId('results')
    const firstRow = () => list.locator('[data-testid^="row-"]').first().getAttribute('data-testid')
    const top = await firstRow()
    await list.hover()
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 4000)
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(20_000)
    await expect.poll(firstRow).not.toBe(top)
    const rendered = await list.locator('[data-testid^="row-"]').count()
    report('100k list', { 'rendered rows': String(rendered) })
    expect(rendered).toBeGreaterThan(0)
    expect(rendered).toBeLessThan(100)

    expect(dragMedian).toBeLessThanOrEqual(LIMIT_100K_MS)
    expect(session!.errors).toEqual([])
  })
})
