import { describe, expect, it } from 'vitest'
import { parseArea, parseCrs, parseDate, parseDeal, parseKind, parseNumber, parseReady, parseStatus, parseText, type Cell } from './cells.ts'

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) => (r.ok ? r.value : `ERR ${r.message}`)

describe('parseArea', () => {
  it.each<[Cell, unknown]>([
    ['1100', { min: 1100, max: 1100 }],
    [1100, { min: 1100, max: 1100 }],
    ['1100-3000', { min: 1100, max: 3000 }],
    ['1,100～3,000㎡', { min: 1100, max: 3000 }],
    ['1100起', { min: 1100, max: null }],
    ['1100平起', { min: 1100, max: null }],
    ['1100㎡以上', { min: 1100, max: null }],
    ['1100-', { min: 1100, max: null }],
    ['３０００以下', { min: null, max: 3000 }],
  ])('%j -> %j', (cell, expected) => {
    expect(value(parseArea(cell))).toEqual(expected)
  })
  it.each<[Cell, string]>([
    ['abc', '"abc" is not an area'],
    ['-500', '"-500" must be greater than 0'],
    [-500, 'must be greater than 0'],
    [0, 'must be greater than 0'],
    ['3000-1100', 'the first figure must not exceed the second'],
    ['99999999999', 'is above 5000000'],
    [1e308, 'is above 5000000'],
    ['1e3', 'is not an area'],
  ])('%j is refused: %s', (cell, message) => {
    expect(value(parseArea(cell))).toContain(message)
  })
})

describe('parseNumber', () => {
  it.each<[Cell, number | string]>([
    ['1.1', 1.1],
    ['1.1元/㎡/天', 1.1],
    [' 0.9 ', 0.9],
    ['abc', 'ERR "abc" is not a number'],
    ['1,5', 'ERR "1,5" is not a number'],
    ['NaN', 'ERR "NaN" is not a number'],
    [Infinity, 'ERR "Infinity" is not a number'],
    ['99', 'ERR "99" is above 20, not a plausible value'],
    ['-1', 'ERR "-1" must be greater than 0'],
  ])('rent %j -> %j', (cell, expected) => {
    expect(value(parseNumber(cell, 'rent', { min: 0, exclusive: true, max: 20 }))).toEqual(expected)
  })
})

describe('token cells', () => {
  it.each([
    ['标准厂房', 'factory'],
    ['custom', 'custom'],
    ['仓库', 'warehouse'],
    ['研发办公', 'office'],
    ['工业用地', 'land'],
    ['Factory', 'factory'],
  ])('kind %s -> %s', (cell, kind) => expect(value(parseKind(cell))).toBe(kind))
  it.each([
    ['出租', ['rent']],
    ['出售', ['sale']],
    ['可租可售', ['rent', 'sale']],
    ['both', ['rent', 'sale']],
    ['rent', ['rent']],
  ])('deal %s -> %j', (cell, deal) => expect(value(parseDeal(cell))).toEqual(deal))
  it.each([
    ['可租售', 'available'],
    ['已租', 'let'],
    ['已售', 'sold'],
    ['sold', 'sold'],
  ])('status %s -> %s', (cell, status) => expect(value(parseStatus(cell))).toBe(status))
  it.each([
    ['WGS-84', 'wgs84'],
    ['gcj02', 'gcj02'],
    ['高德', 'gcj02'],
    ['BD09', 'bd09'],
  ])('crs %s -> %s', (cell, crs) => expect(value(parseCrs(cell))).toBe(crs))
  it('names the accepted values of a bad token', () => {
    expect(value(parseKind('厂'))).toBe('ERR "厂" is not one of factory, custom, warehouse, office, land, 标准厂房, 定制厂房, 仓库, 研发办公, 工业用地')
  })
})

describe('parseReady and parseDate', () => {
  it.each<[Cell, unknown]>([
    ['是', { ready: true }],
    ['否', { ready: false }],
    ['yes', { ready: true }],
    [true, { ready: true }],
    ['2027-06', { ready: false, completion: '2027-06' }],
    ['2027-06-30', { ready: false, completion: '2027-06' }],
    ['2027年6月', { ready: false, completion: '2027-06' }],
    ['2028', { ready: false, completion: '2028' }],
    ['maybe', 'ERR "maybe" is not yes, no, 是, 否 or a completion date (2027-06)'],
    ['2027-13', 'ERR "2027-13" is not yes, no, 是, 否 or a completion date (2027-06)'],
  ])('ready %j -> %j', (cell, expected) => expect(value(parseReady(cell))).toEqual(expected))
  it.each<[Cell, string]>([
    ['2026-11-28', '2026-11-28'],
    ['2026/1/5', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    ['2026-02-30', 'ERR "2026-02-30" is not a date (YYYY-MM-DD)'],
    [45678, 'ERR "45678" is not a date (YYYY-MM-DD)'],
  ])('date %j -> %s', (cell, expected) => expect(value(parseDate(cell))).toBe(expected))
})

describe('parseText: hostile cells', () => {
  it.each<[Cell, string]>([
    ['  厂房\n A \t ', '厂房 A'],
    ['+86 512 5555 0000', '+86 512 5555 0000'],
    ['=HYPERLINK("http://x","y")', 'looks like a spreadsheet formula'],
    ['@SUM(A1)', 'looks like a spreadsheet formula'],
    ['-cmd', 'looks like a spreadsheet formula'],
    ['bell\u0007', 'contains a control character (U+0007)'],
    ['abc\u202Edef', 'contains a control character (U+202E)'],
    ['x'.repeat(10_000), '(10000 characters) is longer than 200 characters'],
  ])('%j', (cell, expected) => {
    expect(value(parseText(cell, 200))).toContain(expected)
  })
})
