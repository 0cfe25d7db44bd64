/**
 * A bureau's whole year, end to end, on SQLite and on PostgreSQL: every service over one database,
 * TestClock moving time from March 2023 to March 2024.
 *
 *  1. Pilot units (000): seven enterprises apply in March, the districts recommend, the city selects
 *     six; the seventh is refused (第五条 soft cap) and then selected with a recorded reason.
 *  2. Rosters (000 第九条): each unit records its cap figures for the year; one roster finalised
 *     within its adoption cap, one over it — refused, then finalised with an override reason.
 *  3. Applications under 002 (Shangyu 2023, engineer, normal track), published on 2023-09-13 for
 *     5 working days, ending early enough for the employer to recommend by its 9-21 deadline (五(二));
 *     a notice published on 9-27 would have run across the National Day holiday to 10-10.
 *  4. Objections: one upheld (objected, cannot be recommended), one dismissed (goes on).
 *  5. Recommendation, the committee's decision, a certificate batch (each certificate moves its
 *     application; the objected one gets none); online and offline checks.
 *  6. A certificate revoked for fraud (its application becomes certificate-revoked in the same
 *     transaction), and the integrity ban refusing the holder's next application.
 *  7. The audit chain verifies and covers every step; a row edited by SQL breaks it, named.
 *
 * Everyone and everything here is fictional (示例企业, 测试员); ID numbers are built with the
 * GB 11643 check character and never leave the test except as HMACs and sealed roster cells.
 *
 * Phases share one database per kind and run in order; each `it.effect` is one phase of the year
 * and reads what the earlier ones left in `year`.
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, layer } from "@effect/vitest"
import * as Adoptions from "@zhicheng/domain/Adoptions"
import {
  type Application,
  Applications,
  eligibilityGuard,
  IntegrityRepository,
  type NewApplication,
} from "@zhicheng/domain/Applications"
import { type Actor, AuditLog, verify } from "@zhicheng/domain/Audit"
import * as Cert from "@zhicheng/domain/Certificates"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import type * as Condition from "@zhicheng/domain/Condition"
import * as Eligibility from "@zhicheng/domain/Eligibility"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import { Profile } from "@zhicheng/domain/Profile"
import { Publicity } from "@zhicheng/domain/Publicity"
import { UNIT_PUBLICITY } from "@zhicheng/domain/policies/shangyu"
import * as Registry from "@zhicheng/domain/Registry"
import { checkCharacter } from "@zhicheng/domain/ResidentId"
import * as Rosters from "@zhicheng/domain/Rosters"
import { WorkCalendar } from "@zhicheng/domain/WorkCalendar"
import { Effect, Either, Schema, TestClock } from "effect"
import jsQRModule from "jsqr"
import QRCode from "qrcode"
import * as Ed25519 from "../src/Ed25519.ts"
import { refusedWritingNothing } from "./support/audit.ts"
import { bureauLayer } from "./support/bureau.ts"
import { KINDS } from "./support/databases.ts"

// ---------------------------------------------------------------------------------------------
// The cast

const hr: Actor = { id: "hr-示例企业", role: "enterprise-hr" }
const district: Actor = { id: "district-clerk-上虞", role: "clerk" }
const city: Actor = { id: "city-clerk-绍兴", role: "clerk" }
const clerk: Actor = { id: "clerk-上虞职称科", role: "clerk" }
const committee: Actor = { id: "committee-上虞中评委", role: "committee" }
const admin: Actor = { id: "admin-01", role: "admin" }

const E2023 = "shangyu-2023-3"
const NORMAL = `${E2023}/normal`
const SHANGYU = "cn-zhejiang-shaoxing-shangyu"
const BASE_URL = "https://zc.example.gov.cn"
const HOW_TO_OBJECT = "书面异议请寄上虞区人力社保局职称科（示例地址），电话 0575-0000000"
const BODY = { code: "SYRS" as Cert.BodyCode, name: "绍兴市上虞区人力资源和社会保障局" }

/** 10:00 China time on `day`. */
const at = (day: string) => TestClock.setTime(Date.parse(`${day}T10:00:00+08:00`))
const d = CivilDate.make

/** A valid resident ID number: region, birth date, 3-digit sequence, GB 11643 check character. */
const residentId = (region: string, birth: string, seq: string) => {
  const first17 = `${region}${birth.replaceAll("-", "")}${seq}`
  return `${first17}${checkCharacter(first17)}`
}

const ENTERPRISES = [
  { name: "示例企业甲", district: SHANGYU, credit: "91330604TEST00001A" },
  { name: "示例企业乙", district: SHANGYU, credit: "91330604TEST00002B" },
  { name: "示例企业丙", district: SHANGYU, credit: "91330604TEST00003C" },
  { name: "示例企业丁", district: "cn-zhejiang-shaoxing-yuecheng", credit: "91330602TEST00004D" },
  { name: "示例企业戊", district: "cn-zhejiang-shaoxing-yuecheng", credit: "91330602TEST00005E" },
  { name: "示例企业己", district: "cn-zhejiang-shaoxing-keqiao", credit: "91330603TEST00006F" },
  { name: "示例企业庚", district: "cn-zhejiang-shaoxing-keqiao", credit: "91330603TEST00007G" },
] as const

