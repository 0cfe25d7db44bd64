/**
 * The OpenAPI 3.1 document, generated from the same endpoint declarations and Effect Schemas the
 * server validates with.
 */
import { readFileSync } from "node:fs"
import { JSONSchema, type Schema, SchemaAST } from "effect"
import type { Endpoint } from "./Endpoint.ts"

const COMMON_PROBLEMS = [400, 401, 403, 415, 429, 500] as const
const PROBLEM_TEXT: Record<number, string> = {
  400: "Malformed request (problem+json)",
  401: "Missing, unknown or revoked API key",
  403: "The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field)",
  404: "Not found",
  409: "Refused by a rule or the record's state; `clause` names the rule",
  413: "Body too large",
  415: "Unsupported media type",
  422: "Invalid input; `errors` lists each field path and the rule it breaks",
  429: "Rate limited; see Retry-After",
  500: "Internal error (no details are disclosed; quote the request id)",
}

/** An optional property's type is `X | undefined`; a parameter's schema is just X. */
const withoutUndefined = (ast: SchemaAST.AST): SchemaAST.AST =>
  SchemaAST.isUnion(ast)
    ? SchemaAST.Union.make(ast.types.filter((t) => !SchemaAST.isUndefinedKeyword(t)))
    : ast

const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z0-9_]+)/g, "{$1}")

/**
 * A real call of an operation, recorded from the API tests (test/support/recorder.ts) into
 * examples.json: its path and query parameters, its body (`value`, JSON or text; `bytes` for binary
 * media) and its answer. test/Examples.test.ts decodes each with the endpoint's schemas.
 */
export interface Example {
  readonly request: {
    readonly path: string
    readonly params: Readonly<Record<string, string>>
    readonly query: Readonly<Record<string, string>>
    readonly media?: string
    readonly value?: unknown
    readonly bytes?: number
  }
  readonly response: {
    readonly status: number
    readonly media?: string
    readonly value?: unknown
    readonly bytes?: number
  }
}

/** The recorded examples (apps/api/examples.json; `scripts/examples.ts` writes it). */
let examplesCache: Readonly<Record<string, Example>> | undefined
export const recordedExamples = (): Readonly<Record<string, Example>> => {
  examplesCache ??= JSON.parse(readFileSync(new URL("../examples.json", import.meta.url), "utf8")) as Record<
    string,
    Example
  >
  return examplesCache
}

const recorded = (value: unknown) => ({
  recorded: { summary: "Recorded from the API tests (examples.json)", value },
})

/** The offline QR format (ADR 0007), in the document's description. */
export const QR_FORMAT = `## Certificate QR codes (offline check)

A certificate's QR text is \`<public origin>/v/<number>#ZC1.<payload>.<signature>\`. A phone opens the online check page \`/v/<number>\`; the fragment after \`#\` never reaches the server and carries everything an offline verifier needs:

- \`ZC1\` names this format (version 1).
- \`<payload>\` is base64url (no padding) of the UTF-8 bytes of the signed fields as compact canonical JSON — keys sorted, no spaces: \`{"alg":"Ed25519","approval":…,"body":…,"issued":"YYYY-MM-DD","kid":…,"level":…,"name":…,"no":…,"series":…,"specialty":…,"title":…,"v":1}\` (no ID number). A payload not in canonical form is refused.
- \`<signature>\` is base64url of the Ed25519 (RFC 8032) signature over those same payload bytes.
- The key is the one whose \`kid\` the payload names in the JWK set at \`GET /api/v1/keys\` (OKP, Ed25519). A \`retired\` key still verifies what it signed; a \`compromised\` key does not.

A passing offline check proves the fields were signed by a key the bureau published; whether the certificate has since been suspended or revoked only the online check says (\`GET /api/v1/certificates/{number}/verification?name=…\`). \`POST /api/v1/certificates/verify-qr\` runs the same check on the server; \`@zhicheng/domain/CertificateVerify\` runs it in a browser with WebCrypto.`

