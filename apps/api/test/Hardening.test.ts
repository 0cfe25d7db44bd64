/**
 * Hostile input at the HTTP level (issue #8), drawn by fast-check: control characters in text
 * fields, bytes that are not UTF-8, JSON nested thousands deep, long values echoed back, and spoofed
 * X-Forwarded-For headers against the rate limits. None may answer 5xx; each refusal names its rule.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { normalizeName, sameName } from "@zhicheng/domain/Certificates"
import * as fc from "fast-check"
import { ECHO_CHARACTERS } from "../src/Problem.ts"
import { MAX_JSON_DEPTH, nestingExceeds } from "../src/Server.ts"
import { startTestApi, type TestApi } from "./support/app.ts"
import { adoptionPilot, type Problem, residentId, rowCount } from "./support/http.ts"

const json = (api: TestApi, path: string, body: string | Uint8Array, key?: string) =>
  api.fetch(path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(key !== undefined ? { authorization: `Bearer ${key}` } : {}),
    },
    body: body as NonNullable<RequestInit["body"]>,
  })

const problemOf = async (res: Response): Promise<Problem> => {
  expect(res.headers.get("content-type")).toContain("application/problem+json")
  return (await res.json()) as Problem
}

/** C0 controls (but tab, line feed, carriage return, which multi-line text may hold) and DEL. */
const control = fc.constantFrom(
  ...[...Array.from({ length: 32 }, (_, i) => i).filter((i) => ![9, 10, 13].includes(i)), 0x7f].map((i) =>
    String.fromCharCode(i),
  ),
)
/** Ordinary text with one control character somewhere in it. */
const withControl = fc
  .tuple(fc.string({ maxLength: 8 }), control, fc.string({ maxLength: 8 }))
  .map(([a, c, b]) => `示例${a}${c}${b}文本`)

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Nested arrays or objects, `depth` levels, around `inner`. */
const nested = (depth: number, kind: "array" | "object", inner = "1") =>
  kind === "array"
    ? `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${inner}${"}".repeat(depth)}`

describe("hostile bodies (sqlite)", () => {
  let api: TestApi
  let unit: string
  beforeAll(async () => {
    api = await startTestApi("sqlite")
    unit = await adoptionPilot(api, "绍兴示例精工有限公司")
  }, 60_000)
  afterAll(() => api?.dispose())

  it("control characters in any text field are refused with 422 naming the field, and nothing is stored", async () => {
    const before = await rowCount(api, "applications")
    await fc.assert(
      fc.asyncProperty(withControl, fc.constantFrom("name", "specialty", "employer"), async (text, field) => {
        const body = {
          profile: { residentId: residentId(7), name: "王小明", status: { retired: false } },
          edition: "shaoxing-adoption-draft",
          track: "shaoxing-adoption-draft/engineer",
          specialty: "机械工程",
          employer: "绍兴示例精工有限公司",
          unit,
        } as Record<string, unknown>
        if (field === "name") body.profile = { ...(body.profile as object), name: text }
        else body[field] = text
        const res = await json(api, "/api/v1/applications", JSON.stringify(body), api.keys["enterprise-hr"])
        expect(res.status).toBe(422)
        const p = await problemOf(res)
        expect(p.errors?.map((e) => e.path)).toContain(
          field === "name" ? "body.profile.name" : `body.${field}`,
        )
      }),
      { numRuns: 40 },
    )
    // An objection's text and contact, checked before the notice is even looked up.
    await fc.assert(
      fc.asyncProperty(withControl, fc.constantFrom("text", "contact"), async (text, field) => {
        const body = {
          entry: 1,
          text: field === "text" ? text : "该申报人的业绩材料与事实不符。",
          objector: { contact: field === "contact" ? text : "13800000000" },
        }
        const res = await json(
          api,
          "/api/v1/publicity-notices/no-such-notice/objections",
          JSON.stringify(body),
        )
        expect(res.status).toBe(422)
        const p = await problemOf(res)
        expect(p.errors?.map((e) => e.path)).toContain(
          field === "text" ? "body.text" : "body.objector.contact",
        )
      }),
      { numRuns: 30 },
    )
    expect(await rowCount(api, "applications")).toBe(before)
  })

  it("a body that is not UTF-8 is refused with 400 invalid-utf8, wherever the bad bytes are", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 8 }).filter((b) => !isUtf8(b)),
        fc.string({ maxLength: 20 }),
        async (bad, text) => {
          const enc = new TextEncoder()
          const head = enc.encode(`{"profile":{"name":"${text.replace(/["\\]/g, "")}`)
          const tail = enc.encode(`"},"asOf":"2023-09-01"}`)
          const body = new Uint8Array([...head, ...bad, ...tail])
          const res = await json(api, "/api/v1/eligibility", body)
          expect(res.status).toBe(400)
          const p = await problemOf(res)
          expect(p.code).toBe("invalid-utf8")
          expect(p.errors).toEqual([{ path: "body", rule: expect.stringContaining("UTF-8") }])
        },
      ),
      { numRuns: 60 },
    )
  })

  it("JSON nested deeper than the limit is refused with 400 before parsing (3,000 levels included)", async () => {
    for (const kind of ["array", "object"] as const) {
      const res = await json(api, "/api/v1/eligibility", `{"profile":${nested(3000, kind)}}`)
      expect(res.status).toBe(400)
      const p = await problemOf(res)
      expect(p.code).toBe("json-too-deep")
      expect(p.errors?.[0]?.rule).toContain(`${MAX_JSON_DEPTH} levels`)
    }
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom("array" as const, "object" as const),
        async (depth, kind) => {
          const res = await json(api, "/api/v1/eligibility", `{"profile":${nested(depth, kind)}}`)
          // The body's own object is one level.
          if (depth + 1 > MAX_JSON_DEPTH) {
            expect(res.status).toBe(400)
            expect((await problemOf(res)).code).toBe("json-too-deep")
          } else {
            // Not too deep: the schema decides (a nested array is no profile).
            expect(res.status).toBe(422)
          }
        },
      ),
      { numRuns: 40 },
    )
  })

  it("an NDJSON batch answers a too-deep line with an error line and ends at bytes that are not UTF-8", async () => {
    const batch = (body: NonNullable<RequestInit["body"]>) =>
      api.fetch("/api/v1/eligibility/batch?asOf=2023-09-01&summary=true", {
        method: "POST",
        headers: { "content-type": "application/x-ndjson", authorization: `Bearer ${api.keys.clerk}` },
        body,
      })
    const deep = await batch(`{"education":${nested(3000, "array", "{}")}}\n{}\n`)
    expect(deep.status).toBe(200)
    const lines = (await deep.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { line: number; error?: { code: string } })
    expect(lines.map((l) => [l.line, l.error?.code])).toEqual([
      [1, "json-too-deep"],
      [2, undefined],
    ])
    const enc = new TextEncoder()
    const bad = await batch(
      new Uint8Array([...enc.encode('{"name":"'), 0xc3, 0x28, ...enc.encode('"}\n{}\n')]),
    )
    const out = (await bad.text()).trim().split("\n")
    expect(out).toHaveLength(1)
    expect(JSON.parse(out[0] as string)).toMatchObject({ line: 1, error: { code: "invalid-utf8" } })
  })

  it("brackets inside strings do not count as nesting", () => {
    expect(nestingExceeds(JSON.stringify({ qr: "[".repeat(5000) }), MAX_JSON_DEPTH)).toBe(false)
    expect(nestingExceeds(JSON.stringify({ qr: `\\"${"{".repeat(5000)}` }), MAX_JSON_DEPTH)).toBe(false)
    expect(nestingExceeds(nested(MAX_JSON_DEPTH, "array"), MAX_JSON_DEPTH)).toBe(false)
    expect(nestingExceeds(nested(MAX_JSON_DEPTH + 1, "object"), MAX_JSON_DEPTH)).toBe(true)
  })

  it("a 422 echoes a short prefix of a long rejected value and its length, not the value", async () => {
    const long = "长".repeat(30_000)
    const res = await json(
      api,
      "/api/v1/publicity-notices/no-such-notice/objections",
      // A number where the schema wants one echoes what it got.
      JSON.stringify({ entry: long, text: "异议", objector: { contact: "13800000000" } }),
    )
    expect(res.status).toBe(422)
    const text = await res.text()
    expect(text.length).toBeLessThan(2000)
    const p = JSON.parse(text) as Problem
    const rule = p.errors?.find((e) => e.path === "body.entry")?.rule ?? ""
    expect(rule).toContain(`${"长".repeat(ECHO_CHARACTERS)}…`)
    expect(rule).toContain("(30000 characters)")
    expect(rule).not.toContain("长".repeat(ECHO_CHARACTERS + 1))
  })
})

