import { SqlClient } from "@effect/sql"
import { describe, expect, it, layer } from "@effect/vitest"
import * as Adoptions from "@zhicheng/domain/Adoptions"
import { type Actor, AuditLog } from "@zhicheng/domain/Audit"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import * as Rosters from "@zhicheng/domain/Rosters"
import { Effect, Either, Layer } from "effect"
import ExcelJS from "exceljs"
import fc from "fast-check"
import { AdoptionsSql } from "../src/AdoptionsSql.ts"
import { AuditLogSql } from "../src/AuditLogSql.ts"
import { PilotUnitsSql } from "../src/PilotUnitsSql.ts"
import * as RosterFiles from "../src/RosterFiles.ts"
import { RostersSql } from "../src/RostersSql.ts"
import { freshDatabase, KINDS } from "./support/databases.ts"
import { at, makeId, RosterKeys } from "./support/fixtures.ts"
import { type Part, padPart, unzip, zip } from "./support/zip.ts"

const hr: Actor = { id: "hr-01", role: "enterprise-hr" }
const clerk: Actor = { id: "clerk-01", role: "clerk" }

/** Someone whose ID number ends in X, to prove it survives both formats. */
const idWithX = (() => {
  for (let n = 0; ; n++) if (makeId(n).endsWith("X")) return makeId(n)
})()

/** `员工` and n in Chinese digits: a name as people's names are written (no digits). */
const staffName = (n: number) =>
  `员工${String(n).replace(/\d/g, (d) => "零一二三四五六七八九"[Number(d)] as string)}`

const bureauRow = (n: number, over: Partial<Rosters.BureauRow> = {}): Rosters.BureauRow => ({
  seq: n,
  name: staffName(n),
  residentId: makeId(1000 + n),
  highestEducation: "本科（工学学士）",
  institution: "浙江工业大学",
  major: "机械设计制造及其自动化",
  contact: `1390000${String(n).padStart(4, "0")}`,
  adoptionSpecialty: "机电",
  qualificationName: n % 2 === 0 ? "工程师" : "助理工程师",
  ...over,
})

// Awkward but legal content: commas, quotes, a line break, a formula-like start, a leading "+".
const awkward = (n: number): Rosters.BureauRow =>
  bureauRow(n, {
    highestEducation: n === 1 ? "本科,工学学士" : "本科（工学学士）",
    institution: n === 2 ? '浙江大学"竺可桢学院"' : "浙江工业大学",
    major: n === 3 ? "=机械设计" : "机械设计制造及其自动化",
    contact: n === 4 ? "+86 139 0000 0004" : `1390000${String(n).padStart(4, "0")}`,
    residentId: n === 5 ? idWithX : makeId(1000 + n),
  })

const doc = (rows: ReadonlyArray<Rosters.BureauRow>): RosterFiles.RosterDocument => ({
  unitName: "越城精工有限公司",
  filledOn: "2025-10-08",
  rows,
})

const cellsToBureau = (r: Rosters.RawRow): Record<string, string> =>
  Object.fromEntries(Rosters.COLUMNS.map(({ key }) => [key, String(r.cells[key] ?? "").trim()]))
const asStrings = (r: Rosters.BureauRow): Record<string, string> =>
  Object.fromEntries(Rosters.COLUMNS.map(({ key }) => [key, String(key === "seq" ? r.seq : r[key])]))

