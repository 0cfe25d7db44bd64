/**
 * The Shaoxing adoption cap (000 第九条) counted once, on SQLite and PostgreSQL: a pilot unit's
 * finalised rosters and its recommended adoption-track applications see each other, each person
 * (ID HMAC) once, withdrawn and rejected applications not counted, all from the unit's figures
 * recorded for the year; and migration 0008, which moved the figures from the rosters to the unit.
 */
import { SqlClient } from "@effect/sql"
import * as Migrator from "@effect/sql/Migrator"
import { describe, expect, it, layer } from "@effect/vitest"
import * as Adoptions from "@zhicheng/domain/Adoptions"
import { type Application, ApplicationRepository, Applications } from "@zhicheng/domain/Applications"
import { type Actor, AuditLog } from "@zhicheng/domain/Audit"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import * as Eligibility from "@zhicheng/domain/Eligibility"
import { Profile } from "@zhicheng/domain/Profile"
import * as Registry from "@zhicheng/domain/Registry"
import * as Rosters from "@zhicheng/domain/Rosters"
import { Effect, Layer, Schema } from "effect"
import { AdoptionsSql } from "../src/AdoptionsSql.ts"
import * as Database from "../src/Database.ts"
import { MIGRATIONS, runMigrations } from "../src/Migrations.ts"
import { RostersSql } from "../src/RostersSql.ts"
import { refusedWritingNothing } from "./support/audit.ts"
import { bureauLayer } from "./support/bureau.ts"
import { freshTarget, KINDS } from "./support/databases.ts"
import { at, makeId, rosterRow, selectedPilot } from "./support/fixtures.ts"

const hr: Actor = { id: "hr-01", role: "enterprise-hr" }
const clerk: Actor = { id: "clerk-01", role: "clerk" }
const committee: Actor = { id: "committee-01", role: "committee" }

const EDITION = Adoptions.ROSTER_EDITION
const TRACK = `${EDITION}/assistant-engineer`

const person = rosterRow
const rows = (ns: ReadonlyArray<number>): ReadonlyArray<Rosters.RawRow> =>
  ns.map((n, i) => ({ row: i + 1, cells: person(n) }))

/** Person `n` as an applicant on the 000 track: technical staff of a pilot unit, no title yet. */
const adoptee = (n: number): Profile =>
  Schema.decodeUnknownSync(Profile)({
    residentId: makeId(n),
    name: `员工${n}`,
    titles: [],
    work: [
      {
        employer: "示例企业",
        employerKind: "private-enterprise",
        place: "cn-zhejiang-shaoxing-shangyu",
        workKind: "engineering-technical",
        specialty: "机电制造",
        pilotUnit: true,
        from: "2020-07-01",
        to: "present",
      },
    ],
  })

/**
 * Person `n`'s application on the 000 track naming pilot unit `unit`, created through the service
 * and set straight to publicity-passed through the repository (publicity is played through in
 * Applications.test.ts): what is left is the step under test, the recommendation.
 */
const passedPublicity = (n: number, unit: string) =>
  Effect.gen(function* () {
    const apps = yield* Applications
    const repo = yield* ApplicationRepository
    const created = yield* apps.create(
      {
        profile: adoptee(n),
        edition: EDITION,
        track: TRACK,
        specialty: "机电制造",
        employer: "示例企业",
        unit,
      },
      hr,
    )
    const next: Application = { ...created, state: "publicity-passed", version: created.version + 1 }
    expect(yield* repo.update(next)).toBe(true)
    return next
  })

const rosterOf = (unitId: string, year: number, ns: ReadonlyArray<number>) =>
  Effect.gen(function* () {
    const r = yield* Rosters.create(hr, { unitId, year, round: "annual" })
    yield* Rosters.addRows(hr, r.id, rows(ns), { kind: "test" })
    return r
  })

const adopted = (unitId: string, year: number) => Effect.map(Adoptions.usage(unitId, year), (u) => u.adopted)

describe("Adoptions (the fixture applicant)", () => {
  it("is not refused on the 000 track: technical staff of a pilot unit, the rest for a person to review", () => {
    const report = Eligibility.evaluate(
      { profile: adoptee(1), asOf: CivilDate.make("2025-06-01"), edition: EDITION },
      Registry.EDITIONS,
    )
    expect(report.tracks.find((t) => t.track === TRACK)?.status).toBe("needs-review")
  })
})

