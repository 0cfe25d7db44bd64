import { describe, expect, it } from "@effect/vitest"
import { type TestApi, useTestApi } from "./support/app.ts"

let api: TestApi
useTestApi("sqlite", (started) => {
  api = started
})

describe("GET /api/v1/me", () => {
  it("names the key holder and its role, so a front end can show who is signed in", async () => {
    const { data, response } = await api.as("clerk").GET("/api/v1/me")
    expect(response.status).toBe(200)
    expect(data).toEqual({ id: "key:test-clerk", name: "test-clerk", role: "clerk" })
    expect((await api.as("committee").GET("/api/v1/me")).data?.role).toBe("committee")
  })

  it("answers the anonymous public caller without a key", async () => {
    const { data } = await api.client.GET("/api/v1/me")
    expect(data).toEqual({ id: "anonymous", name: "anonymous", role: "public" })
  })

  it("refuses an unknown key with 401, as every route does", async () => {
    const res = await api.fetch("/api/v1/me", { headers: { authorization: "Bearer zc_nope_nope" } })
    expect(res.status).toBe(401)
    expect(res.headers.get("content-type")).toContain("application/problem+json")
  })
})
