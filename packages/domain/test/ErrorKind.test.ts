import { readdirSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import * as ErrorKind from "../src/ErrorKind.ts"

const SRC = join(import.meta.dirname, "..", "src")

const sources = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  )

/** Schema classes whose instances are errors: what `Schema.TaggedError` declares. */
const isErrorClass = (v: unknown): v is Schema.Schema.Any & (abstract new (...args: never) => unknown) =>
  typeof v === "function" && v.prototype instanceof Error && "ast" in v

/** Every tagged error class exported by any module of the domain's src, with where it is. */
const exportedErrors = async () => {
  const out: Array<{ readonly where: string; readonly cls: unknown }> = []
  for (const file of sources(SRC)) {
    const mod = (await import(file)) as Record<string, unknown>
    for (const [name, v] of Object.entries(mod))
      if (isErrorClass(v)) out.push({ where: `${relative(SRC, file)} ${name}`, cls: v })
  }
  return out
}

describe("ErrorKind", () => {
  it("is declared by every tagged error the domain exports", async () => {
    const errors = await exportedErrors()
    expect(errors.length).toBeGreaterThan(50)
    const undeclared = errors.filter((e) => ErrorKind.ofClass(e.cls) === undefined).map((e) => e.where)
    expect(
      undeclared,
      "tagged errors without ErrorKind (add ErrorKind.<kind> as the class's annotation)",
    ).toEqual([])
    for (const e of errors) expect(ErrorKind.KINDS).toContain(ErrorKind.ofClass(e.cls))
  })

  it("reads the kind from an error value, and nothing from what declares none", () => {
    class Declared extends Schema.TaggedError<Declared>()(
      "Declared",
      { message: Schema.String },
      ErrorKind.conflict,
    ) {}
    class Undeclared extends Schema.TaggedError<Undeclared>()("Undeclared", { message: Schema.String }) {}
    expect(ErrorKind.of(new Declared({ message: "x" }))).toBe("conflict")
    expect(ErrorKind.ofClass(Declared)).toBe("conflict")
    expect(ErrorKind.of(new Undeclared({ message: "x" }))).toBeUndefined()
    expect(ErrorKind.of({ _tag: "Declared" })).toBeUndefined()
    expect(ErrorKind.of(null)).toBeUndefined()
    expect(ErrorKind.of("conflict")).toBeUndefined()
  })
})
