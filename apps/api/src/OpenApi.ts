/**
 * The OpenAPI 3.1 document, generated from the same endpoint declarations and Effect Schemas the
 * server validates with.
 */
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

export const document = (
  endpoints: ReadonlyArray<Endpoint>,
  info: { version: string; serverUrl?: string },
) => {
  const definitions: Record<string, JSONSchema.JsonSchema7> = {}
  const schemaOf = (s: Schema.Schema.Any) =>
    JSONSchema.fromAST(s.ast, { definitions, definitionPath: "#/components/schemas/", target: "openApi3.1" })

  const parameters = (s: Schema.Schema.Any | undefined, where: "path" | "query") => {
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
    }))
  }

  const paths: Record<string, Record<string, unknown>> = {}
  for (const ep of endpoints) {
    const path = toOpenApiPath(ep.path)
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
          ...parameters(ep.params, "path"),
          ...parameters(ep.query, "query"),
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
        "Every answer names the clause it rests on. Errors are RFC 9457 problem+json. Authenticate with `Authorization: Bearer <key>`; public operations need no key and are rate limited.",
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
