/**
 * Static server for dist/ on 127.0.0.1 (default port 4173): what `npm start` and the browser tests use.
 * Sends .mjs as text/javascript (MapLibre's module worker needs it) and refuses paths outside dist/.
 */
import { createServer, type Server } from 'node:http'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

export function serveDist(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const base = resolve(root)
  const server = createServer((req, res) => {
    let path: string
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    } catch {
      res.writeHead(400).end('bad request')
      return
    }
    let file = normalize(join(base, path))
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden')
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' })
    createReadStream(file).pipe(res)
  })
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => ok(server))
  })
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const port = Number(process.env.PORT ?? 4173)
  const dir = resolve(import.meta.dirname, '../dist')
  if (!existsSync(join(dir, 'index.html'))) {
    console.error('dist/ has no index.html: run `npm run build` first (npm start does).')
    process.exit(1)
  }
  serveDist(dir, port).then(() => console.log(`JKT Park Explorer: http://127.0.0.1:${port}/`))
}