describe("RosterFiles (pure)", () => {
  it("writes CSV with a BOM, CRLF and RFC 4180 quoting, and reads it back", () => {
    const rows = [1, 2, 3, 4, 5].map(awkward)
    const csv = RosterFiles.toCsv(doc(rows))
    expect(csv.startsWith("\uFEFF序号,姓名,身份证号,最高学历（学位）,")).toBe(true)
    expect(csv).toContain('"本科,工学学士"')
    expect(csv).toContain('"浙江大学""竺可桢学院"""')
    expect(csv).toContain(",'=机械设计,")
    expect(csv.split("\r\n")).toHaveLength(rows.length + 2)
    const table = Either.getOrThrow(RosterFiles.parseCsv(csv))
    const parsed = Either.getOrThrow(RosterFiles.fromTable(table))
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6])
    expect(parsed.rows.map(cellsToBureau)).toEqual(rows.map(asStrings))
  })

  it("parses quoted line breaks, doubled quotes, LF-only files and a final line without a newline", () => {
    const t = Either.getOrThrow(RosterFiles.parseCsv('a,"b\r\nc",d\n"x""y",,z'))
    expect(t).toEqual([
      { row: 1, cells: ["a", "b\r\nc", "d"] },
      { row: 2, cells: ['x"y', "", "z"] },
    ])
    const bad = RosterFiles.parseCsv('a,"open\nb,c')
    expect(Either.isLeft(bad) && bad.left.message).toContain("never closed")
  })

  it("round-trips any text through CSV (property)", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "机", ",", '"', "\n", "\r\n", " ", "=", "+", "-", "@", "'", "x"),
      maxLength: 12,
    })
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 6 }), (cells) => {
        const rows = cells.map(([a, b, c], i) =>
          bureauRow(i + 1, { name: `N${a}`, institution: `I${b}`, contact: c === "" ? "0" : c }),
        )
        const parsed = Either.getOrThrow(
          RosterFiles.fromTable(Either.getOrThrow(RosterFiles.parseCsv(RosterFiles.toCsv(doc(rows))))),
        )
        const expected = rows.map(asStrings).map((r) => ({ ...r, contact: r.contact as string }))
        const got = parsed.rows.map((r) =>
          Object.fromEntries(Rosters.COLUMNS.map(({ key }) => [key, String(r.cells[key] ?? "")])),
        )
        // The ID number carries the tab that keeps Excel from rounding it; everything else is exact.
        expect(got.map((g) => ({ ...g, residentId: (g.residentId as string).trim() }))).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it.effect(
    "writes the Annex 2 layout to XLSX: title, 填报单位/填报时间, header, entries as text, notes",
    () =>
      Effect.gen(function* () {
        const rows = [1, 2, 3, 4, 5].map(awkward)
        const bytes = yield* RosterFiles.toXlsx(doc(rows))
        const table = yield* RosterFiles.readXlsx(bytes)
        expect(table[0]?.row).toBe(1)
        expect(table[0]?.cells[0]).toBe("拟职称采认人员花名册")
        expect(table[0]?.cells.slice(1).every((c) => c === undefined)).toBe(true)
        expect(table[1]?.row).toBe(2)
        expect(table[1]?.cells[0]).toBe("填报单位：越城精工有限公司")
        expect(table[1]?.cells[6]).toBe("填报时间：2025-10-08")
        expect(table[2]?.cells.slice(0, 9)).toEqual(Rosters.COLUMNS.map((c) => c.header))
        expect(table[3]?.cells[2]).toBe(makeId(1001))
        expect(table[7]?.cells[2]).toBe(idWithX)
        const wb = new ExcelJS.Workbook()
        yield* Effect.promise(() => wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer))
        expect(wb.worksheets[0]?.getCell("C4").numFmt).toBe("@")
        const parsed = Either.getOrThrow(RosterFiles.fromTable(table))
        expect(parsed.unitName).toEqual({ row: 2, value: "越城精工有限公司" })
        expect(parsed.filledOn).toBe("2025-10-08")
        expect(parsed.rows.map(cellsToBureau)).toEqual(rows.map(asStrings))
      }),
  )

  it("refuses a table without the Annex 2 header, naming the missing columns", () => {
    const none = RosterFiles.fromTable([{ row: 1, cells: ["a", "b"] }])
    expect(Either.isLeft(none) && none.left.message).toContain("no header row")
    const partial = RosterFiles.fromTable([
      { row: 1, cells: ["序号", "姓名", "身份证号", "最高学历(学位)", "毕业院校", "所学专业", "联系方式"] },
    ])
    expect(Either.isLeft(partial) && partial.left.message).toContain("采认职称专业、资格名称")
  })
})

// ---------------------------------------------------------------------------------------------------
// Limits (issue #8.3): entries, the XLSX container, and the formula guard on export (issue #13)
// ---------------------------------------------------------------------------------------------------

const SHEET = "xl/worksheets/sheet1.xml"

/** A real roster workbook's parts with `sheet` changed and `extra` parts added. */
const workbookWith = (
  rows: ReadonlyArray<Rosters.BureauRow>,
  change: (parts: Array<Part>) => Array<Part> = (p) => p,
) => Effect.map(RosterFiles.toXlsx(doc(rows)), (bytes) => zip(change(unzip(bytes))))

