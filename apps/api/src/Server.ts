/**
 * Builds the Hono app from endpoint declarations: authentication and roles, rate limits, body
 * limits and media types, Schema validation, Idempotency-Key, request ids, structured logs, and
 * problem+json for every failure. `createApp` is shared by main.ts and the tests.
 */
import { randomUUID } from "node:crypto"
import { Cause, Effect, Exit, type ManagedRuntime, Schema } from "effect"
import { Hono, type Context as HonoContext } from "hono"
import { compress } from "hono/compress"
import { cors } from "hono/cors"
import type { Caller, Endpoint, RawResponse } from "./Endpoint.ts"
import { fieldErrors, fromCause, invalidUtf8, type Problem, problem, tooDeep } from "./Problem.ts"
import { PublicUrl } from "./PublicUrl.ts"
import * as Store from "./Store.ts"

export interface Options {
  /** Origins allowed by CORS (the public site's). */
  readonly corsOrigins: ReadonlyArray<string>
  /** Largest accepted JSON body, in bytes. */
  readonly maxBodyBytes: number
  /** Public routes: requests per minute per client address. */
  readonly publicRatePerMinute: number
  /** Authenticated callers: requests per minute per key. */
  readonly keyRatePerMinute: number
  /** Where each request's log line goes (JSON). */
  readonly log: (line: Record<string, unknown>) => void
  /** Counts in-flight requests, for graceful shutdown. */
  readonly inFlight?: { n: number }
  /** Whether the process still accepts requests (readyz). */
  readonly ready?: () => boolean
  /**
   * Behind one reverse proxy (ZHICHENG_TRUST_PROXY=1): count clients by the hop the proxy appends
   * to X-Forwarded-For (the right-most). Off, the header is ignored ({@link clientAddress}).
   */
  readonly trustProxy?: boolean
  /**
   * The public origin printed in QR codes and PDFs (PublicUrl.ts), given to handlers as the
   * `PublicUrl` service. Never derived from a request; without it, a handler that needs it fails.
   */
  readonly publicUrl?: () => string
  /** Apply endpoints' stricter per-route public limits (on unless a test turns them off). */
  readonly perRouteLimits?: boolean
  /**
   * Compress responses for clients that accept it (on unless turned off). Behind a reverse proxy
   * that compresses, turn it off to spend that CPU there instead (bench/RECORDS-API.md).
   */
  readonly compress?: boolean
  /**
   * Demo training mode (TrainingClock.ts): the training day, named on every response in the
   * `Zhicheng-Training-Day` header so no one mistakes its dates for real ones. Absent in production.
   */
  readonly trainingDay?: () => string
}

