import { gunzipSync } from "node:zlib"
import { describe, expect, it } from "@effect/vitest"
import { EligibilityReport, EligibilitySummary, TrackSummary } from "@zhicheng/domain/EligibilityReport"
import { Profile } from "@zhicheng/domain/Profile"
import { Arbitrary, FastCheck as fc, Schema } from "effect"
import { startTestApi, type TestApi, useTestApi } from "./support/app.ts"

let api: TestApi
useTestApi("sqlite", (started) => {
  api = started
})

const json = (body: unknown, extra: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...extra },
  body: JSON.stringify(body),
})

describe("reference", () => {
  it("serves the OpenAPI document and an interactive reference with its assets from the package", async () => {
    const doc = (await (await api.fetch("/api/openapi.json")).json()) as {
      openapi: string
      paths: Record<string, unknown>
    }
    expect(doc.openapi).toBe("3.1.0")
    expect(Object.keys(doc.paths)).toContain("/api/v1/eligibility")
    const page = await api.fetch("/api/docs")
    expect(await page.text()).toContain("/api/docs/swagger-ui-bundle.js")
    const js = await api.fetch("/api/docs/swagger-ui-bundle.js")
    expect(js.status).toBe(200)
    expect((await js.arrayBuffer()).byteLength).toBeGreaterThan(100_000)
  })
})

describe("policies", () => {
  it("serves the reference with an ETag and answers 304 to If-None-Match", async () => {
    const first = await api.fetch("/api/v1/policies")
    expect(first.status).toBe(200)
    const etag = first.headers.get("etag")
    expect(etag).toMatch(/^".+"$/)
    const body = (await first.json()) as { rulesVersion: string; editions: Array<{ id: string }> }
    expect(body.editions.map((e) => e.id)).toContain("shangyu-2023-3")
    const again = await api.fetch("/api/v1/policies", { headers: { "if-none-match": etag as string } })
    expect(again.status).toBe(304)
    // Compressed, the tag comes back weak; sent back as such (or among others) it still matches.
    const gz = await api.fetch("/api/v1/policies", { headers: { "accept-encoding": "gzip" } })
    expect(gz.headers.get("content-encoding")).toBe("gzip")
    const weak = gz.headers.get("etag") as string
    expect(weak).toBe(`W/${etag}`)
    for (const header of [weak, `"other", ${weak}`, "*"])
      expect((await api.fetch("/api/v1/policies", { headers: { "if-none-match": header } })).status).toBe(304)
    expect((await api.fetch("/api/v1/policies", { headers: { "if-none-match": '"other"' } })).status).toBe(
      200,
    )
  })

  it("answers an unknown edition with 404 problem+json naming the known ones", async () => {
    const res = await api.client.GET("/api/v1/policies/{edition}", { params: { path: { edition: "nope" } } })
    expect(res.response.status).toBe(404)
    expect(res.response.headers.get("content-type")).toContain("application/problem+json")
    expect((res.error as { detail: string }).detail).toContain("shangyu-2023-3")
  })
})

