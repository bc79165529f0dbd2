// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, nextTick } from 'vue'
import { i18n } from '../i18n/index.ts'
import { useDataStore } from '../stores/data.ts'
import type { Hub } from '../domain/types.ts'
import { useHubName } from './useHubName.ts'
import { useLang } from './useLang.ts'

const HUB = { id: 'anting', name: { zh: '安亭', en: 'Anting' }, point: [121.161, 31.283] } as Hub

/** A component that prints what the composables give, under a fresh store holding one hub. */
function createProbe(ids: string[]) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useDataStore().dataset = { hubs: [HUB], parks: [], listings: [] }
  const Probe = defineComponent({
    setup() {
      const lang = useLang()
      const hubName = useHubName()
      return () => h('p', [lang.value, ...ids.map(hubName)].join('|'))
    },
  })
  return mount(Probe, { global: { plugins: [i18n, pinia] } })
}

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('useLang and useHubName', () => {
  it.each([
    ['zh-CN', 'zh|安亭|标记|nowhere'],
    ['en', 'en|Anting|Pin|nowhere'],
  ] as const)('in %s: the data language, hub names, the pin label, an unknown id as it is', (locale, text) => {
    i18n.global.locale.value = locale
    expect(createProbe(['anting', 'pin', 'nowhere']).text()).toBe(text)
  })

  it('follows a change of locale', async () => {
    const w = createProbe(['anting'])
    expect(w.text()).toBe('zh|安亭')
    i18n.global.locale.value = 'en'
    await nextTick()
    expect(w.text()).toBe('en|Anting')
  })
})
