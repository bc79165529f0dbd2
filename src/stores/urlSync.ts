/**
 * The only place that touches location and history. Opening a link parses it once (src/domain/url.ts) against the
 * data (src/domain/linkCheck.ts, the same check as the explore CLI), lists what it fixed, and writes the normalized
 * link back; filter changes push a history entry (Back and Forward work); camera moves replace it, throttled. Loops
 * are broken by comparing serialized values (STYLE.md 4), not with flags.
 */
import { watch } from 'vue'
import { langOf, parseQuery, serializeState, type Ignored } from '../domain/url.ts'
import { linkContextOf } from '../domain/linkCheck.ts'
import type { ExploreState, Lang } from '../domain/state.ts'
import type { Dataset, RemovedListing } from '../domain/types.ts'
import { useDataStore } from './data.ts'
import { useExploreStore } from './explore.ts'

const CAMERA_THROTTLE_MS = 400
/** A slider drag is one history entry, not one per step: filter changes settle for this long before a push. */
const FILTER_SETTLE_MS = 300

const withoutCamera = (s: ExploreState): ExploreState => ({ ...s, map: null })

/** The base that share links and QR codes carry: VITE_PUBLIC_BASE_URL, else this page's origin and path. */
export function publicBase(): string {
  const configured = import.meta.env.VITE_PUBLIC_BASE_URL
  return configured ? configured.replace(/\?.*$/, '') : `${location.origin}${location.pathname}`
}

export function shareLink(state: ExploreState): string {
  return `${publicBase()}${serializeState(state)}`
}

/**
 * The language of the link, before the data arrives (the first paint is in it). Only `lang` is read: the link is
 * parsed, and its fixes reported, once, when the data is there (startUrlSync).
 */
export function langFromLocation(): Lang | null {
  return langOf(location.search)
}

/** What readLink needs of the data store. */
export interface LoadedData {
  dataset: Dataset | null
  removed: readonly RemovedListing[]
  deviceIds: ReadonlySet<string>
}

/**
 * Reads a query against the loaded data: the app's one parse path. The explore CLI builds the same context
 * (linkContextOf), so both keep and drop the same parts of a link; scripts/explore.test.ts compares them.
 */
export function readLink(query: string, data: LoadedData): { state: ExploreState; ignored: Ignored[] } {
  if (!data.dataset) throw new Error('readLink: the data is not loaded')
  return parseQuery(query, linkContextOf({ ...data.dataset, removed: data.removed }, data.deviceIds))
}

export function startUrlSync(): void {
  const data = useDataStore()
  const explore = useExploreStore()
  const read = () => readLink(location.search, data)

  explore.openLink(read())
  history.replaceState(history.state, '', serializeState(explore.state))

  let lastFilters = serializeState(withoutCamera(explore.state))
  let cameraTimer: ReturnType<typeof setTimeout> | null = null
  let pushTimer: ReturnType<typeof setTimeout> | null = null
  const writeCamera = () => {
    cameraTimer = null
    const link = serializeState(explore.state)
    if (link !== location.search) history.replaceState(history.state, '', link)
  }
  const pushFilters = () => {
    pushTimer = null
    const link = serializeState(explore.state)
    if (link !== location.search) history.pushState(null, '', link)
  }

  watch(
    () => explore.state,
    (s) => {
      const filters = serializeState(withoutCamera(s))
      if (filters !== lastFilters) {
        lastFilters = filters
        if (cameraTimer) clearTimeout(cameraTimer)
        cameraTimer = null
        if (pushTimer) clearTimeout(pushTimer)
        pushTimer = setTimeout(pushFilters, FILTER_SETTLE_MS)
      } else if (!cameraTimer && !pushTimer) cameraTimer = setTimeout(writeCamera, CAMERA_THROTTLE_MS)
    },
    { deep: true },
  )

  window.addEventListener('popstate', () => {
    if (pushTimer) clearTimeout(pushTimer)
    pushTimer = null
    const { state } = read()
    lastFilters = serializeState(withoutCamera(state))
    if (serializeState(state) !== serializeState(explore.state)) explore.replaceState(state)
  })
}
