/** Failures the API itself raises (the domain's own tagged errors pass through as they are). */
import { Schema } from "effect"

export class NotFound extends Schema.TaggedError<NotFound>()("NotFound", { message: Schema.String }) {}

export class InvalidInput extends Schema.TaggedError<InvalidInput>()("InvalidInput", {
  message: Schema.String,
  errors: Schema.Array(Schema.Struct({ path: Schema.String, rule: Schema.String })),
  /** The clause a domain refusal of the field cites, kept when it is restated as invalid input. */
  clause: Schema.optional(Schema.Unknown),
}) {}
