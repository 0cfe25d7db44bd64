/**
 * The admin command for API keys: `keys create <name> <role>`, `keys revoke <id>`, `keys list`.
 * Keys are stored hashed; a new key's secret is printed once.
 */
import * as Database from "@zhicheng/db/Database"
import { Effect, Schema } from "effect"
import * as Store from "../Store.ts"

/** Roles an API key may carry ("system" is the server itself, never a caller). */
const KeyRole = Schema.Literal("public", "enterprise-hr", "clerk", "committee", "admin")

const [cmd, ...args] = process.argv.slice(2)
const usage =
  "usage: keys create <name> <role: public|enterprise-hr|clerk|committee|admin> | keys revoke <id> | keys list"

const program = Effect.gen(function* () {
  switch (cmd) {
    case "create": {
      const [name, role] = args
      if (!name || !role) return yield* Effect.fail(usage)
      const r = yield* Schema.decodeUnknown(KeyRole)(role).pipe(
        Effect.mapError(() => `role must be one of ${KeyRole.literals.join(", ")}, got "${role}"`),
      )
      const k = yield* Store.createKey(name, r).pipe(Effect.mapError((e) => e.message))
      return `created key ${k.id} (${k.role}) for ${k.name}\n${k.key}\n(store it now: only its hash is kept)`
    }
    case "revoke": {
      const [id] = args
      if (!id) return yield* Effect.fail(usage)
      return (yield* Store.revokeKey(id)) ? `revoked ${id}` : `no active key ${id}`
    }
    case "list":
      return (yield* Store.listKeys)
        .map(
          (k) =>
            `${k.id}  ${k.role.padEnd(13)} ${k.revoked_at ? `revoked ${k.revoked_at}` : "active"}  ${k.name}`,
        )
        .join("\n")
    default:
      return yield* Effect.fail(usage)
  }
})

const target = Effect.runSync(Database.targetFromEnv)
Effect.runPromise(program.pipe(Effect.provide(Database.layer(target)), Effect.either)).then((r) => {
  if (r._tag === "Left") {
    console.error(r.left)
    process.exit(2)
  }
  console.log(r.right)
})