describe("eligibility", () => {
  it("evaluates a profile through the generated client and names the rules version", async () => {
    const { data, response } = await api.client.POST("/api/v1/eligibility", {
      body: {
        asOf: "2023-09-01",
        jurisdiction: "cn-zhejiang-shaoxing-shangyu",
        profile: { status: { retired: false } },
      },
    })
    expect(response.status).toBe(200)
    expect(data?.rulesVersion).toBe("0.1.0")
    expect(data?.tracks.length).toBeGreaterThan(0)
    // Sent without re-encoding (it is large): it must still be exactly the documented schema.
    Schema.decodeUnknownSync(EligibilityReport, { onExcessProperty: "error" })(data)
  })

  it("answers in brief with the clauses each answer rests on (summary)", async () => {
    const body = {
      asOf: "2023-09-01",
      jurisdiction: "cn-zhejiang-shaoxing-shangyu",
      profile: { status: { retired: false }, continuingEducation: [] },
    }
    const { data, response } = await api.client.POST("/api/v1/eligibility/summary", { body })
    expect(response.status).toBe(200)
    // Sent without re-encoding: it must still be exactly the documented schema.
    const summary = Schema.decodeUnknownSync(EligibilitySummary, { onExcessProperty: "error" })(data)
    const full = await api.client.POST("/api/v1/eligibility", { body })
    expect(summary.tracks.map((t) => [t.track, t.status])).toEqual(
      full.data?.tracks.map((t) => [t.track, t.status]),
    )
    // No hours of continuing education: Shangyu's tracks fail on that clause, and say so.
    const normal = summary.tracks.find((t) => t.track === "shangyu-2023-3/normal")
    expect(normal?.status).not.toBe("eligible")
    for (const t of summary.tracks) expect(t.grounds.length, t.track).toBeGreaterThan(0)
    expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(full.data).length / 3)
  })

  it("compresses the report for a client that accepts gzip, and leaves NDJSON batches as they stream", async () => {
    const body = JSON.stringify({ asOf: "2023-09-01", profile: {} })
    const plain = await api.fetch("/api/v1/eligibility", json(JSON.parse(body)))
    expect(plain.headers.get("content-encoding")).toBeNull()
    const text = await plain.text()
    const res = await api.fetch("/api/v1/eligibility", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "gzip, deflate" },
      body,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get("content-encoding")).toBe("gzip")
    expect(res.headers.get("vary")).toContain("Accept-Encoding")
    const zipped = Buffer.from(await res.arrayBuffer())
    expect(gunzipSync(zipped).toString("utf8")).toBe(text)
    expect(zipped.byteLength).toBeLessThan(text.length / 5)
    const batch = await api.fetch("/api/v1/eligibility/batch?asOf=2023-09-01&summary=true", {
      method: "POST",
      headers: {
        "content-type": "application/x-ndjson",
        "accept-encoding": "gzip",
        authorization: `Bearer ${api.keys["enterprise-hr"]}`,
      },
      body: "{}\n",
    })
    expect(batch.headers.get("content-encoding")).toBeNull()
    expect(JSON.parse((await batch.text()).trim()).line).toBe(1)
  })

  it("leaves compression to a proxy when told to (compress: false, ZHICHENG_COMPRESS=0)", async () => {
    const plain = await startTestApi("sqlite", { compress: false })
    try {
      const res = await plain.fetch("/api/v1/eligibility", {
        method: "POST",
        headers: { "content-type": "application/json", "accept-encoding": "gzip" },
        body: JSON.stringify({ asOf: "2023-09-01", profile: {} }),
      })
      expect(res.status).toBe(200)
      expect(res.headers.get("content-encoding")).toBeNull()
      expect(((await res.json()) as { tracks: unknown[] }).tracks.length).toBeGreaterThan(0)
    } finally {
      await plain.dispose()
    }
  })

  it("names the field path and the rule of a bad input (422)", async () => {
    const res = await api.fetch(
      "/api/v1/eligibility",
      json({ asOf: "2023-02-29", profile: { education: [{ level: "phd" }] } }),
    )
    expect(res.status).toBe(422)
    const p = (await res.json()) as { errors: Array<{ path: string; rule: string }> }
    const paths = p.errors.map((e) => e.path)
    expect(paths).toContain("body.asOf")
    expect(paths).toContain("body.profile.education[0].level")
  })

  it("rejects malformed JSON (400), a wrong media type (415) and an oversized body (413)", async () => {
    expect(
      (
        await api.fetch("/api/v1/eligibility", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{",
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await api.fetch("/api/v1/eligibility", {
          method: "POST",
          headers: { "content-type": "text/plain" },
          body: "{}",
        })
      ).status,
    ).toBe(415)
    const big = JSON.stringify({ asOf: "2023-09-01", profile: { name: "x".repeat(1_100_000) } })
    expect(
      (
        await api.fetch("/api/v1/eligibility", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: big,
        })
      ).status,
    ).toBe(413)
  })

  it("streams a batch: one line out per line in, in order, bad lines reported and skipped", async () => {
    const lines = [
      JSON.stringify({}),
      "{not json",
      JSON.stringify({ education: [{ level: "nope" }] }),
      JSON.stringify({ status: { retired: true } }),
    ]
    const res = await api.fetch("/api/v1/eligibility/batch?asOf=2023-09-01&summary=true", {
      method: "POST",
      headers: {
        "content-type": "application/x-ndjson",
        authorization: `Bearer ${api.keys["enterprise-hr"]}`,
      },
      body: `${lines.join("\n")}\n`,
    })
    expect(res.status).toBe(200)
    const out = (await res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { line: number; error?: { code: string }; tracks?: unknown[] })
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4])
    expect(out[1]?.error?.code).toBe("malformed-json")
    expect(out[2]?.error?.code).toBe("invalid-input")
    expect(out[3]?.tracks?.length).toBeGreaterThan(0)
    // Each track in brief, grounds and their clauses included, exactly as documented.
    for (const t of out[3]?.tracks ?? [])
      Schema.decodeUnknownSync(TrackSummary, { onExcessProperty: "error" })(t)
  })

  it("refuses a batch for an unknown edition once, up front (404)", async () => {
    const res = await api.fetch("/api/v1/eligibility/batch?asOf=2023-09-01&edition=nope", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", authorization: `Bearer ${api.keys.clerk}` },
      body: "{}\n",
    })
    expect(res.status).toBe(404)
  })
})

describe("calendar", () => {
  it("computes the DOMAIN.md publicity example and refuses a year with no notice", async () => {
    const ok = await api.client.GET("/api/v1/calendar/publicity-end", {
      params: { query: { published: "2024-09-27", amount: "5", unit: "working-days" } },
    })
    expect(ok.data?.end).toBe("2024-10-10")
    const missing = await api.fetch("/api/v1/calendar/days/2027-01-04")
    expect(missing.status).toBe(422)
    expect(((await missing.json()) as { code: string }).code).toBe("calendar-year-missing")
  })
})

describe("security", () => {
  it("answers an unknown key 401 and a public caller on a protected route 401, a wrong role 403", async () => {
    const unknown = await api.fetch("/api/v1/eligibility/batch?asOf=2023-09-01", {
      method: "POST",
      headers: {
        "content-type": "application/x-ndjson",
        authorization: "Bearer zc_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      },
      body: "{}\n",
    })
    expect(unknown.status).toBe(401)
    expect(unknown.headers.get("www-authenticate")).toContain("Bearer")
  })

  it("never leaks a stack trace, SQL or an internal path in an error", async () => {
    const res = await api.fetch("/api/v1/eligibility", json({ asOf: "2023-09-01", profile: { work: "x" } }))
    const text = await res.text()
    expect(text).not.toMatch(/at .*\.ts:\d+|SELECT |INSERT |\/work\/|node_modules/)
  })
})

describe("fuzzing", () => {
  it("answers arbitrary profiles and arbitrary JSON without a 5xx", async () => {
    const profiles = Arbitrary.make(Profile)
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          profiles.map((p) => ({ asOf: "2024-05-01", profile: p })),
          fc.jsonValue(),
        ),
        async (body) => {
          const res = await api.fetch("/api/v1/eligibility", json(body))
          expect(res.status).toBeLessThan(500)
        },
      ),
      { numRuns: 150 },
    )
  })
})