const pilotApplication = (e: (typeof ENTERPRISES)[number]): PilotUnits.PilotApplication => ({
  year: 2023,
  district: e.district,
  unitName: e.name,
  industry: "高端装备制造",
  address: "绍兴市某区示例路1号",
  legalRepresentative: { name: "示例法人", position: "董事长", mobile: "13800000001" },
  workContact: { name: "示例联系人", position: "人事经理", mobile: "13900000002" },
  staff: { fullSenior: 0, associateSenior: 4, intermediate: 25, junior: 50 },
  profileAndPromotionSystem: "公司简介；技术岗位评价晋升制度（附页）",
  specialties: ["机电", "信息技术"],
})

const SCOPE = {
  postSequence: "工程技术岗",
  levels: ["助理工程师", "工程师"],
  specialties: ["机电"],
} as const

const rosterRow = (n: number, name: string): Rosters.RawRow["cells"] => ({
  name,
  residentId: residentId("330602", `1995-0${(n % 9) + 1}-1${n % 10}`, String(100 + n)),
  highestEducation: "本科（工学学士）",
  institution: "示例工业大学",
  major: "机械设计制造及其自动化",
  contact: `1370000${String(n).padStart(4, "0")}`,
  adoptionSpecialty: "机电",
  qualificationName: "助理工程师",
})
const rows = (cells: ReadonlyArray<Rosters.RawRow["cells"]>): ReadonlyArray<Rosters.RawRow> =>
  cells.map((c, i) => ({ row: i + 1, cells: c }))

/**
 * A Shangyu engineer on the 002 normal track: bachelor (related major) 2012, at the employer since
 * 2012-07-01, assistant engineer since 2018-01-01, 270 h continuing education 2021–2023, assessments
 * 2020–2022 competent or better, clean integrity record (the record the shangyu policy tests use).
 */
const engineer = (name: string, id: string, employer: string): Profile =>
  Schema.decodeUnknownSync(Profile)({
    residentId: id,
    name,
    education: [
      {
        level: "bachelor",
        degree: "bachelor",
        relatedness: "related",
        graduated: "2012-06-30",
        awardedIn: "mainland",
      },
    ],
    titles: [{ series: "engineering", level: "junior", grade: "assistant", obtained: "2018-01-01" }],
    skills: [],
    work: [
      {
        employer,
        employerKind: "private-enterprise",
        industrial: true,
        place: SHANGYU,
        workKind: "engineering-technical",
        specialty: "机电制造",
        subSpecialty: "设计开发",
        relatedness: "related",
        from: "2012-07-01",
        to: "present",
      },
    ],
    pension: [{ kind: "employee", from: "2012-07", to: "present", place: SHANGYU }],
    continuingEducation: [
      { year: 2021, category: "specialty", hours: 72 },
      { year: 2022, category: "specialty", hours: 72 },
      { year: 2023, category: "specialty", hours: 72 },
      { year: 2021, category: "general", hours: 18 },
      { year: 2022, category: "general", hours: 18 },
      { year: 2023, category: "general", hours: 18 },
    ],
    assessments: [
      { year: 2020, result: "competent" },
      { year: 2021, result: "excellent" },
      { year: 2022, result: "competent" },
    ],
    achievements: {
      patents: [],
      softwareCopyrights: [],
      awards: [],
      projects: [],
      honours: [],
      papers: [],
      posts: [],
      enterpriseHonours: [],
      zheliEngineerRank: { year: 2022, rank: 50 },
    },
    status: { residency: "mainland", integrityBans: [] },
  })

/** The four applicants: who they are and what happens to them this year. */
const APPLICANTS = {
  zhang: { name: "测试员张三", id: residentId("330604", "1990-03-15", "011"), at: ENTERPRISES[0] },
  li: { name: "测试员李四", id: residentId("330604", "1989-11-02", "023"), at: ENTERPRISES[0] },
  wang: { name: "测试员王五", id: residentId("330604", "1990-07-21", "035"), at: ENTERPRISES[1] },
  zhao: { name: "测试员赵六", id: residentId("330604", "1991-01-09", "047"), at: ENTERPRISES[2] },
} as const
type Who = keyof typeof APPLICANTS
const WHO: ReadonlyArray<Who> = ["zhang", "li", "wang", "zhao"]

