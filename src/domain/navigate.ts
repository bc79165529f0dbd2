/**
 * "Navigate" links to Chinese map apps at a WGS-84 position converted to their coordinate systems:
 * Amap (高德) takes GCJ-02, Baidu takes BD-09 (bd09ll). URL formats: Amap URI API `uri.amap.com/marker`,
 * Baidu URI API `api.map.baidu.com/marker`. These are links the user follows; the app itself requests nothing.
 */
import { convert, round6 } from './geo.ts'
import type { LngLat } from './types.ts'

export function amapUrl(point: LngLat, name: string): string {
  const [lng, lat] = convert(point, 'wgs84', 'gcj02')
  return `https://uri.amap.com/marker?position=${round6(lng)},${round6(lat)}&name=${encodeURIComponent(name)}&coordinate=gaode&callnative=1`
}

export function baiduUrl(point: LngLat, name: string): string {
  const [lng, lat] = convert(point, 'wgs84', 'bd09')
  return `https://api.map.baidu.com/marker?location=${round6(lat)},${round6(lng)}&title=${encodeURIComponent(name)}&content=${encodeURIComponent(name)}&output=html&coord_type=bd09ll&src=jkt-park-explorer`
}

/** tel: link from a published phone number; null when it has no digits to dial. */
export function telUrl(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '')
  return digits.length >= 5 ? `tel:${digits}` : null
}
