/**
 * The investor's journey (issue: explore): set a size range, add two drive-time limits, read the count, select a
 * park, open a listing, in both languages and on desktop and phone.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DESKTOP, PHONE, counts, openApp, screenshot, waitForData, waitForMap, type AppSession } from './driver.ts'

let s: AppSession | null = null
afterEach(async () => {
  await s?.close()
  s = null
})

async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByTestId('filters-toggle')
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

async function addLimit(page: Page, hub: string, minutes: number): Promise<void> {
  await page.getByTestId('add-hub').selectOption(hub)
  const slider = page.getByTestId(`dt-${hub}`)
  await slider.focus()
  // Keyboard steps, as a person using arrow keys would: the slider starts at 30.
  const key = minutes < 30 ? 'ArrowLeft' : 'ArrowRight'
  for (let i = 0; i < Math.abs(30 - minutes); i++) await slider.press(key)
}

describe.each([
  ['zh', 'desktop', DESKTOP, false],
  ['en', 'desktop', DESKTOP, false],
  ['zh', 'phone', PHONE, true],
  ['en', 'phone', PHONE, true],
] as const)('journey in %s on %s', (lang, device, viewport, isMobile) => {
  it('narrows by size and drive time, then reads a park and a listing', async () => {
    s = await openApp(`?v=1&lang=${lang}`, { viewport, isMobile })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    const [, allListings] = await counts(page)
    expect(allListings).toBeGreaterThan(100)

    await openFilters(page)
    await page.getByTestId('area-min').fill('1000')
    await page.getByTestId('area-min').press('Enter')
    await page.getByTestId('area-max').fill('20000')
    await page.getByTestId('area-max').press('Enter')
    await addLimit(page, 'anting', 25)
    await addLimit(page, 'hongqiao', 40)
    // The camera (map=…) may follow: it is written once the map settles.
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(new RegExp(`^\\?v=1&lang=${lang}&area=1000-20000&dt=anting:25,hongqiao:40(&map=[\\d./]+)?$`))

    const [parks, listings] = await counts(page)
    expect(listings).toBeGreaterThan(0)
    expect(listings).toBeLessThan(allListings)
    expect(parks).toBeGreaterThan(0)
    await expect.poll(() => page.title()).toContain(lang === 'zh' ? `${listings} 个结果` : `${listings} results`)
    await screenshot(page, `journey-${lang}-${device}-filtered`)

    // The park list is sorted by drive time to the first limit (Anting): the first row is the nearest.
    await page.getByTestId('tab-parks').click()
    const firstPark = page.locator('[data-testid^="row-"]').first()
    await firstPark.click()
    const detail = page.getByTestId('park-detail')
    await expect.poll(() => detail.isVisible()).toBe(true)
    await expect.poll(() => detail.innerText()).toContain(lang === 'zh' ? '车程（畅通估算）' : 'Drive times (free flow)')
    expect(await detail.getByTestId('drive-table').locator('tbody tr').count()).toBe(13)
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/&park=[a-z0-9-]+(&map=[\d./]+)?$/)
    await screenshot(page, `journey-${lang}-${device}-park`)

    await detail.locator('[data-testid^="park-listing-"]').first().click()
    const listing = page.getByTestId('listing-detail')
    await expect.poll(() => listing.isVisible()).toBe(true)
    const text = await listing.innerText()
    expect(text).toContain(lang === 'zh' ? '所在园区' : 'Park')
    expect(await listing.getByTestId('nav-amap').getAttribute('href')).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=1\d\d\.\d+,3\d\.\d+/)
    expect(await listing.getByTestId('nav-baidu').getAttribute('href')).toMatch(/coord_type=bd09ll/)
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/&park=[a-z0-9-]+&listing=[a-z0-9-]+(&map=[\d./]+)?$/)
    await screenshot(page, `journey-${lang}-${device}-listing`)

    expect(s.errors).toEqual([])
    expect(s.external).toEqual([])
  })
})

describe('no results', () => {
  it('says which limit removes the most and relaxes it in one click', async () => {
    s = await openApp('?v=1&lang=en&dt=anting:5,hongqiao:5')
    const { page } = s
    await waitForData(page)
    const box = page.getByTestId('no-results')
    await expect.poll(() => box.isVisible()).toBe(true)
    const suggestion = await box.locator('li').first().innerText()
    expect(suggestion).toMatch(/^\d+ more listings within \d+ min of (Anting|Hongqiao|.*)/)
    await page.getByTestId('relax-0').click()
    const [, listings] = await counts(page)
    expect(listings).toBeGreaterThan(0)
    expect(s.errors).toEqual([])
  })
})

describe('the seed park', () => {
  it('is on the map with its facts and source', async () => {
    s = await openApp('?v=1&lang=zh&park=taicang-shida')
    const { page } = s
    await waitForData(page)
    const detail = page.getByTestId('park-detail')
    const text = await detail.innerText()
    expect(text).toContain('太仓事达产业园')
    expect(await detail.locator('a[href="http://suzhou.021cf.cn/index.php/post/532.html"]').count()).toBe(1)
    await detail.getByTestId('park-listing-shida-std-1100').click()
    const listing = await page.getByTestId('listing-detail').innerText()
    expect(listing).toContain('1,100')
    expect(listing).toContain('现房')
    expect(await page.getByTestId('call').getAttribute('href')).toBe('tel:4000123021')
    expect(await page.getByTestId('sample-badge').count()).toBe(0)
  })
})

describe('custom pin', () => {
  it('dropped on the map, it re-filters the list by drive time from it and draws its isochrones', async () => {
    s = await openApp('?v=1&lang=en&map=11/31.3/121.15')
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    const [, before] = await counts(page)
    await page.getByTestId('pin-drop').click()
    const box = (await page.getByTestId('map').boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/&pin=121\.1\d*,31\.3\d*/)
    await page.getByTestId('add-hub').selectOption('pin')
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/&dt=pin:30&pin=/)
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('pin').length)).toBeGreaterThan(0)
    await expect.poll(async () => (await counts(page))[1]).toBeLessThan(before)
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('iso:pin').length)).toBeGreaterThan(0)
    // The list shows minutes from the pin, none of them NaN or Infinity.
    const text = await page.getByTestId('results').innerText()
    expect(text).toMatch(/\d+\.\d min/)
    expect(text).not.toMatch(/NaN|Infinity/)
    await screenshot(page, 'pin-desktop')
    expect(s.errors).toEqual([])
  })

  it.each([
    ['121.8053, 31.1433', 'wgs84', 'outside the Jiading–Kunshan–Taicang area'],
    ['hello', 'wgs84', 'Not coordinates'],
  ])('refuses %j with a clear message', async (text, crs, message) => {
    s = await openApp('?v=1&lang=en')
    const { page } = s
    await waitForData(page)
    await page.getByTestId('pin-input').fill(text)
    await page.getByTestId('pin-crs').selectOption(crs)
    await page.getByTestId('pin-set').click()
    await expect.poll(() => page.getByTestId('pin-error').innerText()).toContain(message)
    expect(await page.evaluate(() => location.search)).not.toContain('pin=')
  })

  it('takes GCJ-02 coordinates as Amap gives them and stores WGS-84', async () => {
    s = await openApp('?v=1&lang=en')
    const { page } = s
    await waitForData(page)
    await page.getByTestId('pin-input').fill('121.165, 31.281')
    await page.getByTestId('pin-crs').selectOption('gcj02')
    await page.getByTestId('pin-set').click()
    await expect.poll(() => page.evaluate(() => location.search)).toContain('pin=121.160448,31.282885')
  })
})

