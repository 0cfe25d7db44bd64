/**
 * The procedure each edition's text names, the caps and windows that bind it, and one claim per
 * person — on SQLite and PostgreSQL, with the registry's own editions and the TestClock.
 *
 * - Weihai (003, no publicity step): unit-reviewed → recommended; a notice is refused. Shanxi (001
 *   一、3, a step without a period): the publisher states the end.
 * - 002 exceptional B (附件1 二(二)2 B类, ruling 3): a provincial-honour enterprise's third
 *   recommendation is refused, also when two race for the last place.
 * - 000 第十三条: a pilot unit that left the scheme stops its applications at the next step.
 * - 004 一 (ruling 11): before July only with a recorded reason; nothing in the next year.
 * - One claim (DOMAIN.md, personal data and certificates): one live application per person,
 *   edition and level; one valid certificate per series and level — also under concurrent requests.
 */
import { describe, expect, layer } from "@effect/vitest"
import {
  type Application,
  ApplicationRepository,
  Applications,
  type NewApplication,
} from "@zhicheng/domain/Applications"
import type { Actor } from "@zhicheng/domain/Audit"
import * as Cert from "@zhicheng/domain/Certificates"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import type { Profile } from "@zhicheng/domain/Profile"
import { checkCharacter } from "@zhicheng/domain/ResidentId"
import { Effect, Exit, TestClock } from "effect"
import { auditCount } from "./support/audit.ts"
import { bureauLayer, issueRequestFor, seedApplication } from "./support/bureau.ts"
import { KINDS } from "./support/databases.ts"
import { selectedPilot } from "./support/fixtures.ts"

const hr: Actor = { id: "hr-01", role: "enterprise-hr" }
const clerk: Actor = { id: "clerk-01", role: "clerk" }
const committee: Actor = { id: "committee-01", role: "committee" }
const admin: Actor = { id: "admin-01", role: "admin" }
const HOW = "书面异议请寄区人力社保局职称科（示例地址）"

const setDay = (day: string) => TestClock.setTime(Date.parse(`${day}T10:00:00+08:00`))

const idOf = (n: number) => {
  const first17 = `37100219880808${String(n).padStart(3, "0")}`
  return `${first17}${checkCharacter(first17)}`
}

const input = (
  n: number,
  edition: string,
  track: string,
  over: Partial<NewApplication> = {},
): NewApplication => ({
  profile: { residentId: idOf(n), name: `申请人${n}`, status: { retired: false } } as Profile,
  edition,
  track: `${edition}/${track}`,
  specialty: "机电制造",
  employer: "示例机电有限公司",
  unit: "91371000MA0000001X",
  ...over,
})

/** Creates, submits and unit-reviews on the current day. */
const reviewed = (i: NewApplication) =>
  Effect.gen(function* () {
    const apps = yield* Applications
    const a = yield* apps.create(i, hr)
    yield* apps.submit(a.id, { actor: hr })
    return yield* apps.unitReview(a.id, { actor: clerk })
  })

/** The application, its history and the audit length: what a refusal must leave unchanged. */
const snapshot = (id: string) =>
  Effect.gen(function* () {
    const apps = yield* Applications
    return { app: yield* apps.get(id), history: (yield* apps.history(id)).length, audit: yield* auditCount }
  })

const refused = <A, E extends { readonly _tag: string }, R>(id: string, step: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const before = yield* snapshot(id)
    const e = yield* Effect.flip(step)
    expect(yield* snapshot(id)).toEqual(before)
    return e
  })

