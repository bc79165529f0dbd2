/**
 * Reading an import sheet into rows of cells: `.xlsx` with exceljs (loaded only here, with a dynamic import),
 * `.csv` with papaparse. CSV text is UTF-8 with or without a byte-order mark; Chinese Excel's "CSV (逗号分隔)"
 * writes GBK instead, which is detected (the bytes are not valid UTF-8 but are valid GB18030, GBK's superset)
 * and converted; Excel's "Unicode text" (UTF-16 with a BOM, tab-separated) is read too.
 */
import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { decodeCsv, parseCsvText, SheetReadError, worksheetRows } from '../../src/domain/import/sheetText.ts'
import type { Cell } from '../../src/domain/import/cells.ts'

export { SheetReadError, decodeCsv, parseCsvText, xlsxCell } from '../../src/domain/import/sheetText.ts'

export interface Sheet {
  rows: Cell[][]
  /** How the text was decoded (CSV), or the worksheet read (XLSX): said in the report. */
  note: string
}

/** Far above any agent's sheet; a guard against a wrong or hostile file filling the memory. */
const MAX_BYTES = 50 * 1024 * 1024
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
    try {
      return worksheetRows(wb)
    } catch (e) {
      throw new SheetReadError(`${path}: ${(e as Error).message}`)
    }
  }
  if (ext === '.xls') throw new SheetReadError(`${path}: the old Excel format (.xls) is not read; save it as .xlsx, or as CSV UTF-8`)
  throw new SheetReadError(`${path}: expected a .xlsx or .csv file`)
}
