/** A link with hundreds of bad parts: the notice stays small, Dismiss stays on screen, the map keeps its room. */
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, PHONE, screenshot, waitForData, type AppSession } from './driver.ts'

let s: AppSession | null = null
afterEach(async () => {
  await s?.close()
  s = null
})

// 500 drive-time limits to hubs that do not exist: 500 fixes to list.
const LINK = `?v=1&lang=en&dt=${Array.from({ length: 500 }, (_, i) => `nohub${i}:30`).join(',')}&q=${'x'.repeat(90)}`

describe('a link with 500 bad parts', () => {
  it.each([
    ['desktop', undefined],
    ['phone', PHONE],
  ] as const)('lists the first few, the rest behind "and N more", with Dismiss visible (%s)', async (name, viewport) => {
    s = await openApp(LINK, viewport ? { viewport, isMobile: true } : {})
    const { page } = s
    await waitForData(page)
    const notice = page.getByTestId('notice')
    await notice.waitFor()
    const vh = page.viewportSize()!.height
    const box = (await notice.boundingBox())!
    expect(box.height, 'notice height').toBeLessThanOrEqual(vh * 0.35)
    await expect.poll(() => page.getByTestId('notice-list').locator('li').count()).toBe(6)
    expect(await page.getByTestId('notice-more').innerText()).toBe('and 495 more')
    const dismiss = page.getByTestId('notice-dismiss')
    expect(await dismiss.isVisible()).toBe(true)
    const d = (await dismiss.boundingBox())!
    expect(d.y + d.height).toBeLessThanOrEqual(vh)
    const map = (await page.getByTestId('map').boundingBox())!
    // The 500 fixes once pushed the map to 0 px; on a phone the bottom sheet also takes half of the height.
    expect(map.height, 'the map keeps its room').toBeGreaterThan(vh * (viewport ? 0.15 : 0.3))
    await screenshot(page, `notice-500-${name}`)
    // All of them on demand, scrolling inside the capped notice.
    await page.getByTestId('notice-more').click()
    await expect.poll(() => page.getByTestId('notice-list').locator('li').count()).toBe(500)
    expect((await notice.boundingBox())!.height).toBeLessThanOrEqual(vh * 0.35)
    await dismiss.click()
    await expect.poll(() => notice.count()).toBe(0)
  })
})