for (const kind of KINDS) {
  describe(`procedures on ${kind}`, () => {
    layer(bureauLayer(kind), { timeout: 120_000 })((it) => {
      it.effect(
        "Weihai names no publicity step: recommended straight from unit review; no notice may be opened",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* setDay("2026-03-02")
            const a = yield* reviewed(input(1, "weihai-2020-50", "green/assistant-engineer"))
            const e = yield* refused(a.id, apps.startPublicity([a.id], { actor: clerk, howToObject: HOW }))
            expect(e).toMatchObject({ _tag: "InvalidTransition", from: "unit-reviewed", to: "in-publicity" })
            expect(e.message).toContain("the text names no publicity step")
            const r = yield* apps.recommend(a.id, { actor: clerk })
            expect(r.state).toBe("recommended")
            expect((yield* apps.history(a.id)).at(-1)).toMatchObject({
              from: "unit-reviewed",
              to: "recommended",
              data: { publicity: { required: false, text: "the text names no publicity step" } },
            })
          }),
      )

      it.effect(
        "Shanxi names the step but no period: the publisher states the end (required; not before publication)",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* setDay("2026-03-02")
            const a = yield* reviewed(
              input(2, "shanxi-2020-38", "skilled-talent", { target: { level: "intermediate" } }),
            )
            const skip = yield* refused(a.id, apps.recommend(a.id, { actor: clerk }))
            expect(skip).toMatchObject({ _tag: "InvalidTransition", clause: { article: "3" } })
            const noEnd = yield* refused(
              a.id,
              apps.startPublicity([a.id], { actor: clerk, howToObject: HOW }),
            )
            expect(noEnd).toMatchObject({ _tag: "InvalidNotice", field: "end" })
            const sameDay = yield* Effect.flip(
              apps.startPublicity([a.id], { actor: clerk, howToObject: HOW, end: "2026-03-02" as never }),
            )
            expect(sameDay).toMatchObject({ _tag: "InvalidNotice", field: "end" })
            const { notice } = yield* apps.startPublicity([a.id], {
              actor: clerk,
              howToObject: HOW,
              end: "2026-03-09" as never,
            })
            expect(notice).toMatchObject({
              start: "2026-03-03",
              end: "2026-03-09",
              rule: { origin: "stated-by-publisher", amount: 7, citation: { article: "3" } },
            })
            // 002 fixes its period: an end given there is refused.
            yield* setDay("2023-09-04")
            const fixed = yield* reviewed(input(3, "shangyu-2023-3", "normal"))
            const given = yield* refused(
              fixed.id,
              apps.startPublicity([fixed.id], { actor: clerk, howToObject: HOW, end: "2023-09-12" as never }),
            )
            expect(given).toMatchObject({ _tag: "InvalidNotice", field: "end" })
          }),
      )

      it.effect(
        "002 exceptional B: a provincial-honour enterprise gets 2 recommendations; the 3rd is refused citing 附件1 二(二)2 B类",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const honour = (level: "provincial" | "national") =>
              ({
                residentId: "",
                name: "",
                status: { retired: false },
                achievements: {
                  enterpriseHonours: [
                    { level, listItem: 2, published: "2023-01-10", mainTechnicalLead: true },
                  ],
                },
              }) as unknown as Profile
            const b = (n: number, unit: string, level: "provincial" | "national") =>
              input(n, "shangyu-2023-3", "exceptional-b", {
                unit,
                profile: { ...honour(level), residentId: idOf(n), name: `申请人${n}` } as Profile,
              })
            yield* setDay("2023-09-04")
            const provincial = [10, 11, 12, 13]
            const ps: Array<Application> = []
            for (const n of provincial) ps.push(yield* reviewed(b(n, "91330604MA000000PR", "provincial")))
            const national = []
            for (const n of [20, 21, 22, 23])
              national.push(yield* reviewed(b(n, "91330604MA000000NA", "national")))
            const { notice } = yield* apps.startPublicity(
              [...ps, ...national].map((x) => x.id),
              { actor: clerk, howToObject: HOW },
            )
            expect(notice.end).toBe("2023-09-11")
            yield* setDay("2023-09-12")
            for (const x of [...ps, ...national]) yield* apps.passPublicity(x.id, { actor: clerk })
            const [p1, p2, p3, p4] = ps as [Application, Application, Application, Application]
            yield* apps.recommend(p1.id, { actor: clerk })
            // Two race for the last place: exactly one gets it.
            const race = yield* Effect.all(
              [p2, p3].map((x) => Effect.exit(apps.recommend(x.id, { actor: clerk }))),
              { concurrency: 2 },
            )
            expect(race.filter(Exit.isSuccess)).toHaveLength(1)
            const loser = race.find(Exit.isFailure)
            expect(loser && Exit.isFailure(loser) ? JSON.stringify(loser.cause) : "").toContain(
              "QuotaExceeded",
            )
            const third = yield* refused(p4.id, apps.recommend(p4.id, { actor: clerk }))
            expect(third).toMatchObject({
              _tag: "QuotaExceeded",
              cap: 2,
              requested: 3,
              clause: { article: "附件1 二(二)2 B类" },
            })
            // A withdrawn recommendation frees its place.
            const winner = [p2, p3].find((_, i) =>
              Exit.isSuccess(race[i] as Exit.Exit<unknown, unknown>),
            ) as Application
            yield* apps.withdraw(winner.id, { actor: hr })
            expect((yield* apps.recommend(p4.id, { actor: clerk })).state).toBe("recommended")
            // A national honour: 3.
            for (const x of national.slice(0, 3)) yield* apps.recommend(x.id, { actor: clerk })
            const fourth = yield* refused(
              national[3]?.id as string,
              apps.recommend(national[3]?.id as string, { actor: clerk }),
            )
            expect(fourth).toMatchObject({ _tag: "QuotaExceeded", cap: 3, requested: 4 })
          }),
      )

      it.effect(
        "000 第十三条: a pilot unit that left the scheme stops its applications at the next step, not at recommendation",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* setDay("2025-11-03")
            const unit = (yield* selectedPilot("退出示例公司", 2025)).id
            const a = yield* apps.create(input(30, "shaoxing-adoption-draft", "engineer", { unit }), hr)
            // The year-end review fails: the unit adopts nothing from 2026 on.
            yield* PilotUnits.exit(admin, unit, { reason: "复审不合格（示例）", lastYear: 2025 })
            yield* setDay("2026-01-05")
            const e = yield* refused(a.id, apps.submit(a.id, { actor: hr }))
            expect(e).toMatchObject({
              _tag: "NotPilotThisYear",
              year: 2026,
              field: "unit",
              clause: { article: "第十三条" },
            })
            expect(e.message).toContain("left the pilot scheme after 2025")
            const late = yield* Effect.flip(
              apps.create(input(31, "shaoxing-adoption-draft", "engineer", { unit }), hr),
            )
            expect(late).toMatchObject({ _tag: "NotPilotThisYear", clause: { article: "第十三条" } })
          }),
      )

      it.effect(
        "004 一 (ruling 11): before July only with a recorded reason; nothing of one year's evaluation in the next",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* setDay("2026-06-15")
            const early = yield* apps.create(
              input(40, "bayingolin-private-enterprise", "promotion/intermediate"),
              hr,
            )
            const closed = yield* refused(early.id, apps.submit(early.id, { actor: hr }))
            expect(closed).toMatchObject({
              _tag: "EvaluationWindowClosed",
              from: "2026-07-01",
              clause: { article: "一" },
            })
            expect(closed.message).toContain("earlyStartReason")
            const blank = yield* refused(
              early.id,
              apps.submit(early.id, { actor: hr, earlyStartReason: "  " }),
            )
            expect(blank._tag).toBe("EvaluationWindowClosed")
            const before = yield* auditCount
            yield* apps.submit(early.id, { actor: hr, earlyStartReason: "州人社局同意提前启动（示例）" })
            expect(yield* auditCount).toBe(before + 1)
            expect((yield* apps.history(early.id)).at(-1)?.data).toMatchObject({
              earlyStart: {
                from: "2026-07-01",
                reason: "州人社局同意提前启动（示例）",
                clause: { article: "11" },
              },
            })
            // Later steps of an application taken early are not asked about the start again.
            yield* apps.unitReview(early.id, { actor: clerk })

            yield* setDay("2026-12-30")
            const late = yield* reviewed(input(41, "bayingolin-private-enterprise", "promotion/junior"))
            yield* apps.recommend(late.id, { actor: clerk })
            // 2027: the 2026 evaluation is over; its applications go no further (不得跨年度评审).
            yield* setDay("2027-01-04")
            const crossed = yield* refused(
              late.id,
              apps.decide(late.id, { actor: committee, outcome: "approved" }),
            )
            expect(crossed).toMatchObject({ _tag: "EvaluationWindowClosed", to: "2026-12-31" })
            const stalled = yield* refused(early.id, apps.recommend(early.id, { actor: clerk }))
            expect(stalled).toMatchObject({ _tag: "EvaluationWindowClosed", to: "2026-12-31" })
          }),
      )

      it.effect(
        "one live application per person, edition and level: a second is refused until the first is withdrawn; concurrent creations, one passes",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* setDay("2026-03-02")
            const first = yield* apps.create(input(50, "weihai-2020-50", "green/engineer"), hr)
            const rows = (yield* apps.list({ limit: 1000 })).length
            const again = yield* Effect.flip(
              apps.create(
                input(50, "weihai-2020-50", "second-series", { target: { level: "intermediate" } }),
                hr,
              ),
            )
            expect(again).toMatchObject({
              _tag: "DuplicateApplication",
              edition: "weihai-2020-50",
              level: "intermediate",
              state: "draft",
              clause: { article: "Personal data and certificates" },
            })
            expect(again.message).not.toContain(first.id)
            expect((yield* apps.list({ limit: 1000 })).length).toBe(rows)
            // Another level, or another edition, is another claim.
            yield* apps.create(input(50, "weihai-2020-50", "green/assistant-engineer"), hr)
            yield* apps.create(
              input(50, "national-2020-13", "green-channel", { target: { level: "intermediate" } }),
              hr,
            )
            yield* apps.withdraw(first.id, { actor: hr })
            yield* apps.create(input(50, "weihai-2020-50", "green/engineer"), hr)

            const race = yield* Effect.all(
              [1, 2, 3, 4].map(() =>
                Effect.exit(apps.create(input(51, "weihai-2020-50", "green/engineer"), hr)),
              ),
              { concurrency: 4 },
            )
            expect(race.filter(Exit.isSuccess)).toHaveLength(1)
            for (const r of race.filter(Exit.isFailure))
              expect(JSON.stringify(r.cause)).toContain("DuplicateApplication")
          }),
      )

      it.effect(
        "one valid certificate per person, series and level: a duplicate stored earlier is refused at issuance, also concurrently; a revoked one no longer counts",
        () =>
          Effect.gen(function* () {
            yield* setDay("2024-03-01")
            const certs = yield* Cert.Certificates
            const repo = yield* ApplicationRepository
            yield* certs.rotateKey(admin)
            // Two decided applications of one person, as stored before the one-claim rule (migration 0011).
            const twin = (a: Application, suffix: string) =>
              Effect.gen(function* () {
                const b: Application = { ...a, id: `${a.id}-${suffix}` as Application["id"] }
                yield* repo.insert(b)
                return b
              })
            const a = yield* seedApplication(900)
            const b = yield* twin(a, "dup")
            const first = yield* certs.issue(clerk, issueRequestFor(a))
            const before = yield* auditCount
            const e = yield* Effect.flip(certs.issue(clerk, issueRequestFor(b)))
            expect(e).toMatchObject({
              _tag: "TitleAlreadyHeld",
              number: first.number,
              clause: { article: "Personal data and certificates" },
            })
            expect(yield* auditCount).toBe(before)
            expect((yield* repo.get(b.id)).pipe((o) => (o._tag === "Some" ? o.value.state : ""))).toBe(
              "decided",
            )
            // A batch holding both twins of another person is refused whole, before anything is issued.
            const c = yield* seedApplication(901)
            const d = yield* twin(c, "dup")
            const batch = yield* Effect.flip(
              certs.issueBatch(clerk, "twins", [c.id, d.id], issueRequestFor(c)),
            )
            expect(batch._tag).toBe("TitleAlreadyHeld")
            // Concurrent issuances for one person: one certificate.
            const race = yield* Effect.all(
              [c, d].map((x) => Effect.exit(certs.issue(clerk, issueRequestFor(x)))),
              { concurrency: 2 },
            )
            expect(race.filter(Exit.isSuccess)).toHaveLength(1)
            // Once the first is revoked, the other may be issued.
            yield* certs.revoke(clerk, {
              number: first.number,
              on: "2024-03-01" as never,
              document: "示例撤销文件",
              reason: "重复发证（示例）",
            })
            expect((yield* certs.issue(clerk, issueRequestFor(b))).status).toBe("valid")
          }),
      )
    })
  })
}
