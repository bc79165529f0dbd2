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
  /** The next map click drops the pin. */
  const droppingPin = ref(false)
  const pinError = ref<PinError | null>(null)
  /**
   * "Fit to results" asked and not yet done: the map fits and calls fitDone(). A flag with a name instead of a
   * counter watched as an event bus.
   */
  const fitPending = ref(false)

  function hover(next: Hovered): void {
    hovered.value = next
  }
  function setDroppingPin(on: boolean): void {
    droppingPin.value = on
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

  return { hovered, droppingPin, pinError, fitPending, hover, setDroppingPin, setPinError, requestFit, fitDone }
})
