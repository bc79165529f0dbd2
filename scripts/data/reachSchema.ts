/**
 * Schemas of seeds/population.yaml, seeds/industries.yaml and the park fields on target industries and admission
 * rules (seeds/README.md). Strict objects like scripts/data/schema.ts: an unknown field is an error. The blocks (ids,
 * numbers, coordinates, texts, sources) are shared with schema.ts and data/ (seedBlocks.ts, src/domain/dataSchema.ts).
 */
import * as v from 'valibot'
import { CRS_NAMES } from '../../src/domain/geo.ts'
import { POPULATION_METHODS } from '../../src/domain/types.ts'
import { Coordinate, ID, positive, Precision } from '../../src/domain/dataSchema.ts'
import { nonEmpty, Source, Sources, Text } from './seedBlocks.ts'

/*
 * POPULATION_METHODS, how a row's population was obtained:
 * - census: the unit's own 2020 census (七普) figure;
 * - scaled: a town figure of another year, scaled so that the district's towns add up to its 2020 total;
 * - area-split: the district's 2020 total split over its towns by their areas;
 * - even-split: the district's 2020 total split evenly over its towns (no town figures and no town areas found);
 * - reported: a non-census figure for the unit (its year in `year`).
 * Every method but census is an estimate.
 */

export const PopulationSeed = v.strictObject({
  id: ID,
  name: Text,
  /** Free text id of the district or city: jiading, kunshan, taicang, baoshan, … */
  jurisdiction: ID,
  kind: v.picklist(['town', 'subdistrict', 'zone', 'district', 'city', 'county'], 'must be town, subdistrict, zone, district, city or county'),
  population: v.pipe(positive, v.integer('must be a whole number of residents'), v.maxValue(10_000_000, 'is more than any district here')),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000, 'must be 2000 or later'), v.maxValue(2100)),
  method: v.picklist(POPULATION_METHODS, `must be one of ${POPULATION_METHODS.join(', ')}`),
  /** The whole district at one seat: fine for a district far from the parks, rough for one near them. */
  coarse: v.optional(v.boolean('must be true or false')),
  /** Where the residents are counted: the seat of the town or district government, or its label point. */
  seat: Coordinate,
  crs: v.optional(v.picklist(CRS_NAMES, 'must be wgs84, gcj02 or bd09'), 'wgs84'),
  precision: Precision,
  seatSource: Source,
  note: v.optional(nonEmpty),
  sources: Sources,
})
export type PopulationSeed = v.InferOutput<typeof PopulationSeed>

export const IndustrySeed = v.strictObject({
  id: ID,
  name: Text,
  /** The parks' own words (主导产业) this token stands for: how free-text industries were converted. */
  terms: v.optional(v.strictObject({ zh: v.array(nonEmpty), en: v.array(nonEmpty) })),
})
export type IndustrySeed = v.InferOutput<typeof IndustrySeed>

/** A published figure with its source. */
const figure = v.strictObject({ value: positive, source: Source })

/** Park fields of the issue "which industries a park admits", spread into ParkSeed by schema.ts. */
export const parkIndustryFields = {
  targetIndustries: v.optional(
    v.strictObject({
      tokens: v.pipe(
        v.array(ID),
        v.minLength(1, 'needs at least one token (omit targetIndustries when unknown)'),
        v.check((t) => new Set(t).size === t.length, 'has a repeated token'),
      ),
      source: Source,
    }),
  ),
  /** Published admission thresholds; each absent field is "not published". */
  admissionRules: v.optional(
    v.strictObject({
      /** Minimum fixed-asset investment intensity, 万元/亩. */
      minInvestment: v.optional(figure),
      /** Minimum tax per 亩 and year once in production, 万元/亩/年. */
      minTaxPerMu: v.optional(figure),
      /** Banned or restricted processes, as the park words them. */
      restricted: v.optional(v.strictObject({ text: Text, source: Source })),
    }),
  ),
}