/** Pads the worksheet with `bytes` of XML whitespace: still a valid workbook (see `padSheet`). */
const padSheet =
  (bytes: number, declared?: (size: number) => number) =>
  (parts: Array<Part>): Array<Part> =>
    padPart(parts, SHEET, "</sheetData>", bytes, declared)

const csvBytes = (rows: ReadonlyArray<Rosters.BureauRow>) =>
  new TextEncoder().encode(RosterFiles.toCsv(doc(rows)))
const many = (n: number) => Array.from({ length: n }, (_, i) => bureauRow(i + 1))

describe("RosterFiles limits", () => {
  it.effect(
    `reads ${RosterFiles.LIMITS.entries} entries and refuses one more, CSV and XLSX, naming the rule`,
    () =>
      Effect.gen(function* () {
        const full = many(RosterFiles.LIMITS.entries)
        expect((yield* RosterFiles.readFile(csvBytes(full))).rows).toHaveLength(RosterFiles.LIMITS.entries)
        expect((yield* RosterFiles.readFile(yield* RosterFiles.toXlsx(doc(full)))).rows).toHaveLength(
          RosterFiles.LIMITS.entries,
        )
        const over = many(RosterFiles.LIMITS.entries + 1)
        for (const bytes of [csvBytes(over), yield* RosterFiles.toXlsx(doc(over))]) {
          const e = yield* Effect.flip(RosterFiles.readFile(bytes))
          expect(e).toMatchObject({
            _tag: "RosterFileTooLarge",
            limit: "entries",
            max: RosterFiles.LIMITS.entries,
          })
          expect(e.message).toContain(`${RosterFiles.LIMITS.entries + 1} entries`)
          expect(e.message).toContain(`at most ${RosterFiles.LIMITS.entries} entries`)
        }
      }),
  )

  it.effect(
    "reads a CSV saved in GB 18030 (Excel's Chinese ANSI code page), also when the first slices look like UTF-8",
    () =>
      Effect.gen(function* () {
        // `iconv -f utf-8 -t gb18030` of the Annex 2 header and 1,张三,11010519491231002X,本科,浙江大学,机械,13800000000,机电,工程师
        const gb = Buffer.from(
          "d0f2bac52cd0d5c3fb2cc9edb7ddd6a4bac52cd7eeb8dfd1a7c0faa3a8d1a7cebba3a92cb1cfd2b5d4bad0a32ccbf9d1a7d7a8d2b52cc1aacfb5b7bdcabd2cb2c9c8cfd6b0b3c6d7a8d2b52cd7cab8f1c3fbb3c60d0a312cd5c5c8fd2c3131303130353139343931323331303032582cb1bebfc62cd5e3bdadb4f3d1a72cbbfad0b52c31333830303030303030302cbbfab5e72cb9a4b3cccaa60d0a",
          "hex",
        )
        const expected = {
          name: "张三",
          residentId: "11010519491231002X",
          institution: "浙江大学",
          adoptionSpecialty: "机电",
        }
        expect((yield* RosterFiles.readFile(gb)).rows[0]?.cells).toMatchObject(expected)
        // 200 KB of blank ASCII lines first: UTF-8 fails only in a later slice, and the file is read again.
        const late = Buffer.concat([Buffer.from("\r\n".repeat(100_000)), gb])
        const parsed = yield* RosterFiles.readFile(late)
        expect(parsed.rows.map((r) => [r.row, r.cells.name])).toEqual([[100_002, "张三"]])
      }),
  )

  it.effect("stops reading a worksheet past the row limit (in the reader thread)", () =>
    Effect.gen(function* () {
      const bytes = yield* RosterFiles.toXlsx(doc(many(20)))
      expect(yield* RosterFiles.readXlsx(bytes, 30)).toHaveLength(25) // title, unit, header, 20, 2 notes
      expect(yield* Effect.flip(RosterFiles.readXlsx(bytes, 24))).toMatchObject({
        _tag: "RosterFileTooLarge",
        limit: "entries",
      })
    }),
  )

  it("stops parsing a CSV past the record limit, and keeps no blank records", () => {
    // The file: 4.9 MB of short bad rows. The parse stops at the limit instead of holding them all.
    const flood = `${Rosters.COLUMNS.map((c) => c.header).join(",")}\r\n${"1,x\r\n".repeat(250_000)}`
    const e = RosterFiles.parseCsv(flood)
    expect(Either.isLeft(e) && e.left).toMatchObject({ _tag: "RosterFileTooLarge", limit: "entries" })
    expect(RosterFiles.parseCsv("a\nb\nc\n", 2)).toMatchObject({ _tag: "Left", left: { limit: "entries" } })
    expect(Either.getOrThrow(RosterFiles.parseCsv("a\nb\n", 2))).toHaveLength(2)
    // Blank records (a file of line breaks or commas) cost nothing and keep the numbering.
    expect(Either.getOrThrow(RosterFiles.parseCsv(`${"\r\n".repeat(100_000)} , ,\na\n`, 1))).toEqual([
      { row: 100_002, cells: ["a"] },
    ])
  })

  it.effect("reads a workbook the test wrote part by part (the helpers are faithful)", () =>
    Effect.gen(function* () {
      const table = yield* RosterFiles.readXlsx(yield* workbookWith([bureauRow(1)], padSheet(1000)))
      expect(table[3]?.cells[1]).toBe(staffName(1))
    }),
  )

  it.effect("refuses a workbook whose parts declare more than the uncompressed limit (a zip bomb)", () =>
    Effect.gen(function* () {
      // 11 MB of spaces in the sheet deflate to about 11 KB: a valid workbook, and a bomb.
      const bomb = yield* workbookWith([bureauRow(1)], padSheet(RosterFiles.LIMITS.xlsxBytes + 1024 * 1024))
      expect(bomb.length).toBeLessThan(100_000)
      const e = yield* Effect.flip(RosterFiles.readFile(bomb))
      expect(e).toMatchObject({
        _tag: "RosterFileTooLarge",
        limit: "xlsx-bytes",
        max: RosterFiles.LIMITS.xlsxBytes,
      })
      expect(e.message).toContain(`at most ${RosterFiles.LIMITS.xlsxBytes}`)
    }),
  )

  it.effect(
    "stops inflating a part at the size it declares, so a lying directory cannot pass the limit",
    () =>
      Effect.gen(function* () {
        const liar = yield* workbookWith(
          [bureauRow(1)],
          padSheet(RosterFiles.LIMITS.xlsxBytes + 1024 * 1024, () => 4096),
        )
        const e = yield* Effect.flip(RosterFiles.readFile(liar))
        expect(e).toMatchObject({ _tag: "RosterFileUnreadable" })
        expect(e.message).toContain(`${SHEET} inflates to more than the 4096 bytes it declares`)
        const short = yield* workbookWith(
          [bureauRow(1)],
          padSheet(10, (n) => n + 5),
        )
        expect((yield* Effect.flip(RosterFiles.readFile(short))).message).toContain("not the")
      }),
  )

  it.effect(`refuses more than ${RosterFiles.LIMITS.xlsxParts} parts`, () =>
    Effect.gen(function* () {
      const crowded = yield* workbookWith([bureauRow(1)], (parts) => [
        ...parts,
        ...Array.from({ length: RosterFiles.LIMITS.xlsxParts }, (_, i) => ({
          name: `customXml/item${i}.xml`,
          data: new TextEncoder().encode("<a/>"),
        })),
      ])
      expect(yield* Effect.flip(RosterFiles.readFile(crowded))).toMatchObject({
        _tag: "RosterFileTooLarge",
        limit: "xlsx-parts",
        max: RosterFiles.LIMITS.xlsxParts,
      })
    }),
  )

  it.effect(
    "refuses nested archives, odd names, duplicates and encrypted parts in an otherwise readable workbook",
    () =>
      Effect.gen(function* () {
        const inner = yield* RosterFiles.toXlsx(doc([bureauRow(2)]))
        const text = new TextEncoder().encode("<a/>")
        const cases: ReadonlyArray<readonly [string, (parts: Array<Part>) => Array<Part>]> = [
          [
            "embedded file or archive",
            (p) => [...p, { name: "xl/embeddings/Microsoft_Excel_Worksheet.xlsx", data: inner }],
          ],
          ["embedded file or archive", (p) => [...p, { name: "docProps/inner.zip", data: inner }]],
          ["itself a ZIP archive", (p) => [...p, { name: "customXml/item1.xml", data: inner }]],
          ["not a plain, unique relative path", (p) => [...p, { name: "../../etc/passwd", data: text }]],
          ["not a plain, unique relative path", (p) => [...p, { name: "/abs.xml", data: text }]],
          ["not a plain, unique relative path", (p) => [...p, { name: "xl\\odd.xml", data: text }]],
          ["not a plain, unique relative path", (p) => [...p, { name: SHEET.toUpperCase(), data: text }]],
          ["is encrypted", (p) => p.map((x) => (x.name === SHEET ? { ...x, flags: 1 } : x))],
        ]
        for (const [why, change] of cases) {
          const bytes = yield* workbookWith([bureauRow(1)], change)
          const e = yield* Effect.flip(RosterFiles.readFile(bytes))
          expect(e._tag, why).toBe("RosterFileUnreadable")
          expect(e.message).toContain(why)
        }
      }),
  )
})

