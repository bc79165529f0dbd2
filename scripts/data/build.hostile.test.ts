/** data:build on hostile seeds (issue "Served like a product", hole 5) and all-or-nothing writes (hole 3). */
import { afterEach, describe, expect, it } from 'vitest'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeAllOrNothing } from './build.ts'
import { createListing, createPark, createRoads, problems, road, SOURCE, type Tree } from '../../tests/fixtures/seeds.ts'

const feature = (geometry: unknown, properties: Record<string, unknown> = { highway: 'primary', name: 'Bad road' }) => ({ type: 'Feature', properties, geometry })

describe('data:build names the cause of a bad seed', () => {
  it.each<[string, Tree, RegExp]>([
    ['road coordinates of the wrong type', { roads: createRoads([feature({ type: 'LineString', coordinates: [['121.1', '31.4'], [121.2, 31.4]] })]) }, /test\.geojson: record "#2 Bad road": field "geometry\.coordinates\.0": must be \[lng, lat\] numbers/],
    ['a road coordinate far outside (swapped)', { roads: createRoads([feature({ type: 'LineString', coordinates: [[31.4, 121.1], [121.2, 31.4]] })]) }, /field "geometry\.coordinates\.0": \[31\.4, 121\.1\] lies far outside the area/],
    ['a road without highway', { roads: createRoads([feature({ type: 'LineString', coordinates: [[121.1, 31.4], [121.2, 31.4]] }, { name: 'No class' })]) }, /record "#2 No class": field "properties\.highway": is required/],
    ['a road as a polygon', { roads: createRoads([feature({ type: 'Polygon', coordinates: [[[121.1, 31.4], [121.2, 31.4], [121.2, 31.5], [121.1, 31.4]]] })]) }, /field "geometry\.type": "Polygon" is not one of/],
    ['a basemap feature with a string coordinate', { raw: { 'basemap/water.geojson': JSON.stringify({ type: 'FeatureCollection', features: [feature({ type: 'Point', coordinates: [121.1, 'x'] }, { name: 'Lake' })] }) } }, /water\.geojson: record "#1 Lake": field "geometry\.coordinates": must be \[lng, lat\] numbers/],
    ['a basemap feature without geometry', { raw: { 'basemap/towns.geojson': JSON.stringify({ type: 'FeatureCollection', features: [feature(null, { name: 'Town' })] }) } }, /towns\.geojson: record "#1 Town": field "geometry": is null or missing/],
    ['a park boundary vertex outside the area', { parks: [createPark({ radiusKm: undefined, boundary: [[121.1, 31.45], [121.2, 31.45], [125.2, 31.5], [121.1, 31.45]] })] }, /record "test-park": field "boundary\.2": \[125\.2, 31\.5\] \(WGS-84\) lies outside the area/],
    ['a date that is not in the calendar', { listings: [createListing({ asOf: '2026-02-31' })] }, /record "test-listing": field "asOf": is not a day of the calendar/],
    ['a source read on 29 February of a common year', { parks: [createPark({ sources: [{ ...SOURCE, read: '2025-02-29' }] })] }, /field "sources\.0\.read": is not a day of the calendar/],
  ])('%s', (_what, tree, message) => {
    expect(problems(tree).join('\n')).toMatch(message)
  })

  it('a road with null geometry is reported once, as itself, without follow-on errors', () => {
    const found = problems({ roads: createRoads([feature(null, { highway: 'primary', name: 'Ghost road' })]) })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/seeds\/roads\/test\.geojson: record "#2 Ghost road": field "geometry": is null or missing$/)
  })

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'ftp://example.org/x', 'https://exa mple.org', '//example.org/x'])(
    'a source URL %j is refused: http(s) only',
    (url) => {
      expect(problems({ parks: [createPark({ sources: [{ ...SOURCE, url }] })] }).join('\n')).toMatch(/record "test-park": field "sources\.0\.url": must/)
    },
  )
  it('a park contact URL must be http(s) too', () => {
    expect(problems({ parks: [createPark({ contact: { url: 'javascript:void(0)' } })] }).join('\n')).toMatch(/field "contact\.url": must be an http\(s\) URL/)
  })
  it('accepts http and https sources', () => {
    expect(problems({ parks: [createPark({ sources: [SOURCE, { ...SOURCE, url: 'http://example.org/a?b=1#c' }] })] })).toEqual([])
  })
  it('accepts a road extending to a hub outside the area (Yangshan lies ~1° away)', () => {
    expect(problems({ roads: createRoads([road([[121.2, 31.45], [122.03, 30.62]])]) })).toEqual([])
  })
})

describe('writeAllOrNothing', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs) {
      chmodSync(d, 0o755)
      rmSync(d, { recursive: true, force: true })
    }
    dirs.length = 0
  })
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'data-out-'))
    dirs.push(d)
    return d
  }

  it('replaces every file and leaves no temporary folder', () => {
    const root = tmp()
    const out = join(root, 'data')
    writeAllOrNothing(out, { 'a.json': 'old a', 'b.json': 'old b' })
    writeAllOrNothing(out, { 'a.json': 'new a', 'b.json': 'new b' })
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('new a')
    expect(readFileSync(join(out, 'b.json'), 'utf8')).toBe('new b')
    expect(readdirSync(root)).toEqual(['data'])
  })

  it('a write that fails midway leaves every old file as it was, and names the file', () => {
    const root = tmp()
    const out = join(root, 'data')
    writeAllOrNothing(out, { 'a.json': 'old a', 'b.json': 'old b' })
    // A file name that cannot be written (its folder does not exist) stands for a full disk at the second file.
    expect(() => writeAllOrNothing(out, { 'a.json': 'new a', 'missing/b.json': 'new b' })).toThrow(/cannot write missing\/b\.json \(ENOENT\)/)
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('old a')
    expect(readFileSync(join(out, 'b.json'), 'utf8')).toBe('old b')
    expect(readdirSync(root)).toEqual(['data'])
    expect(existsSync(join(out, 'missing'))).toBe(false)
  })

  it('the CLI says what failed in one line, without a stack trace', async () => {
    const { execFileSync } = await import('node:child_process')
    const root = tmp()
    writeFileSync(join(root, 'data'), 'a file where the data folder should be')
    let stderr = ''
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'build.ts')], { env: { ...process.env, JKT_DATA_OUT: join(root, 'data') }, stdio: 'pipe' })
    } catch (e) {
      stderr = String((e as { stderr: Buffer }).stderr)
    }
    expect(stderr).toMatch(/^data:build failed: .*data\/ is unchanged/m)
    expect(stderr).not.toMatch(/\n\s+at /)
  }, 60_000)
})
