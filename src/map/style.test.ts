import { describe, expect, it } from 'vitest'
import { createExpression, latest, validateStyleMin, type ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildBasemapStyle, BASEMAP_LABEL_LAYERS, basemapLayers, refText } from './style.ts'
import { hubPoints, INTERACTIVE_LAYERS, LAYER, OVERLAY_LABEL_LAYERS, overlayLayers, overlaySources, parkAreas, TOP_LAYERS } from './layers.ts'
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

  it.each([
    ['G2;G42', 'G2/G42'],
    ['G15;G4221', 'G15/G4221'],
    ['S48;S81', 'S48/S81'],
    ['G1503', 'G1503'],
    ['A;B;C;D', 'A/B/C/D'],
  ])('writes the road ref %j as %j', (ref, want) => {
    const r = createExpression(refText(), 'layers[0].layout.text-field', latest.layout_symbol['text-field'] as never)
    if (r.result !== 'success') throw new Error(JSON.stringify(r.value))
    expect(String(r.value.evaluate({ zoom: 10 }, { type: 'LineString', properties: { ref } } as never))).toBe(want)
  })

  it('labels roads with the formatted ref in every language (a language switch does not turn refs into names)', () => {
    for (const lang of ['zh', 'en'] as const) expect(basemapLayers(lang).find((l) => l.id === 'road-label')!.layout!['text-field' as never]).toEqual(refText())
    expect(BASEMAP_LABEL_LAYERS).not.toContain('road-label')
  })

  it('places towns before roads and hubs before all (MapLibre places symbol layers from the top down)', () => {
    const ids = fullStyle('en').layers.map((l) => l.id)
    expect(ids.indexOf('town-label')).toBeGreaterThan(ids.indexOf('road-label'))
    expect(TOP_LAYERS.has(LAYER.hubs)).toBe(true)
    expect(TOP_LAYERS.has(LAYER.parkLabel)).toBe(false)
    // Park labels above the listing dots that sit on the park's point, and moved off that point.
    const overlay = overlayLayers('en')
    const at = (id: string) => overlay.findIndex((l) => l.id === id)
    expect(at(LAYER.parkLabel)).toBeGreaterThan(at(LAYER.matches))
    expect(overlay[at(LAYER.parkLabel)].layout).toMatchObject({ 'text-radial-offset': 0.9 })
  })

  it('draws Kunshan centre and Kunshan South side by side, each label beside its own icon', () => {
    const props = Object.fromEntries(hubPoints(ds).features.map((f) => [f.properties!.id, f.properties!]))
    expect([props['kunshan-centre'].side, props['kunshan-south'].side]).toEqual(['left', 'right'])
    expect(props['kunshan-centre'].rank).toBeLessThan(props['kunshan-south'].rank)
    const hubs = overlayLayers('en').find((l) => l.id === LAYER.hubs)!
    const offset = (side: string) => {
      const r = createExpression(hubs.layout!['icon-offset' as never] as ExpressionSpecification, 'layers[0].layout.icon-offset', latest.layout_symbol['icon-offset'] as never)
      if (r.result !== 'success') throw new Error(JSON.stringify(r.value))
      return r.value.evaluate({ zoom: 10 }, { type: 'Point', properties: { side } } as never)
    }
    expect(offset('left')).toEqual([-13, 0])
    expect(offset('right')).toEqual([13, 0])
    expect(offset('alone')).toEqual([0, 0])
  })
})
