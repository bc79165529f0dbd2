/**
 * Builds of the app with other data (synthetic listings, hostile strings, a missing or corrupt file), served on
 * 127.0.0.1 for one spec. Uses the documented build options JKT_LISTINGS and JKT_DATA_DIR (vite.config.ts).
 */
import { resolve } from 'node:path'
import type { Server } from 'node:http'
import { build } from 'vite'
import { serveDist } from '../../scripts/serve.ts'

const root = resolve(import.meta.dirname, '../..')

export interface Variant {
  url: string
  close(): Promise<void>
}

export async function buildVariant(name: string, env: { JKT_LISTINGS?: string; JKT_DATA_DIR?: string; VITE_BASEMAP_STYLE_URL?: string }): Promise<Variant> {
  const outDir = resolve(root, 'test-results/builds', name)
  const saved = { ...process.env }
  Object.assign(process.env, env)
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k]
    Object.assign(process.env, saved)
  }
  const server: Server = await serveDist(outDir, 0)
  const addr = server.address()
  if (!addr || typeof addr === 'string') throw new Error('server has no port')
  return { url: `http://127.0.0.1:${addr.port}/`, close: () => new Promise((ok) => server.close(() => ok())) }
}
