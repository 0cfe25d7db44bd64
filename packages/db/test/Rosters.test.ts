import { SqlClient } from "@effect/sql"
import { describe, expect, it, layer } from "@effect/vitest"
import * as Adoptions from "@zhicheng/domain/Adoptions"
import { type Actor, AuditLog, verify } from "@zhicheng/domain/Audit"
import { IdHmac } from "@zhicheng/domain/PersonalId"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import * as Rosters from "@zhicheng/domain/Rosters"
import { Effect, Layer } from "effect"
import fc from "fast-check"
import { AdoptionsSql } from "../src/AdoptionsSql.ts"
import { AuditLogSql } from "../src/AuditLogSql.ts"
import { PilotUnitsSql } from "../src/PilotUnitsSql.ts"
import { RostersSql } from "../src/RostersSql.ts"
import { freshDatabase, KINDS } from "./support/databases.ts"
import { at, makeId, RosterKeys, rosterRow, SOURCE_000, squash } from "./support/fixtures.ts"

const hr: Actor = { id: "hr-01", role: "enterprise-hr" }
const clerk: Actor = { id: "clerk-01", role: "clerk" }
const visitor: Actor = { id: "web", role: "public" }

const person = rosterRow

const application = (name: string, year: number): PilotUnits.PilotApplication => ({
  year,
  district: "cn-zhejiang-shaoxing-shangyu",
  unitName: name,
  industry: "高端装备制造",
  address: "绍兴市上虞区某路1号",
  legalRepresentative: { name: "王法人", position: "董事长", mobile: "13800000001" },
  workContact: { name: "李联系", position: "人事经理", mobile: "13900000002" },
  staff: { fullSenior: 0, associateSenior: 3, intermediate: 20, junior: 40 },
  profileAndPromotionSystem: "技术岗位评价晋升制度（附页）",
  specialties: ["机电", "信息技术"],
})

/**
 * A pilot unit selected for `year` with 机电 at both levels, its cap figures for `year` recorded
 * (`figures`; by default 1000 insured staff, a cap of 50).
 */
const pilot = (
  name: string,
  year: number,
  figures: { readonly insuredStaff: number; readonly lastYearGraduateHires: number } = {
    insuredStaff: 1000,
    lastYearGraduateHires: 0,
  },
) =>
  Effect.gen(function* () {
    yield* at(`${year}-03-01`)
    const u = yield* PilotUnits.apply(hr, { application: application(name, year) })
    yield* PilotUnits.recommend(clerk, u.id, { recommended: true, opinion: "同意推荐" })
    const selected = yield* PilotUnits.select(clerk, u.id, {
      opinion: "评估通过",
      scope: { postSequence: "工程技术岗", levels: ["助理工程师", "工程师"], specialties: ["机电"] },
      // Many fixtures share a year: the soft cap of 6 is passed with a recorded reason.
      overCapReason: "测试数据",
    })
    yield* Adoptions.recordFigures(hr, u.id, year, figures)
    return selected
  })

const audits = Effect.flatMap(AuditLog, (a) => a.all)
const rows = (cells: ReadonlyArray<Rosters.RawRow["cells"]>): ReadonlyArray<Rosters.RawRow> =>
  cells.map((c, i) => ({ row: i + 1, cells: c }))

