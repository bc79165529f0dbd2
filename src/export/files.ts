/**
 * Files the share panel hands over (issue 22): the export sheet as CSV or XLSX, and saving a Blob as a download.
 * The table itself comes from src/domain/export/csv.ts, the same builder as `explore --csv`.
 */
import { toCsv, type ExportTable } from '../domain/export/csv.ts'

export const CSV_TYPE = 'text/csv;charset=utf-8'
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export const csvBlob = (table: ExportTable): Blob => new Blob([toCsv(table)], { type: CSV_TYPE })

/**
 * exceljs is ~1 MB of script: loaded with a dynamic import on the first click only, so the map never waits for it.
 * Strings go in as text cells (never formulas: a name starting with "=" stays a name), numbers as numbers.
 */
export async function xlsxBlob(table: ExportTable, sheetName: string): Promise<Blob> {
  const mod = await import('exceljs')
  // The browser build is UMD: its namespace sits on `default` after Vite's CommonJS interop.
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheetName)
  ws.addRow(table.header)
  for (const row of table.rows) ws.addRow(row.map((c) => (c === null ? null : c)))
  ws.getRow(1).font = { bold: true }
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  const buf = await wb.xlsx.writeBuffer()
  return new Blob([buf], { type: XLSX_TYPE })
}

/** A download through a temporary object URL (revoked once the click has been handled). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** `jkt-shortlist-2026-12-08.xlsx`: the local date, so that an agent's files sort by the day they were made. */
export function exportFileName(what: string, ext: string, now = new Date()): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
  return `jkt-${what}-${d}.${ext}`
}
