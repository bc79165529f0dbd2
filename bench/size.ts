/**
 * Shipped JavaScript: builds the app and the bare Vue + MapLibre page (bench/bare) with Vite's build API into
 * temporary folders, then sums the gzip sizes of every .js/.mjs file each one writes (all chunks, the MapLibre
 * worker, our routing worker). gzip at zlib's default level 6, what static servers commonly send.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type InlineConfig } from 'vite'

const root = resolve(import.meta.dirname, '..')

export interface JsFile {
  file: string
  bytes: number
  gzip: number
}

export interface BuildSize {
  outDir: string
  files: JsFile[]
  gzip: number
  /** The entry chunk and the chunks it imports statically: what loads before anything lazy. */
  initial: { files: string[]; gzip: number; hasMaplibre: boolean }
}

interface Chunk {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  imports: string[]
  moduleIds: string[]
}

function jsFiles(dir: string): JsFile[] {
  const out: JsFile[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (/\.m?js$/.test(name)) {
        const buf = readFileSync(p)
        out.push({ file: relative(dir, p), bytes: buf.length, gzip: gzipSync(buf).length })
      }
    }
  }
  walk(dir)
  return out.sort((a, b) => b.gzip - a.gzip)
}

async function buildAndMeasure(config: InlineConfig, outDir: string): Promise<BuildSize> {
  const result = await build({ ...config, logLevel: 'warn', build: { ...config.build, outDir, emptyOutDir: true } })
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []))
  const chunks = outputs.filter((o): o is typeof o & Chunk => o.type === 'chunk')
  const entry = chunks.find((c) => c.isEntry)
  if (!entry) throw new Error(`${outDir}: the build has no entry chunk`)
  const initial = new Set<string>()
  const visit = (c: Chunk): void => {
    if (initial.has(c.fileName)) return
    initial.add(c.fileName)
    for (const f of c.imports) {
      const next = chunks.find((x) => x.fileName === f)
      if (next) visit(next)
    }
  }
  visit(entry)
  const initialChunks = chunks.filter((c) => initial.has(c.fileName))
  const files = jsFiles(outDir)
  const gzipOf = (f: string) => files.find((x) => x.file === f)?.gzip ?? 0
  return {
    outDir,
    files,
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

/** Builds bench/bare (no config file: Vue needs no plugin there, it has no .vue files) into `<tmp>/bare`. */
export const buildBare = (tmp: string): Promise<BuildSize> =>
  buildAndMeasure({ root: resolve(root, 'bench/bare'), configFile: false, base: './', build: { target: 'es2022', chunkSizeWarningLimit: 1500 }, worker: { format: 'es' } }, resolve(tmp, 'bare'))
