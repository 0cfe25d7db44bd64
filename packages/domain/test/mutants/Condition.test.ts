/**
 * What the mutation run (bench:mutation) found untested in Condition.ts: whole explanation trees
 * (outcome, missing fields, the day an unmet combination will be met) against a reference evaluator
 * written here from the rules in the module's doc comments, plus reviews' evidence, shared conditions
 * and `unique`.
 */
import { describe, expect, it } from "@effect/vitest"
import type { Citation } from "@zhicheng/domain/Citation"
import { type CivilDate, make } from "@zhicheng/domain/CivilDate"
import * as C from "@zhicheng/domain/Condition"
import { FastCheck as fc } from "effect"

const citation: Citation = { document: "zhicheng-rulings", article: "test", quote: "test" }
const text = { zh: "测试", en: "test" }
const reference = make("2024-01-01")
const ctx: C.Context = { profile: {}, asOf: reference, reference }

/** A tree described as data, so the reference below can judge it without the module. */
type Node =
  | {
      readonly tag: "Leaf"
      readonly outcome: C.Outcome
      readonly missing: ReadonlyArray<string>
      readonly metOn?: CivilDate
    }
  | { readonly tag: "Review" }
  | { readonly tag: "All" | "Any"; readonly children: ReadonlyArray<Node> }
  | { readonly tag: "AtLeast"; readonly n: number; readonly children: ReadonlyArray<Node> }

const build = (node: Node, id: string): C.Condition => {
  const spec = { id, text, citation }
  switch (node.tag) {
    case "Leaf":
      return C.leaf({
        ...spec,
        check: () => ({
          outcome: node.outcome,
          observed: `saw ${id}`,
          ...(node.outcome === "unknown" || node.missing.length > 0 ? { missing: node.missing } : {}),
          ...(node.metOn === undefined ? {} : { metOn: node.metOn }),
        }),
      })
    case "Review":
      return C.review(spec)
    case "All":
      return C.all(
        spec,
        node.children.map((k, i) => build(k, `${id}.${i}`)),
      )
    case "Any":
      return C.any(
        spec,
        node.children.map((k, i) => build(k, `${id}.${i}`)),
      )
    case "AtLeast":
      return C.atLeast(
        node.n,
        spec,
        node.children.map((k, i) => build(k, `${id}.${i}`)),
      )
  }
}

interface Expected {
  readonly outcome: C.Outcome
  readonly missing: ReadonlyArray<string>
  readonly metOn: CivilDate | undefined
}

const dedupe = (xs: ReadonlyArray<string>) => [...new Set(xs)]

/** The rules as documented: all / any / at least n, four-valued; metOn per `metOnOf`'s comment. */
const judge = (node: Node): Expected => {
  if (node.tag === "Leaf")
    return {
      outcome: node.outcome,
      missing: node.outcome === "unknown" ? dedupe(node.missing) : [],
      metOn: node.outcome === "unmet" ? node.metOn : undefined,
    }
  if (node.tag === "Review") return { outcome: "review", missing: [], metOn: undefined }
  const kids = node.children.map(judge)
  const count = (o: C.Outcome) => kids.filter((k) => k.outcome === o).length
  const need = node.tag === "AtLeast" ? node.n : node.tag === "Any" ? 1 : kids.length
  const outcome: C.Outcome =
    node.tag === "All"
      ? count("unmet") > 0
        ? "unmet"
        : count("unknown") > 0
          ? "unknown"
          : count("review") > 0
            ? "review"
            : "met"
      : count("met") >= need
        ? "met"
        : count("met") + count("review") + count("unknown") < need
          ? "unmet"
          : count("met") + count("review") >= need
            ? "review"
            : "unknown"
  const missing = outcome === "unknown" || outcome === "review" ? dedupe(kids.flatMap((k) => k.missing)) : []
  let metOn: CivilDate | undefined
  if (outcome === "unmet") {
    if (node.tag === "All") {
      const waiting = kids.filter((k) => k.outcome === "unmet")
      metOn = waiting.every((k) => k.metOn !== undefined)
        ? waiting
            .map((k) => k.metOn as CivilDate)
            .sort()
            .at(-1)
        : undefined
    } else {
      const days = kids
        .map((k) => (k.outcome === "met" ? reference : k.metOn))
        .filter((d): d is CivilDate => d !== undefined)
        .sort()
      metOn = days.length >= need ? days[need - 1] : undefined
    }
  }
  return { outcome, missing, metOn }
}

const day = fc
  .integer({ min: 0, max: 800 })
  .map((n) => make(new Date(Date.UTC(2024, 0, 2 + n)).toISOString().slice(0, 10)))
const leafNode: fc.Arbitrary<Node> = fc.record(
  {
    tag: fc.constant("Leaf" as const),
    outcome: fc.constantFrom<C.Outcome>("met", "unmet", "unknown", "review"),
    missing: fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 3 }),
    metOn: day,
  },
  { requiredKeys: ["tag", "outcome", "missing"] },
)
const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafNode,
    fc.constant({ tag: "Review" } as const),
    fc.record({
      tag: fc.constantFrom("All" as const, "Any" as const),
      children: fc.array(tie("node"), { minLength: 1, maxLength: 4 }),
    }),
    fc
      .array(tie("node"), { minLength: 1, maxLength: 4 })
      .chain((children) =>
        fc.integer({ min: 1, max: children.length }).map((n) => ({ tag: "AtLeast" as const, n, children })),
      ),
  ),
})).node

