import { SqlClient } from "@effect/sql"
import { describe, expect, it, layer } from "@effect/vitest"
import { type Actor, AuditLog, verify } from "@zhicheng/domain/Audit"
import type { Citation } from "@zhicheng/domain/Citation"
import type { PilotApplication } from "@zhicheng/domain/PilotUnits"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import { Effect, Layer } from "effect"
import { AuditLogSql } from "../src/AuditLogSql.ts"
import { PilotUnitsSql } from "../src/PilotUnitsSql.ts"
import { auditCount } from "./support/audit.ts"
import { freshDatabase, KINDS } from "./support/databases.ts"
import { at, SOURCE_000, squash } from "./support/fixtures.ts"

const hr: Actor = { id: "hr-01", role: "enterprise-hr" }
const district: Actor = { id: "district-clerk", role: "clerk" }
const city: Actor = { id: "city-clerk", role: "clerk" }

const application = (name: string, year: number, over: Partial<PilotApplication> = {}): PilotApplication => ({
  year,
  district: "cn-zhejiang-shaoxing-shangyu",
  unitName: name,
  industry: "高端装备制造",
  address: "绍兴市上虞区某路1号",
  legalRepresentative: { name: "王法人", position: "董事长", phone: "0575-82000000", mobile: "13800000001" },
  workContact: { name: "李联系", position: "人事经理", mobile: "13900000002" },
  staff: { fullSenior: 1, associateSenior: 5, intermediate: 30, junior: 60 },
  profileAndPromotionSystem: "公司简介；技术岗位评价晋升制度（附页）",
  specialties: ["机电", "信息技术"],
  ...over,
})

const scope = { postSequence: "工程技术岗", levels: ["助理工程师", "工程师"], specialties: ["机电"] } as const

/** Applies, recommends and (when asked) selects a unit; the clock must be before the deadline. */
const throughRecommendation = (name: string, year: number) =>
  Effect.gen(function* () {
    const u = yield* PilotUnits.apply(hr, { application: application(name, year) })
    return yield* PilotUnits.recommend(district, u.id, {
      recommended: true,
      opinion: "经核实，符合条件，同意推荐",
    })
  })

describe("PilotUnits citations", () => {
  it("quotes every clause verbatim from 000", () => {
    const all: ReadonlyArray<Citation> = Object.values(PilotUnits.CLAUSES)
    for (const c of all) {
      expect(c.source).toBe("000_f566ba90b7a0da7a.txt")
      expect(SOURCE_000, `${c.article} ${c.quote}`).toContain(squash(c.quote))
    }
  })

  it("gives 31 March as the deadline, none for 2023, and an operator's date when set", () => {
    expect(PilotUnits.deadlineFor(PilotUnits.DEFAULT_SETTINGS, 2025)).toBe("2025-03-31")
    expect(PilotUnits.deadlineFor(PilotUnits.DEFAULT_SETTINGS, 2023)).toBeUndefined()
    expect(
      PilotUnits.deadlineFor(
        { ...PilotUnits.DEFAULT_SETTINGS, deadlines: { 2023: "2023-06-30" as never } },
        2023,
      ),
    ).toBe("2023-06-30")
  })
})

