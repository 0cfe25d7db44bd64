/**
 * The typed client for Zhicheng's API. `paths` and `components` are generated from the API's
 * OpenAPI document (apps/api/scripts/openapi.ts writes both; the API's test command fails when
 * either is stale), so a front end that compiles against this client cannot call a route or read a
 * field the server does not have. The site, the counter and the API's own tests all use it.
 *
 * @example
 * const api = createZhichengClient({ baseUrl: "http://127.0.0.1:8787", apiKey: process.env.ZHICHENG_API_KEY })
 * const { data, error } = await api.GET("/api/v1/applications", { params: { query: { limit: 20 } } })
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch"
import type { components, paths } from "./api.ts"

export type { components, operations, paths } from "./api.ts"

/** The client type every front end holds. */
export type ZhichengClient = Client<paths>

/** A problem+json body (RFC 9457) as the API writes it for every refusal. */
export type Problem = components["schemas"]["Problem"]

export interface ZhichengClientOptions {
  /** The API's origin, e.g. `http://127.0.0.1:8787`; empty for the page's own origin. */
  readonly baseUrl: string
  /** An API key (`Authorization: Bearer …`); omit for the public role. */
  readonly apiKey?: string | undefined
  /** Another fetch (tests pass one that calls the app in-process). */
  readonly fetch?: ClientOptions["fetch"]
  /** Extra headers sent on every request. */
  readonly headers?: Record<string, string>
}

/** A client for the API at `baseUrl`, authenticated with `apiKey` when given. */
export const createZhichengClient = (options: ZhichengClientOptions): ZhichengClient =>
  createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: {
      ...(options.headers ?? {}),
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    },
  })
