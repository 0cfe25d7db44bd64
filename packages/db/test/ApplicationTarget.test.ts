/**
 * The title level an application seeks (`Application.target`), on both databases: recorded on create
 * (the track's level where it names one, the applicant's on a track open at "any" level), refused
 * when missing or disagreeing with the track, asked about by the eligibility re-run on submit,
 * stored and read back (migration 0007 and its backfill), and recorded later by a clerk where an
 * application stored before 0007 has none.
 */
import { SqlClient } from "@effect/sql"
import * as Migrator from "@effect/sql/Migrator"
import { describe, expect, layer } from "@effect/vitest"
import { type Application, ApplicationRepository, Applications } from "@zhicheng/domain/Applications"
import { type Actor, AuditLog } from "@zhicheng/domain/Audit"
import { Profile } from "@zhicheng/domain/Profile"
import { weihai2020 } from "@zhicheng/domain/policies/weihai"
import { Effect, Layer, Schema, TestClock } from "effect"
import { ApplicationRepositorySql } from "../src/ApplicationsSql.ts"
import * as Database from "../src/Database.ts"
import { MIGRATIONS, runMigrations } from "../src/Migrations.ts"
import { applicationServices } from "./support/applications.ts"
import { freshTarget, KINDS } from "./support/databases.ts"
import { makeId, selectedPilot } from "./support/fixtures.ts"

const hr: Actor = { id: "hr-target", role: "enterprise-hr" }
const clerk: Actor = { id: "clerk-target", role: "clerk" }

const WEIHAI = "cn-shandong-weihai"
/** Weihai 三(一): open at "any" level; the title held must be of the level sought ("同级别"). */
const SECOND_SERIES = "weihai-2020-50/second-series"
const secondSeries = weihai2020.tracks.find((t) => t.id === SECOND_SERIES)
if (secondSeries === undefined || secondSeries.target.level !== "any")
  throw new Error(`${SECOND_SERIES} is no longer a track open at any level: pick another`)

/** A private-enterprise engineer in Weihai holding an appointed intermediate engineering title. */
const weihaiEngineer = (n: number): Profile =>
  Schema.decodeUnknownSync(Profile)({
    residentId: makeId(n),
    name: `威海申请人${n}`,
    education: [{ level: "associate", fullTime: true }],
    work: [
      {
        employer: "威海某机械公司",
        employerKind: "private-enterprise",
        place: WEIHAI,
        workKind: "engineering-technical",
        relatedness: "related",
        from: "2020-07-01",
        to: "present",
      },
    ],
    titles: [{ series: "engineering", level: "intermediate", obtained: "2019-01-01", appointed: true }],
    status: { residency: "mainland", highLevelTalent: false, talentCard: false, retired: false },
  })

const onSecondSeries = (n: number, target?: Application["target"]) => ({
  profile: weihaiEngineer(n),
  edition: "weihai-2020-50",
  track: SECOND_SERIES,
  specialty: "机械工程",
  employer: "威海某机械公司",
  unit: "91371000MA0000000X",
  ...(target !== undefined ? { target } : {}),
})

const onShangyu = (n: number, target?: Application["target"]) => ({
  profile: { residentId: makeId(n), name: `上虞申请人${n}` } as Profile,
  edition: "shangyu-2023-3",
  track: "shangyu-2023-3/normal",
  specialty: "机电制造",
  employer: "绍兴某机电有限公司",
  unit: "91330604MA0000000X",
  ...(target !== undefined ? { target } : {}),
})

