/**
 * The picks of the link, each with its listing and its marks (DESIGN.md "Listing ids in links"): `outside` when the
 * filters exclude it (the shortlist is independent of them), `gone` when let or sold, `deviceOnly` when it exists
 * only among this device's imported listings (the link check already dropped removed and unknown ids).
 */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { useExploreStore } from '../stores/explore.ts'
import { useDataStore } from '../stores/data.ts'
import type { Listing } from '../domain/types.ts'

export type PickMark = 'outside' | 'gone' | 'deviceOnly'
export interface Pick {
  id: string
  listing: Listing | null
  /** Row index in the filter table, -1 when not in the data. */
  index: number
  marks: PickMark[]
  statusText: string
}

export function usePicks(): ComputedRef<Pick[]> {
  const { t } = useI18n()
  const explore = useExploreStore()
  const data = useDataStore()
  return computed(() => {
    const ds = data.dataset
    const tb = data.table
    const matched = explore.result?.listings
    return explore.state.picks.map((id) => {
      const index = tb?.listingIndex.get(id) ?? -1
      const listing = index >= 0 && ds ? ds.listings[index] : null
      const marks: PickMark[] = []
      if (!listing) {
        if (data.deviceIds.has(id)) marks.push('deviceOnly')
        return { id, listing, index, marks, statusText: '' }
      }
      if (matched && matched[index] !== 1) marks.push('outside')
      if (listing.status !== 'available') marks.push('gone')
      const statusText = t(`detail.status${listing.status[0].toUpperCase()}${listing.status.slice(1)}`)
      return { id, listing, index, marks, statusText }
    })
  })
}
