/** What a link may hold and what reading it can report: parameter names, their contract order, fix reasons. */
import type { IdNote, LinkIds } from '../linkCheck.ts'

export type IgnoredReason =
  | 'unknown-param'
  | 'unknown-hub'
  | 'bad-value'
  | 'outside-area'
  | 'swapped'
  | 'needs-deal'
  | 'needs-pin'

/** One fix made while reading a link: shown in the notice and printed by the CLI. */
export interface Ignored {
  /** The parameter name as decoded (raw when it could not be decoded). */
  param: string
  /** The offending value: the whole value, or the one `dt` entry / `type` token concerned. */
  value: string
  reason: IgnoredReason
  /** For a dropped `park`, `listing` or `pick` id: why, in words the notice shows (the CLI prints the reason only). */
  note?: IdNote
}


export interface ParseContext {
  /** Valid hub ids (data/hubs.json); `pin` is reserved and handled here, not listed. */
  hubIds: ReadonlySet<string>
  /**
   * Known `ind=` tokens (data/industries.json, built from seeds/industries.yaml). Absent: the data has not said
   * which tokens exist, so a token is checked for its shape only.
   */
  industryIds?: ReadonlySet<string>
  /**
   * The ids of the data, for the one id check of src/domain/linkCheck.ts (DESIGN.md, "Listing ids in links").
   * Absent (tests of the codec alone): ids are checked for their shape only.
   */
  ids?: LinkIds
}

/** Contract order of the parameters: the serializer writes them in this order, `v` first. */
export const PARAM_ORDER = [
  'v',
  'lang',
  'unit',
  'area',
  'land',
  'type',
  'deal',
  'ready',
  'price',
  'landprice',
  'dt',
  'pin',
  'q',
  'sort',
  'park',
  'listing',
  'map',
  'sample',
  // Additions to v1 (2026-12), written after `sample` in this order.
  'height',
  'ind',
  'pick',
  'view',
] as const
export type ParamName = (typeof PARAM_ORDER)[number]
export const KNOWN_PARAMS: ReadonlySet<string> = new Set(PARAM_ORDER)

/**
 * Parameters that chat apps and ad networks append to shared links (WeChat adds from, isappinstalled, scene,
 * clicktime, enterid, nsukey; Alibaba spm; Facebook fbclid; Google gclid and utm_*). They carry no state, so
 * they are dropped without a notice. Matched case-sensitively, as they are sent.
 */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'from',
  'isappinstalled',
  'scene',
  'clicktime',
  'enterid',
  'nsukey',
  'spm',
  'fbclid',
  'gclid',
])
export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAMS.has(name) || name.startsWith('utm_')
}

