/**
 * One colour per drive-time limit, by its place in the link's order (`dt=`): the slider, its chip and its contour
 * share it. Chosen apart from the map's other colours (listings orange #d9480f, parks blue #1f5f8b, the pin pink
 * #c2255c, the answer area yellow) and from one another for the common colour-vision deficiencies (the first three
 * are from the Okabe–Ito palette, https://jfly.uni-koeln.de/color/, darkened to keep 3:1 against the land colour).
 */
export const LIMIT_COLOURS = ['#0072b2', '#8e44ad', '#009e73', '#b35c00', '#5d6d7e', '#b8336a'] as const

/** The colour of the limit at `index` (0-based) in the link's order; colours repeat after six limits. */
export function limitColour(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`limitColour: index ${index} is not a whole number ≥ 0`)
  return LIMIT_COLOURS[index % LIMIT_COLOURS.length]
}

/** The area where every limit holds. */
export const ANSWER_COLOURS = { fill: '#ffd43b', outline: '#212529' } as const
