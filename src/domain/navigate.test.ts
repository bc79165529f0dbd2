import { describe, expect, it } from 'vitest'
import { amapUrl, baiduUrl, phoneNumbers, telUrl } from './navigate.ts'
import { convert } from './geo.ts'

describe('navigate links', () => {
  it('gives Amap the GCJ-02 position', () => {
    const url = new URL(amapUrl([121.160448, 31.282885], '事达'))
    const [lng, lat] = url.searchParams.get('position')!.split(',').map(Number)
    expect(lng).toBeCloseTo(121.165, 5)
    expect(lat).toBeCloseTo(31.281, 5)
    expect(url.searchParams.get('name')).toBe('事达')
  })

  it('gives Baidu the BD-09 position, lat first', () => {
    const url = new URL(baiduUrl([121.1, 31.3], 'x&y'))
    const [lat, lng] = url.searchParams.get('location')!.split(',').map(Number)
    const bd = convert([121.1, 31.3], 'wgs84', 'bd09')
    expect(lng).toBeCloseTo(bd[0], 6)
    expect(lat).toBeCloseTo(bd[1], 6)
    expect(url.searchParams.get('title')).toBe('x&y')
  })

  it.each([
    ['400-0123-021', 'tel:4000123021'],
    ['0512-5367 1234', 'tel:051253671234'],
    ['javascript:alert(1)', null],
    ['', null],
    ['+86 512 7555 0000;ext=1', 'tel:+8651275550000'],
    ['1234', null],
    ['tel:110', null],
  ])('tel link for %j', (phone, expected) => {
    expect(telUrl(phone)).toBe(expected)
  })

  it.each<[string, { number: string; href: string; ext: string | null }[]]>([
    ['0512-7555 0000;ext=1', [{ number: '0512-7555 0000', href: 'tel:051275550000', ext: '1' }]],
    ['021-5995 1234 转 8001', [{ number: '021-5995 1234', href: 'tel:02159951234', ext: '8001' }]],
    ['021-5995 1234 分机8001', [{ number: '021-5995 1234', href: 'tel:02159951234', ext: '8001' }]],
    ['+86 21 5995 1234 ext. 12', [{ number: '+86 21 5995 1234', href: 'tel:+862159951234', ext: '12' }]],
    ['400-0123-021 或 133-91219-793', [{ number: '400-0123-021', href: 'tel:4000123021', ext: null }, { number: '133-91219-793', href: 'tel:13391219793', ext: null }]],
    ['0512-53671234、13800001111', [{ number: '0512-53671234', href: 'tel:051253671234', ext: null }, { number: '13800001111', href: 'tel:13800001111', ext: null }]],
    ['<script>alert(1)</script>', []],
    ['王先生', []],
    ['1'.repeat(40), []],
  ])('the numbers of %j, extensions apart', (text, expected) => {
    expect(phoneNumbers(text)).toEqual(expected)
  })
})
