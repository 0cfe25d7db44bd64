/**
 * The adoption cap's figures and its one count (domain `Adoptions`), in SQL: the figures in
 * `adoption_figures` (migration 0008), the count over `roster_entries` of finalised `rosters` and
 * over `applications`, each ID HMAC once (a UNION, which drops duplicates, on both databases).
 */
import { SqlClient, type Statement } from "@effect/sql"
import { AdoptionRepository, RecordedFigures } from "@zhicheng/domain/Adoptions"
import { Effect, Layer, Option, Schema } from "effect"

interface FiguresRow {
  readonly unit_id: string
  readonly year: number | string
  readonly insured_staff: number | string
  readonly last_year_graduate_hires: number | string
  readonly recorded_on: string
  readonly recorded_by: string
}

interface CountRow {
  readonly people: number | string
  readonly on_rosters: number | string
  readonly recommended: number | string
  readonly with_added: number | string
}

const decodeFigures = Schema.decodeUnknown(RecordedFigures)

const toFigures = (r: FiguresRow) =>
  decodeFigures({
    unitId: r.unit_id,
    year: Number(r.year),
    figures: {
      insuredStaff: Number(r.insured_staff),
      lastYearGraduateHires: Number(r.last_year_graduate_hires),
    },
    recordedOn: r.recorded_on,
    recordedBy: r.recorded_by,
  })

/**
 * Applications in states that count against the cap once recommended (an outcome of "rejected"
 * excludes a decided one). A revoked certificate's application still counts: the recommendation was
 * made in that year.
 */
const COUNTED = ["recommended", "decided", "certificate-issued", "certificate-revoked"] as const

/** The SQL implementation of {@link AdoptionRepository}; needs a migrated SqlClient (`Database.layer`). */
export const AdoptionsSql = Layer.effect(
  AdoptionRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return {
      figures: (unitId, year) =>
        sql<FiguresRow>`SELECT * FROM adoption_figures WHERE unit_id = ${unitId} AND year = ${year}`.pipe(
          Effect.flatMap((rows) =>
            rows[0] === undefined
              ? Effect.succeed(Option.none())
              : Effect.map(toFigures(rows[0]), Option.some),
          ),
          Effect.orDie,
        ),

      // Delete then insert: the same statements on both databases (no dialect's upsert), inside the
      // caller's transaction and after its lock on the unit.
      saveFigures: (f) =>
        Effect.gen(function* () {
          yield* sql`DELETE FROM adoption_figures WHERE unit_id = ${f.unitId} AND year = ${f.year}`
          yield* sql`INSERT INTO adoption_figures (unit_id, year, insured_staff, last_year_graduate_hires, recorded_on, recorded_by)
            VALUES (${f.unitId}, ${f.year}, ${f.figures.insuredStaff}, ${f.figures.lastYearGraduateHires},
              ${f.recordedOn}, ${f.recordedBy})`
        }).pipe(Effect.orDie),

      // The same row lock as RosterRepository.lockUnit, so roster finalisations and recommendations of a
      // unit take their places one at a time.
      lockUnit: (unitId) =>
        sql`UPDATE pilot_units SET version = version + 1 WHERE id = ${unitId}`.pipe(
          Effect.asVoid,
          Effect.orDie,
        ),

      count: ({ unitId, year, edition, rosters, adding }) => {
        const onRosters = rosters
          ? sql`SELECT e.id_hmac AS h FROM roster_entries e JOIN rosters ro ON ro.id = e.roster_id
              WHERE ro.unit_id = ${unitId} AND ro.year = ${year} AND ro.status = 'finalised'`
          : sql`SELECT id_hmac AS h FROM roster_entries WHERE 1 = 0`
        const recommended = sql`SELECT id_hmac AS h FROM applications
          WHERE unit = ${unitId} AND edition = ${edition} AND ${sql.in("state", COUNTED)}
            AND (outcome IS NULL OR outcome <> 'rejected')
            AND recommended_on >= ${`${year}-01-01`} AND recommended_on <= ${`${year}-12-31`}`
        const added = [
          ...(adding.roster !== undefined
            ? [sql`SELECT id_hmac AS h FROM roster_entries WHERE roster_id = ${adding.roster}`]
            : []),
          // CAST gives PostgreSQL the parameter's type for the UNION.
          ...(adding.idHmac !== undefined ? [sql`SELECT CAST(${adding.idHmac} AS TEXT) AS h`] : []),
        ]
        const union = (parts: ReadonlyArray<Statement.Fragment>) => sql.join(" UNION ", false)(parts)
        return sql<CountRow>`SELECT
            (SELECT COUNT(*) FROM (${union([onRosters, recommended])}) people) AS people,
            (SELECT COUNT(DISTINCT h) FROM (${onRosters}) on_rosters) AS on_rosters,
            (SELECT COUNT(DISTINCT h) FROM (${recommended}) recommended) AS recommended,
            (SELECT COUNT(*) FROM (${union([onRosters, recommended, ...added])}) with_added) AS with_added`.pipe(
          Effect.map((rows) => ({
            people: Number(rows[0]?.people ?? 0),
            onRosters: Number(rows[0]?.on_rosters ?? 0),
            recommended: Number(rows[0]?.recommended ?? 0),
            withAdded: Number(rows[0]?.with_added ?? 0),
          })),
          Effect.orDie,
        )
      },
    }
  }),
)
