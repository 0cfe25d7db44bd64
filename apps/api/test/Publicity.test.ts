import { describe, expect, it } from "@effect/vitest"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { FastCheck as fc } from "effect"
import { startTestApi, type TestApi, useTestApi } from "./support/app.ts"
import {
  anyPilot,
  backdate,
  expectProblem,
  expectRoleMatrix,
  type Problem,
  residentId,
  today,
} from "./support/http.ts"

const EDITION = "shaoxing-adoption-draft"
const HOW = "绍兴市人社局专技处，电话 0575-0000000"

/** Creates (HR), submits (HR) and unit-reviews (clerk) an application; returns its id. */
const reviewed = async (api: TestApi, n: number) => {
  const created = await api.as("enterprise-hr").POST("/api/v1/applications", {
    body: {
      profile: { residentId: residentId(n), name: `申请人${n}` },
      edition: EDITION,
      track: `${EDITION}/engineer`,
      specialty: "电气工程",
      employer: "绍兴示例电气有限公司",
      unit: await anyPilot(api),
    },
  })
  const id = created.data?.id as string
  await api
    .as("enterprise-hr")
    .POST("/api/v1/applications/{id}/submit", { params: { path: { id } }, body: {} })
  await api.as("clerk").POST("/api/v1/applications/{id}/unit-review", { params: { path: { id } }, body: {} })
  return id
}

const open = async (api: TestApi, ids: ReadonlyArray<string>) => {
  const res = await api
    .as("clerk")
    .POST("/api/v1/publicity-notices", { body: { applications: [...ids], howToObject: HOW } })
  expect(res.response.status).toBe(201)
  return res.data?.notice.id as string
}

const object = (api: TestApi, notice: string, entry: number, contact = "13900000000", key?: string) =>
  api.client.POST("/api/v1/publicity-notices/{id}/objections", {
    params: { path: { id: notice }, ...(key ? { header: { "Idempotency-Key": key } } : {}) },
    body: { entry, text: "该人员业绩材料与实际不符", objector: { contact } },
  })

const objectionsOf = async (api: TestApi, notice: string) =>
  (
    await api
      .as("clerk")
      .GET("/api/v1/publicity-notices/{id}/objections", { params: { path: { id: notice } } })
  ).data ?? []

const stateOf = async (api: TestApi, id: string) =>
  (await api.as("clerk").GET("/api/v1/applications/{id}", { params: { path: { id } } })).data?.state

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`publicity happy path (${kind})`, () => {
    let api: TestApi
    useTestApi(kind, (started) => {
      api = started
    })

    it("opens idempotently, shows the public view, takes an objection, dismisses it and closes once ended", async () => {
      const a = await reviewed(api, 1)
      const b = await reviewed(api, 2)
      const header = { "Idempotency-Key": `open-${kind}` }
      const body = { applications: [a, b], howToObject: HOW }
      const first = await api.as("clerk").POST("/api/v1/publicity-notices", { body, params: { header } })
      expect(first.response.status).toBe(201)
      const again = await api.as("clerk").POST("/api/v1/publicity-notices", { body, params: { header } })
      expect(again.data?.notice.id).toBe(first.data?.notice.id)
      const notice = first.data?.notice.id as string
      expect(first.data?.notice).toMatchObject({
        edition: EDITION,
        published: today(),
        status: "open",
        rule: { amount: 5, unit: "calendar-days" },
      })
      expect(first.data?.applications.map((x) => x.state)).toEqual(["in-publicity", "in-publicity"])

      const view = await api.client.GET("/api/v1/publicity-notices/{id}", {
        params: { path: { id: notice } },
      })
      expect(view.response.status).toBe(200)
      expect(view.data?.entries.map((e) => Object.keys(e).sort())).toEqual([
        ["employer", "name", "specialty", "title", "track"],
        ["employer", "name", "specialty", "title", "track"],
      ])
      expect(view.data?.entries.map((e) => e.name)).toEqual(["申请人1", "申请人2"])
      expect(view.data?.period).toContain("24:00")
      expect(view.data?.howToObject).toBe(HOW)
      // Published today, so it is among the notices running today, for anyone, with the same fields.
      const current = await api.client.GET("/api/v1/publicity-notices")
      expect(current.response.status).toBe(200)
      expect(current.data?.notices.find((n) => n.notice === notice)?.entries).toEqual(view.data?.entries)

      const filed = await object(api, notice, 2, "wang@example.cn")
      expect(filed.response.status).toBe(201)
      expect(filed.data).toMatchObject({ notice, entry: 2, filedOn: today(), status: "open" })
      expect(JSON.stringify(filed.data)).not.toContain("wang@example.cn")
      const publicText = await (await api.fetch(`/api/v1/publicity-notices/${notice}`)).text()
      for (const secret of ["wang@example.cn", residentId(1), residentId(2), a, b])
        expect(publicText).not.toContain(secret)

      const listed = await objectionsOf(api, notice)
      expect(listed).toHaveLength(1)
      expect(listed[0]).toMatchObject({
        subject: { kind: "application", id: b },
        objector: { contact: "wang@example.cn" },
        status: "open",
      })

      const dismissed = await api.as("clerk").POST("/api/v1/objections/{id}/resolution", {
        params: { path: { id: listed[0]?.id as string } },
        body: { resolution: "dismissed", reason: "经核查，材料真实" },
      })
      expect(dismissed.data?.objection).toMatchObject({
        status: "dismissed",
        resolution: { reason: "经核查，材料真实" },
      })
      expect(dismissed.data?.application).toBeUndefined()

      const early = expectProblem(
        await api
          .as("clerk")
          .POST("/api/v1/publicity-notices/{id}/close", { params: { path: { id: notice } } }),
        409,
        "publicity-not-ended",
      )
      expect(early.clause).toMatchObject({ document: "civil-code", article: "第二百零三条第二款" })
      await backdate(api, notice)
      const closed = await api
        .as("clerk")
        .POST("/api/v1/publicity-notices/{id}/close", { params: { path: { id: notice } } })
      expect(closed.data).toMatchObject({
        status: "closed",
        closedBy: { id: "key:test-clerk", role: "clerk" },
      })
    })
  })
}

