/**
 * The phone's bottom sheet (src/domain/sheet.ts): which snap point it is at, its height while dragged, and the
 * handle's pointer and keyboard handlers. The handle is a button: a tap or Enter steps to the next snap point,
 * the arrow keys move one up or down, Home and End fold it or open it fully; a pointer drag follows the finger and
 * snaps to the nearest point on release.
 */
import { computed, onBeforeUnmount, ref } from 'vue'
import { nearestSnap, snapHeights, stepSnap, tapSnap, type Snap } from '../domain/sheet.ts'

const PHONE = '(max-width: 640px)'
/** Movement below this is a tap, not a drag (a finger wobbles a few pixels). */
const DRAG_SLOP_PX = 6

export function useSheet() {
  const query = window.matchMedia(PHONE)
  const phone = ref(query.matches)
  const viewport = ref(window.innerHeight)
  const onMedia = () => (phone.value = query.matches)
  const onResize = () => (viewport.value = window.innerHeight)
  query.addEventListener('change', onMedia)
  window.addEventListener('resize', onResize)
  onBeforeUnmount(() => {
    query.removeEventListener('change', onMedia)
    window.removeEventListener('resize', onResize)
  })

  const snap = ref<Snap>('half')
  const dragged = ref<number | null>(null)
  const heights = computed(() => snapHeights(viewport.value))
  /** Height now (follows a drag), and at the snap point (the map's bottom margin: not resized on every move). */
  const height = computed(() => dragged.value ?? heights.value[snap.value])
  const snapHeight = computed(() => Math.min(heights.value[snap.value], heights.value.half))

  let start: { y: number; h: number; id: number } | null = null
  let moved = false
  function onPointerDown(e: PointerEvent): void {
    if (e.button !== 0) return
    start = { y: e.clientY, h: height.value, id: e.pointerId }
    moved = false
    ;(e.currentTarget as HTMLElement).setPointerCapture(e.pointerId)
  }
  function onPointerMove(e: PointerEvent): void {
    if (!start || e.pointerId !== start.id) return
    const dy = start.y - e.clientY
    if (!moved && Math.abs(dy) < DRAG_SLOP_PX) return
    moved = true
    dragged.value = Math.min(heights.value.full, Math.max(heights.value.peek, start.h + dy))
  }
  function onPointerUp(e: PointerEvent): void {
    if (!start || e.pointerId !== start.id) return
    start = null
    if (dragged.value !== null) snap.value = nearestSnap(dragged.value, heights.value)
    dragged.value = null
  }
  /** A click that ended a drag is not a tap. */
  function onClick(): void {
    if (moved) {
      moved = false
      return
    }
    snap.value = tapSnap(snap.value)
  }
  function onKeydown(e: KeyboardEvent): void {
    const to: Snap | null =
      e.key === 'ArrowUp' ? stepSnap(snap.value, 1) : e.key === 'ArrowDown' ? stepSnap(snap.value, -1) : e.key === 'Home' ? 'peek' : e.key === 'End' ? 'full' : null
    if (!to) return
    e.preventDefault()
    snap.value = to
  }
  const dragging = computed(() => dragged.value !== null)
  return { phone, snap, height, snapHeight, dragging, onPointerDown, onPointerMove, onPointerUp, onClick, onKeydown }
}
