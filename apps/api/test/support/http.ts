/**
 * What the HTTP tests share: the problem+json assertion, a valid resident ID number, today in China,
 * backdating a publicity notice, a pilot unit for adoption-track applications, the audit and row
 * counts, and the role-matrix check of one route.
 */
import { SqlClient } from "@effect/sql"
import { expect } from "@effect/vitest"
import type { components } from "@zhicheng/client"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { checkCharacter } from "@zhicheng/domain/ResidentId"
import { Effect } from "effect"
import { ROLES, type TestApi } from "./app.ts"

export type Problem = components["schemas"]["Problem"] & {
  clause?: { document: string; article: string; quote: string }
}

/** A valid resident ID number (region 330602, born 1990-01-01, sequence n). */
export const residentId = (n: number) => {
  const first17 = `33060219900101${String(n % 1000).padStart(3, "0")}`
  return `${first17}${checkCharacter(first17)}`
}

export const today = () => CivilDate.todayInChina(Date.now())

/**
 * Moves a notice's dates `days` back, as if it had been published then: the API runs on the real
 * clock and a notice's publication day may not be in the past, so a notice that "has ended" is
 * opened today and then backdated in the database.
 */
export const backdate = (api: TestApi, notice: string, days = 30) => {
  const published = CivilDate.addDays(today(), -days)
  const start = CivilDate.addDays(published, 1)
  const end = CivilDate.addDays(published, 6)
  return api.built.runtime.runPromise(
    Effect.flatMap(
      SqlClient.SqlClient,
      (sql) =>
        sql`UPDATE publicity_notices SET published = ${published}, start_date = ${start}, end_date = ${end} WHERE id = ${notice}`,
    ),
  )
}

/** An Annex 1 pilot-unit application (`POST /api/v1/pilot-units` body.application) for `year`. */
export const pilotApplication = (unitName: string, year: number) => ({
  year,
  district: "cn-zhejiang-shaoxing-yuecheng",
  unitName,
  industry: "高端装备制造",
  address: "绍兴市越城区示例路1号",
  legalRepresentative: { name: "示例法人", position: "董事长", mobile: "13800000001" },
  workContact: { name: "示例联系人", position: "人事经理", mobile: "13900000002" },
  staff: { fullSenior: 0, associateSenior: 3, intermediate: 20, junior: 40 },
  profileAndPromotionSystem: "技术岗位评价晋升制度（附页）",
  specialties: ["机电" as const],
})

/**
 * A pilot unit (000) selected for this year through the API — with a reason for applying after the
 * deadline and for going over the yearly soft cap, as the day and other tests' units may need — and, unless `figures` is
 * null, its adoption figures for this year recorded by its HR. An adoption-track application names
 * it by this id (`unit`) for its recommendation to count against the unit's cap (000 第九条).
 */
export const adoptionPilot = async (
  api: TestApi,
  unitName: string,
  figures: { readonly insuredStaff: number; readonly lastYearGraduateHires: number } | null = {
    insuredStaff: 10_000,
    lastYearGraduateHires: 1000,
  },
): Promise<string> => {
  const year = CivilDate.parts(today()).year
  const applied = await api.as("enterprise-hr").POST("/api/v1/pilot-units", {
    body: { application: pilotApplication(unitName, year), lateReason: "测试数据" },
  })
  expect(applied.response.status).toBe(201)
  const id = applied.data?.id as string
  const path = { params: { path: { id } } }
  await api.as("clerk").POST("/api/v1/pilot-units/{id}/recommendation", {
    ...path,
    body: { recommended: true, opinion: "同意推荐" },
  })
  const selected = await api.as("clerk").POST("/api/v1/pilot-units/{id}/selection", {
    ...path,
    body: {
      opinion: "同意",
      scope: { postSequence: "工程技术岗", levels: ["助理工程师", "工程师"], specialties: ["机电"] },
      overCapReason: "测试数据",
    },
  })
  expect(selected.response.status).toBe(200)
  if (figures !== null) {
    const recorded = await api.as("enterprise-hr").PUT("/api/v1/pilot-units/{id}/adoptions/{year}/figures", {
      params: { path: { id, year: String(year) } },
      body: figures,
    })
    expect(recorded.response.status).toBe(200)
  }
  return id
}

const anyPilots = new WeakMap<TestApi, Promise<string>>()
/**
 * A pilot unit of `api` (`adoptionPilot` without figures), made once per API: the `unit` of
 * adoption-track applications in tests where the unit does not matter (create refuses an id that is
 * no pilot unit's, 000 第五条).
 */
export const anyPilot = (api: TestApi): Promise<string> => {
  const known = anyPilots.get(api)
  if (known !== undefined) return known
  const made = adoptionPilot(api, "绍兴任一试点有限公司", null)
  anyPilots.set(api, made)
  return made
}

/** The length of the audit chain (-1 when it cannot be read). */
export const auditCount = async (api: TestApi) =>
  (await api.as("admin").GET("/api/v1/audit/verify")).data?.count ?? -1

/** Asserts a problem+json answer with `status` and `code`, and returns the problem. */
export const expectProblem = (
  res: { response: Response; error?: unknown },
  status: number,
  code: string,
): Problem => {
  expect(res.response.status).toBe(status)
  expect(res.response.headers.get("content-type")).toContain("application/problem+json")
  const p = res.error as Problem
  expect(p.code).toBe(code)
  return p
}

/** The number of rows in `table` of the API's database. */
export const rowCount = (api: TestApi, table: string) =>
  api.built.runtime.runPromise(
    Effect.flatMap(
      SqlClient.SqlClient,
      (sql) => sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql(table)}`,
    ).pipe(Effect.map((rows) => Number(rows[0]?.n ?? 0))),
  )

/** One row of a role matrix: who may call `method path`, besides admin (who may call everything). */
export interface RoleRoute {
  readonly method: string
  readonly path: string
  /** "public" needs no key. */
  readonly allowed: "public" | ReadonlyArray<string>
  /** Sent as JSON, or as it is when `media` names another type. */
  readonly body?: unknown
  readonly media?: string
}

/**
 * Calls `route` anonymously and with each role's key: an allowed caller gets past authorisation
 * (neither 401 nor 403), anyone else gets 401 `unauthorized` without a key or 403 `forbidden` with
 * one, and nobody gets a 5xx.
 */
export const expectRoleMatrix = async (api: TestApi, route: RoleRoute) => {
  const { method, path, allowed, body, media } = route
  for (const who of ["none", ...ROLES] as const) {
    const res = await api.fetch(path, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": media ?? "application/json" } : {}),
        ...(who !== "none" ? { authorization: `Bearer ${api.keys[who]}` } : {}),
      },
      ...(body !== undefined ? { body: media !== undefined ? (body as string) : JSON.stringify(body) } : {}),
    })
    if (allowed === "public" || who === "admin" || allowed.includes(who))
      expect([401, 403], `${who} ${method} ${path}`).not.toContain(res.status)
    else {
      expect(res.status, `${who} ${method} ${path}`).toBe(who === "none" ? 401 : 403)
      expect(((await res.json()) as Problem).code).toBe(who === "none" ? "unauthorized" : "forbidden")
    }
    expect(res.status).toBeLessThan(500)
  }
}
