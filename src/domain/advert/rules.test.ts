/**
 * No catastrophic regular expressions: every rule's quantifiers are bounded (?, {m,n}), so no rule can
 * backtrack without limit, whatever the line. The hostile-text tests time the worst inputs found; this test
 * keeps a new rule from bringing in `*`, `+` or `{m,}`.
 */
import { describe, expect, it } from 'vitest'
import { FLOOR_RULES, LAND_RULES } from './areaRules.ts'
import { CLAIM_RULES, NAME_RULES, PHONE_RULES } from './contactRules.ts'
import { DEAL_RULES, PRICE_RULES, READY_RULES, SPEC_RULES } from './fieldRules.ts'

const RULES = [...PHONE_RULES, ...CLAIM_RULES, ...NAME_RULES, ...READY_RULES, ...PRICE_RULES, ...SPEC_RULES, ...LAND_RULES, ...FLOOR_RULES, ...DEAL_RULES]

/** The quantifiers of a regex source outside character classes and escapes. */
function unboundedQuantifiers(source: string): string[] {
  const found: string[] = []
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '*' || c === '+') found.push(`${c} at ${i}`)
    else if (c === '{' && /^\{\d+,\}/.test(source.slice(i))) found.push(`{m,} at ${i}`)
  }
  return found
}

describe('rule regexes', () => {
  it('finds an unbounded quantifier when there is one', () => {
    expect(unboundedQuantifiers(String.raw`a+b`)).toEqual(['+ at 1'])
    expect(unboundedQuantifiers(String.raw`[+*]\+\*a{2,}`)).toEqual(['{m,} at 9'])
  })

  it.each(RULES.map((r) => [r.name, r.re] as const))('%s has only bounded quantifiers', (_name, re) => {
    expect(unboundedQuantifiers(re.source)).toEqual([])
    expect(re.flags).toContain('g')
  })
})