/** Every start a spreadsheet runs as a formula (OWASP CSV injection), and the apostrophe the guard uses. */
const FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r", "'"] as const

describe("RosterFiles formula guard (issue #13)", () => {
  it("puts an apostrophe before every formula start in CSV and the importer takes it off again", () => {
    for (const start of FORMULA_STARTS) {
      const value = `${start}SUM(A1:A9)`
      const csv = RosterFiles.toCsv(doc([bureauRow(1, { major: value, name: `${start}1+1` })]), {
        excelText: false,
      })
      // The field as a spreadsheet sees it (unquoted) starts with the apostrophe, so it is text.
      const fields = Either.getOrThrow(RosterFiles.parseCsv(csv))[1]?.cells ?? []
      expect(fields[1], JSON.stringify(start)).toBe(`'${start}1+1`)
      expect(fields[5], JSON.stringify(start)).toBe(`'${value}`)
      const back = Either.getOrThrow(RosterFiles.fromTable(Either.getOrThrow(RosterFiles.parseCsv(csv))))
      expect(back.rows[0]?.cells.major).toBe(value)
      expect(back.rows[0]?.cells.name).toBe(`${start}1+1`)
    }
    // Text that only contains a formula character later is left as it is.
    expect(RosterFiles.toCsv(doc([bureauRow(1, { major: "机械=设计" })]))).toContain(",机械=设计,")
  })

  it.effect("writes every formula start to XLSX as a text cell, never a formula, and reads it back", () =>
    Effect.gen(function* () {
      const rows = FORMULA_STARTS.map((start, i) =>
        bureauRow(i + 1, { major: `${start}SUM(A1:A9)`, name: `${start}cmd|' /C calc'!A0` }),
      )
      const bytes = yield* RosterFiles.toXlsx(doc(rows))
      const sheet = Buffer.from(unzip(bytes).find((p) => p.name === SHEET)?.data ?? []).toString("utf8")
      expect(sheet).not.toMatch(/<f[ >]/)
      const parsed = Either.getOrThrow(RosterFiles.fromTable(yield* RosterFiles.readXlsx(bytes)))
      // XML reads a bare CR as LF (XML 1.0 §2.11); all else comes back exactly, with no apostrophe.
      const lf = (s: string) => s.replace(/\r/g, "\n")
      expect(parsed.rows.map((r) => [r.cells.name, r.cells.major])).toEqual(
        rows.map((r) => [lf(r.name), lf(r.major)]),
      )
    }),
  )
})

