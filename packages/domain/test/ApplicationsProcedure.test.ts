/**
 * The applications procedure through the service on the in-memory store (support/memory.ts), over
 * the registry's own editions: each case names the clause it proves and steps over its boundary —
 * one side allowed, the other refused with that clause — and a refused step leaves the store (the
 * application, its history, notices, bans and the audit log) exactly as it was. The SQL repositories'
 * contract tests, on both databases, stay in packages/db/test.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option, TestClock } from "effect"
import {
  type Application,
  ApplicationRepository,
  Applications,
  banAfterFinding,
  cursorOf,
  INTEGRITY_BAN_CLAUSE,
  IntegrityRepository,
  type NewApplication,
  ONE_CLAIM_RULING,
} from "../src/Applications.ts"
import { type Actor, AuditLog, verify } from "../src/Audit.ts"
import { make as day } from "../src/CivilDate.ts"
import type { Profile } from "../src/Profile.ts"
import { checkCharacter } from "../src/ResidentId.ts"
import { MemoryStore, procedureLayer } from "./support/memory.ts"

const hr: Actor = { id: "hr-01", role: "enterprise-hr" }
const clerk: Actor = { id: "clerk-01", role: "clerk" }
const committee: Actor = { id: "committee-01", role: "committee" }
const HOW = "书面异议请寄上虞区人力社保局职称科（示例地址），电话 0575-0000000"

/** 002 (Shangyu 2023): publicity named in 二(二), deadlines in 五(二), evaluation year 2023. */
const SHANGYU = "shangyu-2023-3"
/** 003 (Weihai 2020): its text names no publicity step. */
const WEIHAI = "weihai-2020-50"

/** A valid resident ID number of someone born 1985-03-15; `seq` tells people apart. */
const idFor = (seq: string) => {
  const first17 = `33060419850315${seq}`
  return `${first17}${checkCharacter(first17)}`
}
const person = (seq: string): Profile =>
  ({ residentId: idFor(seq), name: "张三", birthDate: day("1985-03-15") }) as Profile

const input = (edition: string, track: string, p: Profile): NewApplication => ({
  profile: p,
  edition,
  track: `${edition}/${track}`,
  specialty: "机电制造",
  employer: "绍兴某机电有限公司",
  unit: "91330604MA0000000X",
})

/** `time` (`YYYY-MM-DDTHH:MM`) China time. */
const setTime = (time: string) => TestClock.setTime(Date.parse(`${time}:00+08:00`))
/** 10:00 China time on `d`. */
const setDay = (d: string) => setTime(`${d}T10:00`)

/** Every table of the store as one string (maps as their entries), to compare before and after. */
const storeNow = Effect.map(MemoryStore, (s) =>
  JSON.stringify(s.tables, (_, v) => (v instanceof Map ? [...v.entries()] : v)),
)

/** Runs `refused`, expects it to fail with `tag`, and checks the store is as it was before. */
const refusedWithNothingWritten = <A, E extends { readonly _tag: string }, R>(
  refused: Effect.Effect<A, E, R>,
  tag: E["_tag"],
) =>
  Effect.gen(function* () {
    const before = yield* storeNow
    const error = yield* Effect.flip(refused)
    expect(error._tag).toBe(tag)
    expect(yield* storeNow).toBe(before)
    return error
  })

/** Created, submitted and reviewed by its unit, on the current day. */
const unitReviewed = (edition: string, track: string, p: Profile) =>
  Effect.gen(function* () {
    const apps = yield* Applications
    const a = yield* apps.create(input(edition, track, p), hr)
    yield* apps.submit(a.id, { actor: hr })
    return yield* apps.unitReview(a.id, { actor: hr })
  })

const onMemory = <A, E>(
  self: Effect.Effect<A, E, Applications | MemoryStore | AuditLog | IntegrityRepository>,
) => Effect.provide(self, procedureLayer())

describe("the in-memory store keeps the SQL repositories' contract", () => {
  it.effect("a refused step's comparison sees writes: an allowed step changes the store", () =>
    onMemory(
      Effect.gen(function* () {
        const apps = yield* Applications
        yield* setDay("2024-05-06")
        const before = yield* storeNow
        yield* apps.create(input(WEIHAI, "green/engineer", person("001")), hr)
        expect(yield* storeNow).not.toBe(before)
      }),
    ),
  )

  it.effect(
    "update is a compare-and-set on the version; lists page after a cursor in creation order, then id",
    () =>
      Effect.gen(function* () {
        const repo = yield* ApplicationRepository
        const apps = yield* Applications
        yield* setDay("2024-05-06")
        const made: Array<Application> = []
        for (const seq of ["011", "012", "013"])
          made.push(yield* apps.create(input(WEIHAI, "green/engineer", person(seq)), hr))
        yield* TestClock.adjust("1 minute")
        made.push(yield* apps.create(input(WEIHAI, "green/engineer", person("014")), hr))
        const order = [...made.slice(0, 3)]
          .sort((a, b) => a.id.localeCompare(b.id))
          .concat(made[3] as Application)

        const first = yield* repo.list({ limit: 2 })
        expect(first.map((a) => a.id)).toEqual(order.slice(0, 2).map((a) => a.id))
        const rest = yield* repo.list({ limit: 10, after: cursorOf(first[1] as Application) })
        expect(rest.map((a) => a.id)).toEqual(order.slice(2).map((a) => a.id))

        const a = made[0] as Application
        expect(yield* repo.update({ ...a, version: a.version + 1 })).toBe(true)
        // A write based on the version it has just replaced is refused, as by another clerk meanwhile.
        expect(yield* repo.update({ ...a, version: a.version + 1, specialty: "电子信息" })).toBe(false)
        expect(Option.map(yield* repo.get(a.id), (x) => x.specialty)).toEqual(Option.some("机电制造"))
      }).pipe(Effect.provide(procedureLayer())),
  )
})

