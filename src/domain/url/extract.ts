/** Pasted input (CLI, "paste a link" box): the query part of a link, or null when it is not one. */

/** A link without a scheme, as chat apps show it: `example.com/explore?…`, `localhost:5173/?…`. */
const SCHEMELESS_LINK = /^(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:\/\S*)?$/i

/**
 * The query part of what someone pasted, without `?` and without the `#fragment` (WeChat appends
 * `#wechat_redirect`). Accepts:
 * - an http(s) link (`https://host/path?query#hash`); no query gives '' (a link to the default view);
 * - a scheme-less link whose host looks like one (`example.com/p?query`, `localhost:5173/?query`);
 * - `?query` (anything after the `?`, even empty);
 * - a bare `query`, when it has no whitespace and at least one `=` (`v=1&area=1000-`).
 * Returns null for anything else: empty or blank input, other schemes (`javascript:`, `weixin://`), a
 * malformed http(s) link, or text that is not a query (`hello`, `two words=1`). The query is returned as
 * written (still percent-encoded) for parseQuery to decode.
 */
export function extractQuery(input: string): string | null {
  const s = input.trim()
  if (s === '') return null
  const beforeHash = (t: string): string => {
    const h = t.indexOf('#')
    return h < 0 ? t : t.slice(0, h)
  }
  // A scheme is `name:` not followed by a digit (`example.com:8080/…` is a host and port).
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(s)) {
    if (!/^https?:\/\//i.test(s)) return null
    try {
      new URL(s) // validation only: url.search re-encodes (`'` becomes %27), the query must stay as written
    } catch {
      // Not a parseable link (e.g. `http://` alone): the caller reports it as unreadable.
      return null
    }
    const hostAndAfter = beforeHash(s)
    const qm = hostAndAfter.indexOf('?')
    return qm < 0 ? '' : hostAndAfter.slice(qm + 1)
  }
  if (s.startsWith('?')) return beforeHash(s.slice(1))
  const qm = s.indexOf('?')
  if (qm >= 0 && SCHEMELESS_LINK.test(s.slice(0, qm))) return beforeHash(s.slice(qm + 1))
  if (SCHEMELESS_LINK.test(beforeHash(s)) && !s.includes('=')) return ''
  const query = beforeHash(s)
  return /\s/.test(query) || !query.includes('=') ? null : query
}
