/**
 * Pilot units and their reviews in SQL (table `pilot_units`, `pilot_unit_reviews`). The Annex 1
 * application and each decision are JSON documents decoded through the domain schemas; a row that
 * does not decode is a defect.
 */
import { SqlClient } from "@effect/sql"
import { PilotUnit, PilotUnitRepository, Review } from "@zhicheng/domain/PilotUnits"
import * as Text from "@zhicheng/domain/Text"
import { Effect, Layer, Option, Schema } from "effect"

interface Row {
  readonly id: string
  readonly status: string
  readonly applied_on: string
  readonly application: string
  readonly late_reason: string | null
  readonly recommendation: string | null
  readonly selection: string | null
  readonly exit_info: string | null
}

interface ReviewRow {
  readonly unit_id: string
  readonly year: number
  readonly passed: number | boolean
  readonly opinion: string
  readonly reviewed_on: string
  readonly reviewed_by: string
}

// Text.stored: a row written before the text rules is read (unsafe characters shown as U+FFFD), never a 500.
const decodeUnit = Schema.decodeUnknown(Text.stored(PilotUnit))
const decodeReview = Schema.decodeUnknown(Text.stored(Review))

const toUnit = (r: Row) =>
  decodeUnit({
    id: r.id,
    status: r.status,
    appliedOn: r.applied_on,
    application: JSON.parse(r.application),
    ...(r.late_reason !== null ? { lateReason: r.late_reason } : {}),
    ...(r.recommendation !== null ? { recommendation: JSON.parse(r.recommendation) } : {}),
    ...(r.selection !== null ? { selection: JSON.parse(r.selection) } : {}),
    ...(r.exit_info !== null ? { exit: JSON.parse(r.exit_info) } : {}),
  })

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v))

/** The SQL implementation of {@link PilotUnitRepository}; needs a migrated SqlClient (`Database.layer`). */
export const PilotUnitsSql = Layer.effect(
  PilotUnitRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const encode = (u: PilotUnit) => ({
      status: u.status,
      selected: u.selection?.selected === true ? 1 : 0,
      late_reason: u.lateReason ?? null,
      application: JSON.stringify(u.application),
      recommendation: json(u.recommendation),
      selection: json(u.selection),
      exit_info: json(u.exit),
    })
    return {
      insert: (u) => {
        const e = encode(u)
        return sql`INSERT INTO pilot_units (id, year, status, unit_name, district, selected, applied_on, application,
            late_reason, recommendation, selection, exit_info)
          VALUES (${u.id}, ${u.application.year}, ${e.status}, ${u.application.unitName}, ${u.application.district},
            ${e.selected}, ${u.appliedOn}, ${e.application}, ${e.late_reason}, ${e.recommendation}, ${e.selection},
            ${e.exit_info})`.pipe(Effect.asVoid, Effect.orDie)
      },
      update: (u) => {
        const e = encode(u)
        return sql`UPDATE pilot_units SET status = ${e.status}, selected = ${e.selected}, application = ${e.application},
            late_reason = ${e.late_reason}, recommendation = ${e.recommendation}, selection = ${e.selection},
            exit_info = ${e.exit_info}, version = version + 1
          WHERE id = ${u.id}`.pipe(Effect.asVoid, Effect.orDie)
      },
      get: (id) =>
        sql<Row>`SELECT * FROM pilot_units WHERE id = ${id}`.pipe(
          Effect.flatMap((rows) =>
            rows[0] === undefined ? Effect.succeed(Option.none()) : Effect.map(toUnit(rows[0]), Option.some),
          ),
          Effect.orDie,
        ),
      listByYear: (year) =>
        sql<Row>`SELECT * FROM pilot_units WHERE year = ${year} ORDER BY applied_on, id`.pipe(
          Effect.flatMap((rows) => Effect.forEach(rows, toUnit)),
          Effect.orDie,
        ),
      countSelected: (year) =>
        sql<{
          n: number | string
        }>`SELECT COUNT(*) AS n FROM pilot_units WHERE year = ${year} AND selected = 1`.pipe(
          Effect.map((rows) => Number(rows[0]?.n ?? 0)),
          Effect.orDie,
        ),
      lockYear: (year) =>
        sql`INSERT INTO pilot_selection_locks (year, n) VALUES (${year}, 1)
          ON CONFLICT (year) DO UPDATE SET n = pilot_selection_locks.n + 1`.pipe(Effect.asVoid, Effect.orDie),
      insertReview: (r) =>
        sql`INSERT INTO pilot_unit_reviews (unit_id, year, passed, opinion, reviewed_on, reviewed_by)
          VALUES (${r.unitId}, ${r.year}, ${r.passed ? 1 : 0}, ${r.opinion}, ${r.on}, ${r.by})`.pipe(
          Effect.asVoid,
          Effect.orDie,
        ),
      reviews: (unitId) =>
        sql<ReviewRow>`SELECT * FROM pilot_unit_reviews WHERE unit_id = ${unitId} ORDER BY year`.pipe(
          Effect.flatMap((rows) =>
            Effect.forEach(rows, (r) =>
              decodeReview({
                unitId: r.unit_id,
                year: Number(r.year),
                passed: Number(r.passed) === 1 || r.passed === true,
                opinion: r.opinion,
                on: r.reviewed_on,
                by: r.reviewed_by,
              }),
            ),
          ),
          Effect.orDie,
        ),
    }
  }),
)
