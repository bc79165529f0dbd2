/**
 * "My listings" (issue 20): a CSV with a bad cell is dropped in the import panel, the problem shows at its cell,
 * is fixed in place; rows without coordinates are placed by choosing their park or by clicking the map (the
 * latter then in no park, with its drive minutes at once); kept rows get drive minutes, stay across a reload
 * (IndexedDB), export as seed YAML that data:build accepts with the same ids; a link naming one opened in a fresh
 * browser shows "imported on the sender's device". 5,000 rows: read, checked and routed in workers, with a progress
 * bar, and no main-thread task over 200 ms.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { cpSync, appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { openApp, waitForData, type AppSession } from './driver.ts'
import { buildData } from '../../scripts/data/build.ts'
import { seedYamlBlocks } from '../../src/domain/import/seedYaml.ts'

const root = resolve(import.meta.dirname, '../..')
const sessions: AppSession[] = []
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close()
})
async function open(path: string) {
  const s = await openApp(path, { ownBrowser: true })
  sessions.push(s)
  await waitForData(s.page)
  return s
}

const PARK = readdirSync(join(root, 'seeds/parks')).filter((f) => f.endsWith('.yaml')).sort()[0].replace(/\.yaml$/, '')
const PARK_ZH = (parse(readFileSync(join(root, 'seeds/parks', `${PARK}.yaml`), 'utf8')) as { name: { zh: string } }).name.zh
const CSV = ['name_zh,park,kind,area,deal,ready', `试用厂房甲,${PARK},factory,abc,rent,yes`, '试用仓库乙,,warehouse,2000,rent,yes', '试用厂房丁,,factory,900,rent,yes'].join('\n')

describe('my listings', () => {
  it('checks, fixes, places, keeps across a reload, exports YAML that data:build accepts; a fresh browser sees the notice', async () => {
    const a = await open('?v=1&lang=en')
    const { page } = a
    await page.getByTestId('import-open').click()
    await page.getByTestId('import-file').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })

    // The bad area is named at its cell, row 2 (Excel's numbering), column "area".
    const areaCell = page.locator('tr[data-row="2"] td[data-col="area"]')
    await expect.poll(() => areaCell.getByTestId('cell-problem').innerText()).toMatch(/abc/)
    await areaCell.locator('input').fill('1500')
    await areaCell.locator('input').press('Tab')
    await expect.poll(() => page.locator('tr[data-row="2"]').count()).toBe(0)

    // Row 3 names no park and has no coordinates: placed by choosing its park.
    await page.locator('tr[data-row="3"]').getByTestId('import-park').selectOption(PARK)
    await expect.poll(() => page.getByTestId('import-summary').innerText()).toMatch(/2 row\(s\) ready, 1 row/)

    // Row 4 too: placed by clicking the map (the pin-drop mode); the panel steps aside meanwhile, then says where
    // the row stands and its drive minutes, computed at once. It is then a listing in no park, as the CLI reads it.
    await page.locator('tr[data-row="4"]').getByTestId('import-place-map').click()
    await expect.poll(() => page.getByTestId('map-dropping').innerText()).toMatch(/Click the map to place row 4/)
    expect(await page.getByTestId('import-panel').isVisible()).toBe(false)
    const box = (await page.getByTestId('map').boundingBox())!
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5)
    await expect.poll(() => page.getByTestId('import-placed').innerText(), { timeout: 90_000 }).toMatch(/Row 4 placed at 1[12]\d\.\d{5}, 3\d\.\d{5}\. Drive times: .*\d+ min/)
    console.log(`placed on the map: ${await page.getByTestId('import-placed').innerText()}`)
    await expect.poll(() => page.getByTestId('import-summary').innerText()).toMatch(/3 row\(s\) ready, 0 row/)
    await page.getByTestId('import-keep').click()
    await expect.poll(() => page.getByTestId('import-kept').innerText(), { timeout: 90_000 }).toMatch(/3 listing/)
    const ids = await page.locator('[data-testid="import-kept-list"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!))
    expect(ids).toHaveLength(3)
    expect(ids.every((id) => /^i-[0-9a-f]{10}$/.test(id))).toBe(true)
    expect(await page.getByTestId('import-kept-list').innerText()).toMatch(/试用厂房丁 · no park/)

    // Export for publishing: the seed YAML, into a copy of seeds/, and data:build publishes the same ids.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-export-yaml').click()])
    const yamlText = readFileSync((await download.path())!, 'utf8')
    const blocks = seedYamlBlocks(yamlText)
    expect([...blocks.keys()]).toEqual(['_no-park', PARK])
    const placedId = (parse(blocks.get('_no-park')!) as { id: string }[])[0].id
    await page.getByTestId('import-close').click()

    // After a reload the listings are still here (IndexedDB), marked, with drive minutes (the placed one: its own).
    await page.goto(new URL(`?v=1&lang=en&listing=${placedId}`, page.url()).href)
    await waitForData(page)
    await expect.poll(() => page.getByTestId('device-badge').first().innerText()).toBe('on this device only')
    await expect.poll(() => page.getByTestId('drive-table').innerText()).toMatch(/\d/)
    expect(a.errors).toEqual([])

    // A fresh browser (no IndexedDB rows) opening a link to one: the notice, never an error.
    const b = await open(`?v=1&lang=en&listing=${ids[0]}`)
    await expect.poll(() => b.page.getByTestId('notice').innerText()).toMatch(/imported on the sender's device, not published here/)
    expect(b.errors).toEqual([])

    const tmp = mkdtempSync(join(tmpdir(), 'mylistings-'))
    try {
      cpSync(join(root, 'seeds'), join(tmp, 'seeds'), { recursive: true })
      for (const [park, items] of blocks) appendFileSync(join(tmp, 'seeds/listings', `${park}.yaml`), `\n${items}`)
      const out = buildData(join(tmp, 'seeds'))
      const published = (JSON.parse(out.files['listings.json']) as { listings: { id: string; parkId: string | null }[] }).listings
      for (const id of ids) {
        const l = published.find((x) => x.id === id)
        expect(l, id).toBeDefined()
        expect(l!.parkId ?? null).toBe(id === placedId ? null : PARK)
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  }, 300_000)

  it('5,000 rows: read, checked and routed in workers with a progress bar; no main-thread task over 200 ms', async () => {
    const parks = readdirSync(join(root, 'seeds/parks')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''))
    const lines = ['name_zh,park,kind,area,deal,ready,rent']
    for (let i = 0; i < 5000; i++) lines.push(`批量厂房${i},${parks[i % parks.length]},factory,${1000 + i},rent,yes,${(0.5 + (i % 10) / 10).toFixed(1)}`)
    const { page } = await open('?v=1&lang=en')
    await page.getByTestId('import-open').click()
    // Long tasks (over 50 ms, the Long Tasks API) from here on, and every state of the progress bar seen.
    await page.evaluate(() => {
      const w = window as unknown as { bars: string[]; tasks: { start: number; duration: number }[] }
      w.bars = []
      w.tasks = []
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask' })
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]')
        if (bar) w.bars.push(`${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')} ${bar.getAttribute('aria-valuetext')}`)
      }).observe(document.body, { subtree: true, childList: true, attributes: true })
    })
    // The page's own start is over before the import: its map's frames are long tasks in software WebGL, so wait
    // for a quiet second (no long task) before measuring, at most 20 s.
    const quiet = () => page.evaluate(() => {
      const w = window as unknown as { tasks: { start: number; duration: number }[] }
      const last = w.tasks.at(-1)
      return !last || performance.now() - (last.start + last.duration) > 1000
    })
    await expect.poll(quiet, { timeout: 20_000, interval: 250 }).toBe(true)
    await page.evaluate(() => ((window as unknown as { from: number }).from = performance.now()))
    const t0 = Date.now()
    await page.getByTestId('import-file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) })
    await expect.poll(() => page.getByTestId('import-summary').innerText(), { timeout: 120_000 }).toMatch(/5000 row\(s\) ready, 0 row/)
    const checked = Date.now() - t0
    const t1 = Date.now()
    await page.getByTestId('import-keep').click()
    await expect.poll(() => page.getByTestId('import-kept').innerText(), { timeout: 180_000 }).toMatch(/5000 listing/)
    const kept = Date.now() - t1
    // The list and the map follow once: give the remounted map its first frames before reading the longest task.
    await page.waitForTimeout(1500)
    const got = await page.evaluate(() => {
      const w = window as unknown as { from: number; tasks: { start: number; duration: number }[]; bars: string[] }
      const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN
      return { from: w.from, tasks: w.tasks, bars: w.bars, routed: mark('mine:routed'), published: mark('mine:published'), saved: mark('mine:saved') }
    })
    const after = got.tasks.filter((x) => x.start >= got.from)
    // The import's own work: reading, checking and routing, until the last drive minutes are in (mine:routed).
    const work = after.filter((x) => x.start < got.routed)
    // Then once: the store update and the list and map refresh (the map remounts on the new table), and the save.
    const refresh = after.filter((x) => x.start >= got.routed)
    const longest = (xs: typeof after) => Math.round(Math.max(0, ...xs.map((x) => x.duration)))
    const list = (xs: typeof after) => xs.map((x) => `${Math.round(x.start - got.from)}+${Math.round(x.duration)}`).join(', ') || 'none'
    const steps = [...new Set(got.bars.map((b) => b.replace(/[\d,]+ of|\d+\/|^null/g, '').trim()))]
    console.log(`5,000-row CSV: read and checked in ${checked} ms, kept with drive minutes in ${kept} ms (total ${checked + kept} ms); progress seen: ${steps.join(' | ')}`)
    console.log(`longest main-thread task: ${longest(work)} ms during reading, checking and routing (long tasks, ms after the file was given: ${list(work)}); ${longest(refresh)} ms in the one refresh after it (store update to list and map at ${Math.round(got.published - got.routed)} ms, saved at ${Math.round(got.saved - got.routed)} ms; long tasks: ${list(refresh)})`)
    // The check takes longer than 300 ms for 5,000 rows (about 1 s here), so its bar shows, with its value.
    expect(got.bars.some((b) => /^\d+\/5000 Checking rows: [\d,]+ of 5,000$/.test(b))).toBe(true)
    // 100 ms is the aim (issue 20); 200 ms leaves room for a slower CI machine. Before the workers: 567 ms.
    expect(longest(work)).toBeLessThan(200)
  }, 400_000)

  it('an .xlsx is read in the import worker (exceljs there), a broken one refused with its reason', async () => {
    const { default: ExcelJS } = await import('exceljs')
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('listings')
    ws.addRow(['name_zh', 'park', 'kind', 'area', 'deal', 'ready'])
    ws.addRow(['表格厂房甲', PARK, 'factory', 1200, 'rent', 'yes'])
    ws.addRow(['表格厂房乙', PARK, 'factory', 'abc', 'rent', 'yes'])
    const { page, errors } = await open('?v=1&lang=en')
    await page.getByTestId('import-open').click()
    await page.getByTestId('import-file').setInputFiles({ name: 'mine.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) })
    await expect.poll(() => page.getByTestId('import-summary').innerText(), { timeout: 60_000 }).toMatch(/mine\.xlsx: 1 row\(s\) ready, 1 row/)
    await page.getByTestId('import-file').setInputFiles({ name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip file') })
    await expect.poll(() => page.getByTestId('import-error').innerText()).toMatch(/broken\.xlsx is not a readable \.xlsx file/)
    expect(errors).toEqual([])
  }, 200_000)

  it('storage refused (private mode, quota): a clear message, the rows kept for this visit', async () => {
    const { page, context } = await open('?v=1&lang=en')
    await context.addInitScript(() => {
      indexedDB.open = () => {
        throw new DOMException('the quota has been exceeded (test)', 'QuotaExceededError')
      }
    })
    await page.reload()
    await waitForData(page)
    await page.getByTestId('import-open').click()
    await page.getByTestId('import-file').setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(['name_zh,park,kind,area,deal,ready', `试用厂房丙,${PARK},factory,800,rent,yes`].join('\n')) })
    await page.getByTestId('import-keep').click()
    await expect.poll(() => page.getByTestId('import-kept').innerText(), { timeout: 90_000 }).toMatch(/1 listing/)
    await expect.poll(() => page.getByTestId('import-storage-error').innerText(), { timeout: 90_000 }).toMatch(/refused to store.*quota has been exceeded/)
    expect(await page.locator('[data-testid="import-kept-list"] li').count()).toBe(1)
  }, 200_000)

  it('pasted advert text is checked like a sheet row: the missing name asked for at its cell', async () => {
    const { page } = await open('?v=1&lang=en')
    await page.getByTestId('import-open').click()
    await page.locator('.adverts summary').click()
    await page.getByTestId('import-advert-text').fill(`${PARK_ZH} 标准厂房出租 1100平起 租金0.9元/平/天 现房`)
    await page.getByTestId('import-advert-read').click()
    const nameCell = page.locator('tr[data-row="2"] td[data-col="name_zh"]')
    await expect.poll(() => nameCell.getByTestId('cell-problem').innerText()).toMatch(/name/)
    await nameCell.locator('input').fill('广告厂房')
    await nameCell.locator('input').press('Tab')
    await expect.poll(() => page.getByTestId('import-summary').innerText()).toMatch(/1 row\(s\) ready, 0 row/)
  }, 200_000)
})
