/**
 * The eligibility report and its summary as Effect Schemas: the contract every front end reads.
 * The API validates its responses and writes its OpenAPI document from these; the site and the
 * counter get the same shapes through the generated client.
 *
 * They describe exactly the values `Eligibility.evaluate` and `Eligibility.summarize` return: the
 * checks at the end of this file fail to compile when the engine's types and these schemas drift.
 */
import { Schema } from "effect"
import { Citation, Plain } from "./Citation.ts"
import { CivilDate } from "./CivilDate.ts"
import type * as Eligibility from "./Eligibility.ts"
import type * as Policy from "./Policy.ts"
import { JuniorGrade, Level } from "./Profile.ts"

const opt = <S extends Schema.Schema.All>(s: S) => Schema.optionalWith(s, { exact: true })

export const Outcome = Schema.Literal("met", "unmet", "unknown", "review")

export const Status = Schema.Literal(
  "eligible",
  "not-eligible",
  "needs-review",
  "incomplete",
  "not-applicable",
)

/** The explanation of one condition (`Condition.Result`), recursively. */
export interface ConditionResult {
  readonly id: string
  readonly kind: "Leaf" | "Review" | "All" | "Any" | "AtLeast"
  readonly text: Plain
  readonly citation: Citation
  readonly outcome: "met" | "unmet" | "unknown" | "review"
  readonly observed?: string
  readonly evidence?: string
  readonly missing: ReadonlyArray<string>
  readonly metOn?: string
  readonly n?: number
  readonly children?: ReadonlyArray<ConditionResult>
}

export const ConditionResult: Schema.Schema<ConditionResult> = Schema.Struct({
  id: Schema.String,
  kind: Schema.Literal("Leaf", "Review", "All", "Any", "AtLeast"),
  text: Plain,
  citation: Citation,
  outcome: Outcome,
  observed: opt(Schema.String),
  evidence: opt(Schema.String),
  missing: Schema.Array(Schema.String),
  metOn: opt(Schema.String),
  n: opt(Schema.Number),
  children: opt(Schema.Array(Schema.suspend((): Schema.Schema<ConditionResult> => ConditionResult))),
}).annotations({ identifier: "ConditionResult" })

export const Target = Schema.Struct({
  series: Schema.Literal("engineering", "any"),
  /** "any": the track is open at whatever level the applicant's standard allows. */
  level: Schema.Union(Level, Schema.Literal("any")),
  grade: opt(JuniorGrade),
  name: Plain,
}).annotations({ identifier: "Target" })

const Cited = Schema.Struct({ id: Schema.String, text: Plain, citation: Citation })

export const Deadline = Schema.Struct({
  id: Schema.String,
  kind: Schema.Literal(
    "individual-application",
    "unit-recommendation",
    "evaluation-window",
    "pilot-application",
  ),
  from: opt(Schema.String),
  to: Schema.String,
  text: Plain,
  citation: Citation,
}).annotations({ identifier: "Deadline" })

const Earliest = Schema.Struct({ date: Schema.String, withinEdition: Schema.Boolean })

export const TrackResult = Schema.Struct({
  track: Schema.String,
  edition: Schema.String,
  kind: Schema.String,
  route: Schema.String,
  target: Target,
  title: Plain,
  citation: Citation,
  status: Status,
  exceptionTo: opt(Schema.Struct({ track: Schema.String, replaces: Schema.Array(Schema.String) })),
  applicability: ConditionResult,
  conditions: Schema.Array(ConditionResult),
  missing: Schema.Array(Schema.String),
  reviews: Schema.Array(Schema.String),
  earliest: opt(Earliest),
  judgedAtEvaluation: Schema.Array(Schema.Struct({ text: Plain, citation: Citation })),
  materials: Schema.Array(Cited),
  deadlines: Schema.Array(Deadline),
}).annotations({ identifier: "TrackResult" })

export const EditionUsed = Schema.Struct({
  edition: Schema.String,
  document: Schema.String,
  number: opt(Schema.String),
  status: Schema.Literal("in-force", "draft", "lapsed"),
  reference: Schema.String,
  warning: opt(Plain),
})

export const EligibilityReport = Schema.Struct({
  asOf: CivilDate,
  rulesVersion: Schema.String,
  editions: Schema.Array(EditionUsed),
  tracks: Schema.Array(TrackResult),
}).annotations({ identifier: "EligibilityReport" })

/** One condition an answer rests on (`Eligibility.Ground`). */
export const Ground = Schema.Struct({
  id: Schema.String,
  text: Plain,
  citation: Citation,
  outcome: Outcome,
  observed: opt(Schema.String),
}).annotations({ identifier: "Ground" })

/** A track's answer in brief (`Eligibility.TrackSummary`). */
export const TrackSummary = Schema.Struct({
  track: Schema.String,
  edition: Schema.String,
  title: Plain,
  citation: Citation,
  status: Status,
  grounds: Schema.Array(Ground),
  missing: Schema.Array(Schema.String),
  reviews: Schema.Array(Schema.String),
  earliest: opt(Earliest),
}).annotations({ identifier: "TrackSummary" })

export const EligibilitySummary = Schema.Struct({
  asOf: CivilDate,
  rulesVersion: Schema.String,
  editions: Schema.Array(EditionUsed),
  tracks: Schema.Array(TrackSummary),
}).annotations({ identifier: "EligibilitySummary" })

// ---------------------------------------------------------------------------------------------
// The engine's types and these schemas agree (compile-time only: nothing here runs)

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T

/**
 * Checked by the compiler: every report the engine makes is a valid `EligibilityReport`, every
 * summary a valid `EligibilitySummary`, and the statuses and targets are the same on both sides.
 */
export type EngineAgrees = [
  Assert<Eligibility.Report extends typeof EligibilityReport.Type ? true : false>,
  Assert<Eligibility.Summary extends typeof EligibilitySummary.Type ? true : false>,
  Assert<Same<Eligibility.Status, typeof Status.Type>>,
  Assert<Same<Policy.Target, typeof Target.Type>>,
  Assert<Same<Policy.DocumentStatus, typeof EditionUsed.Type.status>>,
]
