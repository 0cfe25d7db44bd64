import { describe, expect, it, layer } from "@effect/vitest"
import { type Actor, AuditLog, verify } from "@zhicheng/domain/Audit"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import type { Edition } from "@zhicheng/domain/Policy"
import {
  hasEnded,
  isRunning,
  LAST_DAY_ENDS_AT_MIDNIGHT,
  Publicity,
  publicitySettingId,
  ruleFor,
  type Subject,
} from "@zhicheng/domain/Publicity"
import * as Registry from "@zhicheng/domain/Registry"
import { officialCalendar, WorkCalendar } from "@zhicheng/domain/WorkCalendar"
import { Effect, Layer, TestClock } from "effect"
import fc from "fast-check"
import { AuditLogSql } from "../src/AuditLogSql.ts"
import { PublicitySql } from "../src/PublicitySql.ts"
import { freshDatabase, KINDS } from "./support/databases.ts"

const d = CivilDate.make
const clerk: Actor = { id: "clerk-01", role: "clerk" }
const HOW = "异议请向绍兴市上虞区人力社保局职称科书面反映（示例），电话 0575-0000000"

/** 10:00 China time on `day`. */
const setDay = (day: string) => TestClock.setTime(Date.parse(`${day}T10:00:00+08:00`))

const entry = (i: number): Subject => ({
  kind: "roster-entry",
  id: `roster-2024-01#${i}`,
  entry: {
    name: `员工${i}`,
    employer: "绍兴某机电有限公司",
    specialty: "机电制造",
    title: "助理工程师",
    track: "采认",
  },
})

/** Runs `refused`, expects `tag`, and checks that the notice, its objections and the audit log did not change. */
const refusedWithNothingWritten = <A, E extends { readonly _tag: string }, R>(
  notice: string | undefined,
  refused: Effect.Effect<A, E, R>,
  tag: string,
) =>
  Effect.gen(function* () {
    const publicity = yield* Publicity
    const audit = yield* AuditLog
    const snapshot = Effect.gen(function* () {
      return {
        notice: notice === undefined ? undefined : yield* publicity.get(notice),
        objections: yield* publicity.objections(notice === undefined ? {} : { notice }),
        audit: (yield* audit.all).length,
      }
    })
    const before = yield* snapshot
    const error = yield* Effect.flip(refused)
    expect(error._tag).toBe(tag)
    expect(yield* snapshot).toEqual(before)
    return error
  })

const services = (kind: "sqlite" | "postgres") =>
  Publicity.Default.pipe(
    Layer.provideMerge(WorkCalendar.Default),
    Layer.provideMerge(Layer.mergeAll(PublicitySql, AuditLogSql)),
    Layer.provideMerge(freshDatabase(kind)),
  )

