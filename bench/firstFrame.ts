/**
 * Time to the first map frame in Chromium: both builds served on 127.0.0.1, each opened `runs` times in a fresh
 * browser context, alternating which goes first, reading performance 'map:first-frame' (its startTime: ms since
 * navigation start). WebGL is software-rendered here (../shared/TECH-NOTES.md), so only the ratio means much.
 */
import { chromium, type Browser } from 'playwright-core'
import { serveDist } from '../scripts/serve.ts'
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.ts'

const VIEWPORT = { width: 1366, height: 860 }
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/

export interface FirstFrame {
  chromium: string
  ours: number[]
  bare: number[]
  /** The app's 'app:ready' mark (data loaded and checked) per load, to show where its time before the map goes. */
  oursReady: number[]
}

interface Load {
  frame: number
  ready: number | null
}

async function firstFrameOnce(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' })
  try {
    const external: string[] = []
    const errors: string[] = []
    await context.route('**/*', async (route) => {
      const u = new URL(route.request().url())
      if (u.protocol.startsWith('http') && !LOOPBACK.test(u.hostname)) {
        external.push(u.href)
        await route.abort('blockedbyclient')
      } else await route.continue()
    })
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text().split('\n')[0])
    })
    const problems = () => [...errors, ...external.map((x) => `request left loopback: ${x}`)]
    await page.goto(url)
    // Poll rather than waitForFunction alone, so that a page that broke fails now with its error, not in a minute.
    const deadline = Date.now() + 60_000
    let t: number | null = null
    while (t === null && problems().length === 0 && Date.now() < deadline) {
      t = await page.evaluate(() => performance.getEntriesByName('map:first-frame')[0]?.startTime ?? null)
      if (t === null) await page.waitForTimeout(100)
    }
    if (problems().length) throw new Error(`${url}: ${problems().join('; ')}`)
    if (t === null) throw new Error(`${url}: no 'map:first-frame' mark within 60 s`)
    const ready = await page.evaluate(() => performance.getEntriesByName('app:ready')[0]?.startTime ?? null)
    return { frame: t, ready }
  } finally {
    await context.close()
  }
}

export async function measureFirstFrame(dirs: { ours: string; bare: string }, runs: number): Promise<FirstFrame> {
  const servers = await Promise.all([serveDist(dirs.ours, 0), serveDist(dirs.bare, 0)])
  const urls = servers.map((s) => {
    const a = s.address()
    if (!a || typeof a === 'string') throw new Error('server has no port')
    return `http://127.0.0.1:${a.port}/`
  })
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS })
  try {
    const out: FirstFrame = { chromium: browser.version(), ours: [], bare: [], oursReady: [] }
    // One unmeasured load of each warms the OS file cache and Chromium's own start-up paths.
    await firstFrameOnce(browser, urls[0])
    await firstFrameOnce(browser, urls[1])
    for (let r = 0; r < runs; r++) {
      const order = r % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)
      for (const which of order) {
        const load = await firstFrameOnce(browser, which === 'ours' ? urls[0] : urls[1])
        out[which].push(load.frame)
        if (which === 'ours' && load.ready !== null) out.oursReady.push(load.ready)
      }
    }
    return out
  } finally {
    await browser.close()
    await Promise.all(servers.map((s) => new Promise<void>((ok) => s.close(() => ok()))))
  }
}
