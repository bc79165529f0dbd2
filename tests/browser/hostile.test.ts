/**
 * Hostile data: a build whose data files carry markup, script URLs, template syntax, bidi overrides and very long
 * strings in every free-text field. A person searches for the planted park, opens it, clicks it on the map, opens
 * one of its listings and the share panel; nothing of the data may ever run or turn into markup or a link.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { openApp, screenshot, waitForData, waitForMap, type AppSession } from './driver.ts'
import { dataVariant, type Variant } from './variants.ts'
import zh from '../../src/i18n/zh-CN.ts'
import type { Hub, Listing, LngLat, Park, Source } from '../../src/domain/types.ts'

const ROOT = resolve(import.meta.dirname, '../..')

const IMG = `<img src=x onerror="window.__pwned=1">`
const SCRIPT = `<script>window.__pwned=1</script>`
const JS_URL = 'javascript:window.__pwned=1'
const SVG = `"><svg onload=window.__pwned=1>`
const VUE = '{{ 1+1 }}'
const TEMPLATE = '${1+1}'
const RLO = '\u202E'
/** One unbroken token, far wider than the 400 px panel. */
const LONG = 'W'.repeat(400)

const readJson = <T>(dir: string, f: string): T => JSON.parse(readFileSync(resolve(dir, f), 'utf8'))
const writeJson = (dir: string, f: string, v: unknown) => writeFileSync(resolve(dir, f), JSON.stringify(v))

/** km between two WGS-84 points (equirectangular: enough for a few km). */
function km(a: number[], b: number[]): number {
  const x = (b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180))
  return Math.hypot(x, b[1] - a[1]) * 111.32
}

/**
 * The park to plant: one with listings, whose point lies clear of every other park area, hub and listing, so that
 * a click on it hits this park and nothing else.
 */
function pickIsolatedPark(parks: Park[], hubs: Hub[], listings: Listing[]): Park {
  const reach = (p: Park) => (p.boundary ? Math.max(...p.boundary.map((v) => km(p.point, v))) : (p.radiusKm ?? 1))
  const pointOf = new Map(parks.map((p) => [p.id, p.point]))
  const scored = parks
    .filter((p) => listings.some((l) => l.parkId === p.id && l.status === 'available'))
    .map((p) => {
      const clear = Math.min(
        ...parks.filter((o) => o.id !== p.id).map((o) => km(p.point, o.point) - reach(o)),
        ...hubs.map((h) => km(p.point, h.point)),
        ...listings.filter((l) => l.parkId !== p.id).map((l) => km(p.point, l.point ?? pointOf.get(l.parkId)!)),
      )
      return { p, clear }
    })
    .sort((a, b) => b.clear - a.clear)
  if (!scored.length || scored[0].clear < 1) throw new Error('no park in data/parks.json lies 1 km clear of the others')
  return scored[0].p
}

interface Planted {
  parkId: string
  parkKind: Park['kind']
  listingId: string
  parkPoint: LngLat
}

