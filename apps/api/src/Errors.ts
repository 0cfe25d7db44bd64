/** Failures the API itself raises (the domain's own tagged errors pass through as they are). */
import { Schema } from "effect"

export class NotFound extends Schema.TaggedError<NotFound>()("NotFound", { message: Schema.String }) {}

export class InvalidInput extends Schema.TaggedError<InvalidInput>()("InvalidInput", {
  message: Schema.String,
  errors: Schema.Array(Schema.Struct({ path: Schema.String, rule: Schema.String })),
  /** The clause a domain refusal of the field cites, kept when it is restated as invalid input. */
  clause: Schema.optional(Schema.Unknown),
}) {}

/**
 * The caller's API key is bound to one pilot unit (`Caller.unit`) and the request acts for another:
 * 403 naming the field that names the other unit (`body.unit`, `path.id`).
 */
export class KeyBoundToUnit extends Schema.TaggedError<KeyBoundToUnit>()("KeyBoundToUnit", {
  /** Where the request names the other unit. */
  field: Schema.String,
  /** The unit the key is bound to. */
  bound: Schema.String,
  /** The unit the request acts for. */
  unit: Schema.String,
  message: Schema.String,
}) {}
