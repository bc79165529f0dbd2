/**
 * The temporary workspace that the data:import tests write into: a copy of seeds/ (never the project's own), the
 * CLI run in it with its output captured, and readers of what it wrote. `useWorkspaces()` is called once at a test
 * file's top level and removes every workspace after each test.
 */
import { afterEach } from 'vitest'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { runImport } from './import.ts'
import { buildData } from './build.ts'

export const projectRoot = resolve(import.meta.dirname, '../..')
export const TODAY = '2026-12-07'

export interface Workspace {
  dir: string
  seeds: string
}

export function useWorkspaces(): () => Workspace {
  let dirs: string[] = []
  afterEach(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
    dirs = []
  })
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'))
    dirs.push(dir)
    cpSync(join(projectRoot, 'seeds'), join(dir, 'seeds'), { recursive: true })
    return { dir, seeds: join(dir, 'seeds') }
  }
}

/** `npm run data:import -- ARGS` against the workspace's seeds, on TODAY. */
export async function runImportIn(args: string[], seeds: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runImport(args, { seedsRoot: seeds, today: TODAY, out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** Every listing file and removed.yaml, as text: to prove that nothing (or only one thing) was written. */
export function snapshot(seeds: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const f of readdirSync(join(seeds, 'listings'))) files[f] = readFileSync(join(seeds, 'listings', f), 'utf8')
  if (existsSync(join(seeds, 'removed.yaml'))) files['removed.yaml'] = readFileSync(join(seeds, 'removed.yaml'), 'utf8')
  return files
}

/** The records of seeds/listings/<park>.yaml as written. */
export const listings = (seeds: string, park: string) => parseYaml(readFileSync(join(seeds, 'listings', `${park}.yaml`), 'utf8')) as Record<string, unknown>[]

/** `npm run data:build` on the workspace's seeds, into <dir>/data (throws, naming the record, what the build refuses). */
export function buildInto(ws: Workspace): string {
  const data = join(ws.dir, 'data')
  mkdirSync(data, { recursive: true })
  for (const [name, text] of Object.entries(buildData(ws.seeds).files)) writeFileSync(join(data, name), text)
  return data
}
