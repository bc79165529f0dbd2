/**
 * The matching rules of DESIGN.md ("Matching"), over columnar typed arrays so that one filter change over 100k
 * listings × 13 hubs takes a few milliseconds. Shared by the app (main thread or worker), the CLI and the bench.
 *
 * Layout: filter/table.ts (the columnar table), filter/run.ts (matching), filter/sort.ts (list order),
 * filter/relax.ts (no-results suggestions).
 */
export { buildTable, normalizeText, type Table } from './filter/table.ts'
export { runFilter, withinMinutes, type FilterName, type FilterResult, type PinMinutes } from './filter/run.ts'
export { indicesOf, sortOrder, sortedResults, SortOrders } from './filter/sort.ts'
export { relaxations, type Relaxation } from './filter/relax.ts'
