import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import type { Citation } from "../src/Citation.ts"
import { make } from "../src/CivilDate.ts"
import * as C from "../src/Condition.ts"

const citation: Citation = { document: "zhicheng-rulings", article: "test", quote: "test" }
const text = { zh: "测试", en: "test" }
const fixed = (id: string, outcome: C.Outcome, metOn?: string): C.Condition =>
  C.leaf({
    id,
    text,
    citation,
    check: () => ({
      outcome,
      observed: outcome,
      missing: outcome === "unknown" ? [`f.${id}`] : [],
      ...(metOn ? { metOn: make(metOn) } : {}),
    }),
  })
const ctx: C.Context = { profile: {}, asOf: make("2024-01-01"), reference: make("2024-01-01") }
const outcome = fc.constantFrom<C.Outcome>("met", "unmet", "unknown", "review")

describe("Condition", () => {
  it.each([
    [["met", "met"], "met"],
    [["met", "review"], "review"],
    [["review", "unknown"], "unknown"],
    [["unknown", "unmet"], "unmet"],
  ] as const)("all of %j is %s", (os, expected) => {
    const r = C.evaluate(
      C.all(
        { id: "x", text, citation },
        os.map((o, i) => fixed(`c${i}`, o)),
      ),
      ctx,
    )
    expect(r.outcome).toBe(expected)
  })

  it.each([
    // 2 of 5: counts decide as soon as they can; open branches keep it open
    [2, ["met", "met", "unmet", "unmet", "unmet"], "met"],
    [2, ["met", "unmet", "unmet", "unmet", "unmet"], "unmet"],
    [2, ["met", "review", "unmet", "unmet", "unmet"], "review"],
    [2, ["met", "unknown", "unmet", "unmet", "unmet"], "unknown"],
    [3, ["met", "met", "review", "unknown", "unmet"], "review"],
    [3, ["met", "unknown", "unknown", "unmet", "unmet"], "unknown"],
  ] as const)("at least %i of %j is %s", (n, os, expected) => {
    const r = C.evaluate(
      C.atLeast(
        n,
        { id: "x", text, citation },
        os.map((o, i) => fixed(`c${i}`, o)),
      ),
      ctx,
    )
    expect(r.outcome).toBe(expected)
    expect(r.children?.length).toBe(os.length) // every branch evaluated and explained
  })

  it("reports the missing fields only while the answer is open", () => {
    const open = C.evaluate(
      C.any({ id: "x", text, citation }, [fixed("a", "unknown"), fixed("b", "unmet")]),
      ctx,
    )
    expect(open.missing).toEqual(["f.a"])
    const decided = C.evaluate(
      C.any({ id: "x", text, citation }, [fixed("a", "unknown"), fixed("b", "met")]),
      ctx,
    )
    expect(decided.missing).toEqual([])
  })

  it("dates an 'all' by its latest waiting child and an 'at least' by its n-th earliest", () => {
    const all = C.evaluate(
      C.all({ id: "x", text, citation }, [
        fixed("a", "unmet", "2025-03-01"),
        fixed("b", "unmet", "2026-01-01"),
        fixed("c", "met"),
      ]),
      ctx,
    )
    expect(all.metOn).toBe("2026-01-01")
    const blocked = C.evaluate(
      C.all({ id: "x", text, citation }, [fixed("a", "unmet", "2025-03-01"), fixed("b", "unmet")]),
      ctx,
    )
    expect(blocked.metOn).toBeUndefined()
    const two = C.evaluate(
      C.atLeast(2, { id: "x", text, citation }, [
        fixed("a", "unmet", "2027-01-01"),
        fixed("b", "met"),
        fixed("c", "unmet", "2025-06-30"),
      ]),
      ctx,
    )
    expect(two.metOn).toBe("2025-06-30")
  })

  it("never lets a better child outcome make 'all' or 'at least' worse (monotone)", () => {
    const rank: Record<C.Outcome, number> = { unmet: 0, unknown: 1, review: 2, met: 3 }
    fc.assert(
      fc.property(fc.array(outcome, { minLength: 1, maxLength: 7 }), fc.nat(), fc.nat(), (os, i, k) => {
        const n = (k % os.length) + 1
        const j = i % os.length
        const better = os.map((o, idx) => (idx === j ? "met" : o))
        expect(rank[C.atLeastOutcome(n, better)]).toBeGreaterThanOrEqual(rank[C.atLeastOutcome(n, os)])
        expect(rank[C.allOutcome(better)]).toBeGreaterThanOrEqual(rank[C.allOutcome(os)])
      }),
    )
  })

  it("refuses an impossible N of M", () => {
    expect(() => C.atLeast(3, { id: "x", text, citation }, [fixed("a", "met")])).toThrow(
      /cannot require 3 of 1/,
    )
  })

  it("records a person's statement as the evidence of a review", () => {
    const r = C.evaluate(C.review({ id: "r1", text, citation }), {
      ...ctx,
      profile: { achievements: { statements: { r1: "Led the 2022 line retrofit" } } },
    })
    expect(r).toMatchObject({ outcome: "review", evidence: "Led the 2022 line retrofit" })
  })
})