const application = (name: string, year = 2025): PilotUnits.PilotApplication => ({
  year,
  district: "cn-zhejiang-shaoxing-yuecheng",
  unitName: name,
  industry: "电子信息",
  address: "绍兴市越城区某路2号",
  legalRepresentative: { name: "赵法人", position: "总经理", mobile: "13800000011" },
  workContact: { name: "钱联系", position: "人事专员", mobile: "13900000012" },
  staff: { fullSenior: 0, associateSenior: 2, intermediate: 15, junior: 30 },
  profileAndPromotionSystem: "技术岗位评价晋升制度（附页）",
  specialties: ["机电", "信息技术"],
})

/** A selected unit's draft roster for `year` (a unit applies once a year: another year for the same name). */
const pilotRoster = (name: string, round: Rosters.Round = "annual", year = 2025) =>
  Effect.gen(function* () {
    yield* at(`${year}-03-01`)
    const u = yield* PilotUnits.apply(hr, { application: application(name, year) })
    yield* PilotUnits.recommend(clerk, u.id, { recommended: true, opinion: "同意推荐" })
    // Many fixtures share a year: the soft cap of 6 is passed with a recorded reason.
    yield* PilotUnits.select(clerk, u.id, {
      opinion: "评估通过",
      scope: {
        postSequence: "工程技术岗",
        levels: ["助理工程师", "工程师"],
        specialties: ["机电", "信息技术"],
      },
      overCapReason: "测试数据",
    })
    yield* Adoptions.recordFigures(hr, u.id, year, { insuredStaff: 2000, lastYearGraduateHires: 10 })
    yield* at(`${year}-10-01`)
    return yield* Rosters.create(hr, { unitId: u.id, year, round })
  })

