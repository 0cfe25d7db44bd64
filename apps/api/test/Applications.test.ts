import { describe, expect, it } from "@effect/vitest"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { FastCheck as fc } from "effect"
import type { components } from "./generated/api.ts"
import { type TestApi, useTestApi } from "./support/app.ts"
import { auditCount, backdate, expectProblem, expectRoleMatrix, residentId, today } from "./support/http.ts"

type NewApplication = components["schemas"]["NewApplicationRequest"]

const EDITION = "shaoxing-adoption-draft"
const TRACK = "shaoxing-adoption-draft/engineer"

const newApplication = (n: number, over: Partial<NewApplication> = {}): NewApplication => ({
  profile: { residentId: residentId(n), name: `申请人${n}`, status: { retired: false } },
  edition: EDITION,
  track: TRACK,
  specialty: "机械工程",
  employer: "绍兴示例机械有限公司",
  unit: "91330600MA2ABCDE1X",
  ...over,
})

const stateOf = async (api: TestApi, id: string) =>
  (await api.as("clerk").GET("/api/v1/applications/{id}", { params: { path: { id } } })).data?.state

const countApplications = async (api: TestApi) =>
  (await api.as("clerk").GET("/api/v1/applications")).data?.length ?? -1

/** Creates (enterprise HR), submits and unit-reviews an application; returns its id. */
const reviewed = async (api: TestApi, n: number) => {
  const created = await api.as("enterprise-hr").POST("/api/v1/applications", { body: newApplication(n) })
  const id = created.data?.id as string
  expect(created.response.status).toBe(201)
  expect(
    (
      await api
        .as("enterprise-hr")
        .POST("/api/v1/applications/{id}/submit", { params: { path: { id } }, body: {} })
    ).response.status,
  ).toBe(200)
  expect(
    (
      await api
        .as("clerk")
        .POST("/api/v1/applications/{id}/unit-review", { params: { path: { id } }, body: {} })
    ).response.status,
  ).toBe(200)
  return id
}

