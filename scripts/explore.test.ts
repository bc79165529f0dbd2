import { afterEach, describe, expect, it, vi } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { main, runQuery, type QueryResult } from './explore.ts'
import { loadDataset } from './data/dataset.ts'
import { isInArea } from '../src/domain/geo.ts'
import { extractQuery, serializeState } from '../src/domain/url.ts'
import { readLink } from '../src/stores/urlSync.ts'

const ds = loadDataset()
const hubIds = ds.hubs.map((h) => h.id)

function capture(argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = []
  const err: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')))
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')))
  try {
    return { code: main(argv), out: out.join('\n'), err: err.join('\n') }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}
afterEach(() => vi.restoreAllMocks())

describe('explore CLI: query', () => {
  it('prints the JSON of the contract: normalized link, counts, parks and listings sorted by id', () => {
    const { code, out } = capture(['https://example.com/explore?area=-5000&v=1&utm_source=wechat&from=timeline&type=factory&dt=anting:30', '--json'])
    expect(code).toBe(0)
    const r = JSON.parse(out) as QueryResult
    expect(r.link).toBe('?v=1&area=-5000&type=factory&dt=anting:30')
    expect(r.ignored).toEqual([])
    expect(r.count).toEqual({ parks: r.parks.length, listings: r.listings.length })
    expect(r.listings.length).toBeGreaterThan(0)
    expect(r.parks.map((p) => p.id)).toEqual([...r.parks.map((p) => p.id)].sort())
    expect(r.listings.map((l) => l.id)).toEqual([...r.listings.map((l) => l.id)].sort())
    for (const l of r.listings) {
      expect(l.kind).toBe('factory')
      expect(Object.keys(l.driveMinutes)).toEqual(hubIds)
      expect(l.driveMinutes.anting).toBeLessThanOrEqual(30)
      expect(l.floorArea === null || l.floorArea.min === null || l.floorArea.min <= 5000).toBe(true)
    }
    for (const p of r.parks) for (const x of p.point) expect(String(x)).toMatch(/^-?\d+(\.\d{1,6})?$/)
  })

  it('finds the seed park and its real listing by name, in Chinese', () => {
    const r = runQuery('?v=1&q=事达', ds)
    expect(r.parks.map((p) => p.id)).toEqual(['taicang-shida'])
    const real = r.listings.find((l) => l.id === 'shida-std-1100')
    expect(real).toMatchObject({ parkId: 'taicang-shida', kind: 'factory', deal: ['rent', 'sale'], floorArea: { min: 1100, max: null }, sample: false })
  })

  it('lists what it fixed, with the contract reasons', () => {
    const r = runQuery('?v=1&area=5000-1000&price=1-2&dt=nowhere:20&pin=0,0&sort=dt:pin&bogus=1', ds)
    expect(r.ignored).toEqual(
      expect.arrayContaining([
        { param: 'area', value: '5000-1000', reason: 'swapped' },
        { param: 'price', value: '1-2', reason: 'needs-deal' },
        { param: 'dt', value: 'nowhere:20', reason: 'unknown-hub' },
        { param: 'pin', value: '0,0', reason: 'outside-area' },
        { param: 'sort', value: 'dt:pin', reason: 'needs-pin' },
        { param: 'bogus', value: '1', reason: 'unknown-param' },
      ]),
    )
    expect(r.link).toBe('?v=1&area=1000-5000')
  })

  it('measures drive minutes from a pin with the routing engine and filters on them', () => {
    const r = runQuery('?v=1&pin=121.16,31.29&dt=pin:15', ds)
    expect(r.link).toBe('?v=1&dt=pin:15&pin=121.16,31.29')
    expect(r.listings.length).toBeGreaterThan(0)
    for (const l of r.listings) expect(l.driveMinutes.pin).toBeLessThanOrEqual(15)
    for (const p of r.parks) expect(isInArea(p.point)).toBe(true)
  })

  it('prints a readable table without --json', () => {
    const { code, out } = capture(['?v=1&dt=anting:20'])
    expect(code).toBe(0)
    expect(out).toMatch(/^link: \?v=1&dt=anting:20$/m)
    expect(out).toMatch(/^count: \d+ parks, \d+ listings$/m)
    expect(out).toContain('min→anting')
  })

  it.each([
    [[''], /not a share link or query/],
    [['hello world'], /not a share link or query: "hello world"/],
    [['javascript:alert(1)'], /not a share link or query/],
    [['?v=1', '?v=1'], /expected one share link or query, got 2/],
    [['?v=1', '--frobnicate'], /unknown option --frobnicate/],
  ])('exits 2 naming the bad part for %j', (argv, message) => {
    const { code, err } = capture(argv)
    expect(code).toBe(2)
    expect(err).toMatch(message)
  })
})

describe('explore CLI: ids in links (DESIGN.md, "Listing ids in links")', () => {
  const available = ds.listings.filter((l) => l.status === 'available').map((l) => l.id).sort()
  const [a, b] = available
  const gone = { ...ds, removed: [{ id: 'gone-listing', date: '2026-12-01', reason: 'let' }] }

  it('drops an unknown park as bad-value, as the app does', () => {
    const { code, out } = capture(['?v=1&park=no-such-park', '--json'])
    expect(code).toBe(0)
    const r = JSON.parse(out) as QueryResult
    expect(r.ignored).toEqual([{ param: 'park', value: 'no-such-park', reason: 'bad-value' }])
    expect(r.link).toBe('?v=1')
  })

  it('gives the picks in order after the id check, and lists the unknown one', () => {
    const r = runQuery(`?v=1&pick=${b},${a},nope`, ds)
    expect(r.picks).toEqual([b, a])
    expect(r.ignored).toEqual([{ param: 'pick', value: 'nope', reason: 'bad-value' }])
    expect(r.link).toBe(`?v=1&pick=${b},${a}`)
  })

  it('keeps the first 20 of 21 picks', () => {
    const r = runQuery(`?v=1&pick=${available.slice(0, 21).join(',')}`, ds)
    expect(r.picks).toEqual(available.slice(0, 20))
    expect(r.ignored).toEqual([{ param: 'pick', value: available[20], reason: 'bad-value' }])
  })

  it.each([
    ['a removed listing', '?v=1&listing=gone-listing', gone],
    ['an import from another device', '?v=1&listing=i-0123456789', ds],
    ['an unknown listing', '?v=1&listing=nope', ds],
  ])('drops %s as bad-value', (_name, link, data) => {
    expect(runQuery(link, data).ignored).toEqual([{ param: 'listing', value: link.split('=').pop(), reason: 'bad-value' }])
  })

  it('prints claims on every listing and peopleWithin30 on parks and listings (null where unknown)', () => {
    const r = runQuery('?v=1', ds)
    for (const l of r.listings) {
      expect(Array.isArray(l.claims)).toBe(true)
      expect(l.peopleWithin30 === null || typeof l.peopleWithin30 === 'number').toBe(true)
    }
    for (const p of r.parks) expect(p.peopleWithin30 === null || typeof p.peopleWithin30 === 'number').toBe(true)
    expect(r.picks).toEqual([])
  })
})

describe('the app and the CLI read a link alike', () => {
  const let_ = ds.listings.find((l) => l.status !== 'available')
  const gone = { ...ds, removed: [{ id: 'gone-listing', date: '2026-12-01', reason: 'let' }] }
  const links = [
    '?v=1&park=no-such-park',
    '?v=1&listing=no-such-listing',
    '?v=1&listing=gone-listing',
    '?v=1&listing=i-0123456789',
    `?v=1&park=${ds.parks[0].id}&listing=${ds.listings[0].id}`,
    ...(let_ ? [`?v=1&listing=${let_.id}&pick=${let_.id}`] : []),
    `?v=1&pick=nope,${ds.listings.map((l) => l.id).slice(0, 22).join(',')},i-0123456789`,
    '?v=1&deal=rent&sort=cost&height=8-&view=compare&q=%E2%80%AEevil&area=5000-1000&dt=nowhere:5',
    'https://example.com/?sort=cost&ind=Auto&park=P&from=timeline',
  ]
  it.each(links)('%s', (link) => {
    const app = readLink(extractQuery(link)!, { dataset: gone, removed: gone.removed, deviceIds: new Set() })
    const cli = runQuery(link, gone)
    expect(cli.ignored).toEqual(app.ignored.map(({ param, value, reason }) => ({ param, value, reason })))
    expect(cli.link).toBe(serializeState(app.state))
    expect(cli.picks).toEqual(app.state.picks)
  })
})

describe('explore CLI: route', () => {
  it('routes from a point to a hub, in minutes and km', () => {
    const { code, out } = capture(['route', '121.105,31.375', 'anting', '--json'])
    expect(code).toBe(0)
    const r = JSON.parse(out)
    expect(Object.keys(r)).toEqual(['minutes', 'km'])
    expect(r.minutes).toBeGreaterThan(0)
    expect(r.km).toBeGreaterThan(0)
    expect(String(r.minutes)).toMatch(/^\d+(\.\d)?$/)
  })

  it('routes to hubs outside the area (Pudong airport)', () => {
    const { code, out } = capture(['route', '121.16,31.29', 'pvg', '--json'])
    expect(code).toBe(0)
    expect(JSON.parse(out).minutes).toBeGreaterThan(40)
  })

  it('applies --crs to every coordinate argument', () => {
    const wgs = JSON.parse(capture(['route', '121.16,31.29', '121.10,31.30', '--json']).out)
    const gcj = JSON.parse(capture(['route', '121.164448,31.287885', '121.104448,31.297885', '--crs', 'gcj02', '--json']).out)
    expect(Math.abs(gcj.minutes - wgs.minutes)).toBeLessThanOrEqual(1)
  })

  it.each([
    [['route', '121.16', 'anting'], /from: "121.16" is not LNG,LAT/],
    [['route', '121.16,31.29', 'atlantis'], /to: unknown hub "atlantis"/],
    [['route', '121.16,31.29', '181,0'], /to: "181,0" is not LNG,LAT/],
    [['route', '0,0', 'anting'], /from: 0,0 is off the road network/],
    [['route', '121.16,31.29', 'anting', '--crs', 'utm'], /--crs: "utm" is not one of wgs84, gcj02, bd09/],
    [['route', '121.16,31.29'], /route needs <LNG,LAT> <HUB\|LNG,LAT>/],
    [['route', '121.16,31.29', 'anting', '--crs'], /--crs needs a value: wgs84, gcj02, bd09/],
    [['route', '121.16,31.29', 'anting', '--crs='], /--crs needs a value/],
    [['?v=1', '--crs='], /--crs needs a value/],
    [['?v=1', '--crs', 'gcj02'], /--crs applies only to route/],
  ])('exits 2 naming the bad argument for %j', (argv, message) => {
    const { code, err } = capture(argv)
    expect(code).toBe(2)
    expect(err).toMatch(message)
  })
})

describe('explore CLI as a process', () => {
  const cli = resolve(import.meta.dirname, 'explore.ts')
  const tsx = resolve(import.meta.dirname, '../node_modules/.bin/tsx')
  it('prints JSON on stdout and exits 0', () => {
    const out = execFileSync(tsx, [cli, '?v=1&deal=sale', '--json'], { encoding: 'utf8' })
    expect(JSON.parse(out).link).toBe('?v=1&deal=sale')
  })
  it('exits 2 with the message on stderr', () => {
    const r = spawnSync(tsx, [cli, 'route', 'x', 'anting'], { encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/from: "x" is not LNG,LAT/)
    expect(r.stdout).toBe('')
  })
})
