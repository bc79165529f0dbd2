/**
 * Bytes over the wire, first visit and repeat visit, of a build served by scripts/serve.ts (precompressed
 * brotli, the same headers as production). The first visit is measured: Chromium opens the page with an empty
 * cache and every response (page and workers) is counted, headers and compressed body, until the map has loaded
 * and the network has been quiet for a second. The repeat visit is computed from the server's own answers to
 * those responses, as a browser's HTTP cache uses them: `immutable` (hashed assets) is a cache hit, no request;
 * anything else is asked again with If-None-Match / If-Modified-Since and costs what the server answers (a 304:
 * headers only). Computed rather than measured because Chromium's reload and back-forward behaviours revalidate
 * differently from a visit by a link; the rule is the one HTTP caching (RFC 9111) gives.
 */
import { request as httpRequest } from 'node:http'
import { chromium } from 'playwright-core'
import { serveDist } from '../scripts/serve.ts'
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.ts'

export interface WireFile {
  path: string
  status: number
  /** Headers and body as sent (compressed). */
  bytes: number
  encoding: string
  cacheControl: string
  /** Repeat visit: 'hit' (immutable, no request), or the status and size of the conditional request. */
  repeat: { kind: 'hit'; bytes: 0 } | { kind: 'asked'; status: number; bytes: number }
}

export interface Wire {
  files: WireFile[]
  first: { requests: number; bytes: number }
  repeat: { hits: number; revalidated: number; refetched: number; bytes: number }
}

/** A GET with the browser's Accept-Encoding and the validators of the first answer; bytes as they come in. */
function conditional(url: string, validators: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((ok, fail) => {
    const req = httpRequest(url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd', ...validators } }, (res) => {
      // Status line and header lines, as they went over the wire (rawHeaders keeps every header once per line).
      let bytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2
      for (let i = 0; i < res.rawHeaders.length; i += 2) bytes += `${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`.length
      res.on('data', (c: Buffer) => (bytes += c.length))
      res.on('end', () => ok({ status: res.statusCode ?? 0, bytes }))
      res.on('error', fail)
    })
    req.on('error', fail)
    req.end()
  })
}

type Seen = Omit<WireFile, 'repeat'> & { validators: Record<string, string> }

/** Opens `url` in a fresh Chromium context and returns every response once the `readyMarks` are in the page. */
async function firstVisit(url: string, readyMarks: string[]): Promise<Seen[]> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' })
    const page = await context.newPage()
    const done: Promise<Seen>[] = []
    let last = Date.now()
    page.on('requestfinished', (r) => {
      last = Date.now()
      done.push(
        (async () => {
          const res = await r.response()
          const sizes = await r.sizes()
          const h = res ? await res.allHeaders() : {}
          const validators: Record<string, string> = {}
          if (h.etag) validators['if-none-match'] = h.etag
          if (h['last-modified']) validators['if-modified-since'] = h['last-modified']
          return {
            path: new URL(r.url()).pathname,
            status: res?.status() ?? 0,
            // A worker's script is fetched for the page but its body size is not reported to it (0): the
            // Content-Length the server sent is the compressed body's size.
            bytes: sizes.responseHeadersSize + (sizes.responseBodySize || Number(h['content-length'] ?? 0)),
            encoding: h['content-encoding'] ?? 'identity',
            cacheControl: h['cache-control'] ?? '',
            validators,
          }
        })(),
      )
    })
    await page.goto(url)
    await page.waitForFunction((marks) => marks.every((m) => performance.getEntriesByName(m).length > 0), readyMarks, { timeout: 90_000 })
    while (Date.now() - last < 1000) await page.waitForTimeout(250)
    return await Promise.all(done)
  } finally {
    await browser.close()
  }
}

export async function measureWire(dir: string, readyMarks: string[]): Promise<Wire> {
  const server = await serveDist(dir, 0)
  try {
    const a = server.address()
    if (!a || typeof a === 'string') throw new Error('server has no port')
    const base = `http://127.0.0.1:${a.port}`
    // A path asked twice (Chromium fetches the icon itself after the page's <link rel=icon>) counts once: the second
    // answer came from the cache or as a 304 to the first.
    const seen = (await firstVisit(`${base}/`, readyMarks)).filter((f, i, all) => all.findIndex((g) => g.path === f.path) === i)
    const files: WireFile[] = []
    for (const f of seen) {
      const { validators, ...rest } = f
      const immutable = /\bimmutable\b/.test(f.cacheControl) && f.status === 200
      files.push({
        ...rest,
        repeat: immutable ? { kind: 'hit', bytes: 0 } : { kind: 'asked', ...(await conditional(`${base}${f.path}`, validators)) },
      })
    }
    const asked = files.flatMap((f) => (f.repeat.kind === 'asked' ? [f.repeat] : []))
    return {
      files,
      first: { requests: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0) },
      repeat: {
        hits: files.length - asked.length,
        revalidated: asked.filter((r) => r.status === 304).length,
        refetched: asked.filter((r) => r.status !== 304).length,
        bytes: asked.reduce((n, r) => n + r.bytes, 0),
      },
    }
  } finally {
    await new Promise<void>((ok) => server.close(() => ok()))
  }
}