/** Applications and audit entries stored: a refusal changes neither. */
const written = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const [row] = yield* sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM applications`
  return { applications: Number(row?.n ?? 0), audit: (yield* Effect.flatMap(AuditLog, (a) => a.all)).length }
})

/** The application as stored before migration 0007 on an any-level track: no level recorded (NULL). */
const forgetTarget = (app: Application) =>
  Effect.gen(function* () {
    const repo = yield* ApplicationRepository
    const { target: _target, ...unrecorded } = app
    const next = { ...unrecorded, version: app.version + 1 }
    expect(yield* repo.update(next)).toBe(true)
    return next
  })

/** 10:00 China time on `day`. */
const setDay = (day: string) => TestClock.setTime(Date.parse(`${day}T10:00:00+08:00`))

for (const kind of KINDS) {
  describe(`the level sought on ${kind}`, () => {
    layer(applicationServices(kind), { timeout: 120_000 })((it) => {
      it.effect(
        "create records the track's level where it names one and the applicant's on an any-level track; both read back",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* setDay("2023-09-01")
            const implied = yield* apps.create(onShangyu(1), hr)
            expect(implied.target).toEqual({ level: "intermediate" })
            const agreeing = yield* apps.create(onShangyu(2, { level: "intermediate" }), hr)
            expect(agreeing.target).toEqual({ level: "intermediate" })
            // A junior track naming its grade: the grade is recorded with the level. (An adoption
            // track names its pilot unit by id.)
            const assistant = yield* apps.create(
              {
                ...onShangyu(3),
                edition: "shaoxing-adoption-draft",
                track: "shaoxing-adoption-draft/assistant-engineer",
                unit: (yield* selectedPilot("级别示例公司", 2023)).id,
              },
              hr,
            )
            expect(assistant.target).toEqual({ level: "junior", grade: "assistant" })
            const open = yield* apps.create(onSecondSeries(4, { level: "junior", grade: "technician" }), hr)
            expect(open.target).toEqual({ level: "junior", grade: "technician" })

            for (const a of [implied, agreeing, assistant, open])
              expect((yield* apps.get(a.id)).target).toEqual(a.target)
            const listed = yield* apps.list({ edition: "weihai-2020-50", limit: 100 })
            expect(listed.find((a) => a.id === open.id)?.target).toEqual({
              level: "junior",
              grade: "technician",
            })
            // The creation's transition and audit entry name it.
            expect((yield* apps.history(open.id))[0]?.data).toMatchObject({
              target: { level: "junior", grade: "technician" },
            })
          }),
      )

      it.effect(
        "create refuses a missing level on an any-level track and one the track does not name, citing the track, writing nothing",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* setDay("2023-09-01")
            const before = yield* written
            const missing = yield* Effect.flip(apps.create(onSecondSeries(10), hr))
            expect(missing).toMatchObject({
              _tag: "InvalidTarget",
              field: "target",
              track: SECOND_SERIES,
              clause: secondSeries.citation,
            })
            expect(missing.message).toContain("open at any level")
            const other = yield* Effect.flip(apps.create(onShangyu(11, { level: "junior" }), hr))
            expect(other).toMatchObject({
              _tag: "InvalidTarget",
              field: "target",
              clause: { document: "shangyu-2023-3" },
            })
            expect(other.message).toContain("is for intermediate")
            const grade = yield* Effect.flip(
              apps.create(
                {
                  ...onShangyu(12, { level: "junior", grade: "technician" }),
                  edition: "shaoxing-adoption-draft",
                  track: "shaoxing-adoption-draft/assistant-engineer",
                },
                hr,
              ),
            )
            expect(grade).toMatchObject({ _tag: "InvalidTarget", field: "target" })
            expect(grade.message).toContain("junior (assistant)")
            const gradeOfWhat = yield* Effect.flip(
              apps.create(onSecondSeries(13, { level: "intermediate", grade: "assistant" }), hr),
            )
            expect(gradeOfWhat).toMatchObject({ _tag: "InvalidTarget", field: "target.grade" })
            expect(yield* written).toEqual(before)
          }),
      )

      it.effect(
        "submit re-runs eligibility at the level sought: Weihai 三(一) needs a title of that level (an appointed intermediate one here)",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* setDay("2023-09-01")
            const same = yield* apps.create(onSecondSeries(20, { level: "intermediate" }), hr)
            expect((yield* apps.submit(same.id, { actor: hr })).state).toBe("submitted")

            const higher = yield* apps.create(onSecondSeries(21, { level: "associate-senior" }), hr)
            const before = yield* written
            const refused = yield* Effect.flip(apps.submit(higher.id, { actor: hr }))
            expect(refused).toMatchObject({
              _tag: "NoLongerEligible",
              status: "not-eligible",
              failing: [
                {
                  id: `${SECOND_SERIES}/holds-appointed`,
                  observed: "no associate-senior title held",
                  citation: { document: "weihai-2020-50", article: "三(一)" },
                },
              ],
            })
            expect(yield* written).toEqual(before)
            expect((yield* apps.get(higher.id)).state).toBe("draft")
          }),
      )

      it.effect(
        "an application recording no level (stored before 0007): submit refused until a clerk records it — once, with a reason, audited",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* setDay("2023-09-01")
            const legacy = yield* forgetTarget(
              yield* apps.create(onSecondSeries(30, { level: "junior" }), hr),
            )
            expect((yield* apps.get(legacy.id)).target).toBeUndefined()

            const before = yield* written
            const refused = yield* Effect.flip(apps.submit(legacy.id, { actor: hr }))
            expect(refused).toMatchObject({
              _tag: "InvalidTarget",
              application: legacy.id,
              field: "target",
              clause: secondSeries.citation,
            })
            expect(refused.message).toContain("a clerk records it first")
            const noReason = yield* Effect.flip(
              apps.recordTarget(legacy.id, { actor: clerk, target: { level: "intermediate" }, reason: " " }),
            )
            expect(noReason).toMatchObject({ _tag: "InvalidApplication", field: "reason" })
            const badGrade = yield* Effect.flip(
              apps.recordTarget(legacy.id, {
                actor: clerk,
                target: { level: "intermediate", grade: "assistant" },
                reason: "申报表所填级别",
              }),
            )
            expect(badGrade).toMatchObject({ _tag: "InvalidTarget", field: "target.grade" })
            expect(yield* written).toEqual(before)

            const recorded = yield* apps.recordTarget(legacy.id, {
              actor: clerk,
              target: { level: "intermediate" },
              reason: "申报表所填级别",
            })
            expect(recorded).toMatchObject({
              state: "draft",
              target: { level: "intermediate" },
              version: legacy.version + 1,
            })
            expect((yield* apps.get(legacy.id)).target).toEqual({ level: "intermediate" })
            const entry = (yield* Effect.flatMap(AuditLog, (a) => a.all)).at(-1)
            expect(entry).toMatchObject({
              actor: clerk,
              action: "application.target-recorded",
              subject: `application:${legacy.id}`,
              data: { target: { level: "intermediate" }, state: "draft", reason: "申报表所填级别" },
            })
            // No state changed: the history has only the creation.
            expect((yield* apps.history(legacy.id)).map((t) => t.to)).toEqual(["draft"])
            const again = yield* Effect.flip(
              apps.recordTarget(legacy.id, { actor: clerk, target: { level: "junior" }, reason: "改为初级" }),
            )
            expect(again).toMatchObject({ _tag: "InvalidApplication", field: "target" })
            expect(again.message).toContain("already records")

            expect((yield* apps.submit(legacy.id, { actor: hr })).state).toBe("submitted")
          }),
      )
    })

    layer(unmigrated(kind), { timeout: 120_000 })((it) => {
      it.effect(
        "migration 0007 backfills the level from tracks that name one and leaves any-level and unknown tracks unrecorded",
        () =>
          Effect.gen(function* () {
            const sql = yield* SqlClient.SqlClient
            // The schema as it stood before 0007.
            const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([k]) => k < "0007"))
            yield* Migrator.make({})({ loader: Migrator.fromRecord(before), table: "zc_migrations" })
            yield* insertOld(sql, "old-1", "shangyu-2023-3", "shangyu-2023-3/normal")
            yield* insertOld(
              sql,
              "old-2",
              "shaoxing-adoption-draft",
              "shaoxing-adoption-draft/assistant-engineer",
            )
            yield* insertOld(sql, "old-3", "weihai-2020-50", SECOND_SERIES)
            yield* insertOld(sql, "old-4", "gone-2019", "gone-2019/normal")
            yield* insertOld(sql, "old-5", "shangyu-2023-3", "shangyu-2023-3/normal")

            yield* runMigrations
            const rows = yield* sql<{ id: string; target_level: string | null; target_grade: string | null }>`
              SELECT id, target_level, target_grade FROM applications ORDER BY id`
            expect(rows).toEqual([
              { id: "old-1", target_level: "intermediate", target_grade: null },
              { id: "old-2", target_level: "junior", target_grade: "assistant" },
              { id: "old-3", target_level: null, target_grade: null },
              { id: "old-4", target_level: null, target_grade: null },
              { id: "old-5", target_level: "intermediate", target_grade: null },
            ])
            // The repository reads the backfill back; NULL is "not recorded".
            const repo = yield* Effect.provide(ApplicationRepository, ApplicationRepositorySql)
            const read = yield* repo.list({ limit: 10 })
            expect(read.map((a) => [a.id, a.target])).toEqual([
              ["old-1", { level: "intermediate" }],
              ["old-2", { level: "junior", grade: "assistant" }],
              ["old-3", undefined],
              ["old-4", undefined],
              ["old-5", { level: "intermediate" }],
            ])
            expect(read.every((a) => a.version === 1 && a.state === "draft")).toBe(true)
          }),
      )
    })
  })
}

/** A fresh, empty database of `kind` with no migration run. */
function unmigrated(kind: "sqlite" | "postgres") {
  return Layer.unwrapScoped(Effect.map(freshTarget(kind), Database.clientLayer))
}

/** An application row as written before 0007 (no level columns), in draft, created on 2023-01-01. */
const insertOld = (sql: SqlClient.SqlClient, id: string, edition: string, track: string) =>
  sql`INSERT INTO applications (id, edition, track, specialty, name, employer, unit, id_hmac, profile, state,
      created_by, created_at, updated_at, version)
    VALUES (${id}, ${edition}, ${track}, '机电制造', '张三', '某公司', 'u', ${"0".repeat(64)}, '{}', 'draft',
      'hr-old', '2023-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z', 1)`
