/**
 * The shell pre-rendered into index.html (scripts/build/shell.ts): with JavaScript off the page already shows
 * the title bar, the panel with the filter labels and the count placeholder, and the map area, in the frame the
 * app then mounts into; with JavaScript on, replacing it moves nothing (layout shift well under 0.1), on a
 * desktop and on a 390×844 phone (bottom sheet).
 */
import { afterEach, describe, expect, inject, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROMIUM_ARGS } from './chromium.ts'
import { DESKTOP, PHONE, screenshot } from './driver.ts'
import { PANEL_ORDER, message } from '../../scripts/build/shell.ts'
import { FILTERS } from '../../src/domain/filter/filters.ts'

let browser: Browser | null = null
afterEach(async () => {
  await browser?.close()
  browser = null
})

const VIEWPORTS = [
  ['desktop', DESKTOP, false],
  ['phone', PHONE, true],
] as const

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Where the frame's three parts are: the title bar, the panel (side panel or sheet) and the map area. */
function frame(page: Page): Promise<Record<'bar' | 'panel' | 'map', Box>> {
  return page.evaluate(() => {
    const box = (sel: string): Box => {
      const el = document.querySelector(`#app > .app > ${sel}`)
      if (!el) throw new Error(`no ${sel} in the page`)
      const r = el.getBoundingClientRect()
      return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) }
    }
    return { bar: box('header.bar'), panel: box('aside.panel'), map: box('main.map-area') }
  })
}

async function open(viewport: { width: number; height: number }, isMobile: boolean, javaScriptEnabled: boolean): Promise<Page> {
  browser ??= await chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_ARGS })
  const context = await browser.newContext({ viewport, isMobile, hasTouch: isMobile, deviceScaleFactor: 1, locale: 'zh-CN', javaScriptEnabled })
  // Nothing may leave loopback, with or without script.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'))
  return context.newPage()
}

describe('the shell in index.html', () => {
  it.each(VIEWPORTS)('%s, JavaScript off: title bar, filter labels, count placeholder and map area are painted', async (name, viewport, isMobile) => {
    const page = await open(viewport, isMobile, false)
    await page.goto(inject('baseUrl'))
    const html = await page.content()
    for (const f of PANEL_ORDER) expect(html, `label of filter ${f}`).toContain(message('zh', FILTERS[f].label))
    await expect(page.locator('h1.title').innerText()).resolves.toContain(message('zh', 'app.title'))
    expect(await page.locator('.shell-count').innerText()).toContain(message('zh', 'results.count', { parks: '…', listings: '…' }))
    expect(await page.locator('.map-loading').isVisible()).toBe(true)
    const f = await frame(page)
    // The frame has its real size before any script: a side panel beside the map, or a sheet over half the screen.
    expect(f.bar.height).toBeGreaterThan(30)
    if (isMobile) {
      expect(f.panel.height).toBe(Math.round(viewport.height / 2))
      expect(f.panel.y + f.panel.height).toBe(viewport.height)
      expect(await page.locator('.shell-labels').isVisible()).toBe(false) // folded under the count, as in the app
    } else {
      expect(f.panel.width).toBe(400)
      expect(f.map.x).toBe(400)
      expect(await page.locator('.shell-labels li').first().isVisible()).toBe(true)
    }
    await screenshot(page, `shell-${name}-nojs`)
  })

  it.each(VIEWPORTS)('%s, JavaScript on: the app replaces the shell in the same frame, layout shift < 0.1', async (name, viewport, isMobile) => {
    const shellPage = await open(viewport, isMobile, false)
    await shellPage.goto(inject('baseUrl'))
    const shellFrame = await frame(shellPage)

    const page = await open(viewport, isMobile, true)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    // Every layout shift from the first paint on (buffered), summed: an upper bound of CLS, which takes the worst
    // 5 s window. Added through the DevTools protocol, which the page's CSP (no inline script) does not govern.
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: { value: number; sources: string[] }[] }
      w.__shifts = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
          if (e.hadRecentInput) continue
          w.__shifts.push({ value: e.value, sources: (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName))) })
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(inject('baseUrl'))
    await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0, undefined, { timeout: 60_000 })
    await page.waitForTimeout(1000)
    expect(await page.locator('[data-testid=shell]').count(), 'the app replaced the shell').toBe(0)
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts)
    const cls = shifts.reduce((n, s) => n + s.value, 0)
    expect(cls, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.1)
    // The same frame: the app's title bar, panel and map area lie where the shell's did.
    expect(await frame(page)).toEqual(shellFrame)
    await screenshot(page, `shell-${name}-app`)
    expect(errors).toEqual([])
  })
})
