/**
 * The OpenAPI document's examples (examples.json, recorded from real calls by
 * test/support/recorder.ts): every operation has one, and each decodes with the endpoint's own
 * Effect Schemas — path and query parameters, request body, response body — so an example cannot
 * show a field the server would refuse or never send. The document carries them, and says how to
 * check a certificate's QR code offline.
 *
 * The calls at the end are the ones no other test makes; with ZHICHENG_RECORD_EXAMPLES set they are
 * recorded like every other call.
 */
import { readFileSync } from "node:fs"
import { describe, expect, it } from "@effect/vitest"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { Publicity } from "@zhicheng/domain/Publicity"
import { Effect, Either, Schema } from "effect"
import { endpoints } from "../src/App.ts"
import * as OpenApi from "../src/OpenApi.ts"
import * as TrainingClock from "../src/TrainingClock.ts"
import { type TestApi, useTestApi } from "./support/app.ts"
import { residentId, today } from "./support/http.ts"

const declared = endpoints(() => true, TrainingClock.make())
const examples = OpenApi.recordedExamples()
/** Operations no test has reached yet: shown here so the gap is visible, and shrinks only. */
const NOT_YET_RECORDED: ReadonlyArray<string> = []

const problems = (schema: Schema.Schema.Any | undefined, value: unknown): string | undefined => {
  if (schema === undefined) return undefined
  const result = Schema.decodeUnknownEither(schema as Schema.Schema<unknown, unknown, never>)(value, {
    onExcessProperty: "error",
  })
  return Either.isLeft(result) ? String(result.left) : undefined
}

describe("the recorded examples", () => {
  it("cover every operation", () => {
    const missing = declared.map((e) => e.operationId).filter((id) => examples[id] === undefined)
    expect(missing).toEqual(NOT_YET_RECORDED)
    expect(Object.keys(examples).filter((id) => !declared.some((e) => e.operationId === id))).toEqual([])
  })

  for (const e of declared) {
    const example = examples[e.operationId]
    if (example === undefined) continue
    it(`${e.operationId}: decodes with its schemas`, () => {
      const { request, response } = example
      expect(response.status).toBe(e.response.status)
      expect(problems(e.params, request.params)).toBeUndefined()
      expect(problems(e.query, request.query)).toBeUndefined()
      if (e.body !== undefined && request.media === "application/json")
        expect(problems(e.body, request.value)).toBeUndefined()
      if (e.body !== undefined || (e.bodyMedia ?? []).length > 0)
        expect(request.value ?? request.bytes, "a request body").toBeDefined()
      if (e.response.status !== 204) {
        expect(response.value ?? response.bytes, "a response body").toBeDefined()
        if (e.response.schema !== undefined && (response.media ?? "").endsWith("json"))
          expect(problems(e.response.schema, response.value)).toBeUndefined()
      }
    })
  }

  it("are in the committed OpenAPI document, with the offline QR format", () => {
    const doc = JSON.parse(readFileSync(new URL("../openapi.json", import.meta.url), "utf8")) as {
      info: { description: string }
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>
    }
    const issue = doc.paths["/api/v1/certificates"]?.post
    expect(JSON.stringify(issue?.responses["201"])).toContain('"recorded"')
    expect(doc.info.description).toContain("#ZC1.<payload>.<signature>")
    expect(doc.info.description).toContain("GET /api/v1/keys")
  })
})

describe("calls no other test makes (recorded as examples)", () => {
  let api: TestApi
  useTestApi("sqlite", (started) => {
    api = started
  })

  it("the rules, one edition's rules, working days, a period's end", async () => {
    expect((await api.client.GET("/api/v1/policies")).response.status).toBe(200)
    const edition = await api.client.GET("/api/v1/policies/{edition}", {
      params: { path: { edition: "shanxi-2020-38" } },
    })
    expect(edition.response.status).toBe(200)
    const added = await api.client.GET("/api/v1/calendar/add-working-days", {
      params: { query: { from: "2024-09-27", days: "5" } },
    })
    expect(added.data?.date).toBe("2024-10-10")
    const end = await api.client.GET("/api/v1/calendar/period-end", {
      params: { query: { from: "2024-01-31", amount: "1", unit: "months" } },
    })
    expect(end.data?.nominalEnd).toBe("2024-02-29")
  })

  it("marks an application objected whose objection was upheld on its notice before", async () => {
    const clerk = api.as("clerk")
    const created = await api.as("enterprise-hr").POST("/api/v1/applications", {
      body: {
        edition: "shanxi-2020-38",
        track: "shanxi-2020-38/skilled-talent",
        target: { level: "intermediate" },
        specialty: "机电制造",
        employer: "示例机电有限公司",
        unit: "91330604MA0000001X",
        profile: { residentId: residentId(777), name: "示例申请人", status: { retired: false } },
      },
    })
    const id = created.data?.id as string
    const path = { params: { path: { id } } }
    await api.as("enterprise-hr").POST("/api/v1/applications/{id}/submit", { ...path, body: {} })
    await clerk.POST("/api/v1/applications/{id}/unit-review", { ...path, body: {} })
    const opened = await clerk.POST("/api/v1/publicity-notices", {
      body: {
        applications: [id],
        howToObject: "示例人社局 0000-0000000",
        end: CivilDate.addDays(today(), 7),
      },
    })
    const notice = opened.data?.notice.id as string
    const filed = await api.client.POST("/api/v1/publicity-notices/{id}/objections", {
      params: { path: { id: notice } },
      body: { entry: 1, text: "示例异议", objector: { contact: "objector@example.invalid" } },
    })
    // Upheld on the notice alone (as before upholding also moved the application).
    await api.built.runtime.runPromise(
      Effect.flatMap(Publicity, (p) =>
        p.resolveObjection(filed.data?.objection as string, {
          resolution: "upheld",
          reason: "经核实成立（示例）",
          actor: { id: "test", role: "clerk" },
        }),
      ),
    )
    const marked = await clerk.POST("/api/v1/applications/{id}/mark-objected", { ...path, body: {} })
    expect(marked.data?.state, JSON.stringify(marked.error)).toBe("objected")
  })
})
