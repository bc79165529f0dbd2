/**
 * `npm run bench`: every benchmark of the project in one run, each against a baseline measured in the same run,
 * printed as one markdown table (and written to bench/results.md). Progress goes to stderr, results to stdout.
 * Exits 1 when a target is missed or a part fails. About 3 minutes on a 2-core machine.
 *
 *   1. filter change at 1k/10k/100k listings: src/domain/filter.ts vs Array.filter over objects (bench/filter.ts)
 *   2. one-to-all routing and isochrones (bench/routing.ts)
 *   3. data load: read + parse + checks + buildTable vs JSON.parse alone (bench/load.ts)
 *   4. shipped JavaScript, gzip: the app vs a bare Vue + MapLibre page (bench/size.ts, bench/bare/)
 *   5. time to the first map frame in Chromium: the app vs the bare page (bench/firstFrame.ts)
 *   6. bytes over the wire, first and repeat visit, the app vs the bare page (bench/wire.ts)
 *   7. Lighthouse, mobile, simulated slow 4G: the app vs the bare page (bench/lighthouse.ts; LIGHTHOUSE_RUNS=N)
 * Parts 5–7 drive Chromium: on a machine shared with other browser work, `flock /work/wt/browser.lock npm run bench`.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, platform, release, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { filterCases } from './filter.ts'
import { loadCases } from './load.ts'
import { buildApp, buildBare, type BuildSize } from './size.ts'
import { measureFirstFrame } from './firstFrame.ts'
import { lighthouseRows, sizeRows, wireRows } from './pageRows.ts'
import { lighthouseRuns, measureLighthouse } from './lighthouse.ts'
import { measureWire } from './wire.ts'
import type { Row as RoutingRow } from './routing.ts'
import { loadDataset } from '../scripts/data/dataset.ts'
import { synthesize } from '../scripts/data/synth.ts'

/** A workload timed against its baseline, run by run, interleaved. */
export interface TimedCase<T> {
  name: string
  detail: string
  baselineName: string
  runs: number
  ours: (run: number) => T
  baseline: (run: number) => T
  /** When given, every run's two results must agree (else the bench fails). */
  agree?: (ours: T, baseline: T) => boolean
  /** speedup: baseline / ours (higher is better); overhead: ours / baseline (lower is better). */
  ratio: 'speedup' | 'overhead'
  target?: { text: string; ok: (ours: number, baseline: number) => boolean }
}

export interface ResultRow {
  part: string
  name: string
  runs: string
  ours: string
  baseline: string
  ratio: string
  target: string
  ok: boolean | null
}

const RUNS = { filter: 41, loadShipped: 31, loadSynthetic: 7, firstFrame: 7 }
const WARMUP = 5

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Runs ours and the baseline alternately (the order flips each run, so drift and GC hit both alike). */
function timeCase<T>(c: TimedCase<T>): { ours: number; baseline: number } {
  for (let w = 0; w < WARMUP; w++) {
    c.ours(w)
    c.baseline(w)
  }
  const t: { ours: number[]; baseline: number[] } = { ours: [], baseline: [] }
  const res: { ours?: T; baseline?: T } = {}
  for (let r = 0; r < c.runs; r++) {
    for (const which of r % 2 ? (['baseline', 'ours'] as const) : (['ours', 'baseline'] as const)) {
      const t0 = performance.now()
      res[which] = c[which](r)
      t[which].push(performance.now() - t0)
    }
    if (c.agree && !c.agree(res.ours as T, res.baseline as T))
      throw new Error(`${c.name}, run ${r}: results differ: ours ${JSON.stringify(res.ours)}, baseline ${JSON.stringify(res.baseline)}`)
  }
  return { ours: median(t.ours), baseline: median(t.baseline) }
}

export const ms = (x: number): string => `${x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x < 1000 ? x.toFixed(1) : x.toFixed(0)} ms`
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`
export const times = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)}×`

function timedRow<T>(part: string, c: TimedCase<T>): ResultRow {
  process.stderr.write(`  ${c.name}…\n`)
  const m = timeCase(c)
  const ratio = c.ratio === 'speedup' ? m.baseline / m.ours : m.ours / m.baseline
  return {
    part,
    name: `${c.name} (${c.detail})`,
    runs: String(c.runs),
    ours: ms(m.ours),
    baseline: `${c.baselineName}: ${ms(m.baseline)}`,
    ratio: c.ratio === 'speedup' ? `${times(ratio)} faster` : `${times(ratio)} the baseline`,
    target: c.target?.text ?? '',
    ok: c.target ? c.target.ok(m.ours, m.baseline) : null,
  }
}

async function routingRows(): Promise<ResultRow[]> {
  let mod: { runRoutingBench?: () => Promise<RoutingRow[]> }
  try {
    mod = (await import('./routing.ts')) as typeof mod
  } catch (e) {
    throw new Error(`bench/routing.ts could not be loaded (it is written separately; run again once it is in place): ${(e as Error).message}`)
  }
  if (typeof mod.runRoutingBench !== 'function') throw new Error('bench/routing.ts does not export runRoutingBench() yet: run again once it does')
  const rows = await mod.runRoutingBench()
  return rows.map((r) => {
    const [name, baselineName] = r.name.split(' vs ')
    return {
      part: '2 routing',
      name,
      runs: 'see bench/routing.ts',
      ours: ms(r.median),
      baseline: r.baseline === undefined ? '' : `${baselineName ?? 'baseline'}: ${ms(r.baseline)}`,
      ratio: r.ratio === undefined ? '' : `${times(r.ratio)} faster`,
      target: '',
      ok: null,
    }
  })
}

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== ''
    return `${head}${dirty ? ' + uncommitted changes' : ''}`
  } catch (e) {
    return `unknown (${(e as Error).message.split('\n')[0]})`
  }
}

