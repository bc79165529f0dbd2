/**
 * Transient UI state that is not in the link: what is hovered, the pin-drop mode and its error, and a request to
 * fit the map to the results. Kept apart from the explore store, whose state is exactly the link's.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'

export type Hovered = { kind: 'park' | 'listing'; id: string } | null
export type PinError = 'outside' | 'bad' | 'offNetwork'

export const useUiStore = defineStore('ui', () => {
  /** A row or map feature under the pointer or focus: highlighted in both the list and the map. */
  const hovered = ref<Hovered>(null)
  /** The next map click drops the pin (or, with placingRow, places that imported row). */
  const droppingPin = ref(false)
  /**
   * The import sheet's row (as Excel numbers it) that the next map click places ("My listings"): the pin-drop mode
   * and its code path, with another target. Null: the click drops the custom pin.
   */
  const placingRow = ref<number | null>(null)
  const pinError = ref<PinError | null>(null)
  /**
   * "Fit to results" asked and not yet done: the map fits and calls fitDone(). A flag with a name instead of a
   * counter watched as an event bus.
   */
  const fitPending = ref(false)

  function hover(next: Hovered): void {
    hovered.value = next
  }
  /** Dropping the custom pin on or off; either way no imported row waits for a click any more. */
  function setDroppingPin(on: boolean): void {
    droppingPin.value = on
    placingRow.value = null
  }
  function startPlacing(row: number): void {
    droppingPin.value = true
    placingRow.value = row
  }
  function setPinError(e: PinError | null): void {
    pinError.value = e
  }
  function requestFit(): void {
    fitPending.value = true
  }
  function fitDone(): void {
    fitPending.value = false
  }

  return { hovered, droppingPin, placingRow, pinError, fitPending, hover, setDroppingPin, startPlacing, setPinError, requestFit, fitDone }
})
