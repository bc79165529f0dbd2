/**
 * Rounding rules, written once. Pure arithmetic without dependencies, so the workers can import it without
 * shipping the coordinate library that geo.ts loads.
 */

/**
 * Minutes and km to 0.1: the precision data/ stores, the CLI prints and a drive-time limit compares at
 * (DESIGN.md: "a limit holds when the minutes rounded to 0.1 are ≤ MIN").
 */
export const round1 = (x: number): number => Math.round(x * 10) / 10

/** Coordinates to 6 decimals (about 0.1 m), the precision data and the CLI print. */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6
