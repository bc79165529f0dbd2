/** What a link may hold and what reading it can report: parameter names, their contract order, fix reasons. */
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
}


export interface ParseContext {
  /** Valid hub ids (data/hubs.json); `pin` is reserved and handled here, not listed. */
  hubIds: ReadonlySet<string>
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

