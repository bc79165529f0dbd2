import { describe, expect, it } from 'vitest'
import { loadDataset } from './dataset.ts'
import { buildSuggestTerms } from './suggest.ts'

describe('pinyin terms for search suggestions (data build)', () => {
  const terms = buildSuggestTerms(loadDataset().parks)

  it('gives every park and town its pinyin and initials, once per name', () => {
    const anting = terms.find((t) => t.zh === '安亭镇')
    expect(anting).toMatchObject({ py: 'antingzhen', ini: 'atz', kind: 'town' })
    expect(new Set(terms.map((t) => t.zh)).size).toBe(terms.length)
    for (const t of terms) {
      expect(t.py, t.zh).toMatch(/^[a-z]+$/)
      expect(t.ini.length, t.zh).toBeLessThanOrEqual(t.py.length)
    }
  })

  it('leaves Latin letters and digits out of the pinyin of mixed names', () => {
    const [t] = buildSuggestTerms([{ ...loadDataset().parks[0], name: { zh: 'G15嘉定产业园(二期)', en: 'x' }, town: { zh: 'A1', en: 'A1' } }])
    expect(t.py).toBe('jiadingchanyeyuanerqi')
  })
})
