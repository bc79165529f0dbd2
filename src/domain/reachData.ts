/**
 * data/population.json and data/industries.json in the app: their shape checks (a bad file gets a message naming
 * it, never a blank table) and the census year the details name ("residents (census-based, 2020), not workers").
 */
import { DataFileError } from './dataCheck.ts'
import type { Industry, PopulationSeat } from './types.ts'

export function checkIndustries(file: string, json: unknown): Industry[] {
  const list = json && typeof json === 'object' ? (json as { industries?: unknown }).industries : undefined
  if (!Array.isArray(list)) throw new DataFileError(file, 'has no "industries" list')
  list.forEach((x, i) => {
    const it = x as Partial<Industry> | null
    if (!it || typeof it.id !== 'string') throw new DataFileError(file, `industry #${i + 1} has no id`)
    if (!it.name || typeof it.name.zh !== 'string' || typeof it.name.en !== 'string')
      throw new DataFileError(file, `industry "${it.id}" has no zh and en name`)
  })
  return list as Industry[]
}

export function checkPopulation(file: string, json: unknown): PopulationSeat[] {
  const seats = json && typeof json === 'object' ? (json as { seats?: unknown }).seats : undefined
  if (!Array.isArray(seats)) throw new DataFileError(file, 'has no "seats" list')
  seats.forEach((s, i) => {
    const x = s as Partial<PopulationSeat> | null
    const name = typeof x?.id === 'string' ? `seat "${x.id}"` : `seat #${i + 1}`
    if (!x || typeof x.id !== 'string') throw new DataFileError(file, `seat #${i + 1} has no id`)
    if (typeof x.population !== 'number' || !Number.isFinite(x.population) || x.population < 0)
      throw new DataFileError(file, `${name} has no population (a number of residents)`)
    if (!Array.isArray(x.point) || x.point.length !== 2 || !x.point.every((n) => typeof n === 'number' && Number.isFinite(n)))
      throw new DataFileError(file, `${name} has a bad point`)
    if (typeof x.year !== 'number') throw new DataFileError(file, `${name} has no year`)
  })
  return seats as PopulationSeat[]
}

/**
 * The year to name: the latest year among census-based rows (census and the splits and scalings of a census
 * total); rows with a non-census figure ("reported") do not set it. Null when no row is census-based.
 */
export function censusYear(seats: readonly PopulationSeat[]): number | null {
  const years = seats.filter((s) => s.method !== 'reported').map((s) => s.year)
  return years.length ? Math.max(...years) : null
}
