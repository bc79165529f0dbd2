import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useUiStore } from './ui.ts'

beforeEach(() => setActivePinia(createPinia()))

describe('the UI store (transient state, not in the link)', () => {
  it('a fit request stays pending until the map has fitted', () => {
    const ui = useUiStore()
    expect(ui.fitPending).toBe(false)
    ui.requestFit()
    expect(ui.fitPending).toBe(true)
    ui.fitDone()
    expect(ui.fitPending).toBe(false)
  })

  it.each([
    ['hover', (ui: ReturnType<typeof useUiStore>) => ui.hover({ kind: 'park', id: 'p1' }), 'hovered', { kind: 'park', id: 'p1' }],
    ['pin-drop mode', (ui: ReturnType<typeof useUiStore>) => ui.setDroppingPin(true), 'droppingPin', true],
    ['pin error', (ui: ReturnType<typeof useUiStore>) => ui.setPinError('outside'), 'pinError', 'outside'],
  ] as const)('%s changes through its action', (_name, act, field, value) => {
    const ui = useUiStore()
    act(ui)
    expect(ui[field]).toEqual(value)
  })

  it.each([
    ['the map click placed it (drop mode off)', (ui: ReturnType<typeof useUiStore>) => ui.setDroppingPin(false)],
    ['the custom pin was asked for instead', (ui: ReturnType<typeof useUiStore>) => ui.setDroppingPin(true)],
  ])('placing an imported row uses the pin-drop mode, and ends when %s', (_name, act) => {
    const ui = useUiStore()
    ui.startPlacing(4)
    expect([ui.droppingPin, ui.placingRow]).toEqual([true, 4])
    act(ui)
    expect(ui.placingRow).toBeNull()
  })
})
