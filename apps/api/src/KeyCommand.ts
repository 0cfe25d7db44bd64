/**
 * The arguments of the admin command for API keys (`src/bin/keys.ts`), parsed apart from running
 * it so that the parsing is tested: `keys create <name> <role> [--unit <pilotUnitId>]`,
 * `keys revoke <id>`, `keys list`.
 */
import type { Role } from "@zhicheng/domain/Audit"
import { Either, Schema } from "effect"

/** Roles an API key may carry ("system" is the server itself, never a caller). */
export const KeyRole = Schema.Literal("public", "enterprise-hr", "clerk", "committee", "admin")

export type KeyCommand =
  | {
      readonly _tag: "create"
      readonly name: string
      readonly role: Role
      /** The pilot unit an enterprise-HR key is bound to (`--unit`). */
      readonly unit?: string
    }
  | { readonly _tag: "revoke"; readonly id: string }
  | { readonly _tag: "list" }

export const USAGE =
  "usage: keys create <name> <role: public|enterprise-hr|clerk|committee|admin> [--unit <pilotUnitId>] | keys revoke <id> | keys list\n  --unit binds an enterprise-hr key to one pilot unit: it then acts for that unit only"

/**
 * The command `argv` (the arguments after `keys`) asks for, or the message saying what is wrong.
 * `--unit <id>` (or `--unit=<id>`) may stand anywhere after `create`, once, and only with the
 * enterprise-hr role.
 */
export const parse = (argv: ReadonlyArray<string>): Either.Either<KeyCommand, string> => {
  const [cmd, ...rest] = argv
  switch (cmd) {
    case "create": {
      const positional: Array<string> = []
      let unit: string | undefined
      for (let i = 0; i < rest.length; i++) {
        const arg = rest[i] as string
        if (arg === "--unit" || arg.startsWith("--unit=")) {
          if (unit !== undefined) return Either.left("--unit is given twice: a key is bound to one unit")
          const value = arg === "--unit" ? rest[++i] : arg.slice("--unit=".length)
          if (value === undefined || value.trim() === "" || value.startsWith("--"))
            return Either.left("--unit needs a pilot unit id: --unit <pilotUnitId>")
          unit = value
        } else if (arg.startsWith("--")) return Either.left(`unknown option ${arg}\n${USAGE}`)
        else positional.push(arg)
      }
      const [name, role, ...extra] = positional
      if (!name || !role || extra.length > 0) return Either.left(USAGE)
      if (!Schema.is(KeyRole)(role))
        return Either.left(`role must be one of ${KeyRole.literals.join(", ")}, got "${role}"`)
      if (unit !== undefined && role !== "enterprise-hr")
        return Either.left(
          `--unit binds an enterprise-hr key to its pilot unit; a ${role} key cannot be bound`,
        )
      return Either.right({ _tag: "create", name, role, ...(unit !== undefined ? { unit } : {}) })
    }
    case "revoke": {
      const [id, ...extra] = rest
      return id && extra.length === 0 ? Either.right({ _tag: "revoke", id }) : Either.left(USAGE)
    }
    case "list":
      return rest.length === 0 ? Either.right({ _tag: "list" }) : Either.left(USAGE)
    default:
      return Either.left(USAGE)
  }
}
