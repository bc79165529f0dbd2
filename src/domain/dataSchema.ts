/**
 * The shapes of the built data files (data/*.json), with valibot: one definition that the app checks every loaded
 * file with (src/domain/dataCheck.ts), the CLI and the bench read with, and the data build checks its own output with
 * before writing it (scripts/data/build.ts), so a file the build writes always passes the app's check. The seed
 * schemas (scripts/data/schema.ts, reachSchema.ts) build on the blocks exported here and add the editorial rules
 * that only seeds need (http(s) source links, calendar dates, plausible ranges, strict fields).
 *
 * These schemas check what the code relies on: types, finite numbers, known tokens, [lng, lat] pairs, list lengths.
 * `v.object` ignores unknown fields and leaves them (and `__proto__`, `constructor`, `prototype` keys) out of its
 * output; the build compares its output with what it wrote, so the build can never write a field these lack.
 */
import * as v from 'valibot'
import { DEALS, JURISDICTIONS, LISTING_KINDS, PARK_KINDS, POPULATION_METHODS, STATUSES } from './types.ts'

/** Ids of records (also in links: DESIGN.md "Listing ids in links" allows [a-z0-9-]{1,64}). */
export const ID = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase a-z, 0-9 and single dashes'), v.maxLength(64, 'must be at most 64 characters'))
/** Names and short texts: a cap far above any real name keeps a hostile file from holding megabytes in one field. */
const MAX_TEXT = 20_000
export const str = v.pipe(v.string('must be text'), v.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters`))
export const Text = v.object({ zh: str, en: str }, 'must be { zh, en }')
export const finite = v.pipe(v.number('must be a number'), v.finite('must be finite'))
export const positive = v.pipe(finite, v.gtValue(0, 'must be greater than 0'))
export const nonNegative = v.pipe(finite, v.minValue(0, 'must not be negative'))
/** A list of at most `max` items: a hostile file must not make the check (or the app) walk millions of entries. */
export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  // The length first (valibot runs a pipe's steps in order): a million items are refused before any is checked.
  v.pipe(v.custom<unknown[]>(Array.isArray, 'must be a list'), v.maxLength(max, `must hold at most ${max} items`), v.array(item))

export const Coordinate = v.pipe(
  v.strictTuple([finite, finite], 'must be [lng, lat]'),
  v.check(([lng, lat]) => Math.abs(lng) <= 180 && Math.abs(lat) <= 90, 'must be [lng, lat] within ±180, ±90'),
)
export const Precision = v.picklist(['surveyed', 'approximate'], 'must be surveyed or approximate')
export const Deals = v.pipe(
  v.array(v.picklist(DEALS, 'must be rent or sale'), 'must be a list of rent, sale'),
  v.minLength(1, 'needs rent, sale or both'),
  v.check((d) => new Set(d).size === d.length, 'has a repeated deal'),
)

/** A source as data/ holds it: url and doc are null when absent (the seed schema refuses links other than http(s)). */
export const Source = v.object({ url: v.nullable(str), doc: v.nullable(str), title: str, read: str })
const Sources = list(Source, 100)
/** Minutes to each hub (null: unreachable); the length is checked against data/hubs.json by dataCheck.ts. */
const DriveMinutes = list(v.nullable(finite), 1000)
const PeopleWithin = v.strictTuple([v.nullable(nonNegative), v.nullable(nonNegative), v.nullable(nonNegative), v.nullable(nonNegative)], 'must be 4 counts (15, 30, 45, 60 min)')
const Figure = v.object({ value: positive, source: Source })

export const HubRecord = v.object({
  id: v.pipe(ID, v.check((id) => id !== 'pin', '"pin" is reserved')),
  name: Text,
  kind: v.picklist(['airport', 'rail', 'port', 'centre', 'auto'], 'must be airport, rail, port, centre or auto'),
  point: Coordinate,
  precision: Precision,
  outsideArea: v.optional(str),
  sources: Sources,
})

export const ParkRecord = v.object({
  id: ID,
  name: Text,
  jurisdiction: v.picklist(JURISDICTIONS, `must be one of ${JURISDICTIONS.join(', ')}`),
  town: Text,
  kind: v.picklist(PARK_KINDS, `must be one of ${PARK_KINDS.join(', ')}`),
  point: Coordinate,
  precision: Precision,
  radiusKm: v.optional(positive),
  boundary: v.optional(list(Coordinate, 20_000)),
  areaKm2: v.optional(positive),
  industries: v.optional(v.object({ zh: list(str, 100), en: list(str, 100) })),
  targetIndustries: v.optional(list(ID, 100)),
  targetIndustriesSource: v.optional(Source),
  admission: v.optional(Text),
  admissionRules: v.optional(
    v.object({ minInvestment: v.optional(Figure), minTaxPerMu: v.optional(Figure), restricted: v.optional(v.object({ text: Text, source: Source })) }),
  ),
  operator: v.optional(Text),
  contact: v.optional(v.object({ phone: v.optional(str), url: v.optional(str) })),
  established: v.optional(finite),
  outsideArea: v.optional(str),
  note: v.optional(Text),
  sources: Sources,
  driveMinutes: DriveMinutes,
  peopleWithin: v.optional(PeopleWithin),
})

/** A floor-area range; the seed schema adds that one bound is given and min ≤ max. */
export const AreaShape = { min: v.nullable(nonNegative), max: v.nullable(positive) }
export const AreaRange = v.object(AreaShape, 'must be { min, max }')

export const ListingRecord = v.object({
  id: ID,
  parkId: v.optional(ID),
  name: Text,
  kind: v.picklist(LISTING_KINDS, `must be one of ${LISTING_KINDS.join(', ')}`),
  deal: Deals,
  floorArea: v.optional(AreaRange),
  totalFloorArea: v.optional(positive),
  landArea: v.optional(positive),
  rent: v.optional(positive),
  salePrice: v.optional(positive),
  landPrice: v.optional(positive),
  clearHeight: v.optional(positive),
  storeyHeight: v.optional(positive),
  floorLoad: v.optional(positive),
  power: v.optional(positive),
  crane: v.optional(positive),
  title: v.optional(v.picklist(['separate', 'divisible'], 'must be separate or divisible')),
  minLeaseYears: v.optional(positive),
  rentFreeMonths: v.optional(nonNegative),
  ready: v.boolean('must be true or false'),
  completion: v.optional(str),
  status: v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`),
  asOf: v.optional(str),
  contact: v.optional(v.object({ name: v.optional(str), phone: v.optional(str) })),
  address: v.optional(Text),
  claims: list(v.object({ hub: ID, minutes: positive, source: Source }), 100),
  point: v.optional(Coordinate),
  precision: v.optional(Precision),
  outsideArea: v.optional(str),
  note: v.optional(Text),
  sample: v.boolean('must be true or false'),
  sources: Sources,
  driveMinutes: DriveMinutes,
  peopleWithin: v.optional(PeopleWithin),
})

