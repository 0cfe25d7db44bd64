import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import { Arbitrary, FastCheck as fc } from "effect"
import { type ROLES, startTestApi, type TestApi, useTestApi } from "./support/app.ts"
import { expectRoleMatrix, rowCount } from "./support/http.ts"

const KINDS = ["sqlite", "postgres"] as const
/** This year in China; dates in these tests are relative to it (the API runs on the real clock). */
const THIS_YEAR = Number(CivilDate.todayInChina(Date.now()).slice(0, 4))
/** A past year: its application deadline has passed (needs lateReason) and its review is open. */
const LAST_YEAR = THIS_YEAR - 1

interface Problem {
  readonly status: number
  readonly code: string
  readonly detail: string
  readonly errors?: ReadonlyArray<{ readonly path: string; readonly rule: string }>
  readonly clause?: { readonly article: string; readonly quote: string }
}

const problemOf = (e: unknown): Problem => e as Problem

const application = (unitName: string, year: number, district = "cn-zhejiang-shaoxing-shangyu") => ({
  year,
  district,
  unitName,
  industry: "高端装备制造",
  address: "绍兴市上虞区某路1号",
  legalRepresentative: { name: "王法人", position: "董事长", phone: "0575-82000001", mobile: "13800000001" },
  workContact: { name: "李联系", position: "人事经理", mobile: "13900000002" },
  staff: { fullSenior: 0, associateSenior: 3, intermediate: 20, junior: 40 },
  profileAndPromotionSystem: "技术岗位评价晋升制度（附页）",
  specialties: ["机电", "信息技术"] as Array<"机电" | "信息技术">,
})

const scope = {
  postSequence: "工程技术岗",
  levels: ["助理工程师", "工程师"] as Array<"助理工程师" | "工程师">,
  specialties: ["机电", "信息技术"] as Array<"机电" | "信息技术">,
}

/** Row counts of everything a pilot-unit step may write. */
const snapshot = async (api: TestApi) => ({
  units: await rowCount(api, "pilot_units"),
  reviews: await rowCount(api, "pilot_unit_reviews"),
  figures: await rowCount(api, "adoption_figures"),
  audit: await rowCount(api, "audit_log"),
})

const apply = async (api: TestApi, name: string, year: number) => {
  const res = await api.as("enterprise-hr").POST("/api/v1/pilot-units", {
    body: {
      application: application(name, year),
      ...(year < THIS_YEAR + 1 ? { lateReason: "区里延期受理" } : {}),
    },
  })
  expect(res.response.status).toBe(201)
  return res.data as NonNullable<typeof res.data>
}

const recommend = async (api: TestApi, id: string) => {
  const res = await api.as("clerk").POST("/api/v1/pilot-units/{id}/recommendation", {
    params: { path: { id } },
    body: { recommended: true, opinion: "经核实，符合条件，同意推荐" },
  })
  expect(res.response.status).toBe(200)
  return res.data as NonNullable<typeof res.data>
}

const select = (api: TestApi, id: string, overCapReason?: string) =>
  api.as("clerk").POST("/api/v1/pilot-units/{id}/selection", {
    params: { path: { id } },
    body: { opinion: "综合评估，同意列为试点单位", scope, ...(overCapReason ? { overCapReason } : {}) },
  })

/** A unit applied, recommended and selected for `year`. */
const selected = async (api: TestApi, name: string, year: number) => {
  const u = await apply(api, name, year)
  await recommend(api, u.id)
  const s = await select(api, u.id)
  expect(s.response.status).toBe(200)
  return u.id
}

const CONTACT_DATA = [
  "王法人",
  "李联系",
  "13800000001",
  "13900000002",
  "0575-82000001",
  "legalRepresentative",
  "workContact",
  "mobile",
]

