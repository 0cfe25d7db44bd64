/**
 * Every call to the API goes through `call`, which turns the typed client's answer into one of
 * three outcomes the screens show: the data, the API's problem (RFC 9457: title, fields, clause),
 * or "the service cannot be reached" — never an exception or a stack trace.
 */
import { createZhichengClient, type Problem, type ZhichengClient } from "@zhicheng/client"
import type { Citation } from "@zhicheng/domain/Citation"

export type { ZhichengClient }

export interface Refusal {
  readonly kind: "problem"
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string
  readonly errors: ReadonlyArray<{ readonly path: string; readonly rule: string }>
  readonly clause?: Citation
}

export interface Unreachable {
  readonly kind: "unreachable"
  readonly message: string
}

export type Failure = Refusal | Unreachable

export type Outcome<T> = { readonly ok: true; readonly data: T } | ({ readonly ok: false } & Failure)

interface ClientAnswer<T> {
  readonly data?: T
  readonly error?: unknown
  readonly response: Response
}

const isCitation = (c: unknown): c is Citation =>
  typeof c === "object" && c !== null && typeof (c as Citation).article === "string"

/** The refusal in a problem body (or a plain one for a body that is not problem+json). */
export const refusalOf = (status: number, body: unknown): Refusal => {
  const p = (typeof body === "object" && body !== null ? body : {}) as Partial<Problem>
  return {
    kind: "problem",
    status,
    code: typeof p.code === "string" ? p.code : `http-${status}`,
    title: typeof p.title === "string" ? p.title : `HTTP ${status}`,
    detail: typeof p.detail === "string" ? p.detail : typeof body === "string" ? body : "",
    errors: Array.isArray(p.errors) ? p.errors : [],
    ...(isCitation(p.clause) ? { clause: p.clause } : {}),
  }
}

const messageOf = (e: unknown): string => {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause
  if (cause?.code !== undefined) return cause.code
  return e instanceof Error ? e.message : String(e)
}

/** Awaits a client call and names its outcome. */
export const call = async <T>(request: Promise<ClientAnswer<T>>): Promise<Outcome<T>> => {
  try {
    const { data, error, response } = await request
    if (response.ok) return { ok: true, data: data as T }
    return { ok: false, ...refusalOf(response.status, error) }
  } catch (e) {
    return { ok: false, kind: "unreachable", message: messageOf(e) }
  }
}

/** A client for the API at `baseUrl` with the clerk's key. */
export const connect = (baseUrl: string, apiKey: string, fetchImpl?: typeof fetch): ZhichengClient =>
  createZhichengClient({
    baseUrl,
    apiKey,
    headers: { "user-agent": "zhicheng-counter" },
    ...(fetchImpl !== undefined ? { fetch: fetchImpl } : {}),
  })