const newApplication = (who: Who, edition = E2023, track = NORMAL): NewApplication => {
  const a = APPLICANTS[who]
  return {
    profile: engineer(a.name, a.id, a.at.name),
    edition,
    track,
    specialty: "机电制造",
    employer: a.at.name,
    unit: a.at.credit,
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

const auditLog = Effect.flatMap(AuditLog, (a) => a.all)

/** Like {@link refusedWritingNothing}, also checking that the application and its history are unchanged. */
const applicationRefused = <A, E extends { readonly _tag: string }, R>(
  id: string,
  refused: Effect.Effect<A, E, R>,
  tag: string,
) =>
  Effect.gen(function* () {
    const apps = yield* Applications
    const before = { app: yield* apps.get(id), history: yield* apps.history(id) }
    const error = yield* refusedWritingNothing(refused, tag)
    expect({ app: yield* apps.get(id), history: yield* apps.history(id) }).toEqual(before)
    return error
  })

const findCondition = (r: Condition.Result, id: string): Condition.Result | undefined =>
  r.id === id ? r : (r.children ?? []).map((k) => findCondition(k, id)).find((x) => x !== undefined)

// jsqr is CommonJS with a `default` beside the function; NodeNext types see only the namespace.
type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { readonly data: string } | null
const jsQR = (jsQRModule as unknown as { default: JsQr }).default

/** Draws `text` as a QR code bitmap (as a phone camera would see the printed one) and reads it back. */
const scanQr = (text: string): string | undefined => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" })
  const scale = 4
  const quiet = 4
  const side = (modules.size + 2 * quiet) * scale
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255)
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - quiet
      const col = Math.floor(x / scale) - quiet
      const dark =
        row >= 0 &&
        col >= 0 &&
        row < modules.size &&
        col < modules.size &&
        modules.data[row * modules.size + col] !== 0
      if (dark) rgba.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3)
    }
  return jsQR(rgba, side, side)?.data
}

// ---------------------------------------------------------------------------------------------
// What the year leaves behind, phase to phase

interface Year {
  units: Array<PilotUnits.PilotUnit>
  apps: Record<Who, Application>
  noticeId: string
  certificates: Partial<Record<Who, Cert.Certificate>>
  overCapSelectionSeq: number
}

