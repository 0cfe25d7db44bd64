/**
 * The eligibility service: evaluates a profile against every applicable edition and track and
 * explains each answer down to the clause.
 */
import { Effect, Context as EffectContext, Layer, Schema } from "effect"
import type { Citation, Plain } from "./Citation.ts"
import * as CivilDate from "./CivilDate.ts"
import * as C from "./Condition.ts"
import type { Deadline, DocumentStatus, Edition, Material, Target, Track, TrackKind } from "./Policy.ts"
import { JuniorGrade, Level, Profile, type Route } from "./Profile.ts"
import * as Registry from "./Registry.ts"

/** The question: a profile, the day it is asked, and optional filters. */
export const Request = Schema.Struct({
  profile: Profile,
  asOf: CivilDate.CivilDate,
  /** Where the applicant works (jurisdiction id): only editions governing that place are used. */
  jurisdiction: Schema.optional(Schema.String),
  edition: Schema.optional(Schema.String),
  target: Schema.optional(Schema.Struct({ level: Level, grade: Schema.optional(JuniorGrade) })),
}).annotations({ identifier: "EligibilityRequest" })
export type Request = typeof Request.Type

export type Status = "eligible" | "not-eligible" | "needs-review" | "incomplete" | "not-applicable"

export interface TrackResult {
  readonly track: string
  readonly edition: string
  readonly kind: TrackKind
  readonly route: Route
  readonly target: Target
  readonly title: Plain
  readonly citation: Citation
  readonly status: Status
  readonly exceptionTo?: { readonly track: string; readonly replaces: ReadonlyArray<string> }
  readonly applicability: C.Result
  readonly conditions: ReadonlyArray<C.Result>
  /** Profile fields whose absence keeps the answer open. */
  readonly missing: ReadonlyArray<string>
  /** Ids of conditions a person must judge before the answer is final. */
  readonly reviews: ReadonlyArray<string>
  /** When not eligible only for want of time: the first day it would be, and whether that is within the edition. */
  readonly earliest?: { readonly date: CivilDate.CivilDate; readonly withinEdition: boolean }
  readonly judgedAtEvaluation: Track["judgedAtEvaluation"]
  readonly materials: ReadonlyArray<Material>
  readonly deadlines: ReadonlyArray<Deadline>
}

export interface EditionUsed {
  readonly edition: string
  readonly document: string
  readonly number?: string
  readonly status: DocumentStatus
  readonly reference: CivilDate.CivilDate
  /** Said when the edition is a draft or has lapsed on the day asked (DOMAIN.md ruling 6). */
  readonly warning?: Plain
}

export interface Report {
  readonly asOf: CivilDate.CivilDate
  readonly rulesVersion: string
  readonly editions: ReadonlyArray<EditionUsed>
  readonly tracks: ReadonlyArray<TrackResult>
}

const statusOf = (o: C.Outcome): Status =>
  o === "met" ? "eligible" : o === "unmet" ? "not-eligible" : o === "review" ? "needs-review" : "incomplete"

/**
 * The reviews that still decide the answer: Review leaves reached through nodes that are open
 * (review or unknown). A review under a branch already met or already failed decides nothing.
 */
const reviewsIn = (r: C.Result): ReadonlyArray<string> =>
  r.outcome !== "review" && r.outcome !== "unknown"
    ? []
    : r.kind === "Review"
      ? [r.id]
      : (r.children ?? []).flatMap(reviewsIn)

/** A track open at "any" level matches every level asked about; otherwise level (and grade, where both name one) must agree. */
const targetMatches = (t: Target, want: Request["target"]): boolean =>
  want === undefined ||
  t.level === "any" ||
  (t.level === want.level && (want.grade === undefined || t.grade === undefined || t.grade === want.grade))

const warningFor = (status: DocumentStatus): Plain | undefined =>
  status === "draft"
    ? {
        zh: "该文件为征求意见稿，结果仅供参考。",
        en: "This document is a draft for comment; the result is indicative only.",
      }
    : status === "lapsed"
      ? {
          zh: "该版本已过有效期，结果仅供参考。",
          en: "This edition has lapsed; the result is indicative only.",
        }
      : undefined

