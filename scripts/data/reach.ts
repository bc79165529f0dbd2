/**
 * The data build's part of issue 18: seeds/population.yaml and seeds/industries.yaml in, and out
 * - `peopleWithin` (residents within 15/30/45/60 min, seat → site, src/domain/routing/reach.ts) on every park and
 *   listing, computed with one forward search per population seat;
 * - `targetIndustries` (tokens), `targetIndustriesSource` and `admissionRules` on parks;
 * - data/population.json (the seats, for the worker's pin reach and the details' census year) and
 *   data/industries.json (the tokens, for the `ind=` picker).
 * A seat off the network counts as unreachable and is listed (meta.json and the build's summary).
 */
import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { round6, toWgs84 } from '../../src/domain/geo.ts'
import type { RoadGraph } from '../../src/domain/routing/graph.ts'
import { minutesAt, travelTimesFrom } from '../../src/domain/routing/index.ts'
import { peopleWithin } from '../../src/domain/routing/reach.ts'
import type { AdmissionRules, Industry, Listing, LngLat, Park, PeopleWithin, PopulationSeat, Source } from '../../src/domain/types.ts'
import { asList, readYaml, SeedErrors, validate, type SeedError } from './load.ts'
import { IndustrySeed, PopulationSeed } from './reachSchema.ts'
import type { ParkSeed } from './schema.ts'

export interface ReachSeeds {
  population: PopulationSeed[]
  industries: IndustrySeed[]
}

/** Reads seeds/population.yaml and seeds/industries.yaml (each optional: absent means no rows). */
export function loadReachSeeds(root: string, projectRoot: string): ReachSeeds {
  const errors: SeedError[] = []
  const read = <S extends typeof PopulationSeed | typeof IndustrySeed>(name: string, schema: S) => {
    const path = join(root, name)
    const rel = relative(projectRoot, path)
    if (!existsSync(path)) return []
    const raw = readYaml(path, rel, errors)
    if (raw === undefined) return []
    const out = asList(raw, rel, errors).flatMap((r, i) => validate(schema, r, rel, i, errors) ?? [])
    const seen = new Set<string>()
    for (const r of out) {
      if (seen.has(r.id)) errors.push({ file: rel, id: r.id, message: `field "id": duplicate id in ${name}` })
      seen.add(r.id)
    }
    return out
  }
  const population = read('population.yaml', PopulationSeed) as PopulationSeed[]
  const industries = read('industries.yaml', IndustrySeed) as IndustrySeed[]
  if (errors.length) throw new SeedErrors(errors)
  return { population, industries }
}

const normSource = (s: { url?: string | null; doc?: string | null; title: string; read: string }): Source => ({
  url: s.url ?? null,
  doc: s.doc ?? null,
  title: s.title,
  read: s.read,
})

/** Replaces the seed form of targetIndustries and admissionRules on each built park; unknown tokens are errors. */
export function applyIndustries(parks: Park[], parkSeeds: { file: string; record: ParkSeed }[], industries: IndustrySeed[]): void {
  const tokens = new Set(industries.map((i) => i.id))
  const errors: SeedError[] = []
  const seedById = new Map(parkSeeds.map((s) => [s.record.id, s]))
  for (const park of parks) {
    const { file, record } = seedById.get(park.id)!
    const target = record.targetIndustries
    const rules = record.admissionRules
    const mutable = park as unknown as Record<string, unknown>
    delete mutable.targetIndustries
    delete mutable.admissionRules
    if (target) {
      for (const [i, t] of target.tokens.entries())
        if (!tokens.has(t)) errors.push({ file, id: park.id, message: `field "targetIndustries.tokens.${i}": "${t}" is not a token of seeds/industries.yaml` })
      park.targetIndustries = target.tokens
      park.targetIndustriesSource = normSource(target.source)
    }
    if (rules) {
      const out: AdmissionRules = {}
      if (rules.minInvestment) out.minInvestment = { value: rules.minInvestment.value, source: normSource(rules.minInvestment.source) }
      if (rules.minTaxPerMu) out.minTaxPerMu = { value: rules.minTaxPerMu.value, source: normSource(rules.minTaxPerMu.source) }
      if (rules.restricted) out.restricted = { text: rules.restricted.text, source: normSource(rules.restricted.source) }
      park.admissionRules = out
    }
  }
  if (errors.length) throw new SeedErrors(errors)
}

export interface ReachResult {
  seats: PopulationSeat[]
  /** Ids of seats the network does not reach (counted as unreachable everywhere). */
  unreachable: string[]
}

/**
 * Sets `peopleWithin` on every park and listing: one forward search from each seat (seat → site, the commute),
 * each site's minutes read in it. A site off the network gets [null, null, null, null]. Listings without their
 * own point share their park's figures, as they share its drive times. Without any seat nothing is set.
 */
export function applyReach(graph: RoadGraph, population: PopulationSeed[], parks: Park[], listings: Listing[]): ReachResult {
  const seats: PopulationSeat[] = population.map((r) => {
    const w = toWgs84(r.seat as LngLat, r.crs)
    return {
      id: r.id,
      name: r.name,
      jurisdiction: r.jurisdiction,
      population: r.population,
      year: r.year,
      method: r.method,
      coarse: r.coarse ?? false,
      point: [round6(w[0]), round6(w[1])],
    }
  })
  const times = seats.map((s) => travelTimesFrom(graph, s.point))
  const unreachable = seats.filter((_, i) => !times[i]).map((s) => s.id)
  const pops = seats.map((s) => s.population)
  const offNetwork: PeopleWithin = [null, null, null, null]
  const reachOf = (p: LngLat): PeopleWithin => {
    if (graph.snapIndex.snap(p[0], p[1]).length === 0) return offNetwork
    return peopleWithin(times.map((t) => (t ? minutesAt(graph, t, p) : null)), pops)
  }
  // Without population rows the figures are unknown, not zero: leave them out.
  if (seats.length === 0) return { seats, unreachable }
  const parkReach = new Map<string, PeopleWithin>()
  for (const park of parks) {
    park.peopleWithin = reachOf(park.point)
    parkReach.set(park.id, park.peopleWithin)
  }
  for (const l of listings) l.peopleWithin = l.point ? reachOf(l.point) : parkReach.get(l.parkId)
  return { seats, unreachable }
}

/** data/population.json and data/industries.json. */
export function reachFiles(result: ReachResult, industries: IndustrySeed[]): Record<string, string> {
  const list: Industry[] = industries.map((i) => ({ id: i.id, name: i.name }))
  return {
    'population.json': JSON.stringify({ seats: result.seats, unreachable: result.unreachable }) + '\n',
    'industries.json': JSON.stringify({ industries: list }) + '\n',
  }
}