for (const kind of KINDS) {
  describe(`A bureau's year on ${kind}`, () => {
    const year = { certificates: {} } as Year

    layer(bureauLayer(kind), { timeout: 180_000 })((it) => {
      // -----------------------------------------------------------------------------------------
      it.effect(
        "1. pilot units: seven apply, six selected, the seventh refused and then selected with a reason",
        () =>
          Effect.gen(function* () {
            // March: seven enterprises file Annex 1 with their districts. (For 2023 the draft says
            // "可适当延迟" and names no date, so the default settings fix no deadline for 2023.)
            expect(PilotUnits.deadlineFor(PilotUnits.DEFAULT_SETTINGS, 2023)).toBeUndefined()
            for (const [i, e] of ENTERPRISES.entries()) {
              yield* at(`2023-03-${String(6 + 3 * i).padStart(2, "0")}`)
              year.units = [
                ...(year.units ?? []),
                yield* PilotUnits.apply(hr, { application: pilotApplication(e) }),
              ]
            }
            expect(year.units.map((u) => [u.status, u.appliedOn <= "2023-03-31"])).toEqual(
              ENTERPRISES.map(() => ["applied", true]),
            )

            // April: each district verifies and recommends.
            yield* at("2023-04-14")
            for (const u of year.units)
              yield* PilotUnits.recommend(district, u.id, {
                recommended: true,
                opinion: "经核实，符合试点条件，同意推荐",
              })

            // May: the city selects six.
            yield* at("2023-05-10")
            for (const u of year.units.slice(0, 6))
              yield* PilotUnits.select(city, u.id, {
                opinion: "专家组评估通过",
                scope: { ...SCOPE, documentRef: "绍人社〔2023〕示例1号" },
              })

            // The seventh, without a reason: refused, citing 第五条, nothing written.
            const seventh = year.units[6] as PilotUnits.PilotUnit
            const refused = yield* refusedWritingNothing(
              PilotUnits.select(city, seventh.id, { opinion: "专家组评估通过", scope: SCOPE }),
              "QuotaExceeded",
            )
            expect(refused).toMatchObject({
              cap: 6,
              count: 6,
              requested: 7,
              clause: { article: "第五条", quote: "一般每年不超过6家" },
            })
            expect((yield* PilotUnits.get(seventh.id)).status).toBe("recommended")

            // … and with a recorded reason: selected, the override kept on the unit and in the audit.
            const reason = "市人社局局务会议纪要（示例）同意增列1家"
            const selected = yield* PilotUnits.select(city, seventh.id, {
              opinion: "专家组评估通过",
              scope: SCOPE,
              overCapReason: reason,
            })
            expect(selected.selection?.overCap).toEqual({ cap: 6, count: 6, reason })
            const last = (yield* auditLog).at(-1)
            expect(last).toMatchObject({
              action: "pilot-unit.selected",
              actor: city,
              subject: `pilot-unit:${seventh.id}`,
              data: { overCap: { reason } },
            })
            year.overCapSelectionSeq = last?.seq as number

            const listed = yield* PilotUnits.listPublic(2023)
            expect(listed.filter((u) => u.status === "selected")).toHaveLength(7)
            expect(JSON.stringify(listed)).not.toContain("13800000001")
            year.units = yield* Effect.forEach(year.units, (u) => PilotUnits.get(u.id))
          }),
      )

      // -----------------------------------------------------------------------------------------
      it.effect(
        "2. rosters: one within its adoption cap, one over it refused and then finalised with a reason",
        () =>
          Effect.gen(function* () {
            yield* at("2023-06-15")
            const [jia, yi] = year.units as [PilotUnits.PilotUnit, PilotUnits.PilotUnit]

            // Each unit records its figures for the year (第九条): the one source both the roster and any
            // adoption-track application of the unit are checked against.
            // 示例企业甲: 120 insured staff → 6; 10 graduate hires last year → 5. Cap 6; 4 entries.
            const recorded = yield* Adoptions.recordFigures(hr, jia.id, 2023, {
              insuredStaff: 120,
              lastYearGraduateHires: 10,
            })
            expect(recorded).toMatchObject({
              unitId: jia.id,
              year: 2023,
              recordedOn: "2023-06-15",
              recordedBy: hr.id,
            })
            expect((yield* auditLog).at(-1)).toMatchObject({
              action: "pilot-unit.adoption-figures-recorded",
              subject: `pilot-unit:${jia.id}`,
              data: { year: 2023, to: { insuredStaff: 120, lastYearGraduateHires: 10 }, cap: 6 },
            })
            const a = yield* Rosters.create(hr, { unitId: jia.id, year: 2023, round: "annual" })
            yield* Rosters.addRows(
              hr,
              a.id,
              rows(
                ["测试员甲一", "测试员甲二", "测试员甲三", "测试员甲四"].map((n, i) => rosterRow(i + 1, n)),
              ),
              { kind: "form" },
            )
            const within = yield* Rosters.finalise(hr, a.id)
            expect(within).toMatchObject({
              status: "finalised",
              finalised: {
                figures: { insuredStaff: 120, lastYearGraduateHires: 10 },
                cap: 6,
                applies: "insured-staff",
                yearTotal: 4,
              },
            })
            expect((yield* Adoptions.usage(jia.id, 2023)).adopted).toEqual({
              people: 4,
              onRosters: 4,
              recommended: 0,
            })
            expect(within.finalised?.overCap).toBeUndefined()

            // 示例企业乙: 40 insured staff → 2; 3 graduate hires → 1. Cap 2; 3 entries.
            yield* Adoptions.recordFigures(hr, yi.id, 2023, { insuredStaff: 40, lastYearGraduateHires: 3 })
            const b = yield* Rosters.create(hr, { unitId: yi.id, year: 2023, round: "annual" })
            yield* Rosters.addRows(
              hr,
              b.id,
              rows(["测试员乙一", "测试员乙二", "测试员乙三"].map((n, i) => rosterRow(11 + i, n))),
              { kind: "form" },
            )
            const over = yield* refusedWritingNothing(Rosters.finalise(hr, b.id), "QuotaExceeded")
            expect(over).toMatchObject({ cap: 2, count: 0, requested: 3, clause: { article: "第九条" } })
            expect((yield* Rosters.view(b.id)).roster.status).toBe("draft")

            const reason = "重点技改项目急需（示例），经区人社局书面同意"
            const finalised = yield* Rosters.finalise(hr, b.id, { overCapReason: reason })
            expect(finalised.finalised).toMatchObject({
              cap: 2,
              yearTotal: 3,
              overCap: { excess: 1, reason },
            })
            expect((yield* auditLog).at(-1)).toMatchObject({
              action: "roster.finalised",
              subject: `roster:${b.id}`,
              data: { overCap: { excess: 1, reason } },
            })
            // A finalised roster never changes.
            yield* refusedWritingNothing(
              Rosters.addEntry(hr, b.id, rosterRow(20, "测试员乙四")),
              "InvalidTransition",
            )
            // The public sees names, employer, specialty, title and track; never the ID or contact.
            const pub = JSON.stringify(yield* Rosters.publicEntries(b.id))
            expect(pub).toContain("测试员乙一")
            expect(pub).not.toContain(rosterRow(11, "x").residentId as string)
            expect(pub).not.toContain(rosterRow(11, "x").contact as string)
          }),
      )

      // -----------------------------------------------------------------------------------------
      it.effect(
        "3. applications under 002, published on 2023-09-13, ending before the employer's deadline",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications

            // September: four engineers apply; the engine finds each eligible (or needing a person's
            // review) on the normal track on the day they submit.
            yield* at("2023-09-01")
            const created: Partial<Record<Who, Application>> = {}
            for (const who of WHO) created[who] = yield* apps.create(newApplication(who), hr)
            year.apps = created as Record<Who, Application>

            yield* at("2023-09-05")
            for (const who of WHO) {
              const report = Eligibility.evaluate(
                { profile: newApplication(who).profile, asOf: d("2023-09-05"), edition: E2023 },
                Registry.EDITIONS,
              )
              expect(["eligible", "needs-review"]).toContain(
                report.tracks.find((t) => t.track === NORMAL)?.status,
              )
              yield* apps.submit(year.apps[who].id, { actor: hr })
            }
            // Before the individual deadline (2023-09-08) and the unit deadline (2023-09-21).
            yield* at("2023-09-12")
            for (const who of WHO)
              yield* apps.unitReview(year.apps[who].id, { actor: hr, reason: "单位审核：材料属实" })

            // What the calendar says about the holiday (国办发明电〔2022〕16号).
            const cal = yield* WorkCalendar
            expect((yield* cal.dayKind(d("2023-09-29"))).kind).toBe("holiday")
            expect((yield* cal.dayKind(d("2023-10-06"))).kind).toBe("holiday")
            expect((yield* cal.dayKind(d("2023-10-07"))).kind).toBe("adjusted-workday")
            expect((yield* cal.dayKind(d("2023-10-08"))).kind).toBe("adjusted-workday")
            const period = yield* cal.publicityEnd(d("2023-09-27"), UNIT_PUBLICITY.rule)
            // Publication day not counted; 9-28 is day 1; 9-29…10-6 off; 10-7 and 10-8 (worked weekend) days 2–3.
            expect(period.days.filter((x) => x.role === "counted").map((x) => x.date)).toEqual([
              "2023-09-28",
              "2023-10-07",
              "2023-10-08",
              "2023-10-09",
              "2023-10-10",
            ])
            expect(period.end).toBe("2023-10-10")
            // So a notice published then would end long after the employer's deadline (9-21, 五(二)).

            // Wednesday 13 September: one notice for all four, 5 working days (002 二(二)): 9-14…9-20.
            yield* at("2023-09-13")
            const { notice, applications } = yield* apps.startPublicity(
              WHO.map((w) => year.apps[w].id),
              { actor: clerk, howToObject: HOW_TO_OBJECT },
            )
            year.noticeId = notice.id
            expect(notice).toMatchObject({
              published: "2023-09-13",
              end: "2023-09-20",
              rule: {
                amount: 5,
                unit: "working-days",
                countPublicationDay: false,
                origin: "edition-setting",
              },
            })
            expect(notice.rule.citation).toMatchObject({ quote: "进行不少于5个工作日的公示" })
            expect(applications.map((x) => x.state)).toEqual([
              "in-publicity",
              "in-publicity",
              "in-publicity",
              "in-publicity",
            ])

            // The public list: name, employer, specialty, title, track; no ID number.
            const view = yield* (yield* Publicity).publicView(notice.id)
            expect(view.entries.map((e) => e.name)).toEqual(WHO.map((w) => APPLICANTS[w].name))
            expect(view.entries[0]).toEqual({
              name: "测试员张三",
              employer: "示例企业甲",
              specialty: "机电制造",
              title: "工程师",
              track: expect.any(String),
            })
            expect(JSON.stringify(view)).not.toContain(APPLICANTS.zhang.id)
          }),
      )

      // -----------------------------------------------------------------------------------------
      it.effect(
        "4. objections: one upheld (objected, no recommendation), one dismissed; passing waits for the end",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const publicity = yield* Publicity
            const { zhang, li, wang, zhao } = year.apps

            // Thursday 14 September, day 1: two objections.
            yield* at("2023-09-14")
            const againstZhang = yield* publicity.fileObjection({
              notice: year.noticeId,
              subject: { kind: "application", id: zhang.id },
              text: "所列项目业绩与实际不符（示例）",
              objector: { contact: "objector-a@example.com" },
            })
            const againstLi = yield* publicity.fileObjection({
              notice: year.noticeId,
              subject: { kind: "application", id: li.id },
              text: "工作年限存疑（示例）",
              objector: { name: "示例异议人", contact: "objector-b@example.com" },
            })

            // Tuesday 19 September: the clerk rules on both.
            yield* at("2023-09-19")
            const upheld = yield* apps.resolveObjection(againstZhang.id, {
              resolution: "upheld",
              reason: "经核实，项目业绩材料不实",
              actor: clerk,
            })
            expect(upheld.application?.state).toBe("objected")
            const dismissed = yield* apps.resolveObjection(againstLi.id, {
              resolution: "dismissed",
              reason: "经核实，工作年限无误",
              actor: clerk,
            })
            expect(dismissed.objection.status).toBe("dismissed")
            expect(dismissed.application).toBeUndefined()

            // Wednesday 20 September is the last day: it runs to 24:00, so passing is refused that day …
            yield* TestClock.setTime(Date.parse("2023-09-20T23:59:00+08:00"))
            const notEnded = yield* applicationRefused(
              li.id,
              apps.passPublicity(li.id, { actor: clerk }),
              "PublicityNotEnded",
            )
            expect(notEnded).toMatchObject({
              end: "2023-09-20",
              today: "2023-09-20",
              clause: { article: "第二百零三条第二款" },
            })
            yield* refusedWritingNothing(
              publicity.close(year.noticeId, { actor: clerk }),
              "PublicityNotEnded",
            )

            // … and allowed the day after, the employer's last day (五(二)).
            yield* at("2023-09-21")
            for (const x of [li, wang, zhao])
              expect((yield* apps.passPublicity(x.id, { actor: clerk })).state).toBe("publicity-passed")
            yield* publicity.close(year.noticeId, { actor: clerk })

            // The upheld objection blocks 张三: objected cannot pass publicity nor be recommended.
            yield* applicationRefused(
              zhang.id,
              apps.passPublicity(zhang.id, { actor: clerk }),
              "InvalidTransition",
            )
            const blocked = yield* applicationRefused(
              zhang.id,
              apps.recommend(zhang.id, { actor: clerk }),
              "InvalidTransition",
            )
            expect(blocked).toMatchObject({ from: "objected", to: "recommended" })
            expect((yield* apps.history(zhang.id)).at(-1)).toMatchObject({
              from: "in-publicity",
              to: "objected",
              reason: "经核实，项目业绩材料不实",
              data: { objections: [againstZhang.id] },
            })

            // Objectors' contacts stay out of the audit trail and the public view.
            const text =
              JSON.stringify(yield* auditLog) + JSON.stringify(yield* publicity.publicView(year.noticeId))
            expect(text).not.toContain("objector-a@example.com")
            expect(text).not.toContain("objector-b@example.com")
          }),
      )

      // -----------------------------------------------------------------------------------------
      it.effect(
        "5. recommend, decide, issue a certificate batch; verify online, offline by QR, and a wrong name",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const certs = yield* Cert.Certificates
            const going: ReadonlyArray<Who> = ["li", "wang", "zhao"]

            // The employer recommends on its last day, 21 September (五(二)).
            yield* at("2023-09-21")
            for (const w of going)
              expect((yield* apps.recommend(year.apps[w].id, { actor: clerk })).state).toBe("recommended")

            yield* at("2023-11-20")
            for (const w of going)
              expect(
                yield* apps.decide(year.apps[w].id, {
                  actor: committee,
                  outcome: "approved",
                  reason: "评审通过（示例）",
                }),
              ).toMatchObject({ state: "decided", outcome: "approved" })

            // 1 December: a signing key, then one batch for the three approved applications.
            yield* at("2023-12-01")
            yield* certs.rotateKey(admin)
            // The bureau states who issues and the approval; the rest comes from each application.
            const statement: Cert.IssueStatement = {
              issuingBody: BODY,
              approvalNo: "虞人社职〔2023〕示例12号",
            }
            // 张三's application was objected, never decided: no certificate, citing the clause.
            const notDecided = yield* applicationRefused(
              year.apps.zhang.id,
              certs.issue(clerk, { applicationId: year.apps.zhang.id, ...statement }),
              "InvalidTransition",
            )
            expect(notDecided).toMatchObject({
              from: "objected",
              to: "certificate-issued",
              clause: { document: "zhicheng-rulings", article: "Certificates" },
            })
            // Each certificate's transaction also moves its application to certificate-issued.
            const ids = going.map((w) => year.apps[w].id)
            const issued: Array<Cert.CertificateNo> = []
            const progress = yield* certs.issueBatch(clerk, "shangyu-2023-engineers", ids, statement, {
              onIssued: ({ number }) =>
                Effect.gen(function* () {
                  issued.push(number)
                  const c = yield* certs.get(number).pipe(Effect.orDie)
                  year.certificates[going.find((w) => year.apps[w].id === c.applicationId) as Who] = c
                }),
            })
            expect(progress).toMatchObject({ total: 3, issued: 3, pending: 0, status: "done" })
            expect(issued).toEqual(["SYRS-2023-000001", "SYRS-2023-000002", "SYRS-2023-000003"])
            for (const w of going)
              expect(yield* apps.get(year.apps[w].id)).toMatchObject({
                state: "certificate-issued",
                certificateNo: year.certificates[w]?.number,
              })
            const li = year.certificates.li as Cert.Certificate
            const zhao = year.certificates.zhao as Cert.Certificate

            // Online: number + name → the public view, no ID number, no HMAC.
            yield* at("2023-12-05")
            const online = yield* certs.verifyOnline(li.number, "测试员李四")
            expect(online).toMatchObject({
              number: li.number,
              status: "valid",
              title: "工程师",
              level: "intermediate",
              specialty: "机电制造",
              issuingBody: BODY.name,
              issuedOn: "2023-12-01",
            })
            expect(JSON.stringify(online)).not.toContain(APPLICANTS.li.id)
            expect(JSON.stringify(online)).not.toContain(li.holderIdHmac)

            // A wrong name and an unknown number get the same generic answer.
            const wrongName = yield* Effect.flip(certs.verifyOnline(li.number, "测试员李五"))
            const noSuch = yield* Effect.flip(certs.verifyOnline("SYRS-2023-999999", "测试员李四"))
            expect(wrongName._tag).toBe("CertificateNotFound")
            expect(wrongName.message).toBe(noSuch.message)

            // Offline: the QR printed on 赵六's certificate, read back from its image, checked against
            // the published key set with no server.
            const printed = Cert.qrText(zhao, BASE_URL)
            const scanned = scanQr(printed)
            expect(scanned).toBe(printed)
            expect(scanned).not.toContain(APPLICANTS.zhao.id)
            const keySet = yield* certs.keySet
            const offline = yield* Cert.verifyQrWith(scanned ?? "", keySet, Ed25519.verifyJwk)
            expect(offline.payload).toMatchObject({
              no: zhao.number,
              name: "测试员赵六",
              issued: "2023-12-01",
            })
            expect(offline.keyStatus).toBe("active")
            expect((yield* certs.verifyOffline(scanned ?? "")).payload.no).toBe(zhao.number)
          }),
      )

      // -----------------------------------------------------------------------------------------
      it.effect(
        "6. a certificate revoked for fraud; the integrity ban refuses the holder's next application",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const certs = yield* Cert.Certificates
            const integrity = yield* IntegrityRepository
            const wangCert = year.certificates.wang as Cert.Certificate

            // 15 December: fraud found on 12 December; the certificate is revoked and the ban recorded.
            yield* at("2023-12-15")
            const revoked = yield* certs.revoke(clerk, {
              number: wangCert.number,
              on: d("2023-12-15"),
              document: "虞人社职〔2023〕示例30号",
              reason: "申报材料中项目业绩系伪造（示例）",
              fraud: { foundOn: d("2023-12-12") },
            })
            expect(revoked.status).toBe("revoked")
            expect((yield* auditLog).slice(-2)).toMatchObject([
              {
                action: "certificate.revoke",
                data: {
                  integrityBan: {
                    foundOn: "2023-12-12",
                    fromYear: 2024,
                    toYear: 2026,
                    clause: { article: "四、申报纪律" },
                  },
                },
              },
              { action: "application.certificate-revoked", subject: `application:${year.apps.wang.id}` },
            ])
            // The application says so too, in the same transaction: its final state, with the decision,
            // the reason and the ban on its last transition.
            expect(yield* apps.get(year.apps.wang.id)).toMatchObject({
              state: "certificate-revoked",
              certificateNo: wangCert.number,
            })
            expect((yield* apps.history(year.apps.wang.id)).at(-1)).toMatchObject({
              from: "certificate-issued",
              to: "certificate-revoked",
              actor: clerk,
              reason: "申报材料中项目业绩系伪造（示例）",
              data: {
                certificateNo: wangCert.number,
                document: "虞人社职〔2023〕示例30号",
                on: "2023-12-15",
                integrityBan: { foundOn: "2023-12-12", fromYear: 2024, toYear: 2026 },
              },
            })
            // 李四's and 赵六's applications are untouched.
            for (const w of ["li", "zhao"] as const)
              expect((yield* apps.get(year.apps[w].id)).state).toBe("certificate-issued")
            const bans = yield* integrity.bansFor(year.apps.wang.idHmac)
            expect(bans).toEqual([
              {
                idHmac: year.apps.wang.idHmac,
                foundOn: "2023-12-12",
                fromYear: 2024,
                toYear: 2026,
                reason: "申报材料中项目业绩系伪造（示例）",
                certificateNo: wangCert.number,
              },
            ])
            expect(yield* certs.verifyOnline(wangCert.number, "测试员王五")).toMatchObject({
              status: "revoked",
              statusOn: "2023-12-15",
              statusDocument: "虞人社职〔2023〕示例30号",
            })
            yield* applicationRefused(
              year.apps.wang.id,
              certs.revoke(clerk, {
                number: wangCert.number,
                on: d("2023-12-16"),
                document: "x",
                reason: "again",
              }),
              "InvalidTransition",
            )

            // March 2024: 王五 applies again.
            yield* at("2024-03-01")
            // (a) Under the 2023 edition: the ban is checked before the deadline, so the banned person
            //     hears of the ban (2024 is within it), not of the missed 2023-09-08 deadline.
            const again = yield* apps.create(newApplication("wang"), hr)
            expect(again.idHmac).toBe(year.apps.wang.idHmac)
            const refusedFirst = yield* applicationRefused(
              again.id,
              apps.submit(again.id, { actor: hr }),
              "IntegrityBanned",
            )
            expect(refusedFirst).toMatchObject({ year: 2024, fromYear: 2024, toYear: 2026 })
            //     The eligibility check of the 2023 edition, with the integrity record filled in, does
            //     not refuse either: its integrity condition looks at the reference year 2023, and the
            //     ban runs 2024–2026 (correct: the ban begins the year after the finding).
            const checked = eligibilityGuard(again, Registry.EDITIONS, bans, d("2024-03-01"))
            expect(Either.isRight(checked)).toBe(true)
            if (Either.isRight(checked)) {
              const integrityCondition = checked.right.conditions
                .map((c) => findCondition(c, `${E2023}/common/no-integrity-ban`))
                .find((c) => c !== undefined)
              expect(integrityCondition).toMatchObject({ outcome: "met", observed: "no ban covering 2023" })
            }
            yield* apps.withdraw(again.id, { actor: hr, reason: "该版本申报已截止" })

            // (b) The application he can still make in 2024 — under 人社厅发〔2020〕13号, which sets no
            //     deadline — is refused by the ban, citing 002 四 申报纪律, and nothing is written.
            const national = yield* apps.create(
              {
                ...newApplication("wang", "national-2020-13", "national-2020-13/green-channel"),
                // Open at any level ("相应级别"): the level sought is given.
                target: { level: "intermediate" },
              },
              hr,
            )
            const banned = yield* applicationRefused(
              national.id,
              apps.submit(national.id, { actor: hr }),
              "IntegrityBanned",
            )
            expect(banned).toMatchObject({
              year: 2024,
              fromYear: 2024,
              toYear: 2026,
              foundOn: "2023-12-12",
              clause: {
                source: "002_fd50f077227b9e3c.txt",
                article: "四、申报纪律",
                quote: "从评审次年起 3 年内不得申报高一级专业技术资格",
              },
            })
            // Others are not affected: 赵六's ID has no ban.
            expect(yield* integrity.bansFor(year.apps.zhao.idHmac)).toEqual([])
          }),
      )

      // -----------------------------------------------------------------------------------------
      it.effect("7. the audit chain verifies and covers every step; an edited row breaks it, named", () =>
        Effect.gen(function* () {
          const entries = yield* auditLog
          const { count, head } = yield* verify(entries)
          expect(count).toBe(entries.length)
          expect(head).toBe(entries.at(-1)?.hash)

          const times = (action: string) => entries.filter((e) => e.action === action).length
          expect({
            "pilot-unit.applied": times("pilot-unit.applied"),
            "pilot-unit.recommended": times("pilot-unit.recommended"),
            "pilot-unit.selected": times("pilot-unit.selected"),
            "pilot-unit.adoption-figures-recorded": times("pilot-unit.adoption-figures-recorded"),
            "roster.created": times("roster.created"),
            "roster.entries-added": times("roster.entries-added"),
            "roster.finalised": times("roster.finalised"),
            "application.created": times("application.created"),
            "application.submitted": times("application.submitted"),
            "application.unit-reviewed": times("application.unit-reviewed"),
            "publicity.opened": times("publicity.opened"),
            "application.in-publicity": times("application.in-publicity"),
            "publicity.objection-filed": times("publicity.objection-filed"),
            "publicity.objection-upheld": times("publicity.objection-upheld"),
            "publicity.objection-dismissed": times("publicity.objection-dismissed"),
            "application.objected": times("application.objected"),
            "application.publicity-passed": times("application.publicity-passed"),
            "publicity.closed": times("publicity.closed"),
            "application.recommended": times("application.recommended"),
            "application.decided": times("application.decided"),
            "certificate-key.rotate": times("certificate-key.rotate"),
            "certificate-batch.create": times("certificate-batch.create"),
            "certificate.issue": times("certificate.issue"),
            "certificate-batch.finish": times("certificate-batch.finish"),
            "application.certificate-issued": times("application.certificate-issued"),
            "certificate.revoke": times("certificate.revoke"),
            "application.certificate-revoked": times("application.certificate-revoked"),
            "application.withdrawn": times("application.withdrawn"),
          }).toEqual({
            "pilot-unit.applied": 7,
            "pilot-unit.recommended": 7,
            "pilot-unit.selected": 7,
            "pilot-unit.adoption-figures-recorded": 2,
            "roster.created": 2,
            "roster.entries-added": 2,
            "roster.finalised": 2,
            "application.created": 6,
            "application.submitted": 4,
            "application.unit-reviewed": 4,
            "publicity.opened": 1,
            "application.in-publicity": 4,
            "publicity.objection-filed": 2,
            "publicity.objection-upheld": 1,
            "publicity.objection-dismissed": 1,
            "application.objected": 1,
            "application.publicity-passed": 3,
            "publicity.closed": 1,
            "application.recommended": 3,
            "application.decided": 3,
            "certificate-key.rotate": 1,
            "certificate-batch.create": 1,
            "certificate.issue": 3,
            "certificate-batch.finish": 1,
            "application.certificate-issued": 3,
            "certificate.revoke": 1,
            "application.certificate-revoked": 1,
            "application.withdrawn": 1,
          })
          // Every application's life is in the trail under its own subject, in order.
          expect(
            entries.filter((e) => e.subject === `application:${year.apps.li.id}`).map((e) => e.action),
          ).toEqual([
            "application.created",
            "application.submitted",
            "application.unit-reviewed",
            "application.in-publicity",
            "application.publicity-passed",
            "application.recommended",
            "application.decided",
            "application.certificate-issued",
          ])
          // No resident ID number anywhere in the trail.
          const trail = JSON.stringify(entries)
          for (const a of Object.values(APPLICANTS)) expect(trail).not.toContain(a.id)
          expect(trail).not.toContain(rosterRow(1, "x").residentId as string)

          // Someone edits the over-cap selection's reason in the database: verify names the entry.
          const seq = year.overCapSelectionSeq
          const target = entries.find((e) => e.seq === seq)
          expect(target?.action).toBe("pilot-unit.selected")
          const sql = yield* SqlClient.SqlClient
          yield* sql`UPDATE audit_log SET data = ${JSON.stringify({
            ...target?.data,
            overCap: { cap: 6, count: 6, reason: "无" },
          })} WHERE seq = ${seq}`
          const broken = yield* Effect.flip(verify(yield* auditLog))
          expect(broken).toMatchObject({ _tag: "AuditChainBroken", seq })
          expect(broken.message).toBe(
            `audit chain broken at entry ${seq}: its content does not match its hash (edited)`,
          )
        }),
      )
    })
  })
}
