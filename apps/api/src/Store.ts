/**
 * The API's shared state in the database — API keys (hashed), rate-limit windows and idempotency
 * records — so that any number of API processes behind a load balancer agree.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto"
import { SqlClient } from "@effect/sql"
import type { Role } from "@zhicheng/domain/Audit"
import { Clock, Effect, Schema } from "effect"
import type { Caller } from "./Endpoint.ts"

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex")

export interface ApiKeyRow {
  readonly id: string
  readonly name: string
  readonly role: Role
  /** The pilot unit an enterprise-HR key is bound to; null when unbound. */
  readonly unit_id: string | null
  readonly created_at: string
  readonly revoked_at: string | null
}

/**
 * A key's name is its holder: the caller id is `key:<name>`, so keys under one name act as one
 * holder (in the audit log and as the owner of the applications they create). That is how a holder
 * rotates a key — create the new one under the same name, then revoke the old — and why one name
 * may not be given a second role.
 */
export class KeyNameInUse extends Schema.TaggedError<KeyNameInUse>()("KeyNameInUse", {
  name: Schema.String,
  role: Schema.String,
  message: Schema.String,
}) {}

/**
 * The holder's active keys are bound to another pilot unit (or to none, or this one is unbound and
 * they are bound): the keys under one name act as one holder, so they must agree on the unit as on
 * the role. Revoked keys no longer act and do not count, which is how an admin binds (or rebinds) a
 * holder: revoke its keys, then create the bound one under the same name.
 */
export class KeyUnitMismatch extends Schema.TaggedError<KeyUnitMismatch>()("KeyUnitMismatch", {
  name: Schema.String,
  /** The unit the holder's active keys are bound to; null when they are unbound. */
  unit: Schema.NullOr(Schema.String),
  message: Schema.String,
}) {}

/** A unit binding that cannot be made: the role is not enterprise HR, or no pilot unit has the id. */
export class KeyUnitInvalid extends Schema.TaggedError<KeyUnitInvalid>()("KeyUnitInvalid", {
  unit: Schema.String,
  message: Schema.String,
}) {}

const unitName = (unit: string | null) => (unit === null ? "no unit (unbound)" : `pilot unit ${unit}`)

/**
 * Creates a key; the secret is returned once and only its SHA-256 is stored (it is 256 random bits).
 * `unit` binds an enterprise-HR key to one pilot unit (`Caller.unit`): its creates, adoption figures
 * and roster work are then refused for any other unit. Without it the key is unbound.
 */
export const createKey = (
  name: string,
  role: Role,
  unit?: string,
): Effect.Effect<
  {
    readonly id: string
    readonly name: string
    readonly role: Role
    readonly unit?: string
    readonly key: string
  },
  KeyNameInUse | KeyUnitMismatch | KeyUnitInvalid,
  SqlClient.SqlClient
> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [other] = yield* sql<{
      role: string
    }>`SELECT role FROM api_keys WHERE name = ${name} AND role <> ${role} LIMIT 1`.pipe(Effect.orDie)
    if (other !== undefined)
      return yield* new KeyNameInUse({
        name,
        role: other.role,
        message: `the name "${name}" belongs to a ${other.role} key holder: a name is one holder with one role; choose another name`,
      })
    if (unit !== undefined) {
      if (role !== "enterprise-hr")
        return yield* new KeyUnitInvalid({
          unit,
          message: `only an enterprise-hr key may be bound to a pilot unit, not a ${role} key`,
        })
      const [known] = yield* sql<{ id: string }>`SELECT id FROM pilot_units WHERE id = ${unit}`.pipe(
        Effect.orDie,
      )
      if (known === undefined)
        return yield* new KeyUnitInvalid({
          unit,
          message: `no pilot unit has the id "${unit}": a key is bound to a unit that has applied (POST /api/v1/pilot-units)`,
        })
    }
    const mine = unit ?? null
    const active = yield* sql<{ unit_id: string | null }>`
      SELECT unit_id FROM api_keys WHERE name = ${name} AND revoked_at IS NULL`.pipe(Effect.orDie)
    const differing = active.find((k) => k.unit_id !== mine)
    if (differing !== undefined)
      return yield* new KeyUnitMismatch({
        name,
        unit: differing.unit_id,
        message: `the holder "${name}" has active keys bound to ${unitName(differing.unit_id)}, and this key would be bound to ${unitName(mine)}: keys under one name agree on the unit; revoke the holder's keys first to rebind it`,
      })
    const id = randomBytes(6).toString("hex")
    const secret = randomBytes(32).toString("base64url")
    const at = new Date(yield* Clock.currentTimeMillis).toISOString()
    yield* sql`INSERT INTO api_keys (id, name, role, unit_id, secret_hash, created_at) VALUES (${id}, ${name}, ${role}, ${mine}, ${sha256(secret)}, ${at})`.pipe(
      Effect.orDie,
    )
    return { id, name, role, ...(unit !== undefined ? { unit } : {}), key: `zc_${id}_${secret}` }
  })

export const revokeKey = (id: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const at = new Date(yield* Clock.currentTimeMillis).toISOString()
    const rows =
      yield* sql`UPDATE api_keys SET revoked_at = ${at} WHERE id = ${id} AND revoked_at IS NULL RETURNING id`
    return rows.length > 0
  }).pipe(Effect.orDie)

export const listKeys = Effect.flatMap(
  SqlClient.SqlClient,
  (sql) =>
    sql<ApiKeyRow>`SELECT id, name, role, unit_id, created_at, revoked_at FROM api_keys ORDER BY created_at`,
).pipe(Effect.orDie)

/**
 * The caller a presented key belongs to (with the pilot unit it is bound to, if any), or undefined
 * when the key is unknown, malformed or revoked.
 */
export const authenticate = (presented: string) =>
  Effect.gen(function* () {
    const m = /^zc_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(presented)
    if (m === null) return undefined
    const [, id, secret] = m as unknown as [string, string, string]
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql<{
      role: Role
      secret_hash: string
      revoked_at: string | null
      name: string
      unit_id: string | null
    }>`
      SELECT role, secret_hash, revoked_at, name, unit_id FROM api_keys WHERE id = ${id}`
    if (row === undefined || row.revoked_at !== null) return undefined
    const ok = timingSafeEqual(Buffer.from(row.secret_hash, "hex"), Buffer.from(sha256(secret), "hex"))
    if (!ok) return undefined
    return {
      id: `key:${row.name}`,
      role: row.role,
      keyId: id,
      ...(row.unit_id !== null ? { unit: row.unit_id } : {}),
    } satisfies Caller
  }).pipe(Effect.orDie)

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
