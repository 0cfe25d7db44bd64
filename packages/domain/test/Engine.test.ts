import { readFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import * as Eligibility from "../src/Eligibility.ts"
import * as Engine from "../src/Engine.ts"

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "src")

/** Relative modules a source file imports for their values (`import type` and `export type` carry none). */
const valueImports = (file: string): ReadonlyArray<string> => {
  const code = readFileSync(file, "utf8")
  const specs = [
    ...code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+"(\.[^"]+)"/gms),
    ...code.matchAll(/^import\s+"(\.[^"]+)"/gm),
  ].map((m) => m[1] ?? "")
  return specs.map((s) => join(dirname(file), s))
}

/** Every module a bundler must place beside `entry`: its static value imports, transitively. */
const staticGraph = (entry: string): ReadonlyArray<string> => {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const f of valueImports(file)) visit(f)
  }
  visit(entry)
  return [...seen].map((f) => relative(SRC, f)).sort()
}

describe("the engine's entry module", () => {
  // A page for one place loads that place's editions on demand (`places/index.ts`); were the
  // engine to import the registry statically, a bundler would put every place's rules into the
  // page's first download (the site's self-check shipped them all, issue #10).
  it("imports no registry and no place's rules, so the self-check ships only the place it loads", () => {
    const rulesIn = (entry: string) =>
      staticGraph(join(SRC, entry)).filter(
        (f) =>
          f === "Registry.ts" ||
          (f.startsWith("policies/") && f !== "policies/documents.ts") ||
          (f.startsWith("places/") && f !== "places/catalog.ts" && f !== "places/jurisdictions.ts"),
      )
    expect(staticGraph(join(SRC, "Engine.ts"))).toContain("Condition.ts")
    expect(rulesIn("Engine.ts")).toEqual([])
    // The walk does see them where they are imported: the server's module reaches every place.
    expect(rulesIn("Eligibility.ts")).toContain("Registry.ts")
    expect(rulesIn("Eligibility.ts")).toContain("policies/shangyu.ts")
  })

  it("is what Eligibility re-exports, so the server and a page run the same functions", () => {
    expect(Eligibility.evaluateWith).toBe(Engine.evaluateWith)
    expect(Eligibility.summarize).toBe(Engine.summarize)
    expect(Eligibility.evaluateTrack).toBe(Engine.evaluateTrack)
  })

  it("takes what the API decodes: Eligibility.Request's schema has the engine's Request as its type", () => {
    expectTypeOf<Eligibility.Request>().toEqualTypeOf<Engine.Request>()
    expect(Object.keys(Eligibility.Request.fields)).toEqual([
      "profile",
      "asOf",
      "jurisdiction",
      "edition",
      "target",
    ])
  })

  // The profile's schemas (with Text's and ResidentId's) are the bulk of what keeps effect/Schema in
  // a bundle; the engine, the interview and the labels need only the profile's types (issue #10).
  it("imports no schema of the profile, nor does the interview or the labels", () => {
    const SCHEMAS = ["Profile.ts", "Text.ts", "ResidentId.ts"]
    for (const entry of ["Engine.ts", "Interview.ts", "Labels.ts", "places/index.ts"])
      expect(
        staticGraph(join(SRC, entry)).filter((f) => SCHEMAS.includes(f)),
        entry,
      ).toEqual([])
    // The walk sees them where they are imported for their values: the request's schema.
    expect(staticGraph(join(SRC, "Eligibility.ts"))).toContain("Profile.ts")
  })
})
