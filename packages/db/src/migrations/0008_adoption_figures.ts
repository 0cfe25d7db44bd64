/**
 * The adoption cap's figures (000 第九条) move from each roster to the pilot unit and year
 * (`adoption_figures`, domain `Adoptions.RecordedFigures`), so that rosters and adoption-track
 * applications are checked against one cap from the same figures.
 *
 * Backfill, per pilot unit and year that has rosters: the figures of its latest finalised roster
 * (the ones its cap was last checked against), else of its latest draft (latest by creation day,
 * then the second half before the first); `recorded_on` is that roster's creation day and
 * `recorded_by` names the migration and the roster. Each finalised roster keeps its own figures in
 * its `finalised` record (`Roster.finalised.figures`), written here from its columns; then the two
 * columns are dropped. A draft roster's figures that differ from the ones chosen for its year stay
 * only in the audit trail (its `roster.created` and `roster.figures-set` entries).
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

interface RosterRow {
  readonly id: string
  readonly unit_id: string
  readonly year: number | string
  readonly round: string
  readonly status: string
  readonly insured_staff: number | string
  readonly last_year_graduate_hires: number | string
  readonly created_on: string
  readonly finalised: string | null
}

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE adoption_figures (
    unit_id TEXT NOT NULL REFERENCES pilot_units (id),
    year INTEGER NOT NULL,
    insured_staff INTEGER NOT NULL,
    last_year_graduate_hires INTEGER NOT NULL,
    recorded_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    PRIMARY KEY (unit_id, year)
  )`
  // Latest first within each unit and year: finalised before draft, then by creation day, then
  // "second-half" before "first-half" before "annual" (descending text order).
  const rosters = yield* sql<RosterRow>`SELECT id, unit_id, year, round, status, insured_staff,
      last_year_graduate_hires, created_on, finalised
    FROM rosters
    ORDER BY unit_id, year, CASE WHEN status = 'finalised' THEN 0 ELSE 1 END, created_on DESC, round DESC, id`
  const taken = new Set<string>()
  for (const r of rosters) {
    const figures = {
      insuredStaff: Number(r.insured_staff),
      lastYearGraduateHires: Number(r.last_year_graduate_hires),
    }
    const key = `${r.unit_id}\u0000${r.year}`
    if (!taken.has(key)) {
      taken.add(key)
      yield* sql`INSERT INTO adoption_figures (unit_id, year, insured_staff, last_year_graduate_hires, recorded_on, recorded_by)
        VALUES (${r.unit_id}, ${Number(r.year)}, ${figures.insuredStaff}, ${figures.lastYearGraduateHires},
          ${r.created_on}, ${`migration 0008 (roster ${r.id})`})`
    }
    if (r.finalised !== null) {
      const finalised = { ...JSON.parse(r.finalised), figures }
      yield* sql`UPDATE rosters SET finalised = ${JSON.stringify(finalised)} WHERE id = ${r.id}`
    }
  }
  yield* sql`ALTER TABLE rosters DROP COLUMN insured_staff`
  yield* sql`ALTER TABLE rosters DROP COLUMN last_year_graduate_hires`
})