for (const kind of KINDS) {
  describe(`Publicity on ${kind}`, () => {
    layer(services(kind), { timeout: 120_000 })((it) => {
      it.effect(
        "current: a notice is listed from its publication day to the end of its last day, and not once closed",
        () =>
          Effect.gen(function* () {
            const publicity = yield* Publicity
            const listed = (id: string) =>
              Effect.map(publicity.current, (ns) => ns.some((n) => n.notice === id))
            yield* setDay("2025-06-03")
            const n = yield* publicity.open({
              edition: "shangyu-2023-3",
              subjects: [entry(40)],
              howToObject: HOW,
              published: d("2025-06-04"),
              actor: clerk,
            })
            expect(n.end).toBe("2025-06-11")
            expect(yield* listed(n.id)).toBe(false)
            yield* setDay("2025-06-04")
            expect(yield* listed(n.id)).toBe(true)
            const view = (yield* publicity.current).find((x) => x.notice === n.id)
            expect(view?.entries).toEqual([
              {
                name: "员工40",
                employer: "绍兴某机电有限公司",
                specialty: "机电制造",
                title: "助理工程师",
                track: "采认",
              },
            ])
            expect(JSON.stringify(view)).not.toMatch(/contact|residentId/)
            yield* TestClock.setTime(Date.parse("2025-06-11T23:59:00+08:00"))
            expect(yield* listed(n.id)).toBe(true)
            yield* setDay("2025-06-12")
            expect(yield* listed(n.id)).toBe(false)
            yield* publicity.close(n.id, { actor: clerk })
            yield* setDay("2025-06-05")
            expect(yield* listed(n.id)).toBe(false)
          }),
      )

      it.effect(
        "002 across the National Day holiday: published 2024-09-27, 5 working days → ends 2024-10-10",
        () =>
          Effect.gen(function* () {
            const publicity = yield* Publicity
            yield* setDay("2024-09-27")
            const n = yield* publicity.open({
              edition: "shangyu-2023-3",
              subjects: [entry(1), entry(2)],
              howToObject: HOW,
              actor: clerk,
            })
            expect(n).toMatchObject({
              published: "2024-09-27",
              start: "2024-09-28",
              end: "2024-10-10",
              status: "open",
              rule: { amount: 5, unit: "working-days", countPublicationDay: false },
            })
            expect(n.rule.citation.quote).toContain("5个工作日")
            // The end date still belongs to the period: it ends at 24:00 (Civil Code art. 203 ¶2).
            yield* TestClock.setTime(Date.parse("2024-10-10T23:59:00+08:00"))
            const e = yield* refusedWithNothingWritten(
              n.id,
              publicity.close(n.id, { actor: clerk }),
              "PublicityNotEnded",
            )
            expect(e).toMatchObject({
              end: "2024-10-10",
              today: "2024-10-10",
              clause: LAST_DAY_ENDS_AT_MIDNIGHT,
            })
            expect(e.message).toContain("24:00 on 2024-10-10")
            yield* TestClock.setTime(Date.parse("2024-10-11T00:00:00+08:00"))
            const closed = yield* publicity.close(n.id, { actor: clerk })
            expect(closed).toMatchObject({ status: "closed", closedBy: clerk })
            expect(yield* publicity.get(n.id)).toMatchObject({ status: "closed", closedBy: clerk })
            yield* refusedWithNothingWritten(n.id, publicity.close(n.id, { actor: clerk }), "NoticeClosed")
          }),
      )

      it.effect(
        "public view: name, employer, specialty, title, track, the period and how to object — nothing else",
        () =>
          Effect.gen(function* () {
            const publicity = yield* Publicity
            yield* setDay("2024-09-27")
            const n = yield* publicity.open({
              edition: "shangyu-2023-3",
              subjects: [entry(3)],
              howToObject: HOW,
              actor: clerk,
            })
            yield* publicity.fileObjection({
              notice: n.id,
              subject: { kind: "roster-entry", id: "roster-2024-01#3" },
              text: "学历造假",
              objector: { name: "匿名", contact: "13900001111" },
            })
            const view = yield* publicity.publicView(n.id)
            expect(view.entries).toEqual([
              {
                name: "员工3",
                employer: "绍兴某机电有限公司",
                specialty: "机电制造",
                title: "助理工程师",
                track: "采认",
              },
            ])
            expect(view).toMatchObject({ start: "2024-09-28", end: "2024-10-10", howToObject: HOW })
            expect(Object.keys(view).sort()).toEqual(
              [
                "clause",
                "edition",
                "end",
                "entries",
                "howToObject",
                "notice",
                "period",
                "published",
                "start",
              ].sort(),
            )
            const json = JSON.stringify(view)
            for (const secret of ["13900001111", "匿名", "roster-2024-01#3", "学历造假"])
              expect(json).not.toContain(secret)
            // The clerks' view has the contact; the audit trail does not.
            expect((yield* publicity.objections({ notice: n.id }))[0]?.objector.contact).toBe("13900001111")
            const audit = yield* AuditLog
            expect(JSON.stringify(yield* audit.all)).not.toContain("13900001111")
          }),
      )

      it.effect(
        "objections: from publication to the end date; after it ObjectionPeriodOver; one upheld, one dismissed",
        () =>
          Effect.gen(function* () {
            const publicity = yield* Publicity
            yield* setDay("2024-09-26")
            const n = yield* publicity.open({
              edition: "shangyu-2023-3",
              subjects: [entry(4), entry(5)],
              howToObject: HOW,
              published: d("2024-09-27"),
              actor: clerk,
            })
            const on = (i: number) => ({ kind: "roster-entry" as const, id: `roster-2024-01#${i}` })
            const file = (i: number, text = "异议") =>
              publicity.fileObjection({
                notice: n.id,
                subject: on(i),
                text,
                objector: { contact: `tel-${i}` },
              })

            yield* refusedWithNothingWritten(n.id, file(4), "NoticeNotPublished")
            yield* refusedWithNothingWritten(n.id, file(99), "NotOnNotice")
            yield* setDay("2024-09-27")
            const o4 = yield* file(4, "业绩不实")
            yield* TestClock.setTime(Date.parse("2024-10-10T23:59:00+08:00"))
            const o5 = yield* file(5, "年限不足")
            yield* TestClock.setTime(Date.parse("2024-10-11T00:00:00+08:00"))
            const late = yield* refusedWithNothingWritten(n.id, file(5), "ObjectionPeriodOver")
            expect(late).toMatchObject({
              end: "2024-10-10",
              today: "2024-10-11",
              clause: { document: "shangyu-2023-3", quote: expect.stringContaining("5个工作日") },
            })

            const open = yield* refusedWithNothingWritten(
              n.id,
              publicity.close(n.id, { actor: clerk }),
              "ObjectionOpen",
            )
            expect(open).toMatchObject({ objections: [o4.id, o5.id] })

            yield* refusedWithNothingWritten(
              n.id,
              publicity.resolveObjection(o4.id, { resolution: "upheld", reason: "  ", actor: clerk }),
              "ReasonRequired",
            )
            const upheld = yield* publicity.resolveObjection(o4.id, {
              resolution: "upheld",
              reason: "经核实属实",
              actor: clerk,
            })
            expect(upheld).toMatchObject({
              status: "upheld",
              resolution: { status: "upheld", reason: "经核实属实", actor: clerk },
            })
            yield* refusedWithNothingWritten(
              n.id,
              publicity.resolveObjection(o4.id, { resolution: "dismissed", reason: "x", actor: clerk }),
              "ObjectionAlreadyResolved",
            )
            yield* refusedWithNothingWritten(n.id, publicity.close(n.id, { actor: clerk }), "ObjectionOpen")
            yield* publicity.resolveObjection(o5.id, {
              resolution: "dismissed",
              reason: "年限核实无误",
              actor: clerk,
            })

            // checkPassed: entry 4 has an upheld objection, entry 5 goes on.
            expect((yield* publicity.checkPassed(on(4))).upheld.map((o) => o.id)).toEqual([o4.id])
            expect((yield* publicity.checkPassed(on(5))).upheld).toEqual([])
            yield* publicity.close(n.id, { actor: clerk })

            const audit = yield* AuditLog
            const all = yield* audit.all
            const actions = all
              .filter((e) => e.subject === `notice:${n.id}` || e.subject.startsWith("objection:"))
              .map((e) => e.action)
            expect(actions).toEqual(
              expect.arrayContaining([
                "publicity.opened",
                "publicity.objection-filed",
                "publicity.objection-upheld",
                "publicity.objection-dismissed",
                "publicity.closed",
              ]),
            )
            yield* verify(all)
          }),
      )

      it.effect(
        "000: 5 calendar days; the 5th day a holiday carries the end over it (2026-09-30 → 2026-10-08)",
        () =>
          Effect.gen(function* () {
            const publicity = yield* Publicity
            yield* setDay("2026-09-30")
            const n = yield* publicity.open({
              edition: "shaoxing-adoption-draft",
              subjects: [entry(6)],
              howToObject: HOW,
              actor: clerk,
            })
            expect(n).toMatchObject({
              end: "2026-10-08",
              rule: {
                unit: "calendar-days",
                amount: 5,
                objectionClause: { quote: "经公示无异议，确定职称采认对象" },
              },
            })
            expect(
              (yield* publicity
                .checkPassed({ kind: "roster-entry", id: "roster-2024-01#6" })
                .pipe(Effect.flip))._tag,
            ).toBe("PublicityNotEnded")
          }),
      )

      it.effect(
        "refusals that write nothing: a year without a calendar notice, an edition without a rule, bad input",
        () =>
          Effect.gen(function* () {
            const publicity = yield* Publicity
            yield* setDay("2026-12-28")
            const missing = yield* refusedWithNothingWritten(
              undefined,
              publicity.open({
                edition: "shangyu-2023-3",
                subjects: [entry(7)],
                howToObject: HOW,
                actor: clerk,
              }),
              "CalendarYearMissing",
            )
            expect(missing).toMatchObject({ year: 2027 })
            expect(missing.message).toContain("2027")
            const noRule = yield* refusedWithNothingWritten(
              undefined,
              publicity.open({
                edition: "weihai-2020-50",
                subjects: [entry(7)],
                howToObject: HOW,
                actor: clerk,
              }),
              "PublicityRuleMissing",
            )
            expect(noRule.message).toContain(publicitySettingId("weihai-2020-50"))
            yield* refusedWithNothingWritten(
              undefined,
              publicity.open({ edition: "nope", subjects: [entry(7)], howToObject: HOW, actor: clerk }),
              "UnknownEdition",
            )
            yield* refusedWithNothingWritten(
              undefined,
              publicity.open({ edition: "shangyu-2023-3", subjects: [], howToObject: HOW, actor: clerk }),
              "InvalidNotice",
            )
            yield* refusedWithNothingWritten(
              undefined,
              publicity.open({
                edition: "shangyu-2023-3",
                subjects: [entry(7), entry(7)],
                howToObject: HOW,
                actor: clerk,
              }),
              "InvalidNotice",
            )
            yield* refusedWithNothingWritten(
              undefined,
              publicity.open({
                edition: "shangyu-2023-3",
                subjects: [entry(7)],
                howToObject: HOW,
                published: d("2026-12-01"),
                actor: clerk,
              }),
              "InvalidNotice",
            )
          }),
      )
    })
  })
}

