/**
 * People within reach in the app: the population seats (data/population.json, fetched on first use: only the
 * details and the pin need them) and the pin's residents within 15/30/45/60 min, computed by the routing worker
 * ('reach' request, seat → pin, through the routing store's worker client); and the industry tokens' names for the
 * park details: those the data store loaded with the dataset (data/industries.json is fetched once, there).
 */
import { defineStore } from 'pinia'
import { computed, markRaw, shallowRef, watch } from 'vue'
import { censusYear } from '../domain/reachData.ts'
import { checkPopulation, DataFileError, parseJson } from '../domain/dataCheck.ts'
import type { LngLat, PeopleWithin, PopulationSeat } from '../domain/types.ts'
import { useDataStore } from './data.ts'
import { useExploreStore } from './explore.ts'
import { useRoutingStore } from './routing.ts'

const FILE = 'data/population.json'

async function fetchJson(file: string): Promise<unknown> {
  const res = await fetch(new URL(file, document.baseURI))
  if (!res.ok) throw new DataFileError(file, `HTTP ${res.status}`)
  return parseJson(file, await res.text())
}

export const useReachStore = defineStore('reach', () => {
  const explore = useExploreStore()
  const data = useDataStore()
  const seats = shallowRef<PopulationSeat[] | null>(null)
  const error = shallowRef<string | null>(null)
  /** undefined: no pin or not computed yet; null: the pin is off the road network. */
  const pinReach = shallowRef<PeopleWithin | null | undefined>(undefined)
  const year = computed(() => (seats.value ? censusYear(seats.value) : null))

  let loading: Promise<PopulationSeat[] | null> | null = null
  function loadSeats(): Promise<PopulationSeat[] | null> {
    loading ??= (async () => {
      try {
        seats.value = markRaw(checkPopulation(FILE, await fetchJson(FILE)))
      } catch (e) {
        error.value = e instanceof DataFileError ? e.message : `${FILE}: ${(e as Error).message}`
        console.error(error.value)
        const err = e instanceof DataFileError ? e : new DataFileError(FILE, (e as Error).message)
        data.report([{ file: err.file, record: null, field: null, reason: err.reason }])
      }
      return seats.value
    })()
    return loading
  }

  /** The industry tokens (names for the admission table and the comparison): the data store's. */
  const industries = computed(() => data.industries)

  let seq = 0
  async function computePinReach(pin: LngLat): Promise<void> {
    const id = ++seq
    pinReach.value = undefined
    const s = await loadSeats()
    if (!s) return
    // Plain copies: reactive proxies cannot be cloned into a worker message.
    const seatPoints = new Float64Array(s.flatMap((x) => x.point))
    const population = new Float64Array(s.map((x) => x.population))
    const answer = await useRoutingStore().ask('reach', { pin: [pin[0], pin[1]], seats: seatPoints, population })
    // A newer pin replaced this one meanwhile: its answer wins.
    if (id !== seq) return
    pinReach.value = answer
  }

  watch(
    () => explore.state.pin,
    (pin) => {
      if (pin) void computePinReach(pin).catch((e: Error) => (error.value = e.message))
      else {
        seq++
        pinReach.value = undefined
      }
    },
    { immediate: true },
  )

  return { seats, year, error, pinReach, loadSeats, industries }
})
