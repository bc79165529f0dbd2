import { describe, expect, it } from 'vitest'
import hubsJson from '../../../data/hubs.json'
import { HUB_ALIASES, hubOf } from './hubAliases.ts'
import { parseAdvert } from './parseAdvert.ts'

const hubIds = (hubsJson as { hubs: { id: string }[] }).hubs.map((h) => h.id)

describe('hub alias table', () => {
  it('names only hubs of the data (seeds/hubs.yaml)', () => {
    for (const a of HUB_ALIASES) if (a.hub !== null) expect(hubIds).toContain(a.hub)
  })

  it.each(hubIds)('has Chinese and English names for %s', (id) => {
    const a = HUB_ALIASES.find((x) => x.hub === id)
    expect(a?.zh.length).toBeGreaterThan(0)
    expect(a?.en.length).toBeGreaterThan(0)
  })

  it('gives each name one hub', () => {
    const names = HUB_ALIASES.flatMap((a) => [...a.zh, ...a.en])
    expect(new Set(names).size).toBe(names.length)
  })

  it('writes English names in lower case', () => {
    for (const a of HUB_ALIASES) for (const n of a.en) expect(n).toBe(n.toLowerCase())
  })

  it.each([
    ['虹桥', 'hongqiao'],
    ['虹桥枢纽', 'hongqiao'],
    ['虹桥机场', 'hongqiao'],
    ['虹桥站', 'hongqiao'],
    ['安亭', 'anting'],
    ['太仓港', 'taicang-port'],
    ['浦东机场', 'pvg'],
    ['嘉定新城', 'jiading-centre'],
    ['嘉定城区', 'jiading-centre'],
    ['花桥', 'huaqiao'],
    ['昆山南站', 'kunshan-south'],
    ['太仓站', 'taicang-station'],
    ['太仓南站', null],
    ['hongqiao', 'hongqiao'],
    ['kunshan south', 'kunshan-south'],
  ])('%s → %s', (name, hub) => expect(hubOf(name)).toBe(hub))

  // Every alias in a phrase of both shapes, so a name the regex cannot reach fails here.
  it.each(HUB_ALIASES.filter((a) => a.hub !== null).flatMap((a) => a.zh.map((n) => [n, a.hub] as const)))('距%s10分钟 → %s', (name, hub) =>
    expect(parseAdvert(`距${name}10分钟`).listing.claims).toEqual([{ hub, minutes: 10 }]),
  )
  it.each(HUB_ALIASES.filter((a) => a.hub !== null).flatMap((a) => a.en.map((n) => [n, a.hub] as const)))('10 min to %s → %s', (name, hub) =>
    expect(parseAdvert(`10 min to ${name}`).listing.claims).toEqual([{ hub, minutes: 10 }]),
  )
})
