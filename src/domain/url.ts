/**
 * The link codec: the one place that reads and writes the query string of URL contract v1 and its additions
 * (../../../shared/DESIGN.md, "URL contract v1"). Pure functions, no Vue, no DOM, no MapLibre, so that the
 * app, the worker, the explore CLI and the tests all read a link the same way.
 *
 * Reading never throws: every part that cannot be used is dropped and listed in `ignored` with its reason,
 * and `serializeState(parseQuery(x).state)` is the normalized link. Where the contract is silent, the choices
 * are documented next to the code that makes them (and summarized in the README).
 *
 * Layout: url/params.ts (names, order, reasons), url/normalize.ts (value rules shared by reader and writer),
 * url/collect.ts (splitting and decoding), url/parse.ts, url/serialize.ts, url/extract.ts (pasted input).
 */
export { PARAM_ORDER, type Ignored, type IgnoredReason, type ParseContext } from './url/params.ts'
export { LIMITS, cameraPrecision } from './url/normalize.ts'
export { langOf, parseQuery } from './url/parse.ts'
export { normalizeQuery, serializeState } from './url/serialize.ts'
export { extractQuery } from './url/extract.ts'
