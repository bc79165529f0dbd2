/**
 * Builds of the app with other data (synthetic listings, hostile strings, a missing or corrupt file), served on
 * 127.0.0.1 for one spec. A data variant is the suite's one build (dist/, made by globalSetup) copied with its
 * data files replaced, as the documented build options JKT_LISTINGS and JKT_DATA_DIR would emit them: a Vite build
 * per variant cost about a minute of CI each. Only a variant that changes the build itself (an online basemap
 * changes the page's policy and code) is built anew.
 */
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Server } from 'node:http'
import { build } from 'vite'
import { serveDist } from '../../scripts/serve.ts'

const root = resolve(import.meta.dirname, '../..')

export interface Variant {
  url: string
  close(): Promise<void>
}

export interface DataVariant {
  /** Replaces data/listings.json (as JKT_LISTINGS does). */
  JKT_LISTINGS?: string
  /** Takes every data file from this folder (as JKT_DATA_DIR does): files it lacks are missing. */
  JKT_DATA_DIR?: string
}

async function serve(outDir: string): Promise<Variant> {
  const server: Server = await serveDist(outDir, 0)
  const addr = server.address()
  if (!addr || typeof addr === 'string') throw new Error('server has no port')
  return { url: `http://127.0.0.1:${addr.port}/`, close: () => new Promise((ok) => server.close(() => ok())) }
}

/** dist/ with other data: copied, its data files (and their compressed copies) replaced. */
export async function dataVariant(name: string, env: DataVariant): Promise<Variant> {
  const dist = resolve(root, 'dist')
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error('dist/ is not built: the browser suite builds it in globalSetup')
  const outDir = resolve(root, 'test-results/builds', name)
  rmSync(outDir, { recursive: true, force: true })
  cpSync(dist, outDir, { recursive: true })
  const data = resolve(outDir, 'data')
  if (env.JKT_DATA_DIR) {
    for (const f of readdirSync(data)) rmSync(resolve(data, f))
    for (const f of readdirSync(env.JKT_DATA_DIR)) if (f.endsWith('.json')) cpSync(resolve(env.JKT_DATA_DIR, f), resolve(data, f))
  }
  if (env.JKT_LISTINGS) {
    for (const f of ['listings.json.br', 'listings.json.gz']) rmSync(resolve(data, f), { force: true })
    cpSync(resolve(env.JKT_LISTINGS), resolve(data, 'listings.json'))
  }
  return serve(outDir)
}

/** A build of its own, for options that change the build itself (VITE_*). */
export async function buildVariant(name: string, env: { VITE_BASEMAP_STYLE_URL?: string }): Promise<Variant> {
  const outDir = resolve(root, 'test-results/builds', name)
  const saved = { ...process.env }
  Object.assign(process.env, env)
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k]
    Object.assign(process.env, saved)
  }
  return serve(outDir)
}