/** Evaluates one track of an edition. */
export const evaluateTrack = (edition: Edition, track: Track, ctx: C.Context): TrackResult => {
  const applicability = C.evaluate(track.appliesWhen, ctx)
  const conditions = track.requires.map((c) => C.evaluate(c, ctx))
  const overall = C.allOutcome([applicability.outcome, ...conditions.map((c) => c.outcome)])
  const status: Status = applicability.outcome === "unmet" ? "not-applicable" : statusOf(overall)
  const unmet = conditions.filter((c) => c.outcome === "unmet")
  const waits = unmet.map((c) => c.metOn)
  const earliestDate =
    status === "not-eligible" && waits.every((d) => d !== undefined)
      ? waits.reduce<CivilDate.CivilDate | undefined>(
          (a, b) => (a === undefined || (b as CivilDate.CivilDate) > a ? b : a),
          undefined,
        )
      : undefined
  const missing = [...new Set([applicability, ...conditions].flatMap((c) => c.missing))]
  return {
    track: track.id,
    edition: edition.id,
    kind: track.kind,
    route: track.route,
    target: track.target,
    title: track.title,
    citation: track.citation,
    status,
    ...(track.exceptionTo !== undefined ? { exceptionTo: track.exceptionTo } : {}),
    applicability,
    conditions,
    missing: status === "not-applicable" ? [] : missing,
    reviews:
      status === "not-applicable" ? [] : [...new Set([applicability, ...conditions].flatMap(reviewsIn))],
    ...(earliestDate !== undefined
      ? {
          earliest: {
            date: earliestDate,
            withinEdition: edition.reference === undefined || earliestDate <= edition.reference.date,
          },
        }
      : {}),
    judgedAtEvaluation: track.judgedAtEvaluation,
    materials: status === "not-applicable" ? [] : edition.materials(ctx, track),
    deadlines: edition.deadlines(ctx, track),
  }
}

/** Evaluates a request against the registry; pure, synchronous and browser-safe. */
export const evaluate = (req: Request, editions: ReadonlyArray<Edition> = Registry.EDITIONS): Report => {
  const chosen = editions.filter(
    (e) =>
      (req.edition === undefined || e.id === req.edition) &&
      (req.jurisdiction === undefined || Registry.editionsFor(req.jurisdiction).includes(e)),
  )
  const used: Array<EditionUsed> = []
  const tracks: Array<TrackResult> = []
  for (const e of chosen) {
    const doc = Registry.documentOf(e)
    const reference = e.reference?.date ?? req.asOf
    const status = Registry.statusOn(doc, req.asOf)
    const warning = warningFor(status)
    used.push({
      edition: e.id,
      document: doc.id,
      ...(doc.number !== undefined ? { number: doc.number } : {}),
      status,
      reference,
      ...(warning !== undefined ? { warning } : {}),
    })
    const ctx: C.Context = {
      profile: req.profile,
      asOf: req.asOf,
      reference,
      ...(req.target !== undefined ? { target: req.target } : {}),
    }
    for (const t of e.tracks) if (targetMatches(t.target, req.target)) tracks.push(evaluateTrack(e, t, ctx))
  }
  return { asOf: req.asOf, rulesVersion: Registry.RULES_VERSION, editions: used, tracks }
}

/** Raised when a request names an edition or jurisdiction the registry does not have. */
export class UnknownPolicy extends Schema.TaggedError<UnknownPolicy>()("UnknownPolicy", {
  field: Schema.String,
  value: Schema.String,
  message: Schema.String,
}) {}

/**
 * The eligibility service for apps: validates the filters against the registry and evaluates.
 * Use `Eligibility.Default` in production; `Eligibility.fromEditions` to test with other editions.
 */
export class Eligibility extends EffectContext.Tag("zhicheng/Eligibility")<
  Eligibility,
  { readonly evaluate: (req: Request) => Effect.Effect<Report, UnknownPolicy> }
>() {
  static fromEditions = (editions: ReadonlyArray<Edition>) =>
    Layer.succeed(Eligibility, {
      evaluate: (req) => {
        if (req.edition !== undefined && !editions.some((e) => e.id === req.edition))
          return Effect.fail(
            new UnknownPolicy({
              field: "edition",
              value: req.edition,
              message: `no edition "${req.edition}" in the registry`,
            }),
          )
        if (req.jurisdiction !== undefined && Registry.jurisdiction(req.jurisdiction) === undefined)
          return Effect.fail(
            new UnknownPolicy({
              field: "jurisdiction",
              value: req.jurisdiction,
              message: `no jurisdiction "${req.jurisdiction}"; known: ${Registry.JURISDICTIONS.map((j) => j.id).join(", ")}`,
            }),
          )
        return Effect.succeed(evaluate(req, editions))
      },
    })
  static Default = Eligibility.fromEditions(Registry.EDITIONS)
}
