/**
 * Schemas of the seed records (seeds/README.md), with valibot. Strict objects: an unknown field is an error,
 * so a typo ("clearheight") cannot silently drop a fact.
 */
import * as v from 'valibot'
import { CRS_NAMES } from '../../src/domain/geo.ts'
import { DEALS, JURISDICTIONS, LISTING_KINDS, PARK_KINDS, STATUSES } from '../../src/domain/types.ts'
import { parkIndustryFields } from './reachSchema.ts'

const ID = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase a-z, 0-9 and single dashes'), v.maxLength(64))
/** A real calendar day: the format alone lets 2026-02-31 through. */
const isCalendarDay = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}
const DATE = v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD'), v.check(isCalendarDay, 'is not a day of the calendar'))
/**
 * Links shown to users: http(s) only. `javascript:`, `data:`, `vbscript:` (any case, with tabs or newlines inside,
 * which URL parsers strip) are refused.
 */
const HTTP_URL = v.pipe(
  v.string(),
  v.check((s) => !/[\u0000-\u0020\u007f]/.test(s), 'must not contain spaces or control characters'),
  v.check((s) => /^https?:\/\/[^/?#]+/i.test(s), 'must be an http(s) URL'),
  v.url('must be a URL'),
)
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))
const Text = v.strictObject({ zh: nonEmpty, en: nonEmpty })
const finite = v.pipe(v.number('must be a number'), v.finite('must be finite'))
const positive = v.pipe(finite, v.gtValue(0, 'must be greater than 0'))
const nonNegative = v.pipe(finite, v.minValue(0, 'must not be negative'))

const Coordinate = v.pipe(
  v.tuple([finite, finite], 'must be [lng, lat]'),
  v.check(([lng, lat]) => Math.abs(lng) <= 180 && Math.abs(lat) <= 90, 'must be [lng, lat] within ±180, ±90'),
)

export const Source = v.pipe(
  v.strictObject({
    url: v.optional(v.nullable(HTTP_URL)),
    doc: v.optional(v.nullable(nonEmpty)),
    title: nonEmpty,
    read: DATE,
  }),
  v.check((s) => Boolean(s.url || s.doc), 'needs a url or a doc'),
)
const Sources = v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'))

const Located = {
  point: Coordinate,
  crs: v.optional(v.picklist(CRS_NAMES, 'must be wgs84, gcj02 or bd09'), 'wgs84'),
  precision: v.picklist(['surveyed', 'approximate'], 'must be surveyed or approximate'),
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
    ...parkIndustryFields({ source: Source, id: ID, text: Text, positive }),
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
  v.strictObject({ min: v.nullable(nonNegative), max: v.nullable(positive) }),
  v.check((r) => r.min !== null || r.max !== null, 'needs min or max'),
  v.check((r) => r.min === null || r.max === null || r.min <= r.max, 'min must not exceed max'),
)

export const ListingSeed = v.pipe(
  v.strictObject({
    id: ID,
    parkId: ID,
    name: Text,
    kind: v.picklist(LISTING_KINDS, `must be one of ${LISTING_KINDS.join(', ')}`),
    deal: v.pipe(
      v.array(v.picklist(DEALS, 'must be rent or sale')),
      v.minLength(1, 'needs rent, sale or both'),
      v.check((d) => new Set(d).size === d.length, 'has a repeated deal'),
    ),
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
    precision: v.optional(v.picklist(['surveyed', 'approximate'])),
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
