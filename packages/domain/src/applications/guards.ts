/**
 * The procedure's pure guards: the level sought (`resolveTarget`), a certificate's precondition
 * (`certificateGuard`), which deadline binds which step (`STEP_DEADLINES`, `deadlineGuard`), the
 * publicity path the procedure allows (`publicityGuard`, `nextSteps`), integrity bans (`banGuard`)
 * and eligibility re-run for today (`eligibilityGuard`). Each answers `Either`, its Left a tagged
 * error citing its clause; the service (service.ts) runs them inside a step. `Applications.ts`
 * re-exports them (but `levelText` and `noPublicity`, the service's helpers).
 */
import { Either } from "effect"
import type { Citation } from "../Citation.ts"
import type * as CivilDate from "../CivilDate.ts"
import type { Result as ConditionResult } from "../Condition.ts"
import * as Eligibility from "../Eligibility.ts"
import { type Deadline, type Edition, type Procedure, procedureOf, type Track } from "../Policy.ts"
import type { Profile } from "../Profile.ts"
import * as Registry from "../Registry.ts"
import { certificateClause, INTEGRITY_BAN_CLAUSE } from "./citations.ts"
import {
  DeadlinePassed,
  EvaluationWindowClosed,
  IntegrityBanned,
  InvalidTarget,
  NoLongerEligible,
  NotApproved,
  UnknownTrack,
  WindowNotOpen,
} from "./errors.ts"
import { type ApplicationState, checkTransition, InvalidTransition, nextStates } from "./machine.ts"
import type { Application, ApplicationTarget, IntegrityBanEntry, Outcome } from "./model.ts"
import { banCovers } from "./ports.ts"

// ---------------------------------------------------------------------------------------------
// The level sought

/** A level sought as words, with its grade where one is named (for messages). */
export const levelText = (t: { readonly level: string; readonly grade?: string | undefined }) =>
  t.grade !== undefined ? `${t.level} (${t.grade})` : t.level

/**
 * The level an application on `track` seeks, from what was `given`: on a track open at "any" level
 * the given level is required; on a track that names a level, an absent one is the track's level and
 * grade, and a given one must agree (the same level; the same grade where the track names one). A
 * grade belongs to a junior title only. Left: `InvalidTarget` citing the track.
 */
export const resolveTarget = (
  track: Track,
  given: ApplicationTarget | undefined,
  application?: string,
): Either.Either<ApplicationTarget, InvalidTarget> => {
  const refuse = (field: string, message: string) =>
    Either.left(
      new InvalidTarget({
        ...(application !== undefined ? { application } : {}),
        track: track.id,
        field,
        message,
        clause: track.citation,
      }),
    )
  const named = track.target
  if (given?.grade !== undefined && given.level !== "junior")
    return refuse(
      "target.grade",
      `a grade (${given.grade}) belongs to a junior title only, not to ${given.level}`,
    )
  if (named.level === "any") {
    if (given === undefined)
      return refuse(
        "target",
        `track ${track.id} is open at any level ("${named.name.zh}"): give the level sought (target.level)${
          application !== undefined
            ? `; application ${application} does not record one — a clerk records it first`
            : ""
        }`,
      )
    return Either.right(given)
  }
  const own = { level: named.level, ...(named.grade !== undefined ? { grade: named.grade } : {}) }
  if (given === undefined) return Either.right(own)
  if (
    given.level !== named.level ||
    (named.grade !== undefined && given.grade !== undefined && given.grade !== named.grade)
  )
    return refuse(
      "target",
      `track ${track.id} is for ${levelText(own)} ("${named.name.zh}"), not ${levelText(given)}`,
    )
  return Either.right({ ...own, ...given })
}

// ---------------------------------------------------------------------------------------------
// Certificates

/**
 * Whether a certificate may be issued for the application now: `decided → certificate-issued` is in
 * the table and the decision was approved ({@link certificateClause}). Certificates.issue runs it
 * before signing; `markCertificateIssued` runs the same rule inside its step.
 */
export const certificateGuard = (app: {
  readonly id: string
  readonly edition: string
  readonly state: ApplicationState
  readonly outcome?: Outcome | undefined
}): Either.Either<void, InvalidTransition | NotApproved> => {
  const step = checkTransition(app.id, app.state, "certificate-issued")
  if (Either.isLeft(step))
    return Either.left(
      new InvalidTransition({
        application: app.id,
        from: step.left.from,
        to: step.left.to,
        allowed: step.left.allowed,
        message: `${step.left.message}; a certificate is issued only for a decided, approved application`,
        clause: certificateClause(app.edition),
      }),
    )
  if (app.outcome === "approved") return Either.void
  return Either.left(
    new NotApproved({
      application: app.id,
      outcome: app.outcome ?? "none",
      message: `application ${app.id} was ${app.outcome ?? "not decided"}; a certificate is issued only for an approved one`,
      clause: certificateClause(app.edition),
    }),
  )
}

