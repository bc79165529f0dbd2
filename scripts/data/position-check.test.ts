/**
 * Every park's reference point is checked against an independent source (issue 17): its seed records
 * `positionCheck: { source, point, crs, distanceKm, date }`, or `{ unverified: reason }` where no source exists (and
 * the point stays flagged approximate). A checked point more than 1 km from its source must be fixed. The
 * recorded distance must be the distance between the two points. The table of checks is printed.
 */
import { resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { toWgs84 } from '../../src/domain/geo.ts'
import { haversineKm } from '../../src/domain/routing/geo.ts'
import { loadSeeds } from './load.ts'
import type { ParkSeed } from './schema.ts'
import { describeIssues, ParkSeed as ParkSchema } from './schema.ts'
import * as v from 'valibot'

const MAX_OFF_KM = 1
/** distanceKm is written with one or two decimals. */
const DISTANCE_ROUNDING_KM = 0.05

const parks: ParkSeed[] = loadSeeds(resolve(import.meta.dirname, '../../seeds')).parks.map((p) => p.record)

/** Distance from a park's reference point to the point of its check, km (both converted to WGS-84). */
function checkDistanceKm(park: ParkSeed): number | null {
  const check = park.positionCheck
  if (!check || 'unverified' in check) return null
  const [a, b] = [toWgs84(park.point, park.crs), toWgs84(check.point, check.crs)]
  return haversineKm(a[0], a[1], b[0], b[1])
}

describe('park reference points checked against independent sources', () => {
  it('has a positionCheck on every park', () => {
    expect(parks.filter((p) => !p.positionCheck).map((p) => p.id)).toEqual([])
  })

  it(`has no checked point more than ${MAX_OFF_KM} km from its source`, () => {
    const off = parks.filter((p) => (checkDistanceKm(p) ?? 0) > MAX_OFF_KM)
    expect(off.map((p) => `${p.id}: ${checkDistanceKm(p)!.toFixed(2)} km`)).toEqual([])
  })

  it('records the distance it measured', () => {
    for (const p of parks) {
      const km = checkDistanceKm(p)
      if (km === null || !p.positionCheck || 'unverified' in p.positionCheck) continue
      expect(Math.abs(p.positionCheck.distanceKm - km), p.id).toBeLessThanOrEqual(DISTANCE_ROUNDING_KM)
    }
  })

  it('keeps unverified points flagged approximate', () => {
    const unverified = parks.filter((p) => p.positionCheck && 'unverified' in p.positionCheck)
    expect(unverified.filter((p) => p.precision !== 'approximate').map((p) => p.id)).toEqual([])
  })

  it.each([
    [{ unverified: '' }, 'positionCheck.unverified'],
    [{ point: [121, 31], distanceKm: 0, date: '2026-12-07' }, 'positionCheck'],
    [{ source: { url: 'https://example.org', title: 't', read: '2026-12-07' }, point: [121, 31], distanceKm: -1, date: '2026-12-07' }, 'positionCheck'],
    [{ unverified: 'why', extra: 1 }, 'positionCheck'],
  ])('rejects the hostile positionCheck %j naming the field', (positionCheck, field) => {
    const park = { ...parks[0], positionCheck }
    const result = v.safeParse(ParkSchema, park)
    expect(result.success).toBe(false)
    if (!result.success) expect(describeIssues(result.issues).join('; ')).toContain(`"${field}`)
  })

  afterAll(() => {
    const checked = parks.filter((p) => checkDistanceKm(p) !== null)
    const lines = checked.map((p) => `  ${p.id.padEnd(40)} ${checkDistanceKm(p)!.toFixed(2)} km`)
    console.log(`position checks: ${checked.length} checked, ${parks.length - checked.length} unverified\n${lines.join('\n')}`)
  })
})
