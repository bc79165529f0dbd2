/**
 * Schemas of the seed records (seeds/README.md), with valibot. Strict objects: an unknown field is an error,
 * so a typo ("clearheight") cannot silently drop a fact.
 */
import * as v from 'valibot'
import { CRS_NAMES } from '../../src/domain/geo.ts'
import { JURISDICTIONS, LISTING_KINDS, PARK_KINDS, STATUSES } from '../../src/domain/types.ts'
import { AreaShape, Coordinate, Deals, ID, nonNegative, positive, Precision } from '../../src/domain/dataSchema.ts'
import { DATE, HTTP_URL, nonEmpty, Source, Sources, Text } from './seedBlocks.ts'
import { parkIndustryFields } from './reachSchema.ts'

export { Source }

const Located = {
  point: Coordinate,
  crs: v.optional(v.picklist(CRS_NAMES, 'must be wgs84, gcj02 or bd09'), 'wgs84'),
  precision: Precision,
  outsideArea: v.optional(nonEmpty),
}

export const ParkSeed = v.pipe(
  v.strictObject({
    id: ID,
    name: Text,
    jurisdiction: v.picklist(JURISDICTIONS, `must be one of ${JURISDICTIONS.join(', ')}`),
    town: Text,
    kind: v.picklist(PARK_KINDS, `must be one of ${PARK_KINDS.join(', ')}`),
    ...Located,
    radiusKm: v.optional(v.pipe(positive, v.maxValue(30, 'must be at most 30 km'))),
    boundary: v.optional(v.pipe(v.array(Coordinate), v.minLength(4, 'needs at least 4 points'))),
    areaKm2: v.optional(positive),
    industries: v.optional(v.strictObject({ zh: v.array(nonEmpty), en: v.array(nonEmpty) })),
    ...parkIndustryFields,
    admission: v.optional(Text),
    operator: v.optional(Text),
    contact: v.optional(v.strictObject({ phone: v.optional(nonEmpty), url: v.optional(HTTP_URL) })),
    established: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2100))),
    note: v.optional(Text),
    /** The reference point checked against an independent source (distance in km), or why it could not be. */
    positionCheck: v.optional(
      v.union(
        [
          v.strictObject({
            source: Source,
            point: Coordinate,
            crs: v.optional(v.picklist(CRS_NAMES, 'must be wgs84, gcj02 or bd09'), 'wgs84'),
            distanceKm: nonNegative,
            date: DATE,
          }),
          v.strictObject({ unverified: nonEmpty }),
        ],
        'must be { source, point, crs, distanceKm, date } or { unverified: reason }',
      ),
    ),
    sources: Sources,
  }),
  v.check((p) => p.radiusKm !== undefined || p.boundary !== undefined, 'needs radiusKm or boundary'),
)
export type ParkSeed = v.InferOutput<typeof ParkSeed>

const AreaRange = v.pipe(
  v.strictObject(AreaShape),
  v.check((r) => r.min !== null || r.max !== null, 'needs min or max'),
  v.check((r) => r.min === null || r.max === null || r.min <= r.max, 'min must not exceed max'),
)

