/**
 * Where each hub's icon and label go. Hubs less than NEAR_KM apart (Kunshan centre and Kunshan South station are
 * ~600 m apart, one icon width at zoom 10) are drawn side by side: the western icon shifted left with its label on
 * its left, the eastern one right with its label on its right, so neither icon hides the other and each label sits
 * beside its own icon. Other hubs' labels take the first free place around the icon (below, above, right, left).
 */
import { haversineKm } from '../domain/routing/geo.ts'
import type { Hub } from '../domain/types.ts'

export const NEAR_KM = 2

export type HubSide = 'left' | 'right' | 'alone'

/** Label priority by kind (lower wins a collision): city centres, then airports, ports, stations, the auto city. */
export const HUB_RANK: Record<Hub['kind'], number> = { centre: 0, airport: 1, port: 2, rail: 3, auto: 4 }

export function hubSides(hubs: readonly Pick<Hub, 'point'>[]): HubSide[] {
  return hubs.map((h, i) => {
    let nearest = -1
    let best = NEAR_KM
    hubs.forEach((o, j) => {
      const d = j === i ? Infinity : haversineKm(h.point[0], h.point[1], o.point[0], o.point[1])
      if (d < best) [best, nearest] = [d, j]
    })
    if (nearest < 0) return 'alone'
    const o = hubs[nearest].point
    // West of its neighbour goes left; the same longitude: the northern one goes left (any fixed rule will do).
    return h.point[0] < o[0] || (h.point[0] === o[0] && h.point[1] > o[1]) ? 'left' : 'right'
  })
}

/** A hub's name without its parenthesis, for labels ("Hongqiao Transport Hub (Shanghai Hongqiao Station)" → "Hongqiao Transport Hub"). */
export const shortHubName = (name: string): string => name.replace(/\s*[（(].*$/, '') || name