for (const kind of KINDS) {
  describe(`PilotUnits on ${kind}`, () => {
    layer(Layer.mergeAll(AuditLogSql, PilotUnitsSql).pipe(Layer.provideMerge(freshDatabase(kind))), {
      timeout: 60_000,
    })((it) => {
      it.effect(
        "applies, recommends and selects with the approved scope; every step audited; contacts stay private",
        () =>
          Effect.gen(function* () {
            yield* at("2025-03-10")
            const before = yield* auditCount
            const u = yield* PilotUnits.apply(hr, { application: application("越城精工有限公司", 2025) })
            expect(u.status).toBe("applied")
            expect(u.appliedOn).toBe("2025-03-10")
            // Selecting before the district has recommended is refused.
            const early = yield* Effect.flip(PilotUnits.select(city, u.id, { opinion: "同意", scope }))
            expect(early).toMatchObject({
              _tag: "InvalidTransition",
              from: "applied",
              clause: { article: "第八条（三）" },
            })
            yield* PilotUnits.recommend(district, u.id, { recommended: true, opinion: "经核实，同意推荐" })
            // The approved scope must lie within what the unit applied for.
            const wide = yield* Effect.flip(
              PilotUnits.select(city, u.id, {
                opinion: "同意",
                scope: { ...scope, specialties: ["机电", "医药"] },
              }),
            )
            expect(wide).toMatchObject({ _tag: "RuleViolated", field: "scope.specialties" })
            const s = yield* PilotUnits.select(city, u.id, {
              opinion: "专家组实地评估通过",
              scope: { ...scope, documentRef: "绍人社〔2025〕1号" },
            })
            expect(s.status).toBe("selected")
            expect(s.selection?.scope?.specialties).toEqual(["机电"])
            expect(PilotUnits.isPilotIn(s, 2025)).toBe(true)
            expect(PilotUnits.isPilotIn(s, 2024)).toBe(false)

            const stored = yield* PilotUnits.get(u.id)
            expect(stored).toEqual(s)
            const pub = yield* PilotUnits.listPublic(2025)
            expect(pub.map((p) => p.unitName)).toContain("越城精工有限公司")
            const text = JSON.stringify(pub)
            for (const secret of ["13800000001", "13900000002", "0575-82000000", "王法人", "李联系"])
              expect(text).not.toContain(secret)

            const entries = (yield* Effect.flatMap(AuditLog, (a) => a.all)).slice(before)
            expect(entries.map((e) => e.action)).toEqual([
              "pilot-unit.applied",
              "pilot-unit.recommended",
              "pilot-unit.selected",
            ])
            expect(JSON.stringify(entries)).not.toContain("13800000001")
            expect((yield* verify(yield* Effect.flatMap(AuditLog, (a) => a.all))).count).toBeGreaterThan(0)
          }),
      )

      it.effect("refuses a unit outside Shaoxing and an unknown condition statement, writing nothing", () =>
        Effect.gen(function* () {
          yield* at("2025-03-10")
          const sql = yield* SqlClient.SqlClient
          const count = sql<{ n: number }>`SELECT COUNT(*) AS n FROM pilot_units`.pipe(
            Effect.map((r) => Number(r[0]?.n)),
          )
          const before = yield* count
          const audits = yield* auditCount
          const outside = yield* Effect.flip(
            PilotUnits.apply(hr, {
              application: application("杭州某公司", 2025, { district: "cn-zhejiang-hangzhou-xihu" }),
            }),
          )
          expect(outside).toMatchObject({
            _tag: "RuleViolated",
            field: "district",
            clause: { article: "第七条" },
          })
          const unknown = yield* Effect.flip(
            PilotUnits.apply(hr, {
              application: application("某公司", 2025, { statements: { "no-such-condition": "有" } }),
            }),
          )
          expect(unknown).toMatchObject({ _tag: "RuleViolated", field: "statements" })
          const noSpecialty = yield* Effect.flip(
            PilotUnits.apply(hr, { application: application("某公司", 2025, { specialties: [] }) }),
          )
          expect(noSpecialty._tag).toBe("RuleViolated")
          expect(yield* count).toBe(before)
          expect(yield* auditCount).toBe(audits)

          // A statement on a known condition is kept as evidence for the district's review.
          const cond = "shaoxing-adoption-draft/pilot/scale-and-influence"
          const ok = yield* PilotUnits.apply(hr, {
            application: application("有陈述公司", 2025, {
              statements: { [cond]: "年产值10亿元，行业前十" },
            }),
          })
          const row = PilotUnits.conditionsOf(ok).find((c) => c.id === cond)
          expect(row).toMatchObject({ outcome: "needs-review", statement: "年产值10亿元，行业前十" })
        }),
      )

      it.effect(
        "refuses an application after 31 March without a reason, accepts it with one (audited); 2023 has no fixed deadline",
        () =>
          Effect.gen(function* () {
            yield* at("2025-03-31")
            const onTime = yield* PilotUnits.apply(hr, { application: application("准时公司", 2025) })
            expect(onTime.lateReason).toBeUndefined()
            yield* at("2025-04-01")
            const audits = yield* auditCount
            const late = yield* Effect.flip(
              PilotUnits.apply(hr, { application: application("迟到公司", 2025) }),
            )
            expect(late).toMatchObject({
              _tag: "DeadlinePassed",
              deadline: "2025-03-31",
              today: "2025-04-01",
              clause: { article: "第六条" },
            })
            expect(yield* auditCount).toBe(audits)
            const accepted = yield* PilotUnits.apply(hr, {
              application: application("迟到公司", 2025),
              lateReason: "区人社局书面说明：系统故障延误",
            })
            expect(accepted.lateReason).toBe("区人社局书面说明：系统故障延误")
            const last = (yield* Effect.flatMap(AuditLog, (a) => a.all)).at(-1)
            expect(last?.data).toMatchObject({
              late: { deadline: "2025-03-31", reason: "区人社局书面说明：系统故障延误" },
            })

            yield* at("2023-09-01")
            const y2023 = yield* PilotUnits.apply(hr, { application: application("二〇二三公司", 2023) })
            expect(y2023.lateReason).toBeUndefined()
            // An operator may set the 2023 date once the bureau names one.
            const set = yield* Effect.flip(
              PilotUnits.apply(hr, { application: application("二〇二三乙公司", 2023) }).pipe(
                Effect.provideService(PilotUnits.PilotUnitConfig, {
                  ...PilotUnits.DEFAULT_SETTINGS,
                  deadlines: { 2023: "2023-06-30" as never },
                }),
              ),
            )
            expect(set).toMatchObject({ _tag: "DeadlinePassed", deadline: "2023-06-30" })
          }),
      )

      it.effect(
        "selects 6 units a year; the 7th is refused without a reason and accepted with one (audited)",
        () =>
          Effect.gen(function* () {
            yield* at("2026-02-01")
            const units = yield* Effect.forEach(
              Array.from({ length: 8 }, (_, i) => i + 1),
              (i) => throughRecommendation(`二〇二六第${i}家`, 2026),
            )
            for (const u of units.slice(0, 6))
              yield* PilotUnits.select(city, u.id, { opinion: "评估通过", scope })
            const seventh = units[6] as PilotUnits.PilotUnit
            const audits = yield* auditCount
            const refused = yield* Effect.flip(
              PilotUnits.select(city, seventh.id, { opinion: "评估通过", scope }),
            )
            expect(refused).toMatchObject({
              _tag: "QuotaExceeded",
              cap: 6,
              count: 6,
              requested: 7,
              clause: { article: "第五条", quote: "一般每年不超过6家" },
            })
            expect(yield* auditCount).toBe(audits)
            expect((yield* PilotUnits.get(seventh.id)).status).toBe("recommended")
            const blank = yield* Effect.flip(
              PilotUnits.select(city, seventh.id, { opinion: "评估通过", scope, overCapReason: "   " }),
            )
            expect(blank._tag).toBe("QuotaExceeded")

            const accepted = yield* PilotUnits.select(city, seventh.id, {
              opinion: "评估通过",
              scope,
              overCapReason: "市政府专题会议纪要同意增加1家",
            })
            expect(accepted.selection?.overCap).toEqual({
              cap: 6,
              count: 6,
              reason: "市政府专题会议纪要同意增加1家",
            })
            const last = (yield* Effect.flatMap(AuditLog, (a) => a.all)).at(-1)
            expect(last).toMatchObject({
              action: "pilot-unit.selected",
              actor: city,
              data: { overCap: { reason: "市政府专题会议纪要同意增加1家" } },
            })
            // Declined and other years' units do not count.
            yield* PilotUnits.decline(city, (units[7] as PilotUnits.PilotUnit).id, { opinion: "评估未通过" })
            expect((yield* PilotUnits.get((units[7] as PilotUnits.PilotUnit).id)).status).toBe("not-selected")
            const other = yield* throughRecommendation("二〇二七第1家", 2027)
            expect((yield* PilotUnits.select(city, other.id, { opinion: "评估通过", scope })).status).toBe(
              "selected",
            )
          }),
      )

      it.effect(
        "takes one application per unit and year (第五条): the same name again, however written, is refused, also concurrently",
        () =>
          Effect.gen(function* () {
            yield* at("2032-02-01")
            const first = yield* PilotUnits.apply(hr, {
              application: application("Ａ1 一次申报有限公司（绍兴）", 2032),
            })
            const before = yield* auditCount
            for (const again of [
              "Ａ1 一次申报有限公司（绍兴）",
              "a1一次申报有限公司(绍兴)",
              " A1 一次申报 有限公司（绍兴） ",
            ]) {
              const e = yield* Effect.flip(PilotUnits.apply(hr, { application: application(again, 2032) }))
              expect(e).toMatchObject({
                _tag: "AlreadyApplied",
                year: 2032,
                existing: first.id,
                clause: { article: "第五条" },
              })
            }
            // Refused whatever became of the first application…
            yield* PilotUnits.recommend(district, first.id, { recommended: false, opinion: "材料不全" })
            expect(
              yield* Effect.flip(
                PilotUnits.apply(hr, { application: application("A1一次申报有限公司(绍兴)", 2032) }),
              ),
            ).toMatchObject({ _tag: "AlreadyApplied" })
            expect(yield* auditCount).toBe(before + 1) // the recommendation only
            // …while another year, and another unit, are fine.
            yield* PilotUnits.apply(hr, { application: application("A1一次申报有限公司(绍兴)", 2033) })
            yield* PilotUnits.apply(hr, { application: application("另一家申报有限公司", 2032) })

            // Four at once with the same name: one is stored.
            const results = yield* Effect.forEach(
              [1, 2, 3, 4],
              () =>
                Effect.either(PilotUnits.apply(hr, { application: application("并发申报有限公司", 2032) })),
              { concurrency: "unbounded" },
            )
            expect(results.filter((r) => r._tag === "Right")).toHaveLength(1)
            expect(results.flatMap((r) => (r._tag === "Left" ? [r.left._tag] : []))).toEqual([
              "AlreadyApplied",
              "AlreadyApplied",
              "AlreadyApplied",
            ])
            const sql = yield* SqlClient.SqlClient
            const [row] = yield* sql<{
              n: number
            }>`SELECT COUNT(*) AS n FROM pilot_units WHERE year = 2032 AND unit_name = '并发申报有限公司'`
            expect(Number(row?.n)).toBe(1)
          }),
      )

      it.effect("lets only one of several concurrent selections take the 6th place", () =>
        Effect.gen(function* () {
          yield* at("2031-02-01")
          const units = yield* Effect.forEach(
            Array.from({ length: 9 }, (_, i) => i + 1),
            (i) => throughRecommendation(`并发第${i}家`, 2031),
          )
          for (const u of units.slice(0, 5))
            yield* PilotUnits.select(city, u.id, { opinion: "评估通过", scope })
          const results = yield* Effect.forEach(
            units.slice(5),
            (u) => Effect.either(PilotUnits.select(city, u.id, { opinion: "评估通过", scope })),
            { concurrency: "unbounded" },
          )
          expect(results.filter((r) => r._tag === "Right")).toHaveLength(1)
          expect(
            results.filter((r) => r._tag === "Left").map((r) => r._tag === "Left" && r.left._tag),
          ).toEqual(["QuotaExceeded", "QuotaExceeded", "QuotaExceeded"])
          const sql = yield* SqlClient.SqlClient
          const [row] = yield* sql<{
            n: number
          }>`SELECT COUNT(*) AS n FROM pilot_units WHERE year = 2031 AND selected = 1`
          expect(Number(row?.n)).toBe(6)
        }),
      )

      it.effect(
        "reviews at year end: a failing review exits the unit after that year; a review is recorded once",
        () =>
          Effect.gen(function* () {
            yield* at("2028-03-01")
            const passes = yield* throughRecommendation("复审合格公司", 2028)
            const fails = yield* throughRecommendation("复审不合格公司", 2028)
            yield* PilotUnits.select(city, passes.id, { opinion: "评估通过", scope })
            yield* PilotUnits.select(city, fails.id, { opinion: "评估通过", scope })

            yield* at("2028-11-30")
            const early = yield* Effect.flip(
              PilotUnits.review(city, fails.id, { year: 2028, passed: false, opinion: "材料不全" }),
            )
            expect(early).toMatchObject({
              _tag: "InvalidTransition",
              action: "review",
              clause: { article: "第十三条" },
            })

            yield* at("2028-12-20")
            const ok = yield* PilotUnits.review(city, passes.id, {
              year: 2028,
              passed: true,
              opinion: "试点规范",
            })
            expect(ok.unit.status).toBe("selected")
            expect(PilotUnits.isPilotIn(ok.unit, 2029)).toBe(true)
            const twice = yield* Effect.flip(
              PilotUnits.review(city, passes.id, { year: 2028, passed: true, opinion: "再次" }),
            )
            expect(twice._tag).toBe("InvalidTransition")

            const failed = yield* PilotUnits.review(city, fails.id, {
              year: 2028,
              passed: false,
              opinion: "评价过程不规范",
            })
            expect(failed.unit.status).toBe("exited")
            expect(failed.unit.exit).toMatchObject({ lastYear: 2028, cause: "review-failed" })
            expect(PilotUnits.isPilotIn(failed.unit, 2028)).toBe(true)
            expect(PilotUnits.isPilotIn(failed.unit, 2029)).toBe(false)
            const stored = yield* PilotUnits.get(fails.id)
            expect(stored.status).toBe("exited")
            const last = (yield* Effect.flatMap(AuditLog, (a) => a.all)).at(-1)
            expect(last).toMatchObject({
              action: "pilot-unit.review-failed",
              data: { year: 2028, exited: true, lastYear: 2028 },
            })
            // An exited unit is not reviewed or selected again.
            yield* at("2029-12-10")
            const after = yield* Effect.flip(
              PilotUnits.review(city, fails.id, { year: 2029, passed: true, opinion: "—" }),
            )
            expect(after).toMatchObject({ _tag: "InvalidTransition", from: "exited" })
            // A review for a year before the unit's first pilot year is refused.
            const before = yield* Effect.flip(
              PilotUnits.review(city, passes.id, { year: 2027, passed: true, opinion: "—" }),
            )
            expect(before._tag).toBe("InvalidTransition")
          }),
      )

      it.effect("lets a selected unit withdraw (exit), audited; refuses exit of an unselected unit", () =>
        Effect.gen(function* () {
          yield* at("2030-03-01")
          const u = yield* throughRecommendation("主动退出公司", 2030)
          const notYet = yield* Effect.flip(PilotUnits.exit(city, u.id, { reason: "企业申请退出" }))
          expect(notYet).toMatchObject({ _tag: "InvalidTransition", from: "recommended" })
          yield* PilotUnits.select(city, u.id, { opinion: "评估通过", scope })
          const out = yield* PilotUnits.exit(city, u.id, { reason: "企业申请退出" })
          expect(out).toMatchObject({ status: "exited", exit: { lastYear: 2030, cause: "withdrawn" } })
          const missing = yield* Effect.flip(PilotUnits.exit(city, "no-such-id", { reason: "x" }))
          expect(missing).toMatchObject({ _tag: "NotFound", kind: "pilot-unit" })
        }),
      )
    })
  })
}
