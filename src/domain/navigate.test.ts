import { describe, expect, it } from 'vitest'
import { amapUrl, baiduUrl, telUrl } from './navigate.ts'
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
  ])('tel link for %j', (phone, expected) => {
    expect(telUrl(phone)).toBe(expected)
  })
})
