/**
 * Bad text over HTTP (issue #8.1, #8.5), on SQLite and PostgreSQL: a control character in any text
 * field is a 422 naming the field, before anything reaches the database (on PostgreSQL a NUL was a
 * 500 from the driver); names follow `Text.PersonName`; a row stored before the rules never makes a
 * request fail; a NUL in a roster file's name is a row problem, not an empty name.
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, it } from "@effect/vitest"
import * as RosterFiles from "@zhicheng/db/RosterFiles"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { Effect, FastCheck as fc } from "effect"
import type { TestApi } from "./support/app.ts"
import { useTestApi } from "./support/app.ts"
import {
  adoptionPilot,
  anyPilot,
  auditCount,
  expectProblem,
  residentId,
  rowCount,
  today,
} from "./support/http.ts"

const EDITION = "shaoxing-adoption-draft"
const HOW = "绍兴市人社局专技处，电话 0575-0000000"

const application = (api: TestApi, n: number, over: Record<string, unknown> = {}, profile = {}) =>
  anyPilot(api).then((unit) =>
    api.as("enterprise-hr").POST("/api/v1/applications", {
      body: {
        edition: EDITION,
        track: `${EDITION}/engineer`,
        specialty: "电气工程",
        employer: "绍兴示例电气有限公司",
        unit,
        ...over,
        profile: { residentId: residentId(n), name: `申请人${n}`, ...profile },
      } as never,
    }),
  )

/** An application through unit review onto a notice; returns both ids. */
const onNotice = async (api: TestApi, n: number) => {
  const id = (await application(api, n)).data?.id as string
  const path = { params: { path: { id } }, body: {} }
  await api.as("enterprise-hr").POST("/api/v1/applications/{id}/submit", path)
  await api.as("clerk").POST("/api/v1/applications/{id}/unit-review", path)
  const opened = await api
    .as("clerk")
    .POST("/api/v1/publicity-notices", { body: { applications: [id], howToObject: HOW } })
  expect(opened.response.status).toBe(201)
  return { id, notice: opened.data?.notice.id as string }
}

const sqlRun = (api: TestApi, f: (sql: SqlClient.SqlClient) => Effect.Effect<unknown, unknown>) =>
  api.built.runtime.runPromise(Effect.flatMap(SqlClient.SqlClient, f).pipe(Effect.orDie))

