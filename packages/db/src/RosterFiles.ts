/**
 * Roster files (附件2《拟职称采认人员花名册》) in and out: CSV (UTF-8 with a byte-order mark so Excel
 * reads it, RFC 4180 quoting) and XLSX in the Annex 2 layout — the title row, the 填报单位/填报时间
 * row, the header row, the entries, the two notes. Node side (exceljs, Buffer).
 *
 * Import reads either format (XLSX is recognised by its ZIP signature; a CSV may be UTF-8 or, as
 * Excel in Chinese locales saves it, GB 18030), finds the header row by its Annex 2 names, and hands
 * the rows to `Rosters.addRows`, which validates every row and writes nothing when any row fails.
 */

import type { Actor } from "@zhicheng/domain/Audit"
import { todayInChina } from "@zhicheng/domain/CivilDate"
import * as Rosters from "@zhicheng/domain/Rosters"
import { Clock, Effect, Either, Schema } from "effect"
import ExcelJS from "exceljs"

type ColumnKey = Rosters.ColumnKey

/** The file could not be read as a roster at all (not a spreadsheet, no Annex 2 header row, bad quoting). */
export class RosterFileUnreadable extends Schema.TaggedError<RosterFileUnreadable>()("RosterFileUnreadable", {
  message: Schema.String,
}) {}

export type Format = "csv" | "xlsx"

/** What goes into a file: the unit (填报单位), the date (填报时间) and the rows. */
export interface RosterDocument {
  readonly unitName: string
  readonly filledOn: string
  readonly rows: ReadonlyArray<Rosters.BureauRow>
}

/** One row of a sheet or CSV record, numbered as the file numbers it (1-based). */
export interface TableRow {
  readonly row: number
  readonly cells: ReadonlyArray<unknown>
}

const NOTES = [
  "1.“采认职称专业”栏填机电、信息技术、石化、医药、材料、轻纺；",
  "2.“资格名称”栏填助理工程师、工程师。",
]

const cellsOf = (r: Rosters.BureauRow): ReadonlyArray<string | number> =>
  Rosters.COLUMNS.map(({ key }) => (key === "seq" ? r.seq : r[key]))

// ---------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------

const BOM = "\uFEFF"
// A leading apostrophe is itself guarded, so that the importer's unguarding is exact.
const FORMULA_START = /^[=+\-@\t\r']/

/**
 * One CSV field: quoted when it holds a quote, comma, CR or LF or surrounding space (RFC 4180).
 * Text that a spreadsheet would run as a formula (starting = + - @, tab or CR) gets a leading
 * apostrophe, which the importer removes (OWASP CSV injection).
 */
const field = (v: string | number): string => {
  let s = String(v)
  if (typeof v === "string" && FORMULA_START.test(s)) s = `'${s}`
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * The roster as CSV text: BOM, the header row, one record per entry, CRLF line ends. With
 * `excelText` (default) the ID number is preceded by a tab so Excel keeps all 18 characters as
 * text instead of rounding them to a number; the importer trims it.
 */
export const toCsv = (doc: RosterDocument, opts: { readonly excelText?: boolean } = {}): string => {
  const excelText = opts.excelText ?? true
  const lines = [
    Rosters.COLUMNS.map((c) => field(c.header)).join(","),
    ...doc.rows.map((r) =>
      Rosters.COLUMNS.map(({ key }) =>
        key === "residentId" && excelText ? `\t${r.residentId}` : field(key === "seq" ? r.seq : r[key]),
      ).join(","),
    ),
  ]
  return `${BOM}${lines.join("\r\n")}\r\n`
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks; CRLF or
 * LF). Rows are numbered by record. A BOM is dropped. Fails on an unterminated quote.
 */
export const parseCsv = (input: string): Either.Either<ReadonlyArray<TableRow>, RosterFileUnreadable> => {
  const text = input.startsWith(BOM) ? input.slice(1) : input
  const rows: Array<TableRow> = []
  let cells: Array<string> = []
  let cur = ""
  let quoted = false
  let i = 0
  let startLine = 1
  let line = 1
  const endRecord = () => {
    cells.push(cur)
    cur = ""
    rows.push({ row: rows.length + 1, cells })
    cells = []
    startLine = line
  }
  while (i < text.length) {
    const c = text[i] as string
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cur += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      if (c === "\n") line++
      cur += c
      i++
      continue
    }
    if (c === '"' && cur === "") {
      quoted = true
      i++
    } else if (c === ",") {
      cells.push(cur)
      cur = ""
      i++
    } else if (c === "\r" && text[i + 1] === "\n") {
      line++
      i += 2
      endRecord()
    } else if (c === "\n" || c === "\r") {
      line++
      i++
      endRecord()
    } else {
      cur += c
      i++
    }
  }
  if (quoted)
    return Either.left(
      new RosterFileUnreadable({
        message: `CSV: a quoted field opened in the record starting on line ${startLine} is never closed`,
      }),
    )
  if (cur !== "" || cells.length > 0) endRecord()
  return Either.right(rows)
}

const decodeText = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    // Excel in a Chinese locale saves "CSV" in the ANSI code page (GBK); GB 18030 is its superset.
    return new TextDecoder("gb18030").decode(bytes)
  }
}