export const document = (
  endpoints: ReadonlyArray<Endpoint>,
  info: { version: string; serverUrl?: string },
  examples: Readonly<Record<string, Example>> = {},
) => {
  const definitions: Record<string, JSONSchema.JsonSchema7> = {}
  const schemaOf = (s: Schema.Schema.Any) =>
    JSONSchema.fromAST(s.ast, { definitions, definitionPath: "#/components/schemas/", target: "openApi3.1" })

  const parameters = (
    s: Schema.Schema.Any | undefined,
    where: "path" | "query",
    example: Readonly<Record<string, string>> = {},
  ) => {
    if (s === undefined) return []
    const ast = SchemaAST.isTransformation(s.ast) ? s.ast.from : s.ast
    const props = SchemaAST.getPropertySignatures(ast)
    return props.map((p) => ({
      name: String(p.name),
      in: where,
      required: where === "path" ? true : !p.isOptional,
      schema: JSONSchema.fromAST(withoutUndefined(p.type), {
        definitions,
        definitionPath: "#/components/schemas/",
        target: "openApi3.1",
      }),
      ...(example[String(p.name)] !== undefined ? { examples: recorded(example[String(p.name)]) } : {}),
    }))
  }

  const paths: Record<string, Record<string, unknown>> = {}
  for (const ep of endpoints) {
    const path = toOpenApiPath(ep.path)
    const example = examples[ep.operationId]
    const responseExample =
      example?.response.value !== undefined ? { examples: recorded(example.response.value) } : {}
    const problems = [...new Set([...COMMON_PROBLEMS, ...ep.problems, ...(ep.body ? [413, 422] : [])])].sort()
    const responses: Record<string, unknown> = {
      [String(ep.response.status)]: {
        description: ep.response.description,
        ...(ep.response.status === 204
          ? {}
          : {
              content: {
                [ep.response.media ?? "application/json"]: {
                  schema: ep.response.schema ? schemaOf(ep.response.schema) : {},
                  ...responseExample,
                },
              },
            }),
      },
    }
    for (const status of problems) {
      responses[String(status)] = {
        description: PROBLEM_TEXT[status] ?? "Problem",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      }
    }
    const bodyMedia = ep.bodyMedia ?? (ep.body ? ["application/json"] : [])
    paths[path] = {
      ...paths[path],
      [ep.method]: {
        operationId: ep.operationId,
        summary: ep.summary,
        ...(ep.description ? { description: ep.description } : {}),
        tags: [ep.tag],
        security: ep.roles === "public" ? [{}, { apiKey: [] }] : [{ apiKey: [] }],
        "x-roles": ep.roles === "public" ? ["public"] : [...new Set([...ep.roles, "admin"])],
        parameters: [
          ...parameters(ep.params, "path", example?.request.params),
          ...parameters(ep.query, "query", example?.request.query),
          ...(ep.idempotent
            ? [
                {
                  name: "Idempotency-Key",
                  in: "header",
                  required: false,
                  description: "Retries with the same key return the first response.",
                  schema: { type: "string", maxLength: 255 },
                },
              ]
            : []),
        ],
        ...(bodyMedia.length > 0
          ? {
              requestBody: {
                required: true,
                content: Object.fromEntries(
                  bodyMedia.map((m) => [
                    m,
                    {
                      schema:
                        m === "application/json" && ep.body
                          ? schemaOf(ep.body)
                          : { type: "string", format: "binary" },
                      ...(example?.request.media === m && example.request.value !== undefined
                        ? { examples: recorded(example.request.value) }
                        : {}),
                    },
                  ]),
                ),
              },
            }
          : {}),
        responses,
      },
    }
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Zhicheng API",
      version: info.version,
      summary:
        "Professional-title (职称) procedures for private enterprises: cited rules, eligibility, calendar, records and certificates.",
      description:
        "Every answer names the clause it rests on. Errors are RFC 9457 problem+json. Authenticate with `Authorization: Bearer <key>`; public operations need no key and are rate limited. Every operation shows a request and a response recorded from the API tests (examples.json, checked against the schemas).\n\n" +
        QR_FORMAT,
      license: { name: "Proprietary", identifier: "LicenseRef-Zhicheng" },
    },
    servers: [{ url: info.serverUrl ?? "http://127.0.0.1:8787" }],
    tags: [...new Set(endpoints.map((e) => e.tag))].map((name) => ({
      name,
      description: `${name} operations`,
    })),
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key created by an admin: zc_<id>_<secret>",
        },
      },
      schemas: {
        ...definitions,
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "code"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            code: { type: "string" },
            requestId: { type: "string" },
            errors: {
              type: "array",
              items: {
                type: "object",
                required: ["path", "rule"],
                properties: { path: { type: "string" }, rule: { type: "string" } },
              },
            },
            clause: { type: "object", description: "The citation of the rule that refused the request" },
          },
        },
      },
    },
  }
}
