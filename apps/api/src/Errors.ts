/**
 * Failures the API itself raises, and the one place a failure's kind becomes an HTTP status. Every
 * tagged error, the domain's, the db's (the key admin's refusals in `ApiKeysSql`, for one) and the
 * API's, declares its kind on its class (`ErrorKind`); a failure that declares none is a defect and
 * answers an opaque 500.
 */

import * as ErrorKind from "@zhicheng/domain/ErrorKind"
import { Schema } from "effect"

export class NotFound extends Schema.TaggedError<NotFound>()(
  "NotFound",
  { message: Schema.String },
  ErrorKind.notFound,
) {}

export class InvalidInput extends Schema.TaggedError<InvalidInput>()(
  "InvalidInput",
  {
    message: Schema.String,
    errors: Schema.Array(Schema.Struct({ path: Schema.String, rule: Schema.String })),
    /** The clause a domain refusal of the field cites, kept when it is restated as invalid input. */
    clause: Schema.optional(Schema.Unknown),
  },
  ErrorKind.invalid,
) {}

/**
 * The caller's API key is bound to one pilot unit (`Caller.unit`) and the request acts for another:
 * 403 naming the field that names the other unit (`body.unit`, `path.id`).
 */
export class KeyBoundToUnit extends Schema.TaggedError<KeyBoundToUnit>()(
  "KeyBoundToUnit",
  {
    /** Where the request names the other unit. */
    field: Schema.String,
    /** The unit the key is bound to. */
    bound: Schema.String,
    /** The unit the request acts for. */
    unit: Schema.String,
    message: Schema.String,
  },
  ErrorKind.forbidden,
) {}

/** Each kind of failure as an HTTP status. */
export const STATUS: Readonly<Record<ErrorKind.Kind, number>> = {
  invalid: 422,
  "not-found": 404,
  conflict: 409,
  forbidden: 403,
  "too-large": 413,
  unavailable: 503,
  internal: 500,
}

/** The HTTP status of a failure, from the kind its class declares; undefined when it declares none. */
export const statusOf = (failure: unknown): number | undefined => {
  const kind = ErrorKind.of(failure)
  return kind === undefined ? undefined : STATUS[kind]
}
