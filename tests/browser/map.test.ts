/**
 * The map answers at a glance (issue 14): it stays where the user puts it, says what it shows (legend, one colour
 * per limit, the area where every limit holds), and keeps old links' cameras. Screenshots go to docs/.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { resolve } from 'node:path'
import { PNG } from 'pngjs'
import { PHONE, openApp, search, waitForData, waitForMap, type AppSession } from './driver.ts'

const DOCS = resolve(import.meta.dirname, '../../docs')
const WIDE = { width: 1440, height: 900 }
let s: AppSession | null = null
afterEach(async () => {
  await s?.close()
  s = null
})


const camera = async (page: Page) => (await search(page)).match(/[?&]map=([\d./-]+)/)?.[1] ?? null

/** Waits until map= has stayed the same for `quietMs` (the map has settled and the link caught up). */
async function settledCamera(page: Page, quietMs = 3000): Promise<string | null> {
  let last = await camera(page)
  let since = Date.now()
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    await page.waitForTimeout(250)
    const now = await camera(page)
    if (now !== last) {
      last = now
      since = Date.now()
    } else if (Date.now() - since >= quietMs) return now
  }
  throw new Error(`the camera did not settle (last map=${last})`)
}

/** Pixels of the answer area's yellow (#ffd43b at 32 % over the land colours) in the map's canvas. */
async function answerPixels(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('[data-testid=map] canvas').screenshot())
  let n = 0
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]]
    if (r > 238 && g > 222 && g < 242 && b > 150 && b < 200) n++
  }
  return n
}

describe('the camera', () => {
  it('flies to a new selection once, then stays where the user drags and zooms it', async () => {
    s = await openApp('?v=1&lang=en&park=taicang-shida', { viewport: WIDE })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    // The fly to the park lands, and the link writes where it landed.
    await expect.poll(() => camera(page), { timeout: 30_000 }).toMatch(/^1[2-9]/)
    const flown = await settledCamera(page)
    expect(flown).toMatch(/^1[2-9](\.\d+)?\//)
    const box = (await page.getByTestId('map').boundingBox())!
    const cx = box.x + box.width / 2
    const cy = box.y + box.height / 2
    // Drag the map by 240 × 120 px, then zoom out with the wheel, as a person looking around the site would.
    await page.mouse.move(cx, cy)
    await page.mouse.down()
    for (let i = 1; i <= 12; i++) await page.mouse.move(cx - 20 * i, cy - 10 * i)
    await page.mouse.up()
    const dragged = await settledCamera(page)
    expect(dragged).not.toBe(flown)
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 300)
      await page.waitForTimeout(150)
    }
    const zoomed = await settledCamera(page)
    const [zoom, lat, lng] = zoomed!.split('/').map(Number)
    const [flownZoom, flownLat, flownLng] = flown!.split('/').map(Number)
    expect(zoom).toBeLessThan(flownZoom - 0.5)
    // Still away from the park the map flew to: dragged east and north of it (the map moved with the pointer).
    expect(lng).toBeGreaterThan(flownLng)
    expect(lat).toBeLessThan(flownLat)
    // And it stays: nothing flies back after the map settles.
    await page.waitForTimeout(3000)
    expect(await camera(page)).toBe(zoomed)
    expect(s.errors).toEqual([])
  })

  it.each([
    ['outside the bounds and zoom range', '6/29.5/118.5', false],
    ['inside them', '12.5/31.3/121.2', false],
    ['beyond the basemap’s detail (with a quiet hint)', '15.5/31.3/121.2', true],
  ])('keeps an old link’s map= %s exactly', async (_, cam, hint) => {
    s = await openApp(`?v=1&lang=en&map=${cam}`)
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    await page.waitForTimeout(1500)
    expect(await camera(page)).toBe(cam)
    expect(await page.getByTestId('detail-hint').isVisible()).toBe(hint)
    expect(s.errors).toEqual([])
  })
})

