/**
 * The ESLint rule that keeps src/map free of stores and components (eslint.config.js) fails on a forbidden import.
 * The block is taken from the project's own config and run with ESLint's Linter on the import lines alone (the full
 * config's type-aware parser needs files on disk and takes most of a minute to start on a busy machine).
 */
import { describe, expect, it } from 'vitest'
import { Linter } from 'eslint'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const configPath = resolve(root, 'eslint.config.js')
const config = ((await import(/* @vite-ignore */ configPath)) as { default: Linter.Config[] }).default
const mapBlock = config.filter((c) => c.rules?.['no-restricted-imports'] && c.files?.some((f) => String(f).startsWith('src/map/')))

function lint(file: string, code: string): string[] {
  const linter = new Linter({ cwd: root })
  return linter
    .verify(code, mapBlock, resolve(root, file))
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

describe('src/map import boundaries (eslint.config.js)', () => {
  it('has one block for src/map', () => {
    expect(mapBlock).toHaveLength(1)
  })

  it.each([
    ["import { useExploreStore } from '../stores/explore.ts'", 'src/map imports no store'],
    ["import { useExploreStore } from '../stores'", 'src/map imports no store'],
    ["import MapLegend from '../components/MapLegend.vue'", 'src/map imports no component'],
  ])('refuses %s in src/map', (line, message) => {
    expect(lint('src/map/Forbidden.ts', line).join('\n')).toContain(message)
  })

  it.each([
    ['src/map/Allowed.ts', "import { AREA_BBOX } from '../domain/area.ts'"],
    ['src/map/Allowed.ts', "import { Map } from 'maplibre-gl'"],
    ['src/components/Allowed.ts', "import { useExploreStore } from '../stores/explore.ts'"],
  ])('allows in %s: %s', (file, line) => {
    expect(lint(file, line)).toEqual([])
  })
})
