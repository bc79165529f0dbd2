/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of a built folder, data/*.json
 * included, for the static server (scripts/serve.ts) and any host that serves precompressed files (nginx
 * `gzip_static`/`brotli_static`, Caddy `precompressed`). Done with Node's zlib in a build step rather than a Vite
 * plugin package: the data files are emitted by our own plugin, the step is a dozen lines, and it adds no dependency.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map', '.ico'])
/** Below this, headers cost more than compression saves. */
const MIN_BYTES = 1024

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(p)
    else if (entry.isFile()) yield p
  }
}

export interface Compressed {
  file: string
  bytes: number
  br: number
  gz: number
}

export function precompress(dir: string): Compressed[] {
  const out: Compressed[] = []
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue
    const raw = readFileSync(file)
    if (raw.length < MIN_BYTES) continue
    // Quality 11 is slow on large files (a 55 MB listings file at 100k): 9 there is within ~5% of its size.
    const quality = raw.length > 4_000_000 ? 9 : 11
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    })
    const gz = gzipSync(raw, { level: 9 })
    writeFileSync(`${file}.br`, br)
    writeFileSync(`${file}.gz`, gz)
    out.push({ file, bytes: raw.length, br: br.length, gz: gz.length })
  }
  return out
}

