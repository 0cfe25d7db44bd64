/** The admin command's arguments (`keys create <name> <role> [--unit <id>]`, `keys revoke`, `keys list`). */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { parse, USAGE } from "../src/KeyCommand.ts"

const ok = (argv: ReadonlyArray<string>) => Either.getOrThrow(parse(argv))
const refused = (argv: ReadonlyArray<string>) => Either.flip(parse(argv)).pipe(Either.getOrThrow)

describe("keys command arguments", () => {
  it.each([
    [["create", "hr-a", "enterprise-hr"], { _tag: "create", name: "hr-a", role: "enterprise-hr" }],
    [
      ["create", "hr-a", "enterprise-hr", "--unit", "u-1"],
      { _tag: "create", name: "hr-a", role: "enterprise-hr", unit: "u-1" },
    ],
    [
      ["create", "--unit=u-1", "hr-a", "enterprise-hr"],
      { _tag: "create", name: "hr-a", role: "enterprise-hr", unit: "u-1" },
    ],
    [
      ["create", "hr-a", "--unit", "u-1", "enterprise-hr"],
      { _tag: "create", name: "hr-a", role: "enterprise-hr", unit: "u-1" },
    ],
    [["create", "ops", "clerk"], { _tag: "create", name: "ops", role: "clerk" }],
    [["revoke", "0123456789ab"], { _tag: "revoke", id: "0123456789ab" }],
    [["list"], { _tag: "list" }],
  ] as const)("%j", (argv, command) => {
    expect(ok(argv)).toEqual(command)
  })

  it.each([
    [["create", "hr-a", "enterprise-hr", "--unit"], "--unit needs a pilot unit id"],
    [["create", "hr-a", "enterprise-hr", "--unit="], "--unit needs a pilot unit id"],
    [["create", "hr-a", "enterprise-hr", "--unit", "--other"], "--unit needs a pilot unit id"],
    [["create", "hr-a", "enterprise-hr", "--unit", "u-1", "--unit", "u-2"], "--unit is given twice"],
    [["create", "ops", "clerk", "--unit", "u-1"], "a clerk key cannot be bound"],
    [["create", "hr-a", "enterprise-hr", "--units", "u-1"], "unknown option --units"],
    [
      ["create", "hr-a", "hr"],
      'role must be one of public, enterprise-hr, clerk, committee, admin, got "hr"',
    ],
    [["create", "hr-a"], USAGE],
    [["create", "hr-a", "enterprise-hr", "u-1"], USAGE],
    [["revoke"], USAGE],
    [["list", "extra"], USAGE],
    [[], USAGE],
    [["rotate", "x"], USAGE],
  ] as const)("%j is refused", (argv, message) => {
    expect(refused(argv)).toContain(message)
  })
})
