/**
 * The level an application seeks (`target`) over HTTP: the create body takes it, a missing one on a
 * track open at any level and one that disagrees with the track are 422s naming `body.target` and
 * citing the track, the view shows it, and an application stored without one (before migration 0007)
 * cannot be submitted (422 naming `target`) until a clerk records it (POST …/target, audited).
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, it } from "@effect/vitest"
import type { components } from "@zhicheng/client"
import { Effect } from "effect"
import { type TestApi, useTestApi } from "./support/app.ts"
import {
  anyPilot,
  auditCount,
  expectProblem,
  expectRoleMatrix,
  residentId,
  rowCount,
} from "./support/http.ts"

type NewApplication = components["schemas"]["NewApplicationRequest"]

/** Weihai 三(一): open at any level; the title held must be of the level sought ("同级别"). */
const SECOND_SERIES = "weihai-2020-50/second-series"

/** A private-enterprise engineer in Weihai holding an appointed intermediate engineering title. */
const onSecondSeries = (n: number, over: Partial<NewApplication> = {}): NewApplication => ({
  profile: {
    residentId: residentId(n),
    name: `威海申请人${n}`,
    education: [{ level: "associate", fullTime: true }],
    work: [
      {
        employer: "威海某机械公司",
        employerKind: "private-enterprise",
        place: "cn-shandong-weihai",
        workKind: "engineering-technical",
        relatedness: "related",
        from: "2020-07-01",
        to: "present",
      },
    ],
    titles: [{ series: "engineering", level: "intermediate", obtained: "2019-01-01", appointed: true }],
    status: { residency: "mainland", highLevelTalent: false, talentCard: false, retired: false },
  },
  edition: "weihai-2020-50",
  track: SECOND_SERIES,
  specialty: "机械工程",
  employer: "威海某机械公司",
  unit: "91371000MA0000000X",
  ...over,
})

/** The Shaoxing engineer adoption track: it names its level (intermediate). */
const onEngineer = (n: number, over: Partial<NewApplication> = {}): NewApplication => ({
  profile: { residentId: residentId(n), name: `申请人${n}`, status: { retired: false } },
  edition: "shaoxing-adoption-draft",
  track: "shaoxing-adoption-draft/engineer",
  specialty: "机械工程",
  employer: "绍兴示例机械有限公司",
  unit: "91330600MA2ABCDE1X",
  ...over,
})

