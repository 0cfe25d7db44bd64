import { describe, expect, it } from "vitest"
import { FILTERS, initialQueue, queueReducer } from "../src/screens/Queue.tsx"
import { appReducer, initialApp } from "../src/state/app.ts"
import { rolesOf, stepsFor } from "../src/steps.ts"

describe("the screen stack", () => {
  it("goes back at once when nothing is typed, and asks first when a form holds input", () => {
    const opened = appReducer(initialApp(), { type: "push", route: { screen: "queue" } })
    expect(appReducer(opened, { type: "back" }).stack).toHaveLength(1)
    const typed = appReducer(opened, { type: "dirty", dirty: true })
    const asked = appReducer(typed, { type: "back" })
    expect(asked.leaving).toBe("back")
    expect(asked.stack).toHaveLength(2)
    expect(appReducer(asked, { type: "leave-cancelled" }).stack).toHaveLength(2)
    expect(appReducer(asked, { type: "leave-confirmed" }).stack).toHaveLength(1)
  })

  it("asks before exiting with unsaved input, and exits at once without", () => {
    expect(appReducer(initialApp(), { type: "exit" }).exiting).toBe(true)
    const typed = appReducer(initialApp(), { type: "dirty", dirty: true })
    expect(appReducer(typed, { type: "exit" })).toMatchObject({ exiting: false, leaving: "exit" })
  })
})

describe("the queue", () => {
  it("cycles the state filter both ways and starts each state on its first page", () => {
    const paged = queueReducer(initialQueue, { type: "next-page", after: "c1" })
    const next = queueReducer(paged, { type: "filter", by: 1 })
    expect(next.filter).toBe(1)
    expect(next.cursors).toEqual([undefined])
    expect(queueReducer(initialQueue, { type: "filter", by: -1 }).filter).toBe(FILTERS.length - 1)
  })

  it("keeps the selection on the page", () => {
    const s = queueReducer(initialQueue, { type: "select", by: 5, rows: 3 })
    expect(s.selected).toBe(2)
    expect(queueReducer(s, { type: "select", by: -9, rows: 3 }).selected).toBe(0)
  })
})

describe("the steps offered", () => {
  const doc = {
    paths: {
      "/a": { post: { operationId: "submitApplication", "x-roles": ["enterprise-hr", "clerk", "admin"] } },
      "/b": { post: { operationId: "withdrawApplication", "x-roles": ["enterprise-hr", "clerk", "admin"] } },
      "/c": { post: { operationId: "decideApplication", "x-roles": ["committee", "admin"] } },
      "/d": { post: { operationId: "issueCertificate", "x-roles": ["clerk", "committee", "admin"] } },
    },
  }

  it("are the procedure's next states the role may take, as the API's document says", () => {
    const roles = rolesOf(doc)
    expect(stepsFor({ state: "draft" }, "clerk", roles).map((s) => s.id)).toEqual(["submit", "withdraw"])
    expect(stepsFor({ state: "recommended" }, "clerk", roles).map((s) => s.id)).toEqual(["withdraw"])
    expect(stepsFor({ state: "recommended" }, "committee", roles).map((s) => s.id)).toEqual([
      "approve",
      "reject",
    ])
  })

  it("give a rejected decision no certificate", () => {
    const roles = rolesOf(doc)
    expect(stepsFor({ state: "decided", outcome: "approved" }, "clerk", roles).map((s) => s.id)).toEqual([
      "issue",
    ])
    expect(stepsFor({ state: "decided", outcome: "rejected" }, "clerk", roles)).toEqual([])
    // The API's view names the procedure's steps: no notice where the edition names no publicity step.
    expect(
      stepsFor({ state: "unit-reviewed", next: ["recommended", "withdrawn"] }, "clerk", undefined).map(
        (s) => s.id,
      ),
    ).toEqual(["recommend", "withdraw"])
  })
})

describe("a citizen's self-check file", () => {
  it("is read as the interview's answers, flat or under `answers`", async () => {
    const { readCheckFile, jurisdictionOf } = await import("../src/screens/WalkIn.tsx")
    expect(readCheckFile('{"work-start":"2015-07-01","work-place":"cn-zhejiang-other"}').answers).toEqual({
      "work-start": "2015-07-01",
      "work-place": "cn-zhejiang-other",
    })
    expect(readCheckFile('{"answers":{"edu-level":"bachelor"}}').answers).toEqual({ "edu-level": "bachelor" })
    // "Elsewhere in Zhejiang" is asked about as Zhejiang.
    expect(jurisdictionOf({ "work-place": "cn-zhejiang-other" })).toBe("cn-zhejiang")
    expect(jurisdictionOf({})).toBeUndefined()
  })

  it("is read as an engine profile otherwise, and refused when it is no JSON object", async () => {
    const { readCheckFile } = await import("../src/screens/WalkIn.tsx")
    expect(readCheckFile('{"profile":{"education":[]}}')).toEqual({ answers: {}, profile: { education: [] } })
    expect(() => readCheckFile("[1,2]")).toThrow("not a JSON object")
    expect(() => readCheckFile("{oops")).toThrow()
  })
})
