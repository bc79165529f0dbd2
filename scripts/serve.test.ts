import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { cspHeader, parsePort, serveDist } from './serve.ts'
import { buildCsp, CspConfigError, styleOrigins } from './build/csp.ts'
import { precompress } from './build/precompress.ts'

const CSP_META = `default-src 'self'; script-src 'self'`
const BIG = 4 * 1024 * 1024

/** A small dist/ made for the test: an index, a hashed asset, a worker, a big data file and traps. */
function createDist(): { dir: string; outside: string } {
  const dir = mkdtempSync(join(tmpdir(), 'serve-dist-'))
  const outside = mkdtempSync(join(tmpdir(), 'serve-outside-'))
  writeFileSync(join(outside, 'secret.txt'), 'secret')
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP_META}"></head><body>${'x'.repeat(2000)}</body></html>`)
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'assets', 'index-AbC123_x.js'), `console.log(1);${' '.repeat(3000)}`)
  writeFileSync(join(dir, 'assets', 'maplibre-gl-worker-Zz9Yy8Xx.mjs'), 'self.onmessage = () => {}')
  mkdirSync(join(dir, 'data'))
  writeFileSync(join(dir, 'data', 'listings.json'), JSON.stringify({ listings: 'y'.repeat(BIG) }))
  mkdirSync(join(dir, 'data', 'dir.json'))
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'data', 'leak.json'))
  symlinkSync(outside, join(dir, 'linkdir'))
  precompress(dir)
  return { dir, outside }
}

let dist: { dir: string; outside: string }
let server: Server
let base: string

beforeAll(async () => {
  dist = createDist()
  server = await serveDist(dist.dir, 0)
  const a = server.address()
  if (!a || typeof a === 'string') throw new Error('no port')
  base = `http://127.0.0.1:${a.port}`
})
afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()))
  rmSync(dist.dir, { recursive: true, force: true })
  rmSync(dist.outside, { recursive: true, force: true })
})

const get = (path: string, init: RequestInit = {}) => fetch(base + path, { ...init, headers: { 'accept-encoding': 'identity', ...(init.headers as Record<string, string>) } })

