/**
 * The list and the phone answer at a glance (issue 14, items 3, 5 and 8): rows show price and the minutes to every
 * limit, the phone's bottom sheet snaps (count visible when folded), a landscape phone gets a side panel, a
 * latitude-first pin is offered corrected, a hub name in the search offers a limit. Also writes the README's
 * screenshots to docs/.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { PHONE, openApp, search, waitForData, waitForMap, type AppSession } from './driver.ts'

const DESKTOP_WIDE = { width: 1440, height: 900 }
const LANDSCAPE = { width: 844, height: 390 }
const DOCS = resolve(import.meta.dirname, '../../docs')
const LIMITS = 'deal=rent&dt=hongqiao:45,taicang-port:40'

let s: AppSession | null = null
afterEach(async () => {
  await s?.close()
  s = null
})

const box = async (page: Page, testid: string) => (await page.getByTestId(testid).first().boundingBox())!


async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByTestId('filters-toggle')
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

describe('list rows', () => {
  it('show the price with its unit and the minutes to every limit, named', async () => {
    s = await openApp(`?v=1&lang=en&${LIMITS}&sort=price`, { viewport: DESKTOP_WIDE })
    const { page } = s
    await waitForData(page)
    const first = page.locator('[data-testid=results] [role=listitem]').first()
    await expect.poll(() => first.getByTestId('price-in-row').innerText()).toMatch(/^[\d.,]+ CNY\/m²\/day$/)
    const minutes = first.getByTestId('minutes-in-row')
    await expect.poll(() => minutes.innerText()).toMatch(/[\d.]+ min to Hongqiao\s+[\d.]+ min to Taicang Port/)
    expect(await minutes.locator('.dot').count()).toBe(2)
    await waitForMap(page)
    await page.screenshot({ path: resolve(DOCS, 'screenshot-desktop.png') })
    expect(s.errors).toEqual([])
  })

  it('give land its 亩 and never hide the sample badge behind a long name', async () => {
    s = await openApp('?v=1&lang=en&type=land', { viewport: { width: 1000, height: 800 } })
    const { page } = s
    await waitForData(page)
    const rows = page.locator('[data-testid=results] [role=listitem]')
    await expect.poll(() => rows.first().innerText()).toMatch(/[\d.,]+ mu/)
    expect(await rows.first().innerText()).not.toContain('unknown')
    for (const badge of await page.locator('[data-testid=results] .badge.sample').all()) {
      const b = (await badge.boundingBox())!
      const row = (await badge.locator('xpath=ancestor::button[1]').boundingBox())!
      expect(b.x + b.width).toBeLessThanOrEqual(row.x + row.width)
    }
  })
})

describe('phone sheet', () => {
  it('snaps to peek, half and full, by keyboard and by drag, with the count visible when folded', async () => {
    s = await openApp(`?v=1&lang=zh&${LIMITS}`, { viewport: PHONE, isMobile: true })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    const sheet = page.getByTestId('sheet')
    const handle = page.getByTestId('sheet-handle')
    expect(await sheet.getAttribute('data-snap')).toBe('half')
    await page.screenshot({ path: resolve(DOCS, 'screenshot-phone.png') })

    await handle.focus()
    await handle.press('ArrowDown')
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('peek')
    // Folded: the sheet is low, and the count is on screen inside it.
    await expect.poll(async () => (await box(page, 'sheet')).height).toBeLessThan(90)
    const count = await box(page, 'count')
    expect(count.y + count.height).toBeLessThanOrEqual(PHONE.height)
    expect(count.y).toBeGreaterThanOrEqual((await box(page, 'sheet')).y)
    expect(await page.getByTestId('count').innerText()).toMatch(/\d+ 个园区 · \d+ 套房源/)

    await handle.press('End')
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('full')
    await handle.press('Home')
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('peek')

    // A finger dragged from the folded handle to near the top opens the sheet fully; a tap then folds it.
    const h = await box(page, 'sheet-handle')
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2)
    await page.mouse.down()
    for (const y of [700, 500, 300, 120]) await page.mouse.move(h.x + h.width / 2, y)
    await page.mouse.up()
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('full')
    await expect.poll(async () => (await box(page, 'sheet')).height).toBeGreaterThan(700)
    await handle.click()
    await expect.poll(() => sheet.getAttribute('data-snap')).toBe('peek')
    expect(s.errors).toEqual([])
  })
})

describe('phone landscape', () => {
  it('puts the panel beside a full-height map', async () => {
    s = await openApp(`?v=1&lang=zh&${LIMITS}`, { viewport: LANDSCAPE, isMobile: true })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    const panel = (await page.locator('aside.panel').boundingBox())!
    const map = (await page.locator('main.map-area').boundingBox())!
    expect(panel.x).toBe(0)
    expect(panel.width).toBeLessThanOrEqual(LANDSCAPE.width * 0.45)
    expect(map.x).toBeGreaterThanOrEqual(panel.width)
    expect(map.height).toBeGreaterThanOrEqual(LANDSCAPE.height - 1)
    await expect.poll(async () => (await box(page, 'count')).y).toBeLessThan(LANDSCAPE.height / 2)
    expect(await page.getByTestId('sheet-handle').count()).toBe(0)
    await page.screenshot({ path: resolve(DOCS, 'screenshot-landscape.png') })
  })
})

describe('inputs that help', () => {
  it('offers a latitude-first pin corrected, and sets it only when asked', async () => {
    s = await openApp('?v=1&lang=en', { viewport: DESKTOP_WIDE })
    const { page } = s
    await waitForData(page)
    await openFilters(page)
    await page.getByTestId('pin-input').fill('31.33, 121.17')
    await page.getByTestId('pin-set').click()
    const offer = page.getByTestId('pin-swap')
    await expect.poll(() => offer.innerText()).toBe('Use 121.17, 31.33')
    expect(await search(page)).not.toContain('pin=')
    await offer.click()
    await expect.poll(() => search(page)).toContain('pin=121.17,31.33')
    expect(await page.getByTestId('pin-error').count()).toBe(0)
  })

  it.each([
    ['en', 'Hongqiao', 'Add a drive-time limit to Hongqiao Transport Hub (Shanghai Hongqiao Station)'],
    ['zh', '虹桥', '添加到虹桥综合交通枢纽(上海虹桥站)的车程限制'],
  ])('in %s, searching %j offers a drive-time limit to the hub', async (lang, q, label) => {
    s = await openApp(`?v=1&lang=${lang}`, { viewport: DESKTOP_WIDE })
    const { page } = s
    await waitForData(page)
    await openFilters(page)
    await page.getByTestId('q').fill(q)
    const add = page.getByTestId('hub-hint-hongqiao')
    await expect.poll(() => add.innerText()).toBe(label)
    await add.click()
    await expect.poll(() => search(page)).toMatch(/dt=hongqiao:30/)
    expect(await search(page)).not.toContain('q=')
    expect(await page.getByTestId('hub-hint').count()).toBe(0)
  })
})

describe('listing detail', () => {
  it('puts the advertised drive time beside the estimate, with its source', async () => {
    s = await openApp('?v=1&lang=en&listing=shida-std-1100', { viewport: DESKTOP_WIDE })
    const { page } = s
    await waitForData(page)
    const claims = page.getByTestId('claims')
    await expect.poll(() => claims.innerText()).toMatch(/^Anting \(Shanghai International Automobile City\): advert: 10 min · estimate [\d.]+ min \(free-flow(, position approximate)?\) source$/)
    expect(await claims.locator('a').getAttribute('href')).toBe('http://suzhou.021cf.cn/index.php/post/532.html')
    expect(await page.getByTestId('claim-anting').innerText()).toBe('10 min')
    // The header stays on one line in the panel.
    const th = (await page.getByTestId('drive-table').locator('th').nth(1).boundingBox())!
    expect(th.height).toBeLessThan(30)
    await page.screenshot({ path: resolve(import.meta.dirname, '../../test-results/ui-listing-claims.png') })
  })

  it('says a sold listing is no longer offered, not that it is outside the filters', async () => {
    s = await openApp('?v=1&lang=en&listing=jiading-horiba-plant-2006', { viewport: DESKTOP_WIDE })
    const { page } = s
    await waitForData(page)
    await expect.poll(() => page.getByTestId('no-longer-offered').innerText()).toBe('No longer offered (sold).')
    expect(await page.getByTestId('excluded').count()).toBe(0)
  })
})
