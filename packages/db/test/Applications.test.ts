import { describe, expect, layer } from "@effect/vitest"
import * as Adoptions from "@zhicheng/domain/Adoptions"
import {
  type Application,
  Applications,
  banAfterFinding,
  IntegrityRepository,
  type NewApplication,
} from "@zhicheng/domain/Applications"
import { type Actor, AuditLog, verify } from "@zhicheng/domain/Audit"
import type { Citation } from "@zhicheng/domain/Citation"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import * as C from "@zhicheng/domain/Condition"
import type { Deadline, Edition, Track } from "@zhicheng/domain/Policy"
import type { Profile } from "@zhicheng/domain/Profile"
import { Publicity } from "@zhicheng/domain/Publicity"
import * as Registry from "@zhicheng/domain/Registry"
import { checkCharacter } from "@zhicheng/domain/ResidentId"
import { Effect, TestClock } from "effect"
import { applicationServices } from "./support/applications.ts"
import { KINDS } from "./support/databases.ts"
import { selectedPilot } from "./support/fixtures.ts"

// ---------------------------------------------------------------------------------------------
// Fixture editions: the deadlines, windows and publicity rules of 002, 004 and 000 with one small
// track each (the real tracks are encoded elsewhere; these keep the tests independent of them).

const d = CivilDate.make
const S002 = "002_fd50f077227b9e3c.txt"
const S004 = "004_8fcaf66503f4036c.txt"
const S000 = "000_f566ba90b7a0da7a.txt"
const c002 = (article: string, quote: string): Citation => ({
  document: "shangyu-2023-3",
  source: S002,
  article,
  quote,
})

const under60 = C.leaf({
  id: "fx/under-60",
  text: { zh: "未满60周岁", en: "Under 60 on the day asked" },
  citation: {
    document: "bayingolin-private-enterprise",
    source: S004,
    article: "2、",
    quote: "离退休人员不得申报参加职称评审",
  },
  check: ({ profile, asOf }) => {
    if (profile.birthDate === undefined)
      return { outcome: "unknown", observed: "no birth date", missing: ["birthDate"] }
    const sixty = CivilDate.addYears(profile.birthDate, 60)
    return asOf < sixty
      ? { outcome: "met", observed: `turns 60 on ${sixty}` }
      : { outcome: "unmet", observed: `60 since ${sixty}` }
  },
})

const notRetired = C.leaf({
  id: "fx/not-retired",
  text: { zh: "非离退休人员", en: "Not retired" },
  citation: {
    document: "bayingolin-private-enterprise",
    source: S004,
    article: "2、",
    quote: "离退休人员不得申报参加职称评审",
  },
  check: ({ profile }) =>
    profile.status?.retired === true
      ? { outcome: "unmet", observed: "retired" }
      : { outcome: "met", observed: "not retired" },
})

const track = (edition: string, route: Track["route"] = "evaluation"): Track => ({
  id: `${edition}/normal`,
  edition,
  kind: route === "adoption" ? "adoption" : "normal",
  route,
  target: { series: "engineering", level: "intermediate", name: { zh: "工程师", en: "Engineer" } },
  title: { zh: "正常申报", en: "Normal track" },
  citation: c002("附件1 二(一)", "正常申报"),
  appliesWhen: notRetired,
  requires: [under60],
  judgedAtEvaluation: [],
})

const edition = (
  id: string,
  document: string,
  deadlines: ReadonlyArray<Deadline>,
  publicity: { amount: number; unit: "calendar-days" | "working-days"; citation: Citation },
  route: Track["route"] = "evaluation",
): Edition => ({
  id,
  document,
  evaluationYear: 2023,
  tracks: [track(id, route)],
  materials: () => [],
  deadlines: () => deadlines,
  settings: [],
  publicity: {
    rule: { amount: publicity.amount, unit: publicity.unit, countPublicationDay: false },
    text: { zh: "公示", en: "Publicity" },
    citation: publicity.citation,
  },
  procedure: {
    publicity: {
      required: true,
      by: { zh: "用人单位", en: "the employer" },
      period: {
        rule: { amount: publicity.amount, unit: publicity.unit, countPublicationDay: false },
        text: { zh: "公示", en: "Publicity" },
        citation: publicity.citation,
      },
      citation: publicity.citation,
    },
  },
  notEncoded: [],
})

const PUBLICITY_002 = {
  amount: 5,
  unit: "working-days" as const,
  citation: c002("二（二）", "并进行不少于5个工作日的公示"),
}