// ---------------------------------------------------------------------------------------------
// Deadlines, publicity, bans, eligibility

/**
 * Which deadline kinds bind which step, read from the texts:
 * - 五(二) (002) "个人申报截止" binds the applicant's submission;
 * - 五(二) "用人单位推荐截止" binds the employer's whole part, which 二(二) says is its review and its
 *   publicity, and the recommendation that closes it: unit review, opening and passing publicity, and
 *   recommending (a publicity that cannot end before the deadline is refused when it is opened);
 * - an evaluation window (004 一) binds every step up to the decision — the window of the year the
 *   application was submitted in, so that nothing of one year's evaluation happens in the next.
 * A certificate records a decided title and is bound by none of them.
 */
export const STEP_DEADLINES = {
  submit: ["individual-application", "evaluation-window"],
  unitReview: ["unit-recommendation", "evaluation-window"],
  startPublicity: ["unit-recommendation", "evaluation-window"],
  passPublicity: ["unit-recommendation", "evaluation-window"],
  recommend: ["unit-recommendation", "evaluation-window"],
  decide: ["evaluation-window"],
} as const satisfies Record<string, ReadonlyArray<Deadline["kind"]>>

/** A step taken before a window's soft start, with the recorded reason (DOMAIN.md ruling 11). */
export interface EarlyStart {
  readonly deadline: string
  readonly from: CivilDate.CivilDate
  readonly reason: string
  readonly clause: Citation
}

/**
 * The deadlines of `kind` that refuse `today`: after `to`, or before `from` (windows). A window whose
 * start is soft (`Deadline.softStart`) lets a step before `from` through when `earlyStartReason` is
 * given (answered as `earlyStart`, to be recorded); `started` skips the start altogether, for the steps
 * after the application was taken.
 */
export const deadlineGuard = (
  application: string,
  deadlines: ReadonlyArray<Deadline>,
  kind: Deadline["kind"],
  today: CivilDate.CivilDate,
  options: { readonly started?: boolean; readonly earlyStartReason?: string | undefined } = {},
): Either.Either<
  { readonly earlyStart?: EarlyStart },
  DeadlinePassed | WindowNotOpen | EvaluationWindowClosed
> => {
  let earlyStart: EarlyStart | undefined
  for (const d of deadlines.filter((x) => x.kind === kind)) {
    const after = today > d.to
    const before = options.started !== true && d.from !== undefined && today < d.from
    if (!after && !before) continue
    const reason = options.earlyStartReason?.trim() ?? ""
    if (!after && d.softStart !== undefined && reason !== "") {
      earlyStart = {
        deadline: d.id,
        from: d.from as CivilDate.CivilDate,
        reason,
        clause: d.softStart.citation,
      }
      continue
    }
    if (kind === "evaluation-window")
      return Either.left(
        new EvaluationWindowClosed({
          application,
          deadline: d.id,
          ...(d.from !== undefined ? { from: d.from } : {}),
          to: d.to,
          today,
          message: `the evaluation window ${d.from ?? "…"} – ${d.to} (${d.text.en}) is closed on ${today}${
            !after && d.softStart !== undefined
              ? `; taking an application before ${d.from} needs a recorded reason (earlyStartReason: ${d.softStart.text.en})`
              : ""
          }`,
          clause: d.citation,
        }),
      )
    if (after)
      return Either.left(
        new DeadlinePassed({
          application,
          deadline: d.id,
          kind,
          to: d.to,
          today,
          message: `the ${kind} deadline ${d.to} (${d.text.en}) passed at 24:00 that day; today is ${today}`,
          clause: d.citation,
        }),
      )
    return Either.left(
      new WindowNotOpen({
        application,
        deadline: d.id,
        from: d.from as string,
        today,
        message: `the ${kind} window opens on ${d.from} (${d.text.en}); today is ${today}`,
        clause: d.citation,
      }),
    )
  }
  return Either.right(earlyStart !== undefined ? { earlyStart } : {})
}

/** The clause and words of a publicity step that is not required, for answers and records. */
export const noPublicity = (p: Extract<Procedure["publicity"], { required: false }>) => ({
  required: false as const,
  ...(p.citation !== undefined ? { clause: p.citation } : {}),
  text: p.text.en,
})

/**
 * Whether the procedure lets an application go `from → to` between unit review and recommendation:
 * into publicity only where a publicity step is named, straight to recommendation only where none is.
 * Left: `InvalidTransition` citing the clause that names the step, or says there is none.
 */
