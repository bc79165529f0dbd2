/**
 * The shell pre-rendered into index.html at build time, so that the first paint needs only the HTML and the
 * stylesheet, not the JavaScript (issue 19, "First paint before the script"): the title bar, the panel's frame
 * with the filter labels and a count placeholder, and the map area, in the layout of the app (the same classes,
 * src/layout.css) so that nothing jumps when the app mounts and replaces it (Vue's mount empties #app).
 *
 * Written from the app's own sources, never a second copy: every string from src/i18n, the filters from the
 * filter table (src/domain/filter/filters.ts, each row's label key). Static markup only: the CSP allows no inline
 * script, and the controls are disabled until the app takes over. Chinese, the app's default; a browser in
 * another language gets English as soon as the app starts (the frame keeps its size: only words change).
 */
import type { Plugin } from 'vite'
import zh from '../../src/i18n/zh-CN.ts'
import en from '../../src/i18n/en.ts'
import { FILTERS, type FilterName } from '../../src/domain/filter/filters.ts'

type Messages = typeof zh
const MESSAGES: Record<'zh' | 'en', Messages> = { zh, en: en as Messages }

/** The filters in the order FilterPanel.vue shows them (search first, the sample switch last). */
export const PANEL_ORDER: readonly FilterName[] = ['q', 'area', 'land', 'type', 'deal', 'ready', 'price', 'height', 'ind', 'landprice', 'dt', 'pin', 'sample']

/** A message by its vue-i18n key with `{name}` placeholders filled; throws naming the key when it is missing. */
export function message(lang: 'zh' | 'en', key: string, params: Record<string, string> = {}): string {
  let node: unknown = MESSAGES[lang]
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  if (typeof node !== 'string') throw new Error(`shell: no ${lang} message "${key}" in src/i18n`)
  return node.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m)
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c])

export function shellHtml(lang: 'zh' | 'en' = 'zh'): string {
  const t = (key: string, params?: Record<string, string>) => escapeHtml(message(lang, key, params))
  const missing = PANEL_ORDER.filter((f) => !(f in FILTERS))
  if (missing.length) throw new Error(`shell: PANEL_ORDER names filters the table lacks: ${missing.join(', ')}`)
  const absent = Object.keys(FILTERS).filter((f) => !PANEL_ORDER.includes(f as FilterName))
  if (absent.length) throw new Error(`shell: filters missing from PANEL_ORDER: ${absent.join(', ')}`)
  const labels = PANEL_ORDER.map((f) => `<li>${t(FILTERS[f].label)}</li>`).join('')
  return [
    `<div class="app shell" data-testid="shell" aria-busy="true">`,
    `<header class="bar"><h1 class="title">${t('app.title')} <span class="subtitle">${t('app.subtitle')}</span></h1>`,
    `<div class="bar-actions">`,
    `<label class="unit"><span class="visually-hidden">${t('app.unit')}</span><select disabled><option>${t('units.m2')}</option></select></label>`,
    `<button type="button" disabled lang="${lang === 'zh' ? 'en' : 'zh-CN'}">${t('app.switchLang')}</button>`,
    `<button type="button" disabled aria-label="${t('shortlist.open', { n: '0' })}">★ 0</button>`,
    `<button type="button" disabled>${t('mine.open')}</button>`,
    `<button type="button" class="primary" disabled>${t('app.share')}</button>`,
    `</div></header>`,
    `<aside class="panel" aria-label="${t('app.panel')}"><div class="handle"><span class="grip"></span></div>`,
    `<div class="panel-body"><section class="shell-filters" aria-label="${t('filters.title')}">`,
    `<div class="shell-count">${t('results.count', { parks: '…', listings: '…' })}`,
    `<span class="shell-count-actions"><button type="button" disabled>${t('filters.title')} <span class="shell-open">▴</span><span class="shell-folded">▾</span></button><button type="button" disabled>${t('filters.reset')}</button></span></div>`,
    `<ul class="shell-labels">${labels}</ul></section>`,
    `<p class="shell-loading" role="status">${t('app.loading')}</p></div></aside>`,
    `<main class="map-area"><p class="map-loading">${t('app.mapLoading')}</p></main>`,
    `</div>`,
  ].join('')
}

/**
 * The entry script and its module preloads asked for at low priority: the first paint needs the HTML and the
 * stylesheet only, and module scripts never block rendering (they run after parsing), so the bandwidth of a slow
 * link goes to the stylesheet first. Lighthouse's simulation also counts a high-priority script as blocking the
 * first paint: this says what the page does.
 */
export function lowPriorityScripts(html: string): string {
  return html.replace(/<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g, '<$1 fetchpriority="low"')
}

/** Puts the shell into the built index.html's empty `<div id="app"></div>`. */
export function prerenderShell(): Plugin {
  return {
    name: 'jkt-shell',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has added its script and preload tags.
      order: 'post',
      handler(html) {
        const empty = '<div id="app"></div>'
        if (!html.includes(empty)) throw new Error(`shell: index.html has no ${empty} to fill`)
        return lowPriorityScripts(html.replace(empty, `<div id="app">${shellHtml('zh')}</div>`))
      },
    },
  }
}
