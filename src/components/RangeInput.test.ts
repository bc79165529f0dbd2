// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n } from '../i18n/index.ts'
import RangeInput from './RangeInput.vue'

function createRangeInput(props: Partial<InstanceType<typeof RangeInput>['$props']> = {}) {
  return mount(RangeInput, { props: { modelValue: null, label: 'Floor area', unit: 'm²', testid: 'area', ...props }, global: { plugins: [i18n] } })
}

describe('RangeInput', () => {
  it('emits a range with an open bound when one side is typed', async () => {
    const w = createRangeInput()
    await w.get('[data-testid=area-min]').setValue('1000')
    expect(w.emitted('update:modelValue')!.at(-1)).toEqual([{ min: 1000, max: null }])
  })

  it('converts from the display unit (ft²) to m²', async () => {
    const w = createRangeInput({ factor: 10, modelValue: { min: 100, max: null } })
    expect((w.get('[data-testid=area-min]').element as HTMLInputElement).value).toBe('1000')
    await w.get('[data-testid=area-max]').setValue('5000')
    expect(w.emitted('update:modelValue')!.at(-1)).toEqual([{ min: 100, max: 500 }])
  })

  it.each(['-5', 'abc', 'Infinity', '1e400'])('treats %j as an empty bound, never NaN', async (text) => {
    const w = createRangeInput({ modelValue: { min: 1000, max: null } })
    const input = w.get('[data-testid=area-max]')
    ;(input.element as HTMLInputElement).type = 'text' // a browser would refuse these in a number field
    await input.setValue(text)
    expect(w.emitted('update:modelValue')!.at(-1)).toEqual([{ min: 1000, max: null }])
  })

  it('emits null when both bounds are cleared', async () => {
    const w = createRangeInput({ modelValue: { min: 1000, max: null } })
    await w.get('[data-testid=area-min]').setValue('')
    expect(w.emitted('update:modelValue')!.at(-1)).toEqual([null])
  })
})
