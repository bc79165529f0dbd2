/**
 * Drive-time engine: public API. Pure TypeScript on typed arrays, no DOM: the data build, the CLI, the main
 * thread and the Web Worker run the same code. Times are free-flow minutes (see speeds.ts).
 *
 * Typical use: `const graph = new RoadGraph(networkJson)`, then `new HubMinutes(graph, hubPoints).at(point)` for
 * every park and listing (data build), or `new SnappedPoints(graph, points).minutesFrom(travelTimesFrom(graph, pin))`
 * (the pin, in the worker and the CLI).
 */
export { buildNetwork, MAX_EDGE_KM, type BuildResult, type NetworkData } from './network.ts'
export { RoadGraph } from './graph.ts'
export { AREA_BBOX, ISOCHRONE_BANDS, IsochroneFields, isochrones, type Bbox, type IsochroneProperties } from './isochrones.ts'
export type { Snap } from './snap.ts'
export { minutesAt, route, travelTimesFrom } from './travel.ts'
export { HubMinutes, SnappedPoints } from './driveMinutes.ts'
