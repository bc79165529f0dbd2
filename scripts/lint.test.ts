/** The boundaries in eslint.config.js hold: each forbidden import fails lint (DESIGN.md "Architecture"). */
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'
import { rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root })
let n = 0

/**
 * Lints `code` as if it were the file `filePath`. Typed linting needs the file on disk (the TypeScript project
 * service reads it), so a probe file is written beside where it pretends to be, and removed.
 */
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const path = resolve(root, filePath.replace(/probe\.ts$/, `zz-lint-probe-${process.pid}-${n++}.ts`))
  writeFileSync(path, code)
  try {
    const [result] = await eslint.lintFiles([path])
    return result.messages.map((m) => m.ruleId ?? m.message)
  } finally {
    rmSync(path, { force: true })
  }
}

// Typed linting starts the TypeScript project service on first use: seconds on a busy 2-core machine.
describe('import boundaries', { timeout: 120_000 }, () => {
  it.each([
    ['src/domain/probe.ts', "import { ref } from 'vue'\nexport const r = ref(1)\n"],
    ['src/domain/probe.ts', "import { Map } from 'maplibre-gl'\nexport const M = Map\n"],
    ['src/domain/probe.ts', "import { useDataStore } from '../stores/data.ts'\nexport const u = useDataStore\n"],
    ['src/domain/probe.ts', "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n"],
    ['src/map/probe.ts', "import { useExploreStore } from '../stores/explore.ts'\nexport const u = useExploreStore\n"],
    ['src/workers/probe.ts', "import { overlayLayers } from '../map/layers.ts'\nexport const o = overlayLayers\n"],
    ['src/components/probe.ts', "import { Map } from 'maplibre-gl'\nexport const M = Map\n"],
    ['scripts/probe.ts', "import { useExploreStore } from '../src/stores/explore.ts'\nexport const u = useExploreStore\n"],
  ])('%s may not: %s', async (file, code) => {
    const ids = await ruleIds(file, code)
    expect(ids, ids.join('; ')).toContain('no-restricted-imports')
  })

  it('the domain may not touch the DOM', async () => {
    expect(await ruleIds('src/domain/probe.ts', 'export const t = (): string => document.title\n')).toContain('no-restricted-globals')
  })

  it.each([
    ['src/domain/probe.ts', "import type { LngLat } from './types.ts'\nexport const p: LngLat = [121, 31]\n"],
    ['src/map/probe.ts', "import type { LngLat } from '../domain/types.ts'\nexport const p: LngLat = [121, 31]\n"],
    ['scripts/probe.ts', "import { round6 } from '../src/domain/geo.ts'\nexport const r = round6\n"],
  ])('%s may import the domain', async (file, code) => {
    expect(await ruleIds(file, code)).toEqual([])
  })

  it('a source file over 300 lines fails', async () => {
    const code = Array.from({ length: 301 }, (_, i) => `export const x${i} = ${i}`).join('\n') + '\n'
    expect(await ruleIds('src/domain/probe.ts', code)).toContain('max-lines')
  })
})
