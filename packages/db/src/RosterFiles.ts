/**
 * Roster files (附件2《拟职称采认人员花名册》) in and out: CSV (UTF-8 with a byte-order mark so Excel
 * reads it, RFC 4180 quoting) and XLSX in the Annex 2 layout — the title row, the 填报单位/填报时间
 * row, the header row, the entries, the two notes. Node side (exceljs, Buffer).
 *
 * Import reads either format (XLSX is recognised by its ZIP signature; a CSV may be UTF-8 or, as
 * Excel in Chinese locales saves it, GB 18030), finds the header row by its Annex 2 names, and hands
 * the rows to `Rosters.addRows`, which validates every row and writes nothing when any row fails.
 *
 * An import cannot exhaust the server (decision, issue #8.3): a file holds at most
 * {@link LIMITS}.entries entries — one enterprise's adoption candidates for a round, a few dozen to a
 * few hundred in practice — and an XLSX file at most {@link LIMITS}.xlsxBytes bytes once inflated
 * in at most {@link LIMITS}.xlsxParts parts, checked on the ZIP's central directory before anything
 * is inflated and again while inflating ({@link inspectZip}); anything beyond is refused with
 * {@link RosterFileTooLarge} naming the limit. A CSV is parsed in slices with the event loop free
 * between them; a worksheet is read in a worker thread with its own heap limit.
 */

import { Worker } from "node:worker_threads"
import { inflateRaw } from "node:zlib"
import type { Actor } from "@zhicheng/domain/Audit"
import { todayInChina } from "@zhicheng/domain/CivilDate"
import * as ErrorKind from "@zhicheng/domain/ErrorKind"
import * as Rosters from "@zhicheng/domain/Rosters"
import { Clock, Effect, Either, Schema } from "effect"
import ExcelJS from "exceljs"

type ColumnKey = Rosters.ColumnKey

