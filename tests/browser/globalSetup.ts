/** Builds the app once, serves dist/ on 127.0.0.1, and makes sure Chromium is there, for every browser test. */
import type { TestProject } from 'vitest/node'
import { resolve } from 'node:path'
import { build } from 'vite'
import { serveDist } from '../../scripts/serve.ts'
import { ensureChromium } from './chromium.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromium: string
  }
}

export default async function setup(project: TestProject) {
  const chromium = ensureChromium()
  const root = resolve(import.meta.dirname, '../..')
  await build({ root, logLevel: 'warn', build: { outDir: 'dist' } })
  const server = await serveDist(resolve(root, 'dist'), 0)
  const addr = server.address()
  if (!addr || typeof addr === 'string') throw new Error('server has no port')
  project.provide('baseUrl', `http://127.0.0.1:${addr.port}/`)
  project.provide('chromium', chromium)
  return () => new Promise<void>((ok) => server.close(() => ok()))
}
