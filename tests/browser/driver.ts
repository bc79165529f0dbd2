/**
 * The one small driver the browser specs go through (STYLE.md 8): open the app in Chromium with every request
 * to a non-loopback host counted and blocked, console errors and uncaught errors collected, and steps that
 * read like a person's.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, inject } from 'vitest'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { PNG } from 'pngjs'
import { CHROMIUM_ARGS } from './chromium.ts'

export const DESKTOP = { width: 1366, height: 860 }
export const PHONE = { width: 390, height: 844 }
export const SHOTS = resolve(import.meta.dirname, '../../test-results')

export interface AppSession {
  browser: Browser
  context: BrowserContext
  page: Page
  /** Console errors and uncaught exceptions. */
  errors: string[]
  /** Requests that tried to leave loopback. */
  external: string[]
  close(): Promise<void>
}

export interface OpenOptions {
  viewport?: { width: number; height: number }
  locale?: string
  /** false: start Chromium without WebGL. */
  webgl?: boolean
  baseUrl?: string
  isMobile?: boolean
  /**
   * Composite on SwiftShader instead of in software. With --disable-gpu every WebGL frame is read back
   * synchronously (a long task of its own, even on a bare MapLibre page), which hides what the app does:
   * the long-task measurements use this.
   */
  gpuCompositing?: boolean
  /**
   * A browser of its own, closed with the session. For downloads: after a few downloads from one origin in a shared
   * browser, the next one never fired (export.test, "without picks"), although each context was fresh.
   */
  ownBrowser?: boolean
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/

/**
 * One Chromium per set of flags for a spec file, each session in a context of its own (a fresh profile: its own
 * storage, cache and IndexedDB, as a new browser has). Launching a browser per test cost about a second each.
 */
const browsers = new Map<string, Promise<Browser>>()
async function browserFor(args: string[]): Promise<Browser> {
  const key = args.join(' ')
  const running = await browsers.get(key)?.catch(() => null)
  if (running?.isConnected()) return running
  const launched = chromium.launch({ executablePath: inject('chromium'), args })
  browsers.set(key, launched)
  return launched
}
afterAll(async () => {
  const all = [...browsers.values()]
  browsers.clear()
  await Promise.all(all.map((b) => b.then((x) => x.close()).catch(() => undefined)))
})

export async function openApp(path = '', o: OpenOptions = {}): Promise<AppSession> {
  const args =
    o.webgl === false
      ? [...CHROMIUM_ARGS.filter((a) => !a.includes('swiftshader')), '--disable-webgl', '--disable-3d-apis']
      : o.gpuCompositing
        ? CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu')
        : CHROMIUM_ARGS
  const browser = o.ownBrowser ? await chromium.launch({ executablePath: inject('chromium'), args }) : await browserFor(args)
  const context = await browser.newContext({
    viewport: o.viewport ?? DESKTOP,
    locale: o.locale ?? 'zh-CN',
    isMobile: o.isMobile ?? false,
    hasTouch: o.isMobile ?? false,
    deviceScaleFactor: 1,
  })
  const errors: string[] = []
  const external: string[] = []
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && !LOOPBACK.test(url.hostname)) {
      external.push(url.href)
      await route.abort('blockedbyclient')
      return
    }
    await route.continue()
  })
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`))
  await page.goto(new URL(path, o.baseUrl ?? inject('baseUrl')).href)
  return { browser, context, page, errors, external, close: () => (o.ownBrowser ? browser.close() : context.close()) }
}

/**
 * For a spec whose tests open one or more sessions: an opener that waits for the data, and every session it
 * opened closed after each test.
 */
export function sessionsClosedAfterEach(): (path: string, o?: OpenOptions) => Promise<AppSession> {
  const sessions: AppSession[] = []
  afterEach(async () => {
    while (sessions.length) await sessions.pop()!.close()
  })
  return async (path, o = {}) => {
    const s = await openApp(path, o)
    sessions.push(s)
    await waitForData(s.page)
    return s
  }
}

/** The page's query string, as the link carries it. */
export const search = (page: Page) => page.evaluate(() => location.search)

/** Waits until MapLibre has loaded its style and drawn a frame. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map:loaded').length > 0, undefined, { timeout: 90_000 })
  await page.waitForTimeout(500)
}

export async function waitForData(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0, undefined, { timeout: 60_000 })
}

/** Distinct colours in a screenshot of the map: a blank or failed canvas has one or two. */
export async function mapColourCount(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('[data-testid=map] canvas').screenshot())
  const colours = new Set<number>()
  for (let i = 0; i < png.data.length; i += 4 * 7) colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2])
  return colours.size
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true })
  const path = resolve(SHOTS, `${name}.png`)
  await page.screenshot({ path })
  return path
}

export const countText = (page: Page) => page.getByTestId('count').innerText()

/** Numbers in the count line: [parks, listings]. */
export async function counts(page: Page): Promise<[number, number]> {
  const nums = (await countText(page)).match(/\d[\d,]*/g)?.map((n) => Number(n.replace(/,/g, ''))) ?? []
  return [nums[0], nums[1]]
}