for (const kind of KINDS) {
  describe(`pilot units over HTTP (${kind})`, () => {
    let api: TestApi
    useTestApi(kind, (started) => {
      api = started
    })

    it("applies, recommends, selects and reviews a unit; the public sees no contact data", async () => {
      const u = await apply(api, "越城精工有限公司", LAST_YEAR)
      expect(u.status).toBe("applied")
      expect(u.lateReason).toBe("区里延期受理")
      const r = await recommend(api, u.id)
      expect(r.status).toBe("recommended")
      const s = await select(api, u.id)
      expect(s.data?.status).toBe("selected")
      expect(s.data?.selection?.scope?.specialties).toEqual(["机电", "信息技术"])

      const reviewed = await api.as("clerk").POST("/api/v1/pilot-units/{id}/review", {
        params: { path: { id: u.id } },
        body: { year: LAST_YEAR, passed: true, opinion: "年度复审合格" },
      })
      expect(reviewed.response.status).toBe(200)
      expect(reviewed.data?.review).toMatchObject({ year: LAST_YEAR, passed: true })
      expect(reviewed.data?.unit.status).toBe("selected")

      // The same review twice is refused, with the clause (第十三条), and stores nothing.
      const before = await snapshot(api)
      const again = await api.as("clerk").POST("/api/v1/pilot-units/{id}/review", {
        params: { path: { id: u.id } },
        body: { year: LAST_YEAR, passed: false, opinion: "重复" },
      })
      expect(again.response.status).toBe(409)
      expect(problemOf(again.error).code).toBe("invalid-transition")
      expect(problemOf(again.error).clause?.article).toBe("第十三条")
      expect(await snapshot(api)).toEqual(before)

      // The bureau's record has the contacts and the review; the public views do not.
      const record = await api
        .as("clerk")
        .GET("/api/v1/pilot-units/{id}/record", { params: { path: { id: u.id } } })
      expect(record.data?.unit.application.workContact.mobile).toBe("13900000002")
      expect(record.data?.reviews).toHaveLength(1)
      expect(record.data?.conditions.every((c) => c.outcome === "needs-review")).toBe(true)

      const pub = await api.client.GET("/api/v1/pilot-units/{id}", { params: { path: { id: u.id } } })
      expect(pub.response.status).toBe(200)
      expect(pub.data).toMatchObject({
        id: u.id,
        unitName: "越城精工有限公司",
        status: "selected",
        year: LAST_YEAR,
      })
      const list = await api.client.GET("/api/v1/pilot-units", {
        params: { query: { year: String(LAST_YEAR) } },
      })
      expect(list.data?.map((x) => x.id)).toContain(u.id)
      for (const text of [JSON.stringify(pub.data), JSON.stringify(list.data)])
        for (const secret of CONTACT_DATA) expect(text).not.toContain(secret)
    })

    it("records a failed review (the unit exits after that year), an exit and a refusal", async () => {
      const failed = await selected(api, "柯桥纺织有限公司", LAST_YEAR)
      const f = await api.as("clerk").POST("/api/v1/pilot-units/{id}/review", {
        params: { path: { id: failed } },
        body: { year: LAST_YEAR, passed: false, opinion: "复审不合格" },
      })
      expect(f.data?.unit).toMatchObject({
        status: "exited",
        exit: { lastYear: LAST_YEAR, cause: "review-failed" },
      })

      const leaving = await selected(api, "诸暨材料有限公司", LAST_YEAR)
      const e = await api.as("clerk").POST("/api/v1/pilot-units/{id}/exit", {
        params: { path: { id: leaving } },
        body: { reason: "企业申请退出", lastYear: THIS_YEAR },
      })
      expect(e.data).toMatchObject({ status: "exited", exit: { lastYear: THIS_YEAR, cause: "withdrawn" } })

      const declined = await apply(api, "嵊州电机有限公司", LAST_YEAR)
      await recommend(api, declined.id)
      const d = await api.as("clerk").POST("/api/v1/pilot-units/{id}/decline", {
        params: { path: { id: declined.id } },
        body: { opinion: "综合评估，暂不列入" },
      })
      expect(d.data?.status).toBe("not-selected")
      const pub = await api.client.GET("/api/v1/pilot-units/{id}", { params: { path: { id: failed } } })
      expect(pub.data?.lastYear).toBe(LAST_YEAR)
      const selectedOnly = await api.client.GET("/api/v1/pilot-units", {
        params: { query: { year: String(LAST_YEAR), status: "not-selected" } },
      })
      expect(selectedOnly.data?.map((x) => x.id)).toEqual([declined.id])
    })

    it("refuses the 7th unit of a year without a reason (409 with the clause) and accepts it with one", async () => {
      const year = THIS_YEAR + 1
      for (let i = 1; i <= 6; i++) await selected(api, `试点企业${i}`, year)
      const seventh = await apply(api, "第七家企业", year)
      await recommend(api, seventh.id)
      const before = await snapshot(api)
      const refused = await select(api, seventh.id)
      expect(refused.response.status).toBe(409)
      const p = problemOf(refused.error)
      expect(p.code).toBe("quota-exceeded")
      expect(p.clause).toMatchObject({ article: "第五条", quote: "一般每年不超过6家" })
      expect(await snapshot(api)).toEqual(before)
      const still = await api.client.GET("/api/v1/pilot-units/{id}", { params: { path: { id: seventh.id } } })
      expect(still.data?.status).toBe("recommended")

      const accepted = await select(api, seventh.id, "重点产业链链主企业，市局研究同意")
      expect(accepted.response.status).toBe(200)
      expect(accepted.data?.selection?.overCap).toEqual({
        cap: 6,
        count: 6,
        reason: "重点产业链链主企业，市局研究同意",
      })
    })

    it("takes one application per unit and year (409 already-applied, 第五条) and stores nothing for the second", async () => {
      const year = THIS_YEAR + 4
      const first = await apply(api, "上虞一年一次有限公司", year)
      const before = await snapshot(api)
      for (const name of ["上虞一年一次有限公司", " 上虞一年一次 有限公司"]) {
        const again = await api
          .as("clerk")
          .POST("/api/v1/pilot-units", { body: { application: application(name, year) } })
        expect(again.response.status).toBe(409)
        const p = problemOf(again.error)
        expect(p.code).toBe("already-applied")
        expect(p.clause?.article).toBe("第五条")
        expect(p.detail).toContain(first.id)
      }
      expect(await snapshot(api)).toEqual(before)
      // The next year is another application.
      expect((await apply(api, "上虞一年一次有限公司", year + 1)).id).not.toBe(first.id)
    })

    it("a retried apply with the same Idempotency-Key returns the same record, not a second", async () => {
      const year = THIS_YEAR + 2
      const body = { application: application("上虞化工有限公司", year) }
      const headers = { "idempotency-key": `apply-${kind}-1` }
      const first = await api.as("enterprise-hr").POST("/api/v1/pilot-units", { body, headers })
      const second = await api.as("enterprise-hr").POST("/api/v1/pilot-units", { body, headers })
      expect(first.response.status).toBe(201)
      expect(second.response.status).toBe(201)
      expect(second.response.headers.get("idempotent-replayed")).toBe("true")
      expect(second.data?.id).toBe(first.data?.id)
      const list = await api.client.GET("/api/v1/pilot-units", { params: { query: { year: String(year) } } })
      expect(list.data).toHaveLength(1)
      // The same key for a different body is refused.
      const other = await api.as("enterprise-hr").POST("/api/v1/pilot-units", {
        body: { application: application("另一家", year) },
        headers,
      })
      expect(other.response.status).toBe(422)
      expect(problemOf(other.error).code).toBe("idempotency-key-reused")
    })

    it("refusals name the field or the clause and store nothing", async () => {
      const year = THIS_YEAR + 3
      const before = await snapshot(api)
      const outside = await api.as("enterprise-hr").POST("/api/v1/pilot-units", {
        body: { application: application("杭州某公司", year, "cn-zhejiang-hangzhou") },
      })
      expect(outside.response.status).toBe(409)
      expect(problemOf(outside.error).clause?.article).toBe("第七条")

      const late = await api
        .as("enterprise-hr")
        .POST("/api/v1/pilot-units", { body: { application: application("迟到公司", LAST_YEAR) } })
      expect(late.response.status).toBe(409)
      expect(problemOf(late.error).code).toBe("deadline-passed")

      const bad = await api.fetch("/api/v1/pilot-units", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${api.keys["enterprise-hr"]}` },
        body: JSON.stringify({
          application: {
            ...application("坏数据", year),
            unitName: " ",
            specialties: ["机电", "化工"],
            staff: { junior: -1 },
          },
        }),
      })
      expect(bad.status).toBe(422)
      const paths = ((await bad.json()) as Problem).errors?.map((e) => e.path)
      expect(paths).toEqual(
        expect.arrayContaining([
          "body.application.unitName",
          "body.application.specialties[1]",
          "body.application.staff.junior",
        ]),
      )
      expect(await snapshot(api)).toEqual(before)

      // Selecting a unit the district has not recommended; approving a specialty it did not apply for.
      const u = await apply(api, "未推荐公司", year)
      const mid = await snapshot(api)
      const early = await select(api, u.id)
      expect(early.response.status).toBe(409)
      expect(problemOf(early.error).clause?.article).toBe("第八条（三）")
      await recommend(api, u.id)
      const afterRecommend = await snapshot(api)
      expect(afterRecommend.audit).toBe(mid.audit + 1)
      const extra = await api.as("clerk").POST("/api/v1/pilot-units/{id}/selection", {
        params: { path: { id: u.id } },
        body: { opinion: "同意", scope: { ...scope, specialties: ["医药"] } },
      })
      expect(extra.response.status).toBe(409)
      expect(problemOf(extra.error).errors?.[0]?.path).toBe("scope.specialties")
      expect(await snapshot(api)).toEqual(afterRecommend)

      const missing = await api.client.GET("/api/v1/pilot-units/{id}", {
        params: { path: { id: "no-such-unit" } },
      })
      expect(missing.response.status).toBe(404)
    })

    it("records a unit's adoption figures for a year (000 第九条); the cap and count read them; refusals store nothing", async () => {
      const year = THIS_YEAR + 4
      const id = await selected(api, "基数示例有限公司", year)
      const usage = () =>
        api
          .as("committee")
          .GET("/api/v1/pilot-units/{id}/adoptions/{year}", { params: { path: { id, year: String(year) } } })
      const none = await usage()
      expect(none.response.status).toBe(200)
      expect(none.data).toEqual({
        unitId: id,
        year,
        edition: "shaoxing-adoption-draft",
        adopted: { people: 0, onRosters: 0, recommended: 0 },
      })

      const before = await snapshot(api)
      const early = await api.as("enterprise-hr").PUT("/api/v1/pilot-units/{id}/adoptions/{year}/figures", {
        params: { path: { id, year: String(year - 1) } },
        body: { insuredStaff: 100, lastYearGraduateHires: 12 },
      })
      expect(early.response.status).toBe(409)
      expect(problemOf(early.error).code).toBe("invalid-transition")
      expect(problemOf(early.error).clause?.article).toBe("第九条")
      const bad = await api.fetch(`/api/v1/pilot-units/${id}/adoptions/${year}/figures`, {
        method: "PUT",
        headers: { "content-type": "application/json", authorization: `Bearer ${api.keys["enterprise-hr"]}` },
        body: JSON.stringify({ insuredStaff: -1, lastYearGraduateHires: 1.5 }),
      })
      expect(bad.status).toBe(422)
      expect(((await bad.json()) as Problem).errors?.map((e) => e.path)).toEqual(
        expect.arrayContaining(["body.insuredStaff", "body.lastYearGraduateHires"]),
      )
      const unknown = await api.as("clerk").PUT("/api/v1/pilot-units/{id}/adoptions/{year}/figures", {
        params: { path: { id: "no-such-unit", year: String(year) } },
        body: { insuredStaff: 100, lastYearGraduateHires: 12 },
      })
      expect(unknown.response.status).toBe(404)
      expect(await snapshot(api)).toEqual(before)

      // The unit's HR records them: 100 insured staff → 5; 12 graduate hires → 6. The cap is 6.
      const recorded = await api
        .as("enterprise-hr")
        .PUT("/api/v1/pilot-units/{id}/adoptions/{year}/figures", {
          params: { path: { id, year: String(year) } },
          body: { insuredStaff: 100, lastYearGraduateHires: 12 },
        })
      expect(recorded.response.status).toBe(200)
      expect(recorded.data).toMatchObject({
        unitId: id,
        year,
        figures: { insuredStaff: 100, lastYearGraduateHires: 12 },
      })
      expect(await snapshot(api)).toMatchObject({ figures: before.figures + 1, audit: before.audit + 1 })
      expect((await usage()).data).toMatchObject({
        figures: { figures: { insuredStaff: 100, lastYearGraduateHires: 12 } },
        cap: {
          cap: 6,
          applies: "graduate-hires",
          insuredStaff: { base: 100, percent: 5, figure: 5 },
          graduateHires: { base: 12, percent: 50, figure: 6 },
          citation: { article: "第九条" },
        },
        adopted: { people: 0, onRosters: 0, recommended: 0 },
        remaining: 6,
      })
    })
  })
}

// ---------------------------------------------------------------------------------------------------
// Role matrix: who may call what (admin may call everything)
// ---------------------------------------------------------------------------------------------------

type Caller = "none" | (typeof ROLES)[number]
const STAFF = ["clerk", "admin"] as const

const MATRIX: ReadonlyArray<{
  readonly method: string
  readonly path: string
  readonly allowed: "public" | ReadonlyArray<Caller>
  readonly body?: unknown
}> = [
  { method: "POST", path: "/api/v1/pilot-units", allowed: ["enterprise-hr", "clerk", "admin"], body: {} },
  { method: "GET", path: "/api/v1/pilot-units?year=2025", allowed: "public" },
  { method: "GET", path: "/api/v1/pilot-units/nope", allowed: "public" },
  { method: "GET", path: "/api/v1/pilot-units/nope/record", allowed: STAFF },
  { method: "POST", path: "/api/v1/pilot-units/nope/recommendation", allowed: STAFF, body: {} },
  { method: "POST", path: "/api/v1/pilot-units/nope/selection", allowed: STAFF, body: {} },
  { method: "POST", path: "/api/v1/pilot-units/nope/decline", allowed: STAFF, body: {} },
  { method: "POST", path: "/api/v1/pilot-units/nope/review", allowed: STAFF, body: {} },
  { method: "POST", path: "/api/v1/pilot-units/nope/exit", allowed: STAFF, body: {} },
  {
    method: "PUT",
    path: "/api/v1/pilot-units/nope/adoptions/2025/figures",
    allowed: ["enterprise-hr", "clerk", "admin"],
    body: {},
  },
  {
    method: "GET",
    path: "/api/v1/pilot-units/nope/adoptions/2025",
    allowed: ["enterprise-hr", "clerk", "committee", "admin"],
  },
]

describe("pilot units: role matrix", () => {
  let api: TestApi
  useTestApi("sqlite", (started) => {
    api = started
  })

  for (const route of MATRIX)
    it(`${route.method} ${route.path}: ${route.allowed === "public" ? "anyone" : route.allowed.join(", ")}`, async () => {
      const before = await snapshot(api)
      await expectRoleMatrix(api, route)
      expect(await snapshot(api)).toEqual(before)
    })
})

// ---------------------------------------------------------------------------------------------------
// Fuzzing: arbitrary inputs never cause a 5xx, and a refused request stores nothing
// ---------------------------------------------------------------------------------------------------

describe("pilot units: fuzzing", () => {
  let api: TestApi
  let unitId: string
  beforeAll(async () => {
    api = await startTestApi("sqlite")
    unitId = (await apply(api, "模糊测试公司", THIS_YEAR + 1)).id
  }, 60_000)
  afterAll(async () => {
    await api?.dispose()
  })

  const post = (path: string, body: unknown) =>
    api.fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${api.keys.clerk}` },
      body: JSON.stringify(body),
    })

  it("applications: schema-shaped and arbitrary JSON", async () => {
    const applications = Arbitrary.make(PilotUnits.PilotApplication).map((a) => ({ application: a }))
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(applications, fc.jsonValue(), fc.record({ application: fc.jsonValue() })),
        async (body) => {
          const before = await snapshot(api)
          const res = await post("/api/v1/pilot-units", body)
          expect(res.status).toBeLessThan(500)
          const after = await snapshot(api)
          expect(after.units).toBe(before.units + (res.status === 201 ? 1 : 0))
          if (res.status !== 201) expect(after).toEqual(before)
        },
      ),
      { numRuns: 60 },
    )
  })

  it("steps on a unit: arbitrary bodies and ids", async () => {
    const steps = ["recommendation", "selection", "decline", "review", "exit"]
    const record = () =>
      api.as("clerk").GET("/api/v1/pilot-units/{id}/record", { params: { path: { id: unitId } } })
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...steps),
        fc.oneof(fc.constant(unitId), fc.string({ maxLength: 120 })),
        fc.oneof(
          fc.jsonValue(),
          fc.record({ recommended: fc.jsonValue(), opinion: fc.oneof(fc.string(), fc.jsonValue()) }),
          fc.record(
            { opinion: fc.string(), scope: fc.jsonValue(), overCapReason: fc.jsonValue() },
            { requiredKeys: [] },
          ),
          fc.record({
            year: fc.oneof(fc.integer(), fc.jsonValue()),
            passed: fc.jsonValue(),
            opinion: fc.string(),
          }),
        ),
        async (step, id, body) => {
          const before = await snapshot(api)
          const unitBefore = (await record()).data
          const res = await post(`/api/v1/pilot-units/${encodeURIComponent(id)}/${step}`, body)
          expect(res.status).toBeLessThan(500)
          if (res.status >= 400) {
            expect(await snapshot(api)).toEqual(before)
            expect((await record()).data).toEqual(unitBefore)
          }
        },
      ),
      { numRuns: 80 },
    )
  })

  it("the public list and view: arbitrary query and ids", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), fc.string({ maxLength: 60 }), async (year, id) => {
        const list = await api.fetch(`/api/v1/pilot-units?year=${encodeURIComponent(year)}`)
        expect(list.status).toBeLessThan(500)
        const one = await api.fetch(`/api/v1/pilot-units/${encodeURIComponent(id)}`)
        expect(one.status).toBeLessThan(500)
      }),
      { numRuns: 60 },
    )
  })
})
