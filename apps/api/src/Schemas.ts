/**
 * Response schemas shared by several endpoints (the eligibility report, citations). They describe
 * what the domain returns, so the OpenAPI document can say it.
 */
import { Citation, Plain } from "@zhicheng/domain/Citation"
import { CivilDate } from "@zhicheng/domain/CivilDate"
import { JuniorGrade, Level } from "@zhicheng/domain/Profile"
import { Schema } from "effect"

export { Citation, Plain }

const opt = <S extends Schema.Schema.All>(s: S) => Schema.optionalWith(s, { exact: true })

export const Outcome = Schema.Literal("met", "unmet", "unknown", "review")

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

export const TrackResult = Schema.Struct({
  track: Schema.String,
  edition: Schema.String,
  kind: Schema.String,
  route: Schema.String,
  target: Target,
  title: Plain,
  citation: Citation,
  status: Schema.Literal("eligible", "not-eligible", "needs-review", "incomplete", "not-applicable"),
  exceptionTo: opt(Schema.Struct({ track: Schema.String, replaces: Schema.Array(Schema.String) })),
  applicability: ConditionResult,
  conditions: Schema.Array(ConditionResult),
  missing: Schema.Array(Schema.String),
  reviews: Schema.Array(Schema.String),
  earliest: opt(Schema.Struct({ date: Schema.String, withinEdition: Schema.Boolean })),
  judgedAtEvaluation: Schema.Array(Schema.Struct({ text: Plain, citation: Citation })),
  materials: Schema.Array(Cited),
  deadlines: Schema.Array(Deadline),
}).annotations({ identifier: "TrackResult" })

export const EligibilityReport = Schema.Struct({
  asOf: CivilDate,
  rulesVersion: Schema.String,
  editions: Schema.Array(
    Schema.Struct({
      edition: Schema.String,
      document: Schema.String,
      number: opt(Schema.String),
      status: Schema.Literal("in-force", "draft", "lapsed"),
      reference: Schema.String,
      warning: opt(Plain),
    }),
  ),
  tracks: Schema.Array(TrackResult),
}).annotations({ identifier: "EligibilityReport" })

const Status = Schema.Literal("eligible", "not-eligible", "needs-review", "incomplete", "not-applicable")

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
  earliest: opt(Schema.Struct({ date: Schema.String, withinEdition: Schema.Boolean })),
}).annotations({ identifier: "TrackSummary" })

export const EligibilitySummary = Schema.Struct({
  asOf: CivilDate,
  rulesVersion: Schema.String,
  editions: EligibilityReport.fields.editions,
  tracks: Schema.Array(TrackSummary),
}).annotations({ identifier: "EligibilitySummary" })