/** A copy of data/ with hostile strings in one park, its listings and one hub; returns what was planted. */
function createHostileData(dir: string): Planted {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync(resolve(ROOT, 'data'), dir, { recursive: true })
  const hubs = readJson<{ hubs: Hub[] }>(dir, 'hubs.json')
  const parks = readJson<{ parks: Park[] }>(dir, 'parks.json')
  const listings = readJson<{ listings: Listing[] }>(dir, 'listings.json')
  const park = pickIsolatedPark(parks.parks, hubs.hubs, listings.listings)

  const sources: Source[] = [
    { url: JS_URL, doc: SCRIPT, title: `${IMG} source`, read: '2026-01-01' },
    { url: ` JaVaScRiPt:window.__pwned=1`, doc: null, title: `${SVG} ${VUE}`, read: '2026-01-01' },
    { url: `https://example.invalid/${SVG}`, doc: null, title: `${TEMPLATE} ${RLO}abc`, read: '2026-01-01' },
  ]
  Object.assign(park, {
    // The override ends the name: whatever the app writes after a name must not come out reversed.
    name: { zh: `${IMG} 园区 ${VUE} ${TEMPLATE} ${LONG}${RLO}`, en: `${IMG} Park ${VUE} ${TEMPLATE} ${LONG}${RLO}` },
    town: { zh: `${SVG}${RLO}镇`, en: `${SVG}${RLO} Town` },
    industries: { zh: [SCRIPT, LONG, VUE], en: [SCRIPT, LONG, VUE] },
    admission: { zh: `${VUE} ${TEMPLATE} ${SCRIPT}`, en: `${VUE} ${TEMPLATE} ${SCRIPT}` },
    operator: { zh: `${IMG}${RLO}运营`, en: `${IMG}${RLO} Operator` },
    contact: { phone: `+86 512 5555 0000 ${IMG}`, url: JS_URL },
    radiusKm: 1.5,
    sources,
  })
  // The park's listings stand 0.03° east of it (≈ 3 km, ≈ 90 px at zoom 12), so a click on the park hits the park.
  const own = listings.listings.filter((l) => l.parkId === park.id)
  for (const l of own) l.point = [park.point[0] + 0.03, park.point[1]]
  const listing = own.find((l) => l.status === 'available')!
  Object.assign(listing, {
    name: { zh: `${IMG} 厂房 ${VUE} ${TEMPLATE}`, en: `${IMG} Factory ${VUE} ${TEMPLATE}` },
    contact: { phone: `0512-5555 0000 ${SVG}` },
    note: { zh: `${SCRIPT} ${RLO}备注 ${LONG}`, en: `${SCRIPT} ${RLO}note ${LONG}` },
    sources,
  })
  hubs.hubs[0].name = { zh: `${IMG} 枢纽 ${VUE}`, en: `${IMG} Hub ${VUE}` }
  writeJson(dir, 'hubs.json', hubs)
  writeJson(dir, 'parks.json', parks)
  writeJson(dir, 'listings.json', listings)
  return { parkId: park.id, parkKind: park.kind, listingId: listing.id, parkPoint: park.point }
}

/** Once the map has flown to the selected park, its point is the map's centre: the person clicks there. */
async function clickSelectedParkOnMap(page: Page, point: [number, number]): Promise<void> {
  const camera = () => page.evaluate(() => new URLSearchParams(location.search).get('map'))
  await expect
    .poll(async () => {
      const [, lat, lng] = ((await camera()) ?? '0/0/0').split('/').map(Number)
      return Math.abs(lng - point[0]) < 0.001 && Math.abs(lat - point[1]) < 0.001
    }, { timeout: 15_000 })
    .toBe(true)
  await page.getByTestId('map').click()
  await page.getByTestId('map-popup').waitFor({ timeout: 5000 })
}

/** Whether `words`, the last occurrence in the element's text, reads left to right on screen. */
function readsLeftToRight(page: Page, testid: string, words: string) {
  return page.getByTestId(testid).evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.textContent ?? '').lastIndexOf(w)
      if (i < 0) continue
      const box = (k: number) => {
        const r = document.createRange()
        r.setStart(n!, k)
        r.setEnd(n!, k + 1)
        return r.getBoundingClientRect()
      }
      const first = box(i)
      const last = box(i + w.length - 1)
      return Math.abs(first.top - last.top) < 2 ? first.left < last.left : 'words wrap over two lines'
    }
    return 'words not found'
  }, words)
}

/** What a hostile string must never have become in the page. */
async function injectionTraces(s: AppSession) {
  return s.page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    scriptLinks: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href).filter((h) => !/^(https?|tel|data|blob):/i.test(h.trim())),
    injected: document.querySelectorAll('img[src="x"], img[onerror], svg[onload], #app script').length,
  }))
}

/** Checked after every step: a view that injected markup and was then left would hide it from a final check. */
async function expectNothingRan(s: AppSession): Promise<void> {
  expect(await injectionTraces(s)).toEqual({ pwned: undefined, scriptLinks: [], injected: 0 })
  expect(await s.page.locator('a[href^="javascript:" i]').count()).toBe(0)
}

const cspErrors = (s: AppSession) => s.errors.filter((e) => /content security policy|refused to (execute|load|apply|evaluate)/i.test(e))
const uncaught = (s: AppSession) => s.errors.filter((e) => e.startsWith('uncaught:'))

let variant: Variant
let planted: ReturnType<typeof createHostileData>
let s: AppSession | null = null

beforeAll(async () => {
  planted = createHostileData(resolve(ROOT, 'test-results/data-hostile'))
  variant = await dataVariant('hostile', { JKT_DATA_DIR: resolve(ROOT, 'test-results/data-hostile') })
})
afterAll(async () => {
  await variant?.close()
})
afterEach(async () => {
  await s?.close()
  s = null
})

