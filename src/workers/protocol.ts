/**
 * What the app asks its workers, and what they answer: one entry per method, its request payload and its result.
 * src/workers/client.ts (page side) and src/workers/serve.ts (worker side) carry them, so neither side matches ids
 * or error shapes by hand.
 */
import type { Bbox } from '../domain/area.ts'
import type { LngLat, PeopleWithin } from '../domain/types.ts'
import type { Cell } from '../domain/import/cells.ts'
import type { DeviceCheck, DeviceContext } from '../domain/import/device.ts'

/** Method name → request payload and result, and what a long request reports while it runs (optional). */
export type Api = Record<string, { req: unknown; res: unknown; progress?: unknown }>
/** What method M reports while it runs (never, for a method without progress). */
export type ProgressOf<A extends Api, M extends keyof A> = A[M] extends { progress: infer P } ? P : never

/** The routing worker (drive times from a pin, isochrones). */
export type RoutingApi = {
  /** Loads the road graph from `networkUrl` and snaps the points (flat [lng, lat, …]) once. */
  init: { req: { networkUrl: string; parks: Float64Array; listings: Float64Array }; res: void }
  /** The listings changed (this device's joined or left, "My listings"): snap them again; the graph stays. */
  setListings: { req: { listings: Float64Array }; res: void }
  /** Minutes from the pin to every park and listing (NaN: not reached); null when the pin is off the network. */
  pin: { req: { pin: LngLat }; res: { parks: Float32Array; listings: Float32Array } | null }
  /**
   * Minutes from each hub to each point (flat [lng, lat, …]): the driveMinutes of listings imported on this device
   * ("My listings"), per point in hub order, null where not reached.
   */
  hubMinutes: { req: { points: Float64Array; hubs: { id: string; point: LngLat }[] }; res: (number | null)[][] }
  iso: { req: { hub: string; origin: LngLat; bands: number[]; cellKm: number }; res: GeoJSON.FeatureCollection }
  /**
   * Residents within 15/30/45/60 min of the pin (seat → pin): seats as flat [lng, lat, …], populations aligned;
   * null when the pin is off the network.
   */
  reach: { req: { pin: LngLat; seats: Float64Array; population: Float64Array }; res: PeopleWithin | null }
  /** The area where every limit holds (src/domain/routing/answerArea.ts), on the isochrones' grid. */
  answer: { req: { limits: { hub: string; origin: LngLat; minutes: number }[]; cellKm: number }; res: GeoJSON.FeatureCollection }
}

/** The listings worker (clusters of the matching listings, per view; src/domain/clusters.ts). */
export type ListingsApi = {
  init: { req: { points: Float64Array; sample: Uint8Array }; res: void }
  /** A new match mask (optional: re-index first), then the clusters and points of the view. */
  view: { req: { match?: Uint8Array; bbox: Bbox; zoom: number }; res: GeoJSON.FeatureCollection<GeoJSON.Point> }
  /** The zoom at which a cluster splits; null when the cluster is gone (the filters changed). */
  expand: { req: { clusterId: number }; res: number | null }
}

/** Rows done of the total, reported while the import worker reads or checks a sheet. */
export interface ImportProgress {
  done: number
  total: number
}
/** The import worker ("My listings", issue 20): a sheet read and checked off the main thread. */
export type ImportApi = {
  /**
   * A sheet file (.csv/.txt or .xlsx, told by `name`) as rows of cells; a file that cannot be read gives its reason
   * (the message of a SheetReadError, for the panel), not an error.
   */
  read: { req: { name: string; bytes: ArrayBuffer }; res: { ok: true; rows: Cell[][] } | { ok: false; message: string } }
  /** The rows through the CLI's checks (src/domain/import/device.ts checkSheet), reporting rows checked. */
  check: { req: { rows: Cell[][]; ctx: DeviceContext }; res: DeviceCheck; progress: ImportProgress }
}

/** On the wire: a request and its reply carry the same id. */
export interface WireRequest {
  id: number
  method: string
  payload: unknown
}
/** A reply settles the request; `progress` messages (any number, before the reply) do not. */
export type WireReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string } | { id: number; progress: unknown }
