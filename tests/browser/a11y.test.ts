/**
 * Accessibility: a keyboard-only journey through filters, results and details with the focus visible at every
 * stop; an accessible name on every control; axe-core on the main view, the details and the share dialog in both
 * languages with no serious or critical violation (text contrast included).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { counts, openApp, waitForData, waitForMap, type AppSession } from './driver.ts'
import type { Listing, ListingKind, Park } from '../../src/domain/types.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const AXE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')

interface Focused {
  what: string
  visible: boolean
}

/** The focused element and whether it shows a focus ring (a non-none outline of some width). */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { what: 'body', visible: false }
    const cs = getComputedStyle(el)
    const what = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`
    return { what, visible: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 }
  })
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on `selector`, as a keyboard user moves through the page;
 * returns every stop on the way whose focus ring was not visible.
 */
async function tabTo(page: Page, selector: string, o: { back?: boolean; max?: number } = {}): Promise<string[]> {
  const hidden: string[] = []
  for (let i = 0; i < (o.max ?? 60); i++) {
    await page.keyboard.press(o.back ? 'Shift+Tab' : 'Tab')
    const f = await focused(page)
    if (!f.visible) hidden.push(f.what)
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return hidden
  }
  throw new Error(`${selector} not reached with ${o.back ? 'Shift+Tab' : 'Tab'} in ${o.max ?? 60} presses`)
}

const isFocused = (page: Page, selector: string) => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)

/** Focusable nodes of the accessibility tree (Chromium's own computation) that have no accessible name. */
async function unnamedControls(s: AppSession): Promise<string[]> {
  const cdp = await s.context.newCDPSession(s.page)
  await cdp.send('DOM.getDocument', { depth: -1 })
  const { nodes } = await cdp.send('Accessibility.getFullAXTree')
  const out: string[] = []
  for (const n of nodes) {
    if (n.ignored || !n.backendDOMNodeId) continue
    const focusable = n.properties?.some((p) => p.name === 'focusable' && p.value.value === true)
    if (!focusable || String(n.name?.value ?? '').trim()) continue
    const { node } = await cdp.send('DOM.describeNode', { backendNodeId: n.backendDOMNodeId })
    const attrs = node.attributes ?? []
    const attr = (a: string) => attrs[attrs.indexOf(a) + 1]
    out.push(`${n.role?.value} <${node.localName}${attrs.includes('data-testid') ? ` data-testid=${attr('data-testid')}` : ''}${attrs.includes('class') ? ` class=${attr('class')}` : ''}>`)
  }
  await cdp.detach()
  return out
}

interface AxeViolation {
  id: string
  impact: string
  help: string
  nodes: { target: string[]; failureSummary: string }[]
}

/** axe-core's serious and critical violations in `context` (a selector, default the whole document). */
async function axeViolations(page: Page, context = 'html'): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') would block an inline <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE)
  const violations = await page.evaluate(async (ctx) => {
    const axe = (window as unknown as { axe: { run: (c: string, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const r = await axe.run(ctx, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }))
  }, context)
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}`))
}

/**
 * A park with available listings of more than one kind, one of those kinds, and a listing of another kind: filtered
 * to that kind, the park's details show some listings faded and the listing's details say it is outside the filters.
 */
function mixedPark(): { park: Park; kind: ListingKind; outside: string } {
  const read = <T>(f: string): T => JSON.parse(readFileSync(resolve(ROOT, 'data', f), 'utf8'))
  const available = read<{ listings: Listing[] }>('listings.json').listings.filter((l) => l.status === 'available')
  const first = available.find((l) => available.some((o) => o.parkId === l.parkId && o.kind !== l.kind))!
  const outside = available.find((o) => o.parkId === first.parkId && o.kind !== first.kind)!
  const park = read<{ parks: Park[] }>('parks.json').parks.find((p) => p.id === first.parkId)!
  return { park, kind: first.kind, outside: outside.id }
}

let s: AppSession | null = null
afterEach(async () => {
  await s?.close()
  s = null
})

