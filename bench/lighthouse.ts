/**
 * Lighthouse, the app vs the bare Vue + MapLibre page (bench/bare), in the same run: Lighthouse's default mobile
 * configuration (Moto G Power screen, simulated slow 4G: 150 ms RTT, 1.6 Mbit/s down, 4× CPU slowdown), both
 * builds served the same way by scripts/serve.ts (sirv, precompressed files, the same headers) on 127.0.0.1.
 * Runs alternate between the two pages (the order flips each round); the median of each figure is reported.
 * Lighthouse clears the cache and storage before each run: these are first visits.
 *
 * On a machine shared with other browser work run it under the lock: `flock /work/wt/browser.lock npm run bench`.
 * Standalone: `tsx bench/lighthouse.ts <app dist> <bare dist>` (LIGHTHOUSE_RUNS=N, default 3).
 */
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { resolve } from 'node:path'
import { serveDist } from '../scripts/serve.ts'
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.ts'

export interface LhRun {
  /** ms (simulated) */
  fcp: number
  lcp: number
  tbt: number
  si: number
  cls: number
  /** 0–1 category scores */
  performance: number
  accessibility: number
  bestPractices: number
  /** Audits of the accessibility and best-practices categories that did not pass (id: title). */
  failing: string[]
  /** The element Lighthouse took for the largest contentful paint (its selector). */
  lcpElement: string
  /** Elements Lighthouse names as moving in layout shifts (selectors). */
  shifted: string[]
}

export interface LhResult {
  version: string
  ours: LhRun[]
  bare: LhRun[]
}

export function lighthouseRuns(raw = process.env.LIGHTHOUSE_RUNS): number {
  if (raw === undefined || raw === '') return 3
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new Error(`LIGHTHOUSE_RUNS="${raw}": expected a whole number of runs from 1 to 50`)
  return n
}

/** Every node selector in an audit's details (Lighthouse 13's insights nest them in lists of tables). */
function nodes(details: unknown): string[] {
  const out: string[] = []
  const walk = (d: unknown): void => {
    if (!d || typeof d !== 'object') return
    const o = d as { type?: string; selector?: string }
    if (o.type === 'node' && typeof o.selector === 'string') out.push(o.selector)
    for (const v of Object.values(o)) if (v && typeof v === 'object') walk(v)
  }
  walk(details)
  return [...new Set(out)]
}

async function once(url: string, port: number): Promise<{ run: LhRun; version: string }> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  })
  if (!result) throw new Error(`${url}: Lighthouse returned no result`)
  const lhr = result.lhr
  if (lhr.runtimeError) throw new Error(`${url}: Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const num = (id: string): number => {
    const v = lhr.audits[id]?.numericValue
    if (typeof v !== 'number') throw new Error(`${url}: Lighthouse gave no ${id} (${lhr.audits[id]?.errorMessage ?? 'audit missing'})`)
    return v
  }
  const score = (id: string): number => lhr.categories[id]?.score ?? NaN
  const failing = ['accessibility', 'best-practices'].flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && (lhr.audits[r.id]?.score ?? 1) < 1)
      .map((r) => `${c}/${r.id}: ${lhr.audits[r.id].title}`),
  )
  return {
    version: lhr.lighthouseVersion,
    run: {
      fcp: num('first-contentful-paint'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      si: num('speed-index'),
      cls: num('cumulative-layout-shift'),
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      failing,
      lcpElement: nodes(lhr.audits['lcp-breakdown-insight']?.details)[0] ?? 'unknown',
      shifted: nodes(lhr.audits['cls-culprits-insight']?.details),
    },
  }
}

export async function measureLighthouse(dirs: { ours: string; bare: string }, runs = lighthouseRuns()): Promise<LhResult> {
  const servers = await Promise.all([serveDist(dirs.ours, 0), serveDist(dirs.bare, 0)])
  const urls = servers.map((s) => {
    const a = s.address()
    if (!a || typeof a === 'string') throw new Error('server has no port')
    return `http://127.0.0.1:${a.port}/`
  })
  // chrome-launcher adds its own defaults (no extensions, no default-browser check…) to the flags that work
  // headless on these machines (../shared/TECH-NOTES.md).
  const chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' })
  try {
    const out: LhResult = { version: '', ours: [], bare: [] }
    for (let r = 0; r < runs; r++) {
      for (const which of r % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) {
        process.stderr.write(`  lighthouse ${which} ${r + 1}/${runs}…\n`)
        const { run, version } = await once(which === 'ours' ? urls[0] : urls[1], chrome.port)
        out.version = version
        out[which].push(run)
      }
    }
    return out
  } finally {
    chrome.kill()
    await Promise.all(servers.map((s) => new Promise<void>((ok) => s.close(() => ok()))))
  }
}

async function main(): Promise<void> {
  const [ours, bare] = process.argv.slice(2)
  if (!ours || !bare) throw new Error('usage: tsx bench/lighthouse.ts <app dist> <bare dist>')
  const r = await measureLighthouse({ ours: resolve(ours), bare: resolve(bare) })
  console.log(JSON.stringify(r, null, 1))
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main()