export const ListingSeed = v.pipe(
  v.strictObject({
    id: ID,
    /** Absent for a listing in no park (seeds/listings/_no-park.yaml; it must have its own point). */
    parkId: v.optional(ID),
    name: Text,
    kind: v.picklist(LISTING_KINDS, `must be one of ${LISTING_KINDS.join(', ')}`),
    deal: Deals,
    floorArea: v.optional(AreaRange),
    /** m²: a whole building or project, never matched as a unit size. */
    totalFloorArea: v.optional(positive),
    landArea: v.optional(positive),
    rent: v.optional(v.pipe(positive, v.maxValue(20, 'is in 元/㎡/天: above 20 is not a daily rent'))),
    salePrice: v.optional(v.pipe(positive, v.minValue(100, 'is in 元/㎡: below 100 is not a sale price'))),
    landPrice: v.optional(v.pipe(positive, v.maxValue(5000, 'is in 万元/亩: above 5000 is implausible'))),
    clearHeight: v.optional(v.pipe(positive, v.maxValue(60))),
    storeyHeight: v.optional(v.pipe(positive, v.maxValue(60))),
    floorLoad: v.optional(v.pipe(positive, v.maxValue(50))),
    power: v.optional(positive),
    crane: v.optional(positive),
    title: v.optional(v.picklist(['separate', 'divisible'], 'must be separate or divisible')),
    minLeaseYears: v.optional(positive),
    rentFreeMonths: v.optional(nonNegative),
    ready: v.boolean('must be true or false'),
    completion: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be YYYY or YYYY-MM'))),
    status: v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`),
    /** Date the facts were true; absent when the source gives no date. */
    asOf: v.optional(DATE),
    contact: v.optional(v.strictObject({ name: v.optional(nonEmpty), phone: v.optional(nonEmpty) })),
    address: v.optional(Text),
    /** Advertised drive times (DESIGN.md "Claims"). */
    claims: v.optional(
      v.array(
        v.strictObject({
          hub: ID,
          minutes: v.pipe(positive, v.maxValue(600, 'must be at most 600 minutes')),
          source: Source,
        }),
      ),
    ),
    point: v.optional(Coordinate),
    crs: v.optional(v.picklist(CRS_NAMES, 'must be wgs84, gcj02 or bd09')),
    precision: v.optional(Precision),
    outsideArea: v.optional(nonEmpty),
    note: v.optional(Text),
    sample: v.boolean('must be true or false'),
    sources: Sources,
  }),
  v.check((l) => l.kind !== 'land' || l.landArea !== undefined, 'needs landArea (kind land)'),
  v.check((l) => !(l.ready && l.completion !== undefined), 'is ready but has a completion date'),
  v.check(
    (l) => l.clearHeight === undefined || l.storeyHeight === undefined || l.clearHeight <= l.storeyHeight,
    'clearHeight (净高) must not exceed storeyHeight (层高)',
  ),
)
export type ListingSeed = v.InferOutput<typeof ListingSeed>

export const HubSeed = v.strictObject({
  id: v.pipe(ID, v.check((id) => id !== 'pin', '"pin" is reserved')),
  name: Text,
  kind: v.picklist(['airport', 'rail', 'port', 'centre', 'auto']),
  ...Located,
  note: v.optional(Text),
  sources: Sources,
})
export type HubSeed = v.InferOutput<typeof HubSeed>

/** seeds/removed.yaml: a listing taken off the market; its id stays here so that it is never reused. */
export const RemovedSeed = v.strictObject({
  id: ID,
  /** When it was taken off, YYYY-MM-DD. */
  date: DATE,
  reason: nonEmpty,
})
export type RemovedSeed = v.InferOutput<typeof RemovedSeed>

const Endpoint = v.union([
  v.strictObject({ park: ID }),
  v.strictObject({ hub: ID }),
  v.strictObject({ point: Coordinate, crs: v.optional(v.picklist(CRS_NAMES), 'wgs84') }),
])
export const CalibrationSeed = v.strictObject({
  id: ID,
  from: Endpoint,
  to: Endpoint,
  minutes: positive,
  source: Source,
  note: v.optional(v.string()),
  /** Why the seeded network cannot meet this figure yet: a known deviation, measured and reported. */
  deviation: v.optional(nonEmpty),
})
export type CalibrationSeed = v.InferOutput<typeof CalibrationSeed>

/** "field: reason" for each issue, with the dotted path of the field. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const field = v.getDotPath(issue) ?? '(record)'
    // valibot words these for types; say what a person editing YAML needs to hear.
    if (issue.expected === 'never')
      return `field "${field}": unknown field (a typo, or an unquoted comma or colon inside a YAML { … } value?)`
    if (issue.received === 'undefined') return `field "${field}": is required`
    return `field "${field}": ${issue.message}`
  })
}
