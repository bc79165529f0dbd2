import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseSuggestTerms, suggest, type SuggestTerm } from './suggest.ts'
import { problemText, type DataProblem } from './dataCheck.ts'

const term = (zh: string, en: string, py: string, ini: string, kind: SuggestTerm['kind'] = 'town'): SuggestTerm => ({ zh, en, py, ini, kind })
const TERMS = [
  term('安亭镇', 'Anting Town', 'antingzhen', 'atz'),
  term('上海国际汽车城', 'Shanghai International Automobile City', 'shanghaiguojiqichecheng', 'shgjqcc', 'park'),
  term('外冈镇', 'Waigang', 'waigangzhen', 'wgz'),
  term('太仓港经济技术开发区', 'Taicang Port ETDZ', 'taicanggangjingjijishukaifaqu', 'tcgjjjskfq', 'park'),
  term('太仓市', 'Taicang', 'taicangshi', 'tcs'),
]
const zh = (xs: SuggestTerm[]) => xs.map((x) => x.zh)

describe('search suggestions by pinyin', () => {
  it('finds a name by its pinyin, its initials or its English, ignoring case, spaces and apostrophes', () => {
    expect(zh(suggest(TERMS, 'anting'))).toEqual(['安亭镇'])
    expect(zh(suggest(TERMS, 'AT'))).toEqual(['安亭镇'])
    expect(zh(suggest(TERMS, "an'ting"))).toEqual(['安亭镇'])
    expect(zh(suggest(TERMS, 'wai gang'))).toEqual(['外冈镇'])
    expect(zh(suggest(TERMS, 'automobile'))).toEqual(['上海国际汽车城'])
  })

  it('ranks prefixes first, towns before parks, shorter names first', () => {
    expect(zh(suggest(TERMS, 'tc'))).toEqual(['太仓市', '太仓港经济技术开发区'])
    expect(zh(suggest(TERMS, 'taicang'))).toEqual(['太仓市', '太仓港经济技术开发区'])
    // "qiche" is inside the pinyin, not at its start.
    expect(zh(suggest(TERMS, 'qiche'))).toEqual(['上海国际汽车城'])
  })

  it('suggests nothing for one letter, Chinese input, symbols only or hostile text, and caps the list', () => {
    for (const input of ['a', '', '安亭', '  ', '<script>', '%%%', '\u202e', 'x'.repeat(1000)]) expect(suggest(TERMS, input), input).toEqual([])
    const many = Array.from({ length: 30 }, (_, i) => term(`镇${i}`, `Town ${i}`, `zhen${i}`.replace(/\d/g, 'a'), 'z'))
    expect(suggest(many, 'zh')).toHaveLength(8)
  })

  it('reads the shipped data/suggest.json, and names what is wrong in a broken one', () => {
    const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/suggest.json'), 'utf8'))
    const terms = parseSuggestTerms(raw)
    expect(terms.length).toBeGreaterThan(40)
    expect(zh(suggest(terms, 'anting'))).toContain('安亭镇')
    expect(() => parseSuggestTerms(null)).toThrow(/no "terms" list/)
    const problems: DataProblem[] = []
    const good = { zh: '安亭镇', en: 'Anting', kind: 'town', py: 'antingzhen', ini: 'atz' }
    const kept = parseSuggestTerms({ terms: [{ ...good, py: 'an ting' }, { zh: '<img src=x>', en: 'x', kind: 'script', py: 'x', ini: 'x' }, null, good] }, problems)
    expect(kept).toEqual([good])
    expect(problems.map(problemText)).toEqual([
      'data/suggest.json: term #1: py: must be letters a–z',
      'data/suggest.json: term #2: kind: must be park or town, got "script"',
      'data/suggest.json: term #3: (record): expected Object, got null',
    ])
  })
})
