/**
 * Reading an import sheet into rows of cells: `.xlsx` with exceljs (loaded only here, with a dynamic import),
 * `.csv` with papaparse. CSV text is UTF-8 with or without a byte-order mark; Chinese Excel's "CSV (逗号分隔)"
 * writes GBK instead, which is detected (the bytes are not valid UTF-8 but are valid GB18030, GBK's superset)
 * and converted; Excel's "Unicode text" (UTF-16 with a BOM, tab-separated) is read too.
 */
import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import Papa from 'papaparse'
import type { Cell } from '../../src/domain/import/cells.ts'

export class SheetReadError extends Error {}

export interface Sheet {
  rows: Cell[][]
  /** How the text was decoded (CSV), or the worksheet read (XLSX): said in the report. */
  note: string
}

/** Far above any agent's sheet; a guard against a wrong or hostile file filling the memory. */
const MAX_BYTES = 50 * 1024 * 1024
const SAVE_AS_UTF8 = 'save it from Excel as "CSV UTF-8 (Comma delimited) (*.csv)" (中文版: 另存为 > "CSV UTF-8(逗号分隔)(*.csv)")'

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom ? 3 : 0)), encoding: bom ? 'UTF-8 with BOM' : 'UTF-8' }
  } catch (e) {
    // Not UTF-8: Chinese Excel's plain "CSV" is GBK (code page 936). GB18030 decodes every GBK file.
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GBK (converted to UTF-8)' }
    } catch {
      throw new SheetReadError(`the file is neither UTF-8 nor GBK text (${(e as Error).message}): ${SAVE_AS_UTF8}`)
    }
  }
}

export function parseCsvText(text: string): Cell[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false })
  const bad = result.errors.filter((e) => e.type === 'Quotes')
  if (bad.length)
    throw new SheetReadError(bad.map((e) => `row ${(e.row ?? 0) + 1}: ${e.message} (a quote " opened and never closed)`).join('; '))
  const rows = result.data as Cell[][]
  // Papaparse returns one empty row for the line break that ends the file.
  while (rows.length && rows[rows.length - 1].every((c) => c === '' || c === null)) rows.pop()
  return rows
}

const ymd = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`

/** An exceljs cell value as text, number, boolean or empty: formulas give their computed result. */
export function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return ymd(value) // exceljs reads date cells as UTC midnight
  if (typeof value === 'object') {
    const v = value as { formula?: string; sharedFormula?: string; result?: unknown; richText?: { text: string }[]; text?: unknown; hyperlink?: string; error?: string }
    if ('formula' in v || 'sharedFormula' in v)
      // A formula with no stored result (written by a program, never opened in Excel) is passed on as its text,
      // which every column refuses as "looks like a spreadsheet formula".
      return v.result === undefined ? `=${v.formula ?? v.sharedFormula}` : xlsxCell(v.result)
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('')
    if ('hyperlink' in v) return typeof v.text === 'string' && v.text ? v.text : (v.hyperlink ?? null)
    if (typeof v.error === 'string') return v.error
  }
  return String(value)
}

export async function readSheet(path: string): Promise<Sheet> {
  const ext = extname(path).toLowerCase()
  let size: number
  try {
    size = statSync(path).size
  } catch (e) {
    throw new SheetReadError(`cannot read ${path}: ${(e as Error).message}`)
  }
  if (size > MAX_BYTES) throw new SheetReadError(`${path} is ${Math.round(size / 1e6)} MB; at most ${MAX_BYTES / 1e6} MB is read`)
  if (ext === '.csv' || ext === '.txt') {
    const { text, encoding } = decodeCsv(readFileSync(path))
    return { rows: parseCsvText(text), note: `read as ${encoding}` }
  }
  if (ext === '.xlsx') {
    // Loaded here only: exceljs is large, and only the import (and later the export) needs it.
    const { default: ExcelJS } = await import('exceljs')
    const wb = new ExcelJS.Workbook()
    try {
      await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer)
    } catch (e) {
      throw new SheetReadError(`${path} is not a readable .xlsx file (${(e as Error).message})`)
    }
    const ws = wb.worksheets[0]
    if (!ws) throw new SheetReadError(`${path} has no worksheet`)
    const rows: Cell[][] = []
    // exceljs computes rowCount and columnCount over every row on each call: read them once (5,000 rows: 37 s -> 3 s).
    const rowCount = ws.rowCount
    const columnCount = ws.columnCount
    for (let r = 1; r <= rowCount; r++) {
      const row = ws.getRow(r)
      const cells: Cell[] = []
      for (let c = 1; c <= columnCount; c++) cells.push(xlsxCell(row.getCell(c).value))
      rows.push(cells)
    }
    const others = wb.worksheets.length > 1 ? ` (the first of ${wb.worksheets.length}; the others are not read)` : ''
    return { rows, note: `worksheet "${ws.name}"${others}` }
  }
  if (ext === '.xls') throw new SheetReadError(`${path}: the old Excel format (.xls) is not read; save it as .xlsx, or as CSV UTF-8`)
  throw new SheetReadError(`${path}: expected a .xlsx or .csv file`)
}
