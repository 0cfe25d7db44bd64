/**
 * Who the caller is: the holder's name, its role and, for a key bound to a pilot unit, that unit.
 * A front end signs in by presenting a key and shows whose it is (the counter's header); without
 * a key the answer is the anonymous public caller. An unknown or revoked key is 401, as everywhere.
 */
import { Role } from "@zhicheng/domain/Audit"
import { Effect, Schema } from "effect"
import { endpoint } from "../Endpoint.ts"

const Me = Schema.Struct({
  /** The caller id the audit log records (`key:<name>`, or `anonymous`). */
  id: Schema.String,
  /** The key holder's name (`anonymous` without a key). */
  name: Schema.String,
  role: Role,
  /** The pilot unit the key is bound to, when it is. */
  unit: Schema.optional(Schema.String),
}).annotations({ identifier: "Me" })

export const me = [
  endpoint({
    method: "get",
    path: "/api/v1/me",
    operationId: "me",
    summary: "The caller: the key holder's name, role and bound pilot unit",
    tag: "me",
    roles: "public",
    response: { status: 200, description: "The caller", schema: Me },
    problems: [],
    handler: ({ caller }) =>
      Effect.succeed({
        id: caller.id,
        name: caller.id.startsWith("key:") ? caller.id.slice("key:".length) : caller.id,
        role: caller.role,
        ...(caller.unit !== undefined ? { unit: caller.unit } : {}),
      }),
  }),
]
