/**
 * The Content-Security-Policy of the built page. Offline (the default) it allows no outside host. With an online
 * basemap (VITE_BASEMAP_STYLE_URL) it allows that style's origin and the origins named in VITE_BASEMAP_HOSTS (for
 * styles whose tiles, glyphs or sprites live elsewhere), and, when the build can read the style, the origins the
 * style itself names: never every `https:` host.
 */

export class CspConfigError extends Error {}

/** The origin of an http(s) URL, or a CspConfigError naming the variable. */
export function originOf(raw: string, variable: string): string {
  let u: URL
  try {
    u = new URL(raw.trim())
  } catch {
    throw new CspConfigError(`${variable}: "${raw}" is not a URL (expected https://host/…)`)
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new CspConfigError(`${variable}: "${raw}" must be an http(s) URL, not ${u.protocol}`)
  return u.origin
}

/** Origins a MapLibre style names: sources' url and tiles, glyphs, sprite. Template braces are fine in a URL. */
export function styleOrigins(style: unknown): string[] {
  const out = new Set<string>()
  const add = (raw: unknown) => {
    if (typeof raw !== 'string') return
    try {
      const u = new URL(raw.replace(/[{}]/g, ''))
      if (u.protocol === 'https:' || u.protocol === 'http:') out.add(u.origin)
    } catch {
      // a relative or mapbox:// URL names no host of its own
    }
  }
  if (style && typeof style === 'object') {
    const s = style as { sources?: Record<string, { url?: unknown; tiles?: unknown }>; glyphs?: unknown; sprite?: unknown }
    for (const src of Object.values(s.sources ?? {})) {
      add(src?.url)
      if (Array.isArray(src?.tiles)) src.tiles.forEach(add)
    }
    add(s.glyphs)
    if (Array.isArray(s.sprite)) for (const sp of s.sprite) add((sp as { url?: unknown })?.url)
    else add(s.sprite)
  }
  return [...out].sort()
}

export interface CspInput {
  styleUrl?: string
  /** Comma- or space-separated list of extra origins (VITE_BASEMAP_HOSTS). */
  extraHosts?: string
  /** Origins read from the style document, when the build could fetch it. */
  styleHosts?: string[]
}

export function buildCsp(input: CspInput): string {
  const hosts = new Set<string>()
  if (input.styleUrl) {
    hosts.add(originOf(input.styleUrl, 'VITE_BASEMAP_STYLE_URL'))
    for (const h of (input.extraHosts ?? '').split(/[\s,]+/).filter(Boolean)) hosts.add(originOf(h, 'VITE_BASEMAP_HOSTS'))
    for (const h of input.styleHosts ?? []) hosts.add(h)
  } else if (input.extraHosts?.trim()) {
    throw new CspConfigError('VITE_BASEMAP_HOSTS is set without VITE_BASEMAP_STYLE_URL: set both, or neither')
  }
  const extra = [...hosts].sort().map((h) => ` ${h}`).join('')
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    `connect-src 'self' data: blob:${extra}`,
    `font-src 'self'${extra}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ')
}

/** Reads the style to list the hosts it names; null with the reason when it cannot (offline build machines). */
export async function fetchStyleHosts(styleUrl: string, timeoutMs = 5000): Promise<{ hosts: string[] } | { error: string }> {
  try {
    const res = await fetch(styleUrl, { signal: AbortSignal.timeout(timeoutMs) })
    if (!res.ok) return { error: `HTTP ${res.status}` }
    return { hosts: styleOrigins(await res.json()) }
  } catch (e) {
    return { error: (e as Error).message }
  }
}
