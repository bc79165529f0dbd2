import { describe, expect, it } from 'vitest'
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildBasemapStyle, BASEMAP_LABEL_LAYERS } from './style.ts'
import { INTERACTIVE_LAYERS, OVERLAY_LABEL_LAYERS, overlayLayers, overlaySources, parkAreas } from './layers.ts'
import type { Dataset } from '../domain/types.ts'

const data = (f: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data', f), 'utf8'))
const ds: Dataset = { hubs: data('hubs.json').hubs, parks: data('parks.json').parks, listings: data('listings.json').listings }

function fullStyle(lang: 'zh' | 'en') {
  const base = buildBasemapStyle({ lang, basemapUrl: 'http://127.0.0.1/data/basemap.json', fontUrl: 'http://127.0.0.1/fonts/noto-sans-latin-400.woff2' })
  return { ...base, sources: { ...base.sources, ...overlaySources(ds, { points: new Float64Array([121.1, 31.3]), sample: new Uint8Array([1]) }) }, layers: [...base.layers, ...overlayLayers(lang)] }
}

describe('the map style the app builds', () => {
  it.each(['zh', 'en'] as const)('is valid for the style-spec validator (%s)', (lang) => {
    expect(validateStyleMin(fullStyle(lang) as Parameters<typeof validateStyleMin>[0])).toEqual([])
  })

  it('names every label and interactive layer it refers to', () => {
    const ids = new Set(fullStyle('zh').layers.map((l) => l.id))
    for (const id of [...BASEMAP_LABEL_LAYERS, ...OVERLAY_LABEL_LAYERS, ...INTERACTIVE_LAYERS]) expect(ids.has(id), id).toBe(true)
  })

  it('uses no outside host: no glyphs, sprite or tile URL, only the given data and font', () => {
    const style = buildBasemapStyle({ lang: 'zh', basemapUrl: 'http://127.0.0.1/data/basemap.json', fontUrl: 'http://127.0.0.1/fonts/x.woff2' })
    expect(style.glyphs).toBeUndefined()
    expect(style.sprite).toBeUndefined()
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? []
    expect(urls.every((u) => u.startsWith('http://127.0.0.1/'))).toBe(true)
  })

  it('draws every park: its boundary, or a circle of its radius', () => {
    const areas = parkAreas(ds)
    expect(areas.features).toHaveLength(ds.parks.length)
    for (const f of areas.features) expect(f.geometry.type).toBe('Polygon')
  })
})
