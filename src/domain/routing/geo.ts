/** Small spherical-earth helpers shared by the routing modules. Coordinates are WGS-84 [lng, lat] degrees. */

/** Mean earth radius (IUGG), km: the radius haversine distances are usually quoted with. */
export const EARTH_RADIUS_KM = 6371.0088

/** Length of one degree of latitude on that sphere, km. */
export const KM_PER_DEG = (EARTH_RADIUS_KM * Math.PI) / 180

const RAD = Math.PI / 180

/** Great-circle distance in km (haversine formula). */
export function haversineKm(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD
  const dLng = (lng2 - lng1) * RAD
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}

/**
 * Km per degree of longitude at a latitude. Snapping and isochrones use this equirectangular approximation
 * for distances up to ~10 km: at 31° N it differs from haversine by well under 0.1%, and it is several times
 * cheaper, which matters in the isochrone grid's inner loop.
 */
export function kmPerDegLng(lat: number): number {
  return KM_PER_DEG * Math.cos(lat * RAD)
}