describe("Rosters (pure)", () => {
  it("quotes every clause verbatim from 000 and keeps the Annex 2 columns in order", () => {
    for (const c of Object.values(Rosters.CLAUSES)) expect(SOURCE_000, c.quote).toContain(squash(c.quote))
    expect(Rosters.COLUMNS.map((c) => c.header)).toEqual([
      "序号",
      "姓名",
      "身份证号",
      "最高学历（学位）",
      "毕业院校",
      "所学专业",
      "联系方式",
      "采认职称专业",
      "资格名称",
    ])
  })

  it("masks an ID number to its first 3 and last 4 characters", () => {
    expect(Rosters.maskId("11010519491231002X")).toBe("110***********002X")
  })

  it("reports each rule with row, column and reason", () => {
    const v = Rosters.validateRows(
      [
        { row: 4, cells: person(1, { residentId: "110105194912310021" }) },
        { row: 5, cells: person(2, { adoptionSpecialty: "机械" }) },
        { row: 6, cells: person(3, { qualificationName: "高级工程师" }) },
        { row: 7, cells: person(4, { name: "  " }) },
        { row: 8, cells: person(1) },
        { row: 9, cells: person(5, { residentId: "110105294912310021" }) },
        { row: 10, cells: person(6, { adoptionSpecialty: "信息技术", qualificationName: "工程师" }) },
        { row: 11, cells: person(7, { seq: "一" }) },
        { row: 12, cells: person(8, { residentId: 330604198501010000 }) },
      ],
      {
        today: "2025-06-01",
        scope: { postSequence: "工程技术岗", levels: ["助理工程师"], specialties: ["机电"] },
      },
    )
    const by = (row: number) => v.errors.filter((e) => e.row === row).map((e) => [e.column, e.rule])
    expect(by(4)).toEqual([["身份证号", "resident-id"]])
    expect(v.errors.find((e) => e.row === 4)?.message).toContain(
      "check character must be X (GB 11643-1999), got 1",
    )
    expect(by(5)).toEqual([["采认职称专业", "unknown-specialty"]])
    expect(by(6)).toEqual([["资格名称", "unknown-qualification"]])
    expect(by(7)).toEqual([["姓名", "missing"]])
    expect(by(8)).toEqual([])
    expect(by(9)).toEqual([["身份证号", "resident-id"]])
    expect(v.errors.find((e) => e.row === 9)?.message).toContain("birth date")
    expect(by(10)).toEqual([
      ["采认职称专业", "outside-approved-scope"],
      ["资格名称", "outside-approved-scope"],
    ])
    expect(by(11)).toEqual([["序号", "bad-seq"]])
    expect(by(12)).toEqual([["身份证号", "resident-id"]])
    expect(v.errors.find((e) => e.row === 12)?.message).toContain("stored as a number")
    expect(v.valid.map((r) => r.row)).toEqual([8])

    const dup = Rosters.validateRows(
      [
        { row: 2, cells: person(1) },
        { row: 3, cells: person(1, { name: "同一人" }) },
      ],
      { today: "2025-06-01" },
    )
    expect(dup.errors).toMatchObject([{ row: 3, column: "身份证号", rule: "duplicate-in-file" }])
    expect(dup.errors[0]?.message).toContain("row 2")
  })

  it("accepts any set of distinct valid people and flags exactly the rows whose check character is changed (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 999_999 }), {
          minLength: 1,
          maxLength: 25,
          selector: (n) => makeId(n),
        }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (ns, corrupt) => {
          const bad = new Set(corrupt.map((c) => c % ns.length))
          const input = ns.map((n, i) => {
            const id = makeId(n)
            const wrong = bad.has(i)
              ? id.slice(0, 17) +
                ("10X98765432"[("10X98765432".indexOf(id[17] as string) + 1) % 11] as string)
              : id
            return { row: i + 2, cells: person(n, { residentId: wrong.toLowerCase() }) }
          })
          const v = Rosters.validateRows(input, { today: "2025-06-01" })
          expect(v.errors.map((e) => e.row).sort((a, b) => a - b)).toEqual(
            [...bad].map((i) => i + 2).sort((a, b) => a - b),
          )
          expect(v.errors.every((e) => e.rule === "resident-id")).toBe(true)
          expect(v.valid.length).toBe(ns.length - bad.size)
        },
      ),
      { numRuns: 200 },
    )
  })
})

