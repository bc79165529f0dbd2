/**
 * What a person sees when something is missing: a browser without WebGL2, a data file that is missing, corrupt or
 * foreign, an online basemap that does not answer. Never a blank page; always a notice that says what to do.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { counts, mapColourCount, openApp, screenshot, waitForData, waitForMap, type AppSession } from './driver.ts'
import { buildVariant, dataVariant, type Variant } from './variants.ts'

const ROOT = resolve(import.meta.dirname, '../..')

/** A fresh copy of data/ under test-results/, changed by `spoil`. */
function createDataCopy(name: string, spoil: (dir: string) => void): string {
  const dir = resolve(ROOT, 'test-results', `data-${name}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync(resolve(ROOT, 'data'), dir, { recursive: true })
  spoil(dir)
  return dir
}

/**
 * "Says what to do": the text holds an instruction the person can follow (reload, check, enable, open another
 * browser…), not only a statement of what went wrong. The zh words are imperatives; 已改用 ("has switched to") or
 * 仍可使用 ("can still be used") describe, they do not instruct.
 */
const INSTRUCTION = {
  'zh-CN': /请|刷新|重新加载|重试|检查|启用|开启|打开|更新|换一个|升级/,
  en: /\b(reload|refresh|try again|check|enable|turn on|open|update|upgrade|switch to|use)\b/i,
} as const

const uncaught = (s: AppSession) => s.errors.filter((e) => e.startsWith('uncaught:'))
const cspErrors = (s: AppSession) => s.errors.filter((e) => /content security policy/i.test(e))

/** An online basemap on loopback port 9: nothing listens there, and no request leaves the machine. */
const ONLINE = 'http://127.0.0.1:9/nothing.json'

let s: AppSession | null = null
let variant: Variant | null = null
let online: Variant
beforeAll(async () => {
  online = await buildVariant('online-failed', { VITE_BASEMAP_STYLE_URL: ONLINE })
})
afterAll(async () => {
  await online?.close()
})
afterEach(async () => {
  await s?.close()
  s = null
  await variant?.close()
  variant = null
})

describe('a browser without WebGL2', () => {
  it('shows a notice, and the list and filters still work', async () => {
    s = await openApp('', { webgl: false })
    const { page } = s
    await waitForData(page)
    await expect.poll(() => page.getByTestId('no-webgl').isVisible()).toBe(true)
    const [parks, listings] = await counts(page)
    expect(parks).toBeGreaterThan(0)
    expect(listings).toBeGreaterThan(0)
    expect(await page.locator('[data-testid^=row-]').first().isVisible()).toBe(true)

    await page.getByTestId('q').pressSequentially('昆山')
    await expect.poll(() => counts(page)).not.toEqual([parks, listings])
    const [, fewer] = await counts(page)
    expect(fewer).toBeGreaterThan(0)
    expect(fewer).toBeLessThan(listings)
    await screenshot(page, 'failures-no-webgl')
    expect(uncaught(s)).toEqual([])
    expect(s.external).toEqual([])
  })
})

describe('a data file that is missing, corrupt or foreign', () => {
  it.each([
    ['missing', 'data/listings.json', 'zh-CN', (dir: string) => rmSync(resolve(dir, 'listings.json'))],
    ['corrupt', 'data/parks.json', 'en', (dir: string) => {
      const text = readFileSync(resolve(dir, 'parks.json'), 'utf8')
      writeFileSync(resolve(dir, 'parks.json'), text.slice(0, Math.floor(text.length / 2)))
    }],
    ['foreign', 'data/hubs.json', 'zh-CN', (dir: string) => writeFileSync(resolve(dir, 'hubs.json'), '{"foo":1}')],
  ] as const)('%s: an error screen names %s and says what to do (%s)', async (name, file, locale, spoil) => {
    variant = await dataVariant(`data-${name}`, { JKT_DATA_DIR: createDataCopy(name, spoil) })
    s = await openApp('', { baseUrl: variant.url, locale })
    const { page } = s
    await waitForData(page)
    const error = page.getByTestId('data-error')
    await expect.poll(() => error.isVisible()).toBe(true)
    const text = await error.innerText()
    expect(text).toContain(file)
    expect(text).toMatch(INSTRUCTION[locale])
    // Not a blank page: the message is on screen and readable.
    const box = await error.boundingBox()
    expect(box?.height).toBeGreaterThan(80)
    await screenshot(page, `failures-data-${name}`)
    expect(uncaught(s)).toEqual([])
    expect(s.external).toEqual([])
  })
})

describe('corrupt records and a missing basemap', () => {
  it('leaves out the bad listings with a notice naming file, record and field; the list, filters and map keep working without the basemap', async () => {
    const spoiled: string[] = []
    const dir = createDataCopy('corrupt-records', (d) => {
      const file = resolve(d, 'listings.json')
      const json = JSON.parse(readFileSync(file, 'utf8')) as { listings: Record<string, unknown>[] }
      const [a, b] = json.listings.filter((l) => l.status === 'available')
      a.deal = 'rent' // once "t.deal.reduce is not a function"
      b.name = null // once "Cannot read properties of null (reading 'zh')"
      spoiled.push(a.id as string, b.id as string)
      writeFileSync(file, JSON.stringify(json))
      rmSync(resolve(d, 'basemap.json'))
    })
    variant = await dataVariant('data-corrupt-records', { JKT_DATA_DIR: dir })
    s = await openApp('', { baseUrl: variant.url, locale: 'en' })
    const { page } = s
    await waitForData(page)
    const notice = page.getByTestId('data-problems')
    await expect.poll(() => notice.isVisible()).toBe(true)
    await expect.poll(() => notice.innerText(), { timeout: 60_000 }).toContain('data/basemap.json')
    const text = await notice.innerText()
    expect(text).toContain(`data/listings.json: listing "${spoiled[0]}": deal: must be a list of rent, sale, got "rent"`)
    expect(text).toContain(`data/listings.json: listing "${spoiled[1]}": name: must be { zh, en }, got null`)
    expect(text).toMatch(INSTRUCTION.en)
    expect(await page.getByTestId('data-error').count()).toBe(0)
    // The rest works: rows, a filter that changes the count, the map with its parks and listings (no basemap).
    const [parks, listings] = await counts(page)
    expect(parks).toBeGreaterThan(0)
    expect(listings).toBeGreaterThan(0)
    await page.getByTestId('q').pressSequentially('昆山')
    await expect.poll(() => counts(page)).not.toEqual([parks, listings])
    await page.waitForFunction(() => performance.getEntriesByName('map:first-frame').length > 0, undefined, { timeout: 90_000 })
    await expect.poll(() => mapColourCount(page), { timeout: 30_000 }).toBeGreaterThan(20)
    await screenshot(page, 'failures-corrupt-records')
    await page.getByTestId('data-problems-dismiss').click()
    expect(await notice.count()).toBe(0)
    expect(uncaught(s)).toEqual([])
    expect(s.external).toEqual([])
  })
})

describe('a routing worker that fails', () => {
  it('says the pin limit is not applied and keeps the other filters working (network.json missing)', async () => {
    variant = await dataVariant('data-no-network', { JKT_DATA_DIR: createDataCopy('no-network', (dir) => rmSync(resolve(dir, 'network.json'))) })
    s = await openApp('?v=1&deal=rent&dt=pin:20&pin=121.16,31.28', { baseUrl: variant.url, locale: 'en' })
    const { page } = s
    await waitForData(page)
    const notice = page.getByTestId('routing-failed')
    await expect.poll(() => notice.isVisible(), { timeout: 60_000 }).toBe(true)
    const text = await notice.innerText()
    expect(text).toContain('network.json')
    expect(text).toMatch(INSTRUCTION.en)
    expect(await page.getByTestId('limit-pin').innerText()).toContain('not applied')
    // The other filters still apply: rent only counts fewer listings than no filter at all.
    const [, rent] = await counts(page)
    await page.getByTestId('reset').click()
    await expect.poll(async () => (await counts(page))[1]).toBeGreaterThan(rent)
    expect(uncaught(s)).toEqual([])
  })
})

describe('an online basemap that fails', () => {
  it('falls back to the offline basemap with a notice', async () => {
    s = await openApp('', { baseUrl: online.url })
    const { page } = s
    await waitForData(page)
    await waitForMap(page)
    await expect.poll(() => page.getByTestId('online-failed').isVisible()).toBe(true)
    expect(await mapColourCount(page)).toBeGreaterThan(20)
    await screenshot(page, 'failures-online')
    expect(uncaught(s)).toEqual([])
    expect(s.external).toEqual([])
  })

  it('the page policy lets the app reach the configured basemap host', async () => {
    s = await openApp('', { baseUrl: online.url })
    await waitForData(s.page)
    await expect.poll(() => s!.page.getByTestId('online-failed').isVisible(), { timeout: 60_000 }).toBe(true)
    // The fetch must fail on the network, not be refused by the app's own Content-Security-Policy.
    expect(cspErrors(s)).toEqual([])
  })
})

describe('each failure says what to do next', () => {
  it.each([
    ['no WebGL2', 'zh-CN', 'no-webgl'],
    ['no WebGL2', 'en', 'no-webgl'],
    ['online basemap failed', 'zh-CN', 'online-failed'],
    ['online basemap failed', 'en', 'online-failed'],
  ] as const)('%s (%s)', async (_, locale, testid) => {
    s = await openApp('', { locale, webgl: testid !== 'no-webgl', baseUrl: testid === 'online-failed' ? online.url : undefined })
    await waitForData(s.page)
    const notice = s.page.getByTestId(testid)
    await expect.poll(() => notice.isVisible(), { timeout: 60_000 }).toBe(true)
    expect(await notice.innerText()).toMatch(INSTRUCTION[locale])
  })
})
