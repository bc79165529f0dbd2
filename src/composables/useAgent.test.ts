// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, nextTick } from 'vue'
import { AGENT_KEY, useAgent } from './useAgent.ts'

describe('useAgent', () => {
  const createAgentProbe = () => mount(defineComponent({ setup: () => () => h('p', useAgent().line.value) }))
  it('one set of details for the poster form and the proposal: read from storage, written back, kept after the first user unmounts', async () => {
    localStorage.setItem(AGENT_KEY, JSON.stringify({ name: 'Li Wang', company: '', phone: '0512-5555 0000' }))
    const first = createAgentProbe()
    expect(first.text()).toBe('Li Wang · 0512-5555 0000')
    first.unmount()
    const second = createAgentProbe()
    useAgent().agent.value.company = '  JKT\u202e Realty '
    await nextTick()
    expect(second.text()).toBe('Li Wang · JKT Realty · 0512-5555 0000')
    expect(JSON.parse(localStorage.getItem(AGENT_KEY)!)).toEqual({ name: 'Li Wang', company: 'JKT Realty', phone: '0512-5555 0000' })
  })
})
