/**
 * The WeChat poster (issue 22, part 3): a 750 px wide PNG drawn on a canvas by this code. Not html-to-image: that
 * clones the DOM into an SVG foreignObject and inlines fonts and images, which the CSP's img-src/font-src must then
 * allow (data: and blob: everywhere), differs between WebViews (WeChat's X5 among them), and would add a dependency;
 * a canvas draws the same pixels everywhere from system fonts, and the QR code is drawn module by module, crisp.
 */
import QRCode from 'qrcode'
import type { PosterPick } from '../domain/export/poster.ts'

export const POSTER_WIDTH = 750
/** The QR code with its 4-module quiet zone is at least this wide: scans from a phone screen (issue 22). */
export const QR_MIN_PX = 240

export interface PosterContent {
  title: string
  date: string
  summary: string
  picks: PosterPick[]
  sampleLabel: string
  link: string
  scanHint: string
  agent: string
  footer: string
}

const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", "Noto Sans", sans-serif'
const PAD = 40
const INK = '#1b1f24'
const MUTED = '#57606a'
const ACCENT = '#0b5cad'

type Op = (ctx: CanvasRenderingContext2D) => void

/** Lines that fit `width`: by words for Latin text, by characters for Chinese (no spaces to break at). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,;:!?'’()\-–/≥≤~·+%²]+\s*|\s+|./gu) ?? []
  const lines: string[] = []
  let line = ''
  for (const tok of tokens) {
    if (ctx.measureText(line + tok).width <= width || line === '') line += tok
    else {
      lines.push(line.trimEnd())
      line = tok.trimStart()
    }
  }
  if (line.trim()) lines.push(line.trimEnd())
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    let last = kept[maxLines - 1]
    while (last && ctx.measureText(last + '…').width > width) last = [...last].slice(0, -1).join('')
    kept[maxLines - 1] = last + '…'
    return kept
  }
  return lines
}

/** Draws the poster and returns its PNG. */
export async function drawPoster(c: PosterContent): Promise<Blob> {
  const measure = document.createElement('canvas').getContext('2d')!
  const ops: Op[] = []
  let y = 0
  const text = (s: string, size: number, weight: number, color: string, x = PAD, maxW = POSTER_WIDTH - 2 * PAD, maxLines = 3, lineH = size * 1.35) => {
    const font = `${weight} ${size}px ${FONT}`
    measure.font = font
    for (const line of wrap(measure, s, maxW, maxLines)) {
      const at = y + size
      ops.push((ctx) => {
        ctx.font = font
        ctx.fillStyle = color
        ctx.fillText(line, x, at)
      })
      y += lineH
    }
  }
  // Header band: as tall as the title needs (two lines at most).
  let bandH = 0
  ops.push((ctx) => {
    ctx.fillStyle = ACCENT
    ctx.fillRect(0, 0, POSTER_WIDTH, bandH)
  })
  y = 26
  text(c.title, 34, 700, '#fff', PAD, POSTER_WIDTH - 2 * PAD, 2)
  text(c.date, 22, 400, '#dbe9f7', PAD, POSTER_WIDTH - 2 * PAD, 1)
  bandH = Math.round(y + 14)
  y = bandH + 30
  text(c.summary, 30, 700, INK, PAD, POSTER_WIDTH - 2 * PAD, 4)
  y += 16
  c.picks.forEach((p, n) => {
    const top = y
    y += 22
    text(`${n + 1}. ${p.name}`, 27, 700, INK, PAD + 20, POSTER_WIDTH - 2 * PAD - 40, 2)
    if (p.sample) text(c.sampleLabel, 20, 700, '#9a6700', PAD + 20, POSTER_WIDTH - 2 * PAD - 40, 1)
    y += 4
    text(p.facts.join(' · '), 24, 400, MUTED, PAD + 20, POSTER_WIDTH - 2 * PAD - 40, 3)
    y += 14
    const h = y - top
    ops.unshift((ctx) => {
      ctx.fillStyle = '#f3f6f9'
      ctx.fillRect(PAD, top, POSTER_WIDTH - 2 * PAD, h)
    })
    y += 16
  })
  // The QR code, module by module with its 4-module quiet zone (ISO/IEC 18004), error correction M as SharePanel's.
  const qr = QRCode.create(c.link, { errorCorrectionLevel: 'M' })
  const n = qr.modules.size
  const scale = Math.max(Math.ceil(QR_MIN_PX / (n + 8)), Math.floor(300 / (n + 8)))
  const qrPx = (n + 8) * scale
  const qrX = Math.round((POSTER_WIDTH - qrPx) / 2)
  const qrY = y + 10
  ops.push((ctx) => {
    ctx.fillStyle = '#fff'
    ctx.fillRect(qrX, qrY, qrPx, qrPx)
    ctx.fillStyle = '#000'
    for (let r = 0; r < n; r++) for (let col = 0; col < n; col++) if (qr.modules.get(r, col)) ctx.fillRect(qrX + (col + 4) * scale, qrY + (r + 4) * scale, scale, scale)
  })
  y = qrY + qrPx
  const centred = (s: string, size: number, weight: number, color: string) => {
    const font = `${weight} ${size}px ${FONT}`
    measure.font = font
    for (const line of wrap(measure, s, POSTER_WIDTH - 2 * PAD, 2)) {
      const at = y + size
      ops.push((ctx) => {
        ctx.font = font
        ctx.fillStyle = color
        ctx.textAlign = 'center'
        ctx.fillText(line, POSTER_WIDTH / 2, at)
        ctx.textAlign = 'left'
      })
      y += size * 1.4
    }
  }
  centred(c.scanHint, 24, 400, MUTED)
  if (c.agent) {
    y += 16
    centred(c.agent, 28, 700, INK)
  }
  y += 16
  centred(c.footer, 18, 400, MUTED)
  y += 30

  const canvas = document.createElement('canvas')
  canvas.width = POSTER_WIDTH
  canvas.height = Math.ceil(y)
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.textBaseline = 'alphabetic'
  for (const op of ops) op(ctx)
  return new Promise((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('the canvas gave no PNG'))), 'image/png'))
}