/** No ID number, no HMAC (64 hex digits) and no `idHmac`/`residentId` key anywhere in a response. */
const expectNoIdentity = (value: unknown, ids: ReadonlyArray<string>) => {
  const text = JSON.stringify(value)
  for (const id of ids) expect(text).not.toContain(id)
  expect(text).not.toMatch(/[0-9a-f]{64}/)
  expect(text).not.toContain("idHmac")
  expect(text).not.toContain("residentId")
}

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`the whole flow over HTTP (${kind})`, () => {
    let api: TestApi
    useTestApi(kind, (started) => {
      api = started
    })

    it("create → submit → unit review → publicity → objection dismissed → pass → recommend → decide → certificate", async () => {
      const hr = api.as("enterprise-hr")
      const clerk = api.as("clerk")
      const committee = api.as("committee")

      // Create, idempotently: the retry returns the same record, and only one is stored.
      const key = { "Idempotency-Key": `create-a-${kind}` }
      const first = await hr.POST("/api/v1/applications", {
        body: newApplication(1),
        params: { header: key },
      })
      expect(first.response.status).toBe(201)
      const retry = await hr.POST("/api/v1/applications", {
        body: newApplication(1),
        params: { header: key },
      })
      expect(retry.response.status).toBe(201)
      expect(retry.response.headers.get("idempotent-replayed")).toBe("true")
      const a = first.data?.id as string
      expect(retry.data?.id).toBe(a)
      expect(await countApplications(api)).toBe(1)
      expect(first.data).toMatchObject({
        state: "draft",
        edition: EDITION,
        track: TRACK,
        name: "申请人1",
        version: 1,
      })
      expectNoIdentity(first.data, [residentId(1)])

      // Submit (HR) and unit review (clerk).
      const submitted = await hr.POST("/api/v1/applications/{id}/submit", {
        params: { path: { id: a } },
        body: { reason: "材料齐全" },
      })
      expect(submitted.data?.state).toBe("submitted")
      const reviewedA = await clerk.POST("/api/v1/applications/{id}/unit-review", {
        params: { path: { id: a } },
        body: {},
      })
      expect(reviewedA.data?.state).toBe("unit-reviewed")
      const b = await reviewed(api, 2)

      // A publication day in the past is refused, naming the field, and stores nothing.
      const past = await clerk.POST("/api/v1/publicity-notices", {
        body: {
          applications: [a],
          howToObject: "上虞区人社局 0575-0000000",
          published: CivilDate.addDays(today(), -30),
        },
      })
      expect(expectProblem(past, 422, "invalid-input").errors?.map((e) => e.path)).toEqual(["body.published"])
      expect(await stateOf(api, a)).toBe("unit-reviewed")

      // Publicity: one notice for A (it will be made to have ended), one for B (still running).
      const n1 = await clerk.POST("/api/v1/publicity-notices", {
        body: { applications: [a], howToObject: "绍兴市人社局专技处 0575-0000000" },
        params: { header: { "Idempotency-Key": `notice-a-${kind}` } },
      })
      expect(n1.response.status).toBe(201)
      expect(n1.data?.applications[0]?.state).toBe("in-publicity")
      const notice1 = n1.data?.notice.id as string
      expect(n1.data?.notice.published).toBe(today())
      const n2 = await clerk.POST("/api/v1/publicity-notices", {
        body: { applications: [b], howToObject: "绍兴市人社局专技处 0575-0000000" },
      })
      const notice2 = n2.data?.notice.id as string

      // The public view: the five public fields, the period and how to object; no ID, no contact.
      const pub = await api.client.GET("/api/v1/publicity-notices/{id}", {
        params: { path: { id: notice1 } },
      })
      expect(pub.response.status).toBe(200)
      expect(pub.data?.entries).toEqual([
        {
          name: "申请人1",
          employer: "绍兴示例机械有限公司",
          specialty: "机械工程",
          title: "工程师",
          track: expect.any(String),
        },
      ])
      expect(pub.data?.howToObject).toContain("0575")
      expectNoIdentity(pub.data, [residentId(1), a])

      // An objection from the public; its contact never comes back publicly.
      const objection = await api.client.POST("/api/v1/publicity-notices/{id}/objections", {
        params: { path: { id: notice1 } },
        body: { entry: 1, text: "业绩材料存疑", objector: { name: "王五", contact: "13800000000" } },
      })
      expect(objection.response.status).toBe(201)
      expect(JSON.stringify(objection.data)).not.toContain("13800000000")
      const objectionId = objection.data?.objection as string

      // Passing publicity while the period runs: 409 with the clause (Civil Code art. 203 ¶2).
      const early = expectProblem(
        await clerk.POST("/api/v1/applications/{id}/pass-publicity", {
          params: { path: { id: a } },
          body: {},
        }),
        409,
        "publicity-not-ended",
      )
      expect(early.clause).toMatchObject({ document: "civil-code", article: "第二百零三条第二款" })
      expect(early.detail).toContain(notice1)

      // Once the period has ended, an open objection still blocks it (000 第十条（四）: 经公示无异议).
      await backdate(api, notice1)
      const open = expectProblem(
        await clerk.POST("/api/v1/applications/{id}/pass-publicity", {
          params: { path: { id: a } },
          body: {},
        }),
        409,
        "objection-open",
      )
      expect(open.clause).toMatchObject({
        document: EDITION,
        article: expect.stringMatching(/^第十条[(（]四[)）]$/),
      })
      expect(await stateOf(api, a)).toBe("in-publicity")

      // The clerk reads the objection with its contact and dismisses it.
      const list = await clerk.GET("/api/v1/publicity-notices/{id}/objections", {
        params: { path: { id: notice1 } },
      })
      expect(list.data?.map((o) => o.objector.contact)).toEqual(["13800000000"])
      const dismissed = await clerk.POST("/api/v1/objections/{id}/resolution", {
        params: { path: { id: objectionId } },
        body: { resolution: "dismissed", reason: "经核查材料属实" },
      })
      expect(dismissed.response.status).toBe(200)
      expect(dismissed.data?.objection.status).toBe("dismissed")

      // Now A passes; B, whose period still runs, does not.
      const passed = await clerk.POST("/api/v1/applications/{id}/pass-publicity", {
        params: { path: { id: a } },
        body: {},
      })
      expect(passed.data?.state).toBe("publicity-passed")
      const bEarly = expectProblem(
        await clerk.POST("/api/v1/applications/{id}/pass-publicity", {
          params: { path: { id: b } },
          body: {},
        }),
        409,
        "publicity-not-ended",
      )
      expect(bEarly.clause).toMatchObject({ article: "第二百零三条第二款" })
      expect(await stateOf(api, b)).toBe("in-publicity")

      // Recommend: an adoption track needs the unit's figures (000 第九条) …
      const noFigures = expectProblem(
        await clerk.POST("/api/v1/applications/{id}/recommend", { params: { path: { id: a } }, body: {} }),
        409,
        "quota-figures-missing",
      )
      expect(noFigures.clause).toMatchObject({ article: "第九条" })
      // … refuses going over the cap without a reason …
      const quota = { insuredStaff: 10, lastYearGraduateHires: 1 }
      const over = expectProblem(
        await clerk.POST("/api/v1/applications/{id}/recommend", {
          params: { path: { id: a } },
          body: { quota },
        }),
        409,
        "quota-exceeded",
      )
      expect(over.clause).toMatchObject({ article: "第九条" })
      expect(await stateOf(api, a)).toBe("publicity-passed")
      // … and records the reason when there is one.
      const recommended = await clerk.POST("/api/v1/applications/{id}/recommend", {
        params: { path: { id: a } },
        body: { quota, overrideReason: "重点产业急需人才" },
      })
      expect(recommended.response.status).toBe(200)
      expect(recommended.data?.state).toBe("recommended")
      expect(recommended.data?.recommendedOn).toBe(today())

      // The committee decides; the clerk records the certificate.
      const decided = await committee.POST("/api/v1/applications/{id}/decide", {
        params: { path: { id: a } },
        body: { outcome: "approved" },
      })
      expect(decided.data).toMatchObject({ state: "decided", outcome: "approved" })
      const issued = await clerk.POST("/api/v1/applications/{id}/certificate-issued", {
        params: { path: { id: a } },
        body: { certificateNo: "SX-2026-0001" },
      })
      expect(issued.data).toMatchObject({ state: "certificate-issued", certificateNo: "SX-2026-0001" })

      // The history, oldest first, with the quota override recorded.
      const history = await hr.GET("/api/v1/applications/{id}/history", { params: { path: { id: a } } })
      expect(history.data?.map((t) => t.to)).toEqual([
        "draft",
        "submitted",
        "unit-reviewed",
        "in-publicity",
        "publicity-passed",
        "recommended",
        "decided",
        "certificate-issued",
      ])
      expect(history.data?.[1]).toMatchObject({
        from: "draft",
        reason: "材料齐全",
        actor: { id: "key:test-enterprise-hr", role: "enterprise-hr" },
      })
      expect(history.data?.[5]?.data).toMatchObject({
        quota: { cap: 0, requested: 1, override: { reason: "重点产业急需人才", excess: 1 } },
      })
      expectNoIdentity(history.data, [residentId(1)])

      // Notices: the ended one closes, the running one does not.
      const closed = await clerk.POST("/api/v1/publicity-notices/{id}/close", {
        params: { path: { id: notice1 } },
      })
      expect(closed.data?.status).toBe("closed")
      const notClosed = expectProblem(
        await clerk.POST("/api/v1/publicity-notices/{id}/close", { params: { path: { id: notice2 } } }),
        409,
        "publicity-not-ended",
      )
      expect(notClosed.clause).toMatchObject({ article: "第二百零三条第二款" })

      // Every step was audited and the chain holds.
      const verify = await api.as("admin").GET("/api/v1/audit/verify")
      expect(verify.response.status).toBe(200)
      expect(verify.data?.count).toBeGreaterThanOrEqual(15)
    })
  })
}