const SHANGYU = edition(
  "fx-shangyu",
  "shangyu-2023-3",
  [
    {
      id: "fx-shangyu/individual",
      kind: "individual-application",
      to: d("2023-09-08"),
      text: { zh: "个人申报截止", en: "Individual applications close" },
      citation: c002("五（二）", "个人申报截止时间为 2023 年 9 月 8 日"),
    },
    {
      id: "fx-shangyu/unit",
      kind: "unit-recommendation",
      to: d("2023-09-21"),
      text: { zh: "用人单位推荐截止", en: "Unit recommendations close" },
      citation: c002("五（二）", "用人单位推荐截止时间为 2023 年 9 月 21 日"),
    },
  ],
  PUBLICITY_002,
)
const OPEN = edition("fx-open", "shangyu-2023-3", [], PUBLICITY_002)
const WINDOW = edition(
  "fx-window",
  "bayingolin-private-enterprise",
  [
    {
      id: "fx-window/evaluation",
      kind: "evaluation-window",
      from: d("2023-07-01"),
      to: d("2023-12-31"),
      text: { zh: "7月启动，年底前结束", en: "July to the end of the year" },
      citation: {
        document: "bayingolin-private-enterprise",
        source: S004,
        article: "1、",
        quote: "我州职称评审工作原则上要在每年7月份启动，年底前结束。不得跨年度评审。",
      },
    },
  ],
  PUBLICITY_002,
)
const ADOPTION = edition(
  "fx-adoption",
  "shaoxing-adoption-draft",
  [],
  {
    amount: 5,
    unit: "calendar-days",
    citation: {
      document: "shaoxing-adoption-draft",
      source: S000,
      article: "第十条（三）",
      quote: "公示不少于5天",
    },
  },
  "adoption",
)
const EDITIONS = [...Registry.EDITIONS, SHANGYU, OPEN, WINDOW, ADOPTION]

// ---------------------------------------------------------------------------------------------

const clerk: Actor = { id: "clerk-01", role: "clerk" }
const hr: Actor = { id: "hr-01", role: "enterprise-hr" }
const committee: Actor = { id: "committee-01", role: "committee" }
const HOW = "书面异议请寄上虞区人力社保局职称科（示例地址），电话 0575-0000000"

const idFor = (birth: string, seq: string) => {
  const first17 = `330604${birth.replaceAll("-", "")}${seq}`
  return `${first17}${checkCharacter(first17)}`
}

const profileFor = (birth: string, seq: string, extra: Partial<Profile> = {}): Profile =>
  ({ residentId: idFor(birth, seq), name: "张三", ...extra }) as Profile

const input = (editionId: string, p: Profile, unit = "91330604MA0000000X"): NewApplication => ({
  profile: p,
  edition: editionId,
  track: `${editionId}/normal`,
  specialty: "机电制造",
  employer: "绍兴某机电有限公司",
  unit,
})

/** 10:00 China time on `day`. */
const setDay = (day: string) => TestClock.setTime(Date.parse(`${day}T10:00:00+08:00`))

/** Runs `refused`, expects it to fail with `tag`, and checks that the application, its history and the audit log are unchanged. */
const refusedWithNothingWritten = <A, E extends { readonly _tag: string }, R>(
  id: string,
  refused: Effect.Effect<A, E, R>,
  tag: string,
) =>
  Effect.gen(function* () {
    const apps = yield* Applications
    const audit = yield* AuditLog
    const before = {
      app: yield* apps.get(id),
      history: yield* apps.history(id),
      audit: (yield* audit.all).length,
    }
    const error = yield* Effect.flip(refused)
    expect(error._tag).toBe(tag)
    const after = {
      app: yield* apps.get(id),
      history: yield* apps.history(id),
      audit: (yield* audit.all).length,
    }
    expect(after).toEqual(before)
    return error
  })

const services = (kind: "sqlite" | "postgres") => applicationServices(kind, EDITIONS)