describe("spoofed forwarding headers against the rate limits (sqlite)", () => {
  const address = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join("."))
  const check = (api: TestApi, xff: string) =>
    api.fetch("/api/v1/calendar/days/2024-10-01", { headers: { "x-forwarded-for": xff } })

  it("without ZHICHENG_TRUST_PROXY a rotating X-Forwarded-For is ignored: the limit holds", async () => {
    const api = await startTestApi("sqlite", { publicRatePerMinute: 5 })
    try {
      const spoofed = fc.sample(fc.array(address, { minLength: 1, maxLength: 3 }), 12)
      const statuses: Array<number> = []
      for (const hops of spoofed) statuses.push((await check(api, hops.join(", "))).status)
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
      expect(statuses.slice(5).every((s) => s === 429)).toBe(true)
    } finally {
      await api.dispose()
    }
  })

  it("with it, only the hop the proxy appends counts: a client-written left part changes nothing", async () => {
    const api = await startTestApi("sqlite", { publicRatePerMinute: 5, trustProxy: true })
    try {
      const spoofed = fc.sample(fc.array(address, { maxLength: 3 }), 12)
      const statuses: Array<number> = []
      for (const left of spoofed)
        statuses.push((await check(api, [...left, "198.51.100.23"].join(", "))).status)
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
      expect(statuses.slice(5).every((s) => s === 429)).toBe(true)
      // Another client, as the proxy saw it, has its own window.
      expect((await check(api, "198.51.100.23, 203.0.113.80")).status).toBe(200)
    } finally {
      await api.dispose()
    }
  })
})

describe("the certificate check's name comparison", () => {
  it("matches exactly the names normalizeName makes equal, whatever the lengths", () => {
    expect(sameName("张晓明", "张 晓明")).toBe(true)
    expect(sameName("ＡＢＣ", "ABC")).toBe(true)
    expect(sameName("张晓明", "张晓")).toBe(false)
    expect(sameName("张晓", "张晓明")).toBe(false)
    expect(sameName("", "张晓明")).toBe(false)
    expect(sameName("", "")).toBe(true)
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 2 }), fc.boolean(), (a, end, atStart) => {
        // A name and the same name with a change at one end, and two unrelated names.
        const b = atStart ? `${end}${a}` : `${a}${end}`
        expect(sameName(a, b)).toBe(normalizeName(a) === normalizeName(b))
        expect(sameName(a, end)).toBe(normalizeName(a) === normalizeName(end))
      }),
    )
  })
})