describe("publicity rules and periods (pure)", () => {
  const base = Registry.edition("shangyu-2023-3") as Edition

  it.effect("reads the edition's typed publicity rule; an edition without one is refused", () =>
    Effect.gen(function* () {
      expect(yield* ruleFor(base)).toMatchObject({
        amount: 5,
        unit: "working-days",
        countPublicationDay: false,
        origin: "edition-setting",
      })
      const { publicity: _, ...bare } = base
      const missing = yield* Effect.flip(ruleFor(bare))
      expect(missing._tag).toBe("PublicityRuleMissing")
      expect(missing.message).toContain(publicitySettingId(base.id))
      const citation = { document: "shangyu-2023-3", article: "test", quote: "公示7天" }
      const custom: Edition = {
        ...base,
        publicity: {
          rule: { amount: 7, unit: "calendar-days", countPublicationDay: true },
          citation,
          text: { zh: "公示7天", en: "7 days" },
        },
      }
      expect(yield* ruleFor(custom)).toMatchObject({
        amount: 7,
        unit: "calendar-days",
        countPublicationDay: true,
        origin: "edition-setting",
        citation,
        objectionClause: citation,
      })
    }),
  )

  it("every day around a period is exactly one of: before publication, running, ended; and it never ends early", () => {
    const day = fc.integer({
      min: CivilDate.toDayNumber(d("2024-01-01")),
      max: CivilDate.toDayNumber(d("2026-11-30")),
    })
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom("calendar-days" as const, "working-days" as const),
        fc.boolean(),
        fc.integer({ min: -3, max: 30 }),
        (pub, amount, unit, countPublicationDay, offset) => {
          const published = CivilDate.fromDayNumber(pub)
          const r = officialCalendar.publicityEnd(published, { amount, unit, countPublicationDay })
          if (r._tag === "Left") return
          const period = { published, end: r.right.end }
          expect(CivilDate.diffDays(published, period.end)).toBeGreaterThanOrEqual(
            amount - (countPublicationDay ? 1 : 0),
          )
          const today = CivilDate.addDays(published, offset)
          const before = today < published
          const states = [before, isRunning(period, today), hasEnded(period, today)].filter(Boolean)
          expect(states).toHaveLength(1)
          expect(isRunning(period, today)).toBe(today >= published && today <= period.end)
        },
      ),
    )
  })
})
