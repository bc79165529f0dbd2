/**
 * What the user typed for the cost of occupancy (issue 21: an area within a listing's range, a property fee), per
 * listing. Deliberately not part of the explorer state: typed assumptions are not in the link (DESIGN.md "Cost of
 * occupancy": "typed values are not in the link") and reset on reload.
 */
import { reactive } from 'vue'
import type { CostAssumptions } from '../domain/compare.ts'

const inputs = reactive(new Map<string, CostAssumptions>())

export function assumptionsOf(id: string): CostAssumptions {
  return inputs.get(id) ?? { area: null, fee: null }
}

export function setAssumption(id: string, key: keyof CostAssumptions, value: number | null): void {
  inputs.set(id, { ...assumptionsOf(id), [key]: value })
}
