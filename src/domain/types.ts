/** Shared domain types. Pure: no Vue, no DOM, no MapLibre. Coordinates are WGS-84 [lng, lat]. */

export type LngLat = [number, number]

export interface Text {
  zh: string
  en: string
}

export interface Source {
  url: string | null
  doc: string | null
  title: string
  /** Date the source was read, YYYY-MM-DD. */
  read: string
}

export const JURISDICTIONS = ['jiading', 'kunshan', 'taicang'] as const
export type Jurisdiction = (typeof JURISDICTIONS)[number]

export const PARK_KINDS = [
  'national-dz',
  'provincial-dz',
  'industrial-park',
  'science-park',
  'logistics-park',
  'bonded-zone',
] as const
export type ParkKind = (typeof PARK_KINDS)[number]

/** Listing kinds, spelled as the URL tokens of contract v1, in their canonical order. */
export const LISTING_KINDS = ['factory', 'custom', 'warehouse', 'office', 'land'] as const
export type ListingKind = (typeof LISTING_KINDS)[number]

export const DEALS = ['rent', 'sale'] as const
export type Deal = (typeof DEALS)[number]

export const STATUSES = ['available', 'let', 'sold'] as const
export type ListingStatus = (typeof STATUSES)[number]

export type Precision = 'surveyed' | 'approximate'

export interface Hub {
  id: string
  name: Text
  kind: 'airport' | 'rail' | 'port' | 'centre' | 'auto'
  point: LngLat
  precision: Precision
  outsideArea?: string
  sources: Source[]
}

/**
 * Minutes of free-flow driving to each hub, aligned with the hub order of data/hubs.json,
 * rounded to 0.1; null where the network does not reach.
 */
export type DriveMinutes = (number | null)[]

/** The drive-time bands of "people within reach", minutes. */
export const REACH_MINUTES = [15, 30, 45, 60] as const
/**
 * Residents (census-based) within 15, 30, 45 and 60 minutes' free-flow drive, aligned with REACH_MINUTES;
 * null where the position is off the network.
 */
export type PeopleWithin = [number | null, number | null, number | null, number | null]

export interface Park {
  id: string
  name: Text
  jurisdiction: Jurisdiction
  town: Text
  kind: ParkKind
  /** Reference point: drive times are measured from here. */
  point: LngLat
  precision: Precision
  radiusKm?: number
  boundary?: LngLat[]
  areaKm2?: number
  industries?: { zh: string[]; en: string[] }
  /** Tokens of seeds/industries.yaml (the `ind=` filter); absent or empty: the park matches no `ind`. */
  targetIndustries?: string[]
  admission?: Text
  operator?: Text
  contact?: { phone?: string; url?: string }
  established?: number
  outsideArea?: string
  note?: Text
  sources: Source[]
  driveMinutes: DriveMinutes
  peopleWithin?: PeopleWithin
  /** Where targetIndustries come from. */
  targetIndustriesSource?: Source
  /** Published admission thresholds (seeds/README.md); absent or a field absent: not published. */
  admissionRules?: AdmissionRules
}

/** A park's published admission thresholds, each with its source. */
export interface AdmissionRules {
  /** Minimum fixed-asset investment intensity, 万元/亩. */
  minInvestment?: { value: number; source: Source }
  /** Minimum tax per 亩 and year, 万元/亩/年. */
  minTaxPerMu?: { value: number; source: Source }
  /** Banned or restricted processes. */
  restricted?: { text: Text; source: Source }
}

/** A token of seeds/industries.yaml (data/industries.json): the `ind=` filter's values. */
export interface Industry {
  id: string
  name: Text
}

/** How a population row was obtained (seeds/README.md, "seeds/population.yaml"); all but census are estimates. */
export const POPULATION_METHODS = ['census', 'scaled', 'area-split', 'even-split', 'reported'] as const

/** A population seat of data/population.json: residents counted at one point. */
export interface PopulationSeat {
  id: string
  name: Text
  jurisdiction: string
  population: number
  year: number
  method: (typeof POPULATION_METHODS)[number]
  coarse: boolean
  point: LngLat
}

/** An advertised drive time (DESIGN.md "Claims"): what a page says, kept beside the model's estimate. */
export interface Claim {
  hub: string
  minutes: number
  source: Source
}

/** A range with optional bounds; null is open. */
export interface Range {
  min: number | null
  max: number | null
}

export interface Listing {
  id: string
  /** Absent for a listing in no park (seeds/listings/_no-park.yaml), which then has its own point. */
  parkId?: string
  name: Text
  kind: ListingKind
  deal: Deal[]
  /** m²: the unit sizes offered; absent for listings without floor space (land). */
  floorArea?: Range
  /** m²: a whole building or project; never matched as a unit size. */
  totalFloorArea?: number
  /** 亩 */
  landArea?: number
  /** 元/㎡/天 */
  rent?: number
  /** 元/㎡ */
  salePrice?: number
  /** 万元/亩 */
  landPrice?: number
  /** 净高, m */
  clearHeight?: number
  /** 层高, m (higher than the clear height) */
  storeyHeight?: number
  floorLoad?: number
  power?: number
  crane?: number
  title?: 'separate' | 'divisible'
  minLeaseYears?: number
  rentFreeMonths?: number
  ready: boolean
  /** YYYY-MM when not ready. */
  completion?: string
  status: ListingStatus
  asOf?: string
  contact?: { name?: string; phone?: string }
  address?: Text
  /** Advertised drive times; always present in data/ (empty when none). */
  claims: Claim[]
  /** Own position, else the park's. */
  point?: LngLat
  precision?: Precision
  note?: Text
  sample: boolean
  sources: Source[]
  driveMinutes: DriveMinutes
  peopleWithin?: PeopleWithin
  /** Imported on this device ("My listings"), not published: marked "on this device only". */
  device?: boolean
}

/** A listing taken off the market (seeds/removed.yaml, data/removed.json): its id is never reused. */
export interface RemovedListing {
  id: string
  /** YYYY-MM-DD */
  date: string
  reason: string
}

export interface Dataset {
  hubs: Hub[]
  parks: Park[]
  listings: Listing[]
}