describe("refusals, roles and fuzz (sqlite)", () => {
  let api: TestApi
  useTestApi("sqlite", (started) => {
    api = started
  })

  it("refuses a bad create with 422 naming each body field, and stores nothing", async () => {
    const before = [await countApplications(api), await auditCount(api)]
    const cases: ReadonlyArray<[string, unknown, string]> = [
      ["no ID number", { ...newApplication(10), profile: { name: "甲" } }, "body.profile.residentId"],
      [
        "wrong check character",
        { ...newApplication(10), profile: { residentId: "330602199001010011", name: "甲" } },
        "body.profile.residentId",
      ],
      ["unknown edition", newApplication(10, { edition: "nope" }), "body.edition"],
      ["track of another edition", newApplication(10, { track: "shangyu-2023-3/normal" }), "body.track"],
      ["no name", { ...newApplication(10), profile: { residentId: residentId(10) } }, "body.name"],
      ["empty specialty", newApplication(10, { specialty: "" }), "body.specialty"],
      ["unknown field", { ...newApplication(10), idHmac: "x" }, "body.idHmac"],
    ]
    for (const [what, body, path] of cases) {
      const res = await api.as("clerk").POST("/api/v1/applications", { body: body as NewApplication })
      const p = expectProblem(res, 422, "invalid-input")
      expect(
        p.errors?.map((e) => e.path),
        what,
      ).toContain(path)
    }
    expect([await countApplications(api), await auditCount(api)]).toEqual(before)
  })

  it("refuses a reused Idempotency-Key for a different body (422) without storing a second record", async () => {
    const header = { "Idempotency-Key": "same-key" }
    const ok = await api
      .as("clerk")
      .POST("/api/v1/applications", { body: newApplication(20), params: { header } })
    expect(ok.response.status).toBe(201)
    const n = await countApplications(api)
    const other = await api
      .as("clerk")
      .POST("/api/v1/applications", { body: newApplication(21), params: { header } })
    expect(expectProblem(other, 422, "idempotency-key-reused").errors?.[0]?.path).toBe(
      "header.idempotency-key",
    )
    expect(await countApplications(api)).toBe(n)
  })

  it("refuses submitting after the edition's deadline (409 deadline-passed, 002 clause) and changes nothing", async () => {
    const created = await api.as("enterprise-hr").POST("/api/v1/applications", {
      body: newApplication(30, { edition: "shangyu-2023-3", track: "shangyu-2023-3/normal" }),
    })
    const id = created.data?.id as string
    const before = await auditCount(api)
    const p = expectProblem(
      await api
        .as("enterprise-hr")
        .POST("/api/v1/applications/{id}/submit", { params: { path: { id } }, body: {} }),
      409,
      "deadline-passed",
    )
    expect(p.clause).toMatchObject({ document: "shangyu-2023-3" })
    expect(p.detail).toContain("2023-09-08")
    expect(await stateOf(api, id)).toBe("draft")
    expect(
      (await api.as("clerk").GET("/api/v1/applications/{id}/history", { params: { path: { id } } })).data,
    ).toHaveLength(1)
    expect(await auditCount(api)).toBe(before)
  })

  it("refuses a step the state machine does not allow (409 invalid-transition naming both states)", async () => {
    const created = await api.as("clerk").POST("/api/v1/applications", { body: newApplication(31) })
    const id = created.data?.id as string
    const p = expectProblem(
      await api
        .as("clerk")
        .POST("/api/v1/applications/{id}/recommend", { params: { path: { id } }, body: {} }),
      409,
      "invalid-transition",
    )
    expect(p.detail).toContain('"draft"')
    expect(p.detail).toContain('"recommended"')
    expect(await stateOf(api, id)).toBe("draft")
  })

  it("withdraws before the decision, then refuses withdrawing again", async () => {
    const created = await api.as("enterprise-hr").POST("/api/v1/applications", { body: newApplication(32) })
    const id = created.data?.id as string
    const w = await api.as("enterprise-hr").POST("/api/v1/applications/{id}/withdraw", {
      params: { path: { id } },
      body: { reason: "本人申请撤回" },
    })
    expect(w.data?.state).toBe("withdrawn")
    expectProblem(
      await api
        .as("enterprise-hr")
        .POST("/api/v1/applications/{id}/withdraw", { params: { path: { id } }, body: {} }),
      409,
      "invalid-transition",
    )
  })

  it("validates step bodies: decide's outcome, recommend's quota figures, the certificate number", async () => {
    const id = await reviewed(api, 33)
    const decide = await api.as("committee").POST("/api/v1/applications/{id}/decide", {
      params: { path: { id } },
      body: { outcome: "maybe" } as unknown as { outcome: "approved" },
    })
    expect(expectProblem(decide, 422, "invalid-input").errors?.map((e) => e.path)).toContain("body.outcome")
    const quota = await api.as("clerk").POST("/api/v1/applications/{id}/recommend", {
      params: { path: { id } },
      body: { quota: { insuredStaff: -1, lastYearGraduateHires: 1.5 } },
    })
    expect(expectProblem(quota, 422, "invalid-input").errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(["body.quota.insuredStaff", "body.quota.lastYearGraduateHires"]),
    )
    const cert = await api.as("clerk").POST("/api/v1/applications/{id}/certificate-issued", {
      params: { path: { id } },
      body: { certificateNo: "" },
    })
    expect(expectProblem(cert, 422, "invalid-input").errors?.map((e) => e.path)).toContain(
      "body.certificateNo",
    )
    const malformed = await api.fetch(`/api/v1/applications/${id}/submit`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${api.keys.clerk}` },
      body: "{",
    })
    expect(malformed.status).toBe(400)
    expect(await stateOf(api, id)).toBe("unit-reviewed")
  })

  it("answers an unknown application with 404", async () => {
    expectProblem(
      await api.as("clerk").GET("/api/v1/applications/{id}", { params: { path: { id: "nope" } } }),
      404,
      "application-not-found",
    )
    expectProblem(
      await api.as("clerk").GET("/api/v1/applications/{id}/history", { params: { path: { id: "nope" } } }),
      404,
      "application-not-found",
    )
    expectProblem(
      await api
        .as("clerk")
        .POST("/api/v1/applications/{id}/submit", { params: { path: { id: "nope" } }, body: {} }),
      404,
      "application-not-found",
    )
  })

  it("shows enterprise HR only the applications its key created; others are 404 to it", async () => {
    const byClerk = (await api.as("clerk").POST("/api/v1/applications", { body: newApplication(40) })).data
      ?.id as string
    const byHr = (await api.as("enterprise-hr").POST("/api/v1/applications", { body: newApplication(41) }))
      .data?.id as string
    const hrList = (await api.as("enterprise-hr").GET("/api/v1/applications")).data?.map((a) => a.id) ?? []
    expect(hrList).toContain(byHr)
    expect(hrList).not.toContain(byClerk)
    const clerkList = (await api.as("clerk").GET("/api/v1/applications")).data?.map((a) => a.id) ?? []
    expect(clerkList).toEqual(expect.arrayContaining([byHr, byClerk]))
    expectProblem(
      await api.as("enterprise-hr").GET("/api/v1/applications/{id}", { params: { path: { id: byClerk } } }),
      404,
      "not-found",
    )
    expectProblem(
      await api
        .as("enterprise-hr")
        .POST("/api/v1/applications/{id}/withdraw", { params: { path: { id: byClerk } }, body: {} }),
      404,
      "not-found",
    )
    expect(await stateOf(api, byClerk)).toBe("draft")
  })

  it("filters the list by state, edition and unit, and refuses an unknown state (422 query.state)", async () => {
    const drafts =
      (
        await api
          .as("committee")
          .GET("/api/v1/applications", { params: { query: { state: "draft", edition: EDITION } } })
      ).data ?? []
    expect(drafts.length).toBeGreaterThan(0)
    expect(drafts.every((a) => a.state === "draft" && a.edition === EDITION)).toBe(true)
    expect(
      (await api.as("clerk").GET("/api/v1/applications", { params: { query: { unit: "no-such-unit" } } }))
        .data,
    ).toEqual([])
    const bad = await api
      .as("clerk")
      .GET("/api/v1/applications", { params: { query: { state: "nope" as "draft" } } })
    expect(expectProblem(bad, 422, "invalid-input").errors?.map((e) => e.path)).toContain("query.state")
  })

  /** Who may call what: `allowed` besides admin, who may call everything. */
  const MATRIX: ReadonlyArray<{
    method: "GET" | "POST"
    path: string
    allowed: ReadonlyArray<string>
    body?: unknown
  }> = [
    { method: "POST", path: "/api/v1/applications", allowed: ["enterprise-hr", "clerk"], body: {} },
    { method: "GET", path: "/api/v1/applications", allowed: ["enterprise-hr", "clerk", "committee"] },
    { method: "GET", path: "/api/v1/applications/nope", allowed: ["enterprise-hr", "clerk", "committee"] },
    {
      method: "GET",
      path: "/api/v1/applications/nope/history",
      allowed: ["enterprise-hr", "clerk", "committee"],
    },
    {
      method: "POST",
      path: "/api/v1/applications/nope/submit",
      allowed: ["enterprise-hr", "clerk"],
      body: {},
    },
    { method: "POST", path: "/api/v1/applications/nope/unit-review", allowed: ["clerk"], body: {} },
    { method: "POST", path: "/api/v1/applications/nope/pass-publicity", allowed: ["clerk"], body: {} },
    { method: "POST", path: "/api/v1/applications/nope/mark-objected", allowed: ["clerk"], body: {} },
    { method: "POST", path: "/api/v1/applications/nope/recommend", allowed: ["clerk"], body: {} },
    {
      method: "POST",
      path: "/api/v1/applications/nope/decide",
      allowed: ["committee"],
      body: { outcome: "approved" },
    },
    {
      method: "POST",
      path: "/api/v1/applications/nope/certificate-issued",
      allowed: ["clerk"],
      body: { certificateNo: "X" },
    },
    {
      method: "POST",
      path: "/api/v1/applications/nope/withdraw",
      allowed: ["enterprise-hr", "clerk"],
      body: {},
    },
  ]

  it.each(MATRIX)("role matrix: $method $path → $allowed (and admin)", (route) =>
    expectRoleMatrix(api, route),
  )

  it("fuzz: arbitrary create bodies never answer 5xx, and a refused one stores nothing", async () => {
    const valid = newApplication(50)
    const field = fc.constantFrom(
      "profile",
      "edition",
      "track",
      "specialty",
      "name",
      "employer",
      "unit",
      "extra",
    )
    const mutation = fc.record({ field, value: fc.oneof(fc.anything(), fc.string(), fc.constant(undefined)) })
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const body: Record<string, unknown> = { ...valid }
        for (const m of mutations) body[m.field] = m.value
        const before = await countApplications(api)
        const res = await api.fetch("/api/v1/applications", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${api.keys.clerk}` },
          body: JSON.stringify(body),
        })
        expect(res.status).toBeLessThan(500)
        if (res.status !== 201) expect(await countApplications(api)).toBe(before)
      }),
      { numRuns: 40 },
    )
  })

  it("fuzz: arbitrary ids and bodies on every transition never answer 5xx and store nothing", async () => {
    const actions = [
      "submit",
      "unit-review",
      "pass-publicity",
      "mark-objected",
      "recommend",
      "decide",
      "certificate-issued",
      "withdraw",
    ]
    const before = await auditCount(api)
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...actions),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.anything(),
        async (action, id, body) => {
          const res = await api.fetch(`/api/v1/applications/${encodeURIComponent(id)}/${action}`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${api.keys.admin}` },
            body: JSON.stringify(body) ?? "null",
          })
          expect(res.status).toBeLessThan(500)
        },
      ),
      { numRuns: 60 },
    )
    expect(await auditCount(api)).toBe(before)
  })
})
