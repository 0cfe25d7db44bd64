/**
 * Every error the API returns is RFC 9457 problem+json, and this is the one place that maps a
 * failure to its status. Rule refusals carry the clause they enforce; validation errors name the
 * field path and the rule. No stack trace, SQL or internal path ever leaves the server.
 */
import { Cause, ParseResult } from "effect"
import { statusOf } from "./Errors.ts"

export interface FieldError {
  readonly path: string
  readonly rule: string
}

export interface Problem {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail: string
  readonly instance?: string
  readonly code: string
  readonly errors?: ReadonlyArray<FieldError>
  readonly clause?: unknown
  readonly requestId?: string
}

const TYPE_BASE = "https://zhicheng.invalid/problems/"

export const problem = (
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem => ({
  type: `${TYPE_BASE}${code}`,
  title,
  status,
  detail,
  code,
  ...extra,
})

/** How many characters of a rejected value a problem echoes back. */
export const ECHO_CHARACTERS = 64

/**
 * A validation message with its echo of the rejected value ("…, actual <value>") cut to
 * {@link ECHO_CHARACTERS} characters, an ellipsis and the value's length: enough to find the value,
 * and a 30 KB value does not come back whole in the problem (nor in every log that keeps it).
 */
export const shortenEcho = (message: string): string => {
  const at = message.indexOf(", actual ")
  if (at < 0) return message
  const head = message.slice(0, at + ", actual ".length)
  const echoed = Array.from(message.slice(head.length))
  // A string is echoed in quotes: count and cut the string itself.
  const quoted = echoed.length >= 2 && echoed[0] === '"' && echoed[echoed.length - 1] === '"'
  const value = quoted ? echoed.slice(1, -1) : echoed
  if (value.length <= ECHO_CHARACTERS) return message
  const prefix = value.slice(0, ECHO_CHARACTERS).join("")
  return `${head}${quoted ? `"${prefix}…"` : `${prefix}…`} (${value.length} characters)`
}

/** Field paths and messages of a Schema parse error, as `body.education[0].graduated`. */
export const fieldErrors = (prefix: string, e: ParseResult.ParseError): ReadonlyArray<FieldError> =>
  ParseResult.ArrayFormatter.formatErrorSync(e)
    // An optional field's schema is `X | undefined`; "Expected undefined" restates the absence option.
    .filter((i) => !i.message.startsWith("Expected undefined, actual"))
    .map((i) => ({
      path: [prefix, ...i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))]
        .join("")
        .replace(/^\./, ""),
      rule: shortenEcho(i.message),
    }))

interface RowError {
  readonly row: number
  readonly column: string
  readonly rule: string
  readonly message: string
}
const isRowError = (x: unknown): x is RowError =>
  typeof x === "object" && x !== null && "row" in x && "column" in x && "message" in x

/** Field errors from a domain error's `errors`: either already {path, rule} or row-level {row, column, rule, message}. */
const toFieldErrors = (errors: ReadonlyArray<unknown>): ReadonlyArray<FieldError> =>
  errors.map((x) =>
    isRowError(x)
      ? {
          path: `row ${x.row} / ${x.column}`,
          rule: `${x.rule}: ${x.message.replace(/^row \d+, [^:]*: /, "")}`,
        }
      : (x as FieldError),
  )

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()

/** Maps a typed failure to a problem; anything unrecognised becomes an opaque 500. */
export const fromFailure = (err: unknown): Problem => {
  if (typeof err === "object" && err !== null && "_tag" in err) {
    const e = err as {
      _tag: string
      message?: string
      clause?: unknown
      field?: string
      errors?: ReadonlyArray<unknown>
    }
    // The status comes from the kind the error's class declares (Errors.statusOf); "internal" stays opaque.
    const status = statusOf(err)
    if (status !== undefined && status !== 500) {
      const errors =
        e.errors !== undefined
          ? toFieldErrors(e.errors)
          : e._tag === "RosterFileUnreadable"
            ? [{ path: "body", rule: e.message ?? e._tag }]
            : e.field !== undefined
              ? [{ path: e.field, rule: e.message ?? e._tag }]
              : undefined
      return problem(status, kebab(e._tag), e._tag.replace(/([a-z])([A-Z])/g, "$1 $2"), e.message ?? e._tag, {
        ...(errors !== undefined ? { errors } : {}),
        ...(e.clause !== undefined ? { clause: e.clause } : {}),
      })
    }
  }
  return internal()
}

/** A body whose bytes are not UTF-8: refused, never repaired into U+FFFD (RFC 8259 §8.1). */
export const invalidUtf8 = (): Problem =>
  problem(400, "invalid-utf8", "Invalid UTF-8", "The body is not valid UTF-8 text.", {
    errors: [{ path: "body", rule: "must be UTF-8 (RFC 8259 §8.1)" }],
  })

/** A JSON body that nests arrays and objects deeper than `limit`. */
export const tooDeep = (limit: number): Problem =>
  problem(
    400,
    "json-too-deep",
    "JSON nested too deeply",
    `The body nests arrays and objects more than ${limit} levels deep.`,
    { errors: [{ path: "body", rule: `at most ${limit} levels of nested arrays and objects` }] },
  )

export const internal = (): Problem =>
  problem(
    500,
    "internal",
    "Internal Server Error",
    "The server could not complete the request. It has been logged; quote the request id.",
  )

/** A failure cause → problem (defects are internal; interruptions are 503). */
export const fromCause = (cause: Cause.Cause<unknown>): Problem => {
  const failure = Cause.failureOption(cause)
  if (failure._tag === "Some") return fromFailure(failure.value)
  if (Cause.isInterruptedOnly(cause))
    return problem(503, "unavailable", "Service Unavailable", "The server is shutting down; retry.")
  return internal()
}
