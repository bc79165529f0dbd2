/**
 * Shareable links (URL contract v1): a link opens the same view in a fresh browser, Back and Forward work,
 * fixes are listed, tracking parameters vanish, and the QR code decodes to the link. The CLI lists the same
 * matches as the screen.
 */
import { describe, expect, it } from 'vitest'
import { PNG } from 'pngjs'
import jsQR from 'jsqr'
import { counts, screenshot, search as searchOf, sessionsClosedAfterEach, type AppSession } from './driver.ts'
import { runQuery } from '../../scripts/explore.ts'
import { loadDataset } from '../../scripts/data/dataset.ts'

const open = sessionsClosedAfterEach()
const search = (s: AppSession) => searchOf(s.page)

describe('a shared link', () => {
  it('opens the identical view in a fresh browser, and the CLI lists the same matches', async () => {
    const link = '?v=1&lang=en&area=1000-&type=factory,warehouse&deal=rent&price=0.6-1.2&dt=anting:30,hongqiao:45&sort=area&map=10.5/31.35/121.15'
    const a = await open(link)
    expect(await search(a)).toBe(link)
    const [parks, listings] = await counts(a.page)
    expect(await a.page.getByTestId('area-min').inputValue()).toBe('1000')
    expect(await a.page.getByTestId('type-factory').isChecked()).toBe(true)
    expect(await a.page.getByTestId('type-warehouse').isChecked()).toBe(true)
    expect(await a.page.getByTestId('deal-rent').isChecked()).toBe(true)
    expect(await a.page.getByTestId('dt-anting').inputValue()).toBe('30')
    expect(await a.page.getByTestId('sort').inputValue()).toBe('area')
    expect(await a.page.getByTestId('lang').innerText()).toBe('中文')

    const cli = runQuery(link, loadDataset())
    expect(cli.count).toEqual({ parks, listings })
    const rows = await a.page.locator('[data-testid^="row-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(4)))
    expect(rows.slice(0, 5).every((id) => cli.listings.some((l) => l.id === id))).toBe(true)

    // A second, fresh browser opens the same link to the same view.
    const b = await open(link)
    expect(await counts(b.page)).toEqual([parks, listings])
    expect(await search(b)).toBe(link)
  })

  it('a link with a custom pin filters by drive time from it, also without the map (list-only)', async () => {
    const link = '?v=1&lang=en&dt=pin:15&pin=121.16,31.29'
    const cli = runQuery(link, loadDataset())
    expect(cli.count.listings).toBeGreaterThan(0)
    const s = await open(link, { webgl: false })
    await expect.poll(() => counts(s.page)).toEqual([cli.count.parks, cli.count.listings])
    expect(await search(s)).toBe(link)
    expect(s.errors).toEqual([])
  })

  it('pushes filter changes into history: Back and Forward restore filters and count', async () => {
    const s = await open('?v=1&lang=zh')
    const [, all] = await counts(s.page)
    await s.page.getByTestId('type-land').check()
    await expect.poll(() => search(s)).toMatch(/^\?v=1&lang=zh&type=land/)
    const [, land] = await counts(s.page)
    expect(land).toBeLessThan(all)
    await s.page.getByTestId('ready').check()
    await expect.poll(() => search(s)).toMatch(/&type=land&ready=1/)
    const [, landReady] = await counts(s.page)

    await s.page.goBack()
    await expect.poll(() => search(s)).toMatch(/^\?v=1&lang=zh&type=land(&map=[\d./]+)?$/)
    await expect.poll(async () => (await counts(s.page))[1]).toBe(land)
    expect(await s.page.getByTestId('ready').isChecked()).toBe(false)
    await s.page.goBack()
    await expect.poll(async () => (await counts(s.page))[1]).toBe(all)
    expect(await s.page.getByTestId('type-land').isChecked()).toBe(false)
    await s.page.goForward()
    await s.page.goForward()
    await expect.poll(async () => (await counts(s.page))[1]).toBe(landReady)
    expect(s.errors).toEqual([])
  })

  it('drops chat-app tracking parameters silently', async () => {
    const s = await open('?v=1&area=1000-&from=timeline&isappinstalled=0&nsukey=abc&utm_source=wechat')
    expect(await search(s)).toBe('?v=1&area=1000-')
    expect(await s.page.getByTestId('notice').count()).toBe(0)
  })

  it('lists what it fixed in a dismissible notice and shows the normalized link', async () => {
    const s = await open('?lang=en&area=5000-1000&price=1-2&dt=atlantis:20&pin=0,0&q=%E4%BA')
    expect(await search(s)).toBe('?v=1&lang=en&area=1000-5000')
    const notice = s.page.getByTestId('notice')
    const text = await notice.innerText()
    for (const part of ['area=5000-1000', 'min and max swapped', 'price=1-2', 'price needs rent or sale', 'dt=atlantis:20', 'unknown hub', 'pin=0,0', 'outside the area', 'q=%E4%BA', 'bad value']) expect(text).toContain(part)
    await s.page.getByTestId('notice-dismiss').click()
    expect(await notice.count()).toBe(0)
    expect(s.errors).toEqual([])
  })

  it('drops ids exactly as the CLI does, says why in words, and isolates link text from the page text', async () => {
    const link = '?v=1&lang=en&dt=%E2%80%AEevil:5&park=no-such-park&listing=i-0123456789&pick=nope'
    const s = await open(link)
    const cli = runQuery(link, loadDataset())
    const items = await s.page.getByTestId('notice').locator('li').allInnerTexts()
    expect(items).toHaveLength(cli.ignored.length)
    cli.ignored.forEach((i, n) => expect(items[n]).toContain(`${i.param}=${i.value}`))
    expect(items.join('\n')).toContain("imported on the sender's device, not published here")
    expect(items.filter((t) => t.endsWith('not found'))).toHaveLength(2)
    // Each value sits in its own <bdi>, so the U+202E of the dt value cannot reverse "unknown hub" after it.
    expect(await s.page.locator('[data-testid="notice"] li bdi').count()).toBe(cli.ignored.length)
    expect(await search(s)).toBe(cli.link)
    expect(s.errors).toEqual([])
  })

  it('says so when the linked listing is gone', async () => {
    const s = await open('?v=1&lang=en&listing=no-such-listing')
    expect(await s.page.getByTestId('notice-gone').innerText()).toContain('no-such-listing')
    expect(await search(s)).toBe('?v=1&lang=en')
  })
})

describe('the share panel', () => {
  it('copies the link, shows a summary, and its QR code decodes to the link', async () => {
    const s = await open('?v=1&lang=en&area=1000-&type=factory&dt=anting:15')
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await s.page.getByTestId('share-open').click()
    const link = await s.page.getByTestId('share-link').inputValue()
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?v=1&lang=en&area=1000-&type=factory&dt=anting:15(&map=[\d./]+)?$/)
    expect(link.length).toBeLessThan(300)
    const [, listings] = await counts(s.page)
    const anting = loadDataset().hubs.find((h) => h.id === 'anting')!.name.en
    expect(await s.page.getByTestId('share-summary').innerText()).toBe(`≥1,000 m² factories · ≤15 min to ${anting} · ${listings} results`)
    await s.page.getByTestId('share-copy').click()
    await expect.poll(() => s.page.evaluate(() => navigator.clipboard.readText())).toBe(link)

    const src = await s.page.getByTestId('share-qr').getAttribute('src')
    const png = PNG.sync.read(Buffer.from(src!.replace(/^data:image\/png;base64,/, ''), 'base64'))
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(code?.data).toBe(link)
    expect(await s.page.getByTestId('share-download').getAttribute('download')).toMatch(/\.png$/)
    await screenshot(s.page, 'share-panel-desktop')
    expect(s.errors).toEqual([])
  })

  it('falls back when the Clipboard API is refused', async () => {
    const s = await open('?v=1&lang=en')
    await s.page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } })
    })
    await s.page.getByTestId('share-open').click()
    await s.page.getByTestId('share-copy').click()
    const status = s.page.getByRole('status').filter({ hasText: /Link copied|Copy was refused/ })
    await expect.poll(() => status.count()).toBe(1)
    // The link is selected, ready for a manual copy.
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('share-link')
  })
})
