/**
 * The title level an application seeks (domain `Application.target`), as two columns: `target_level`
 * and `target_grade` (a junior title's grade, where one is named). On a track open at "any" level the
 * eligibility re-runs ask about this level and the certificate must print it.
 *
 * Backfill: a row whose track names a level takes the track's level and grade, looked up in the
 * registry as it stands when this migration runs (`Registry.EDITIONS`). A row on a track open at
 * "any" level — or on a track the registry no longer has — is left NULL, which the repository reads
 * back as "not recorded": no level can be inferred without asking. Such a row cannot be submitted
 * (`InvalidTarget`) and gets no certificate (`IssueInputRejected`, field `level`) until a clerk records
 * the level (`Applications.recordTarget`, audited); its later steps (unit review, publicity,
 * recommendation) go on as before, the recommendation's eligibility re-run asking about no level.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  // Loaded only when this migration runs: every rule of every edition is a third of what a process
  // that opens the database loads (the `keys` command's start-up, issue #8.15).
  const Registry = yield* Effect.promise(() => import("@zhicheng/domain/Registry"))
  yield* sql`ALTER TABLE applications ADD COLUMN target_level TEXT`
  yield* sql`ALTER TABLE applications ADD COLUMN target_grade TEXT`
  const tracks = yield* sql<{ edition: string; track: string }>`
    SELECT DISTINCT edition, track FROM applications ORDER BY edition, track`
  for (const { edition, track } of tracks) {
    const target = Registry.EDITIONS.find((e) => e.id === edition)?.tracks.find((t) => t.id === track)?.target
    if (target === undefined || target.level === "any") continue
    yield* sql`UPDATE applications SET target_level = ${target.level}, target_grade = ${target.grade ?? null}
      WHERE edition = ${edition} AND track = ${track}`
  }
})