describe('labels', () => {
  it('shows Kunshan centre and Kunshan South side by side, each named beside its icon', async () => {
    s = await openApp('?v=1&lang=en&map=12.5/31.382/120.953', { viewport: WIDE })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    await page.getByTestId('legend-toggle').click()
    await page.waitForTimeout(1000)
    // Looked at by a person (docs/map-labels-kunshan.png); the placement rules themselves are pinned in style.test.ts.
    await page.screenshot({ path: resolve(DOCS, 'map-labels-kunshan.png') })
    expect(s.errors).toEqual([])
  })
})

describe('the legend and the answer area', () => {
  it('shows each limit’s colour, toggles the bands, and fills the area where both limits hold', async () => {
    s = await openApp('?v=1&lang=en&dt=hongqiao:35,taicang-port:45&map=9.9/31.38/121.2', { viewport: WIDE })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    const legend = page.getByTestId('legend')
    await expect.poll(() => legend.isVisible()).toBe(true)
    expect(await legend.innerText()).toContain('Where every limit holds')
    // The limit's chip on its slider has the colour of its line in the legend.
    const chip = await page.getByTestId('limit-chip-hongqiao').evaluate((e) => getComputedStyle(e).backgroundColor)
    const line = await page.getByTestId('legend-limit-hongqiao').locator('.line').evaluate((e) => getComputedStyle(e).backgroundColor)
    expect(chip).toBe(line)
    expect(await page.getByTestId('legend-limit-taicang-port').locator('.line').evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe(line)

    const map = page.getByTestId('map')
    await expect.poll(() => map.getAttribute('data-answer'), { timeout: 60_000 }).toMatch(/^[1-9]\d*$/)
    await expect.poll(() => answerPixels(page), { timeout: 10_000 }).toBeGreaterThan(1000)
    expect(await page.getByTestId('answer-empty').count()).toBe(0)

    expect(await map.getAttribute('data-bands')).toBe('own')
    await page.getByTestId('legend-bands').check()
    await expect.poll(() => map.getAttribute('data-bands')).toBe('all')
    await page.getByTestId('legend-bands').uncheck()
    await expect.poll(() => map.getAttribute('data-bands')).toBe('own')
    await page.waitForTimeout(800)
    await page.screenshot({ path: resolve(DOCS, 'map-legend-desktop.png') })

    await page.getByTestId('legend-toggle').click()
    expect(await page.getByTestId('legend-bands').isVisible()).toBe(false)
    expect(s.errors).toEqual([])
  })

  it('is empty, with a message, when the limits cannot overlap (Yangshan and Suzhou, 15 min each)', async () => {
    s = await openApp('?v=1&lang=en&dt=yangshan:15,suzhou:15')
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    await expect.poll(() => page.getByTestId('map').getAttribute('data-answer'), { timeout: 60_000 }).toBe('0')
    await expect.poll(() => page.getByTestId('answer-empty').isVisible()).toBe(true)
    expect(await page.getByTestId('answer-empty').innerText()).toContain('No place is within all your limits')
    expect(s.errors).toEqual([])
  })

  it('folds on a phone and opens on a tap (zh)', async () => {
    s = await openApp('?v=1&lang=zh&dt=hongqiao:35,taicang-port:45&map=9.2/31.36/121.2', { viewport: PHONE, isMobile: true })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    const toggle = page.getByTestId('legend-toggle')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await expect.poll(() => page.getByTestId('map').getAttribute('data-answer'), { timeout: 60_000 }).toMatch(/^[1-9]\d*$/)
    await page.waitForTimeout(800)
    await page.screenshot({ path: resolve(DOCS, 'map-phone-zh.png') })
    await toggle.click()
    await expect.poll(() => page.getByTestId('legend-bands').isVisible()).toBe(true)
    expect(await page.getByTestId('legend').innerText()).toContain('同时满足所有限制的区域')
    await page.screenshot({ path: resolve(DOCS, 'map-legend-phone-zh.png') })
    expect(s.errors).toEqual([])
  })
})