const compareTree = (node: Node, r: C.Result) => {
  const e = judge(node)
  expect({ outcome: r.outcome, missing: r.missing, metOn: r.metOn }).toEqual(e)
  if (node.tag === "All" || node.tag === "Any" || node.tag === "AtLeast") {
    expect(r.kind).toBe(node.tag)
    expect(r.n).toBe(node.tag === "AtLeast" ? node.n : undefined)
    node.children.forEach((k, i) => {
      compareTree(k, r.children?.[i] as C.Result)
    })
  } else expect(r.kind).toBe(node.tag)
}

describe("Condition (mutation gaps)", () => {
  it("property: every node's outcome, missing fields and met-on day follow the documented rules", () => {
    fc.assert(
      fc.property(tree, (node) => compareTree(node, C.evaluate(build(node, "r"), ctx))),
      { numRuns: 600 },
    )
  })

  it("property: allOutcome and atLeastOutcome combine outcomes as the documented rules do", () => {
    const outcomes = fc.array(fc.constantFrom<C.Outcome>("met", "unmet", "unknown", "review"), {
      minLength: 1,
      maxLength: 6,
    })
    const leaves = (os: ReadonlyArray<C.Outcome>): ReadonlyArray<Node> =>
      os.map((outcome) => ({ tag: "Leaf", outcome, missing: [] }))
    fc.assert(
      fc.property(outcomes, fc.nat(), (os, k) => {
        const n = 1 + (k % os.length)
        expect(C.allOutcome(os)).toBe(judge({ tag: "All", children: leaves(os) }).outcome)
        expect(C.atLeastOutcome(n, os)).toBe(judge({ tag: "AtLeast", n, children: leaves(os) }).outcome)
      }),
      { numRuns: 500 },
    )
  })

  it("a leaf's result carries what the check observed; a met leaf carries no met-on day", () => {
    const r = C.evaluate(
      build({ tag: "Leaf", outcome: "met", missing: [], metOn: make("2025-01-01") }, "x"),
      ctx,
    )
    expect(r).toEqual({
      id: "x",
      kind: "Leaf",
      text,
      citation,
      outcome: "met",
      observed: "saw x",
      missing: [],
    })
  })

  it("a review shows the statement on record for its id, and only that one", () => {
    const c = C.review({ id: "ethics", text, citation })
    const profile = { achievements: { statements: { ethics: "no violations", other: "x" } } }
    expect(C.evaluate(c, { ...ctx, profile: profile as C.Context["profile"] })).toMatchObject({
      kind: "Review",
      outcome: "review",
      evidence: "no violations",
    })
    expect(C.evaluate(c, ctx)).toEqual({
      id: "ethics",
      kind: "Review",
      text,
      citation,
      outcome: "review",
      missing: [],
    })
    const noStatements = { ...ctx, profile: { achievements: {} } as C.Context["profile"] }
    expect(C.evaluate(c, noStatements)).not.toHaveProperty("evidence")
  })

  it("a condition shared by several branches is checked once per evaluation", () => {
    let calls = 0
    const shared = C.leaf({
      id: "s",
      text,
      citation,
      check: () => {
        calls++
        return { outcome: "met", observed: "" }
      },
    })
    const root = C.all({ id: "r", text, citation }, [
      shared,
      C.any({ id: "a", text, citation }, [shared]),
      shared,
    ])
    expect(C.evaluate(root, ctx).outcome).toBe("met")
    expect(calls).toBe(1)
    C.evaluate(root, ctx)
    expect(calls).toBe(2)
  })

  it("unique keeps first occurrences and returns a list without repeats as it is", () => {
    const xs = ["a", "b", "c"]
    expect(C.unique(xs)).toBe(xs)
    expect(C.unique(["a", "b", "a", "c", "b"])).toEqual(["a", "b", "c"])
    expect(C.unique(["b", "b"])).toEqual(["b"])
    expect(C.unique([])).toEqual([])
  })

  it("at least n of m refuses n outside 1…m, naming the condition", () => {
    const kids = [C.review({ id: "k", text, citation })]
    expect(() => C.atLeast(0, { id: "q", text, citation }, kids)).toThrow("q: cannot require 0 of 1")
    expect(() => C.atLeast(2, { id: "q", text, citation }, kids)).toThrow("q: cannot require 2 of 1")
    expect(C.atLeast(1, { id: "q", text, citation }, kids).n).toBe(1)
  })

  it("flatten lists every condition depth first", () => {
    const a = C.review({ id: "a", text, citation })
    const b = C.leaf({ id: "b", text, citation, check: () => ({ outcome: "met", observed: "" }) })
    const root = C.all({ id: "r", text, citation }, [a, C.any({ id: "o", text, citation }, [b])])
    expect(C.flatten(root).map((c) => c.id)).toEqual(["r", "a", "o", "b"])
    expect(C.flatten(b)).toEqual([b])
  })

  it("a leaf that cannot tell but names no field reports no missing fields", () => {
    const c = C.leaf({ id: "u", text, citation, check: () => ({ outcome: "unknown", observed: "?" }) })
    expect(C.evaluate(c, ctx)).toMatchObject({ outcome: "unknown", missing: [] })
  })
})
