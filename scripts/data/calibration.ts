/**
 * The published drive times that calibrate the speeds (src/domain/routing/calibration.test.ts): the figures of
 * seeds/calibration.yaml and the drive times listings advertise (`claims`, DESIGN.md "Claims"), which are read
 * from the listings and never copied into calibration.yaml.
 */
import type { Seeds } from './load.ts'
import type { CalibrationSeed } from './schema.ts'

export type Endpoint = CalibrationSeed['from']
export interface Figure {
  /** The calibration id, or "claim:<listing id>:<hub id>" for a listing's claim. */
  id: string
  from: Endpoint
  to: Endpoint
  minutes: number
  deviation?: string
}

/**
 * All figures: calibration.yaml in its order, then each listing claim, from the listing's own point when it has
 * one, else from its park's point. A claim on a listing with neither is an error naming the listing.
 */
export function calibrationFigures(seeds: Pick<Seeds, 'calibration' | 'listings'>): Figure[] {
  const figures: Figure[] = seeds.calibration.map(({ record: c }) => ({
    id: c.id,
    from: c.from,
    to: c.to,
    minutes: c.minutes,
    ...(c.deviation ? { deviation: c.deviation } : {}),
  }))
  for (const { file, record: l } of seeds.listings)
    for (const claim of l.claims ?? []) {
      let from: Endpoint
      if (l.point) from = { point: l.point, crs: l.crs ?? 'wgs84' }
      else if (l.parkId) from = { park: l.parkId }
      else throw new Error(`${file}: listing ${l.id} claims a drive time but has neither a point nor a park to measure it from`)
      figures.push({ id: `claim:${l.id}:${claim.hub}`, from, to: { hub: claim.hub }, minutes: claim.minutes })
    }
  return figures
}
