/**
 * Label placement for the printed sketch map (issue 22): hubs a few hundred metres apart (Kunshan city centre and
 * Kunshan South station, ~0.5 km) had their names drawn over each other. A greedy, deterministic placer: labels
 * are taken in the order given (the caller puts the important ones first), each tries a fixed list of positions
 * around its point (the usual cartographic order: right, left, above, below, then the diagonals; Imhof 1975,
 * "Positioning names on maps"), then the same positions farther out with a leader line back to its point, and is
 * dropped when none fits. A position fits when its box stays inside the frame and meets no placed label and no
 * marker. Pure: the caller measures or estimates the boxes (textWidth below).
 */

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface LabelRequest {
  id: string
  /** The point the label names, in the frame's units (y down). */
  at: readonly [number, number]
  /** The label's size. */
  w: number
  h: number
}

export interface PlacedLabel {
  id: string
  box: Box
  /** From the point to the nearest point of the box, when the label sits away from its point; null next to it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null
}

export interface LabelOptions {
  /** Space between the point and a label next to it (the marker's half size plus a margin). */
  gap?: number
  /** How far (in gaps) the leader-line positions stand from the point. */
  leaderRings?: readonly number[]
}

export const boxesOverlap = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/** The eight positions around a point at distance d, in the order tried. */
function candidates(at: readonly [number, number], w: number, h: number, d: number): Box[] {
  const [x, y] = at
  return [
    { x: x + d, y: y - h / 2, w, h },
    { x: x - d - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - d - h, w, h },
    { x: x - w / 2, y: y + d, w, h },
    { x: x + d, y: y - d - h, w, h },
    { x: x + d, y: y + d, w, h },
    { x: x - d - w, y: y - d - h, w, h },
    { x: x - d - w, y: y + d, w, h },
  ]
}

function check(n: number, what: string): void {
  if (!Number.isFinite(n)) throw new RangeError(`placeLabels: ${what} is ${n}; expected a finite number`)
}

/**
 * Places the labels in order; returns those placed (in the same order) and the ids of those dropped. Throws a
 * RangeError naming the label when its point or size is not a finite number or its size is not positive.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  markers: readonly Box[],
  frame: { w: number; h: number },
  options: LabelOptions = {},
): { placed: PlacedLabel[]; dropped: string[] } {
  const gap = options.gap ?? 5
  const rings = options.leaderRings ?? [3, 5]
  for (const l of labels) {
    check(l.at[0], `label "${l.id}" x`)
    check(l.at[1], `label "${l.id}" y`)
    check(l.w, `label "${l.id}" width`)
    check(l.h, `label "${l.id}" height`)
    if (l.w <= 0 || l.h <= 0) throw new RangeError(`placeLabels: label "${l.id}" is ${l.w}×${l.h}; a label needs a positive size`)
  }
  const taken: Box[] = [...markers]
  const placed: PlacedLabel[] = []
  const dropped: string[] = []
  const fits = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= frame.w && b.y + b.h <= frame.h && !taken.some((t) => boxesOverlap(b, t))
  for (const l of labels) {
    let done = false
    for (const [ring, d] of [1, ...rings].entries()) {
      const box = candidates(l.at, l.w, l.h, d * gap).find(fits)
      if (!box) continue
      taken.push(box)
      placed.push({ id: l.id, box, leader: ring === 0 ? null : leaderTo(l.at, box) })
      done = true
      break
    }
    if (!done) dropped.push(l.id)
  }
  return { placed, dropped }
}

/** The segment from the point to the box's nearest point. */
function leaderTo([x, y]: readonly [number, number], b: Box): PlacedLabel['leader'] {
  return { x1: x, y1: y, x2: Math.min(Math.max(x, b.x), b.x + b.w), y2: Math.min(Math.max(y, b.y), b.y + b.h) }
}

/**
 * The requests for text labels set in `fontSize` units: the estimated width plus a little air, and 1.5 em high,
 * the box a browser gives a line of Noto Sans CJK (ascent 1.16 em + descent 0.29 em; Noto Sans is 1.36 em), so that
 * boxes apart here are apart as drawn. Draw the baseline at TEXT_BASELINE em below the box's top.
 */
export function textLabels(items: readonly { id: string; text: string; at: readonly [number, number] }[], fontSize: number): LabelRequest[] {
  return items.map((i) => ({ id: i.id, at: i.at, w: textWidth(i.text, fontSize) + 2, h: fontSize * 1.5 }))
}
export const TEXT_BASELINE = 1.2

/** A hub's name without its parenthesis ("Anting (Shanghai International Automobile City)" → "Anting"), as on the main map's labels. */
export const shortName = (name: string): string => name.replace(/\s*[（(].*$/, '')

/**
 * A label's width in a sans-serif face, without a DOM to measure it: CJK ideographs and full-width forms are one
 * em; other characters 0.6 em, above the ~0.5 em average of Latin text in Noto Sans and Arial, so that an estimate
 * errs wide (a box too wide only costs a position; one too narrow lets names overlap).
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch) ? 1 : 0.6
  return em * fontSize
}