describe('search suggestions while typing pinyin', () => {
  it('offers 安亭镇 for "at", picks it with the keyboard, and the search filters by the Chinese name', async () => {
    s = await openApp('?v=1&lang=zh')
    const { page } = s
    await waitForData(page)
    const [, all] = await counts(page)
    const field = page.getByTestId('q')
    await field.focus()
    await field.pressSequentially('at')
    const list = page.getByTestId('q-suggest')
    await expect.poll(() => list.isVisible()).toBe(true)
    expect(await field.getAttribute('aria-expanded')).toBe('true')
    expect(await page.getByTestId('q-sug-0').innerText()).toContain('安亭镇')
    await field.press('ArrowDown')
    await expect.poll(() => field.getAttribute('aria-activedescendant')).toBe('q-sug-0')
    await screenshot(page, 'search-suggest-desktop')
    await field.press('Enter')
    await expect.poll(() => field.inputValue()).toBe('安亭镇')
    await expect.poll(() => list.isVisible()).toBe(false)
    await expect.poll(() => page.evaluate(() => location.search)).toContain(`q=${encodeURIComponent('安亭镇')}`)
    const [, some] = await counts(page)
    expect(some).toBeGreaterThan(0)
    expect(some).toBeLessThan(all)
    // Escape closes the list and keeps what was typed.
    await field.fill('')
    await field.pressSequentially('waig')
    await expect.poll(() => list.isVisible()).toBe(true)
    expect(await page.getByTestId('q-sug-0').innerText()).toContain('外冈镇')
    await field.press('Escape')
    await expect.poll(() => list.isVisible()).toBe(false)
    expect(await field.inputValue()).toBe('waig')
    expect(s.errors).toEqual([])
  })
})

describe('moving the map', () => {
  it('re-runs no filter and leaves the list where it was scrolled', async () => {
    s = await openApp('?v=1&lang=en')
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    const list = page.getByTestId('results')
    await list.evaluate((el) => (el.scrollTop = 600))
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBe(600)
    const filters = () => page.evaluate(() => performance.getEntriesByName('filter', 'measure').length)
    const before = await filters()
    const box = (await page.getByTestId('map').boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 - 80, { steps: 8 })
    await page.mouse.up()
    await expect.poll(() => page.evaluate(() => location.search)).toContain('map=')
    await page.waitForTimeout(300)
    expect(await filters()).toBe(before)
    expect(await list.evaluate((el) => el.scrollTop)).toBe(600)
    expect(s.errors).toEqual([])
  })
})