/** The file could not be read as a roster at all (not a spreadsheet, no Annex 2 header row, bad quoting). */
export class RosterFileUnreadable extends Schema.TaggedError<RosterFileUnreadable>()(
  "RosterFileUnreadable",
  {
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

/**
 * What one imported file may hold. `entries`: Annex 2 rows (a roster is one enterprise's
 * candidates for a round; the yearly cap of 第九条 is 5% of its insured staff, so 5,000 entries
 * would be a unit of 100,000 staff). `preambleRows`: non-blank rows besides the entries (title,
 * 填报单位, header, notes) read before the file is refused without finding its header. `xlsxBytes`:
 * the inflated size of all parts of an XLSX file (a 5,000-row roster inflates to about 2.3 MB).
 * `xlsxParts`: ZIP entries (a workbook saved by Excel has 10 to 30).
 */
export const LIMITS = {
  entries: 5_000,
  preambleRows: 50,
  xlsxBytes: 10 * 1024 * 1024,
  xlsxParts: 200,
} as const

/** A file beyond one of {@link LIMITS}: refused before it is read further. Maps to 413. */
export class RosterFileTooLarge extends Schema.TaggedError<RosterFileTooLarge>()(
  "RosterFileTooLarge",
  {
    limit: Schema.Literal("entries", "xlsx-bytes", "xlsx-parts"),
    max: Schema.Int,
    message: Schema.String,
  },
  ErrorKind.tooLarge,
) {}

const tooManyEntries = (found: string) =>
  new RosterFileTooLarge({
    limit: "entries",
    max: LIMITS.entries,
    message: `the file has ${found}: a roster file holds at most ${LIMITS.entries} entries; split it into several imports`,
  })

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
// A leading apostrophe is itself guarded, so that the importer's unguarding is exact. Full-width
// ＝ ＋ － ＠ are not guarded (decision): spreadsheets start formulas only with the ASCII characters,
// and Chinese text often starts with them (＋86 phone numbers) where an apostrophe would be noise.
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

/** What a CSV parse gives: the rows, or why the text is refused. */
type CsvResult = Either.Either<ReadonlyArray<TableRow>, RosterFileUnreadable | RosterFileTooLarge>

/**
 * A CSV parser fed text a piece at a time: `feed` parses what it can of the text so far (all but
 * its last character, which may need the next one: a doubled quote, CR LF) and answers as soon as
 * the text is refused; `end` finishes. {@link parseCsv} feeds a whole string; {@link readFile}
 * decodes and feeds a file a slice at a time, with the event loop free between slices, and stops
 * decoding once the text is refused.
 */
const csvParser = (maxRecords: number) => {
  const rows: Array<TableRow> = []
  let text = ""
  let fed = false
  let records = 0
  let cells: Array<string> = []
  let cur = ""
  let quoted = false
  let i = 0
  let startLine = 1
  let line = 1
  let refused: RosterFileTooLarge | undefined
  const endRecord = () => {
    cells.push(cur)
    cur = ""
    records++
    if (cells.some((c) => c.trim() !== "")) {
      if (rows.length === maxRecords) refused = tooManyEntries(`more than ${maxRecords} non-blank rows`)
      else rows.push({ row: records, cells })
    }
    cells = []
    startLine = line
  }
  const run = (end: number) => {
    while (i < end && refused === undefined) {
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
  }
  return {
    feed: (piece: string): CsvResult | undefined => {
      text = text.slice(i) + (fed || !piece.startsWith(BOM) ? piece : piece.slice(1))
      fed = true
      i = 0
      run(text.length - 1)
      return refused !== undefined ? Either.left(refused) : undefined
    },
    end: (): CsvResult => {
      run(text.length)
      if (refused !== undefined) return Either.left(refused)
      if (quoted)
        return Either.left(
          new RosterFileUnreadable({
            message: `CSV: a quoted field opened in the record starting on line ${startLine} is never closed`,
          }),
        )
      if (cur !== "" || cells.length > 0) endRecord()
      return refused !== undefined ? Either.left(refused) : Either.right(rows)
    },
  }
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks; CRLF or
 * LF). Rows are numbered by record; blank records (every field empty or spaces) are left out. A BOM
 * is dropped. Fails on an unterminated quote, and with {@link RosterFileTooLarge} past `maxRecords`
 * non-blank records (default: {@link LIMITS}.entries plus the preamble rows).
 */
export const parseCsv = (
  input: string,
  maxRecords: number = LIMITS.entries + LIMITS.preambleRows,
): CsvResult => {
  const parser = csvParser(maxRecords)
  return parser.feed(input) ?? parser.end()
}

/** Bytes decoded and parsed between two yields to the event loop (a few milliseconds' work). */
const CSV_SLICE = 64 * 1024

/** Lets the event loop run (timers, other requests' I/O) before continuing; clock-independent. */
const yieldToEventLoop = Effect.async<void>((resume) => {
  const t = setImmediate(() => resume(Effect.void))
  return Effect.sync(() => clearImmediate(t))
})

/** `decoder.decode`, or undefined where the bytes are not in its encoding (a fatal decoder). */
const decodeOrUndefined = (
  decoder: InstanceType<typeof TextDecoder>,
  bytes?: Uint8Array,
): string | undefined => {
  try {
    return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true })
  } catch {
    return undefined
  }
}

/**
 * A CSV file's bytes decoded and parsed a slice at a time, yielding to the event loop between
 * slices; a refused file is not decoded further. UTF-8, or — when the bytes are not UTF-8, as Excel
 * in a Chinese locale saves "CSV" in the ANSI code page (GBK) — GB 18030, its superset.
 */
const parseCsvBytes = (bytes: Uint8Array) =>
  Effect.gen(function* () {
    for (const encoding of ["utf-8", "gb18030"] as const) {
      const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" })
      const parser = csvParser(LIMITS.entries + LIMITS.preambleRows)
      let done: CsvResult | undefined
      let notThisEncoding = false
      for (let at = 0; at < bytes.length && done === undefined && !notThisEncoding; at += CSV_SLICE) {
        if (at > 0) yield* yieldToEventLoop
        const piece = decodeOrUndefined(decoder, bytes.subarray(at, at + CSV_SLICE))
        if (piece === undefined) notThisEncoding = true
        else done = parser.feed(piece)
      }
      if (notThisEncoding) continue
      if (done !== undefined) return yield* done
      const tail = decodeOrUndefined(decoder)
      if (tail === undefined) continue
      return yield* parser.feed(tail) ?? parser.end()
    }
    return yield* Effect.dieMessage("GB 18030 decodes any bytes")
  })

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

/** Why a ZIP container is refused as a workbook (not a size limit: those are RosterFileTooLarge). */
const odd = (why: string) => new RosterFileUnreadable({ message: `XLSX: ${why}` })

const ZIP_LOCAL = 0x04034b50
const ZIP_CENTRAL = 0x02014b50
const ZIP_END = 0x06054b50
/** Names of archives inside the archive: a workbook has none (OLE embeddings are refused too). */
const NESTED = /\.(zip|xlsx|xlsm|xlsb|xls|docx|docm|pptx|jar|gz|tgz|bz2|xz|7z|rar|bin)$/i

const inflateCapped = (data: Uint8Array, max: number) =>
  Effect.async<Buffer, Error>((resume) => {
    inflateRaw(data, { maxOutputLength: Math.max(1, max) }, (err, out) =>
      resume(err === null ? Effect.succeed(out) : Effect.fail(err)),
    )
  })

/**
 * Checks the ZIP container of an XLSX file before exceljs reads it, the way exceljs's reader
 * (JSZip) finds the parts — by the central directory: one disk, no ZIP64, at most
 * {@link LIMITS}.xlsxParts entries, no encrypted entry, only stored or deflated ones, plain relative
 * names (no `..`, absolute path, backslash or duplicate), no nested archive, entries that do not
 * overlap. The declared uncompressed sizes must add up to at most {@link LIMITS}.xlsxBytes, and
 * each entry is inflated (off the event loop, in zlib's thread pool) with its output capped at its
 * declared size, so an entry that inflates to more than it declares is stopped there and refused.
 */
export const inspectZip = (
  bytes: Uint8Array,
): Effect.Effect<void, RosterFileUnreadable | RosterFileTooLarge> =>
  Effect.gen(function* () {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const u16 = (at: number) => view.getUint16(at, true)
    const u32 = (at: number) => view.getUint32(at, true)
    let end = -1
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
      if (u32(at) === ZIP_END) {
        end = at
        break
      }
    if (end < 0) return yield* odd("the ZIP end record is missing (a truncated or damaged file)")
    const count = u16(end + 10)
    const cdSize = u32(end + 12)
    const cdOffset = u32(end + 16)
    if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== count)
      return yield* odd("a multi-part ZIP archive is not a workbook")
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
      return yield* odd("ZIP64 archives are not read (a roster is far smaller)")
    if (count > LIMITS.xlsxParts)
      return yield* new RosterFileTooLarge({
        limit: "xlsx-parts",
        max: LIMITS.xlsxParts,
        message: `the XLSX file has ${count} parts: a roster workbook may have at most ${LIMITS.xlsxParts}`,
      })
    if (cdOffset + cdSize !== end)
      return yield* odd("the ZIP central directory is not where the end record says")
    /** Each part: its name, method, declared size, and where it lies (local header to end of data). */
    const entries: Array<{
      name: string
      method: number
      size: number
      start: number
      data: number
      stop: number
    }> = []
    const names = new Set<string>()
    let declared = 0
    let at = cdOffset
    for (let n = 0; n < count; n++) {
      if (at + 46 > end || u32(at) !== ZIP_CENTRAL) return yield* odd("the ZIP central directory is damaged")
      const flags = u16(at + 8)
      const method = u16(at + 10)
      const compressed = u32(at + 20)
      const size = u32(at + 24)
      const nameLength = u16(at + 28)
      const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32)
      const local = u32(at + 42)
      if (next > end) return yield* odd("the ZIP central directory is damaged")
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
      at = next
      if (flags & 1) return yield* odd(`part ${name} is encrypted`)
      if (method !== 0 && method !== 8)
        return yield* odd(`part ${name} uses ZIP compression method ${method}`)
      if (method === 0 && compressed !== size) return yield* odd(`stored part ${name} declares two sizes`)
      if (
        name === "" ||
        name.startsWith("/") ||
        /(^|\/)\.\.(\/|$)|[\\\0:]/.test(name) ||
        names.has(name.toLowerCase())
      )
        return yield* odd(`the part name ${JSON.stringify(name)} is not a plain, unique relative path`)
      if (NESTED.test(name) || name.toLowerCase().startsWith("xl/embeddings/"))
        return yield* odd(`part ${name} is an embedded file or archive, which a roster does not have`)
      names.add(name.toLowerCase())
      if (local + 30 > cdOffset || u32(local) !== ZIP_LOCAL)
        return yield* odd(`part ${name} is not where the directory says`)
      const data = local + 30 + u16(local + 26) + u16(local + 28)
      if (data + compressed > cdOffset) return yield* odd(`part ${name} runs past the end of the data`)
      declared += size
      entries.push({ name, method, size, start: local, data, stop: data + compressed })
    }
    if (declared > LIMITS.xlsxBytes)
      return yield* new RosterFileTooLarge({
        limit: "xlsx-bytes",
        max: LIMITS.xlsxBytes,
        message: `the XLSX file's parts declare ${declared} bytes uncompressed: a roster workbook may hold at most ${LIMITS.xlsxBytes}`,
      })
    const sorted = [...entries].sort((x, y) => x.start - y.start)
    for (let k = 1; k < sorted.length; k++)
      if ((sorted[k] as (typeof sorted)[number]).start < (sorted[k - 1] as (typeof sorted)[number]).stop)
        return yield* odd("two ZIP parts overlap")
    for (const e of entries) {
      const raw = bytes.subarray(e.data, e.stop)
      const content =
        e.method === 0
          ? raw
          : yield* inflateCapped(raw, e.size).pipe(
              Effect.mapError((err) =>
                "code" in err && err.code === "ERR_BUFFER_TOO_LARGE"
                  ? odd(`part ${e.name} inflates to more than the ${e.size} bytes it declares`)
                  : odd(`part ${e.name} is not valid deflate data (${err.message})`),
              ),
            )
      if (content.length !== e.size)
        return yield* odd(`part ${e.name} inflates to ${content.length} bytes, not the ${e.size} it declares`)
      if (
        content.length >= 4 &&
        content[0] === 0x50 &&
        content[1] === 0x4b &&
        content[2] === 3 &&
        content[3] === 4
      )
        return yield* odd(`part ${e.name} is itself a ZIP archive, which a roster does not have`)
    }
  })

