/**
 * data/population.json in the app: the census year the details name ("residents (census-based, 2020), not
 * workers"). The file's check is checkPopulation in src/domain/dataCheck.ts.
 */
import type { PopulationSeat } from './types.ts'

/**
 * The year to name: the latest year among census-based rows (census and the splits and scalings of a census
 * total); rows with a non-census figure ("reported") do not set it. Null when no row is census-based.
 */
export function censusYear(seats: readonly PopulationSeat[]): number | null {
  const years = seats.filter((s) => s.method !== 'reported').map((s) => s.year)
  return years.length ? Math.max(...years) : null
}
