/**
 * Units of the trade, in one place. 1 亩 = 10000/15 m² (the statutory 市亩); 1 ft = 0.3048 m exactly,
 * so 1 m² = 1 / 0.3048² ft². (Land price: 1 万元/亩 = 10000 元 / (10000/15 m²) = 15 元/㎡; nothing converts it yet.)
 */
export const M2_PER_MU = 10000 / 15
export const FT2_PER_M2 = 1 / (0.3048 * 0.3048)

export const m2ToFt2 = (m2: number): number => m2 * FT2_PER_M2
export const muToM2 = (mu: number): number => mu * M2_PER_MU
export const m2ToMu = (m2: number): number => m2 / M2_PER_MU

/**
 * A stored whole base-unit value (m²) shown in another unit (ft² = m² × factor), rounded to the coarsest step of
 * 10000, 1000, 100, 10, 1, 0.1 or 0.01 that still converts back to the same whole value: 20,000 ft² typed is kept
 * as 1,858 m² and shown again as 20,000, not as 19,999.35. A step of half a base unit or less always round-trips.
 */
export function roundTripDisplay(stored: number, factor: number): number {
  if (!Number.isFinite(stored) || !Number.isFinite(factor) || factor <= 0) return Number.NaN
  const whole = Math.round(stored)
  for (const step of [10000, 1000, 100, 10, 1, 0.1, 0.01]) {
    const shown = Math.round((stored * factor) / step) * step
    if (Math.round(shown / factor) === whole) return Math.round(shown * 100) / 100
  }
  return Math.round(stored * factor * 100) / 100
}
