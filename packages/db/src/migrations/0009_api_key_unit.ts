/**
 * The pilot unit an enterprise-HR API key is bound to (`api_keys.unit_id`, the API's `Caller.unit`):
 * a bound key creates applications, records adoption figures and works on rosters for that unit
 * only. NULL is an unbound key, which keeps the behaviour keys had before this migration (existing
 * keys stay unbound until an admin binds their holder), so nothing is backfilled.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`ALTER TABLE api_keys ADD COLUMN unit_id TEXT REFERENCES pilot_units (id)`
})
