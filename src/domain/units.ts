/**
 * Units of the trade, in one place. 1 亩 = 10000/15 m² (the statutory 市亩); 1 ft = 0.3048 m exactly,
 * so 1 m² = 1 / 0.3048² ft². (Land price: 1 万元/亩 = 10000 元 / (10000/15 m²) = 15 元/㎡; nothing converts it yet.)
 */
export const M2_PER_MU = 10000 / 15
export const FT2_PER_M2 = 1 / (0.3048 * 0.3048)

export const m2ToFt2 = (m2: number): number => m2 * FT2_PER_M2
export const muToM2 = (mu: number): number => mu * M2_PER_MU
export const m2ToMu = (m2: number): number => m2 / M2_PER_MU
