/**
 * Free-flow speeds: the one place where drive times get their speeds. Times are free-flow estimates (no traffic,
 * no signals, no turn costs) and the UI says so.
 *
 * Sources for the table below:
 * - OSRM's car profile (`profiles/car.lua`, v5): motorway 90, motorway_link 45, trunk 85, trunk_link 40,
 *   primary 65, primary_link 30, secondary 55, secondary_link 25, tertiary 40, tertiary_link 20,
 *   unclassified 25, residential 25, service 15 km/h. These are world-wide rural-leaning defaults.
 * - Valhalla (docs "Speed values in Valhalla APIs"): a `maxspeed` tag is used as the routing speed as is; without
 *   it the speed comes from the highway class (default_speed table of lua/graph.lua), refined by urban density.
 * - Chinese limits: 道路交通安全法实施条例 art. 78: expressways at most 120 km/h (at least 60); art. 45, roads
 *   without posted limits: 30 (urban) / 40 (rural) without a centre line, 50 / 70 with one lane each way.
 *   CJJ 37-2012 (城市道路工程设计规范) design speeds: 快速路 60–100, 主干路 40–60, 次干路 30–50, 支路 20–40 km/h.
 *   JTG D20 (公路路线设计规范) interchange ramps: 40–80 km/h.
 *
 * The area is peri-urban: trunk and primary roads here (G204, 沪宜公路, 嘉松公路, 前进路…) have signals every
 * 1–2 km and limits of 60–80, so their speeds sit well below OSRM's rural defaults, at about 0.8 × the usual
 * posted limit (the factor OSRM applies to maxspeed, see MAXSPEED_FACTOR). Calibration against published drive
 * times (src/domain/routing/calibration.test.ts, seeds/calibration.yaml) checks the table as a whole; change
 * speeds here, never per case.
 */

/** OSM highway classes the network takes, from fastest to slowest. */
export const ROAD_CLASSES = [
  'motorway',
  'motorway_link',
  'trunk',
  'trunk_link',
  'primary',
  'primary_link',
  'secondary',
  'secondary_link',
  'tertiary',
  'tertiary_link',
  'unclassified',
  'residential',
  'service',
] as const
export type RoadClass = (typeof ROAD_CLASSES)[number]

/** Free-flow speed by class when the road has no usable `maxspeed`, km/h. */
export const FREE_FLOW_KMH: Readonly<Record<RoadClass, number>> = {
  // Expressway limits are 100–120 (G2, G15, G42: 120; urban sections of S5, G1503: 100); ×0.8 ≈ 80–96. OSRM: 90.
  motorway: 90,
  // Ramps: design speed 40–80 (JTG D20), plus toll-plaza slow-downs; OSRM: 45.
  motorway_link: 45,
  // National/provincial roads with signals, limits 70–80 (×0.8 ≈ 56–64); urban 快速路 design 60–100. OSRM: 85.
  trunk: 65,
  trunk_link: 40,
  // Urban arterials: limit 60 (×0.8 = 48); 主干路 design 40–60. OSRM: 65 (rural).
  primary: 50,
  primary_link: 30,
  // 次干路: limit 50 (×0.8 = 40), design 30–50. OSRM: 55.
  secondary: 40,
  secondary_link: 25,
  // 支路 / town roads: limit 40 (×0.8 = 32), design 20–40. OSRM: 40.
  tertiary: 32,
  tertiary_link: 20,
  // Art. 45: 30 urban without centre line (×0.8 = 24). OSRM: 25.
  unclassified: 25,
  residential: 25,
  service: 15,
}

/**
 * Rule for a tagged `maxspeed`: free-flow = maxspeed × 0.8, replacing the class speed. This is OSRM's rule
 * (`speed_reduction = 0.8` in car.lua, applied in WayHandlers.maxspeed): a posted limit is a ceiling, and the
 * average speed over a stretch with curves, merges and the odd slower lorry runs below it. Taking
 * min(maxspeed, class) instead would ignore a 120 km/h limit on an expressway and keep the class speed.
 */
