/**
 * The frame of the picks' sketch map (compare view, printed proposal; issues 21 and 22): an equirectangular
 * projection with longitude scaled by cos(latitude), which at 31° N keeps distances within ~1 % over this area (a
 * sketch, not a survey), fitted to the points it must show. Plus the SVG path of a GeoJSON area in that frame (the
 * answer area), so that the picks and the area are drawn by one projection.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import type { LngLat } from '../types.ts'

export interface SketchFrame {
  w: number
  h: number
  /** Longitude/latitude to frame units, y down. */
  xy: (p: readonly [number, number]) => [number, number]
}

/** At least ~10 km across (0.1°), so that two picks in one park are not drawn at the frame's corners. */
export const MIN_SPAN_DEG = 0.1

/**
 * The frame w × h (padding pad on every side) that shows every point. Throws a RangeError when there is no point,
 * a coordinate is not a finite longitude/latitude, or the size leaves no room inside the padding.
 */
export function sketchFrame(points: readonly LngLat[], w: number, h: number, pad: number): SketchFrame {
  if (!(w > 2 * pad) || !(h > 2 * pad)) throw new RangeError(`sketchFrame: a ${w}×${h} frame leaves no room inside a padding of ${pad}`)
  if (points.length === 0) throw new RangeError('sketchFrame: no point to frame; a sketch needs at least one')
  points.forEach(([lng, lat], i) => {
    if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 85) {
      throw new RangeError(`sketchFrame: point ${i + 1} is [${lng}, ${lat}]; expected a longitude and latitude in degrees`)
    }
  })
  const lngs = points.map((p) => p[0])
  const lats = points.map((p) => p[1])
  let [x0, x1, y0, y1] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)]
  if (x1 - x0 < MIN_SPAN_DEG) [x0, x1] = [(x0 + x1) / 2 - MIN_SPAN_DEG / 2, (x0 + x1) / 2 + MIN_SPAN_DEG / 2]
  if (y1 - y0 < MIN_SPAN_DEG) [y0, y1] = [(y0 + y1) / 2 - MIN_SPAN_DEG / 2, (y0 + y1) / 2 + MIN_SPAN_DEG / 2]
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180)
  const scale = Math.min((w - 2 * pad) / ((x1 - x0) * k), (h - 2 * pad) / (y1 - y0))
  const cx = (x0 + x1) / 2
  const cy = (y0 + y1) / 2
  return { w, h, xy: (p) => [w / 2 + (p[0] - cx) * k * scale, h / 2 - (p[1] - cy) * scale] }
}

/**
 * The SVG path data of a Polygon or MultiPolygon in the frame: one closed subpath per ring (draw it with
 * fill-rule="evenodd" so that holes stay open), coordinates rounded to 0.1 unit and repeated points left out, which
 * keeps a 0.4 km contour of the whole area to a few kilobytes. Rings of fewer than 3 distinct points are skipped.
 */
export function areaPath(geometry: Polygon | MultiPolygon, frame: SketchFrame): string {
  const polys: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []
  const parts: string[] = []
  for (const rings of polys) {
    for (const ring of rings) {
      const pts: string[] = []
      for (const pos of ring) {
        const [x, y] = frame.xy([pos[0], pos[1]])
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue
        const s = `${round1(x)} ${round1(y)}`
        if (pts[pts.length - 1] !== s) pts.push(s)
      }
      if (pts.length > 1 && pts[0] === pts[pts.length - 1]) pts.pop()
      if (pts.length >= 3) parts.push(`M${pts.join('L')}Z`)
    }
  }
  return parts.join('')
}

/** What the sketch shows of the drive-time limits, for its drawing and its legend line (never nothing silently). */
export type SketchAnswer =
  | { kind: 'noLimits' }
  /** Limits set, but no area computed: not yet, or the routing worker failed. */
  | { kind: 'pending' }
  /** The limits never hold together. */
  | { kind: 'empty' }
  | { kind: 'area'; path: string }

/** The answer area (routing store: null until computed) for `limits` drive-time limits, in the frame. */
export function sketchAnswer(limits: number, answer: FeatureCollection | null, frame: SketchFrame): SketchAnswer {
  if (limits === 0) return { kind: 'noLimits' }
  if (!answer) return { kind: 'pending' }
  const path = answer.features
    .map((f) => (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon' ? areaPath(f.geometry, frame) : ''))
    .join('')
  return path ? { kind: 'area', path } : { kind: 'empty' }
}

const round1 = (v: number) => String(Math.round(v * 10) / 10)
