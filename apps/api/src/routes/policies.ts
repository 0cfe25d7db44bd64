/** Policies: the registry's documents, editions, tracks and cited conditions. */
import { createHash } from "node:crypto"
import * as Reference from "@zhicheng/domain/Reference"
import * as Registry from "@zhicheng/domain/Registry"
import { Effect, Schema } from "effect"
import { endpoint, noneMatch, raw } from "../Endpoint.ts"
import { NotFound } from "../Errors.ts"

const full = Reference.reference()
const fullText = JSON.stringify(full)
const etagOf = (s: string) => `"${createHash("sha256").update(s).digest("base64url").slice(0, 27)}"`

/** Answers 304 when the client's If-None-Match matches; the ETag changes with the rules version's content. */
const cached = (request: Request, body: string) => {
  const etag = etagOf(body)
  const headers = {
    etag,
    "cache-control": "public, max-age=300",
    "content-type": "application/json; charset=utf-8",
  }
  return noneMatch(request.headers.get("if-none-match"), etag)
    ? new Response(null, { status: 304, headers })
    : new Response(body, { status: 200, headers })
}

const PolicyReference = Schema.Struct({
  rulesVersion: Schema.String,
  jurisdictions: Schema.Array(Schema.Unknown),
  documents: Schema.Array(Schema.Unknown),
  editions: Schema.Array(Schema.Unknown),
}).annotations({
  identifier: "PolicyReference",
  description: "Every jurisdiction, document, edition, track and cited condition (see docs/policies.json)",
})

export const policies = [
  endpoint({
    method: "get",
    path: "/api/v1/policies",
    operationId: "listPolicies",
    summary: "The whole policy reference: documents, editions, tracks and cited conditions",
    description: "Supports ETag / If-None-Match. The same data as docs/policies.json.",
    tag: "policies",
    roles: "public",
    response: { status: 200, description: "The policy reference", schema: PolicyReference },
    problems: [],
    handler: ({ request }) => Effect.succeed(raw(cached(request, fullText))),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/policies/:edition",
    operationId: "getEdition",
    summary: "One edition with its tracks, settings and what is not encoded",
    tag: "policies",
    roles: "public",
    params: Schema.Struct({ edition: Schema.String }),
    response: { status: 200, description: "The edition", schema: Schema.Unknown },
    problems: [404],
    handler: ({ params, request }) => {
      const e = Registry.edition(params.edition)
      if (e === undefined)
        return Effect.fail(
          new NotFound({
            message: `No edition "${params.edition}"; known: ${Registry.EDITIONS.map((x) => x.id).join(", ")}`,
          }),
        )
      return Effect.succeed(
        raw(
          cached(
            request,
            JSON.stringify({
              rulesVersion: Registry.RULES_VERSION,
              ...Reference.editionReference(e),
              documentInfo: Registry.documentOf(e),
            }),
          ),
        ),
      )
    },
  }),
]