export const MAXSPEED_FACTOR = 0.8

/**
 * The km/h value of an OSM `maxspeed` tag, or null when it gives none: numbers with optional `km/h` or `mph`
 * (OSM wiki Key:maxspeed); zone values (`CN:urban`), `none`, `signals` and ranges give none.
 */
export function parseMaxspeed(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null
  if (typeof value !== 'string') return null
  const m = /^\s*(\d+(?:\.\d+)?)\s*(km\/h|kmh|kph|mph)?\s*$/i.exec(value)
  if (!m) return null
  const n = Number(m[1])
  if (!(n > 0)) return null
  return m[2]?.toLowerCase() === 'mph' ? n * 1.609344 : n
}

/**
 * Free-flow speed of a road, km/h: its `maxspeed:practical` as is when tagged (OSM wiki Key:maxspeed:practical:
 * the speed that can practically be driven, for roads where the limit says little about it), else maxspeed ×
 * MAXSPEED_FACTOR when tagged, else the class speed.
 */
export function freeFlowKmh(highway: RoadClass, maxspeed?: unknown, practical?: unknown): number {
  const usual = parseMaxspeed(practical)
  if (usual !== null) return usual
  const limit = parseMaxspeed(maxspeed)
  return limit === null ? FREE_FLOW_KMH[highway] : limit * MAXSPEED_FACTOR
}

/**
 * `maxspeed:practical` of central Shanghai's elevated expressways (内环, 中环, 延安高架, 南北高架, 罗山路高架;
 * seeds/roads/urban-expressways.geojson), km/h. Their limits are mostly 80 (内环 design speed 80, zh.wikipedia
 * 上海内环高架路), but ramps every kilometre or so and merging traffic keep free-flow trips well below 0.8 × 80:
 * published trips (seeds/calibration.yaml) give Hongqiao airport → People's Square, about 15 km, in about 20 min
 * by taxi (45 km/h door to door), PVG → Puxi in 45 min, airport to airport in about an hour. 48 km/h is the lower
 * design speed of CJJ 37-2012 for 快速路 (60) × MAXSPEED_FACTOR; the calibration test checks it with the rest.
 */
export const URBAN_EXPRESSWAY_PRACTICAL_KMH = 48

export function isRoadClass(value: unknown): value is RoadClass {
  return typeof value === 'string' && (ROAD_CLASSES as readonly string[]).includes(value)
}

/**
 * Motorways and their ramps: their vertices are not places where a car can join the network from a
 * building (`snappable` is false for nodes that touch only these).
 */
export function isControlledAccess(highway: RoadClass): boolean {
  return highway === 'motorway' || highway === 'motorway_link'
}

/**
 * The access leg: from a point (a park's reference point, a pin) to a network node, over roads the network
 * does not hold. Modelled as straight-line distance × ACCESS_DETOUR at ACCESS_KMH.
 * - Detour 1.3: road distance over straight-line distance ("circuity"), 1.12–1.41 by country in Ballou,
 *   Rahardja & Sakai, "Selected country circuity factors for road travel distance estimation", Transportation
 *   Research Part A 36 (2002); 1.3 is the usual planning value.
 * - 25 km/h: OSRM's residential/unclassified speed, about 0.8 × the 30 km/h urban default limit above.
 */
export const ACCESS_DETOUR = 1.3
export const ACCESS_KMH = 25
/**
 * Beyond this straight-line distance from every snappable node a point is off the network. 8 km covers
 * the gaps between main roads of the seeds (a few km) with room to spare, and keeps points far outside the
 * area (at sea, in another province) from getting a time.
 */
export const ACCESS_MAX_KM = 8
/**
 * A point joins the network at its nearest few nodes, not only the nearest: the nearest may lie on the far
 * side of a one-way pair, or on a road that leads away from where one is going.
 */
export const ACCESS_NODES = 4

/** Minutes of the access leg for a straight-line distance in km. */
export function accessMinutes(km: number): number {
  return ((km * ACCESS_DETOUR) / ACCESS_KMH) * 60
}