describe('hostile strings in the data stay text', () => {
  it('the built page sets a Content-Security-Policy without inline script or outside hosts', () => {
    const html = readFileSync(resolve(ROOT, 'test-results/builds/hostile/index.html'), 'utf8')
    const csp = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i)?.[1]
    expect(csp, 'index.html has a CSP meta tag').toBeTruthy()
    const directives = new Map(
      csp!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    )
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src')
    expect(scriptSrc).toContain("'self'")
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(scriptSrc).not.toContain("'unsafe-eval'")
    // Only keywords, data: and blob: — no host, no scheme wildcard (https:), no *.
    const outside = [...directives.values()].flat().filter((v) => !/^'[a-z-]+'$/.test(v) && v !== 'data:' && v !== 'blob:')
    expect(outside).toEqual([])
    // Every script is a file from the app's own origin: none inline.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/gi) ?? []).toEqual([])
  })

  it('search, park details, map popup, listing and share panel show the hostile text literally and run none of it', async () => {
    s = await openApp('', { baseUrl: variant.url })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)

    // The person pastes the markup-looking name into the search.
    await page.getByTestId('q').pressSequentially(IMG)
    await page.getByTestId('tab-parks').click()
    const row = page.getByTestId(`row-${planted.parkId}`)
    await expect.poll(() => row.count(), { timeout: 5000 }).toBe(1)
    expect(await row.innerText()).toContain(IMG)

    // Opens the park.
    await row.click()
    const park = page.getByTestId('park-detail')
    await park.waitFor()
    const parkText = await park.innerText()
    for (const literal of [IMG, SCRIPT, SVG, VUE, TEMPLATE, `${RLO}镇`, LONG]) expect(parkText).toContain(literal)
    await expectNothingRan(s)

    // The map has flown to the park. A click on it opens the park's popup.
    await clickSelectedParkOnMap(page, planted.parkPoint)
    const popupText = await page.getByTestId('map-popup').innerText()
    expect(popupText).toContain(`${IMG} 园区 ${VUE} ${TEMPLATE}`)
    await expectNothingRan(s)

    // Opens one of its listings.
    await page.getByTestId(`park-listing-${planted.listingId}`).click()
    const listing = page.getByTestId('listing-detail')
    await listing.waitFor()
    const listingText = await listing.innerText()
    for (const literal of [IMG, SCRIPT, SVG, VUE, TEMPLATE, `${RLO}备注`]) expect(listingText).toContain(literal)
    await expectNothingRan(s)

    // Opens the share panel: the link and QR code carry the search text.
    await page.getByTestId('share-open').click()
    await page.getByTestId('share-qr').waitFor()
    expect(new URL(await page.getByTestId('share-link').inputValue()).searchParams.get('q')).toBe(IMG)
    await screenshot(page, 'hostile-share')

    await expectNothingRan(s)
    expect(cspErrors(s)).toEqual([])
    expect(uncaught(s)).toEqual([])
    expect(s.external).toEqual([])
  })

  it('a right-to-left override at the end of a park name does not reverse the words after it in the map popup', async () => {
    s = await openApp(`?park=${planted.parkId}`, { baseUrl: variant.url })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    await clickSelectedParkOnMap(page, planted.parkPoint)
    // The popup reads "<name> · <park kind>": the kind is the app's text and must read as written.
    expect(await readsLeftToRight(page, 'map-popup', zh.parkKind[planted.parkKind])).toBe(true)
    expect(uncaught(s)).toEqual([])
  })

  it('a very long unbroken name wraps inside the panel instead of widening it', async () => {
    s = await openApp(`?park=${planted.parkId}`, { baseUrl: variant.url })
    const { page } = s
    await waitForData(page)
    const park = page.getByTestId('park-detail')
    await park.waitFor()
    const box = await page.evaluate(() => {
      const detail = document.querySelector('[data-testid=park-detail]') as HTMLElement
      const panel = document.querySelector('aside.panel') as HTMLElement
      return { panel: panel.getBoundingClientRect().width, scrollWidth: detail.scrollWidth, clientWidth: detail.clientWidth }
    })
    await screenshot(page, 'hostile-long')
    expect(box.panel).toBeLessThanOrEqual(401)
    expect(box.scrollWidth, 'the details scroll sideways: a long word does not wrap').toBeLessThanOrEqual(box.clientWidth + 1)
    await expectNothingRan(s)
    expect(uncaught(s)).toEqual([])
  })
})
