/**
 * The rows of `npm run bench` about the page as a visitor gets it: shipped JavaScript (bench/size.ts), bytes
 * over the wire (bench/wire.ts) and Lighthouse (bench/lighthouse.ts), each against the bare Vue + MapLibre page.
 */
import type { BuildSize, JsFile } from './size.ts'
import type { Wire } from './wire.ts'
import type { LhResult, LhRun } from './lighthouse.ts'
import { kb, median, ms, times, type ResultRow } from './run.ts'

const short = (f: string) => f.replace(/^assets\//, '').replace(/-[\w-]{8}\./, '.')
const list = (files: JsFile[]) => files.map((f) => `${short(f.file)} ${kb(f.gzip)}`).join(', ')

export function sizeRows(app: BuildSize, bare: BuildSize): ResultRow[] {
  const ratio = app.firstVisit.gzip / bare.firstVisit.gzip
  return [
    {
      part: '4 size',
      name: `first-visit JS, gzip (brotli): entry and its imports, map chunk, workers (${list(app.firstVisit.files)})`,
      runs: '1',
      ours: `${kb(app.firstVisit.gzip)} (${kb(app.firstVisit.br)})`,
      baseline: `bare Vue + MapLibre, all its JS (${list(bare.firstVisit.files)}): ${kb(bare.firstVisit.gzip)} (${kb(bare.firstVisit.br)})`,
      ratio: `${times(ratio)} bare (brotli ${times(app.firstVisit.br / bare.firstVisit.br)})`,
      target: '≤ 1.25× bare',
      ok: ratio <= 1.25,
    },
    {
      part: '4 size',
      name: `lazily loaded JS, gzip (brotli), only when a panel or view opens: ${list(app.lazy.files)}`,
      runs: '1',
      ours: `${kb(app.lazy.gzip)} (${kb(app.lazy.br)})`,
      baseline: '',
      ratio: '',
      target: '',
      ok: null,
    },
    {
      part: '4 size',
      name: `initial JS, gzip: entry chunk and its static imports (${app.initial.files.map(short).join(', ')}); maplibre-gl ${app.initial.hasMaplibre ? 'IS' : 'is not'} in it`,
      runs: '1',
      ours: kb(app.initial.gzip),
      baseline: `bare entry (maplibre-gl ${bare.initial.hasMaplibre ? 'in it' : 'not in it'}): ${kb(bare.initial.gzip)}`,
      ratio: `${times(app.initial.gzip / bare.initial.gzip)} bare`,
      target: 'no maplibre-gl in it',
      ok: !app.initial.hasMaplibre,
    },
  ]
}

export function wireRows(app: Wire, bare: Wire): ResultRow[] {
  const kinds = (w: Wire) => {
    const by = new Map<string, number>()
    for (const f of w.files) {
      const k = f.path.startsWith('/data/') ? 'data' : f.path.endsWith('/') ? 'html' : (/\.(m?js|css|html|json|woff2|svg|ico)$/.exec(f.path)?.[1] ?? 'other').replace('mjs', 'js')
      by.set(k, (by.get(k) ?? 0) + f.bytes)
    }
    return [...by].map(([k, b]) => `${k} ${kb(b)}`).join(', ')
  }
  return [
    {
      part: '6 wire',
      name: `first visit, bytes over the wire (headers + compressed bodies, ${app.first.requests} requests: ${kinds(app)}), until the map has loaded`,
      runs: '1',
      ours: kb(app.first.bytes),
      baseline: `bare page (${bare.first.requests} requests): ${kb(bare.first.bytes)}`,
      ratio: `${times(app.first.bytes / bare.first.bytes)} bare`,
      target: '',
      ok: null,
    },
    {
      part: '6 wire',
      name: `repeat visit: ${app.repeat.hits} immutable cache hits (no request), ${app.repeat.revalidated} revalidated (304), ${app.repeat.refetched} fetched again`,
      runs: '1',
      ours: kb(app.repeat.bytes),
      baseline: `bare page (${bare.repeat.hits} hits, ${bare.repeat.revalidated} × 304): ${kb(bare.repeat.bytes)}`,
      ratio: `${((100 * app.repeat.bytes) / app.first.bytes).toFixed(1)}% of the first visit`,
      target: '',
      ok: null,
    },
  ]
}

export function lighthouseRows(r: LhResult): ResultRow[] {
  const med = (runs: LhRun[], k: Exclude<keyof LhRun, 'failing' | 'lcpElement' | 'shifted'>) => median(runs.map((x) => x[k]))
  const [fcp, bareFcp] = [med(r.ours, 'fcp'), med(r.bare, 'fcp')]
  const [perf, barePerf] = [med(r.ours, 'performance'), med(r.bare, 'performance')]
  const [a11y, bp] = [med(r.ours, 'accessibility'), med(r.ours, 'bestPractices')]
  const failing = [...new Set(r.ours.flatMap((x) => x.failing))]
  const runs = String(r.ours.length)
  const others = (runs: LhRun[]) => `LCP ${ms(med(runs, 'lcp'))} (${[...new Set(runs.map((x) => x.lcpElement))].join(' or ')}), TBT ${ms(med(runs, 'tbt'))}, SI ${ms(med(runs, 'si'))}, CLS ${med(runs, 'cls').toFixed(3)}${runs.some((x) => x.shifted.length) ? ` (shifted: ${[...new Set(runs.flatMap((x) => x.shifted))].join(', ')})` : ''}`
  return [
    {
      part: '7 lighthouse',
      name: `first contentful paint, Lighthouse ${r.version} mobile, simulated slow 4G (app: ${others(r.ours)})`,
      runs,
      ours: ms(fcp),
      baseline: `bare Vue + MapLibre (${others(r.bare)}): ${ms(bareFcp)}`,
      ratio: `${times(fcp / bareFcp)} bare`,
      target: '≤ 0.5× bare',
      ok: fcp / bareFcp <= 0.5,
    },
    {
      part: '7 lighthouse',
      name: 'performance score',
      runs,
      ours: perf.toFixed(2),
      baseline: `bare: ${barePerf.toFixed(2)}`,
      ratio: `${perf - barePerf >= 0 ? '+' : ''}${(perf - barePerf).toFixed(2)}`,
      target: '≥ bare + 0.2',
      ok: perf >= barePerf + 0.2 - 1e-9,
    },
    {
      part: '7 lighthouse',
      name: `accessibility / best practices of the app${failing.length ? ` (not passed: ${failing.join('; ')})` : ''}`,
      runs,
      ours: `${a11y.toFixed(2)} / ${bp.toFixed(2)}`,
      baseline: `bare: ${med(r.bare, 'accessibility').toFixed(2)} / ${med(r.bare, 'bestPractices').toFixed(2)}`,
      ratio: '',
      target: '≥ 0.95 each',
      ok: a11y >= 0.95 && bp >= 0.95,
    },
  ]
}
