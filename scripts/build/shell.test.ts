import { describe, expect, it } from 'vitest'
import { PANEL_ORDER, escapeHtml, lowPriorityScripts, message, prerenderShell, shellHtml } from './shell.ts'
import { FILTERS, FILTER_NAMES } from '../../src/domain/filter/filters.ts'

describe('the pre-rendered shell', () => {
  it.each(['zh', 'en'] as const)('%s: names every filter of the table, the title and the count placeholder', (lang) => {
    const html = shellHtml(lang)
    for (const f of FILTER_NAMES) expect(html).toContain(`<li>${escapeHtml(message(lang, FILTERS[f].label))}</li>`)
    expect(html).toContain(escapeHtml(message(lang, 'app.title')))
    expect(html).toContain(escapeHtml(message(lang, 'results.count', { parks: '…', listings: '…' })))
    expect(html).not.toMatch(/<script|\son\w+=|style=/i) // the CSP allows no inline script; no inline style either
  })

  it('lists the filters in the panel order, each once', () => {
    expect([...PANEL_ORDER].sort()).toEqual([...FILTER_NAMES].sort())
  })

  it.each([
    ['app.nope', /no zh message "app.nope"/],
    ['app', /no zh message "app"/],
    ['', /no zh message ""/],
  ])('a missing message key (%s) is named', (key, error) => {
    expect(() => message('zh', key)).toThrow(error)
  })

  it.each([
    ['<b>&"\'', '&lt;b&gt;&amp;&quot;&#39;'],
    ['plain', 'plain'],
  ])('escapes %s', (raw, escaped) => expect(escapeHtml(raw)).toBe(escaped))

  it.each([
    ['<div id="app"></div>', true],
    ['<div id="root"></div>', false],
  ])('fills %s, or says there is nothing to fill', (body, fills) => {
    const hook = (prerenderShell().transformIndexHtml as { handler: (html: string) => string }).handler
    const html = `<html><body>${body}</body></html>`
    if (fills) expect(hook(html)).toContain('<div id="app"><div class="app shell"')
    else expect(() => hook(html)).toThrow(/index.html has no <div id="app"><\/div>/)
  })

  it.each([
    ['<script type="module" crossorigin src="./a.js"></script>', '<script type="module" fetchpriority="low" crossorigin src="./a.js"></script>'],
    ['<link rel="modulepreload" crossorigin href="./b.js">', '<link rel="modulepreload" fetchpriority="low" crossorigin href="./b.js">'],
    ['<script type="module" fetchpriority="high" src="./c.js"></script>', '<script type="module" fetchpriority="high" src="./c.js"></script>'],
    ['<link rel="stylesheet" href="./d.css">', '<link rel="stylesheet" href="./d.css">'],
  ])('asks for scripts at low priority, never the stylesheet: %s', (tag, out) => expect(lowPriorityScripts(tag)).toBe(out))
})
