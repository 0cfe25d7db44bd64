/**
 * The demo's training clock (apps/api/src/TrainingClock.ts): one row holding how many days the
 * training day stands ahead of the real day, and when the clock was first moved. A database whose
 * `moved_at` is set holds records dated on a training clock, so production configuration refuses
 * to start on it. No row means the clock was never moved.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE training_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    offset_days INTEGER NOT NULL,
    moved_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`
})
