import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { sha256Hex } from './sha256.ts'

describe('sha256Hex', () => {
  it.each([
    // FIPS 180-4 examples
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('%j gives the published digest', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex)
  })

  it.each([
    'a'.repeat(55),
    'a'.repeat(56),
    'a'.repeat(64),
    'x'.repeat(1000),
    '["taicang-shida","标准厂房(1100平起,现房)",1100,null]',
    '😀 emoji and 汉字 mixed',
  ])('matches node:crypto for %j (padding edges, multibyte UTF-8)', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  })
})