// ---------------------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------------------

const WIDTHS = [6, 10, 22, 16, 20, 16, 16, 14, 12]

/** The roster as an XLSX workbook in the Annex 2 layout; the ID column is text, so no digit is lost. */
export const toXlsx = (doc: RosterDocument): Effect.Effect<Uint8Array> =>
  Effect.promise(async () => {
    const wb = new ExcelJS.Workbook()
    wb.creator = "zhicheng"
    const ws = wb.addWorksheet("花名册", { pageSetup: { orientation: "landscape", paperSize: 9 } })
    ws.columns = WIDTHS.map((width) => ({ width }))
    const border: Partial<ExcelJS.Borders> = {
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    }
    ws.addRow([Rosters.ROSTER_TITLE])
    ws.mergeCells(1, 1, 1, 9)
    const title = ws.getCell(1, 1)
    title.font = { bold: true, size: 16 }
    title.alignment = { horizontal: "center", vertical: "middle" }
    ws.getRow(1).height = 28
    ws.addRow([`填报单位：${doc.unitName}`, "", "", "", "", "", `填报时间：${doc.filledOn}`])
    ws.mergeCells(2, 1, 2, 6)
    ws.mergeCells(2, 7, 2, 9)
    const header = ws.addRow(Rosters.COLUMNS.map((c) => c.header))
    header.font = { bold: true }
    header.alignment = { horizontal: "center", vertical: "middle", wrapText: true }
    header.eachCell((c) => {
      c.border = border
    })
    const idColumn = Rosters.COLUMNS.findIndex((c) => c.key === "residentId") + 1
    for (const r of doc.rows) {
      const row = ws.addRow([...cellsOf(r)])
      row.eachCell({ includeEmpty: true }, (c) => {
        c.border = border
      })
      row.getCell(idColumn).numFmt = "@"
    }
    ws.getColumn(idColumn).numFmt = "@"
    for (const note of NOTES) {
      const n = ws.addRow([note])
      ws.mergeCells(n.number, 1, n.number, 9)
    }
    ws.views = [{ state: "frozen", ySplit: 3 }]
    const buf = await wb.xlsx.writeBuffer()
    return new Uint8Array(buf as ArrayBuffer)
  })

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

/** The first worksheet of an XLSX file as rows (sheet row numbers), cell values plain. */
export const readXlsx = (bytes: Uint8Array): Effect.Effect<ReadonlyArray<TableRow>, RosterFileUnreadable> =>
  Effect.tryPromise({
    try: async () => {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
      )
      const ws = wb.worksheets[0]
      if (ws === undefined) throw new Error("the workbook has no worksheet")
      const rows: Array<TableRow> = []
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        const cells: Array<unknown> = []
        for (let c = 1; c <= Math.max(row.cellCount, 9); c++) {
          const cell = row.getCell(c)
          // A merged cell repeats its master's value: keep it only at the master.
          cells.push(cell.isMerged && cell.master !== cell ? undefined : cellValue(cell.value))
        }
        rows.push({ row: n, cells })
      })
      return rows
    },
    catch: (e) =>
      new RosterFileUnreadable({
        message: `XLSX: the file could not be read (${e instanceof Error ? e.message : String(e)})`,
      }),
  })

// ---------------------------------------------------------------------------------------------------
// From a table to roster rows
// ---------------------------------------------------------------------------------------------------

/** Header text compared without whitespace and with ASCII parentheses made full-width. */
const headerKey = (v: unknown): string =>
  (typeof v === "string" ? v : v === undefined || v === null ? "" : String(v))
    .replace(/\s+/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")

const plain = (v: unknown): string =>
  typeof v === "string" ? v : v === undefined || v === null ? "" : String(v)

/** Undoes the exporter's formula guard: a leading apostrophe before = + - @, tab, CR or another apostrophe. */
const unguard = (v: unknown): unknown => (typeof v === "string" && /^'[=+\-@\t\r']/.test(v) ? v.slice(1) : v)

export interface ParsedTable {
  readonly unitName?: { readonly row: number; readonly value: string }
  readonly filledOn?: string
  readonly rows: ReadonlyArray<Rosters.RawRow>
}

/**
 * Finds the Annex 2 header row (every column named, in any order, extra columns ignored), reads
 * 填报单位/填报时间 above it, and returns the rows below it. Rows whose data cells (all but 序号)
 * are empty are skipped: blank template lines and notes.
 */