const strip = (rows: ReadonlyArray<Rosters.BureauRow>) => rows.map(({ seq: _, ...rest }) => rest)

for (const kind of KINDS) {
  describe(`RosterFiles on ${kind}`, () => {
    layer(
      Layer.mergeAll(AuditLogSql, PilotUnitsSql, RostersSql, AdoptionsSql, RosterKeys).pipe(
        Layer.provideMerge(freshDatabase(kind)),
      ),
      { timeout: 60_000 },
    )((it) => {
      for (const format of ["xlsx", "csv"] as const)
        it.effect(`export → import (${format}) gives the same entries`, () =>
          Effect.gen(function* () {
            const a = yield* pilotRoster(`导出${format}公司`)
            const input = [1, 2, 3, 4, 5, 6, 7].map(awkward)
            yield* Rosters.addRows(
              hr,
              a.id,
              input.map((r, i) => ({ row: i + 1, cells: { ...r } })),
              { kind: "test" },
            )
            yield* at("2025-10-08")
            yield* Rosters.finalise(hr, a.id)
            const file = yield* RosterFiles.exportRoster(clerk, a.id, format)
            expect(file.fileName).toBe(`拟职称采认人员花名册_导出${format}公司_2025年度.${format}`)
            const exported = (yield* Rosters.exportForBureau(clerk, a.id, "compare")).rows

            // Import into another roster of the same unit's name (its application of the next year).
            const b = yield* pilotRoster(`导出${format}公司`, "annual", 2026)
            const result = yield* RosterFiles.importRoster(hr, b.id, {
              bytes: file.bytes,
              name: file.fileName,
            })
            expect(result.added).toBe(7)
            const imported = (yield* Rosters.exportForBureau(clerk, b.id, "compare")).rows
            expect(strip(imported)).toEqual(strip(exported))
            expect(imported.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7])
            expect(imported.find((r) => r.residentId.endsWith("X"))?.residentId).toBe(idWithX)
            const log = yield* Effect.flatMap(AuditLog, (l) => l.all)
            expect(
              log.find((e) => e.action === "roster.entries-added" && e.subject === `roster:${b.id}`)?.data,
            ).toMatchObject({
              source: `import-${format}`,
              count: 7,
            })
          }),
        )

      for (const format of ["xlsx", "csv"] as const)
        it.effect(`lists every bad row of a ${format} file and stores none`, () =>
          Effect.gen(function* () {
            const r = yield* pilotRoster(`错误${format}公司`)
            yield* Rosters.addEntry(hr, r.id, { ...bureauRow(50) })
            const good = Array.from({ length: 30 }, (_, i) => bureauRow(i + 1))
            const bad = [...good]
            bad[4] = bureauRow(5, {
              residentId: `${makeId(1005).slice(0, 17)}${makeId(1005)[17] === "0" ? "1" : "0"}`,
            })
            bad[9] = bureauRow(10, { adoptionSpecialty: "化工" as never })
            bad[14] = bureauRow(15, { qualificationName: "技术员" as never })
            bad[19] = bureauRow(20, { name: "" })
            bad[24] = bureauRow(25, { residentId: makeId(1003), name: "重复者" })
            bad[27] = bureauRow(28, { residentId: makeId(1050) })
            const bytes =
              format === "csv"
                ? new TextEncoder().encode(RosterFiles.toCsv(doc(bad)))
                : yield* RosterFiles.toXlsx({ ...doc(bad), unitName: `错误${format}公司` })
            const sql = yield* SqlClient.SqlClient
            const snapshot = sql`SELECT id, roster_id, position, id_hmac FROM roster_entries ORDER BY id`
            const before = yield* snapshot
            const audits = (yield* Effect.flatMap(AuditLog, (l) => l.all)).length

            const e = yield* Effect.flip(RosterFiles.importRoster(hr, r.id, { bytes }))
            expect(e._tag).toBe("EntriesRejected")
            if (e._tag !== "EntriesRejected") return
            // CSV rows are records (header = 1); XLSX rows are sheet rows (header = 3).
            const first = format === "csv" ? 2 : 4
            const at = (i: number) => first + i
            expect(e.errors.map((x) => [x.row, x.column, x.rule])).toEqual([
              [at(4), "身份证号", "resident-id"],
              [at(9), "采认职称专业", "unknown-specialty"],
              [at(14), "资格名称", "unknown-qualification"],
              [at(19), "姓名", "missing"],
              [at(24), "身份证号", "duplicate-in-file"],
              [at(27), "身份证号", "duplicate-on-roster"],
            ])
            expect(e.errors[0]?.message).toContain("GB 11643-1999")
            expect(e.errors[3]?.message).toContain("required cell is empty")
            expect(e.errors[4]?.message).toContain(`row ${at(2)}`)
            expect(yield* snapshot).toEqual(before)
            expect((yield* Effect.flatMap(AuditLog, (l) => l.all)).length).toBe(audits)
          }),
        )

      it.effect(
        "refuses a file made out for another unit, and reports an ID number Excel stored as a number",
        () =>
          Effect.gen(function* () {
            const r = yield* pilotRoster("本单位")
            const other = yield* RosterFiles.toXlsx({ ...doc([bureauRow(1)]), unitName: "别的单位" })
            const e = yield* Effect.flip(RosterFiles.importRoster(hr, r.id, { bytes: other }))
            expect(e).toMatchObject({
              _tag: "EntriesRejected",
              errors: [{ row: 2, column: "填报单位", rule: "different-unit" }],
            })

            const wb = new ExcelJS.Workbook()
            const ws = wb.addWorksheet("Sheet1")
            ws.addRow(Rosters.COLUMNS.map((c) => c.header))
            ws.addRow([
              1,
              "张三",
              330604198501010000, // what Excel keeps of 330604198501010011
              "本科",
              "浙江大学",
              "机械",
              "13800000000",
              "机电",
              "工程师",
            ])
            ws.addRow([])
            ws.addRow(["1.“采认职称专业”栏填机电、信息技术、石化、医药、材料、轻纺；"])
            const bytes = new Uint8Array((yield* Effect.promise(() => wb.xlsx.writeBuffer())) as ArrayBuffer)
            const n = yield* Effect.flip(RosterFiles.importRoster(hr, r.id, { bytes }))
            expect(n).toMatchObject({
              _tag: "EntriesRejected",
              errors: [{ row: 2, column: "身份证号", rule: "resident-id" }],
            })
            if (n._tag === "EntriesRejected") expect(n.errors[0]?.message).toContain("stored as a number")

            const garbage = yield* Effect.flip(
              RosterFiles.importRoster(hr, r.id, { bytes: new TextEncoder().encode("hello,world\n1,2\n") }),
            )
            expect(garbage).toMatchObject({ _tag: "RosterFileUnreadable" })
            const headerOnly = yield* Effect.flip(
              RosterFiles.importRoster(hr, r.id, {
                bytes: new TextEncoder().encode(RosterFiles.toCsv(doc([]))),
              }),
            )
            expect(headerOnly).toMatchObject({
              _tag: "RosterFileUnreadable",
              message: "the file has a header row but no entries",
            })
            expect((yield* Rosters.view(r.id)).entries).toHaveLength(0)
          }),
      )

      it.effect("refuses to export ID numbers to the public role", () =>
        Effect.gen(function* () {
          const r = yield* pilotRoster("公开导出公司")
          const e = yield* Effect.flip(RosterFiles.exportRoster({ id: "web", role: "public" }, r.id, "csv"))
          expect(e._tag).toBe("Forbidden")
        }),
      )
    })
  })
}
