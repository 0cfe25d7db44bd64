/**
 * The applications procedure's expected failures: each a tagged error declaring its kind, and,
 * where a rule refuses, the clause it enforces. `Applications.ts` re-exports this module.
 */
import { Schema } from "effect"
import { Citation } from "../Citation.ts"
import * as ErrorKind from "../ErrorKind.ts"
import { ApplicationState } from "./machine.ts"

export class ApplicationNotFound extends Schema.TaggedError<ApplicationNotFound>()(
  "ApplicationNotFound",
  {
    application: Schema.String,
    message: Schema.String,
  },
  ErrorKind.notFound,
) {}

/** The track does not exist in the edition (the message says where it does exist, if anywhere). */
export class UnknownTrack extends Schema.TaggedError<UnknownTrack>()(
  "UnknownTrack",
  {
    edition: Schema.String,
    track: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

/** An input is missing or malformed; `field` names it. */
export class InvalidApplication extends Schema.TaggedError<InvalidApplication>()(
  "InvalidApplication",
  {
    field: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

/**
 * The level sought (`target`) is missing where the track is open at "any" level — on create, or on
 * submitting an application stored before it was recorded — or disagrees with the level and grade the
 * track names. `field` names the input: `target`, or `target.grade` for a grade given with a level
 * other than junior; `clause` is the track's own citation.
 */
export class InvalidTarget extends Schema.TaggedError<InvalidTarget>()(
  "InvalidTarget",
  {
    application: Schema.optional(Schema.String),
    track: Schema.String,
    field: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.invalid,
) {}

/**
 * An adoption-track application names as `unit` an id that is no pilot unit's (000 第五条; `field` is
 * `unit`). Checked on create, so a mistyped id is refused at once rather than at recommendation.
 * Only that the pilot unit exists is checked here: whether it is a pilot in the year is checked when
 * the application is recommended (`QuotaFiguresMissing`), the year the adoption cap counts by.
 */
export class UnknownPilotUnit extends Schema.TaggedError<UnknownPilotUnit>()(
  "UnknownPilotUnit",
  {
    unit: Schema.String,
    field: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.invalid,
) {}

/**
 * An adoption-track application's pilot unit does not adopt titles in the year of the step: it left
 * the scheme (000 第十三条) or is not a selected pilot unit that year (第五条). Refused at the first step
 * that can know — create, and every step after it.
 */
export class NotPilotThisYear extends Schema.TaggedError<NotPilotThisYear>()(
  "NotPilotThisYear",
  {
    application: Schema.optional(Schema.String),
    unit: Schema.String,
    year: Schema.Int,
    field: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/**
 * The applicant (by ID HMAC) already has a live application — not withdrawn, rejected or revoked —
 * for the same edition and title level ({@link ONE_CLAIM_RULING}). The message names neither the other
 * application nor who filed it.
 */
export class DuplicateApplication extends Schema.TaggedError<DuplicateApplication>()(
  "DuplicateApplication",
  {
    edition: Schema.String,
    level: Schema.String,
    state: ApplicationState,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/**
 * A publicity notice published now would end too late: the procedure's publicity must end before the
 * deadline named (002: the employer recommends by 9-21 after its publicity, 二(二) and 五(二)).
 */
export class PublicityEndsTooLate extends Schema.TaggedError<PublicityEndsTooLate>()(
  "PublicityEndsTooLate",
  {
    deadline: Schema.String,
    to: Schema.String,
    published: Schema.String,
    end: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** The edition's deadline for this step has passed (its last day ends at 24:00). */
export class DeadlinePassed extends Schema.TaggedError<DeadlinePassed>()(
  "DeadlinePassed",
  {
    application: Schema.String,
    deadline: Schema.String,
    kind: Schema.String,
    to: Schema.String,
    today: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** The edition's window for this step has not opened yet. */
export class WindowNotOpen extends Schema.TaggedError<WindowNotOpen>()(
  "WindowNotOpen",
  {
    application: Schema.String,
    deadline: Schema.String,
    from: Schema.String,
    today: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** The evaluation window (e.g. 004: July to the end of the year, no cross-year evaluation) is closed. */
export class EvaluationWindowClosed extends Schema.TaggedError<EvaluationWindowClosed>()(
  "EvaluationWindowClosed",
  {
    application: Schema.String,
    deadline: Schema.String,
    from: Schema.optional(Schema.String),
    to: Schema.String,
    today: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** The applicant has an integrity ban covering the year. */
export class IntegrityBanned extends Schema.TaggedError<IntegrityBanned>()(
  "IntegrityBanned",
  {
    application: Schema.String,
    year: Schema.Int,
    fromYear: Schema.Int,
    toYear: Schema.Int,
    foundOn: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** A failing condition, as `NoLongerEligible` reports it. */
export const FailingCondition = Schema.Struct({
  id: Schema.String,
  text: Schema.String,
  observed: Schema.optional(Schema.String),
  citation: Citation,
})

/** Re-evaluated today, the track is not eligible (or no longer applies to the applicant). */
export class NoLongerEligible extends Schema.TaggedError<NoLongerEligible>()(
  "NoLongerEligible",
  {
    application: Schema.String,
    track: Schema.String,
    status: Schema.String,
    asOf: Schema.String,
    failing: Schema.Array(FailingCondition),
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/**
 * Recommending would exceed a cap: the pilot unit's adoption cap (`Adoptions.checkCap`, soft: no
 * override reason was recorded) or the procedure's per-enterprise cap (002 附件1 二(二)2 B类, hard).
 * `clause` names which.
 */
export class QuotaExceeded extends Schema.TaggedError<QuotaExceeded>()(
  "QuotaExceeded",
  {
    application: Schema.String,
    unit: Schema.String,
    year: Schema.Int,
    cap: Schema.Int,
    requested: Schema.Int,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/**
 * A cap cannot be checked: the pilot unit's figures for the year are not recorded
 * (`Adoptions.recordFigures`), or the facts the per-enterprise cap depends on (the honour's level,
 * 002 B类) are not in the profile; `field` names what is missing.
 */
export class QuotaFiguresMissing extends Schema.TaggedError<QuotaFiguresMissing>()(
  "QuotaFiguresMissing",
  {
    application: Schema.String,
    field: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** An upheld objection blocks passing publicity: the application must be marked objected. */
export class ObjectionUpheld extends Schema.TaggedError<ObjectionUpheld>()(
  "ObjectionUpheld",
  {
    application: Schema.String,
    objections: Schema.Array(Schema.String),
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** `markObjected` needs an upheld objection on record. */
export class ObjectionNotUpheld extends Schema.TaggedError<ObjectionNotUpheld>()(
  "ObjectionNotUpheld",
  {
    application: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** A certificate is issued only for an approved decision ({@link certificateClause}). */
export class NotApproved extends Schema.TaggedError<NotApproved>()(
  "NotApproved",
  {
    application: Schema.String,
    outcome: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** Someone else changed the application meanwhile; reload and retry. */
export class ConcurrentModification extends Schema.TaggedError<ConcurrentModification>()(
  "ConcurrentModification",
  {
    application: Schema.String,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}
