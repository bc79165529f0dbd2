import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'

const root = import.meta.dirname
const FONT_FILE = resolve(root, 'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2')

/**
 * Data files the app fetches at run time: data/*.json, served under /data/. Documented build/dev options, never
 * reachable through the URL: JKT_LISTINGS=<file> replaces data/listings.json (e.g. synthetic listings from
 * `npm run data:synth`); JKT_DATA_DIR=<dir> takes every data file from another folder (the tests use it to
 * serve broken or hostile data).
 */
function dataFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  const dir = resolve(process.env.JKT_DATA_DIR ?? resolve(root, 'data'))
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.json')) files[`data/${f}`] = resolve(dir, f)
  const extra = process.env.JKT_LISTINGS
  if (extra) files['data/listings.json'] = resolve(extra)
  files['fonts/noto-sans-latin-400.woff2'] = FONT_FILE
  return files
}

function embeddedAssets(): Plugin {
  return {
    name: 'jkt-embedded-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0].replace(/^\//, '')
        const file = dataFiles()[path]
        if (!file) return next()
        res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'font/woff2')
        res.end(readFileSync(file))
      })
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(dataFiles())) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) })
      }
    },
  }
}

/** Content-Security-Policy for the built app: no inline script, no outside host unless an online basemap is set. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'jkt-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const online = process.env.VITE_BASEMAP_STYLE_URL
      const extra = online ? ` ${new URL(online).origin}` : ''
      const csp = [
        "default-src 'self'",
        "script-src 'self'",
        "worker-src 'self' blob:",
        "style-src 'self' 'unsafe-inline'",
        `img-src 'self' data: blob:${extra}`,
        `connect-src 'self' data: blob:${online ? `${extra} https:` : ''}`,
        `font-src 'self'${extra}`,
        "object-src 'none'",
        "base-uri 'self'",
      ].join('; ')
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`)
    },
  }
}

export default defineConfig({
  base: './',
  plugins: [vue(), embeddedAssets(), contentSecurityPolicy()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
