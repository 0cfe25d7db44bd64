/**
 * Rosters' expected failures, each declaring its kind (ErrorKind), and a refused row's shape.
 */
import { Schema } from "effect"
import { Citation } from "../Citation.ts"
import * as ErrorKind from "../ErrorKind.ts"

/** Why one row of an import (or one added entry) is refused. */
export const RowErrorRule = Schema.Literal(
  "missing",
  "resident-id",
  "unknown-specialty",
  "unknown-qualification",
  "outside-approved-scope",
  "duplicate-in-file",
  "duplicate-on-roster",
  "bad-seq",
  "different-unit",
  /** A control, bidirectional-override or broken (unpaired surrogate) character (Text.ts). */
  "bad-text",
  /** Not a name as written in China (Text.PersonName). */
  "bad-name",
)
export type RowErrorRule = typeof RowErrorRule.Type

export const RowError = Schema.Struct({
  /** The row as the file numbers it (1-based; for a spreadsheet the sheet row, for CSV the record). */
  row: Schema.Int,
  /** The Annex 2 column header (e.g. 身份证号). */
  column: Schema.String,
  rule: RowErrorRule,
  message: Schema.String,
  clause: Schema.optional(Citation),
}).annotations({ identifier: "RosterRowError" })
export type RowError = typeof RowError.Type

/** One or more rows are invalid; nothing was written. Lists every error found, row by row. */
export class EntriesRejected extends Schema.TaggedError<EntriesRejected>()(
  "EntriesRejected",
  {
    rosterId: Schema.String,
    rows: Schema.Int,
    errors: Schema.Array(RowError),
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

/** The actor's role may not see resident ID numbers. */
export class Forbidden extends Schema.TaggedError<Forbidden>()(
  "Forbidden",
  {
    action: Schema.String,
    role: Schema.String,
    message: Schema.String,
  },
  ErrorKind.forbidden,
) {}
