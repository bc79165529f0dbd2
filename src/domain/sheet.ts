/**
 * The phone's bottom sheet: three snap points, as Material's bottom sheets and Apple's sheet "detents" have
 * (https://m3.material.io/components/bottom-sheets/guidelines): folded to its handle and the result count, half
 * the screen, or the full height under the title bar. Pure: heights in CSS pixels from the viewport height.
 */
export const SNAPS = ['peek', 'half', 'full'] as const
export type Snap = (typeof SNAPS)[number]

/** Handle (22 px) plus the count line (about 47 px: its buttons) of the filter panel: the count stays readable when folded. */
export const PEEK_PX = 72
/** What stays visible above a full sheet: the title bar. */
export const FULL_GAP_PX = 48

export function snapHeights(viewportHeight: number): Record<Snap, number> {
  const vh = Number.isFinite(viewportHeight) && viewportHeight > 0 ? viewportHeight : 0
  const full = Math.max(PEEK_PX, Math.round(vh - FULL_GAP_PX))
  const half = Math.min(full, Math.max(PEEK_PX, Math.round(vh * 0.5)))
  return { peek: PEEK_PX, half, full }
}

/** The snap point nearest a dragged height (ties go to the smaller sheet: more map). */
export function nearestSnap(height: number, heights: Record<Snap, number>): Snap {
  if (!Number.isFinite(height)) return 'half'
  let best: Snap = 'peek'
  for (const s of SNAPS) if (Math.abs(heights[s] - height) < Math.abs(heights[best] - height)) best = s
  return best
}

/** One snap point up (+1) or down (-1), stopping at the ends (arrow keys). */
export function stepSnap(snap: Snap, dir: 1 | -1): Snap {
  const i = SNAPS.indexOf(snap) + dir
  return SNAPS[Math.min(SNAPS.length - 1, Math.max(0, i))]
}

/** A tap on the handle: unfold to half from folded, else go one further, and from full fold again. */
export function tapSnap(snap: Snap): Snap {
  return snap === 'peek' ? 'half' : snap === 'half' ? 'full' : 'peek'
}
