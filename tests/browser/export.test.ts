/**
 * What an agent sends (issue 22): the share panel's CSV and XLSX of a shortlist download, and import again
 * through data:import's own path (importSheet) into a copy of seeds/ without a change.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import jsQR from 'jsqr'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { openApp, waitForData, type AppSession } from './driver.ts'
import { readSheet } from '../../scripts/data/importRead.ts'
import { importSheet } from '../../scripts/data/import.ts'
import { loadDataset } from '../../scripts/data/dataset.ts'
import { csvFor } from '../../scripts/explore.export.ts'

const root = resolve(import.meta.dirname, '../..')
const ds = loadDataset()
const picks = ds.listings.filter((l) => !l.sample && l.status === 'available').slice(0, 3).map((l) => l.id).reverse()
const dir = mkdtempSync(join(tmpdir(), 'export-browser-'))
cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true })
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const sessions: AppSession[] = []
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close()
})

async function download(page: Page, testId: string): Promise<{ path: string; name: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  const path = join(dir, d.suggestedFilename())
  await d.saveAs(path)
  return { path, name: d.suggestedFilename() }
}

function reimport(rows: Awaited<ReturnType<typeof readSheet>>['rows']): { code: number; out: string; err: string } {
  const out: string[] = []
  const err: string[] = []
  const code = importSheet({ rows, note: '' }, 'export', { dryRun: true }, { seedsRoot: join(dir, 'seeds'), today: '2026-12-08', out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('share panel downloads', () => {
  it.each([
    ['zh', 'export-xlsx', '编号', /^jkt-shortlist-\d{4}-\d{2}-\d{2}\.xlsx$/],
    ['en', 'export-xlsx', 'id', /^jkt-shortlist-\d{4}-\d{2}-\d{2}\.xlsx$/],
    ['zh', 'export-csv', 'id', /^jkt-shortlist-\d{4}-\d{2}-\d{2}\.csv$/],
  ])('lang=%s %s of a shortlist: header %s…, the picks in order, imports again unchanged', async (lang, button, firstHeader, name) => {
    const s = await openApp(`?v=1&lang=${lang}&pick=${picks.join(',')}`, { ownBrowser: true })
    sessions.push(s)
    await waitForData(s.page)
    await s.page.getByTestId('share-open').click()
    expect(await s.page.getByTestId('export-shortlist').isChecked()).toBe(true)
    const file = await download(s.page, button)
    expect(file.name).toMatch(name)
    const sheet = await readSheet(file.path)
    expect(sheet.rows[0][0]).toBe(firstHeader)
    expect(sheet.rows.slice(1).map((r) => r[0])).toEqual(picks)
    if (button === 'export-csv') expect(readFileSync(file.path, 'utf8')).toBe(csvFor(`?v=1&view=compare&pick=${picks.join(',')}`, ds))
    const r = reimport(sheet.rows)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain(`0 added, 0 updated, 0 removed, ${picks.length} unchanged`)
    expect(s.errors).toEqual([])
  }, 180_000)

  it('without picks: the current results, as many rows as the count', async () => {
    const s = await openApp('?v=1&lang=en&area=3000-&type=factory', { ownBrowser: true })
    sessions.push(s)
    await waitForData(s.page)
    await s.page.getByTestId('share-open').click()
    // The share panel is its own chunk: wait until it is there, or the count below is 0 before anything loaded.
    await expect.poll(() => s.page.getByTestId('share-export').isVisible()).toBe(true)
    expect(await s.page.getByTestId('export-shortlist').count()).toBe(0)
    const file = await download(s.page, 'export-csv')
    expect(file.name).toMatch(/^jkt-listings-/)
    expect(readFileSync(file.path, 'utf8')).toBe(csvFor('?v=1&area=3000-&type=factory', ds))
  }, 180_000)
})

describe('WeChat poster', () => {
  it.each(['zh', 'en'])('lang=%s: a 750 px PNG whose QR code decodes to the link; the agent stays out of the link', async (lang) => {
    const s = await openApp(`?v=1&lang=${lang}&dt=anting:40&pick=${picks.join(',')}`, { ownBrowser: true })
    sessions.push(s)
    await waitForData(s.page)
    await s.page.getByTestId('share-open').click()
    await s.page.getByTestId('agent-name').fill(lang === 'zh' ? '王丽' : 'Li Wang')
    await s.page.getByTestId('agent-company').fill(lang === 'zh' ? '嘉昆太工业地产' : 'JKT Industrial Realty')
    await s.page.getByTestId('agent-phone').fill('0512-5555 0000')
    await s.page.getByTestId('poster-make').click()
    const src = await s.page.getByTestId('poster-img').getAttribute('src')
    const b64 = await s.page.evaluate(async (u) => {
      const bytes = new Uint8Array(await (await fetch(u!)).arrayBuffer())
      let bin = ''
      for (const x of bytes) bin += String.fromCharCode(x)
      return btoa(bin)
    }, src)
    const bytes = Buffer.from(b64, 'base64')
    writeFileSync(join(root, `docs/poster-${lang}.png`), bytes)
    const png = PNG.sync.read(bytes)
    expect(png.width).toBe(750)
    const link = await s.page.getByTestId('share-link').inputValue()
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(code?.data).toBe(link)
    // At least 240 px with the quiet zone: finder centres lie 3.5 modules in from the symbol's edges (size - 7 apart).
    const size = code!.version * 4 + 17
    const modulePx = (code!.location.topRightFinderPattern.x - code!.location.topLeftFinderPattern.x) / (size - 7)
    expect((size + 8) * modulePx).toBeGreaterThanOrEqual(240)
    expect(link).not.toContain('5555')
    expect(await s.page.evaluate(() => location.search)).not.toContain('5555')
    expect(await s.page.evaluate(() => localStorage.getItem('jkt-agent'))).toContain('0512-5555 0000')
    expect(s.errors).toEqual([])
  }, 180_000)
})

describe('printable proposal', () => {
  it.each([
    ['zh', 'dt=anting:40&', '阴影：满足全部车程限制的区域（距安亭≤40分钟）'],
    ['en', 'dt=anting:40&', 'Shaded: where every drive-time limit holds (≤40 min to Anting)'],
    ['en', '', 'No drive-time limit is set: no area is shaded.'],
  ])('lang=%s %s: A4 PDF with the title, the picks, the answer area on the map, their sources and a QR code that decodes to the link', async (lang, dt, legend) => {
    const s = await openApp(`?v=1&lang=${lang}&${dt}pick=${picks.join(',')}`)
    sessions.push(s)
    await waitForData(s.page)
    await s.page.evaluate(() => localStorage.setItem('jkt-agent', JSON.stringify({ name: 'Li Wang', company: 'JKT', phone: '0512-5555 0000' })))
    await s.page.getByTestId('share-open').click()
    await s.page.getByTestId('proposal-print').waitFor()
    await s.page.locator('[data-testid="proposal"] .qr img').waitFor({ state: 'attached' })
    const link = await s.page.getByTestId('share-link').inputValue()
    const map = s.page.getByTestId('proposal-map')
    // The picks on the schematic map, one numbered disc each; the answer area shaded when a limit is set.
    expect(await map.locator('circle[r="8"]').count()).toBe(picks.length)
    const area = map.getByTestId('answer-area')
    if (dt) {
      await area.waitFor({ state: 'attached' })
      expect((await area.getAttribute('d'))!.length).toBeGreaterThan(100)
      expect(await map.getByTestId('limit-hub').count()).toBe(1)
    } else expect(await area.count()).toBe(0)
    // As printed: the hub names, measured by the browser, do not overlap (Kunshan centre and Kunshan South did).
    await s.page.emulateMedia({ media: 'print' })
    const boxes = await map.getByTestId('hub-label').evaluateAll((els) =>
      els.map((e) => {
        const b = (e as SVGTextElement).getBBox()
        return { text: e.textContent ?? '', x: b.x, y: b.y, width: b.width, height: b.height }
      }),
    )
    expect(boxes.length).toBeGreaterThan(3)
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y, `${a.text} / ${b.text}`).toBe(true)
    const pdf = join(dir, `proposal-${lang}${dt ? '' : '-nolimit'}.pdf`)
    await s.page.pdf({ path: pdf, format: 'A4', printBackground: true })
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    const flat = text.replace(/\s+/g, '')
    expect(text).toContain(lang === 'zh' ? '推荐方案' : 'Industrial space proposal')
    expect(text).toContain('Li Wang')
    expect(flat).toContain(legend.replace(/\s+/g, ''))
    for (const id of picks) expect(flat).toContain(ds.listings.find((l) => l.id === id)!.name[lang as 'zh' | 'en'].replace(/\s+/g, ''))
    // Every page as an image (those with a limit kept in docs/), and the QR code found on one of them.
    const prefix = `page-${lang}-${dt ? 'limit' : 'nolimit'}-`
    execFileSync('pdftoppm', ['-r', '110', '-png', pdf, join(dir, prefix.slice(0, -1))])
    const pages = readdirSync(dir).filter((f) => f.startsWith(prefix)).sort()
    expect(pages.length).toBeGreaterThan(0)
    let decoded: string | undefined
    for (const [n, f] of pages.entries()) {
      const bytes = readFileSync(join(dir, f))
      if (dt) writeFileSync(join(root, `docs/proposal-${lang}-${n + 1}.png`), bytes)
      const png = PNG.sync.read(bytes)
      decoded ??= jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
    }
    expect(decoded).toBe(link)
    expect(s.errors).toEqual([])
  }, 180_000)
})
