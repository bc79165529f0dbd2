/**
 * People within reach and admission rules (issue 18): a person opens a park and reads how many residents live
 * within 15–60 minutes (census-based, not workers) and which rules it publishes; sets a pin on the park's own point
 * and reads the same figures, computed this time in the routing worker.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { counts, openApp, screenshot, waitForData, type AppSession } from './driver.ts'
import type { Park } from '../../src/domain/types.ts'

const PARK_ID = 'jiading-anting-auto-city'
const park = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/parks.json'), 'utf8')).parks as Park[]).find((p) => p.id === PARK_ID)!

let s: AppSession | null = null
afterEach(async () => {
  await s?.close()
  s = null
})

/** The residents column of a reach table, as numbers. */
async function residents(page: Page, testId: string): Promise<number[]> {
  const cells = await page.getByTestId(testId).locator('tbody td.num').allInnerTexts()
  return cells.map((c) => Number(c.replace(/[^\d]/g, '')))
}

describe('people within reach', () => {
  it.each([
    ['en', 'Residents (census-based, 2020), not workers', 'not published', 'Automotive and auto parts'],
    ['zh', '常住人口（基于2020年人口普查），非就业人数', '未公布', '汽车及零部件'],
  ])('in %s, a park shows its residents within 15–60 min and its admission rules', async (lang, caption, notPublished, industry) => {
    s = await openApp(`?v=1&lang=${lang}&park=${PARK_ID}`)
    const { page } = s
    await waitForData(page)
    const table = page.getByTestId('park-detail').getByTestId('reach-table')
    // The caption's year comes with data/population.json, fetched when the details open.
    await expect.poll(() => table.innerText(), { timeout: 30_000 }).toContain(caption)
    const expected = park.peopleWithin!.map((n) => Math.round(n! / 1000) * 1000)
    expect(await residents(page, 'reach-table')).toEqual(expected)
    const rules = page.getByTestId('admission-table')
    expect(await rules.getByTestId('admission-minTaxPerMu').innerText()).toContain(notPublished)
    await expect.poll(() => rules.getByTestId('admission-targetIndustries').innerText(), { timeout: 30_000 }).toContain(industry)
    await rules.scrollIntoViewIfNeeded()
    await screenshot(page, `reach-park-${lang}`)
    expect(s.errors).toEqual([])
  })

  it('computes a pin\'s residents in the worker: on the park\'s own point, the park\'s figures', async () => {
    s = await openApp('?v=1&lang=en')
    const { page } = s
    await waitForData(page)
    await page.getByTestId('pin-input').fill(`${park.point[0]}, ${park.point[1]}`)
    await page.getByTestId('pin-crs').selectOption('wgs84')
    await page.getByTestId('pin-set').click()
    const expected = park.peopleWithin!.map((n) => Math.round(n! / 1000) * 1000)
    await expect.poll(() => residents(page, 'pin-reach'), { timeout: 30_000 }).toEqual(expected)
    expect(await page.getByTestId('pin-reach').innerText()).toContain('not workers')
    await screenshot(page, 'reach-pin-en')
    expect(s.errors).toEqual([])
  })
})

describe('the industry picker (ind=)', () => {
  it('narrows the results to parks that admit the industry, and the link carries it', async () => {
    s = await openApp('?v=1&lang=en')
    const { page } = s
    await waitForData(page)
    const [, all] = await counts(page)
    const picker = page.getByTestId('ind')
    await expect.poll(() => picker.locator('option').count()).toBeGreaterThan(5)
    await picker.selectOption('automotive')
    await expect.poll(() => page.evaluate(() => location.search)).toContain('ind=automotive')
    await expect.poll(async () => (await counts(page))[1]).toBeLessThan(all)
    expect((await counts(page))[1]).toBeGreaterThan(0)
    await picker.selectOption('')
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('ind=')
  })
})
