import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { precompress } from './scripts/build/precompress.ts'
import { buildCsp, fetchStyleHosts, originOf } from './scripts/build/csp.ts'
import { prerenderShell } from './scripts/build/shell.ts'

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

/**
 * Content-Security-Policy for the built app (scripts/build/csp.ts): no inline script, no outside host unless an
 * online basemap is set, and then only the hosts it needs.
 */
function contentSecurityPolicy(): Plugin {
  let csp = ''
  return {
    name: 'jkt-csp',
    apply: 'build',
    async buildStart() {
      const styleUrl = process.env.VITE_BASEMAP_STYLE_URL
      let styleHosts: string[] = []
      if (styleUrl) {
        originOf(styleUrl, 'VITE_BASEMAP_STYLE_URL')
        const read = await fetchStyleHosts(styleUrl)
        if ('hosts' in read) {
          styleHosts = read.hosts
          this.info(`CSP: the basemap style names ${styleHosts.join(', ') || 'no other host'}`)
        } else
          this.warn(`CSP: could not read the basemap style (${read.error}); only its own host and VITE_BASEMAP_HOSTS are allowed`)
      }
      csp = buildCsp({ styleUrl, extraHosts: process.env.VITE_BASEMAP_HOSTS, styleHosts })
    },
    transformIndexHtml(html) {
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`)
    },
  }
}

/** Brotli and gzip copies of every compressible file of the build, served by Accept-Encoding (scripts/serve.ts). */
function precompressBuild(): Plugin {
  let outDir = ''
  return {
    name: 'jkt-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      precompress(outDir)
    },
  }
}

export default defineConfig({
  base: './',
  plugins: [vue(), embeddedAssets(), prerenderShell(), contentSecurityPolicy(), precompressBuild()],
  // No modulepreload polyfill: every browser that runs this build's ES2022 has modulepreload or simply loads the
  // module later without it; the polyfill was half a kilobyte of every first visit.
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, modulePreload: { polyfill: false } },
  // vue-i18n's build flags (https://vue-i18n.intlify.dev/guide/advanced/optimization): the app uses the Composition
  // API only (createI18n({ legacy: false })) and none of the global components or the v-t directive, so their code
  // is left out of the first visit; no devtools in production.
  define: { __VUE_I18N_LEGACY_API__: false, __VUE_I18N_FULL_INSTALL__: false, __INTLIFY_PROD_DEVTOOLS__: false },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
