/**
 * One colour per drive-time limit, by the limit's position in `dt=` (the user's order), so that a limit's row
 * minutes, slider, chip and contour can share it. Eight hues from the Okabe–Ito colour-blind-safe set
 * (Okabe & Ito 2008, "Color Universal Design", https://jfly.uni-koeln.de/color/), black swapped for a slate
 * that reads on the white panel; past eight they repeat (the URL allows more limits than anyone compares).
 */
export const LIMIT_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#8a6d00', '#4a5868'] as const

export function limitColour(index: number): string {
  const n = LIMIT_COLOURS.length
  const i = Number.isInteger(index) && index >= 0 ? index % n : 0
  return LIMIT_COLOURS[i]
}