export const fromTable = (
  table: ReadonlyArray<TableRow>,
): Either.Either<ParsedTable, RosterFileUnreadable> => {
  const wanted = new Map(Rosters.COLUMNS.map((c) => [headerKey(c.header), c.key]))
  let best: { index: number; found: Map<ColumnKey, number> } | undefined
  for (const [index, t] of table.entries()) {
    const found = new Map<ColumnKey, number>()
    t.cells.forEach((v, c) => {
      const k = wanted.get(headerKey(v))
      if (k !== undefined && !found.has(k)) found.set(k, c)
    })
    if (found.size > (best?.found.size ?? 1)) best = { index, found }
    if (found.size === wanted.size) break
  }
  if (best === undefined)
    return Either.left(
      new RosterFileUnreadable({
        message: `no header row: expected the Annex 2 columns ${Rosters.COLUMNS.map((c) => c.header).join("、")}`,
      }),
    )
  if (best.found.size < wanted.size) {
    const missing = Rosters.COLUMNS.filter((c) => !best.found.has(c.key)).map((c) => c.header)
    return Either.left(
      new RosterFileUnreadable({
        message: `the header row (row ${table[best.index]?.row}) lacks the column(s) ${missing.join("、")}`,
      }),
    )
  }
  const { index, found } = best
  let unitName: ParsedTable["unitName"]
  let filledOn: string | undefined
  for (const t of table.slice(0, index)) {
    const line = t.cells.map(plain).join(" ")
    const u = /填报单位[:：]\s*(.*?)\s*(?:填报时间|$)/.exec(line)
    if (u?.[1] !== undefined && u[1].trim() !== "") unitName = { row: t.row, value: u[1].trim() }
    const d = /填报时间[:：]\s*(\S*)/.exec(line)
    if (d?.[1] !== undefined && d[1] !== "") filledOn = d[1]
  }
  const rows: Array<Rosters.RawRow> = []
  for (const t of table.slice(index + 1)) {
    const cells = Object.fromEntries(
      Rosters.COLUMNS.map(({ key }) => [key, unguard(t.cells[found.get(key) as number])]),
    ) as Record<ColumnKey, unknown>
    const dataBlank = Rosters.COLUMNS.every(({ key }) => key === "seq" || plain(cells[key]).trim() === "")
    if (dataBlank) continue
    rows.push({ row: t.row, cells })
  }
  return Either.right({ ...(unitName ? { unitName } : {}), ...(filledOn ? { filledOn } : {}), rows })
}

const isZip = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04

/** Reads a roster file (XLSX or CSV, told by its content) into roster rows. */
export const readFile = (
  bytes: Uint8Array,
): Effect.Effect<ParsedTable & { readonly format: Format }, RosterFileUnreadable> =>
  Effect.gen(function* () {
    const format: Format = isZip(bytes) ? "xlsx" : "csv"
    const table = format === "xlsx" ? yield* readXlsx(bytes) : yield* parseCsv(decodeText(bytes))
    const parsed = yield* fromTable(table)
    return { ...parsed, format }
  })

// ---------------------------------------------------------------------------------------------------
// Procedures
// ---------------------------------------------------------------------------------------------------

/**
 * Imports a roster file into a draft roster, all or none: an unreadable file fails with
 * RosterFileUnreadable; any invalid row fails with EntriesRejected listing every row's errors, and
 * nothing is written. Use it for the unit's upload.
 */
export const importRoster = (
  actor: Actor,
  rosterId: string,
  file: { readonly bytes: Uint8Array; readonly name?: string },
) =>
  Effect.gen(function* () {
    const parsed = yield* readFile(file.bytes)
    if (parsed.rows.length === 0)
      return yield* new RosterFileUnreadable({ message: "the file has a header row but no entries" })
    return yield* Rosters.addRows(actor, rosterId, parsed.rows, {
      kind: `import-${parsed.format}`,
      ...(file.name !== undefined ? { name: file.name } : {}),
      ...(parsed.unitName !== undefined ? { declaredUnit: parsed.unitName } : {}),
    })
  })

const MEDIA: Readonly<Record<Format, string>> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

const ROUND_NAMES: Readonly<Record<Rosters.Round, string>> = {
  annual: "年度",
  "first-half": "上半年",
  "second-half": "下半年",
}

/**
 * The roster as a file for the bureau (ID numbers in clear; audited through
 * `Rosters.exportForBureau`). 填报时间 is the finalisation date, or today for a draft.
 */
export const exportRoster = (actor: Actor, rosterId: string, format: Format) =>
  Effect.gen(function* () {
    const { roster, rows } = yield* Rosters.exportForBureau(actor, rosterId, `file-${format}`)
    const filledOn = roster.finalised?.on ?? todayInChina(yield* Clock.currentTimeMillis)
    const doc: RosterDocument = { unitName: roster.unitName, filledOn, rows }
    const bytes = format === "csv" ? new TextEncoder().encode(toCsv(doc)) : yield* toXlsx(doc)
    return {
      fileName: `${Rosters.ROSTER_TITLE}_${roster.unitName}_${roster.year}${ROUND_NAMES[roster.round]}.${format}`,
      mediaType: MEDIA[format],
      bytes,
    }
  })
