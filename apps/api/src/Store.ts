/**
 * The API's keys as callers present them (`zc_<id>_<secret>`) and the caller a key authenticates
 * as. The SQL of the API's shared state — keys (hashed), rate-limit windows and idempotency records,
 * in the database so that any number of API processes agree — is @zhicheng/db's `ApiKeysSql` and
 * `RequestStateSql`, beside the migrations that create their tables; the rate-limit and
 * Idempotency-Key functions are re-exported here for the server.
 */
import type { SqlClient } from "@effect/sql"
import * as ApiKeysSql from "@zhicheng/db/ApiKeysSql"
import type { Role } from "@zhicheng/domain/Audit"
import { Effect } from "effect"
import type { Caller } from "./Endpoint.ts"

export {
  claimIdempotency,
  completeIdempotency,
  hit,
  type IdempotencyState,
  releaseIdempotency,
} from "@zhicheng/db/RequestStateSql"

/** A key's id (12 hex digits) and its secret (43 base64url characters), as `ApiKeysSql.create` makes them. */
const KEY = /^zc_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/

/**
 * Creates a key (`ApiKeysSql.create`) and returns it as the caller presents it; the key is shown
 * this once, only its secret's SHA-256 is stored. `unit` binds an enterprise-HR key to one pilot unit
 * (`Caller.unit`). Fails with `KeyNameInUse`, `KeyUnitMismatch` or `KeyUnitInvalid`.
 */
export const createKey = (name: string, role: Role, unit?: string) =>
  Effect.map(ApiKeysSql.create(name, role, unit), ({ secret, ...created }) => ({
    ...created,
    key: `zc_${created.id}_${secret}`,
  }))

export const revokeKey = ApiKeysSql.revoke

export const listKeys = ApiKeysSql.list

/**
 * The caller a presented key belongs to (with the pilot unit it is bound to, if any), or undefined
 * when the key is unknown, malformed or revoked.
 */
export const authenticate = (
  presented: string,
): Effect.Effect<Caller | undefined, never, SqlClient.SqlClient> => {
  const m = KEY.exec(presented)
  if (m === null) return Effect.succeed(undefined)
  const [, id, secret] = m as unknown as [string, string, string]
  return Effect.map(ApiKeysSql.verify(id, secret), (holder) =>
    holder === undefined
      ? undefined
      : {
          id: `key:${holder.name}`,
          role: holder.role,
          keyId: id,
          ...(holder.unit !== null ? { unit: holder.unit } : {}),
        },
  )
}
