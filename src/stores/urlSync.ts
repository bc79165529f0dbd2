/**
 * The only place that touches location and history. Opening a link parses it (src/domain/url.ts), lists what it
 * fixed, and writes the normalized link back; filter changes push a history entry (Back and Forward work); camera
 * moves replace it, throttled. Loops are broken by comparing serialized values (STYLE.md 4), not with flags.
 */
import { watch } from 'vue'
import { parseQuery, serializeState, type Ignored } from '../domain/url.ts'
import type { ExploreState } from '../domain/state.ts'
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

/** Language before the data arrives: read once from the link, fixes are reported after the full parse. */
export function langFromLocation(): 'zh' | 'en' | null {
  return parseQuery(location.search.slice(1), { hubIds: new Set() }).state.lang
}

export function startUrlSync(): void {
  const data = useDataStore()
  const explore = useExploreStore()
  const hubIds = new Set(data.dataset!.hubs.map((h) => h.id))

  const read = (): { state: ExploreState; ignored: Ignored[] } => {
    const parsed = parseQuery(location.search.slice(1), { hubIds })
    const ds = data.dataset!
    const ignored = [...parsed.ignored]
    const state = parsed.state
    if (state.park && !ds.parks.some((p) => p.id === state.park)) {
      ignored.push({ param: 'park', value: state.park, reason: 'bad-value' })
      state.park = null
    }
    return { state, ignored }
  }

  const initial = read()
  const listing = initial.state.listing ? data.dataset!.listings.find((l) => l.id === initial.state.listing) : undefined
  if (initial.state.listing && (!listing || listing.status !== 'available')) explore.goneListing = initial.state.listing
  if (initial.state.listing && !listing) initial.state.listing = null
  explore.state = initial.state
  explore.ignored = initial.ignored
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
    if (serializeState(state) !== serializeState(explore.state)) explore.state = state
  })
}
