/** Eligibility: one profile as JSON, or a roster of profiles as NDJSON streamed in and out. */
import { CivilDate } from "@zhicheng/domain/CivilDate"
import * as Eligibility from "@zhicheng/domain/Eligibility"
import { EligibilityReport, EligibilitySummary } from "@zhicheng/domain/EligibilityReport"
import { Effect, Either, type ParseResult, Schema } from "effect"
import { endpoint, raw } from "../Endpoint.ts"
import { fieldErrors } from "../Problem.ts"
import { MAX_JSON_DEPTH, nestingExceeds } from "../Server.ts"

const BatchQuery = Schema.Struct({
  asOf: CivilDate,
  jurisdiction: Schema.optional(Schema.String),
  edition: Schema.optional(Schema.String),
})

const decodeLine = Schema.decodeUnknownEither(Eligibility.Request.fields.profile, {
  errors: "all",
  onExcessProperty: "error",
})

/**
 * Reads NDJSON profiles line by line and writes one NDJSON result per line, in order, holding
 * only the current line in memory. A bad line yields an error line naming the line number and
 * fields, and the stream goes on.
 */
const batchStream = (body: ReadableStream<Uint8Array>, q: typeof BatchQuery.Type, summaryOnly: boolean) => {
  // Bytes that are not UTF-8 end the stream with an error line, as for the single-profile route.
  const decoder = new TextDecoder("utf-8", { fatal: true })
  const encoder = new TextEncoder()
  let buffer = ""
  let line = 0
  const reader = body.getReader()
  const evaluateLine = (text: string): string => {
    line++
    if (text.trim() === "") return ""
    if (nestingExceeds(text, MAX_JSON_DEPTH))
      return `${JSON.stringify({ line, error: { code: "json-too-deep", errors: [{ path: `line ${line}`, rule: `at most ${MAX_JSON_DEPTH} levels of nested arrays and objects` }] } })}\n`
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return `${JSON.stringify({ line, error: { code: "malformed-json", errors: [{ path: `line ${line}`, rule: "must be one JSON object" }] } })}\n`
    }
    const profile = decodeLine(json)
    if (Either.isLeft(profile))
      return `${JSON.stringify({ line, error: { code: "invalid-input", errors: fieldErrors("profile", profile.left as ParseResult.ParseError) } })}\n`
    const report = Eligibility.evaluate({
      profile: profile.right,
      asOf: q.asOf,
      ...(q.jurisdiction ? { jurisdiction: q.jurisdiction } : {}),
      ...(q.edition ? { edition: q.edition } : {}),
    })
    // The summary keeps each answer's grounds (the clauses it rests on), not the trees.
    const out = summaryOnly
      ? { line, rulesVersion: report.rulesVersion, tracks: Eligibility.summarize(report).tracks }
      : { line, report }
    return `${JSON.stringify(out)}\n`
  }
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        const nl = buffer.indexOf("\n")
        if (nl >= 0) {
          const out = evaluateLine(buffer.slice(0, nl))
          buffer = buffer.slice(nl + 1)
          if (out !== "") {
            controller.enqueue(encoder.encode(out))
            return
          }
          continue
        }
        const { done, value } = await reader.read()
        if (done) {
          const out = buffer.trim() === "" ? "" : evaluateLine(buffer)
          buffer = ""
          if (out !== "") controller.enqueue(encoder.encode(out))
          controller.close()
          return
        }
        try {
          buffer += decoder.decode(value, { stream: true })
        } catch {
          // The bytes read last are not UTF-8: no line from the first unanswered one on is read.
          const at = line + 1
          controller.enqueue(
            encoder.encode(
              `${JSON.stringify({ line: at, error: { code: "invalid-utf8", errors: [{ path: `line ${at}`, rule: "must be UTF-8 (RFC 8259 §8.1); this line and those after it were not read" }] } })}\n`,
            ),
          )
          controller.close()
          await reader.cancel()
          return
        }
        if (buffer.length > 2_000_000) {
          controller.enqueue(
            encoder.encode(
              `${JSON.stringify({ line: line + 1, error: { code: "line-too-long", errors: [{ path: `line ${line + 1}`, rule: "a line may be at most 2 MB" }] } })}\n`,
            ),
          )
          controller.close()
          await reader.cancel()
          return
        }
      }
    },
    cancel: () => reader.cancel(),
  })
}

export const eligibility = [
  endpoint({
    method: "post",
    path: "/api/v1/eligibility",
    operationId: "evaluateEligibility",
    summary: "Evaluate one profile against every applicable edition and track, with the full explanation",
    tag: "eligibility",
    roles: "public",
    body: Eligibility.Request,
    response: {
      status: 200,
      description: "The explained report",
      schema: EligibilityReport,
      preEncoded: true,
    },
    problems: [404],
    handler: ({ body }) => Effect.flatMap(Eligibility.Eligibility, (svc) => svc.evaluate(body)),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/eligibility/summary",
    operationId: "summarizeEligibility",
    summary: "Evaluate one profile; answer each track in brief, with the clauses the answer rests on",
    description:
      "The same evaluation as `POST /api/v1/eligibility`, without the explanation trees: per track the status, its grounds (eligible: each requirement, met; not eligible: the leaves that failed; incomplete: the leaves waiting for a fact; needs review: what a person must judge; not applicable: the failed conditions of who may apply), each with its citation and what it saw, the missing fields, pending reviews and the earliest date. About a sixth of the full report's size (benchmark population, all editions: 40 KiB against 240 KiB).",
    tag: "eligibility",
    roles: "public",
    body: Eligibility.Request,
    response: {
      status: 200,
      description: "The answers in brief",
      schema: EligibilitySummary,
      preEncoded: true,
    },
    problems: [404],
    handler: ({ body }) =>
      Effect.flatMap(Eligibility.Eligibility, (svc) => svc.evaluate(body)).pipe(
        Effect.map(Eligibility.summarize),
      ),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/eligibility/batch",
    operationId: "evaluateEligibilityBatch",
    summary: "Evaluate a roster: NDJSON profiles in, NDJSON results out, in order, in constant memory",
    description:
      "One Profile JSON object per line. Each output line is `{line, report}` (or, with `summary=true`, `{line, rulesVersion, tracks}` where each track is a `TrackSummary`: status, grounds with their citations, missing, reviews, earliest), or `{line, error}` for a bad line; a bad line does not stop the batch.",
    tag: "eligibility",
    roles: ["enterprise-hr", "clerk", "committee"],
    query: Schema.Struct({ ...BatchQuery.fields, summary: Schema.optional(Schema.Literal("true", "false")) }),
    bodyMedia: ["application/x-ndjson"],
    response: {
      status: 200,
      description: "One result per input line",
      media: "application/x-ndjson",
      schema: Schema.Unknown,
    },
    problems: [404, 422],
    handler: ({ query, request }) =>
      Effect.flatMap(Eligibility.Eligibility, (svc) =>
        // Validate the filters once, up front, so a bad edition is one 404 and not 100,000 error lines.
        svc.evaluate({
          profile: {},
          asOf: query.asOf,
          ...(query.jurisdiction ? { jurisdiction: query.jurisdiction } : {}),
          ...(query.edition ? { edition: query.edition } : {}),
        }),
      ).pipe(
        Effect.map(() =>
          raw(
            new Response(
              request.body === null ? "" : batchStream(request.body, query, query.summary === "true"),
              {
                status: 200,
                headers: { "content-type": "application/x-ndjson; charset=utf-8" },
              },
            ),
          ),
        ),
      ),
  }),
]