for (const kind of KINDS) {
  describe(`Adoptions on ${kind}`, () => {
    layer(bureauLayer(kind), { timeout: 120_000 })((it) => {
      it.effect(
        "a roster that fills the cap blocks a recommendation; someone on the roster counts once when recommended",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* at("2025-06-02")
            const unit = (yield* selectedPilot("名册先满公司", 2025)).id
            // 40 insured staff → 2; no graduate hires → 0: the cap is 2.
            yield* Adoptions.recordFigures(hr, unit, 2025, { insuredStaff: 40, lastYearGraduateHires: 0 })
            const r = yield* rosterOf(unit, 2025, [101, 102])
            expect((yield* Rosters.finalise(clerk, r.id)).finalised).toMatchObject({ cap: 2, yearTotal: 2 })

            // Someone not on the roster: the roster already took both places.
            const other = yield* passedPublicity(103, unit)
            const refused = yield* refusedWritingNothing(
              apps.recommend(other.id, { actor: clerk }),
              "QuotaExceeded",
            )
            expect(refused).toMatchObject({ cap: 2, requested: 3, year: 2025, clause: { article: "第九条" } })
            expect(refused.message).toContain(
              "would adopt 3 in 2025: 2 already counted (2 on finalised rosters, 0 recommended)",
            )
            expect(refused.message).toContain("insured staff 40 × 5% = 2")
            expect((yield* apps.get(other.id)).state).toBe("publicity-passed")

            // Someone on the roster filing under 第十一条: one adoption, not two — not refused.
            const onRoster = yield* passedPublicity(101, unit)
            expect((yield* apps.recommend(onRoster.id, { actor: clerk })).state).toBe("recommended")
            expect((yield* apps.history(onRoster.id)).at(-1)?.data).toMatchObject({
              quota: { cap: 2, requested: 2, alreadyCounted: true, counted: { people: 2, onRosters: 2 } },
            })
            expect(yield* adopted(unit, 2025)).toEqual({ people: 2, onRosters: 2, recommended: 1 })

            // The other one with a recorded reason: the third person, audited.
            const over = yield* apps.recommend(other.id, {
              actor: clerk,
              overrideReason: "重点项目急需（示例）",
            })
            expect(over.state).toBe("recommended")
            expect((yield* apps.history(other.id)).at(-1)?.data).toMatchObject({
              quota: { cap: 2, requested: 3, override: { excess: 1, reason: "重点项目急需（示例）" } },
            })
            expect(yield* Adoptions.usage(unit, 2025)).toMatchObject({
              cap: { cap: 2 },
              adopted: { people: 3, onRosters: 2, recommended: 2 },
              remaining: 0,
            })
            // Another year is counted apart.
            expect(yield* adopted(unit, 2026)).toEqual({ people: 0, onRosters: 0, recommended: 0 })
          }),
      )

      it.effect(
        "recommendations that fill the cap block a roster; withdrawn and rejected ones are not counted",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            yield* at("2025-06-03")
            const unit = (yield* selectedPilot("申请先满公司", 2025)).id
            yield* Adoptions.recordFigures(hr, unit, 2025, { insuredStaff: 40, lastYearGraduateHires: 0 })
            const p = yield* passedPublicity(201, unit)
            const q = yield* passedPublicity(202, unit)
            yield* apps.recommend(p.id, { actor: clerk })
            yield* apps.recommend(q.id, { actor: clerk })
            expect(yield* adopted(unit, 2025)).toEqual({ people: 2, onRosters: 0, recommended: 2 })

            // A roster with P (already counted) and R (new): one more than the cap.
            const r = yield* rosterOf(unit, 2025, [201, 203])
            const refused = yield* refusedWritingNothing(Rosters.finalise(clerk, r.id), "QuotaExceeded")
            expect(refused).toMatchObject({ cap: 2, count: 2, requested: 3, clause: { article: "第九条" } })
            expect(refused.message).toContain(
              "would adopt 3 in 2025: 2 already counted (0 on finalised rosters, 2 recommended) and 1 on this roster (its other 1 already counted)",
            )
            expect((yield* Rosters.view(r.id)).roster.status).toBe("draft")

            // Q withdraws: the place is free again, and the roster fits (P counted once).
            yield* apps.withdraw(q.id, { actor: hr, reason: "本人撤回" })
            expect(yield* adopted(unit, 2025)).toEqual({ people: 1, onRosters: 0, recommended: 1 })
            const f = yield* Rosters.finalise(clerk, r.id)
            expect(f.finalised).toMatchObject({ cap: 2, yearTotal: 2 })
            expect(f.finalised?.overCap).toBeUndefined()
            expect(yield* adopted(unit, 2025)).toEqual({ people: 2, onRosters: 2, recommended: 1 })

            // S goes over with a reason, then the committee rejects S: S no longer counts.
            const s = yield* passedPublicity(204, unit)
            yield* refusedWritingNothing(apps.recommend(s.id, { actor: clerk }), "QuotaExceeded")
            yield* apps.recommend(s.id, { actor: clerk, overrideReason: "经局务会同意（示例）" })
            expect((yield* adopted(unit, 2025)).people).toBe(3)
            yield* apps.decide(s.id, { actor: committee, outcome: "rejected" })
            expect(yield* adopted(unit, 2025)).toEqual({ people: 2, onRosters: 2, recommended: 1 })
            // An approved decision still counts.
            yield* apps.decide(p.id, { actor: committee, outcome: "approved" })
            expect((yield* adopted(unit, 2025)).people).toBe(2)
          }),
      )

      it.effect(
        "the figures are the unit's, recorded per year: needed by both checks, refused for a year it is no pilot, corrections audited",
        () =>
          Effect.gen(function* () {
            const apps = yield* Applications
            const sql = yield* SqlClient.SqlClient
            yield* at("2025-06-04")
            const unit = (yield* selectedPilot("基数公司", 2025)).id

            // Nothing recorded: neither check can run; nothing is written.
            const r = yield* rosterOf(unit, 2025, [301])
            const noRoster = yield* refusedWritingNothing(
              Rosters.finalise(clerk, r.id),
              "QuotaFiguresMissing",
            )
            expect(noRoster).toMatchObject({ field: "figures", year: 2025, clause: { article: "第九条" } })
            const a = yield* passedPublicity(302, unit)
            const noApp = yield* refusedWritingNothing(
              apps.recommend(a.id, { actor: clerk }),
              "QuotaFiguresMissing",
            )
            expect(noApp).toMatchObject({ application: a.id, field: "figures" })
            expect(yield* Adoptions.usage(unit, 2025)).toEqual({
              unitId: unit,
              year: 2025,
              edition: EDITION,
              adopted: { people: 0, onRosters: 0, recommended: 0 },
            })

            // Refused: a year the unit is no pilot, a negative or fractional figure, an unknown unit.
            const early = yield* refusedWritingNothing(
              Adoptions.recordFigures(hr, unit, 2024, { insuredStaff: 100, lastYearGraduateHires: 0 }),
              "InvalidTransition",
            )
            expect(early.message).toContain("is not a selected pilot unit for 2024")
            const bad = yield* refusedWritingNothing(
              Adoptions.recordFigures(hr, unit, 2025, { insuredStaff: -1, lastYearGraduateHires: 1.5 }),
              "RuleViolated",
            )
            expect(bad).toMatchObject({ field: "figures", clause: { article: "第九条" } })
            expect(bad.message).toContain("insuredStaff")
            yield* refusedWritingNothing(
              Adoptions.recordFigures(hr, "no-such-unit", 2025, {
                insuredStaff: 1,
                lastYearGraduateHires: 1,
              }),
              "NotFound",
            )

            // Recorded: both checks use it; the roster keeps the figures it was checked against.
            yield* Adoptions.recordFigures(hr, unit, 2025, { insuredStaff: 20, lastYearGraduateHires: 4 }) // cap 2
            const f = yield* Rosters.finalise(clerk, r.id)
            expect(f.finalised).toMatchObject({
              figures: { insuredStaff: 20, lastYearGraduateHires: 4 },
              cap: 2,
              applies: "graduate-hires",
            })
            yield* apps.recommend(a.id, { actor: clerk })

            // A clerk corrects them: audited with both; later checks use the new ones.
            yield* at("2025-07-01")
            const corrected = yield* Adoptions.recordFigures(clerk, unit, 2025, {
              insuredStaff: 200,
              lastYearGraduateHires: 4,
            })
            expect(corrected).toMatchObject({ recordedOn: "2025-07-01", recordedBy: clerk.id })
            expect((yield* Effect.flatMap(AuditLog, (l) => l.all)).at(-1)).toMatchObject({
              action: "pilot-unit.adoption-figures-recorded",
              actor: clerk,
              subject: `pilot-unit:${unit}`,
              data: {
                year: 2025,
                from: { insuredStaff: 20, lastYearGraduateHires: 4 },
                to: { insuredStaff: 200, lastYearGraduateHires: 4 },
                cap: 10,
              },
            })
            expect(yield* Adoptions.usage(unit, 2025)).toMatchObject({
              figures: { figures: { insuredStaff: 200 } },
              cap: { cap: 10 },
              adopted: { people: 2 },
              remaining: 8,
            })
            expect((yield* Rosters.view(r.id)).roster.finalised?.figures).toEqual({
              insuredStaff: 20,
              lastYearGraduateHires: 4,
            })
            const [stored] = yield* sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM adoption_figures
              WHERE unit_id = ${unit}`
            expect(Number(stored?.n)).toBe(1)
          }),
      )

      it.effect("a roster and a recommendation racing for the last place: exactly one gets it", () =>
        Effect.gen(function* () {
          const apps = yield* Applications
          yield* at("2025-06-05")
          const unit = (yield* selectedPilot("竞争公司", 2025)).id
          yield* Adoptions.recordFigures(hr, unit, 2025, { insuredStaff: 20, lastYearGraduateHires: 0 }) // cap 1
          const r = yield* rosterOf(unit, 2025, [401])
          const a = yield* passedPublicity(402, unit)
          const [roster, recommendation] = yield* Effect.all(
            [
              Effect.either(Rosters.finalise(clerk, r.id)),
              Effect.either(apps.recommend(a.id, { actor: clerk })),
            ],
            { concurrency: "unbounded" },
          )
          expect([roster._tag, recommendation._tag].sort()).toEqual(["Left", "Right"])
          expect(yield* adopted(unit, 2025)).toMatchObject({ people: 1 })
        }),
      )
    })

    it.effect(
      "migration 0008 moves each unit's figures from its rosters to the unit and year; finalised rosters keep theirs",
      () =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([k]) => k < "0008"))
          yield* Migrator.make({})({ loader: Migrator.fromRecord(before), table: "zc_migrations" })
          yield* sql`INSERT INTO pilot_units (id, year, status, unit_name, district, selected, applied_on, application)
            VALUES ('u1', 2024, 'selected', '旧数据公司', 'cn-zhejiang-shaoxing-shangyu', 1, '2024-03-01', '{}')`
          const finalised = (on: string, cap: number) =>
            JSON.stringify({ on, by: "clerk-01", cap, applies: "insured-staff", yearTotal: 1 })
          // 2024: two halves, both finalised, with different figures; the later one is the year's.
          yield* sql`INSERT INTO rosters (id, unit_id, unit_name, year, round, status, insured_staff,
              last_year_graduate_hires, created_on, finalised)
            VALUES ('r1', 'u1', '旧数据公司', 2024, 'first-half', 'finalised', 100, 2, '2024-05-01', ${finalised("2024-05-10", 5)}),
              ('r2', 'u1', '旧数据公司', 2024, 'second-half', 'finalised', 140, 2, '2024-11-01', ${finalised("2024-11-10", 7)})`
          // 2025: a draft only.
          yield* sql`INSERT INTO rosters (id, unit_id, unit_name, year, round, status, insured_staff,
              last_year_graduate_hires, created_on)
            VALUES ('r3', 'u1', '旧数据公司', 2025, 'annual', 'draft', 60, 8, '2025-04-01')`

          yield* runMigrations
          const figures = yield* sql<{
            year: number | string
            insured_staff: number | string
            last_year_graduate_hires: number | string
            recorded_on: string
            recorded_by: string
          }>`SELECT year, insured_staff, last_year_graduate_hires, recorded_on, recorded_by
            FROM adoption_figures WHERE unit_id = 'u1' ORDER BY year`
          expect(
            figures.map((f) => [
              Number(f.year),
              Number(f.insured_staff),
              Number(f.last_year_graduate_hires),
              f.recorded_on,
              f.recorded_by,
            ]),
          ).toEqual([
            [2024, 140, 2, "2024-11-01", "migration 0008 (roster r2)"],
            [2025, 60, 8, "2025-04-01", "migration 0008 (roster r3)"],
          ])
          // The rosters read back through the repository, each finalised one with its own figures.
          const rosters = yield* Effect.provide(Rosters.RosterRepository, RostersSql)
          expect((yield* rosters.forUnitYear("u1", 2024)).map((r) => [r.id, r.finalised?.figures])).toEqual([
            ["r1", { insuredStaff: 100, lastYearGraduateHires: 2 }],
            ["r2", { insuredStaff: 140, lastYearGraduateHires: 2 }],
          ])
          expect((yield* rosters.forUnitYear("u1", 2025))[0]?.finalised).toBeUndefined()
          expect((yield* Effect.either(sql`SELECT insured_staff FROM rosters`))._tag).toBe("Left")
          // And the adoption repository reads the moved figures.
          const repo = yield* Effect.provide(Adoptions.AdoptionRepository, AdoptionsSql)
          const y2025 = yield* repo.figures("u1", 2025)
          expect(y2025._tag === "Some" && y2025.value.figures).toEqual({
            insuredStaff: 60,
            lastYearGraduateHires: 8,
          })
        }).pipe(Effect.provide(unmigrated(kind))),
      120_000,
    )
  })
}

/** A fresh, empty database of `kind` with no migration run. */
const unmigrated = (kind: "sqlite" | "postgres") =>
  Layer.unwrapScoped(Effect.map(freshTarget(kind), Database.clientLayer))
