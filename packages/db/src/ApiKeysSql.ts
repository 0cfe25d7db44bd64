/**
 * The API's keys in SQL (table `api_keys`, migrations 0005 and 0009): only a key's SHA-256 is
 * stored, so that any number of API processes share the keys and a leaked table opens nothing. The
 * format callers present a key in (`zc_<id>_<secret>`) and the caller it authenticates as are the
 * API's (apps/api/src/Store.ts).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto"
import { SqlClient } from "@effect/sql"
import type { Role } from "@zhicheng/domain/Audit"
import * as ErrorKind from "@zhicheng/domain/ErrorKind"
import { Clock, Effect, Schema } from "effect"

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
export class KeyNameInUse extends Schema.TaggedError<KeyNameInUse>()(
  "KeyNameInUse",
  {
    name: Schema.String,
    role: Schema.String,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

/**
 * The holder's active keys are bound to another pilot unit (or to none, or this one is unbound and
 * they are bound): the keys under one name act as one holder, so they must agree on the unit as on
 * the role. Revoked keys no longer act and do not count, which is how an admin binds (or rebinds) a
 * holder: revoke its keys, then create the bound one under the same name.
 */
export class KeyUnitMismatch extends Schema.TaggedError<KeyUnitMismatch>()(
  "KeyUnitMismatch",
  {
    name: Schema.String,
    /** The unit the holder's active keys are bound to; null when they are unbound. */
    unit: Schema.NullOr(Schema.String),
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

/** A unit binding that cannot be made: the role is not enterprise HR, or no pilot unit has the id. */
export class KeyUnitInvalid extends Schema.TaggedError<KeyUnitInvalid>()(
  "KeyUnitInvalid",
  {
    unit: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

const unitName = (unit: string | null) => (unit === null ? "no unit (unbound)" : `pilot unit ${unit}`)

/** A key just created: `secret` is returned this once and never stored. */
export interface Created {
  /** 12 lowercase hex digits (48 random bits). */
  readonly id: string
  readonly name: string
  readonly role: Role
  readonly unit?: string
  /** 43 base64url characters (256 random bits); only its SHA-256 is stored. */
  readonly secret: string
}

/**
 * Creates a key for holder `name` with `role`. `unit` binds an enterprise-HR key to one pilot unit:
 * the API then refuses its creates, adoption figures and roster work for any other unit. Without it
 * the key is unbound.
 */
export const create = (
  name: string,
  role: Role,
  unit?: string,
): Effect.Effect<Created, KeyNameInUse | KeyUnitMismatch | KeyUnitInvalid, SqlClient.SqlClient> =>
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
    return { id, name, role, ...(unit !== undefined ? { unit } : {}), secret }
  })

/** Revokes key `id`; false when no active key has that id. */
export const revoke = (id: string): Effect.Effect<boolean, never, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const at = new Date(yield* Clock.currentTimeMillis).toISOString()
    const rows =
      yield* sql`UPDATE api_keys SET revoked_at = ${at} WHERE id = ${id} AND revoked_at IS NULL RETURNING id`
    return rows.length > 0
  }).pipe(Effect.orDie)

/** Every key, revoked ones included, oldest first (never a secret or its hash). */
export const list: Effect.Effect<ReadonlyArray<ApiKeyRow>, never, SqlClient.SqlClient> = Effect.flatMap(
  SqlClient.SqlClient,
  (sql) =>
    sql<ApiKeyRow>`SELECT id, name, role, unit_id, created_at, revoked_at FROM api_keys ORDER BY created_at`,
).pipe(Effect.orDie)

/** Whom an active key acts for. */
export interface Holder {
  readonly name: string
  readonly role: Role
  /** The pilot unit the key is bound to; null when unbound. */
  readonly unit: string | null
}

/**
 * The holder of key `id` when `secret` is its secret (compared in constant time) and the key is not
 * revoked; undefined otherwise.
 */
export const verify = (
  id: string,
  secret: string,
): Effect.Effect<Holder | undefined, never, SqlClient.SqlClient> =>
  Effect.gen(function* () {
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
    return ok ? { name: row.name, role: row.role, unit: row.unit_id } : undefined
  }).pipe(Effect.orDie)