/** Worker threads reading worksheets at once; more imports wait for a turn. */
const xlsxReaders = Effect.unsafeMakeSemaphore(2)

/** Heap a worksheet reader may use: several times what the largest allowed file needs. */
const READER_HEAP_MB = 256

type WorkerAnswer =
  | { readonly ok: true; readonly rows: ReadonlyArray<TableRow> }
  | { readonly ok: false; readonly tooManyRows?: true; readonly message?: string }

const readInWorker = (bytes: Uint8Array, maxRows: number) =>
  Effect.async<WorkerAnswer, RosterFileUnreadable>((resume) => {
    const worker = new Worker(new URL("./internal/xlsxRows.worker.ts", import.meta.url), {
      workerData: { bytes, maxRows },
      resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB },
    })
    let answered = false
    worker.once("message", (m: WorkerAnswer) => {
      answered = true
      resume(Effect.succeed(m))
      void worker.terminate()
    })
    worker.once("error", (e) => {
      answered = true
      resume(Effect.fail(odd(`the file could not be read (${e.message})`)))
    })
    worker.once("exit", () => {
      if (!answered) resume(Effect.fail(odd("the file could not be read (the reader stopped)")))
    })
    return Effect.promise(() => worker.terminate())
  })

/**
 * The first worksheet of an XLSX file as rows (sheet row numbers), cell values plain. The ZIP is
 * checked first ({@link inspectZip}); the sheet is read in a worker thread, at most two at a time,
 * and refused past `maxRows` non-empty rows (default: {@link LIMITS}.entries plus the preamble).
 */