describe('headers', () => {
  it('sends the CSP as a header with frame-ancestors, and the other security headers', async () => {
    const r = await get('/')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-security-policy')).toBe(`${CSP_META}; frame-ancestors 'none'`)
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
    expect(r.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })
  it('also on errors', async () => {
    const r = await get('/nope.json')
    expect(r.status).toBe(404)
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
    expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })
  it('sends .mjs as JavaScript (MapLibre module worker)', async () => {
    expect((await get('/assets/maplibre-gl-worker-Zz9Yy8Xx.mjs')).headers.get('content-type')).toMatch(/^text\/javascript/)
  })
  it('caches hashed assets for a year, immutable', async () => {
    expect((await get('/assets/index-AbC123_x.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })
  it.each(['/', '/index.html', '/data/listings.json'])('revalidates %s with an ETag (304 on a match)', async (path) => {
    const r = await get(path)
    expect(r.headers.get('cache-control')).toBe('no-cache')
    const etag = r.headers.get('etag')
    expect(etag).toBeTruthy()
    expect(r.headers.get('last-modified')).toBeTruthy()
    await r.arrayBuffer()
    const again = await get(path, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
  })
  it('falls back to a policy without outside hosts when index.html has no CSP meta', () => {
    expect(cspHeader('<html></html>')).toMatch(/^default-src 'self'.*frame-ancestors 'none'$/)
  })
})

describe('compression', () => {
  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])('Accept-Encoding %s gets %s, with Vary', async (accept, expected) => {
    const r = await fetch(`${base}/data/listings.json`, { headers: { 'accept-encoding': accept } })
    expect(r.headers.get('content-encoding')).toBe(expected)
    expect(r.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(Number(r.headers.get('content-length'))).toBeLessThan(BIG / 50)
    // fetch decodes the body: it must be the JSON it stands for.
    expect((await r.json()).listings.length).toBe(BIG)
  })
  it('never serves a compressed copy older than its source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-stale-'))
    const s = await serveDist(dir, 0)
    try {
      writeFileSync(join(dir, 'index.html'), '<html></html>')
      const file = join(dir, 'data.json')
      writeFileSync(file, JSON.stringify({ v: 'old'.repeat(1000) }))
      writeFileSync(`${file}.br`, brotliCompressSync(JSON.stringify({ v: 'old'.repeat(1000) })))
      writeFileSync(`${file}.gz`, gzipSync(JSON.stringify({ v: 'old'.repeat(1000) })))
      const past = new Date(Date.now() - 60_000)
      utimesSync(`${file}.br`, past, past)
      utimesSync(`${file}.gz`, past, past)
      writeFileSync(file, JSON.stringify({ v: 'new' })) // swapped after the build, as the tests' data variants do
      const a = s.address() as { port: number }
      const r = await fetch(`http://127.0.0.1:${a.port}/data.json`, { headers: { 'accept-encoding': 'br, gzip' } })
      expect(r.headers.get('content-encoding')).toBeNull()
      expect(await r.json()).toEqual({ v: 'new' })
    } finally {
      await new Promise<void>((ok) => s.close(() => ok()))
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it('precompresses data files but not tiny ones', () => {
    const names = readdirSync(join(dist.dir, 'data'))
    expect(names).toEqual(expect.arrayContaining(['listings.json.br', 'listings.json.gz']))
    expect(readdirSync(join(dist.dir, 'assets'))).not.toContain('maplibre-gl-worker-Zz9Yy8Xx.mjs.br')
  })
})

describe('what it refuses', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s → 405 with Allow', async (method) => {
    const r = await fetch(`${base}/`, { method })
    expect(r.status).toBe(405)
    expect(r.headers.get('allow')).toBe('GET, HEAD')
  })
  it('TRACE → 405 (sent raw: fetch refuses to send it)', async () => {
    const head = await rawRequest('TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    expect(head).toMatch(/^HTTP\/1\.1 405/)
  })
  it('HEAD answers like GET without a body', async () => {
    const r = await fetch(`${base}/`, { method: 'HEAD' })
    expect(r.status).toBe(200)
    expect(await r.text()).toBe('')
  })
  it.each(['/data/leak.json', '/linkdir/secret.txt'])('never follows a symlink out of dist/: %s', async (path) => {
    const r = await get(path)
    expect(r.status).toBe(404)
    expect(await r.text()).not.toContain('secret')
  })
  it.each(['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%00', '/%E0%A4%A'])('path %s is refused', async (path) => {
    const head = await rawRequest(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)
    expect(head).toMatch(/^HTTP\/1\.1 (400|404)/)
    expect(head).not.toContain('root:')
  })
  it.each(['/assets/', '/data/', '/data/dir.json'])('no directory listing and no crash on a directory: %s', async (path) => {
    const r = await get(path)
    expect(r.status).toBe(404)
  })
})

describe('robustness', () => {
  it('2,000 downloads abandoned after the first bytes leave no open file behind, and it still answers', async () => {
    const fds = () => readdirSync('/proc/self/fd').length
    const baseline = fds()
    const abandon = () =>
      new Promise<void>((ok, fail) => {
        const s = connect(Number(new URL(base).port), '127.0.0.1')
        s.on('error', fail)
        s.write('GET /data/listings.json HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n')
        s.once('data', () => {
          s.destroy()
          ok()
        })
      })
    for (let batch = 0; batch < 40; batch++) await Promise.all(Array.from({ length: 50 }, abandon))
    const deadline = Date.now() + 20_000
    while (fds() > baseline + 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    expect(fds()).toBeLessThanOrEqual(baseline + 5)
    expect((await get('/')).status).toBe(200)
  }, 60_000)
})

describe('start-up messages', () => {
  it.each([
    [undefined, 4173],
    ['', 4173],
    ['8080', 8080],
    ['0', 0],
  ])('PORT=%s → %s', (raw, port) => expect(parsePort(raw)).toBe(port))
  it.each(['abc', '-1', '70000', '1e3', '80 80', '0x50'])('PORT=%s is refused with a message naming it', (raw) => {
    const m = parsePort(raw)
    expect(typeof m).toBe('string')
    expect(m).toContain(raw)
  })
  it('a busy port gives one clear line, no stack trace', async () => {
    const { stderr, code } = await runServe({ PORT: new URL(base).port })
    expect(code).toBe(1)
    expect(stderr.trim()).toMatch(/already in use/)
    expect(stderr).not.toMatch(/\n\s+at /)
  }, 30_000)
  it('PORT=abc gives one clear line, no stack trace', async () => {
    const { stderr, code } = await runServe({ PORT: 'abc' })
    expect(code).toBe(1)
    expect(stderr.trim()).toBe('PORT="abc" is not a port number (use 1–65535, or 0 for any free port)')
  }, 30_000)
})

describe('Content-Security-Policy of the build', () => {
  it('offline: no outside host at all', () => {
    expect(buildCsp({})).not.toMatch(/https?:/)
  })
  it('online: the style host and the named hosts, never every https: host', () => {
    const csp = buildCsp({ styleUrl: 'https://tiles.example.com/style.json', extraHosts: 'https://fonts.example.net, https://cdn.example.org/x', styleHosts: ['https://a.example.com'] })
    expect(csp).toContain('connect-src \'self\' data: blob: https://a.example.com https://cdn.example.org https://fonts.example.net https://tiles.example.com')
    expect(csp).not.toMatch(/ https:( |;|$)/)
  })
  it.each([
    [{ styleUrl: 'not a url' }, /VITE_BASEMAP_STYLE_URL: "not a url" is not a URL/],
    [{ styleUrl: 'javascript:alert(1)' }, /VITE_BASEMAP_STYLE_URL: .* must be an http\(s\) URL/],
    [{ styleUrl: 'https://ok.example/s.json', extraHosts: 'ftp://x' }, /VITE_BASEMAP_HOSTS: "ftp:\/\/x" must be an http\(s\) URL/],
    [{ extraHosts: 'https://x.example' }, /VITE_BASEMAP_HOSTS is set without VITE_BASEMAP_STYLE_URL/],
  ])('bad configuration %j names the variable', (input, message) => {
    expect(() => buildCsp(input)).toThrow(CspConfigError)
    expect(() => buildCsp(input)).toThrow(message)
  })
  it('lists the hosts a style names (sources, tiles, glyphs, sprite)', () => {
    const style = {
      sources: { a: { url: 'https://tiles.example.com/tiles.json' }, b: { tiles: ['https://{s}.t.example.org/{z}/{x}/{y}.pbf'] }, c: { type: 'geojson' } },
      glyphs: 'https://fonts.example.net/{fontstack}/{range}.pbf',
      sprite: [{ id: 'x', url: 'https://sprites.example.io/s' }],
    }
    expect(styleOrigins(style)).toEqual(['https://fonts.example.net', 'https://s.t.example.org', 'https://sprites.example.io', 'https://tiles.example.com'])
    expect(styleOrigins('garbage')).toEqual([])
  })
})

function rawRequest(text: string): Promise<string> {
  return new Promise((ok, fail) => {
    const s = connect(Number(new URL(base).port), '127.0.0.1')
    let buf = ''
    s.on('data', (d) => (buf += d.toString()))
    s.on('end', () => ok(buf))
    s.on('error', fail)
    s.write(text)
  })
}

function runServe(env: Record<string, string>): Promise<{ stderr: string; code: number | null }> {
  const root = resolve(import.meta.dirname, '..')
  return new Promise((ok) => {
    const child = execFile(process.execPath, ['--import', 'tsx', join(root, 'scripts/serve.ts'), dist.dir], { env: { ...process.env, ...env }, cwd: root, timeout: 20_000 }, (_err, _stdout, stderr) => ok({ stderr, code: child.exitCode }))
  })
}