export const defaultOptions: Options = {
  corsOrigins: ["http://localhost:4321", "http://127.0.0.1:4321"],
  maxBodyBytes: 1_000_000,
  publicRatePerMinute: 60,
  keyRatePerMinute: 6000,
  log: (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
}

type Runtime = ManagedRuntime.ManagedRuntime<any, never>

/** A refusal decided by the HTTP layer itself (auth, limits, validation), already a problem. */
class HttpFailure {
  readonly _tag = "HttpFailure"
  readonly problem: Problem
  readonly headers: Record<string, string>
  constructor(p: Problem, headers: Record<string, string> = {}) {
    this.problem = p
    this.headers = headers
  }
}

const send = (c: HonoContext, p: Problem, requestId: string, headers: Record<string, string> = {}) =>
  c.body(JSON.stringify({ ...p, requestId }), p.status as 400, {
    ...headers,
    "content-type": "application/problem+json",
  })

/**
 * The address rate limits and anonymous Idempotency-Keys are counted by. Without `trustProxy` it is
 * the socket's peer: X-Forwarded-For is the client's to write, so trusting it would let a rotating
 * header through every limit. Behind one reverse proxy (`ZHICHENG_TRUST_PROXY=1`) the peer is the
 * proxy, and the address it saw is the hop it appended — the right-most entry; everything left of it
 * came from the client and is ignored.
 */
export const clientAddress = (c: HonoContext, trustProxy: boolean | undefined): string => {
  const peer =
    (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
      ?.remoteAddress ?? "unknown"
  if (trustProxy !== true) return peer
  const hops = (c.req.header("x-forwarded-for") ?? "").split(",")
  return hops[hops.length - 1]?.trim() || peer
}

/**
 * The errors underneath a failure, innermost last: @effect/sql says only "Failed to execute
 * statement", and the driver's reason (SQLITE_READONLY, SQLITE_FULL, PostgreSQL's 53100 disk full)
 * is its `cause`. Logged beside the pretty cause so that an operator reads why.
 */
export const causedBy = (cause: Cause.Cause<unknown>): ReadonlyArray<string> => {
  const out: Array<string> = []
  for (const top of [...Cause.failures(cause), ...Cause.defects(cause)]) {
    let inner = (top as { cause?: unknown } | null)?.cause
    for (let n = 0; inner !== undefined && inner !== null && n < 5; n++) {
      const e = inner as { name?: string; code?: unknown; message?: string; cause?: unknown }
      out.push(
        [e.name, e.code !== undefined ? `[${String(e.code)}]` : undefined, e.message ?? String(inner)]
          .filter((x) => x !== undefined && x !== "")
          .join(" "),
      )
      inner = e.cause
    }
  }
  return out
}

const decode = <A>(schema: Schema.Schema<A, any, never>, value: unknown, where: string) =>
  Schema.decodeUnknown(schema, { errors: "all", onExcessProperty: "error" })(value).pipe(
    Effect.mapError(
      (e) =>
        new HttpFailure(
          problem(
            422,
            "invalid-input",
            "Invalid input",
            `The ${where} does not match the schema; see errors.`,
            {
              errors: fieldErrors(where, e),
            },
          ),
        ),
    ),
  )

/** The header naming the training day on every response in demo training mode. */
export const TRAINING_DAY_HEADER = "Zhicheng-Training-Day"

/** Mounts endpoints on a Hono app that runs their handlers on `runtime`. */
export const createApp = (
  runtime: Runtime,
  endpoints: ReadonlyArray<Endpoint>,
  options: Options = defaultOptions,
) => {
  const app = new Hono()
  const { trainingDay } = options
  if (trainingDay !== undefined)
    app.use(async (c, next) => {
      await next()
      c.res.headers.set(TRAINING_DAY_HEADER, trainingDay())
    })
  // gzip or deflate when the client accepts it, for JSON, problem+json and HTML over 1 KiB (an
  // all-editions eligibility report is ~240 KiB of repetitive JSON). NDJSON batches are left as is:
  // a compressor holds back lines that a streaming client wants at once.
  if (options.compress !== false) app.use(compress())
  app.use(
    "/api/*",
    cors({
      origin: [...options.corsOrigins],
      exposeHeaders: ["x-request-id", "etag", "retry-after", TRAINING_DAY_HEADER],
    }),
  )

  for (const ep of endpoints) {
    app.on(ep.method.toUpperCase(), ep.path, async (c) => {
      const requestId = c.req.header("x-request-id")?.slice(0, 100) || randomUUID()
      const started = performance.now()
      if (options.inFlight) options.inFlight.n++
      c.header("x-request-id", requestId)
      let status = 500
      try {
        const res = await runtime.runPromiseExit(handle(c, ep, requestId, options))
        if (Exit.isSuccess(res)) {
          status = res.value.status
          // A handler's own Response does not carry the headers set on the context.
          res.value.headers.set("x-request-id", requestId)
          return res.value
        }
        const failure = Cause.failureOption(res.cause)
        if (failure._tag === "Some" && failure.value instanceof HttpFailure) {
          status = failure.value.problem.status
          return send(c, failure.value.problem, requestId, failure.value.headers)
        }
        const p = fromCause(res.cause)
        status = p.status
        if (status >= 500)
          options.log({
            level: "error",
            requestId,
            operation: ep.operationId,
            cause: Cause.pretty(res.cause),
            causedBy: causedBy(res.cause),
          })
        return send(c, p, requestId)
      } finally {
        if (options.inFlight) options.inFlight.n--
        options.log({
          level: "info",
          at: new Date().toISOString(),
          requestId,
          method: c.req.method,
          path: c.req.path,
          operation: ep.operationId,
          status,
          ms: Math.round((performance.now() - started) * 10) / 10,
        })
      }
    })
  }

  app.notFound((c) =>
    send(
      c,
      problem(404, "not-found", "Not Found", `No route ${c.req.method} ${c.req.path}.`),
      c.res.headers.get("x-request-id") ?? randomUUID(),
    ),
  )
  app.onError((_err, c) => send(c, fromCause(Cause.die(_err)), randomUUID()))
  return app
}

const handle = (c: HonoContext, ep: Endpoint, requestId: string, options: Options) =>
  Effect.gen(function* () {
    // Who is calling, and may they?
    const caller = yield* identify(c, ep)
    const bucket =
      caller.keyId !== undefined ? `key:${caller.keyId}` : `ip:${clientAddress(c, options.trustProxy)}`
    const limit = caller.keyId !== undefined ? options.keyRatePerMinute : options.publicRatePerMinute
    const strict =
      caller.keyId === undefined && options.perRouteLimits !== false ? ep.publicPerMinute : undefined
    const rate = ep.unlimited
      ? { allowed: true, retryAfter: 0 }
      : strict !== undefined
        ? yield* Store.hit(`${bucket}:${ep.operationId}`, Math.min(strict, limit), 60)
        : yield* Store.hit(bucket, limit, 60)
    if (!rate.allowed)
      return yield* Effect.fail(
        new HttpFailure(
          problem(
            429,
            "rate-limited",
            "Too Many Requests",
            `More than ${limit} requests a minute; retry after ${rate.retryAfter} s.`,
          ),
          {
            "retry-after": String(rate.retryAfter),
          },
        ),
      )

    // Input
    const params = ep.params ? yield* decode(ep.params, c.req.param(), "path") : {}
    const query = ep.query ? yield* decode(ep.query, c.req.query(), "query") : {}
    let bodyText = ""
    let body: unknown
    if (ep.method !== "get" && ep.method !== "delete") {
      const media = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? ""
      const accepted = ep.bodyMedia ?? (ep.body ? ["application/json"] : [])
      if (accepted.length > 0 && !accepted.includes(media))
        return yield* Effect.fail(
          new HttpFailure(
            problem(
              415,
              "unsupported-media-type",
              "Unsupported Media Type",
              `Send ${accepted.join(" or ")}, not "${media || "nothing"}".`,
            ),
          ),
        )
      const declared = Number(c.req.header("content-length") ?? "0")
      const max = media === "application/json" ? options.maxBodyBytes : options.maxBodyBytes * 50
      if (declared > max) return yield* Effect.fail(tooLarge(max))
      if (ep.body) {
        const bytes = new Uint8Array(yield* Effect.promise(() => c.req.arrayBuffer()))
        if (bytes.byteLength > max) return yield* Effect.fail(tooLarge(max))
        bodyText = yield* decodeUtf8(bytes)
        if (nestingExceeds(bodyText, MAX_JSON_DEPTH))
          return yield* Effect.fail(new HttpFailure(tooDeep(MAX_JSON_DEPTH)))
        const json = yield* Effect.try({
          try: () => JSON.parse(bodyText) as unknown,
          catch: () =>
            new HttpFailure(
              problem(400, "malformed-json", "Malformed JSON", "The body is not valid JSON.", {
                errors: [{ path: "body", rule: "must be valid JSON" }],
              }),
            ),
        })
        body = yield* decode(ep.body, json, "body")
      }
    }

    // Idempotency for creates
    const idemKey = ep.idempotent ? c.req.header("idempotency-key") : undefined
    if (idemKey !== undefined) {
      if (!/^[\x21-\x7e]{1,255}$/.test(idemKey))
        return yield* Effect.fail(
          new HttpFailure(
            problem(
              400,
              "bad-idempotency-key",
              "Bad Idempotency-Key",
              "Idempotency-Key must be 1–255 visible ASCII characters.",
              { errors: [{ path: "header.idempotency-key", rule: "1–255 visible ASCII characters" }] },
            ),
          ),
        )
      // Anonymous callers share no namespace: their keys are scoped by client address too.
      const state = yield* Store.claimIdempotency(
        idemOwner(caller, c, options),
        idemKey,
        ep.method,
        c.req.path,
        bodyText,
      )
      if (state._tag === "Replay")
        return new Response(state.response, {
          status: state.status,
          headers: {
            "content-type": state.status >= 400 ? "application/problem+json" : "application/json",
            "idempotent-replayed": "true",
          },
        })
      if (state._tag === "Mismatch")
        return yield* Effect.fail(
          new HttpFailure(
            problem(
              422,
              "idempotency-key-reused",
              "Idempotency-Key reused",
              "This Idempotency-Key was used for a different request.",
              { errors: [{ path: "header.idempotency-key", rule: "one key per distinct request" }] },
            ),
          ),
        )
      if (state._tag === "InFlight")
        return yield* Effect.fail(
          new HttpFailure(
            problem(
              409,
              "idempotency-in-flight",
              "Request in progress",
              "A request with this Idempotency-Key is still being processed; retry shortly.",
            ),
            { "retry-after": "1" },
          ),
        )
    }

    const run = ep.handler({ params, query, body, caller, request: c.req.raw, requestId })
    const exit = yield* Effect.exit(
      options.publicUrl !== undefined ? Effect.provideService(run, PublicUrl, options.publicUrl()) : run,
    )
    if (Exit.isSuccess(exit)) {
      const out = exit.value
      if (typeof out === "object" && out !== null && (out as RawResponse)._tag === "RawResponse")
        return (out as RawResponse).response
      const encoded =
        ep.response.schema && ep.response.preEncoded !== true
          ? yield* Schema.encode(ep.response.schema)(out).pipe(Effect.orDie)
          : out
      const text = ep.response.status === 204 ? "" : JSON.stringify(encoded)
      if (idemKey !== undefined)
        yield* Store.completeIdempotency(idemOwner(caller, c, options), idemKey, ep.response.status, text)
      return new Response(ep.response.status === 204 ? null : text, {
        status: ep.response.status,
        headers: { "content-type": "application/json; charset=utf-8" },
      })
    }
    const p = fromCause(exit.cause)
    if (idemKey !== undefined) {
      if (p.status < 500)
        yield* Store.completeIdempotency(
          idemOwner(caller, c, options),
          idemKey,
          p.status,
          JSON.stringify({ ...p, requestId }),
        )
      else yield* Store.releaseIdempotency(idemOwner(caller, c, options), idemKey)
    }
    return yield* Effect.failCause(exit.cause)
  })

/** Whose Idempotency-Keys these are: the API key's caller, or an anonymous caller's address. */
const idemOwner = (caller: Caller, c: HonoContext, options: Options): string =>
  caller.keyId !== undefined ? caller.id : `anonymous@${clientAddress(c, options.trustProxy)}`

/**
 * How deep a JSON body may nest. The deepest request schema needs about six levels; 64 leaves room
 * and keeps a hostile 3,000-level body from overflowing the stack of the parser, the validator or
 * the error formatter (it is refused with 400 before any of them runs).
 */
export const MAX_JSON_DEPTH = 64

/**
 * Whether JSON text opens more than `limit` arrays or objects inside one another, counted on the raw
 * text (brackets inside strings do not count) so that the check itself cannot recurse.
 */
export const nestingExceeds = (text: string, limit: number): boolean => {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 0x5c /* backslash: skip the escaped character */) i++
      else if (ch === 0x22 /* " */) inString = false
    } else if (ch === 0x22) inString = true
    else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      if (++depth > limit) return true
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) depth--
  }
  return false
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