describe("002 五(二): the individual deadline (2023-09-08) binds submission, its last day ending at 24:00", () => {
  it.effect("submitted at 23:59 on the day passes; at 00:00 the next day it is refused citing 五(二)", () =>
    onMemory(
      Effect.gen(function* () {
        const apps = yield* Applications
        yield* setDay("2023-09-01")
        const onTime = yield* apps.create(input(SHANGYU, "normal", person("021")), hr)
        const late = yield* apps.create(input(SHANGYU, "normal", person("022")), hr)

        yield* setTime("2023-09-08T23:59")
        expect((yield* apps.submit(onTime.id, { actor: hr })).state).toBe("submitted")

        yield* setTime("2023-09-09T00:00")
        const e = yield* refusedWithNothingWritten(apps.submit(late.id, { actor: hr }), "DeadlinePassed")
        expect(e).toMatchObject({
          kind: "individual-application",
          to: "2023-09-08",
          today: "2023-09-09",
          clause: { article: "五(二)", quote: "个人申报截止时间为 2023 年 9 月 8 日" },
        })
        expect((yield* apps.get(late.id)).state).toBe("draft")
      }),
    ),
  )
})

describe("publicity: required where the text names it (002 二(二)), none where it is silent (003)", () => {
  it.effect("002: unit-reviewed → recommended is refused citing 二(二); → in-publicity is allowed", () =>
    onMemory(
      Effect.gen(function* () {
        const apps = yield* Applications
        yield* setDay("2023-09-01")
        const a = yield* unitReviewed(SHANGYU, "normal", person("031"))
        const e = yield* refusedWithNothingWritten(
          apps.recommend(a.id, { actor: clerk }),
          "InvalidTransition",
        )
        expect(e).toMatchObject({ from: "unit-reviewed", to: "recommended", clause: { article: "二(二)" } })

        const { notice, applications } = yield* apps.startPublicity([a.id], {
          actor: clerk,
          howToObject: HOW,
        })
        expect(applications.map((x) => x.state)).toEqual(["in-publicity"])
        expect((yield* apps.get(a.id)).notice).toBe(notice.id)
      }),
    ),
  )

  it.effect(
    "003 (silent): unit-reviewed → in-publicity is refused; → recommended is allowed and records why",
    () =>
      onMemory(
        Effect.gen(function* () {
          const apps = yield* Applications
          yield* setDay("2024-05-06")
          const a = yield* unitReviewed(WEIHAI, "green/engineer", person("032"))
          const e = yield* refusedWithNothingWritten(
            apps.startPublicity([a.id], { actor: clerk, howToObject: HOW }),
            "InvalidTransition",
          )
          expect(e).toMatchObject({ from: "unit-reviewed", to: "in-publicity" })
          expect(e.message).toContain("has no publicity step")

          expect((yield* apps.recommend(a.id, { actor: clerk })).state).toBe("recommended")
          const last = (yield* apps.history(a.id)).at(-1)
          expect(last).toMatchObject({
            from: "unit-reviewed",
            to: "recommended",
            data: { publicity: { required: false } },
          })
        }),
      ),
  )

  it.effect(
    "002 二(二) with 五(二): a notice ending 9-20 opens; one ending on the 9-21 deadline is refused and rolled back",
    () =>
      onMemory(
        Effect.gen(function* () {
          const apps = yield* Applications
          const store = yield* MemoryStore
          yield* setDay("2023-09-01")
          const early = yield* unitReviewed(SHANGYU, "normal", person("033"))
          const late = yield* unitReviewed(SHANGYU, "normal", person("034"))

          // Published Wednesday 9-13: 5 working days after it end on Wednesday 9-20, before 9-21.
          yield* setDay("2023-09-13")
          const { notice } = yield* apps.startPublicity([early.id], { actor: clerk, howToObject: HOW })
          expect(notice.end).toBe("2023-09-20")

          // Published Thursday 9-14 they end on 9-21 itself: the recommendation after it would be late.
          // The notice is opened inside the step before the check refuses it: the rollback removes it.
          yield* setDay("2023-09-14")
          const e = yield* refusedWithNothingWritten(
            apps.startPublicity([late.id], { actor: clerk, howToObject: HOW }),
            "PublicityEndsTooLate",
          )
          expect(e).toMatchObject({ end: "2023-09-21", to: "2023-09-21", clause: { article: "五(二)" } })
          expect([...store.tables.notices.keys()]).toEqual([notice.id])
        }),
      ),
  )
})

