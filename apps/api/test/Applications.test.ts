import { beforeAll, describe, expect, it } from "@effect/vitest"
import { type components, createZhichengClient, type paths } from "@zhicheng/client"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { Effect, Encoding, FastCheck as fc } from "effect"
import * as Store from "../src/Store.ts"
import { type TestApi, useTestApi } from "./support/app.ts"
import {
  adoptionPilot,
  anyPilot,
  auditCount,
  backdate,
  expectProblem,
  expectRoleMatrix,
  residentId,
  rowCount,
  today,
} from "./support/http.ts"

type NewApplication = components["schemas"]["NewApplicationRequest"]
type ApplicationView = components["schemas"]["ApplicationView"]
type Client = ReturnType<TestApi["as"]>
type ListQuery = NonNullable<paths["/api/v1/applications"]["get"]["parameters"]["query"]>

const EDITION = "shaoxing-adoption-draft"
const TRACK = "shaoxing-adoption-draft/engineer"

/**
 * The pilot unit the adoption-track applications here name unless a test gives its own (create
 * refuses an id that is no pilot unit's, 000 第五条): `anyPilot` of the API under test, set before
 * each group's tests.
 */
let pilot = ""
const usePilot = (api: () => TestApi) =>
  beforeAll(async () => {
    pilot = await anyPilot(api())
  })

const newApplication = (n: number, over: Partial<NewApplication> = {}): NewApplication => ({
  profile: { residentId: residentId(n), name: `申请人${n}`, status: { retired: false } },
  edition: EDITION,
  track: TRACK,
  specialty: "机械工程",
  employer: "绍兴示例机械有限公司",
  unit: pilot,
  ...over,
})

const stateOf = async (api: TestApi, id: string) =>
  (await api.as("clerk").GET("/api/v1/applications/{id}", { params: { path: { id } } })).data?.state

/** Applications stored (all of them, whoever may see them). */
const countApplications = (api: TestApi) => rowCount(api, "applications")

/**
 * Every page of the list `client` is shown for `query`, following `next` until it is absent; fails
 * on anything but 200 and after 100 pages (a cursor that does not advance).
 */
const listPages = async (client: Client, query: ListQuery = {}) => {
  const pages: Array<{ ids: ReadonlyArray<string>; items: ReadonlyArray<ApplicationView> }> = []
  let after: string | undefined
  for (let i = 0; i < 100; i++) {
    const res = await client.GET("/api/v1/applications", {
      params: { query: { ...query, ...(after !== undefined ? { after } : {}) } },
    })
    expect(res.response.status).toBe(200)
    const items = res.data?.applications ?? []
    pages.push({ ids: items.map((a) => a.id), items })
    after = res.data?.next
    if (after === undefined) return pages
  }
  throw new Error("more than 100 pages: the cursor does not advance")
}

/** The ids of every application `client` is shown for `query`, over every page. */
const listAll = async (client: Client, query: ListQuery = {}) =>
  (await listPages(client, { limit: "200", ...query })).flatMap((p) => p.ids)

/** A client with a new API key of `role`; its caller id is `key:<name>`. */
const clientWithNewKey = async (api: TestApi, name: string, role: "enterprise-hr" | "clerk") => {
  const { key } = await api.built.runtime.runPromise(Store.createKey(name, role))
  return createZhichengClient({ baseUrl: "http://test.local", fetch: api.fetch as typeof fetch, apiKey: key })
}