describe("publicity refusals, roles and fuzz (sqlite)", () => {
  let api: TestApi
  useTestApi("sqlite", (started) => {
    api = started
  })

  it("refuses to open for an application that is not unit-reviewed (409) and stores nothing", async () => {
    const draft = (
      await api.as("clerk").POST("/api/v1/applications", {
        body: {
          profile: { residentId: residentId(10), name: "甲" },
          edition: EDITION,
          track: `${EDITION}/engineer`,
          specialty: "x",
          employer: "y",
          unit: await anyPilot(api),
        },
      })
    ).data?.id as string
    const ok = await reviewed(api, 11)
    const p = expectProblem(
      await api
        .as("clerk")
        .POST("/api/v1/publicity-notices", { body: { applications: [ok, draft], howToObject: HOW } }),
      409,
      "invalid-transition",
    )
    expect(p.detail).toContain(draft)
    expect(await stateOf(api, ok)).toBe("unit-reviewed")
    expect(await stateOf(api, draft)).toBe("draft")
  })

  it("validates the open body: no applications, a blank channel, a past or malformed publication day (422)", async () => {
    const ok = await reviewed(api, 12)
    const cases: ReadonlyArray<[unknown, string]> = [
      [{ applications: [], howToObject: HOW }, "body.applications"],
      [{ applications: [ok], howToObject: "" }, "body.howToObject"],
      [{ applications: [ok], howToObject: "   " }, "body.howToObject"],
      [{ applications: [ok], howToObject: HOW, published: "2026-02-30" }, "body.published"],
      [{ applications: [ok], howToObject: HOW, published: CivilDate.addDays(today(), -1) }, "body.published"],
      [{ applications: [ok, ok], howToObject: HOW }, "body.applications"],
    ]
    for (const [body, path] of cases) {
      const res = await api
        .as("clerk")
        .POST("/api/v1/publicity-notices", { body: body as { applications: string[]; howToObject: string } })
      expect(res.response.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400)
      const p = res.error as Problem
      if (res.response.status === 422)
        expect(
          p.errors?.map((e) => e.path),
          JSON.stringify(body),
        ).toContain(path)
      else expect(p.code, JSON.stringify(body)).toBe("invalid-transition")
    }
    expect(await stateOf(api, ok)).toBe("unit-reviewed")
  })

  it("answers unknown notices and objections with 404", async () => {
    expectProblem(
      await api.client.GET("/api/v1/publicity-notices/{id}", { params: { path: { id: "nope" } } }),
      404,
      "notice-not-found",
    )
    expectProblem(await object(api, "nope", 1), 404, "notice-not-found")
    expectProblem(
      await api
        .as("clerk")
        .GET("/api/v1/publicity-notices/{id}/objections", { params: { path: { id: "nope" } } }),
      404,
      "notice-not-found",
    )
    expectProblem(
      await api.as("clerk").POST("/api/v1/objections/{id}/resolution", {
        params: { path: { id: "nope" } },
        body: { resolution: "dismissed", reason: "r" },
      }),
      404,
      "objection-not-found",
    )
    expectProblem(
      await api
        .as("clerk")
        .POST("/api/v1/publicity-notices/{id}/close", { params: { path: { id: "nope" } } }),
      404,
      "notice-not-found",
    )
  })

  it("refuses objections to no entry (422 body.entry) or without a contact, and after the period (409 with clause)", async () => {
    const a = await reviewed(api, 13)
    const notice = await open(api, [a])
    const out = expectProblem(await object(api, notice, 2), 422, "invalid-input")
    expect(out.errors).toEqual([{ path: "body.entry", rule: expect.stringContaining("between 1 and 1") }])
    const noContact = await api.client.POST("/api/v1/publicity-notices/{id}/objections", {
      params: { path: { id: notice } },
      body: { entry: 1, text: "x", objector: { contact: "" } },
    })
    expect(expectProblem(noContact, 422, "invalid-input").errors?.map((e) => e.path)).toContain(
      "body.objector.contact",
    )
    expect(await objectionsOf(api, notice)).toEqual([])

    await backdate(api, notice)
    const late = expectProblem(await object(api, notice, 1), 409, "objection-period-over")
    expect(late.clause).toMatchObject({ document: EDITION, article: "第十条(三)" })
    expect(await objectionsOf(api, notice)).toEqual([])
  })

  it("files an objection once per Idempotency-Key", async () => {
    const a = await reviewed(api, 14)
    const notice = await open(api, [a])
    const first = await object(api, notice, 1, "13900000001", "obj-key-1")
    const again = await object(api, notice, 1, "13900000001", "obj-key-1")
    expect(first.response.status).toBe(201)
    expect(again.response.headers.get("idempotent-replayed")).toBe("true")
    expect(again.data?.objection).toBe(first.data?.objection)
    expect(await objectionsOf(api, notice)).toHaveLength(1)
  })

  it("upholding an objection moves the application to objected; it can then not pass, and cannot be resolved twice", async () => {
    const a = await reviewed(api, 15)
    const notice = await open(api, [a])
    const filed = await object(api, notice, 1)
    const id = filed.data?.objection as string
    const blank = await api.as("clerk").POST("/api/v1/objections/{id}/resolution", {
      params: { path: { id } },
      body: { resolution: "upheld", reason: "  " },
    })
    expect(expectProblem(blank, 422, "invalid-input").errors?.map((e) => e.path)).toEqual(["body.reason"])
    expect((await objectionsOf(api, notice))[0]?.status).toBe("open")

    // With an objection open, an ended notice neither closes nor lets its applications pass.
    await backdate(api, notice)
    const stillOpen = expectProblem(
      await api
        .as("clerk")
        .POST("/api/v1/publicity-notices/{id}/close", { params: { path: { id: notice } } }),
      409,
      "objection-open",
    )
    expect(stillOpen.clause).toMatchObject({ article: expect.stringMatching(/^第十条[(（]四[)）]$/) })

    const upheld = await api.as("clerk").POST("/api/v1/objections/{id}/resolution", {
      params: { path: { id } },
      body: { resolution: "upheld", reason: "业绩造假属实" },
    })
    expect(upheld.response.status).toBe(200)
    expect(upheld.data?.objection.status).toBe("upheld")
    expect(upheld.data?.application?.state).toBe("objected")
    expect(await stateOf(api, a)).toBe("objected")

    expectProblem(
      await api
        .as("clerk")
        .POST("/api/v1/applications/{id}/pass-publicity", { params: { path: { id: a } }, body: {} }),
      409,
      "invalid-transition",
    )
    expectProblem(
      await api.as("clerk").POST("/api/v1/objections/{id}/resolution", {
        params: { path: { id } },
        body: { resolution: "dismissed", reason: "改判" },
      }),
      409,
      "objection-already-resolved",
    )
    const closed = await api
      .as("clerk")
      .POST("/api/v1/publicity-notices/{id}/close", { params: { path: { id: notice } } })
    expect(closed.response.status).toBe(200)
    expectProblem(
      await api
        .as("clerk")
        .POST("/api/v1/publicity-notices/{id}/close", { params: { path: { id: notice } } }),
      409,
      "notice-closed",
    )
  })

  it("rate limits the public routes (429 with Retry-After)", async () => {
    const limited = await startTestApi("sqlite", { publicRatePerMinute: 3 })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 5; i++)
        statuses.push(
          (
            await limited.fetch("/api/v1/publicity-notices/x/objections", {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: "{}",
            })
          ).status,
        )
      expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true)
      const res = await limited.fetch("/api/v1/publicity-notices/x")
      expect(res.status).toBe(429)
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0)
      expect(((await res.json()) as Problem).code).toBe("rate-limited")
    } finally {
      await limited.dispose()
    }
  })

  /** Who may call what, besides admin (who may call everything). "public" needs no key. */
  const MATRIX: ReadonlyArray<{
    method: "GET" | "POST"
    path: string
    allowed: "public" | ReadonlyArray<string>
    body?: unknown
  }> = [
    { method: "POST", path: "/api/v1/publicity-notices", allowed: ["clerk"], body: {} },
    { method: "GET", path: "/api/v1/publicity-notices/nope", allowed: "public" },
    { method: "POST", path: "/api/v1/publicity-notices/nope/objections", allowed: "public", body: {} },
    { method: "GET", path: "/api/v1/publicity-notices/nope/objections", allowed: ["clerk"] },
    { method: "POST", path: "/api/v1/objections/nope/resolution", allowed: ["clerk"], body: {} },
    { method: "POST", path: "/api/v1/publicity-notices/nope/close", allowed: ["clerk"] },
  ]

  it.each(MATRIX)("role matrix: $method $path → $allowed (and admin)", (route) =>
    expectRoleMatrix(api, route),
  )

  it("fuzz: arbitrary objection bodies never answer 5xx, and a refused one stores nothing", async () => {
    const a = await reviewed(api, 16)
    const notice = await open(api, [a])
    let stored = 0
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              entry: fc.oneof(fc.integer(), fc.double(), fc.string()),
              text: fc.string(),
              objector: fc.record({ contact: fc.string(), name: fc.anything() }, { requiredKeys: [] }),
            },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          const res = await api.fetch(`/api/v1/publicity-notices/${notice}/objections`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body) ?? "null",
          })
          expect(res.status).toBeLessThan(500)
          if (res.status === 201) stored++
          expect(await objectionsOf(api, notice)).toHaveLength(stored)
        },
      ),
      { numRuns: 50 },
    )
  })

  it("fuzz: arbitrary open and resolution bodies never answer 5xx", async () => {
    const a = await reviewed(api, 17)
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            applications: fc.oneof(fc.array(fc.string()), fc.anything()),
            howToObject: fc.anything(),
            published: fc.oneof(
              fc.string(),
              fc.date().map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString().slice(0, 10))),
            ),
          },
          { requiredKeys: [] },
        ),
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.anything(),
        async (openBody, objectionId, resolution) => {
          const opened = await api.fetch("/api/v1/publicity-notices", {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${api.keys.clerk}` },
            body: JSON.stringify(openBody),
          })
          expect(opened.status).toBeLessThan(500)
          expect(opened.status).not.toBe(201)
          const resolved = await api.fetch(
            `/api/v1/objections/${encodeURIComponent(objectionId)}/resolution`,
            {
              method: "POST",
              headers: { "content-type": "application/json", authorization: `Bearer ${api.keys.clerk}` },
              body: JSON.stringify(resolution) ?? "null",
            },
          )
          expect(resolved.status).toBeLessThan(500)
        },
      ),
      { numRuns: 40 },
    )
    expect(await stateOf(api, a)).toBe("unit-reviewed")
  })
})
