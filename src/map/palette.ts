/**
 * One colour per drive-time limit, by its place in the link's order (`dt=`): the slider, its chip and its contour
 * share it. Chosen apart from the map's other colours (listings orange #d9480f, parks blue #1f5f8b, the pin pink
 * #c2255c, the answer area yellow) and from one another: blue, bluish green and reddish purple are from the
 * Okabe–Ito palette for colour-vision deficiencies (https://jfly.uni-koeln.de/color/), whose orange, vermillion and
 * yellow are left out as too close to the listings and the answer area; purple, dark olive and slate fill the rest.
 */
export const LIMIT_COLOURS = ['#0072b2', '#8e44ad', '#009e73', '#7a5c00', '#5d6d7e', '#cc79a7'] as const

/** The colour of the limit at `index` (0-based) in the link's order; colours repeat after six limits. */
export function limitColour(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`limitColour: index ${index} is not a whole number ≥ 0`)
  return LIMIT_COLOURS[index % LIMIT_COLOURS.length]
}

/** The area where every limit holds. */
export const ANSWER_COLOURS = { fill: '#ffd43b', outline: '#212529' } as const
