/** Price ranges and per-floor qualifiers: a range gives its lower bound, a later floor's figure stays unparsed. */
import { describe, expect, it } from 'vitest'
import { parseAdvert } from './parseAdvert.ts'
import type { AdvertListing } from './types.ts'

describe('ranges and floor qualifiers', () => {
  it.each([
    ['租金：0.8-1.2元/平/天', 'rent', 0.8, []],
    ['25~30元/㎡/月', 'rent', 0.822, []],
    ['售价4500-5000元/平', 'salePrice', 4500, []],
    ['0.5-0.6万/平', 'salePrice', 5000, []],
    ['层高：一层8米，二层6米', 'storeyHeight', 8, ['二层6米']],
    ['净高：首层9米', 'clearHeight', 9, []],
  ] as [string, keyof AdvertListing, number, string[]][])('%s → %s %d', (text, key, value, unparsed) => {
    const r = parseAdvert(text)
    expect(r.listing[key]).toBe(value)
    expect(r.unparsed).toEqual(unparsed)
  })
})