/** The body's bytes as text; bytes that are not UTF-8 are refused (400), never replaced by U+FFFD. */
const decodeUtf8 = (bytes: Uint8Array) =>
  Effect.try({ try: () => utf8.decode(bytes), catch: () => new HttpFailure(invalidUtf8()) })

const tooLarge = (max: number) =>
  new HttpFailure(
    problem(413, "payload-too-large", "Payload Too Large", `The body is larger than ${max} bytes.`),
  )

const identify = (c: HonoContext, ep: Endpoint) =>
  Effect.gen(function* () {
    const header = c.req.header("authorization")
    let caller: Caller = { id: "anonymous", role: "public" }
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(header)
      const found = m?.[1] !== undefined ? yield* Store.authenticate(m[1]) : undefined
      if (found === undefined)
        return yield* Effect.fail(
          new HttpFailure(
            problem(401, "unauthorized", "Unauthorized", "The API key is unknown, malformed or revoked."),
            {
              "www-authenticate": 'Bearer realm="zhicheng"',
            },
          ),
        )
      caller = found
    }
    if (ep.roles === "public" || caller.role === "admin" || ep.roles.includes(caller.role)) return caller
    if (caller.role === "public")
      return yield* Effect.fail(
        new HttpFailure(
          problem(
            401,
            "unauthorized",
            "Unauthorized",
            `This operation needs an API key with role ${ep.roles.join(" or ")}.`,
          ),
          {
            "www-authenticate": 'Bearer realm="zhicheng"',
          },
        ),
      )
    return yield* Effect.fail(
      new HttpFailure(
        problem(
          403,
          "forbidden",
          "Forbidden",
          `Role ${caller.role} may not ${ep.operationId}; it needs ${ep.roles.join(" or ")}.`,
        ),
      ),
    )
  })
