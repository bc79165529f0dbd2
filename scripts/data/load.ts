/**
 * Reading and validating seeds/. Every problem becomes a SeedError naming file, record id, field and reason;
 * nothing is dropped silently.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import * as v from 'valibot'
import { checkFeatures } from './geojsonCheck.ts'
import { CalibrationSeed, HubSeed, ListingSeed, ParkSeed, RemovedSeed, describeIssues } from './schema.ts'

export interface SeedError {
  file: string
  id: string | null
  message: string
}

export const formatError = (e: SeedError): string => `${e.file}${e.id ? `: record "${e.id}"` : ''}: ${e.message}`

export class SeedErrors extends Error {
  constructor(readonly errors: SeedError[]) {
    super(`${errors.length} problem(s) in seeds:\n${errors.map((e) => `  ${formatError(e)}`).join('\n')}`)
  }
}

export interface Seeds {
  parks: { file: string; record: ParkSeed }[]
  listings: { file: string; record: ListingSeed }[]
  hubs: { file: string; record: HubSeed }[]
  calibration: { file: string; record: CalibrationSeed }[]
  removed: { file: string; record: RemovedSeed }[]
  roads: { file: string; fc: GeoJSON.FeatureCollection }[]
  basemap: { file: string; fc: GeoJSON.FeatureCollection }[]
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f))
}

export function readYaml(path: string, rel: string, errors: SeedError[]): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'))
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}` : ''
    errors.push({ file: rel, id: null, message: `not valid YAML${where}: ${(e as Error).message.split('\n')[0]}` })
    return undefined
  }
}

function readJson(path: string, rel: string, errors: SeedError[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    errors.push({ file: rel, id: null, message: `not valid JSON: ${(e as Error).message}` })
    return undefined
  }
}

function recordId(raw: unknown): string | null {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id
  return null
}

export function validate<S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
  rel: string,
  index: number,
  errors: SeedError[],
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, raw)
  if (result.success) return result.output
  const id = recordId(raw) ?? `#${index + 1}`
  for (const message of describeIssues(result.issues)) errors.push({ file: rel, id, message })
  return undefined
}

export function asList(raw: unknown, rel: string, errors: SeedError[]): unknown[] {
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw)) {
    errors.push({ file: rel, id: null, message: 'must be a list of records' })
    return []
  }
  return raw
}

function asFeatureCollection(raw: unknown, rel: string, errors: SeedError[]): GeoJSON.FeatureCollection | undefined {
  if (raw && typeof raw === 'object' && 'type' in raw && raw.type === 'FeatureCollection' && 'features' in raw && Array.isArray(raw.features)) {
    return raw as GeoJSON.FeatureCollection
  }
  errors.push({ file: rel, id: null, message: 'must be a GeoJSON FeatureCollection' })
  return undefined
}

/** Reads and validates every seed file under `root` (the seeds/ folder). Throws SeedErrors listing all problems. */
export function loadSeeds(root: string, projectRoot = join(root, '..')): Seeds {
  const errors: SeedError[] = []
  const rel = (p: string) => relative(projectRoot, p)
  const seeds: Seeds = { parks: [], listings: [], hubs: [], calibration: [], removed: [], roads: [], basemap: [] }

  for (const path of listFiles(join(root, 'parks'), '.yaml')) {
    const file = rel(path)
    const raw = readYaml(path, file, errors)
    if (raw === undefined) continue
    const record = validate(ParkSeed, raw, file, 0, errors)
    if (!record) continue
    const expected = path.split('/').pop()!.replace(/\.yaml$/, '')
    if (record.id !== expected) errors.push({ file, id: record.id, message: `field "id": must match the file name "${expected}"` })
    seeds.parks.push({ file, record })
  }
  for (const path of listFiles(join(root, 'listings'), '.yaml')) {
    const file = rel(path)
    asList(readYaml(path, file, errors), file, errors).forEach((raw, i) => {
      const record = validate(ListingSeed, raw, file, i, errors)
      if (record) seeds.listings.push({ file, record })
    })
  }
  const hubsPath = join(root, 'hubs.yaml')
  if (!existsSync(hubsPath)) errors.push({ file: rel(hubsPath), id: null, message: 'is missing' })
  else
    asList(readYaml(hubsPath, rel(hubsPath), errors), rel(hubsPath), errors).forEach((raw, i) => {
      const record = validate(HubSeed, raw, rel(hubsPath), i, errors)
      if (record) seeds.hubs.push({ file: rel(hubsPath), record })
    })
  const calPath = join(root, 'calibration.yaml')
  if (existsSync(calPath))
    asList(readYaml(calPath, rel(calPath), errors), rel(calPath), errors).forEach((raw, i) => {
      const record = validate(CalibrationSeed, raw, rel(calPath), i, errors)
      if (record) seeds.calibration.push({ file: rel(calPath), record })
    })
  const removedPath = join(root, 'removed.yaml')
  if (existsSync(removedPath))
    asList(readYaml(removedPath, rel(removedPath), errors), rel(removedPath), errors).forEach((raw, i) => {
      const record = validate(RemovedSeed, raw, rel(removedPath), i, errors)
      if (record) seeds.removed.push({ file: rel(removedPath), record })
    })
  for (const [dir, key] of [
    ['roads', 'roads'],
    ['basemap', 'basemap'],
  ] as const) {
    for (const path of listFiles(join(root, dir), '.geojson')) {
      const fc = asFeatureCollection(readJson(path, rel(path), errors), rel(path), errors)
      if (!fc) continue
      const checked = checkFeatures(fc, rel(path), key === 'roads' ? 'road' : 'basemap')
      errors.push(...checked.errors)
      seeds[key].push({ file: rel(path), fc: { ...fc, features: checked.valid } })
    }
  }
  if (errors.length) throw new SeedErrors(errors)
  return seeds
}