for (const kind of KINDS) {
  describe(`Applications on ${kind}`, () => {
    layer(services(kind), { timeout: 120_000 })((it) => {
      it.effect(
        "happy path draft → certificate-issued, every step recorded and audited; no ID number stored",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const publicity = yield* Publicity
            yield* setDay("2024-09-20")
            const p = profileFor("1985-03-15", "002", { birthDate: d("1985-03-15") })
            const a = yield* apps.create(input("fx-open", p), hr)
            expect(a.state).toBe("draft")
            expect(a.profile.residentId).toBeUndefined()
            expect(a.idHmac).toMatch(/^[0-9a-f]{64}$/)
            expect(JSON.stringify(yield* apps.get(a.id))).not.toContain(p.residentId as string)

            yield* apps.submit(a.id, { actor: hr })
            yield* apps.unitReview(a.id, { actor: hr, reason: "材料属实" })
            yield* setDay("2024-09-27")
            const { notice } = yield* apps.startPublicity([a.id], { actor: clerk, howToObject: HOW })
            expect(notice.end).toBe("2024-10-10")
            expect((yield* apps.get(a.id)).notice).toBe(notice.id)

            // The end date belongs to the period (it ends at 24:00).
            yield* setDay("2024-10-10")
            const notEnded = yield* refusedWithNothingWritten(
              a.id,
              apps.passPublicity(a.id, { actor: clerk }),
              "PublicityNotEnded",
            )
            expect(notEnded).toMatchObject({
              end: "2024-10-10",
              today: "2024-10-10",
              clause: { article: "第二百零三条第二款" },
            })
            yield* setDay("2024-10-11")
            yield* apps.passPublicity(a.id, { actor: clerk })
            yield* publicity.close(notice.id, { actor: clerk })
            yield* apps.recommend(a.id, { actor: clerk })
            yield* apps.decide(a.id, { actor: committee, outcome: "approved", reason: "评审通过" })
            const done = yield* apps.markCertificateIssued(a.id, "TEST-CERT-0001", { actor: clerk })
            expect(done).toMatchObject({
              state: "certificate-issued",
              outcome: "approved",
              certificateNo: "TEST-CERT-0001",
            })

            const history = yield* apps.history(a.id)
            expect(history.map((t) => [t.from, t.to])).toEqual([
              [null, "draft"],
              ["draft", "submitted"],
              ["submitted", "unit-reviewed"],
              ["unit-reviewed", "in-publicity"],
              ["in-publicity", "publicity-passed"],
              ["publicity-passed", "recommended"],
              ["recommended", "decided"],
              ["decided", "certificate-issued"],
            ])
            expect(history.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
            expect(history[2]).toMatchObject({ actor: hr, reason: "材料属实" })
            const audit = yield* AuditLog
            const entries = (yield* audit.all).filter((e) => e.subject === `application:${a.id}`)
            expect(entries.map((e) => e.action)).toEqual([
              "application.created",
              "application.submitted",
              "application.unit-reviewed",
              "application.in-publicity",
              "application.publicity-passed",
              "application.recommended",
              "application.decided",
              "application.certificate-issued",
            ])
            const all = yield* audit.all
            expect(JSON.stringify(all)).not.toContain(p.residentId as string)
            yield* verify(all)

            expect(
              (yield* apps.list({ state: "certificate-issued", edition: "fx-open", limit: 100 })).map(
                (x) => x.id,
              ),
            ).toContain(a.id)
            expect(yield* apps.list({ unit: "no-such-unit", limit: 100 })).toEqual([])
          }),
      )

      it.effect(
        "create refuses an unknown edition, a track of another edition, and a profile without an ID number",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const p = profileFor("1985-03-15", "021")
            expect((yield* Effect.flip(apps.create(input("nope", p), hr)))._tag).toBe("UnknownEdition")
            const wrong = yield* Effect.flip(
              apps.create({ ...input("fx-open", p), track: "fx-shangyu/normal" }, hr),
            )
            expect(wrong).toMatchObject({ _tag: "UnknownTrack" })
            expect(wrong.message).toContain("belongs to edition fx-shangyu")
            const { residentId: _, ...noId } = p
            expect(yield* Effect.flip(apps.create(input("fx-open", noId as Profile), hr))).toMatchObject({
              _tag: "InvalidApplication",
              field: "profile.residentId",
            })
          }),
      )

      it.effect("individual deadline (002: 2023-09-08): the day itself allowed, the next refused", () =>
        Effect.gen(function* () {
          const apps = yield* Applications
          yield* setDay("2023-09-01")
          const onTime = yield* apps.create(input("fx-shangyu", profileFor("1985-03-15", "022")), hr)
          const late = yield* apps.create(input("fx-shangyu", profileFor("1990-01-01", "023")), hr)
          yield* TestClock.setTime(Date.parse("2023-09-08T23:59:00+08:00"))
          expect((yield* apps.submit(onTime.id, { actor: hr })).state).toBe("submitted")
          yield* TestClock.setTime(Date.parse("2023-09-09T00:00:00+08:00"))
          const e = yield* refusedWithNothingWritten(
            late.id,
            apps.submit(late.id, { actor: hr }),
            "DeadlinePassed",
          )
          expect(e).toMatchObject({
            to: "2023-09-08",
            today: "2023-09-09",
            clause: { quote: "个人申报截止时间为 2023 年 9 月 8 日" },
          })

          // Unit deadline (2023-09-21) on unit review.
          yield* setDay("2023-09-22")
          const u = yield* refusedWithNothingWritten(
            onTime.id,
            apps.unitReview(onTime.id, { actor: hr }),
            "DeadlinePassed",
          )
          expect(u).toMatchObject({ kind: "unit-recommendation", to: "2023-09-21" })
        }),
      )

      it.effect(
        "the registry's 002 edition: every dated stage (五(二), 二(二)) binds, and its publicity period crosses the 2023 National Day holiday",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const publicity = yield* Publicity
            yield* setDay("2023-09-01")
            const real = (p: Profile) => ({ ...input("shangyu-2023-3", p), track: "shangyu-2023-3/normal" })
            const a = yield* apps.create(real(profileFor("1985-03-15", "024")), hr)
            const b = yield* apps.create(real(profileFor("1990-01-01", "025")), hr)
            const c = yield* apps.create(real(profileFor("1991-01-01", "034")), hr)
            const late = yield* apps.create(real(profileFor("1992-01-01", "035")), hr)
            yield* setDay("2023-09-08")
            for (const x of [a, c, late]) yield* apps.submit(x.id, { actor: hr })
            yield* setDay("2023-09-09")
            const e = yield* refusedWithNothingWritten(
              b.id,
              apps.submit(b.id, { actor: hr }),
              "DeadlinePassed",
            )
            expect(e).toMatchObject({
              to: "2023-09-08",
              clause: { source: S002, quote: "个人申报截止时间为 2023 年 9 月 8 日" },
            })
            yield* setDay("2023-09-13")
            for (const x of [a, c]) yield* apps.unitReview(x.id, { actor: hr })
            // Published Wed 9-13: 5 working days 9-14…9-20; the employer can recommend on 9-21.
            const { notice } = yield* apps.startPublicity([a.id], { actor: hr, howToObject: HOW })
            expect(notice).toMatchObject({ end: "2023-09-20", rule: { origin: "edition-setting" } })
            // Published Thu 9-14 it would run to 9-21: the recommendation after it would be late.
            yield* setDay("2023-09-14")
            const tooLate = yield* refusedWithNothingWritten(
              c.id,
              apps.startPublicity([c.id], { actor: hr, howToObject: HOW }),
              "PublicityEndsTooLate",
            )
            expect(tooLate).toMatchObject({
              end: "2023-09-21",
              to: "2023-09-21",
              clause: { quote: "用人单位推荐截止时间为 2023 年 9 月 21 日" },
            })
            // The case: unit-reviewed on the last day, publicity opened after it — refused.
            yield* setDay("2023-09-21")
            yield* apps.unitReview(late.id, { actor: hr })
            yield* apps.passPublicity(a.id, { actor: clerk })
            yield* setDay("2023-09-25")
            const afterDeadline = yield* refusedWithNothingWritten(
              late.id,
              apps.startPublicity([late.id], { actor: hr, howToObject: HOW }),
              "DeadlinePassed",
            )
            expect(afterDeadline).toMatchObject({ kind: "unit-recommendation", to: "2023-09-21" })
            // …and so is a recommendation after the employer's deadline.
            yield* setDay("2023-10-09")
            const recommendLate = yield* refusedWithNothingWritten(
              a.id,
              apps.recommend(a.id, { actor: clerk }),
              "DeadlinePassed",
            )
            expect(recommendLate).toMatchObject({ clause: { article: "五(二)" } })

            // The period itself (the work calendar, through Publicity alone): published Fri 9-22,
            // 9-25…9-28 are days 1–4; 9-29…10-6 are off; Saturday 10-7 is an adjusted working day: day 5.
            yield* setDay("2023-09-22")
            const holiday = yield* publicity.open({
              edition: "shangyu-2023-3",
              subjects: [
                {
                  kind: "roster-entry",
                  id: "calendar-check",
                  entry: {
                    name: "张三",
                    employer: "示例",
                    specialty: "机电",
                    title: "工程师",
                    track: "正常申报",
                  },
                },
              ],
              howToObject: HOW,
              actor: clerk,
            })
            expect(holiday).toMatchObject({
              end: "2023-10-07",
              rule: { amount: 5, unit: "working-days", origin: "edition-setting" },
            })
          }),
      )

      it.effect(
        "starting publicity that reaches a year without a calendar notice fails clearly and writes nothing",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* setDay("2026-12-28")
            const a = yield* apps.create(input("fx-open", profileFor("1985-03-15", "026")), hr)
            yield* apps.submit(a.id, { actor: hr })
            yield* apps.unitReview(a.id, { actor: hr })
            const e = yield* refusedWithNothingWritten(
              a.id,
              apps.startPublicity([a.id], { actor: clerk, howToObject: HOW }),
              "CalendarYearMissing",
            )
            expect(e).toMatchObject({ year: 2027 })
            const publicity = yield* Publicity
            expect(yield* publicity.objections({ subject: { kind: "application", id: a.id } })).toEqual([])
          }),
      )

      it.effect("unit deadline: the day itself allowed", () =>
        Effect.gen(function* () {
          const apps = yield* Applications
          yield* setDay("2023-09-08")
          const a = yield* apps.create(input("fx-shangyu", profileFor("1985-03-15", "027")), hr)
          yield* apps.submit(a.id, { actor: hr })
          yield* setDay("2023-09-21")
          expect((yield* apps.unitReview(a.id, { actor: hr })).state).toBe("unit-reviewed")
        }),
      )

      it.effect(
        "evaluation window (004: July to year end, no cross-year): refused before July and after 31 December",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const publicity = yield* Publicity
            yield* setDay("2023-06-30")
            const a = yield* apps.create(input("fx-window", profileFor("1985-03-15", "028")), hr)
            const e = yield* refusedWithNothingWritten(
              a.id,
              apps.submit(a.id, { actor: hr }),
              "EvaluationWindowClosed",
            )
            expect(e).toMatchObject({ from: "2023-07-01", to: "2023-12-31", clause: { source: S004 } })
            yield* setDay("2023-07-01")
            yield* apps.submit(a.id, { actor: hr })
            yield* apps.unitReview(a.id, { actor: hr })
            yield* setDay("2023-12-01")
            const { notice } = yield* apps.startPublicity([a.id], { actor: clerk, howToObject: HOW })
            yield* setDay("2023-12-12")
            yield* apps.passPublicity(a.id, { actor: clerk })
            yield* publicity.close(notice.id, { actor: clerk })
            yield* apps.recommend(a.id, { actor: clerk })
            yield* setDay("2024-01-01")
            yield* refusedWithNothingWritten(
              a.id,
              apps.decide(a.id, { actor: committee, outcome: "approved" }),
              "EvaluationWindowClosed",
            )
            // Back to the last hour of 2023: still inside the window.
            yield* TestClock.setTime(Date.parse("2023-12-31T23:00:00+08:00"))
            expect((yield* apps.decide(a.id, { actor: committee, outcome: "approved" })).state).toBe(
              "decided",
            )
          }),
      )

      it.effect("integrity ban: an active ban refuses submission; a ban starting next year does not", () =>
        Effect.gen(function* () {
          const apps = yield* Applications
          const integrity = yield* IntegrityRepository
          yield* setDay("2023-09-01")
          // People of their own: bans outlive this test in the shared database.
          const banned = yield* apps.create(input("fx-shangyu", profileFor("1975-02-02", "008")), hr)
          const later = yield* apps.create(input("fx-shangyu", profileFor("1979-05-05", "007")), hr)
          yield* integrity.record(
            banAfterFinding(d("2022-05-10"), {
              idHmac: banned.idHmac,
              reason: "提供虚假材料",
              certificateNo: "REV-1",
            }),
          )
          yield* integrity.record(banAfterFinding(d("2023-03-01"), { idHmac: later.idHmac }))
          expect(yield* integrity.bansFor(banned.idHmac)).toEqual([
            {
              idHmac: banned.idHmac,
              foundOn: "2022-05-10",
              fromYear: 2023,
              toYear: 2025,
              reason: "提供虚假材料",
              certificateNo: "REV-1",
            },
          ])
          const e = yield* refusedWithNothingWritten(
            banned.id,
            apps.submit(banned.id, { actor: hr }),
            "IntegrityBanned",
          )
          expect(e).toMatchObject({
            year: 2023,
            fromYear: 2023,
            toYear: 2025,
            clause: { article: "四、申报纪律" },
          })
          expect((yield* apps.submit(later.id, { actor: hr })).state).toBe("submitted")
        }),
      )

      it.effect(
        "eligibility re-run: not applicable on submit, no longer eligible on recommend, citing the conditions",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const publicity = yield* Publicity
            yield* setDay("2024-09-20")
            const retired = yield* apps.create(
              input("fx-open", profileFor("1970-01-01", "005", { status: { retired: true } })),
              hr,
            )
            const e = yield* refusedWithNothingWritten(
              retired.id,
              apps.submit(retired.id, { actor: hr }),
              "NoLongerEligible",
            )
            expect(e).toMatchObject({
              status: "not-applicable",
              failing: [{ id: "fx/not-retired" }],
              clause: { source: S004 },
            })

            // Turns 60 on 2024-10-11: eligible on submission, no longer on recommendation.
            const ageing = yield* apps.create(input("fx-open", profileFor("1964-10-11", "006")), hr)
            yield* apps.submit(ageing.id, { actor: hr })
            yield* apps.unitReview(ageing.id, { actor: hr })
            yield* setDay("2024-09-27")
            const { notice } = yield* apps.startPublicity([ageing.id], { actor: clerk, howToObject: HOW })
            yield* setDay("2024-10-11")
            yield* apps.passPublicity(ageing.id, { actor: clerk })
            yield* publicity.close(notice.id, { actor: clerk })
            const r = yield* refusedWithNothingWritten(
              ageing.id,
              apps.recommend(ageing.id, { actor: clerk }),
              "NoLongerEligible",
            )
            expect(r).toMatchObject({
              status: "not-eligible",
              asOf: "2024-10-11",
              failing: [{ id: "fx/under-60" }],
            })
          }),
      )

      it.effect("objections: one upheld (→ objected, cannot be recommended), one dismissed (goes on)", () =>
        Effect.gen(function* () {
          const apps = yield* Applications
          const publicity = yield* Publicity
          yield* setDay("2024-09-20")
          const a = yield* apps.create(input("fx-open", profileFor("1985-03-15", "029")), hr)
          const b = yield* apps.create(
            input("fx-open", profileFor("1990-01-01", "030", { name: "李四" })),
            hr,
          )
          for (const x of [a, b]) {
            yield* apps.submit(x.id, { actor: hr })
            yield* apps.unitReview(x.id, { actor: hr })
          }
          yield* setDay("2024-09-27")
          const { notice } = yield* apps.startPublicity([a.id, b.id], { actor: clerk, howToObject: HOW })
          yield* setDay("2024-09-30")
          const oa = yield* publicity.fileObjection({
            notice: notice.id,
            subject: { kind: "application", id: a.id },
            text: "业绩材料与实际不符",
            objector: { contact: "13800000000" },
          })
          const ob = yield* publicity.fileObjection({
            notice: notice.id,
            subject: { kind: "application", id: b.id },
            text: "工作年限存疑",
            objector: { name: "王五", contact: "wang@example.com" },
          })
          // Not yet: markObjected needs an upheld objection.
          yield* refusedWithNothingWritten(
            a.id,
            apps.markObjected(a.id, { actor: clerk }),
            "ObjectionNotUpheld",
          )

          yield* setDay("2024-10-11")
          // Period over, but objections open.
          const open = yield* refusedWithNothingWritten(
            b.id,
            apps.passPublicity(b.id, { actor: clerk }),
            "ObjectionOpen",
          )
          expect(open).toMatchObject({ objections: [ob.id] })

          const upheld = yield* apps.resolveObjection(oa.id, {
            resolution: "upheld",
            reason: "经核实材料不实",
            actor: clerk,
          })
          expect(upheld.application?.state).toBe("objected")
          const dismissed = yield* apps.resolveObjection(ob.id, {
            resolution: "dismissed",
            reason: "年限核实无误",
            actor: clerk,
          })
          expect(dismissed.objection.status).toBe("dismissed")
          expect(dismissed.application).toBeUndefined()

          yield* refusedWithNothingWritten(a.id, apps.recommend(a.id, { actor: clerk }), "InvalidTransition")
          yield* refusedWithNothingWritten(
            a.id,
            apps.passPublicity(a.id, { actor: clerk }),
            "InvalidTransition",
          )
          yield* apps.passPublicity(b.id, { actor: clerk })
          yield* publicity.close(notice.id, { actor: clerk })
          expect((yield* apps.recommend(b.id, { actor: clerk })).state).toBe("recommended")

          const history = yield* apps.history(a.id)
          expect(history.at(-1)).toMatchObject({
            from: "in-publicity",
            to: "objected",
            reason: "经核实材料不实",
            data: { objections: [oa.id] },
          })
          const audit = yield* AuditLog
          const all = yield* audit.all
          expect(all.map((e) => e.action)).toEqual(
            expect.arrayContaining([
              "publicity.objection-upheld",
              "publicity.objection-dismissed",
              "application.objected",
            ]),
          )
          expect(JSON.stringify(all)).not.toContain("13800000000")
          expect(JSON.stringify(all)).not.toContain("wang@example.com")
          expect(JSON.stringify(yield* publicity.publicView(notice.id))).not.toContain("wang@example.com")
        }),
      )

      it.effect(
        "an upheld objection resolved through Publicity alone blocks passing publicity (ObjectionUpheld)",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const publicity = yield* Publicity
            yield* setDay("2024-09-20")
            const a = yield* apps.create(input("fx-open", profileFor("1985-03-15", "031")), hr)
            yield* apps.submit(a.id, { actor: hr })
            yield* apps.unitReview(a.id, { actor: hr })
            yield* setDay("2024-09-27")
            const { notice } = yield* apps.startPublicity([a.id], { actor: clerk, howToObject: HOW })
            const o = yield* publicity.fileObjection({
              notice: notice.id,
              subject: { kind: "application", id: a.id },
              text: "x",
              objector: { contact: "c" },
            })
            yield* publicity.resolveObjection(o.id, { resolution: "upheld", reason: "属实", actor: clerk })
            yield* setDay("2024-10-11")
            yield* refusedWithNothingWritten(
              a.id,
              apps.passPublicity(a.id, { actor: clerk }),
              "ObjectionUpheld",
            )
            expect((yield* apps.markObjected(a.id, { actor: clerk, reason: "异议成立" })).state).toBe(
              "objected",
            )
          }),
      )

      it.effect(
        "an adoption-track application names an existing pilot unit (000 第五条): an unknown id refused on create with nothing stored; other editions unaffected",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const audit = yield* AuditLog
            yield* setDay("2024-09-20")
            const typo = "91330600TYPO00000X"
            const before = (yield* audit.all).length
            const e = yield* Effect.flip(
              apps.create(input("fx-adoption", profileFor("1986-06-06", "011"), typo), hr),
            )
            expect(e).toMatchObject({
              _tag: "UnknownPilotUnit",
              unit: typo,
              field: "unit",
              clause: { document: "shaoxing-adoption-draft", article: "第五条" },
            })
            expect(e.message).toContain(`${typo} is not a pilot unit's id`)
            expect(yield* apps.list({ unit: typo, limit: 10 })).toEqual([])
            expect((yield* audit.all).length).toBe(before)
            // The real 000 tracks too.
            const real = yield* Effect.flip(
              apps.create(
                {
                  ...input("shaoxing-adoption-draft", profileFor("1986-06-06", "012"), typo),
                  track: "shaoxing-adoption-draft/engineer",
                },
                hr,
              ),
            )
            expect(real).toMatchObject({ _tag: "UnknownPilotUnit", field: "unit" })

            // A pilot unit's id is accepted (whether it is a pilot that year is the recommendation's check).
            const unit = (yield* selectedPilot("名称示例公司", 2024)).id
            const ok = yield* apps.create(input("fx-adoption", profileFor("1986-06-06", "013"), unit), hr)
            expect(ok).toMatchObject({ state: "draft", unit })
            expect((yield* apps.get(ok.id)).unit).toBe(unit)
            // Other editions name any employer: the same id that is no pilot unit's is accepted there.
            const other = yield* apps.create(input("fx-open", profileFor("1986-06-06", "014"), typo), hr)
            expect(other).toMatchObject({ state: "draft", unit: typo })
          }),
      )

      it.effect(
        "adoption cap (000 art. 9): the pilot unit's recorded figures; over the cap refused without a reason, allowed and audited with one",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const publicity = yield* Publicity
            const audit = yield* AuditLog
            yield* setDay("2024-09-20")
            // An adoption-track application names its pilot unit by id.
            const unit = (yield* selectedPilot("配额示例公司", 2024)).id
            // A pilot unit selected only from next year: it exists but adopts no titles in 2024, so an
            // application naming it is refused at create (第五条), not at recommendation, with nothing stored.
            const nextYear = (yield* selectedPilot("明年试点公司", 2025)).id
            const before = (yield* apps.list({ limit: 1000 })).length
            const notYet = yield* Effect.flip(
              apps.create(input("fx-adoption", profileFor("1987-07-07", "005"), nextYear), hr),
            )
            expect(notYet).toMatchObject({
              _tag: "NotPilotThisYear",
              field: "unit",
              year: 2024,
              clause: { article: "第五条" },
            })
            expect(notYet.message).toContain("明年试点公司 is not a selected pilot unit for 2024")
            expect((yield* apps.list({ limit: 1000 })).length).toBe(before)
            const people = [
              ["1985-03-15", "002", unit],
              ["1990-01-01", "003", unit],
              ["1988-08-08", "004", unit],
            ] as const
            const created: Array<Application> = []
            for (const [birth, seq, at] of people)
              created.push(yield* apps.create(input("fx-adoption", profileFor(birth, seq), at), hr))
            for (const x of created) {
              yield* apps.submit(x.id, { actor: hr })
              yield* apps.unitReview(x.id, { actor: hr })
            }
            yield* setDay("2024-09-26")
            const { notice } = yield* apps.startPublicity(
              created.map((x) => x.id),
              { actor: clerk, howToObject: HOW },
            )
            // 5 calendar days from Thu 2024-09-26: the 5th day, 10-01, is a holiday → art. 203 carries it to 10-08.
            expect(notice.end).toBe("2024-10-08")
            yield* setDay("2024-10-09")
            for (const x of created) yield* apps.passPublicity(x.id, { actor: clerk })
            yield* publicity.close(notice.id, { actor: clerk })

            const [first, second, third] = created as [Application, Application, Application]
            // No figures recorded for 2024 yet: refused, naming what to record.
            const noFigures = yield* refusedWithNothingWritten(
              first.id,
              apps.recommend(first.id, { actor: clerk }),
              "QuotaFiguresMissing",
            )
            expect(noFigures).toMatchObject({ field: "figures", clause: { article: "第九条" } })
            expect(noFigures.message).toContain("配额示例公司 has no adoption figures recorded for 2024")
            // The unit's figures: 40 insured staff → 2; 3 graduate hires → 1: the cap is 2.
            yield* Adoptions.recordFigures(hr, unit, 2024, { insuredStaff: 40, lastYearGraduateHires: 3 })
            yield* apps.recommend(first.id, { actor: clerk })
            yield* apps.recommend(second.id, { actor: clerk })
            const e = yield* refusedWithNothingWritten(
              third.id,
              apps.recommend(third.id, { actor: clerk }),
              "QuotaExceeded",
            )
            expect(e).toMatchObject({ cap: 2, requested: 3, year: 2024, clause: { article: "第九条" } })
            expect(e.message).toContain(
              "would adopt 3 in 2024: 2 already counted (0 on finalised rosters, 2 recommended)",
            )
            expect(e.message).toContain("insured staff 40 × 5% = 2")
            const ok = yield* apps.recommend(third.id, {
              actor: clerk,
              overrideReason: "重点项目急需，经局长批准",
            })
            expect(ok.state).toBe("recommended")
            const last = (yield* apps.history(third.id)).at(-1)
            expect(last?.data).toMatchObject({
              quota: {
                cap: 2,
                requested: 3,
                counted: { people: 2, onRosters: 0, recommended: 2 },
                figuresRecorded: { by: hr.id },
                override: { reason: "重点项目急需，经局长批准", excess: 1 },
              },
            })
            const entry = (yield* audit.all).filter((x) => x.subject === `application:${third.id}`).at(-1)
            expect(entry?.data).toMatchObject({ quota: { override: { reason: "重点项目急需，经局长批准" } } })

            // A withdrawal frees the place.
            yield* apps.withdraw(second.id, { actor: hr, reason: "本人撤回" })
            expect(
              (yield* apps.list({ unit, state: "recommended", limit: 100 })).map((x) => x.id).sort(),
            ).toEqual([first.id, third.id].sort())
          }),
      )

      it.effect(
        "withdraw from any state before the decision; not after; certificate only when approved",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const publicity = yield* Publicity
            yield* setDay("2024-09-20")
            const draft = yield* apps.create(input("fx-open", profileFor("1985-03-15", "032")), hr)
            expect((yield* apps.withdraw(draft.id, { actor: hr, reason: "不再申报" })).state).toBe(
              "withdrawn",
            )
            yield* refusedWithNothingWritten(
              draft.id,
              apps.submit(draft.id, { actor: hr }),
              "InvalidTransition",
            )
            yield* refusedWithNothingWritten(
              draft.id,
              apps.withdraw(draft.id, { actor: hr }),
              "InvalidTransition",
            )

            const x = yield* apps.create(input("fx-open", profileFor("1990-01-01", "033")), hr)
            yield* refusedWithNothingWritten(x.id, apps.unitReview(x.id, { actor: hr }), "InvalidTransition")
            yield* apps.submit(x.id, { actor: hr })
            const twice = yield* refusedWithNothingWritten(
              x.id,
              apps.submit(x.id, { actor: hr }),
              "InvalidTransition",
            )
            expect(twice).toMatchObject({ from: "submitted", to: "submitted" })
            yield* apps.unitReview(x.id, { actor: hr })
            yield* setDay("2024-09-27")
            const { notice } = yield* apps.startPublicity([x.id], { actor: clerk, howToObject: HOW })
            yield* setDay("2024-10-11")
            yield* apps.passPublicity(x.id, { actor: clerk })
            yield* publicity.close(notice.id, { actor: clerk })
            yield* apps.recommend(x.id, { actor: clerk })
            yield* apps.decide(x.id, { actor: committee, outcome: "rejected", reason: "业绩不足" })
            const w = yield* refusedWithNothingWritten(
              x.id,
              apps.withdraw(x.id, { actor: hr }),
              "InvalidTransition",
            )
            expect(w).toMatchObject({ from: "decided", to: "withdrawn" })
            yield* refusedWithNothingWritten(
              x.id,
              apps.markCertificateIssued(x.id, "TEST-CERT-0002", { actor: clerk }),
              "NotApproved",
            )
            expect((yield* apps.history(x.id)).map((t) => t.to)).toEqual([
              "draft",
              "submitted",
              "unit-reviewed",
              "in-publicity",
              "publicity-passed",
              "recommended",
              "decided",
            ])
          }),
      )
    })
  })
}
