/**
 * "My listings" (issue 20): an agent's sheet read (papaparse, exceljs) and checked with the CLI's code
 * (src/domain/import) off the main thread, so that a 5,000-row import leaves the page responsive. Created when the
 * import panel first reads or checks a sheet (src/stores/importWorker.ts); requests come through
 * src/workers/client.ts.
 */
import { decodeCsv, parseCsvText, SheetReadError, worksheetRows } from '../domain/import/sheetText.ts'
import { checkSheet } from '../domain/import/device.ts'
import type { Cell } from '../domain/import/cells.ts'
import type { ImportApi } from './protocol.ts'
import { serve, type WorkerScope } from './serve.ts'

async function readSheet(name: string, bytes: Uint8Array): Promise<Cell[][]> {
  const lower = name.toLowerCase()
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return parseCsvText(decodeCsv(bytes).text)
  if (!lower.endsWith('.xlsx')) throw new SheetReadError(`${name}: not a .xlsx, .csv or .txt file`)
  // exceljs (~1 MB) only when an .xlsx comes: a chunk of its own, loaded by this worker.
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes.buffer as ArrayBuffer)
  } catch (e) {
    throw new SheetReadError(`${name} is not a readable .xlsx file (${(e as Error).message})`)
  }
  return worksheetRows(wb).rows
}

serve<ImportApi>(self as unknown as WorkerScope, {
  async read({ name, bytes }) {
    try {
      return { ok: true, rows: await readSheet(name, new Uint8Array(bytes)) }
    } catch (e) {
      // A file the agent can fix is said in the panel; anything else is a fault of this code and rejects the call.
      if (e instanceof SheetReadError) return { ok: false, message: e.message }
      throw e
    }
  },
  check({ rows, ctx }, progress) {
    const total = Math.max(0, rows.length - 1)
    progress({ done: 0, total })
    return checkSheet(rows, ctx, (done) => progress({ done, total }))
  },
})
