/**
 * The admin command for API keys: `keys create <name> <role> [--unit <pilotUnitId>]`,
 * `keys revoke <id>`, `keys list` (arguments parsed by `KeyCommand.parse`). Keys are stored hashed;
 * a new key's secret is printed once. `--unit` binds an enterprise-HR key to one pilot unit.
 */
import * as Database from "@zhicheng/db/Database"
import { Effect } from "effect"
import * as KeyCommand from "../KeyCommand.ts"
import * as Startup from "../Startup.ts"
import * as Store from "../Store.ts"

const program = Effect.gen(function* () {
  const command = yield* KeyCommand.parse(process.argv.slice(2))
  switch (command._tag) {
    case "create": {
      const k = yield* Store.createKey(command.name, command.role, command.unit).pipe(
        Effect.mapError((e) => e.message),
      )
      const bound = k.unit !== undefined ? `, bound to unit ${k.unit}` : ""
      return `created key ${k.id} (${k.role}${bound}) for ${k.name}\n${k.key}\n(store it now: only its hash is kept)`
    }
    case "revoke":
      return (yield* Store.revokeKey(command.id)) ? `revoked ${command.id}` : `no active key ${command.id}`
    case "list":
      return (yield* Store.listKeys)
        .map(
          (k) =>
            `${k.id}  ${k.role.padEnd(13)} ${k.revoked_at ? `revoked ${k.revoked_at}` : "active"}  ${k.name}${k.unit_id !== null ? `  (unit ${k.unit_id})` : ""}`,
        )
        .join("\n")
  }
})

const target = Startup.targetFromEnv()
Effect.runPromise(program.pipe(Effect.provide(Database.layer(target)), Effect.either)).then((r) => {
  if (r._tag === "Left") {
    console.error(r.left)
    process.exit(2)
  }
  console.log(r.right)
})
