/**
 * An endpoint is declared once — method, path, roles, the Effect Schemas of its input and output,
 * its handler — and from that one declaration the server validates requests and the OpenAPI
 * document is generated, so the two cannot drift.
 */
import type { Role } from "@zhicheng/domain/Audit"
import { Effect, type Schema } from "effect"
import { KeyBoundToUnit } from "./Errors.ts"

export interface Caller {
  readonly id: string
  readonly role: Role
  /** The API key's id, when the caller used one. */
  readonly keyId?: string
  /**
   * The pilot unit an enterprise-HR key is bound to (`keys create … --unit`): the caller creates,
   * records figures and works on rosters for that unit only (`requireUnit`). Absent on an unbound
   * key, which acts for any unit as keys did before binding existed.
   */
  readonly unit?: string
}

/**
 * Refuses (403 `key-bound-to-unit`, naming `field`) when the caller's key is bound to a pilot unit
 * other than `unit`; unbound callers pass. `what` says what names the unit when the field is not
 * the unit itself (`roster r1 is unit u2's`). Every write a bound key may make for a unit checks it.
 */
export const requireUnit = (
  caller: Caller,
  field: string,
  unit: string,
  what?: string,
): Effect.Effect<void, KeyBoundToUnit> =>
  caller.unit === undefined || caller.unit === unit
    ? Effect.void
    : Effect.fail(
        new KeyBoundToUnit({
          field,
          bound: caller.unit,
          unit,
          message: `${what ?? `${field} is unit ${unit}`}: this API key is bound to unit ${caller.unit} and acts for that unit only`,
        }),
      )

/** A handler's way to answer with something other than JSON (NDJSON streams, files). */
export interface RawResponse {
  readonly _tag: "RawResponse"
  readonly response: Response
}
export const raw = (response: Response): RawResponse => ({ _tag: "RawResponse", response })

/**
 * Whether an If-None-Match header matches `etag`, by weak comparison (RFC 9110 §13.1.2): "W/" is
 * ignored, so the tag a compressed response carried (the compressor weakens it) still matches;
 * "*" matches anything.
 */
export const noneMatch = (header: string | null, etag: string): boolean =>
  (header ?? "").split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "")
    return tag === etag || tag === "*"
  })

export interface Input<P, Q, B> {
  readonly params: P
  readonly query: Q
  readonly body: B
  readonly caller: Caller
  readonly request: Request
  readonly requestId: string
}

type AnySchema<A> = Schema.Schema<A, any, never>

export interface Endpoint<P = any, Q = any, B = any, O = any, R = any> {
  readonly method: "get" | "post" | "put" | "patch" | "delete"
  /** Hono path syntax: `/api/v1/applications/:id`. */
  readonly path: string
  readonly operationId: string
  readonly summary: string
  readonly description?: string
  readonly tag: string
  /** Roles allowed to call; "public" needs no key. Admin may call everything. */
  readonly roles: "public" | ReadonlyArray<Role>
  readonly params?: AnySchema<P>
  readonly query?: AnySchema<Q>
  /** JSON body schema; `bodyMedia` other than JSON are read raw by the handler. */
  readonly body?: AnySchema<B>
  readonly bodyMedia?: ReadonlyArray<string>
  readonly response: {
    readonly status: 200 | 201 | 202 | 204
    readonly description: string
    readonly schema?: AnySchema<O>
    readonly media?: string
    /**
     * Send the handler's value as JSON without encoding it through `schema` first. Only for large
     * values already in their wire form (the eligibility report); a test decodes such a response
     * strictly with the schema so that it cannot drift from the document.
     */
    readonly preEncoded?: boolean
  }
  /** Problem statuses this endpoint may answer with, besides the ones every endpoint may. */
  readonly problems: ReadonlyArray<number>
  /** Exempt from rate limits (health checks from load balancers). */
  readonly unlimited?: boolean
  /**
   * A stricter limit for anonymous callers of this route alone (requests a minute per address),
   * counted apart from the general public limit: guessing names or rendering PDFs.
   */
  readonly publicPerMinute?: number
  /** Honours Idempotency-Key: a retried create returns the first response. */
  readonly idempotent?: boolean
  readonly handler: (input: Input<P, Q, B>) => Effect.Effect<O | RawResponse, unknown, R>
}

/** Declares an endpoint with its types inferred from the schemas. */
export const endpoint = <P = {}, Q = {}, B = undefined, O = unknown, R = never>(
  e: Endpoint<P, Q, B, O, R>,
): Endpoint<P, Q, B, O, R> => e
