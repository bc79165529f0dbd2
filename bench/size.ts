/**
 * Shipped JavaScript: builds the app and the bare Vue + MapLibre page (bench/bare) with Vite's build API into
 * temporary folders, then measures every .js/.mjs file each one writes: gzip at zlib's default level 6 (what
 * static servers commonly send) and the brotli copy the build writes (scripts/build/precompress.ts, also run on
 * the bare build so both are served alike). The app's files are split into what a first visit downloads (the
 * entry chunk and its static imports, the map chunk, which starts loading at once when WebGL is there, and its
 * imports, the workers) and the chunks loaded only when a panel is opened (spreadsheets, export, compare…).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type InlineConfig } from 'vite'
import { precompress } from '../scripts/build/precompress.ts'
import { buildCsp } from '../scripts/build/csp.ts'

const root = resolve(import.meta.dirname, '..')

export interface JsFile {
  file: string
  bytes: number
  gzip: number
  /** The .br copy's size (the raw size when the build wrote none: a file under 1 kB). */
  br: number
}

export interface Sum {
  files: JsFile[]
  gzip: number
  br: number
}

export interface BuildSize {
  outDir: string
  files: JsFile[]
  gzip: number
  /** The entry chunk and the chunks it imports statically: what loads before anything lazy. */
  initial: { files: string[]; gzip: number; hasMaplibre: boolean }
  /** What a first visit downloads: entry and its imports, the map chunk and its imports, the workers. */
  firstVisit: Sum
  /** Chunks loaded only when a panel or view is opened. */
  lazy: Sum
}

interface Chunk {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  imports: string[]
  moduleIds: string[]
  facadeModuleId: string | null
}

function jsFiles(dir: string): JsFile[] {
  const out: JsFile[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (/\.m?js$/.test(name)) {
        const buf = readFileSync(p)
        const br = existsSync(`${p}.br`) ? statSync(`${p}.br`).size : buf.length
        out.push({ file: relative(dir, p), bytes: buf.length, gzip: gzipSync(buf).length, br })
      }
    }
  }
  walk(dir)
  return out.sort((a, b) => b.gzip - a.gzip)
}

const sum = (files: JsFile[]): Sum => ({ files, gzip: files.reduce((n, f) => n + f.gzip, 0), br: files.reduce((n, f) => n + f.br, 0) })
const WORKER = /(worker)[^/]*\.m?js$/
/**
 * Workers a first visit does not start: the import worker is created when the Import panel first reads a sheet
 * (src/stores/importWorker.ts); the routing, listings and MapLibre workers start with the app.
 */
const LAZY_WORKER = /(^|\/)import\.worker[^/]*\.m?js$/

async function buildAndMeasure(config: InlineConfig, outDir: string): Promise<BuildSize> {
  const result = await build({ ...config, logLevel: 'warn', build: { ...config.build, outDir, emptyOutDir: true } })
  // The app's build precompresses itself (vite.config.ts); the bare one has no config file: do it here.
  if (!existsSync(join(outDir, 'index.html.br')) && !existsSync(join(outDir, 'index.html.gz'))) precompress(outDir)
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []))
  const chunks = outputs.filter((o): o is typeof o & Chunk => o.type === 'chunk')
  const entry = chunks.find((c) => c.isEntry)
  if (!entry) throw new Error(`${outDir}: the build has no entry chunk`)
  const closure = (from: Chunk): Set<string> => {
    const seen = new Set<string>()
    const visit = (c: Chunk): void => {
      if (seen.has(c.fileName)) return
      seen.add(c.fileName)
      for (const f of c.imports) {
        const next = chunks.find((x) => x.fileName === f)
        if (next) visit(next)
      }
    }
    visit(from)
    return seen
  }
  const initial = closure(entry)
  // The map (src/components/MapView.vue) is a lazy chunk that App.vue starts loading at once when WebGL is there.
  const mapChunk = chunks.find((c) => c.facadeModuleId?.endsWith('/MapView.vue'))
  const first = new Set([...initial, ...(mapChunk ? closure(mapChunk) : [])])
  const initialChunks = chunks.filter((c) => initial.has(c.fileName))
  const files = jsFiles(outDir)
  const gzipOf = (f: string) => files.find((x) => x.file === f)?.gzip ?? 0
  const isFirst = (f: JsFile) => first.has(f.file) || (WORKER.test(f.file) && !LAZY_WORKER.test(f.file))
  return {
    outDir,
    files,
    firstVisit: sum(files.filter(isFirst)),
    lazy: sum(files.filter((f) => !isFirst(f))),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    initial: {
      files: [...initial],
      gzip: [...initial].reduce((n, f) => n + gzipOf(f), 0),
      hasMaplibre: initialChunks.some((c) => c.moduleIds.some((id) => id.includes('/node_modules/maplibre-gl/'))),
    },
  }
}

/** Builds the app (its own vite.config.ts, default data) into `<tmp>/app`. */
export const buildApp = (tmp: string): Promise<BuildSize> => buildAndMeasure({ root }, resolve(tmp, 'app'))

/**
 * Builds bench/bare (no config file: Vue needs no plugin there, it has no .vue files) into `<tmp>/bare`, with the
 * app's offline Content-Security-Policy (scripts/build/csp.ts) as its meta tag: scripts/serve.ts sends a page's own
 * policy as a header, and a strict default to a page without one, which would block MapLibre's inline styles.
 */
export const buildBare = (tmp: string): Promise<BuildSize> =>
  buildAndMeasure(
    {
      root: resolve(root, 'bench/bare'),
      configFile: false,
      base: './',
      build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
      worker: { format: 'es' },
      plugins: [{ name: 'bare-csp', transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${buildCsp({})}">`) }],
    },
    resolve(tmp, 'bare'),
  )