/** data/removed.json: a listing taken off the market (seeds/removed.yaml). */
export const RemovedRecord = v.object({ id: ID, date: str, reason: str })
/** data/industries.json: an `ind=` token. */
export const IndustryRecord = v.object({ id: ID, name: Text })
/** data/population.json: residents counted at one seat. */
export const SeatRecord = v.object({
  id: ID,
  name: Text,
  jurisdiction: ID,
  population: nonNegative,
  year: finite,
  method: v.picklist(POPULATION_METHODS, `must be one of ${POPULATION_METHODS.join(', ')}`),
  coarse: v.boolean('must be true or false'),
  point: Coordinate,
})
/** data/suggest.json: a name to suggest while typing pinyin (scripts/data/suggest.ts). */
const letters = v.pipe(v.string('must be text'), v.regex(/^[a-z]+$/, 'must be letters a–z'), v.maxLength(200))
export const SuggestRecord = v.object({
  zh: v.pipe(str, v.minLength(1, 'must not be empty'), v.maxLength(200)),
  en: v.pipe(str, v.minLength(1, 'must not be empty'), v.maxLength(200)),
  kind: v.picklist(['park', 'town'], 'must be park or town'),
  py: letters,
  ini: letters,
})

/** A feature of data/basemap.json: what the offline style reads (src/map/style.ts). */
const Position = v.pipe(v.array(finite), v.minLength(2, 'must be [lng, lat]'))
const nested = (depth: number): v.GenericSchema => (depth === 0 ? Position : v.array(nested(depth - 1), 'must be a list of coordinates'))
export const BasemapFeature = v.object({
  type: v.literal('Feature'),
  properties: v.objectWithRest({ layer: v.picklist(['boundary', 'boundary-label', 'water', 'river', 'rail', 'station', 'town', 'road']) }, v.unknown()),
  geometry: v.variant('type', [
    v.object({ type: v.literal('Point'), coordinates: Position }),
    v.object({ type: v.literal('LineString'), coordinates: nested(1) }),
    v.object({ type: v.literal('MultiLineString'), coordinates: nested(2) }),
    v.object({ type: v.literal('Polygon'), coordinates: nested(2) }),
    v.object({ type: v.literal('MultiPolygon'), coordinates: nested(3) }),
  ], 'must be a Point, LineString, MultiLineString, Polygon or MultiPolygon'),
})

export type HubRecord = v.InferOutput<typeof HubRecord>
export type ParkRecord = v.InferOutput<typeof ParkRecord>
export type ListingRecord = v.InferOutput<typeof ListingRecord>
