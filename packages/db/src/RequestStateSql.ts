/**
 * The API's per-request state in SQL (tables `rate_limits` and `idempotency_keys`, migration 0005):
 * rate-limit windows and Idempotency-Key records, in the database so that any number of API
 * processes behind a load balancer count and replay together.
 */
import { createHash } from "node:crypto"
import { SqlClient } from "@effect/sql"
import { Clock, Effect } from "effect"

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex")

/**
 * Counts a hit in a fixed window and says whether it is within `limit`. One UPSERT, so concurrent
 * processes count together; old windows are pruned now and then.
 */
export const hit = (bucket: string, limit: number, windowSeconds: number) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const now = yield* Clock.currentTimeMillis
    const windowStart = Math.floor(now / 1000 / windowSeconds) * windowSeconds
    const [row] = yield* sql<{ hits: number }>`
      INSERT INTO rate_limits (bucket, window_start, hits) VALUES (${bucket}, ${windowStart}, 1)
      ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1
      RETURNING hits`
    if (Math.random() < 0.01) yield* sql`DELETE FROM rate_limits WHERE window_start < ${windowStart - 3600}`
    const hits = Number(row?.hits ?? 1)
    return {
      allowed: hits <= limit,
      hits,
      limit,
      retryAfter: windowStart + windowSeconds - Math.floor(now / 1000),
    }
  }).pipe(Effect.orDie)

export type IdempotencyState =
  | { readonly _tag: "New" }
  | { readonly _tag: "Replay"; readonly status: number; readonly response: string }
  | { readonly _tag: "InFlight" }
  | { readonly _tag: "Mismatch" }

/**
 * Claims an Idempotency-Key for a caller. The first request claims it; a retry with the same
 * method, path and body replays the stored response; a different request with the same key is a
 * mismatch; a retry while the first is still running is in flight.
 */
export const claimIdempotency = (caller: string, key: string, method: string, path: string, body: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const bodyHash = sha256(body)
    const at = new Date(yield* Clock.currentTimeMillis).toISOString()
    const inserted = yield* sql`
      INSERT INTO idempotency_keys (caller, key, method, path, body_hash, created_at)
      VALUES (${caller}, ${key}, ${method}, ${path}, ${bodyHash}, ${at})
      ON CONFLICT (caller, key) DO NOTHING RETURNING key`
    if (inserted.length > 0) return { _tag: "New" } as IdempotencyState
    const [row] = yield* sql<{
      method: string
      path: string
      body_hash: string
      status: number | null
      response: string | null
    }>`
      SELECT method, path, body_hash, status, response FROM idempotency_keys WHERE caller = ${caller} AND key = ${key}`
    if (row === undefined) return { _tag: "InFlight" } as IdempotencyState
    if (row.method !== method || row.path !== path || row.body_hash !== bodyHash)
      return { _tag: "Mismatch" } as IdempotencyState
    if (row.status === null || row.response === null) return { _tag: "InFlight" } as IdempotencyState
    return { _tag: "Replay", status: Number(row.status), response: row.response } as IdempotencyState
  }).pipe(Effect.orDie)

/** Stores the first attempt's response, which retries with the same key then replay. */
export const completeIdempotency = (caller: string, key: string, status: number, response: string) =>
  Effect.flatMap(
    SqlClient.SqlClient,
    (sql) =>
      sql`UPDATE idempotency_keys SET status = ${status}, response = ${response} WHERE caller = ${caller} AND key = ${key}`,
  ).pipe(Effect.asVoid, Effect.orDie)

/** A failed first attempt releases its key so that a retry can run. */
export const releaseIdempotency = (caller: string, key: string) =>
  Effect.flatMap(
    SqlClient.SqlClient,
    (sql) => sql`DELETE FROM idempotency_keys WHERE caller = ${caller} AND key = ${key} AND status IS NULL`,
  ).pipe(Effect.asVoid, Effect.orDie)