const stored = async (api: TestApi) => [await rowCount(api, "applications"), await auditCount(api)]

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`the level sought over HTTP (${kind})`, () => {
    let api: TestApi
    useTestApi(kind, (started) => {
      api = started
    })

    it("create: 422 naming body.target, citing the track, when it is missing on an any-level track or disagrees; nothing stored", async () => {
      const clerk = api.as("clerk")
      const before = await stored(api)
      const cases: ReadonlyArray<[string, NewApplication, string, string]> = [
        ["missing on an any-level track", onSecondSeries(1), "body.target", "weihai-2020-50"],
        [
          "another level than the track's",
          onEngineer(2, { target: { level: "junior" } }),
          "body.target",
          "shaoxing-adoption-draft",
        ],
        [
          "a grade with a level other than junior",
          onSecondSeries(3, { target: { level: "intermediate", grade: "assistant" } }),
          "body.target.grade",
          "weihai-2020-50",
        ],
      ]
      for (const [what, body, path, document] of cases) {
        const p = expectProblem(await clerk.POST("/api/v1/applications", { body }), 422, "invalid-input")
        expect(
          p.errors?.map((e) => e.path),
          what,
        ).toEqual([path])
        expect(p.clause, what).toMatchObject({ document })
      }
      const missing = expectProblem(
        await clerk.POST("/api/v1/applications", { body: onSecondSeries(1) }),
        422,
        "invalid-input",
      )
      expect(missing.clause).toMatchObject({ article: "三(一)" })
      expect(missing.detail).toContain("open at any level")
      // A level that is not a level: the schema names it.
      const bad = await clerk.POST("/api/v1/applications", {
        body: onSecondSeries(4, { target: { level: "senior" as "junior" } }),
      })
      expect(expectProblem(bad, 422, "invalid-input").errors?.map((e) => e.path)).toContain(
        "body.target.level",
      )
      expect(await stored(api)).toEqual(before)
    })

    it("create records the level: the track's when omitted, the applicant's on an any-level track; the view shows it", async () => {
      const clerk = api.as("clerk")
      const implied = await clerk.POST("/api/v1/applications", {
        body: onEngineer(10, { unit: await anyPilot(api) }),
      })
      expect(implied.response.status).toBe(201)
      expect(implied.data?.target).toEqual({ level: "intermediate" })
      const open = await clerk.POST("/api/v1/applications", {
        body: onSecondSeries(11, { target: { level: "junior", grade: "assistant" } }),
      })
      expect(open.response.status).toBe(201)
      const id = open.data?.id as string
      const got = await clerk.GET("/api/v1/applications/{id}", { params: { path: { id } } })
      expect(got.data?.target).toEqual({ level: "junior", grade: "assistant" })
    })

    it("an application without a recorded level: submit is a 422 naming target until a clerk records it, once, audited", async () => {
      const hr = api.as("enterprise-hr")
      const clerk = api.as("clerk")
      const created = await hr.POST("/api/v1/applications", {
        body: onSecondSeries(20, { target: { level: "intermediate" } }),
      })
      const id = created.data?.id as string
      // As stored before migration 0007: no level recorded.
      await api.built.runtime.runPromise(
        Effect.flatMap(
          SqlClient.SqlClient,
          (sql) => sql`UPDATE applications SET target_level = NULL, target_grade = NULL WHERE id = ${id}`,
        ),
      )
      const path = { params: { path: { id } } }
      expect((await clerk.GET("/api/v1/applications/{id}", path)).data?.target).toBeUndefined()

      const before = await stored(api)
      const refused = expectProblem(
        await hr.POST("/api/v1/applications/{id}/submit", { ...path, body: {} }),
        422,
        "invalid-target",
      )
      expect(refused.errors?.map((e) => e.path)).toEqual(["target"])
      expect(refused.clause).toMatchObject({ document: "weihai-2020-50", article: "三(一)" })
      const noReason = await clerk.POST("/api/v1/applications/{id}/target", {
        ...path,
        body: { target: { level: "intermediate" } } as { target: { level: "intermediate" }; reason: string },
      })
      expect(expectProblem(noReason, 422, "invalid-input").errors?.map((e) => e.path)).toEqual([
        "body.reason",
      ])
      expect(await stored(api)).toEqual(before)

      const recorded = await clerk.POST("/api/v1/applications/{id}/target", {
        ...path,
        body: { target: { level: "intermediate" }, reason: "申报表所填级别" },
      })
      expect(recorded.response.status).toBe(200)
      expect(recorded.data).toMatchObject({ state: "draft", target: { level: "intermediate" } })
      expect(await auditCount(api)).toBe((before[1] as number) + 1)
      const again = await clerk.POST("/api/v1/applications/{id}/target", {
        ...path,
        body: { target: { level: "junior" }, reason: "改为初级" },
      })
      expect(expectProblem(again, 422, "invalid-input").errors?.map((e) => e.path)).toEqual(["body.target"])

      const submitted = await hr.POST("/api/v1/applications/{id}/submit", { ...path, body: {} })
      expect(submitted.data?.state).toBe("submitted")
    })

    it("role matrix: POST /api/v1/applications/{id}/target → clerk (and admin)", () =>
      expectRoleMatrix(api, {
        method: "POST",
        path: "/api/v1/applications/nope/target",
        allowed: ["clerk"],
        body: { target: { level: "junior" }, reason: "x" },
      }))
  })
}
