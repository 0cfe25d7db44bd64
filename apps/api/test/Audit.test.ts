/**
 * The audit trail over HTTP: pages by `after`/`limit`, verification of the hash chain (count and
 * head, or 409 naming the broken entry after tampering), admin only, and a fuzz of the query.
 */
import { SqlClient } from "@effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import type { components } from "@zhicheng/client"
import { checkCharacter } from "@zhicheng/domain/ResidentId"
import { Effect, FastCheck as fc } from "effect"
import { startTestApi, type TestApi } from "./support/app.ts"
import { anyPilot } from "./support/http.ts"

type Problem = components["schemas"]["Problem"]
type Entry = components["schemas"]["AuditEntry"]

const residentId = (n: number) => {
  const first17 = `33060219900101${String(n % 1000).padStart(3, "0")}`
  return `${first17}${checkCharacter(first17)}`
}

/**
 * Some activity to audit: a pilot unit (applied, recommended, selected: 3 entries, the unit the
 * adoption-track drafts name), then n drafts, each submitted.
 */
const activity = async (api: TestApi, n: number) => {
  for (let i = 0; i < n; i++) {
    const created = await api.as("enterprise-hr").POST("/api/v1/applications", {
      body: {
        profile: { residentId: residentId(i), name: `申请人${i}` },
        edition: "shaoxing-adoption-draft",
        track: "shaoxing-adoption-draft/engineer",
        specialty: "机械工程",
        employer: "绍兴示例机械有限公司",
        unit: await anyPilot(api),
      },
    })
    const id = created.data?.id as string
    await api
      .as("enterprise-hr")
      .POST("/api/v1/applications/{id}/submit", { params: { path: { id } }, body: {} })
  }
}

const allPages = async (api: TestApi, limit: number) => {
  const entries: Entry[] = []
  let after: number | undefined = 0
  let pages = 0
  while (after !== undefined) {
    const res: { data?: { entries: Entry[]; next?: number }; response: Response } = await api
      .as("admin")
      .GET("/api/v1/audit", { params: { query: { after: String(after), limit: String(limit) } } })
    expect(res.response.status).toBe(200)
    entries.push(...(res.data?.entries ?? []))
    after = res.data?.next
    pages++
  }
  return { entries, pages }
}

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`audit (${kind})`, () => {
    let api: TestApi
    beforeAll(async () => {
      api = await startTestApi(kind)
      await activity(api, 3)
    }, 60_000)
    afterAll(async () => {
      await api?.dispose()
    })

    it("pages the entries in order by `after` and `limit`, and verifies the chain's count and head", async () => {
      const { entries, pages } = await allPages(api, 2)
      expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1))
      expect(entries.length).toBe(9)
      expect(pages).toBe(5)
      expect(entries.slice(0, 3).every((e) => e.subject.startsWith("pilot-unit:"))).toBe(true)
      expect(entries[3]).toMatchObject({
        action: "application.created",
        actor: { id: "key:test-enterprise-hr", role: "enterprise-hr" },
      })
      for (let i = 1; i < entries.length; i++) expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash)
      const text = JSON.stringify(entries)
      for (let i = 0; i < 3; i++) expect(text).not.toContain(residentId(i))

      const page = await api.as("admin").GET("/api/v1/audit", { params: { query: { after: "7" } } })
      expect(page.data?.entries.map((e) => e.seq)).toEqual([8, 9])
      expect(page.data?.next).toBeUndefined()

      const verify = await api.as("admin").GET("/api/v1/audit/verify")
      expect(verify.response.status).toBe(200)
      expect(verify.data).toEqual({ count: 9, head: entries[8]?.hash })
    })

    it("names the broken entry (409) when an entry was edited", async () => {
      await api.built.runtime.runPromise(
        Effect.flatMap(
          SqlClient.SqlClient,
          (sql) => sql`UPDATE audit_log SET subject = ${"application:forged"} WHERE seq = 3`,
        ),
      )
      const res = await api.as("admin").GET("/api/v1/audit/verify")
      expect(res.response.status).toBe(409)
      expect(res.response.headers.get("content-type")).toContain("application/problem+json")
      const p = res.error as Problem
      expect(p.code).toBe("audit-chain-broken")
      expect(p.detail).toContain("entry 3")
    })
  })
}

describe("audit roles, limits and fuzz (sqlite)", () => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi("sqlite")
    await activity(api, 1)
  }, 60_000)
  afterAll(async () => {
    await api?.dispose()
  })

  it("refuses a limit above 500, a negative `after` and a non-number (422 naming the query field)", async () => {
    for (const [query, path] of [
      [{ limit: "501" }, "query.limit"],
      [{ limit: "0" }, "query.limit"],
      [{ after: "-1" }, "query.after"],
      [{ after: "x" }, "query.after"],
      [{ limit: "1.5" }, "query.limit"],
    ] as const) {
      const res = await api.as("admin").GET("/api/v1/audit", { params: { query } })
      expect(res.response.status).toBe(422)
      expect((res.error as Problem).errors?.map((e) => e.path)).toContain(path)
    }
    const max = await api.as("admin").GET("/api/v1/audit", { params: { query: { limit: "500" } } })
    expect(max.response.status).toBe(200)
  })

  /** Admin only: every other role is refused. */
  const MATRIX = [
    { path: "/api/v1/audit", allowed: ["admin"] },
    { path: "/api/v1/audit/verify", allowed: ["admin"] },
  ] as const

  it.each(MATRIX)("role matrix: GET $path → $allowed", async ({ path }) => {
    const anonymous = await api.fetch(path)
    expect(anonymous.status).toBe(401)
    expect(((await anonymous.json()) as Problem).code).toBe("unauthorized")
    for (const role of ["enterprise-hr", "clerk", "committee"] as const) {
      const res = await api.fetch(path, { headers: { authorization: `Bearer ${api.keys[role]}` } })
      expect(res.status, role).toBe(403)
      expect(((await res.json()) as Problem).code).toBe("forbidden")
    }
    expect((await api.fetch(path, { headers: { authorization: `Bearer ${api.keys.admin}` } })).status).toBe(
      200,
    )
  })

  it("fuzz: arbitrary query strings never answer 5xx and write nothing", async () => {
    const before = (await api.as("admin").GET("/api/v1/audit/verify")).data?.count
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("after", "limit", "other"), fc.string({ maxLength: 20 })),
        async (q) => {
          const res = await api.fetch(`/api/v1/audit?${new URLSearchParams(q).toString()}`, {
            headers: { authorization: `Bearer ${api.keys.admin}` },
          })
          expect(res.status).toBeLessThan(500)
          expect([200, 422]).toContain(res.status)
        },
      ),
      { numRuns: 100 },
    )
    expect((await api.as("admin").GET("/api/v1/audit/verify")).data?.count).toBe(before)
  })
})