export const readXlsx = (
  bytes: Uint8Array,
  maxRows: number = LIMITS.entries + LIMITS.preambleRows,
): Effect.Effect<ReadonlyArray<TableRow>, RosterFileUnreadable | RosterFileTooLarge> =>
  Effect.gen(function* () {
    yield* inspectZip(bytes)
    const answer = yield* xlsxReaders.withPermits(1)(readInWorker(bytes, maxRows))
    if (answer.ok) return answer.rows
    if (answer.tooManyRows === true) return yield* tooManyEntries(`more than ${maxRows} non-blank rows`)
    return yield* odd(`the file could not be read (${answer.message ?? "unknown reason"})`)
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

/**
 * Reads a roster file (XLSX or CSV, told by its content) into roster rows, within {@link LIMITS}:
 * more than {@link LIMITS}.entries entries is {@link RosterFileTooLarge}.
 */
export const readFile = (
  bytes: Uint8Array,
): Effect.Effect<ParsedTable & { readonly format: Format }, RosterFileUnreadable | RosterFileTooLarge> =>
  Effect.gen(function* () {
    const format: Format = isZip(bytes) ? "xlsx" : "csv"
    const table = format === "xlsx" ? yield* readXlsx(bytes) : yield* parseCsvBytes(bytes)
    const parsed = yield* fromTable(table)
    if (parsed.rows.length > LIMITS.entries) return yield* tooManyEntries(`${parsed.rows.length} entries`)
    return { ...parsed, format }
  })

// ---------------------------------------------------------------------------------------------------
// Procedures
// ---------------------------------------------------------------------------------------------------

/**
 * Imports a roster file into a draft roster, all or none: an unreadable file fails with
 * RosterFileUnreadable, one beyond {@link LIMITS} with RosterFileTooLarge; any invalid row fails with EntriesRejected listing every row's errors, and
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