/** Expects a 422 naming `path`, whose rule matches `rule`, and that nothing was stored or audited. */
const refused = async (
  api: TestApi,
  tables: ReadonlyArray<string>,
  send: () => Promise<{ response: Response; error?: unknown }>,
  path: string,
  rule: RegExp,
) => {
  const before = await Promise.all([auditCount(api), ...tables.map((t) => rowCount(api, t))])
  const p = expectProblem(await send(), 422, "invalid-input")
  expect(p.errors).toContainEqual({ path, rule: expect.stringMatching(rule) })
  expect(await Promise.all([auditCount(api), ...tables.map((t) => rowCount(api, t))])).toEqual(before)
}

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`bad text over HTTP (${kind})`, () => {
    let api: TestApi
    useTestApi(kind, (a) => {
      api = a
    })

    it("a NUL or other control character in a text field is a 422 naming it; nothing stored", async () => {
      await anyPilot(api)
      const apps = ["applications"]
      await refused(
        api,
        apps,
        () => application(api, 1, {}, { name: "张\u0000三" }),
        "body.profile.name",
        /U\+0000/,
      )
      await refused(
        api,
        apps,
        () => application(api, 2, { name: "\u202E张三" }),
        "body.name",
        /bidirectional/,
      )
      await refused(
        api,
        apps,
        () => application(api, 3, { employer: "示例\u0000公司" }),
        "body.employer",
        /U\+0000/,
      )
      await refused(
        api,
        apps,
        () => application(api, 4, { specialty: "电气\u0007" }),
        "body.specialty",
        /U\+0007/,
      )
      const { id, notice } = await onNotice(api, 5)
      const objections = ["publicity_objections"]
      const object = (text: string, contact = "13900000000") =>
        api.client.POST("/api/v1/publicity-notices/{id}/objections", {
          params: { path: { id: notice } },
          body: { entry: 1, text, objector: { contact } },
        })
      await refused(api, objections, () => object("\u0000该人员材料不实"), "body.text", /U\+0000/)
      await refused(
        api,
        objections,
        () => object("材料不实", "139\u0000"),
        "body.objector.contact",
        /U\+0000/,
      )
      // A multi-line field keeps its line breaks.
      expect((await object("第一行\r\n第二行")).response.status).toBe(201)
      await refused(
        api,
        ["application_transitions"],
        () =>
          api.as("clerk").POST("/api/v1/applications/{id}/withdraw", {
            params: { path: { id } },
            body: { reason: "撤回\u0000" },
          }),
        "body.reason",
        /U\+0000/,
      )
    })

    it("fuzz: a control, bidirectional or broken character anywhere in a text field is a 422 naming it, never a 5xx", async () => {
      await anyPilot(api)
      const unsafe = fc.constantFrom(
        "\u0000",
        "\u0001",
        "\u001b",
        "\u007f",
        "\u0085",
        "\u202e",
        "\u2067",
        "\ud800",
      )
      const fields = fc.constantFrom<readonly [string, (v: string) => Record<string, unknown>]>(
        ["body.profile.name", (v: string) => ({ profile: { name: v } })],
        ["body.name", (v: string) => ({ name: v })],
        ["body.employer", (v: string) => ({ employer: v })],
        ["body.specialty", (v: string) => ({ specialty: v })],
        [
          "body.profile.education[0].major",
          (v: string) => ({ profile: { education: [{ level: "bachelor", major: v }] } }),
        ],
      )
      const before = await rowCount(api, "applications")
      await fc.assert(
        fc.asyncProperty(
          fields,
          fc.string({ maxLength: 8 }),
          unsafe,
          fc.string({ maxLength: 8 }),
          async ([path, put], a, u, b) => {
            const over = put(`张${a}${u}${b}三`) as { profile?: object }
            const res = await application(api, 900, over, over.profile ?? {})
            expect(res.response.status).toBe(422)
            expect(
              (res.error as { errors?: ReadonlyArray<{ path: string }> }).errors?.map((e) => e.path),
            ).toContain(path)
          },
        ),
        { numRuns: 40 },
      )
      expect(await rowCount(api, "applications")).toBe(before)
    })

    it("names: refused with the rule they break, accepted as written in China and stored normalised", async () => {
      const apps = ["applications"]
      const name = (n: number, value: string) => () => application(api, n, {}, { name: value })
      await refused(api, apps, name(10, "王👨‍🔧"), "body.profile.name", /emoji are not part of a legal name/)
      await refused(api, apps, name(11, "\u200B\u200B"), "body.profile.name", /invisible/)
      await refused(api, apps, name(12, "张\n三"), "body.profile.name", /line break/)
      await refused(api, apps, name(13, "张".repeat(100_000)), "body.profile.name", /at most 50 characters/)
      for (const [n, typed, stored] of [
        [14, "𠮷野家", "𠮷野家"],
        [15, "买买提・艾力", "买买提·艾力"],
        [16, "Jean-Luc O'Brien", "Jean-Luc O'Brien"],
      ] as const) {
        const created = await application(api, n, {}, { name: typed })
        expect(created.response.status).toBe(201)
        expect(created.data).toMatchObject({ name: stored, profile: { name: stored } })
      }
    })

    it("a row stored before the rules never makes a request fail", async () => {
      const { id, notice } = await onNotice(api, 20)
      const filed = await api.client.POST("/api/v1/publicity-notices/{id}/objections", {
        params: { path: { id: notice } },
        body: { entry: 1, text: "材料不实", objector: { contact: "13900000000" } },
      })
      const objection = filed.data?.objection as string
      // What an older server let through: a NUL on SQLite (read back cut short, here to ""); on
      // PostgreSQL, which cannot hold one, other control and bidirectional characters.
      const bad = kind === "sqlite" ? "\u0000申请人" : "\u0007申请人\u202E"
      await sqlRun(
        api,
        (sql) => sql`UPDATE applications SET name = ${bad}, employer = ${bad} WHERE id = ${id}`,
      )
      await sqlRun(
        api,
        (sql) => sql`UPDATE publicity_notice_members SET name = ${bad} WHERE notice_id = ${notice}`,
      )
      await sqlRun(api, (sql) => sql`UPDATE publicity_objections SET text = ${bad} WHERE id = ${objection}`)

      for (const role of ["clerk", "enterprise-hr", "admin"] as const) {
        const list = await api.as(role).GET("/api/v1/applications", { params: { query: {} } })
        expect(list.response.status).toBe(200)
      }
      const one = await api.as("clerk").GET("/api/v1/applications/{id}", { params: { path: { id } } })
      expect(one.response.status).toBe(200)
      expect(one.data?.name).toBe(kind === "sqlite" ? "" : "\uFFFD申请人\uFFFD")
      const listed = await api
        .as("clerk")
        .GET("/api/v1/publicity-notices/{id}/objections", { params: { path: { id: notice } } })
      expect(listed.response.status).toBe(200)
      expect(
        (await api.client.GET("/api/v1/publicity-notices/{id}", { params: { path: { id: notice } } }))
          .response.status,
      ).toBe(200)
      const resolved = await api.as("clerk").POST("/api/v1/objections/{id}/resolution", {
        params: { path: { id: objection } },
        body: { resolution: "dismissed", reason: "经核实材料属实" },
      })
      expect(resolved.response.status).toBe(200)
    })

    it("a NUL in a roster file's name is a row problem, not an empty name; nothing stored", async () => {
      const unit = await adoptionPilot(api, "绍兴花名册安全有限公司")
      const roster = await api.as("enterprise-hr").POST("/api/v1/rosters", {
        body: { unitId: unit, year: CivilDate.parts(today()).year, round: "annual" },
      })
      const id = roster.data?.id as string
      const row = (n: number, name: string) => ({
        seq: n,
        name,
        residentId: residentId(900 + n),
        highestEducation: "本科",
        institution: "浙江工业大学",
        major: "机械设计制造及其自动化",
        contact: "13800000000",
        adoptionSpecialty: "机电" as const,
        qualificationName: "工程师" as const,
      })
      const csv = RosterFiles.toCsv({
        unitName: "绍兴花名册安全有限公司",
        filledOn: today(),
        rows: [row(1, "\u0000"), row(2, "王\u0000五"), row(3, "赵六")],
      })
      expect(csv).toContain("\u0000")
      const before = await rowCount(api, "roster_entries")
      const res = await api.as("enterprise-hr").POST("/api/v1/rosters/{id}/import", {
        params: { path: { id }, query: { fileName: "花名册" } },
        body: csv as unknown as string,
        bodySerializer: (b: unknown) => b as never,
        headers: { "content-type": "text/csv" },
      })
      const p = expectProblem(res, 422, "invalid-input")
      const nameErrors = (p.errors ?? []).filter((e) => e.path.endsWith("/ 姓名"))
      expect(nameErrors).toHaveLength(2)
      for (const e of nameErrors) expect(e.rule).toMatch(/^bad-name: .*U\+0000/)
      expect(await rowCount(api, "roster_entries")).toBe(before)
    })
  })
}