export const publicityGuard = (
  app: { readonly id: string; readonly edition: string; readonly track: string },
  procedure: Procedure,
  from: ApplicationState,
  to: ApplicationState,
): Either.Either<void, InvalidTransition> => {
  const p = procedure.publicity
  const refuse = (message: string, clause: Citation | undefined) =>
    Either.left(
      new InvalidTransition({
        application: app.id,
        from,
        to,
        allowed: nextStates(from).filter((s) => s !== to),
        message,
        ...(clause !== undefined ? { clause } : {}),
      }),
    )
  if (from === "unit-reviewed" && to === "recommended" && p.required)
    return refuse(
      `track ${app.track} of ${app.edition} names a publicity step (${p.by.en}, ${p.citation.article}): application ${app.id} goes through a publicity notice before it is recommended`,
      p.citation,
    )
  if (from === "unit-reviewed" && to === "in-publicity" && !p.required)
    return refuse(
      `track ${app.track} of ${app.edition} has no publicity step (${p.text.en}${
        p.citation === undefined ? "" : `, ${p.citation.article}`
      }): application ${app.id} is recommended without a notice`,
      p.citation,
    )
  return Either.void
}

/**
 * The states an application may move to next under its own edition's procedure: the machine's
 * transitions from its state, less the publicity path the procedure rules out (a notice where the
 * text names none, a recommendation straight from unit review where it names one). Front ends offer
 * these steps; other guards (deadlines, caps, bans, roles) are still checked when a step is taken.
 * An edition or track the registry no longer has yields the machine's transitions unfiltered.
 */
export const nextSteps = (
  app: {
    readonly id: string
    readonly edition: string
    readonly track: string
    readonly state: ApplicationState
  },
  editions: ReadonlyArray<Edition> = Registry.EDITIONS,
): ReadonlyArray<ApplicationState> => {
  const edition = editions.find((e) => e.id === app.edition)
  const track = edition?.tracks.find((t) => t.id === app.track)
  const states = nextStates(app.state)
  if (edition === undefined || track === undefined) return states
  const procedure = procedureOf(edition, track)
  return states.filter((to) => Either.isRight(publicityGuard(app, procedure, app.state, to)))
}

/** The first ban covering any of `years`, as an IntegrityBanned error. */
export const banGuard = (
  application: string,
  bans: ReadonlyArray<IntegrityBanEntry>,
  years: ReadonlyArray<number>,
): Either.Either<void, IntegrityBanned> => {
  for (const year of years)
    for (const b of bans)
      if (banCovers(b, year))
        return Either.left(
          new IntegrityBanned({
            application,
            year,
            fromYear: b.fromYear,
            toYear: b.toYear,
            foundOn: b.foundOn,
            message: `the applicant is banned from applying in ${b.fromYear}–${b.toYear} (finding of ${b.foundOn}), which covers ${year}`,
            clause: INTEGRITY_BAN_CLAUSE,
          }),
        )
  return Either.void
}

const failingOf = (r: ConditionResult) => ({
  id: r.id,
  text: r.text.en,
  ...(r.observed !== undefined ? { observed: r.observed } : {}),
  citation: r.citation,
})

/**
 * Re-evaluates the track with the bans filled in and refuses when it is not eligible or not
 * applicable, citing the failing conditions. "incomplete" and "needs-review" pass: a person decides.
 * The level sought (`target`), where known, is the level asked about: on a track open at "any" level
 * the conditions that depend on the level read it (`Condition.Context.target`).
 */
export const eligibilityGuard = (
  app: Pick<Application, "id" | "edition" | "track" | "profile" | "target">,
  editions: ReadonlyArray<Edition>,
  bans: ReadonlyArray<IntegrityBanEntry>,
  asOf: CivilDate.CivilDate,
): Either.Either<Eligibility.TrackResult, NoLongerEligible | UnknownTrack> => {
  const own = app.profile.status?.integrityBans ?? []
  const profile: Profile = {
    ...app.profile,
    status: {
      ...app.profile.status,
      integrityBans: [
        ...own,
        // Recorded years were derived from the finding's evaluation year; read them back as it.
        ...bans.map((b) => ({
          evaluationYear: b.fromYear - 1,
          foundOn: b.foundOn,
          ...(b.reason !== undefined ? { reason: b.reason } : {}),
        })),
      ],
    },
  }
  const report = Eligibility.evaluate(
    { profile, asOf, edition: app.edition, ...(app.target !== undefined ? { target: app.target } : {}) },
    editions,
  )
  const t = report.tracks.find((x) => x.track === app.track)
  if (t === undefined)
    return Either.left(
      new UnknownTrack({
        edition: app.edition,
        track: app.track,
        message: `edition ${app.edition} no longer has track ${app.track}`,
      }),
    )
  if (t.status !== "not-eligible" && t.status !== "not-applicable") return Either.right(t)
  const failing =
    t.status === "not-applicable"
      ? [failingOf(t.applicability)]
      : t.conditions.filter((c) => c.outcome === "unmet").map(failingOf)
  const first = failing[0]
  return Either.left(
    new NoLongerEligible({
      application: app.id,
      track: app.track,
      status: t.status,
      asOf,
      failing,
      message: `on ${asOf} the applicant is ${t.status} for track ${app.track}: ${failing
        .map((f) => `${f.text} [${f.citation.source ?? f.citation.document} ${f.citation.article}]`)
        .join("; ")}`,
      clause: first?.citation ?? t.citation,
    }),
  )
}
