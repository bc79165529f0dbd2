/** Hub icons drawn on a canvas at run time: no sprite sheet, no request. */
import type { Hub } from '../domain/types.ts'

const HUB_FILL: Record<Hub['kind'], string> = { airport: '#1864ab', rail: '#5f3dc4', port: '#0b7285', centre: '#c92a2a', auto: '#e67700' }

/** The hub kinds, in the legend's order. */
export const HUB_KINDS: readonly Hub['kind'][] = ['airport', 'rail', 'port', 'centre', 'auto']

/** Plain glyphs that common system fonts have (no emoji: emoji fonts are often missing). */
const HUB_GLYPH: Record<Hub['kind'], string> = { airport: '✈', rail: 'R', port: '⚓', centre: '★', auto: 'A' }

export function hubIcon(kind: Hub['kind'], pixelRatio: number): { width: number; height: number; data: Uint8ClampedArray } {
  const canvas = drawHubIcon(kind, pixelRatio)
  return { width: canvas.width, height: canvas.height, data: canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data }
}

/** The same icon as an image URL (data:), for the legend: it shows exactly what the map draws. */
export function hubIconUrl(kind: Hub['kind']): string {
  return drawHubIcon(kind, 2).toDataURL()
}

function drawHubIcon(kind: Hub['kind'], pixelRatio: number): HTMLCanvasElement {
  const size = Math.round(26 * pixelRatio)
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = size
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = HUB_FILL[kind]
  ctx.strokeStyle = '#fff'
  ctx.lineWidth = 2 * pixelRatio
  ctx.beginPath()
  ctx.roundRect(pixelRatio, pixelRatio, size - 2 * pixelRatio, size - 2 * pixelRatio, 6 * pixelRatio)
  ctx.fill()
  ctx.stroke()
  ctx.fillStyle = '#fff'
  ctx.font = `bold ${Math.round(15 * pixelRatio)}px sans-serif`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillText(HUB_GLYPH[kind], size / 2, size / 2 + pixelRatio)
  return canvas
}
