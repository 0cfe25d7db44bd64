/**
 * Worker thread for `RosterFiles.readXlsx`: reads the first worksheet of an XLSX file with exceljs
 * and posts its rows back. Parsing a worksheet's XML takes the thread for as long as it lasts
 * (hundreds of milliseconds for a large roster), so it runs here, away from the server's event
 * loop, under the heap limit `readXlsx` gives the worker. The caller has already checked the ZIP
 * container (entry count, declared and inflated sizes), so exceljs never inflates more than the cap.
 *
 * In: `workerData` = { bytes: Uint8Array, maxRows: number }. Out: one message, either
 * { ok: true, rows } or { ok: false, tooManyRows: true } (more than `maxRows` non-empty rows) or
 * { ok: false, message } (exceljs could not read it).
 */
import { parentPort, workerData } from "node:worker_threads"
import ExcelJS from "exceljs"

interface Input {
  readonly bytes: Uint8Array
  readonly maxRows: number
}

const cellValue = (v: ExcelJS.CellValue): unknown => {
  if (v === null || v === undefined) return undefined
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("")
    if ("formula" in v || "sharedFormula" in v)
      return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)
    if ("hyperlink" in v) return (v as ExcelJS.CellHyperlinkValue).text
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error)
  }
  return String(v)
}

const read = async ({ bytes, maxRows }: Input) => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
  )
  const ws = wb.worksheets[0]
  if (ws === undefined) return { ok: false, message: "the workbook has no worksheet" }
  if (ws.actualRowCount > maxRows) return { ok: false, tooManyRows: true }
  const rows: Array<{ row: number; cells: Array<unknown> }> = []
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: Array<unknown> = []
    for (let c = 1; c <= Math.max(row.cellCount, 9); c++) {
      const cell = row.getCell(c)
      // A merged cell repeats its master's value: keep it only at the master.
      cells.push(cell.isMerged && cell.master !== cell ? undefined : cellValue(cell.value))
    }
    rows.push({ row: n, cells })
  })
  return { ok: true, rows }
}

read(workerData as Input).then(
  (result) => parentPort?.postMessage(result),
  (e: unknown) => parentPort?.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) }),
)