/** Creates (enterprise HR), submits and unit-reviews an application; returns its id. */
const reviewed = async (api: TestApi, n: number) => {
  const created = await api.as("enterprise-hr").POST("/api/v1/applications", { body: newApplication(n) })
  const id = created.data?.id as string
  expect(created.response.status).toBe(201)
  expect(created.data?.next).toEqual(["submitted", "withdrawn"])
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
  // The Shaoxing draft publicises first-title applicants (000 第十条(三)): a notice, not a recommendation.
  const got = await api.as("clerk").GET("/api/v1/applications/{id}", { params: { path: { id } } })
  expect(got.data?.next).toEqual(["in-publicity", "withdrawn"])
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
    usePilot(() => api)

    it("create → submit → unit review → publicity → objection dismissed → pass → recommend → decide → certificate", async () => {
      const hr = api.as("enterprise-hr")
      const clerk = api.as("clerk")
      const committee = api.as("committee")

      // A's employer is a pilot unit (000): its application names the unit by id. Its figures for
      // the year are recorded later, at the recommendation.
      const unit = await adoptionPilot(api, "绍兴示例机械有限公司", null)

      // Create, idempotently: the retry returns the same record, and only one is stored.
      const key = { "Idempotency-Key": `create-a-${kind}` }
      const first = await hr.POST("/api/v1/applications", {
        body: newApplication(1, { unit }),
        params: { header: key },
      })
      expect(first.response.status).toBe(201)
      const retry = await hr.POST("/api/v1/applications", {
        body: newApplication(1, { unit }),
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

      // Recommend: an adoption track needs the pilot unit's figures for the year (000 第九条) …
      const noFigures = expectProblem(
        await clerk.POST("/api/v1/applications/{id}/recommend", { params: { path: { id: a } }, body: {} }),
        409,
        "quota-figures-missing",
      )
      expect(noFigures.clause).toMatchObject({ article: "第九条" })
      expect(noFigures.errors).toEqual([
        { path: "figures", rule: expect.stringContaining("no adoption figures") },
      ])
      // … which are recorded once on the unit, not passed with the step …
      const withFigures = expectProblem(
        await clerk.POST("/api/v1/applications/{id}/recommend", {
          params: { path: { id: a } },
          body: { quota: { insuredStaff: 10, lastYearGraduateHires: 1 } } as never,
        }),
        422,
        "invalid-input",
      )
      expect(withFigures.errors?.map((e) => e.path)).toEqual(["body.quota"])
      const figures = await hr.PUT("/api/v1/pilot-units/{id}/adoptions/{year}/figures", {
        params: { path: { id: unit, year: String(CivilDate.parts(today()).year) } },
        body: { insuredStaff: 10, lastYearGraduateHires: 1 },
      })
      expect(figures.response.status).toBe(200)
      // … refuses going over the cap (10 × 5% = 0, 1 × 50% = 0) without a reason …
      const over = expectProblem(
        await clerk.POST("/api/v1/applications/{id}/recommend", { params: { path: { id: a } }, body: {} }),
        409,
        "quota-exceeded",
      )
      expect(over.clause).toMatchObject({ article: "第九条" })
      expect(over.detail).toContain("would adopt 1 in")
      expect(over.detail).toContain("the cap is 0")
      expect(await stateOf(api, a)).toBe("publicity-passed")
      // … and records the reason when there is one.
      const recommended = await clerk.POST("/api/v1/applications/{id}/recommend", {
        params: { path: { id: a } },
        body: { overrideReason: "重点产业急需人才" },
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

    it("pages the list in creation order, and shows each enterprise-HR key only its own, page by page", async () => {
      const unit = await adoptionPilot(api, `分页示例有限公司-${kind}`, null)
      const hr1 = api.as("enterprise-hr")
      const hr2 = await clientWithNewKey(api, `second-hr-${kind}`, "enterprise-hr")
      const clerk = api.as("clerk")
      const creators = [hr1, clerk, hr1, hr2, hr1, hr1, clerk, hr2, hr1]
      const created: Array<{ id: string; by: Client }> = []
      for (const [i, by] of creators.entries()) {
        const res = await by.POST("/api/v1/applications", { body: newApplication(200 + i, { unit }) })
        expect(res.response.status).toBe(201)
        created.push({ id: res.data?.id as string, by })
      }
      const idsOf = (who: Client) => created.filter((c) => c.by === who).map((c) => c.id)

      // The clerk: every one, in creation order (then id), the same over pages of 2 as in one page.
      const one = await clerk.GET("/api/v1/applications", { params: { query: { unit, limit: "200" } } })
      expect(one.data?.next).toBeUndefined()
      const order = one.data?.applications.map((a) => [a.createdAt, a.id] as const) ?? []
      expect(order.map(([, id]) => id).sort()).toEqual(created.map((c) => c.id).sort())
      expect(order).toEqual(
        [...order].sort(([at1, id1], [at2, id2]) =>
          at1 !== at2 ? (at1 < at2 ? -1 : 1) : id1 < id2 ? -1 : 1,
        ),
      )
      const byTwo = await listPages(clerk, { unit, limit: "2" })
      expect(byTwo.map((p) => p.ids.length)).toEqual([2, 2, 2, 2, 1])
      expect(byTwo.flatMap((p) => p.ids)).toEqual(order.map(([, id]) => id))

      // Each HR key: its own only, in the same order, whatever the page size; a last page that is
      // exactly full has no `next`.
      const ordered = order.map(([, id]) => id)
      const inOrder = (ids: ReadonlyArray<string>) => ordered.filter((id) => ids.includes(id))
      const hr1Pages = await listPages(hr1, { unit, limit: "2" })
      expect(hr1Pages.map((p) => p.ids.length)).toEqual([2, 2, 1])
      expect(hr1Pages.flatMap((p) => p.ids)).toEqual(inOrder(idsOf(hr1)))
      expect(hr1Pages.flatMap((p) => p.items).every((a) => a.createdBy === "key:test-enterprise-hr")).toBe(
        true,
      )
      const hr2Pages = await listPages(hr2, { unit, limit: "2" })
      expect(hr2Pages.map((p) => p.ids)).toEqual([inOrder(idsOf(hr2))])
      expect(hr2Pages[0]?.items.every((a) => a.createdBy === `key:second-hr-${kind}`)).toBe(true)
      // A cursor is only a position: from the clerk's first page on, HR still sees only its own.
      const clerkNext = (await clerk.GET("/api/v1/applications", { params: { query: { unit, limit: "2" } } }))
        .data?.next
      expect(await listAll(hr1, { unit, after: clerkNext as string })).toEqual(
        inOrder(idsOf(hr1)).filter((id) => ordered.indexOf(id) >= 2),
      )

      // One HR key can neither read nor step another's application; its owner can.
      const [theirs] = idsOf(hr2)
      const path = { params: { path: { id: theirs as string } } }
      expectProblem(await hr1.GET("/api/v1/applications/{id}", path), 404, "not-found")
      expectProblem(await hr1.GET("/api/v1/applications/{id}/history", path), 404, "not-found")
      expectProblem(
        await hr1.POST("/api/v1/applications/{id}/withdraw", { ...path, body: {} }),
        404,
        "not-found",
      )
      expect((await hr2.GET("/api/v1/applications/{id}", path)).data?.state).toBe("draft")
      expect((await hr2.POST("/api/v1/applications/{id}/withdraw", { ...path, body: {} })).data?.state).toBe(
        "withdrawn",
      )
    })
  })
}

describe("a key's name is its holder (sqlite)", () => {
  let api: TestApi
  useTestApi("sqlite", (started) => {
    api = started
  })
  usePilot(() => api)

  it("a new key under the same name keeps the holder's applications; a name takes one role only", async () => {
    const old = await clientWithNewKey(api, "hr-rotating", "enterprise-hr")
    const created = await old.POST("/api/v1/applications", { body: newApplication(700) })
    const id = created.data?.id as string
    expect(created.data?.createdBy).toBe("key:hr-rotating")
    // Rotation: the new key sees and steps what the old one created.
    const rotated = await clientWithNewKey(api, "hr-rotating", "enterprise-hr")
    expect((await rotated.GET("/api/v1/applications/{id}", { params: { path: { id } } })).data?.id).toBe(id)
    // Another holder does not.
    const other = await clientWithNewKey(api, "hr-other", "enterprise-hr")
    expectProblem(
      await other.GET("/api/v1/applications/{id}", { params: { path: { id } } }),
      404,
      "not-found",
    )
    // A clerk key under an HR holder's name would see that holder's applications as its own: refused.
    const refused = await api.built.runtime.runPromise(Effect.flip(Store.createKey("hr-rotating", "clerk")))
    expect(refused).toMatchObject({ _tag: "KeyNameInUse", name: "hr-rotating", role: "enterprise-hr" })
    expect(refused.message).toContain("one holder with one role")
  })
})

describe("refusals, roles and fuzz (sqlite)", () => {
  let api: TestApi
  useTestApi("sqlite", (started) => {
    api = started
  })
  usePilot(() => api)

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

  it("refuses an adoption-track unit that is no pilot unit's id (422 naming body.unit, citing 000 第五条), storing nothing", async () => {
    const before = [await countApplications(api), await auditCount(api)]
    const res = await api
      .as("clerk")
      .POST("/api/v1/applications", { body: newApplication(11, { unit: "91330600MA2TYPO00X" }) })
    const p = expectProblem(res, 422, "invalid-input")
    expect(p.errors).toEqual([
      { path: "body.unit", rule: expect.stringContaining("91330600MA2TYPO00X is not a pilot unit's id") },
    ])
    expect(p.clause).toMatchObject({
      document: "shaoxing-adoption-draft",
      source: "000_f566ba90b7a0da7a.txt",
      article: "第五条",
    })
    expect([await countApplications(api), await auditCount(api)]).toEqual(before)
    // The pilot unit's own id is accepted.
    expect(
      (await api.as("clerk").POST("/api/v1/applications", { body: newApplication(11) })).response.status,
    ).toBe(201)
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

  it("validates step bodies: decide's outcome, recommend's override reason, the certificate number", async () => {
    const id = await reviewed(api, 33)
    const decide = await api.as("committee").POST("/api/v1/applications/{id}/decide", {
      params: { path: { id } },
      body: { outcome: "maybe" } as unknown as { outcome: "approved" },
    })
    expect(expectProblem(decide, 422, "invalid-input").errors?.map((e) => e.path)).toContain("body.outcome")
    const reason = await api.as("clerk").POST("/api/v1/applications/{id}/recommend", {
      params: { path: { id } },
      body: { overrideReason: "" },
    })
    expect(expectProblem(reason, 422, "invalid-input").errors?.map((e) => e.path)).toContain(
      "body.overrideReason",
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
    const hrList = await listAll(api.as("enterprise-hr"))
    expect(hrList).toContain(byHr)
    expect(hrList).not.toContain(byClerk)
    const clerkList = await listAll(api.as("clerk"))
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
    const drafts = (
      await listPages(api.as("committee"), { state: "draft", edition: EDITION, limit: "200" })
    ).flatMap((p) => p.items)
    expect(drafts.length).toBeGreaterThan(0)
    expect(drafts.every((a) => a.state === "draft" && a.edition === EDITION)).toBe(true)
    expect(
      (await api.as("clerk").GET("/api/v1/applications", { params: { query: { unit: "no-such-unit" } } }))
        .data,
    ).toEqual({ applications: [] })
    const bad = await api
      .as("clerk")
      .GET("/api/v1/applications", { params: { query: { state: "nope" as "draft" } } })
    expect(expectProblem(bad, 422, "invalid-input").errors?.map((e) => e.path)).toContain("query.state")
  })

  it("refuses a malformed `after` cursor with 422 naming query.after", async () => {
    const unit = await adoptionPilot(api, "游标示例有限公司", null)
    for (const n of [60, 61])
      await api.as("clerk").POST("/api/v1/applications", { body: newApplication(n, { unit }) })
    const first = await api
      .as("clerk")
      .GET("/api/v1/applications", { params: { query: { unit, limit: "1" } } })
    const next = first.data?.next as string
    expect(next).toEqual(expect.any(String))
    // The real cursor works, and reaches the second.
    const second = await api
      .as("clerk")
      .GET("/api/v1/applications", { params: { query: { unit, limit: "1", after: next } } })
    expect(second.data?.applications).toHaveLength(1)
    expect(second.data?.applications[0]?.id).not.toBe(first.data?.applications[0]?.id)
    expect(second.data?.next).toBeUndefined()

    const b64 = (text: string) => Encoding.encodeBase64Url(text)
    const cases: ReadonlyArray<[string, string]> = [
      ["empty", ""],
      ["not base64url JSON", "nope"],
      ["cut short", next.slice(0, -4)],
      ["an object", b64('{"createdAt":"2024-01-01T00:00:00.000Z","id":"x"}')],
      ["not an instant", b64('["yesterday","x"]')],
      ["no id", b64('["2024-01-01T00:00:00.000Z",""]')],
      ["three items", b64('["2024-01-01T00:00:00.000Z","x","y"]')],
      ["too long", "A".repeat(1001)],
    ]
    for (const [what, after] of cases) {
      const res = await api.fetch(`/api/v1/applications?unit=${unit}&after=${encodeURIComponent(after)}`, {
        headers: { authorization: `Bearer ${api.keys.clerk}` },
      })
      expect(res.status, what).toBe(422)
      const p = (await res.json()) as { code: string; errors: ReadonlyArray<{ path: string; rule: string }> }
      expect(p.code, what).toBe("invalid-input")
      expect(
        p.errors.map((e) => e.path),
        what,
      ).toEqual(["query.after"])
    }
    const rule = async (after: string) =>
      (
        (await (
          await api.fetch(`/api/v1/applications?after=${after}`, {
            headers: { authorization: `Bearer ${api.keys.clerk}` },
          })
        ).json()) as { errors: ReadonlyArray<{ rule: string }> }
      ).errors[0]?.rule
    expect(await rule("nope")).toContain("pass the `next` of the previous page unchanged")
  })

  it("pages by `limit`: 50 by default, at most 200; a bad limit is a 422 naming query.limit", async () => {
    const unit = await adoptionPilot(api, "页长示例有限公司", null)
    for (let n = 0; n < 51; n++)
      expect(
        (await api.as("clerk").POST("/api/v1/applications", { body: newApplication(300 + n, { unit }) }))
          .response.status,
      ).toBe(201)
    const clerk = api.as("clerk")
    const first = await clerk.GET("/api/v1/applications", { params: { query: { unit } } })
    expect(first.data?.applications).toHaveLength(50)
    const rest = await clerk.GET("/api/v1/applications", {
      params: { query: { unit, after: first.data?.next as string } },
    })
    expect(rest.data?.applications).toHaveLength(1)
    expect(rest.data?.next).toBeUndefined()
    const max = await clerk.GET("/api/v1/applications", { params: { query: { unit, limit: "200" } } })
    expect(max.data?.applications).toHaveLength(51)
    expect(max.data?.next).toBeUndefined()
    expect(
      [...(first.data?.applications ?? []), ...(rest.data?.applications ?? [])].map((a) => a.id),
    ).toEqual(max.data?.applications.map((a) => a.id))
    for (const limit of ["0", "201", "1.5", "x", "-1"]) {
      const bad = await clerk.GET("/api/v1/applications", { params: { query: { unit, limit } } })
      expect(
        expectProblem(bad, 422, "invalid-input").errors?.map((e) => e.path),
        limit,
      ).toEqual(["query.limit"])
    }
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

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`one claim per person over HTTP (${kind})`, () => {
    let api: TestApi
    useTestApi(kind, (started) => {
      api = started
    })

    it("a second live application of one person, edition and level is 409 duplicate-application, citing the ruling; nothing stored; after a withdrawal it is taken", async () => {
      const hr = api.as("enterprise-hr")
      const weihai = (track: string): NewApplication => ({
        profile: { residentId: residentId(777), name: "申请人777", status: { retired: false } },
        edition: "weihai-2020-50",
        track: `weihai-2020-50/${track}`,
        specialty: "机电制造",
        employer: "威海示例有限公司",
        unit: "91371000MA0000777X",
      })
      const first = await hr.POST("/api/v1/applications", { body: weihai("green/engineer") })
      expect(first.response.status).toBe(201)
      const before = await countApplications(api)
      const second = expectProblem(
        await hr.POST("/api/v1/applications", {
          body: { ...weihai("second-series"), target: { level: "intermediate" } },
        }),
        409,
        "duplicate-application",
      )
      expect(second.clause).toMatchObject({ article: "Personal data and certificates" })
      expect(second.detail).not.toContain(first.data?.id as string)
      expect(await countApplications(api)).toBe(before)
      const id = first.data?.id as string
      await hr.POST("/api/v1/applications/{id}/withdraw", { params: { path: { id } }, body: {} })
      expect(
        (await hr.POST("/api/v1/applications", { body: weihai("green/engineer") })).response.status,
      ).toBe(201)
    })
  })
}