for (const kind of KINDS) {
  describe(`Rosters on ${kind}`, () => {
    layer(
      Layer.mergeAll(AuditLogSql, PilotUnitsSql, RostersSql, AdoptionsSql, RosterKeys).pipe(
        Layer.provideMerge(freshDatabase(kind)),
      ),
      { timeout: 60_000 },
    )((it) => {
      it.effect(
        "keeps ID numbers sealed, shows them masked to staff, never in public views or the audit",
        () =>
          Effect.gen(function* () {
            const u = yield* pilot("封存公司", 2025, { insuredStaff: 200, lastYearGraduateHires: 4 })
            yield* at("2025-10-01")
            const r = yield* Rosters.create(hr, { unitId: u.id, year: 2025, round: "annual" })
            const id = makeId(42)
            yield* Rosters.addEntry(hr, r.id, person(42, { residentId: ` ${id.toLowerCase()} ` }))
            const sql = yield* SqlClient.SqlClient
            const stored = yield* sql<
              Record<string, unknown>
            >`SELECT * FROM roster_entries WHERE roster_id = ${r.id}`
            expect(stored).toHaveLength(1)
            expect(JSON.stringify(stored)).not.toContain(id)
            expect(JSON.stringify(stored)).not.toContain(id.slice(0, 17))
            expect(stored[0]?.id_masked).toBe(Rosters.maskId(id))
            const hmac = yield* Effect.flatMap(IdHmac, (h) => h.of(id))
            expect(stored[0]?.id_hmac).toBe(hmac)

            const view = yield* Rosters.view(r.id)
            expect(view.entries[0]).toMatchObject({
              seq: 1,
              name: "员工42",
              residentIdMasked: Rosters.maskId(id),
              contact: "13800000042",
            })
            expect(view.usage).toMatchObject({
              cap: { cap: 10, applies: "insured-staff" },
              adopted: { people: 0 },
              remaining: 10,
            })
            const pub = yield* Rosters.publicEntries(r.id)
            expect(pub).toEqual([
              {
                name: "员工42",
                employer: "封存公司",
                specialty: "机电",
                title: "助理工程师",
                track: "adoption",
              },
            ])

            const refused = yield* Effect.flip(Rosters.exportForBureau(visitor, r.id, "test"))
            expect(refused._tag).toBe("Forbidden")
            const out = yield* Rosters.exportForBureau(clerk, r.id, "test")
            expect(out.rows[0]?.residentId).toBe(id)
            const log = yield* audits
            expect(log.at(-1)).toMatchObject({ action: "roster.exported", actor: clerk, data: { rows: 1 } })
            expect(JSON.stringify(log)).not.toContain(id)
            expect(JSON.stringify(log)).not.toContain("13800000042")
            expect((yield* verify(log)).count).toBe(log.length)
          }),
      )

      it.effect("finalises within the cap; a finalised roster is immutable", () =>
        Effect.gen(function* () {
          // cap = max(floor(5% × 100), floor(50% × 7)) = max(5, 3) = 5
          const u = yield* pilot("限额内公司", 2025, { insuredStaff: 100, lastYearGraduateHires: 7 })
          yield* at("2025-10-01")
          const r = yield* Rosters.create(hr, { unitId: u.id, year: 2025, round: "annual" })
          const added = yield* Rosters.addRows(hr, r.id, rows([1, 2, 3, 4, 5].map((n) => person(100 + n))), {
            kind: "test",
          })
          expect(added.added).toBe(5)
          const empty = yield* Rosters.create(hr, {
            unitId: (yield* pilot("空名册公司", 2025)).id,
            year: 2025,
            round: "annual",
          })
          expect((yield* Effect.flip(Rosters.finalise(hr, empty.id)))._tag).toBe("InvalidTransition")

          yield* at("2025-10-08")
          const f = yield* Rosters.finalise(hr, r.id)
          expect(f).toMatchObject({
            status: "finalised",
            finalised: {
              on: "2025-10-08",
              figures: { insuredStaff: 100, lastYearGraduateHires: 7 },
              cap: 5,
              yearTotal: 5,
              applies: "insured-staff",
            },
          })
          expect(f.finalised?.overCap).toBeUndefined()
          expect((yield* audits).at(-1)).toMatchObject({
            action: "roster.finalised",
            data: {
              entries: 5,
              yearTotal: 5,
              cap: { cap: 5, insuredStaff: { base: 100, figure: 5 }, graduateHires: { base: 7, figure: 3 } },
            },
          })

          const before = (yield* audits).length
          const add = yield* Effect.flip(Rosters.addEntry(hr, r.id, person(200)))
          expect(add).toMatchObject({ _tag: "InvalidTransition", from: "finalised" })
          const view = yield* Rosters.view(r.id)
          const remove = yield* Effect.flip(Rosters.removeEntry(hr, r.id, view.entries[0]?.id as string))
          expect(remove._tag).toBe("InvalidTransition")
          const again = yield* Effect.flip(Rosters.finalise(hr, r.id))
          expect(again._tag).toBe("InvalidTransition")
          expect((yield* Rosters.view(r.id)).entries).toHaveLength(5)
          expect((yield* audits).length).toBe(before)
        }),
      )

      it.effect(
        "refuses a roster over the cap without a reason, writing nothing; accepts it with a recorded reason",
        () =>
          Effect.gen(function* () {
            // cap = max(floor(5% × 59), floor(50% × 5)) = max(2, 2) = 2
            const u = yield* pilot("超额公司", 2025, { insuredStaff: 59, lastYearGraduateHires: 5 })
            yield* at("2025-10-01")
            const r = yield* Rosters.create(hr, { unitId: u.id, year: 2025, round: "annual" })
            yield* Rosters.addRows(hr, r.id, rows([1, 2, 3].map((n) => person(300 + n))), { kind: "test" })
            const before = (yield* audits).length
            const refused = yield* Effect.flip(Rosters.finalise(hr, r.id))
            expect(refused).toMatchObject({
              _tag: "QuotaExceeded",
              cap: 2,
              requested: 3,
              clause: { article: "第九条" },
            })
            expect(refused.message).toContain("insured staff 59 × 5% = 2")
            expect((yield* Rosters.view(r.id)).roster.status).toBe("draft")
            expect((yield* audits).length).toBe(before)

            // Removing one brings it within the cap; put it back and finalise with a reason instead.
            const entries = (yield* Rosters.view(r.id)).entries
            yield* Rosters.removeEntry(hr, r.id, entries[2]?.id as string)
            expect((yield* Rosters.view(r.id)).entries.map((e) => e.seq)).toEqual([1, 2])
            yield* Rosters.addEntry(hr, r.id, person(303))
            const ok = yield* Rosters.finalise(clerk, r.id, {
              overCapReason: "该单位当年度新增研发中心，经局务会同意",
            })
            expect(ok.finalised?.overCap).toEqual({
              excess: 1,
              reason: "该单位当年度新增研发中心，经局务会同意",
            })
            expect((yield* audits).at(-1)).toMatchObject({
              action: "roster.finalised",
              actor: clerk,
              data: { overCap: { excess: 1, reason: "该单位当年度新增研发中心，经局务会同意" } },
            })
          }),
      )

      it.effect(
        "counts both half-year rounds against the year's cap; a year has one yearly round or two halves",
        () =>
          Effect.gen(function* () {
            const u = yield* pilot("半年公司", 2025, { insuredStaff: 40, lastYearGraduateHires: 4 }) // cap 2
            yield* at("2025-06-20")
            const h1 = yield* Rosters.create(hr, { unitId: u.id, year: 2025, round: "first-half" })
            const clash = yield* Effect.flip(
              Rosters.create(hr, { unitId: u.id, year: 2025, round: "annual" }),
            )
            expect(clash).toMatchObject({ _tag: "InvalidTransition", clause: { article: "第九条" } })
            const same = yield* Effect.flip(
              Rosters.create(hr, { unitId: u.id, year: 2025, round: "first-half" }),
            )
            expect(same._tag).toBe("InvalidTransition")
            yield* Rosters.addRows(hr, h1.id, rows([person(401), person(402)]), { kind: "test" })
            yield* Rosters.finalise(hr, h1.id)

            yield* at("2025-12-01")
            const h2 = yield* Rosters.create(hr, { unitId: u.id, year: 2025, round: "second-half" })
            // Someone already on the first-half roster cannot be added again in the year.
            const dup = yield* Effect.flip(Rosters.addEntry(hr, h2.id, person(401)))
            expect(dup).toMatchObject({
              _tag: "EntriesRejected",
              errors: [{ rule: "duplicate-on-roster", column: "身份证号" }],
            })
            yield* Rosters.addEntry(hr, h2.id, person(403))
            const over = yield* Effect.flip(Rosters.finalise(hr, h2.id))
            expect(over).toMatchObject({ _tag: "QuotaExceeded", cap: 2, count: 2, requested: 3 })
          }),
      )

      it.effect("refuses rosters for a unit that is not a pilot that year, and after a failed review", () =>
        Effect.gen(function* () {
          const u = yield* pilot("退出公司", 2026)
          yield* at("2026-04-01")
          const early = yield* Effect.flip(
            Rosters.create(hr, {
              unitId: u.id,
              year: 2025,
              round: "annual",
            }),
          )
          expect(early._tag).toBe("InvalidTransition")
          const r = yield* Rosters.create(hr, {
            unitId: u.id,
            year: 2026,
            round: "annual",
          })
          yield* Rosters.addEntry(hr, r.id, person(501))
          yield* at("2026-12-15")
          yield* PilotUnits.review(clerk, u.id, { year: 2026, passed: false, opinion: "复审不合格" })
          // Still a pilot for 2026: the roster of 2026 can be finalised.
          yield* Rosters.finalise(hr, r.id)
          yield* at("2027-03-01")
          const next = yield* Effect.flip(
            Rosters.create(hr, {
              unitId: u.id,
              year: 2027,
              round: "annual",
            }),
          )
          expect(next).toMatchObject({ _tag: "InvalidTransition", clause: { article: "第十三条" } })
          expect(next.message).toContain("left the pilot scheme after 2026")
          const unknown = yield* Effect.flip(
            Rosters.create(hr, {
              unitId: "nope",
              year: 2026,
              round: "annual",
            }),
          )
          expect(unknown._tag).toBe("NotFound")
        }),
      )

      it.effect("rejects a batch with any bad row, listing every error and writing nothing", () =>
        Effect.gen(function* () {
          const u = yield* pilot("批量公司", 2025)
          yield* at("2025-10-01")
          const r = yield* Rosters.create(hr, {
            unitId: u.id,
            year: 2025,
            round: "annual",
          })
          yield* Rosters.addEntry(hr, r.id, person(600))
          const sql = yield* SqlClient.SqlClient
          const count = sql<{ n: number }>`SELECT COUNT(*) AS n FROM roster_entries`.pipe(
            Effect.map((x) => Number(x[0]?.n)),
          )
          const before = yield* count
          const auditsBefore = (yield* audits).length
          const batch = Array.from({ length: 12 }, (_, i) => person(610 + i))
          batch[3] = person(613, { residentId: "330604198501010010" })
          batch[7] = person(617, { adoptionSpecialty: "化工" })
          batch[9] = person(600)
          const e = yield* Effect.flip(Rosters.addRows(hr, r.id, rows(batch), { kind: "test" }))
          expect(e._tag).toBe("EntriesRejected")
          if (e._tag !== "EntriesRejected") return
          expect(e.errors.map((x) => [x.row, x.rule])).toEqual([
            [4, "resident-id"],
            [8, "unknown-specialty"],
            [10, "duplicate-on-roster"],
          ])
          expect(e.message).toContain("nothing was added")
          expect(yield* count).toBe(before)
          expect((yield* audits).length).toBe(auditsBefore)
        }),
      )
    })
  })
}