describe('a keyboard-only person on a desktop', () => {
  it('filters, opens a result and goes back with the focus visible at every stop', async () => {
    s = await openApp('', { locale: 'zh-CN' })
    const { page } = s
    await waitForData(page)
    const hidden: string[] = []

    // From the top of the page into the filters: the search box.
    hidden.push(...(await tabTo(page, '[data-testid=q]')))
    const before = await counts(page)
    await page.keyboard.type('嘉定')
    await expect.poll(() => counts(page)).not.toEqual(before)

    // Area minimum: typed, committed by moving on.
    hidden.push(...(await tabTo(page, '[data-testid=area-min]')))
    const afterSearch = await counts(page)
    await page.keyboard.type('2000')
    await page.keyboard.press('Tab')
    await expect.poll(() => counts(page)).not.toEqual(afterSearch)

    // A kind checkbox toggled with Space.
    hidden.push(...(await tabTo(page, '[data-testid=type-factory]')))
    const afterArea = await counts(page)
    await page.keyboard.press('Space')
    await expect.poll(() => page.getByTestId('type-factory').isChecked()).toBe(true)
    await expect.poll(() => counts(page)).not.toEqual(afterArea)

    // A drive-time limit chosen in the select with the arrow keys, then its slider moved with the arrow keys.
    hidden.push(...(await tabTo(page, '[data-testid=add-hub]')))
    await page.keyboard.press('ArrowDown')
    const slider = page.locator('input[type=range][data-testid^=dt-]')
    await expect.poll(() => slider.count()).toBe(1)
    hidden.push(...(await tabTo(page, 'input[type=range][data-testid^=dt-]', { back: true, max: 5 })))
    const start = Number(await slider.inputValue())
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => Number(await slider.inputValue())).toBe(start + 2)
    // The label follows the slider one frame later: wait for it as a person would, instead of reading it at once.
    await expect.poll(() => page.locator('[data-testid^=limit-] label').innerText()).toContain(String(start + 2))

    // On to the results (the journey's filters leave some), a row opened with Enter.
    expect((await counts(page))[1], 'listings left by the journey filters').toBeGreaterThan(0)
    hidden.push(...(await tabTo(page, '[data-testid^=row-]')))
    await page.keyboard.press('Enter')
    const detail = page.locator('[data-testid=listing-detail], [data-testid=park-detail]')
    await detail.waitFor()
    // The focus follows into the details rather than falling back to the top of the page.
    const inDetails = await page.evaluate(() => !!document.activeElement?.closest('[data-testid=listing-detail], [data-testid=park-detail]'))
    expect.soft(inDetails, `focus is inside the details after Enter, not on ${(await focused(page)).what}`).toBe(true)

    // The back button ("Back to results"), the first control of the details, is reached and does what it says.
    hidden.push(...(await tabTo(page, '[data-testid=back]', { back: true })))
    expect(await isFocused(page, '[data-testid=back]')).toBe(true)
    const label = await page.getByTestId('back').innerText()
    await page.keyboard.press('Enter')
    const backToResults = await page.getByTestId('results').waitFor({ timeout: 3000 }).then(() => true, () => false)
    expect.soft(backToResults, `"${label}" leads back to the results`).toBe(true)

    expect(hidden, 'focus stops without a visible focus ring').toEqual([])
    expect(s.errors.filter((e) => e.startsWith('uncaught:'))).toEqual([])
  })
})

describe('every control has an accessible name', () => {
  it.each(['zh', 'en'] as const)('main view with a drive-time limit, and the details (%s)', async (lang) => {
    s = await openApp(`?lang=${lang}`, { locale: lang === 'zh' ? 'zh-CN' : 'en' })
    const { page } = s
    await waitForData(page)
    // The map's own controls are in the page once the map view mounts; its drawing is not needed here.
    await page.locator('.maplibregl-ctrl-zoom-in').waitFor()
    await page.getByTestId('add-hub').selectOption({ index: 1 })
    await page.locator('input[type=range][data-testid^=dt-]').first().waitFor()
    const main = await unnamedControls(s)
    await page.locator('[data-testid^=row-]').first().click()
    await page.getByTestId('back').waitFor()
    const details = await unnamedControls(s)
    expect({ main, details }).toEqual({ main: [], details: [] })
  })
})

describe('axe-core finds no serious or critical violation', () => {
  // One session per language walks the views a person reaches: the main view, the share dialog, then a park's
  // details and one of its listings with a kind filter on (listings outside it are shown faded or marked).
  it.each(['zh', 'en'] as const)('main view, share dialog, park and listing details (%s)', async (lang) => {
    const { park, kind, outside } = mixedPark()
    s = await openApp(`?lang=${lang}`, { locale: lang === 'zh' ? 'zh-CN' : 'en' })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    const found: Record<string, string[]> = {}
    found.main = await axeViolations(page)

    await page.getByTestId('share-open').click()
    await page.getByTestId('share-qr').waitFor()
    found.share = await axeViolations(page, '[data-testid=share-panel]')
    await page.getByTestId('share-close').click()

    // The search field's suggestion list, open (a combobox with a listbox).
    await page.getByTestId('q').focus()
    await page.getByTestId('q').pressSequentially('at')
    await page.getByTestId('q-sug-0').waitFor()
    await page.getByTestId('q').press('ArrowDown')
    found.suggest = await axeViolations(page)
    await page.getByTestId('q').fill('')

    await page.getByTestId(`type-${kind}`).check()
    await page.getByTestId('q').fill(park.name[lang])
    await page.getByTestId('tab-parks').click()
    await page.getByTestId(`row-${park.id}`).click()
    await page.getByTestId('park-detail').waitFor()
    found.park = await axeViolations(page, '[data-testid=park-detail]')

    await page.getByTestId(`park-listing-${outside}`).click()
    await page.getByTestId('listing-detail').waitFor()
    found.listing = await axeViolations(page, '[data-testid=listing-detail]')

    expect(found).toEqual({ main: [], share: [], suggest: [], park: [], listing: [] })
  })
})
