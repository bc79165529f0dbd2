import { describe, expect, it } from 'vitest'
import { licenceOk, review } from './deps.ts'

describe('dependency review', () => {
  it.each([
    ['MIT', true],
    ['(MIT OR GPL-3.0-or-later)', true],
    ['(MIT AND Zlib)', true],
    ['GPL-3.0-only', false],
    ['(GPL-2.0 AND MIT)', false],
    ['SSPL-1.0', false],
    ['', false],
  ])('%s allowed: %s', (lic, ok) => expect(licenceOk(lic)).toBe(ok))

  it('flags a shipped package with a licence outside the list, not a dev one', () => {
    const r = review({
      packages: {
        '': {},
        'node_modules/a': { version: '1.0.0', license: 'MIT' },
        'node_modules/bad': { version: '2.0.0', license: 'AGPL-3.0' },
        'node_modules/devbad': { version: '1.0.0', license: 'AGPL-3.0', dev: true },
        'node_modules/x/node_modules/a': { version: '2.0.0', license: 'MIT' },
      },
    })
    expect(r.problems).toEqual(['bad@2.0.0: licence "AGPL-3.0" is not on the allow-list (scripts/deps.ts)'])
    expect(r.duplicates.get('a')).toEqual(['1.0.0', '2.0.0'])
  })
})
