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

export interface PhoneNumber {
  /** The number as published, without its extension. */
  number: string
  /** tel: URL dialling the number alone (an extension cannot be dialled reliably from a link). */
  href: string
  /** Extension to ask for, shown as text; null when none. */
  ext: string | null
}

/** Separators between numbers in one published field: "400-0123-021 或 133-91219-793", "…/…", "…、…". */
const BETWEEN = /\s*(?:或者|或|\bor\b|\/|,|，|；|、|;(?!\s*ext))\s*/i
/** An extension: RFC 3966 ";ext=", "ext.", "x", "转", "分机". */
const EXTENSION = /\s*(?:;\s*ext\s*=|\bext\.?|\bx|转|分机)\s*(\d{1,8})\s*$/i

/**
 * The numbers of a published phone field, each with its tel: link and extension. An extension is never merged
 * into the number dialled (`…0000;ext=1` once became `tel:…00001`). Parts with fewer than 5 digits are dropped.
 */
export function phoneNumbers(text: string): PhoneNumber[] {
  const out: PhoneNumber[] = []
  for (const raw of text.slice(0, 200).split(BETWEEN)) {
    const part = raw.trim()
    const ext = EXTENSION.exec(part)
    const number = (ext ? part.slice(0, ext.index) : part).trim()
    if (!/^\+?[\d\s()\-.]+$/.test(number)) continue
    const digits = number.replace(/[^\d]/g, '')
    if (digits.length < 5 || digits.length > 16) continue
    out.push({ number, href: `tel:${number.startsWith('+') ? '+' : ''}${digits}`, ext: ext ? ext[1] : null })
  }
  return out
}

/** tel: link of the first number of a published phone field; null when it has none to dial. */
export function telUrl(phone: string): string | null {
  return phoneNumbers(phone)[0]?.href ?? null
}
