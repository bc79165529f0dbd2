/**
 * Static server for dist/: what `npm start`, `npm run serve`, the browser tests and the benchmarks use.
 *
 * sirv (the server behind `vite preview`) does the serving: MIME types (`.mjs` as text/javascript, which MapLibre's
 * module worker needs), ETag and 304s, precompressed `.br`/`.gz` copies chosen by Accept-Encoding, no directory
 * listing. Picked over serve-handler because it is what Vite itself uses, has no dependencies beyond three tiny
 * ones, and serves precompressed files out of the box. What sirv does not do is added around it, each for a
 * failure seen on the hand-written server it replaces (issue "Served like a product"):
 * - a read stream is destroyed when its client goes away, and a read error (a file deleted between the lookup and
 *   the read) ends that response instead of the process;
 * - only GET and HEAD (405 otherwise); no symlink that leads out of dist/; a compressed copy older than its source
 *   is never served;
 * - caching: hashed assets immutable for a year, everything else revalidated (ETag);
 * - security headers, the Content-Security-Policy taken from the built index.html plus `frame-ancestors 'none'`
 *   (a meta tag cannot carry frame-ancestors).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { join, normalize, resolve, sep } from 'node:path'
import type { Readable } from 'node:stream'
import sirv from 'sirv'

/** Vite's hashed file names: `name-<8 base64url chars>.ext` under assets/. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
}

/** The CSP of the built page (its meta tag) with `frame-ancestors 'none'`, which only a header can carry. */
export function cspHeader(indexHtml: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(indexHtml)
  const base = meta ? meta[1] : "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'"
  return `${base}; frame-ancestors 'none'`
}

/** `path` lies inside `root` once every symlink is resolved (false when it does not exist). */
function insideReal(root: string, path: string): boolean {
  try {
    const real = realpathSync(path)
    return real === root || real.startsWith(root + sep)
  } catch {
    return false
  }
}

const mtime = (p: string): number | null => {
  try {
    return statSync(p).mtimeMs
  } catch {
    return null
  }
}

export function createHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const base = resolve(root)
  const realBase = realpathSync(base)
  const indexPath = join(base, 'index.html')
  const csp = cspHeader(existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : '')
  // dev mode: sirv looks each file up when asked instead of listing dist/ once at start-up, so a file swapped,
  // added or deleted while the server runs is served as it is now (tests swap data files).
  const serve = sirv(base, {
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    dotfiles: false,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })

  return (req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v)
    res.setHeader('Content-Security-Policy', csp)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('method not allowed')
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad request')
      return
    }
    if (pathname.includes('\0')) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad request')
      return
    }
    const file = normalize(join(base, pathname.endsWith('/') ? pathname + 'index.html' : pathname))
    const notFound = (): void => void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found')
    if (file !== base && !file.startsWith(base + sep)) return notFound()
    // Every file sirv may pick for this path (itself, `.html`, `/index.html`, compressed or not) must stay inside
    // dist/ once symlinks are resolved.
    const candidates = [file, `${file}.html`, join(file, 'index.html')]
      .flatMap((p) => [p, `${p}.br`, `${p}.gz`])
      .filter((p) => existsSync(p))
    if (candidates.some((p) => !insideReal(realBase, p))) return notFound()
    // A compressed copy older than its source is stale (the source was replaced after the build): ask sirv for
    // the source alone by hiding the encodings the client accepts.
    const source = mtime(file)
    if (source !== null && [`${file}.br`, `${file}.gz`].some((p) => (mtime(p) ?? Infinity) < source)) delete req.headers['accept-encoding']

    // sirv pipes a read stream into the response: close it when the client leaves and answer a read error
    // (ENOENT after the lookup, EISDIR) instead of letting an unhandled 'error' end the process.
    res.once('pipe', (src: Readable) => {
      src.once('error', () => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('read error')
        else res.destroy()
      })
      res.once('close', () => src.destroy())
    })
    serve(req, res, notFound)
  }
}

export function serveDist(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(createHandler(root))
  // A client that vanishes mid-request is not the server's problem.
  server.on('clientError', (_err, socket) => socket.destroy())
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => {
      server.off('error', fail)
      ok(server)
    })
  })
}

/** PORT as a TCP port, or a message saying what is wrong with it. */
export function parsePort(raw: string | undefined, fallback = 4173): number | string {
  if (raw === undefined || raw === '') return fallback
  if (!/^\d{1,5}$/.test(raw.trim())) return `PORT="${raw}" is not a port number (use 1–65535, or 0 for any free port)`
  const n = Number(raw)
  return n <= 65535 ? n : `PORT=${raw} is out of range (use 1–65535, or 0 for any free port)`
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT)
  const host = process.env.HOST || '127.0.0.1'
  if (typeof port === 'string') {
    console.error(port)
    process.exit(1)
  }
  // `tsx scripts/serve.ts [DIR]`: dist/ unless another built folder is named.
  const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../dist'))
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir} has no index.html: run \`npm run build\` first (\`npm start\` does).`)
    process.exit(1)
  }
  try {
    const server = await serveDist(dir, port, host)
    const addr = server.address()
    const shown = addr && typeof addr !== 'string' ? addr.port : port
    console.log(`JKT Park Explorer: http://${host.includes(':') ? `[${host}]` : host}:${shown}/`)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    const why =
      err.code === 'EADDRINUSE'
        ? `port ${port} on ${host} is already in use: stop what uses it or set PORT, e.g. PORT=4174 npm run serve`
        : err.code === 'EACCES'
          ? `no permission to listen on port ${port}: use a port above 1023`
          : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND'
            ? `HOST="${host}" is not an address of this machine`
            : `cannot listen on ${host}:${port}: ${err.message}`
    console.error(why)
    process.exit(1)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) void main()
