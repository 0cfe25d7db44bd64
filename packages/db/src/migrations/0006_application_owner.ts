/**
 * Who created an application, as a column of its own (`created_by`, domain `Application.createdBy`):
 * enterprise HR sees and acts on only the applications its own key created, and reading that from
 * each application's first transition cost one history load per row listed.
 *
 * Existing rows are backfilled from their first transition (seq 1, written in the same transaction as
 * the row by `Applications.create`). A row without one cannot be attributed to anyone: the migration
 * then fails naming such rows (and, running in the migrator's transaction, changes nothing) rather
 * than guess an owner. The column is NOT NULL on PostgreSQL; SQLite cannot add that constraint to an
 * existing table without rebuilding it, so there the repository's insert, which always writes it, is
 * what keeps it filled.
 *
 * Indexes: (created_by, created_at, id) serves an HR key's list page by page in the list order
 * (creation time, then id); (created_at, id) serves the same order unfiltered.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`ALTER TABLE applications ADD COLUMN created_by TEXT`
  yield* sql`UPDATE applications SET created_by = (
    SELECT t.actor_id FROM application_transitions t WHERE t.application_id = applications.id AND t.seq = 1
  )`
  const orphans = yield* sql<{ id: string }>`SELECT id FROM applications WHERE created_by IS NULL ORDER BY id`
  if (orphans.length > 0)
    return yield* Effect.fail(
      new Error(
        `0006_application_owner: ${orphans.length} application(s) have no first transition (seq 1) to take their creator from: ${orphans
          .slice(0, 10)
          .map((r) => r.id)
          .join(", ")}${orphans.length > 10 ? ", …" : ""}. Restore their history, then start again.`,
      ),
    )
  yield* sql.onDialectOrElse({
    pg: () => sql`ALTER TABLE applications ALTER COLUMN created_by SET NOT NULL`,
    orElse: () => Effect.void,
  })
  yield* sql`CREATE INDEX applications_created_by ON applications (created_by, created_at, id)`
  yield* sql`CREATE INDEX applications_created ON applications (created_at, id)`
})
