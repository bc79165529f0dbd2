// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { i18n } from '../i18n/index.ts'
import { useDataStore } from '../stores/data.ts'
import type { Claim, Dataset, Hub } from '../domain/types.ts'
import DriveTable from './DriveTable.vue'

function createHub(id: string, en: string): Hub {
  return { id, name: { zh: en, en }, kind: 'centre', point: [121.2, 31.3], precision: 'surveyed', sources: [] }
}
function createClaim(hub: string, minutes: number, url: string | null = 'https://example.com/ad'): Claim {
  return { hub, minutes, source: { url, doc: null, title: 'Park WeChat post', read: '2026-11-30' } }
}
function createDriveTable(props: { claims?: Claim[]; approximate?: boolean }) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useDataStore().dataset = { hubs: [createHub('anting', 'Anting'), createHub('hongqiao', 'Hongqiao')], parks: [], listings: [] } as Dataset
  return mount(DriveTable, { props: { minutes: [21.6, null], pin: null, ...props }, global: { plugins: [i18n, pinia] } })
}

describe('DriveTable', () => {
  beforeEach(() => void (i18n.global.locale.value = 'en'))

  it.each([
    [true, 'Anting: advert: 10 min · estimate 21.6 min (free-flow, position approximate) source'],
    [false, 'Anting: advert: 10 min · estimate 21.6 min (free-flow) source'],
  ])('puts an advert beside the estimate (position approximate: %s)', (approximate, text) => {
    const w = createDriveTable({ claims: [createClaim('anting', 10)], approximate })
    expect(w.get('[data-testid=claims]').text().replace(/\s+/g, ' ')).toBe(text)
    expect(w.get('[data-testid=claims] a').attributes('href')).toBe('https://example.com/ad')
    expect(w.get('[data-testid=claim-anting]').text()).toBe('10 min')
  })

  it('says the estimate is unreachable rather than inventing one', () => {
    const w = createDriveTable({ claims: [createClaim('hongqiao', 25)] })
    expect(w.get('[data-testid=claims]').text()).toContain('estimate not reached')
  })

  it.each(['javascript:alert(1)', null])('never links a source URL %j that is not http(s)', (url) => {
    const w = createDriveTable({ claims: [createClaim('anting', 10, url)] })
    expect(w.find('[data-testid=claims] a').exists()).toBe(false)
    expect(w.get('[data-testid=claims]').text()).toContain('Park WeChat post')
  })

  it('shows no advert column without claims', () => {
    const w = createDriveTable({ claims: [] })
    expect(w.find('[data-testid=claims]').exists()).toBe(false)
    expect(w.findAll('th')).toHaveLength(2)
  })
})