describe("integrity ban (002 四、申报纪律: no application for 3 years from the year after the evaluation year)", () => {
  it.effect(
    "a finding of the 2022 evaluation (banned 2023–2025) refuses submission in 2023; one of 2023 (2024–2026) does not",
    () =>
      onMemory(
        Effect.gen(function* () {
          const apps = yield* Applications
          const integrity = yield* IntegrityRepository
          yield* setDay("2023-09-01")
          const banned = yield* apps.create(input(SHANGYU, "normal", person("041")), hr)
          const notYet = yield* apps.create(input(SHANGYU, "normal", person("042")), hr)
          yield* integrity.record(
            banAfterFinding({ evaluationYear: 2022, foundOn: day("2022-11-01") }, { idHmac: banned.idHmac }),
          )
          yield* integrity.record(
            banAfterFinding({ evaluationYear: 2023, foundOn: day("2023-08-01") }, { idHmac: notYet.idHmac }),
          )

          expect((yield* apps.submit(notYet.id, { actor: hr })).state).toBe("submitted")
          const e = yield* refusedWithNothingWritten(apps.submit(banned.id, { actor: hr }), "IntegrityBanned")
          expect(e).toMatchObject({ year: 2023, fromYear: 2023, toYear: 2025, clause: INTEGRITY_BAN_CLAUSE })
        }),
      ),
  )
})

describe("one claim per person (ONE_CLAIM_RULING: one live application per edition and level)", () => {
  it.effect(
    "a second live application is refused without naming the first; once it is withdrawn, one may be made",
    () =>
      onMemory(
        Effect.gen(function* () {
          const apps = yield* Applications
          yield* setDay("2024-05-06")
          const p = person("051")
          const first = yield* apps.create(input(WEIHAI, "green/engineer", p), hr)
          const other: Actor = { id: "hr-02", role: "enterprise-hr" }
          const e = yield* refusedWithNothingWritten(
            apps.create(input(WEIHAI, "green/engineer", p), other),
            "DuplicateApplication",
          )
          expect(e).toMatchObject({
            edition: WEIHAI,
            level: "intermediate",
            state: "draft",
            clause: ONE_CLAIM_RULING,
          })
          expect(e.message).not.toContain(first.id)
          expect(e.message).not.toContain(hr.id)

          yield* apps.withdraw(first.id, { actor: hr, reason: "申请人撤回" })
          const second = yield* apps.create(input(WEIHAI, "green/engineer", p), other)
          expect(second).toMatchObject({ state: "draft", idHmac: first.idHmac })
        }),
      ),
  )
})

describe("withdrawal (from every state before the decision, from none after)", () => {
  it.effect(
    "a recommended application is withdrawn, recorded and audited; a decided or withdrawn one is not",
    () =>
      onMemory(
        Effect.gen(function* () {
          const apps = yield* Applications
          const audit = yield* AuditLog
          yield* setDay("2024-05-06")
          const kept = yield* unitReviewed(WEIHAI, "green/engineer", person("061"))
          const left = yield* unitReviewed(WEIHAI, "green/engineer", person("062"))
          yield* apps.recommend(kept.id, { actor: clerk })
          yield* apps.recommend(left.id, { actor: clerk })

          const w = yield* apps.withdraw(left.id, { actor: hr, reason: "申请人撤回" })
          expect(w.state).toBe("withdrawn")
          expect((yield* apps.history(left.id)).at(-1)).toMatchObject({
            from: "recommended",
            to: "withdrawn",
            actor: hr,
            reason: "申请人撤回",
          })
          const entries = (yield* audit.all).filter((x) => x.subject === `application:${left.id}`)
          expect(entries.at(-1)).toMatchObject({
            action: "application.withdrawn",
            data: { from: "recommended" },
          })
          yield* verify(yield* audit.all)

          const again = yield* refusedWithNothingWritten(
            apps.withdraw(left.id, { actor: hr }),
            "InvalidTransition",
          )
          expect(again).toMatchObject({ from: "withdrawn", allowed: [] })

          yield* apps.decide(kept.id, { actor: committee, outcome: "approved" })
          const decided = yield* refusedWithNothingWritten(
            apps.withdraw(kept.id, { actor: hr }),
            "InvalidTransition",
          )
          expect(decided).toMatchObject({ from: "decided", to: "withdrawn", allowed: ["certificate-issued"] })
        }),
      ),
  )
})