function table(rows: ResultRow[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|')
  const head = ['part', 'benchmark', 'runs', 'ours (median)', 'baseline (median)', 'ratio', 'target', '']
  const body = rows.map((r) => [r.part, r.name, r.runs, r.ours, r.baseline, r.ratio, r.target, r.ok === null ? '' : r.ok ? 'met' : '**MISSED**'])
  return [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.map(esc).join(' | ')} |`).join('\n')
}

async function main(): Promise<void> {
  const started = performance.now()
  const root = resolve(import.meta.dirname, '..')
  const tmp = mkdtempSync(join(tmpdir(), 'jkt-bench-'))
  const rows: ResultRow[] = []
  const failures: string[] = []
  const part = async (label: string, f: () => Promise<ResultRow[]> | ResultRow[]): Promise<void> => {
    process.stderr.write(`${label}\n`)
    try {
      rows.push(...(await f()))
    } catch (e) {
      failures.push(`${label}: ${(e as Error).message}`)
      process.stderr.write(`  FAILED: ${(e as Error).stack}\n`)
    }
  }
  let chromiumVersion = 'not run'
  try {
    process.stderr.write('synthesizing 100,000 listings (scripts/data/synth.ts, seed 1)…\n')
    const ds = loadDataset()
    const synthetic = synthesize(ds, 100_000, 1)

    await part('1 filter change', () => filterCases(ds, synthetic, [1_000, 10_000, 100_000], RUNS.filter).map((c) => timedRow('1 filter', c)))
    await part('2 routing (bench/routing.ts)', routingRows)
    await part('3 data load', () =>
      loadCases(resolve(root, 'data'), synthetic, join(tmp, 'synth'), { shipped: RUNS.loadShipped, synthetic: RUNS.loadSynthetic }).map((c) => timedRow('3 load', c)),
    )
    const builds: { app?: BuildSize; bare?: BuildSize } = {}
    await part('4 shipped JavaScript (vite build of the app and of bench/bare)', async () => {
      builds.app = await buildApp(tmp)
      builds.bare = await buildBare(tmp)
      return sizeRows(builds.app, builds.bare)
    })
    await part(`5 first map frame in Chromium (${RUNS.firstFrame} loads each, interleaved)`, async () => {
      if (!builds.app || !builds.bare) throw new Error('no builds to serve (part 4 failed)')
      const f = await measureFirstFrame({ ours: builds.app.outDir, bare: builds.bare.outDir }, RUNS.firstFrame)
      chromiumVersion = f.chromium
      const [ours, bare] = [median(f.ours), median(f.bare)]
      return [
        {
          part: '5 first frame',
          name: `time to 'map:first-frame' (performance mark, ms since navigation), software WebGL; the app's 'app:ready' (data loaded) at ${f.oursReady.length ? ms(median(f.oursReady)) : 'n/a'}`,
          runs: String(RUNS.firstFrame),
          ours: ms(ours),
          baseline: `bare Vue + MapLibre page: ${ms(bare)}`,
          ratio: `${times(ours / bare)} bare`,
          target: '',
          ok: null,
        },
      ]
    })
    await part('6 bytes over the wire (Chromium, first visit; repeat visit from the server\'s cache headers)', async () => {
      if (!builds.app || !builds.bare) throw new Error('no builds to serve (part 4 failed)')
      return wireRows(await measureWire(builds.app.outDir, ['app:ready', 'map:loaded']), await measureWire(builds.bare.outDir, ['map:loaded']))
    })
    const lhRuns = lighthouseRuns()
    await part(`7 Lighthouse, mobile, simulated slow 4G (${lhRuns} runs each, alternating)`, async () => {
      if (!builds.app || !builds.bare) throw new Error('no builds to serve (part 4 failed)')
      return lighthouseRows(await measureLighthouse({ ours: builds.app.outDir, bare: builds.bare.outDir }, lhRuns))
    })
    await part('8 import: a 5,000-row sheet read and checked (bench/import.ts)', async () => [timedRow('8 import', (await import('./import.ts')).importCase(ds, 11))])
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }

  const cpu = cpus()
  const env = [
    `Date: ${new Date().toISOString()}`,
    `Node ${process.version} on ${platform()} ${release()}; CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}; RAM ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `Chromium ${chromiumVersion}; commit ${gitCommit()}; bench took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ]
  const missed = rows.filter((r) => r.ok === false)
  const out = [
    '## Benchmark results',
    '',
    ...env.map((l) => `${l}  `),
    '',
    table(rows),
    '',
    'Ratios: "faster" = baseline / ours; "× the baseline" and "× bare" = ours / baseline. Medians of interleaved runs.',
    ...failures.map((f) => `\n**FAILED** ${f}`),
    '',
  ].join('\n')
  process.stdout.write(out)
  writeFileSync(resolve(import.meta.dirname, 'results.md'), out)
  process.stderr.write(`written to bench/results.md${missed.length ? `; ${missed.length} target(s) missed` : ''}\n`)
  if (missed.length || failures.length) process.exitCode = 1
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main()
