/**
 * Applications for a title and their guarded lifecycle:
 *
 * draft → submitted → unit-reviewed → in-publicity → publicity-passed | objected → recommended →
 * decided (approved | rejected) → certificate-issued → certificate-revoked; withdrawn from any state
 * before decided. Where the procedure names no publicity step, unit-reviewed → recommended.
 *
 * Each edition's procedure is data (`Policy.Procedure`, a track's own overriding its edition's): where
 * its text names a publicity step the application must go through it (unit-reviewed → recommended is
 * refused, citing the clause), and where it names none no notice may be opened (unit-reviewed →
 * in-publicity is refused, citing the clause that says so, or saying the text names none). Which
 * deadline kinds bind which step is `STEP_DEADLINES`; an edition's caps on recommendations are its
 * procedure's `enterpriseCap` (002 附件1 二(二)2 B类) and, on an adoption track, the pilot unit's cap.
 *
 * One person, one claim (DOMAIN.md "Personal data and certificates"): a person (by ID HMAC) holds at
 * most one live application per edition and title level — `create` refuses a second
 * (`DuplicateApplication`) under a lock on the person, so two concurrent creations cannot both pass.
 *
 * The two certificate states are entered only by `Certificates` (Certificates.ts), in the same
 * transaction as the certificate's issuance or revocation, so an application and its certificate
 * never disagree. A certificate's suspension and reinstatement do not change the application: they
 * are an investigation's interim steps, and only a revocation is final.
 *
 * The state machine is data (`TRANSITIONS`); every other guard is a tagged error citing the clause it
 * enforces: deadlines (`DeadlinePassed`, `WindowNotOpen`), the evaluation window
 * (`EvaluationWindowClosed`), publicity (`PublicityNotEnded`, `ObjectionOpen`, `ObjectionUpheld`), the
 * adoption quota (`QuotaExceeded`), integrity bans (`IntegrityBanned`) and eligibility
 * (`NoLongerEligible`). Every change runs in one transaction with its transition row and audit entry;
 * a refusal writes nothing.
 *
 * The level sought (`target`): a track open at "any" level ("相应级别") needs the applicant to say which
 * level; a track that names one gives it. It is recorded on create (`InvalidTarget` otherwise), is the
 * level the eligibility re-runs ask about, and is the level a certificate must print.
 *
 * Personal data: the resident ID number is never stored. An application keeps an HMAC-SHA256 of the
 * normalised number under a server key (`IdHmac`) for ban lookups, and the profile it keeps for
 * re-evaluation has its `residentId` removed (its birth date is copied into `birthDate` first when the
 * profile has none, so age-dependent conditions still evaluate). See `protectProfile`.
 *
 * Dates: a deadline's last day is allowed to its end, 24:00 China time (Civil Code art. 203 ¶2). A
 * fixed calendar deadline set by a bureau is not carried over a holiday: art. 203 ¶1 governs periods
 * counted from an event, not dates the authority fixed.
 */
import { Context, Effect, Either, Layer, Option, Schema } from "effect"
import * as Adoptions from "./Adoptions.ts"
import { type Actor, Actor as ActorSchema, AuditLog, Transactor } from "./Audit.ts"
import { Citation, DOMAIN_RULINGS } from "./Citation.ts"
import * as CivilDate from "./CivilDate.ts"
import type { Result as ConditionResult } from "./Condition.ts"
import * as Eligibility from "./Eligibility.ts"
import * as ErrorKind from "./ErrorKind.ts"
import * as IntegrityBan from "./IntegrityBan.ts"
import { IdHmac, protectProfile } from "./PersonalId.ts"
import { isPilotIn, type PilotUnit, PilotUnitRepo } from "./PilotUnits.ts"
import { type Deadline, type Edition, type Procedure, procedureOf, type Track } from "./Policy.ts"
import { JuniorGrade, Level, Profile } from "./Profile.ts"
import {
  type InvalidNotice,
  LAST_DAY_ENDS_AT_MIDNIGHT,
  type Notice,
  type NoticeNotFound,
  now,
  type Objection,
  type ObjectionAlreadyResolved,
  type ObjectionNotFound,
  type ObjectionOpen,
  Publicity,
  type PublicityNotEnded,
  type PublicityRuleMissing,
  type ReasonRequired,
  type SubjectRef,
  UnknownEdition,
} from "./Publicity.ts"
import * as Quota from "./Quota.ts"
import * as Registry from "./Registry.ts"
import { PersonName, SafeText } from "./Text.ts"
import type { CalendarYearMissing } from "./WorkCalendar.ts"

// ---------------------------------------------------------------------------------------------
// The state machine

/** Every state an application can be in. */
export const STATES = [
  "draft",
  "submitted",
  "unit-reviewed",
  "in-publicity",
  "publicity-passed",
  "objected",
  "recommended",
  "decided",
  "certificate-issued",
  "certificate-revoked",
  "withdrawn",
] as const

export const ApplicationState = Schema.Literal(...STATES)
export type ApplicationState = typeof ApplicationState.Type

const FORWARD: ReadonlyArray<readonly [ApplicationState, ApplicationState]> = [
  ["draft", "submitted"],
  ["submitted", "unit-reviewed"],
  ["unit-reviewed", "in-publicity"],
  // Only where the procedure names no publicity step (`publicityGuard`).
  ["unit-reviewed", "recommended"],
  ["in-publicity", "publicity-passed"],
  ["in-publicity", "objected"],
  ["publicity-passed", "recommended"],
  ["recommended", "decided"],
  ["decided", "certificate-issued"],
  // Terminal: the certificate was revoked (Certificates.revoke); suspensions leave the state alone.
  ["certificate-issued", "certificate-revoked"],
]

/** States from which an application may be withdrawn: every state before a decision. */
export const WITHDRAWABLE: ReadonlyArray<ApplicationState> = [
  "draft",
  "submitted",
  "unit-reviewed",
  "in-publicity",
  "publicity-passed",
  "objected",
  "recommended",
]

/** The allowed transitions, as data: `[from, to]` pairs. Anything not listed is an `InvalidTransition`. */
export const TRANSITIONS: ReadonlyArray<readonly [ApplicationState, ApplicationState]> = [
  ...FORWARD,
  ...WITHDRAWABLE.map((s) => [s, "withdrawn"] as const),
]

/** True when the table allows `from → to`. */
export const canTransition = (from: ApplicationState, to: ApplicationState): boolean =>
  TRANSITIONS.some(([f, t]) => f === from && t === to)

/** The states reachable in one step from `from`. */
export const nextStates = (from: ApplicationState): ReadonlyArray<ApplicationState> =>
  TRANSITIONS.filter(([f]) => f === from).map(([, t]) => t)

/** The transition is not in the table. `clause` is set where a rule, not only the table, forbids it. */
export class InvalidTransition extends Schema.TaggedError<InvalidTransition>()(
  "InvalidTransition",
  {
    application: Schema.String,
    from: ApplicationState,
    to: ApplicationState,
    allowed: Schema.Array(ApplicationState),
    message: Schema.String,
    clause: Schema.optional(Citation),
  },
  ErrorKind.conflict,
) {}

/** Checks `from → to` against the table; the error names both states and what is allowed instead. */
export const checkTransition = (
  application: string,
  from: ApplicationState,
  to: ApplicationState,
): Either.Either<void, InvalidTransition> => {
  if (canTransition(from, to)) return Either.void
  const allowed = nextStates(from)
  return Either.left(
    new InvalidTransition({
      application,
      from,
      to,
      allowed,
      message: `application ${application} cannot go from "${from}" to "${to}"; from "${from}" it may go to ${
        allowed.length === 0 ? "nothing (final state)" : allowed.map((s) => `"${s}"`).join(", ")
      }`,
    }),
  )
}

// ---------------------------------------------------------------------------------------------
// Data

export const ApplicationId = Schema.String.pipe(Schema.minLength(1), Schema.brand("ApplicationId"))
export type ApplicationId = typeof ApplicationId.Type

export const Outcome = Schema.Literal("approved", "rejected")
export type Outcome = typeof Outcome.Type

const nonEmpty = Schema.String.pipe(Schema.minLength(1))

/**
 * The title level an application seeks (and, for a junior title, the grade where one is named). On a
 * track open at "any" level (`Target.level`, "相应级别") it is what the track's level-dependent
 * conditions read (`Condition.Context.target`) and what the certificate must print; on a track that
 * names a level it is that level. See `resolveTarget`.
 */
export const ApplicationTarget = Schema.Struct({
  level: Level,
  grade: Schema.optional(JuniorGrade),
}).annotations({ identifier: "ApplicationTarget" })
export type ApplicationTarget = typeof ApplicationTarget.Type

export const Application = Schema.Struct({
  id: ApplicationId,
  edition: Schema.String,
  track: Schema.String,
  specialty: SafeText({ maxLength: 200 }),
  name: PersonName,
  /** The employer's name as published. */
  employer: SafeText({ maxLength: 200 }),
  /**
   * The employer's identifier (e.g. its unified social credit code): quotas and lists are per unit.
   * On an adoption track (000) it is the pilot unit's id: the adoption cap is counted per pilot unit.
   */
  unit: nonEmpty,
  /** HMAC-SHA256 of the normalised resident ID number (hex), for ban lookups; never the number. */
  idHmac: Schema.String,
  /** The profile as submitted, without its resident ID number (see `protectProfile`). */
  profile: Profile,
  /**
   * The level sought, set by `create`. Absent ("not recorded") only on an application stored before
   * migration 0007 on a track open at "any" level: submitting it is refused (`InvalidTarget`) and no
   * certificate is issued for it until a clerk records the level (`recordTarget`).
   */
  target: Schema.optional(ApplicationTarget),
  state: ApplicationState,
  outcome: Schema.optional(Outcome),
  certificateNo: Schema.optional(Schema.String),
  /** The publicity notice it was last published on. */
  notice: Schema.optional(Schema.String),
  /** The day it was recommended (China time): the adoption quota counts by this year. */
  recommendedOn: Schema.optional(CivilDate.CivilDate),
  /**
   * The id of the actor who created it (set by `create`, never changed): enterprise HR sees and acts
   * on only the applications its own API key created.
   */
  createdBy: nonEmpty,
  createdAt: Schema.String,
  updatedAt: Schema.String,
  /** Bumped by every change; the repository refuses a write based on a stale version. */
  version: Schema.Int,
}).annotations({ identifier: "Application" })
export type Application = typeof Application.Type

/** One recorded step of an application's history (creation is `from: null`). */
export const Transition = Schema.Struct({
  application: Schema.String,
  seq: Schema.Int,
  from: Schema.NullOr(ApplicationState),
  to: ApplicationState,
  actor: ActorSchema,
  at: Schema.String,
  reason: Schema.optional(Schema.String),
  data: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
}).annotations({ identifier: "Transition" })
export type Transition = typeof Transition.Type

/** A recorded integrity ban (诚信档案): who (by ID HMAC), the finding, the years, and the certificate revoked. */
export const IntegrityBanEntry = Schema.Struct({
  foundOn: CivilDate.CivilDate,
  /** The banned years, derived by `IntegrityBan.bannedYears` when the ban is recorded (never typed). */
  fromYear: Schema.Int,
  toYear: Schema.Int,
  reason: Schema.optional(Schema.String),
  idHmac: Schema.String.pipe(Schema.minLength(1)),
  certificateNo: Schema.optional(Schema.String),
}).annotations({ identifier: "IntegrityBanEntry" })
export type IntegrityBanEntry = typeof IntegrityBanEntry.Type

export const NewApplication = Schema.Struct({
  /** Must carry `residentId`; it is hashed and then removed from what is stored. */
  profile: Profile,
  edition: nonEmpty,
  track: nonEmpty,
  specialty: SafeText({ maxLength: 200 }),
  /** Defaults to `profile.name`. */
  name: Schema.optional(PersonName),
  employer: SafeText({ maxLength: 200 }),
  unit: SafeText({ maxLength: 200 }),
  /**
   * The level sought. Required when the track is open at "any" level; otherwise it may be omitted (it
   * is then the track's level and grade) and, if given, must agree with the track.
   */
  target: Schema.optional(ApplicationTarget),
}).annotations({ identifier: "NewApplication" })
export type NewApplication = typeof NewApplication.Type

/**
 * A position in the list order — creation time, then id (ids are unique, so the order is total and
 * stable while applications are added). `list` answers the applications after it.
 */
export interface ListCursor {
  readonly createdAt: string
  readonly id: string
}

/** The position of `a` in the list order: pass it as `after` to list what follows `a`. */
export const cursorOf = (a: Application): ListCursor => ({ createdAt: a.createdAt, id: a.id })

/**
 * Which applications `list` answers: those matching every field given, in the list order (see
 * `ListCursor`), strictly after `after`, at most `limit`. To page, ask for one more than a page
 * and pass the cursor of a page's last item as the next `after`.
 */
export interface ListFilter {
  readonly state?: ApplicationState
  readonly edition?: string
  readonly unit?: string
  /** Only the applications this actor id created (`Application.createdBy`). */
  readonly createdBy?: string
  /** Only the applications after this position (exclusive); from the start when absent. */
  readonly after?: ListCursor
  /** At most this many (a positive integer). */
  readonly limit: number
}

// ---------------------------------------------------------------------------------------------
// Citations

/** 002 四 申报纪律: fraud → no application for a higher title for 3 years from the year after. */
export const INTEGRITY_BAN_CLAUSE: Citation = {
  document: "shangyu-2023-3",
  source: "002_fd50f077227b9e3c.txt",
  article: "四、申报纪律",
  quote: "从评审次年起 3 年内不得申报高一级专业技术资格",
}

const OBJECTION_RULING: Citation = {
  document: DOMAIN_RULINGS,
  article: "Publicity and objections",
  quote: "an upheld objection blocks the application: it moves to objected and cannot be recommended",
}

/**
 * 003 四: the electronic certificate is issued once the evaluation is passed — so only for a decided,
 * approved application.
 */
export const CERTIFICATE_CLAUSE: Citation = {
  document: "weihai-2020-50",
  source: "003_59c3175579ee1df0.txt",
  article: "四、优化管理服务方式",
  quote: "评审通过后发放电子职称证书",
}

/** 000 第十一条（五）: the bureau verifies, issues its decision, then the electronic certificate. */
export const SHAOXING_CERTIFICATE_CLAUSE: Citation = {
  document: "shaoxing-adoption-draft",
  source: "000_f566ba90b7a0da7a.txt",
  article: "第十一条（五）",
  quote: "人力社保部门按权限核实人员，发文并制发中、初级职称电子证书",
}

/**
 * Where an edition's own text is silent on certificates (002, the national notice, Shanxi,
 * Bayingolin): the project's ruling, which those texts presuppose — a certificate records a title
 * the bureau has decided.
 */
export const CERTIFICATE_RULING: Citation = {
  document: DOMAIN_RULINGS,
  article: "Certificates",
  quote:
    "a certificate records a title the bureau has decided: none is issued for an application not decided and approved",
}

/**
 * 000 第五条: those adopted work in a pilot unit — so an adoption-track application's `unit` must be
 * a pilot unit's id (`UnknownPilotUnit` on create).
 */
export const ADOPTION_UNIT_CLAUSE: Citation = {
  document: "shaoxing-adoption-draft",
  source: "000_f566ba90b7a0da7a.txt",
  article: "第五条",
  quote:
    "职称采认对象主要为在我市试点单位中从事机电制造、信息技术、石化、医药、材料、轻纺等相关工作的技术人员",
}

/**
 * 000 第十三条: a pilot unit that fails its year-end review (or leaves) adopts no titles the next year,
 * so an adoption-track application of a unit that has left the scheme is refused at every step.
 */
export const PILOT_EXIT_CLAUSE: Citation = {
  document: "shaoxing-adoption-draft",
  source: "000_f566ba90b7a0da7a.txt",
  article: "第十三条",
  quote: "复审不合格，不再作为下一年度采认单位",
}

/**
 * Where no text speaks: the project's ruling (DOMAIN.md, "Personal data and certificates") that one
 * person makes one claim to a title — one live application per edition and level, one valid
 * certificate per series and level.
 */
export const ONE_CLAIM_RULING: Citation = {
  document: DOMAIN_RULINGS,
  article: "Personal data and certificates",
  quote:
    "one person holds at most one live application per edition and title level, and at most one valid (not revoked) certificate per series and level",
}

/** The clause a certificate refusal cites for an application of `edition`: its own text where it speaks. */
export const certificateClause = (edition: string): Citation =>
  edition === "weihai-2020-50"
    ? CERTIFICATE_CLAUSE
    : edition === "shaoxing-adoption-draft"
      ? SHAOXING_CERTIFICATE_CLAUSE
      : CERTIFICATE_RULING

// ---------------------------------------------------------------------------------------------
// Errors

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

const levelText = (t: { readonly level: string; readonly grade?: string | undefined }) =>
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

/** Someone else changed the application meanwhile; reload and retry. */
export class ConcurrentModification extends Schema.TaggedError<ConcurrentModification>()(
  "ConcurrentModification",
  {
    application: Schema.String,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

// ---------------------------------------------------------------------------------------------
// Ports

/** Storage for applications and their transitions; the SQL implementation is `ApplicationsSql`. */
export class ApplicationRepository extends Context.Tag("zhicheng/ApplicationRepository")<
  ApplicationRepository,
  {
    readonly insert: (a: Application) => Effect.Effect<void>
    readonly get: (id: string) => Effect.Effect<Option.Option<Application>>
    /** One page of `filter` (in the list order, at most `filter.limit`), filtered and paged in storage. */
    readonly list: (filter: ListFilter) => Effect.Effect<ReadonlyArray<Application>>
    /** Writes `next` when the stored version is `next.version - 1`; false when it is not (a concurrent change). */
    readonly update: (next: Application) => Effect.Effect<boolean>
    readonly appendTransition: (t: Omit<Transition, "seq">) => Effect.Effect<Transition>
    readonly history: (id: string) => Effect.Effect<ReadonlyArray<Transition>>
    /**
     * Inside the caller's transaction, serialises the checks made under `key` until it commits (a row
     * lock): `person:<id HMAC>` for one claim per person, `enterprise:…` for a per-enterprise cap.
     */
    readonly lock: (key: string) => Effect.Effect<void>
    /**
     * The person's live applications of `edition` at `level`: not withdrawn, not rejected, no
     * certificate revoked ({@link ONE_CLAIM_RULING}).
     */
    readonly liveFor: (q: {
      readonly idHmac: string
      readonly edition: string
      readonly level: string
    }) => Effect.Effect<ReadonlyArray<{ readonly id: string; readonly state: ApplicationState }>>
    /**
     * Applications of the edition and track for `unit` recommended in `year` (China time) and not
     * since withdrawn or rejected: what a per-enterprise cap counts.
     */
    readonly countRecommended: (q: {
      readonly edition: string
      readonly track: string
      readonly unit: string
      readonly year: number
    }) => Effect.Effect<number>
  }
>() {}

/**
 * The integrity record (职称评审诚信档案库): bans by ID HMAC. Applications read it; certificate
 * revocation writes it. The SQL implementation is `IntegrityRecordSql`.
 */
export class IntegrityRecord extends Context.Tag("zhicheng/IntegrityRecord")<
  IntegrityRecord,
  {
    readonly bansFor: (idHmac: string) => Effect.Effect<ReadonlyArray<IntegrityBanEntry>>
    readonly record: (ban: IntegrityBanEntry) => Effect.Effect<void>
  }
>() {}

/**
 * The ban a fraud finding gives: the 3 evaluation years after the evaluation year in which the fraud
 * occurred (002 四、申报纪律; DOMAIN.md ruling 7), derived by `IntegrityBan.bannedYears`. Use it when
 * recording a ban on revocation. A bare date is a finding whose evaluation year is not recorded: it
 * is read as that year's evaluation.
 */
export const banAfterFinding = (
  finding: { readonly evaluationYear: number; readonly foundOn: CivilDate.CivilDate } | CivilDate.CivilDate,
  rest: { readonly idHmac: string; readonly reason?: string; readonly certificateNo?: string },
): IntegrityBanEntry => {
  const f =
    typeof finding === "string"
      ? { evaluationYear: CivilDate.parts(finding).year, foundOn: finding }
      : finding
  const { fromYear, toYear } = IntegrityBan.bannedYears(f, IntegrityBan.SHANGYU_2023)
  return { foundOn: f.foundOn, fromYear, toYear, ...rest }
}

/** True when the recorded ban covers `year`. */
export const banCovers = (
  ban: { readonly fromYear: number; readonly toYear: number },
  year: number,
): boolean => ban.fromYear <= year && year <= ban.toYear

// ---------------------------------------------------------------------------------------------
// Guards (pure)

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
const noPublicity = (p: Extract<Procedure["publicity"], { required: false }>) => ({
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

// ---------------------------------------------------------------------------------------------
// The service

interface Step {
  readonly actor: Actor
  readonly reason?: string
}

export interface SubmitInput extends Step {
  /**
   * Recorded and audited when the application is taken before a window's soft start (004 一:
   * "原则上" July; DOMAIN.md ruling 11). Ignored otherwise.
   */
  readonly earlyStartReason?: string
}

export interface RecommendInput extends Step {
  /**
   * Recorded and audited when the recommendation goes over the adoption cap ("原则上"). The cap's
   * figures are the unit's, recorded for the year (`Adoptions.recordFigures`), not passed here.
   */
  readonly overrideReason?: string
}

export interface StartPublicityInput extends Step {
  readonly howToObject: string
  readonly published?: CivilDate.CivilDate
  /**
   * The last day of the period, where the text names the publicity step but no period (001 一、3):
   * the publisher states it. Refused where the edition fixes the period.
   */
  readonly end?: CivilDate.CivilDate
}

/** What a certificate's revocation records on its application (`reason` is the revocation's reason). */
export interface RevocationStep extends Step {
  /** The revoking decision (撤销文件). */
  readonly document: string
  /** The day of the revocation. */
  readonly on: CivilDate.CivilDate
  /** Set when revoked for fraud: the integrity ban recorded with it (002 四 申报纪律). */
  readonly integrityBan?: { readonly foundOn: string; readonly fromYear: number; readonly toYear: number }
}

type Move = InvalidTransition | ApplicationNotFound | ConcurrentModification

export interface ApplicationsApi {
  /**
   * Creates a draft from a profile for a track of an edition; the ID number is hashed and dropped. On
   * an adoption track `unit` must be an existing pilot unit's id (`UnknownPilotUnit`) that adopts
   * titles this year (`NotPilotThisYear`). The person may hold no other live application of the edition
   * at the level sought (`DuplicateApplication`).
   */
  readonly create: (
    input: NewApplication,
    actor: Actor,
  ) => Effect.Effect<
    Application,
    | UnknownEdition
    | UnknownTrack
    | InvalidApplication
    | InvalidTarget
    | UnknownPilotUnit
    | NotPilotThisYear
    | DuplicateApplication
  >
  readonly get: (id: string) => Effect.Effect<Application, ApplicationNotFound>
  /** One page of applications matching `filter`, in creation order (see `ListFilter`). */
  readonly list: (filter: ListFilter) => Effect.Effect<ReadonlyArray<Application>>
  /**
   * draft → submitted: individual deadline, evaluation window (before a soft start only with
   * `earlyStartReason`, recorded), the level sought recorded, integrity ban, eligibility today at that
   * level, and on an adoption track a pilot unit that adopts titles this year.
   */
  readonly submit: (
    id: string,
    input: SubmitInput,
  ) => Effect.Effect<
    Application,
    | Move
    | DeadlinePassed
    | WindowNotOpen
    | EvaluationWindowClosed
    | InvalidTarget
    | IntegrityBanned
    | NoLongerEligible
    | UnknownTrack
    | UnknownPilotUnit
    | NotPilotThisYear
  >
  /** submitted → unit-reviewed: the employer's deadline, the evaluation window, the pilot unit. */
  readonly unitReview: (
    id: string,
    input: Step,
  ) => Effect.Effect<
    Application,
    Move | DeadlinePassed | WindowNotOpen | EvaluationWindowClosed | UnknownPilotUnit | NotPilotThisYear
  >
  /**
   * unit-reviewed → in-publicity for every id, on one new notice of their (common) edition — only where
   * their procedure names a publicity step (`InvalidTransition` otherwise), before the employer's
   * deadline, and ending early enough for the recommendation it must precede (`PublicityEndsTooLate`).
   */
  readonly startPublicity: (
    ids: ReadonlyArray<string>,
    input: StartPublicityInput,
  ) => Effect.Effect<
    { readonly notice: Notice; readonly applications: ReadonlyArray<Application> },
    | Move
    | UnknownEdition
    | UnknownTrack
    | PublicityRuleMissing
    | CalendarYearMissing
    | InvalidNotice
    | InvalidApplication
    | DeadlinePassed
    | WindowNotOpen
    | EvaluationWindowClosed
    | PublicityEndsTooLate
    | UnknownPilotUnit
    | NotPilotThisYear
  >
  /**
   * in-publicity → publicity-passed once the period has ended and no objection is open or upheld,
   * before the employer's deadline.
   */
  readonly passPublicity: (
    id: string,
    input: Step,
  ) => Effect.Effect<
    Application,
    | Move
    | NoticeNotFound
    | PublicityNotEnded
    | ObjectionOpen
    | ObjectionUpheld
    | DeadlinePassed
    | WindowNotOpen
    | EvaluationWindowClosed
  >
  /** in-publicity → objected; needs an upheld objection on record. */
  readonly markObjected: (id: string, input: Step) => Effect.Effect<Application, Move | ObjectionNotUpheld>
  /** Resolves an objection (Publicity) and, when upheld against an application in publicity, marks it objected. */
  readonly resolveObjection: (
    objection: string,
    input: { readonly resolution: "upheld" | "dismissed"; readonly reason: string; readonly actor: Actor },
  ) => Effect.Effect<
    { readonly objection: Objection; readonly application?: Application },
    ObjectionNotFound | ObjectionAlreadyResolved | ReasonRequired | Move | ObjectionNotUpheld
  >
  /**
   * publicity-passed → recommended, or unit-reviewed → recommended where the procedure names no
   * publicity step: deadlines, integrity ban, eligibility today, the procedure's per-enterprise cap
   * (002 B类, under a lock on the enterprise), and on an adoption track a pilot unit that adopts
   * titles this year and its cap — one count with its finalised rosters (`Adoptions.checkCap`).
   */
  readonly recommend: (
    id: string,
    input: RecommendInput,
  ) => Effect.Effect<
    Application,
    | Move
    | EvaluationWindowClosed
    | WindowNotOpen
    | DeadlinePassed
    | IntegrityBanned
    | NoLongerEligible
    | UnknownTrack
    | QuotaExceeded
    | QuotaFiguresMissing
    | UnknownPilotUnit
    | NotPilotThisYear
  >
  /** recommended → decided (approved | rejected), inside the evaluation window. */
  readonly decide: (
    id: string,
    input: Step & { readonly outcome: Outcome },
  ) => Effect.Effect<Application, Move | EvaluationWindowClosed | WindowNotOpen | DeadlinePassed>
  /**
   * decided (approved) → certificate-issued. `Certificates.issue` calls it in the issuance's own
   * transaction; called alone it only records a number (it does not create a certificate).
   */
  readonly markCertificateIssued: (
    id: string,
    certificateNo: string,
    input: Step,
  ) => Effect.Effect<Application, Move | NotApproved | InvalidApplication>
  /**
   * certificate-issued → certificate-revoked (final), recording the revoking decision and reason.
   * Only `Certificates.revoke` calls it, in the revocation's transaction; `certificateNo` must be
   * the one the application records.
   */
  readonly markCertificateRevoked: (
    id: string,
    certificateNo: string,
    input: RevocationStep,
  ) => Effect.Effect<Application, Move | InvalidApplication>
  /** Any state before decided → withdrawn. */
  readonly withdraw: (id: string, input: Step) => Effect.Effect<Application, Move>
  /**
   * Records the level sought on an application that does not record one (stored before migration
   * 0007 on a track open at "any" level), with the reason, audited; the state does not change. Only
   * once, and not on a withdrawn application or one whose certificate was issued.
   */
  readonly recordTarget: (
    id: string,
    input: { readonly actor: Actor; readonly target: ApplicationTarget; readonly reason: string },
  ) => Effect.Effect<
    Application,
    ApplicationNotFound | ConcurrentModification | InvalidApplication | InvalidTarget
  >
  /** Every recorded transition, oldest first. */
  readonly history: (id: string) => Effect.Effect<ReadonlyArray<Transition>, ApplicationNotFound>
}

const newId = Effect.sync(() => globalThis.crypto.randomUUID())

const make = (editions: ReadonlyArray<Edition>) =>
  Effect.gen(function* () {
    const repo = yield* ApplicationRepository
    const integrity = yield* IntegrityRecord
    const hmac = yield* IdHmac
    const publicity = yield* Publicity
    const audit = yield* AuditLog
    const tx = yield* Transactor
    const adoptions = yield* Adoptions.AdoptionRepo
    const pilotUnits = yield* PilotUnitRepo

    const get = (id: string) =>
      Effect.flatMap(
        repo.get(id),
        Option.match({
          onNone: () =>
            Effect.fail(new ApplicationNotFound({ application: id, message: `no application ${id}` })),
          onSome: Effect.succeed,
        }),
      )

    const lookup = (app: Application): { edition: Edition; track: Track } => {
      const edition = editions.find((e) => e.id === app.edition)
      const track = edition?.tracks.find((t) => t.id === app.track)
      // Both were checked at creation; an edition withdrawn from the registry since is a deployment error.
      if (edition === undefined || track === undefined)
        throw new Error(
          `application ${app.id}: edition ${app.edition} / track ${app.track} is not in the registry`,
        )
      return { edition, track }
    }

    /**
     * The edition's deadlines for `app` on `today`. Where the edition fixes no reference date, its
     * windows are those of the year the application was taken (`since`, the day it was submitted):
     * nothing of one year's evaluation happens in the next (004 一).
     */
    const deadlinesOf = (app: Application, today: CivilDate.CivilDate, since?: CivilDate.CivilDate) => {
      const { edition, track } = lookup(app)
      return edition.deadlines(
        { profile: app.profile, asOf: today, reference: edition.reference?.date ?? since ?? today },
        track,
      )
    }

    /** The day (China time) the application was last submitted, from its history. */
    const submittedOn = (app: Application) =>
      Effect.map(repo.history(app.id), (h) => {
        const t = h.findLast((x) => x.to === "submitted")
        return t === undefined ? undefined : CivilDate.todayInChina(Date.parse(t.at))
      })

    /**
     * The deadlines `STEP_DEADLINES` names for the step, on `today`; a submission before a soft start
     * passes with `earlyStartReason`, answered as `earlyStart` to be recorded.
     */
    const deadlinesFor = (
      app: Application,
      today: CivilDate.CivilDate,
      step: keyof typeof STEP_DEADLINES,
      earlyStartReason?: string,
    ) =>
      Effect.gen(function* () {
        const started = step !== "submit"
        const since =
          started && lookup(app).edition.reference === undefined ? yield* submittedOn(app) : undefined
        const ds = deadlinesOf(app, today, since)
        let earlyStart: EarlyStart | undefined
        for (const kind of STEP_DEADLINES[step]) {
          const r = yield* deadlineGuard(app.id, ds, kind, today, { started, earlyStartReason })
          earlyStart = r.earlyStart ?? earlyStart
        }
        return earlyStart
      })

    /**
     * On an adoption track, the pilot unit named by `unit` must exist (`UnknownPilotUnit`, 第五条) and
     * adopt titles in the year of `today` (`NotPilotThisYear`: it left the scheme, 第十三条, or is not
     * selected for that year, 第五条). Every step runs it, so a unit that leaves stops its applications
     * at the next step rather than at the recommendation.
     */
    const pilotGuard = (
      a: { readonly id?: string; readonly unit: string },
      track: Track,
      today: CivilDate.CivilDate,
    ) =>
      Effect.gen(function* () {
        if (track.route !== "adoption") return
        const found = yield* pilotUnits.get(a.unit)
        if (Option.isNone(found))
          return yield* new UnknownPilotUnit({
            unit: a.unit,
            field: "unit",
            message: `${a.unit} is not a pilot unit's id: an application on adoption track ${track.id} names the pilot unit its applicant works in by the unit's id`,
            clause: ADOPTION_UNIT_CLAUSE,
          })
        const year = CivilDate.parts(today).year
        if (isPilotIn(found.value, year)) return
        return yield* notAPilot(a, found.value, year)
      })

    /**
     * The procedure's per-enterprise cap on recommendations (002 附件1 二(二)2 B类; ruling 3), counted
     * under a lock on the enterprise as the adoption cap is under one on the pilot unit: the
     * applications of the edition and track for the same unit recommended in the year, and this one.
     */
    const enterpriseCap = (app: Application, procedure: Procedure, today: CivilDate.CivilDate) =>
      Effect.gen(function* () {
        const rule = procedure.enterpriseCap
        if (rule === undefined) return {}
        const cap = rule.capFor(app.profile)
        if ("missing" in cap)
          return yield* new QuotaFiguresMissing({
            application: app.id,
            field: cap.missing,
            message: cap.message,
            clause: cap.citation,
          })
        const year = CivilDate.parts(today).year
        yield* repo.lock(`enterprise:${app.edition}:${app.track}:${app.unit}`)
        const counted = yield* repo.countRecommended({
          edition: app.edition,
          track: app.track,
          unit: app.unit,
          year,
        })
        const requested = counted + 1
        if (requested > cap.cap)
          return yield* new QuotaExceeded({
            application: app.id,
            unit: app.unit,
            year,
            cap: cap.cap,
            requested,
            message: `${app.employer} (unit ${app.unit}) has ${counted} recommendation(s) on track ${app.track} in ${year}; with a ${cap.basis} it may have at most ${cap.cap}, so this one would be number ${requested}`,
            clause: rule.citation,
          })
        return { enterpriseCap: { year, cap: cap.cap, basis: cap.basis, counted, requested } }
      })

    const notAPilot = (a: { readonly id?: string; readonly unit: string }, u: PilotUnit, year: number) => {
      const left = u.exit !== undefined && year > u.exit.lastYear
      return new NotPilotThisYear({
        ...(a.id !== undefined ? { application: a.id } : {}),
        unit: a.unit,
        year,
        field: "unit",
        message: left
          ? `${u.application.unitName} left the pilot scheme after ${u.exit?.lastYear}: it adopts no titles in ${year}`
          : `${u.application.unitName} is not a selected pilot unit for ${year} (status ${u.status}, pilot year ${u.application.year}): it adopts no titles in ${year}`,
        clause: left ? PILOT_EXIT_CLAUSE : ADOPTION_UNIT_CLAUSE,
      })
    }

    const banYears = (app: Application, today: CivilDate.CivilDate) => {
      const { edition } = lookup(app)
      const y = CivilDate.parts(today).year
      return edition.evaluationYear !== undefined && edition.evaluationYear !== y
        ? [y, edition.evaluationYear]
        : [y]
    }

    /** Ban and eligibility, as submit and recommend run them. */
    /** The integrity ban first: a banned person hears of the ban, not of a missed deadline. */
    const banned = (app: Application, today: CivilDate.CivilDate) =>
      Effect.flatMap(integrity.bansFor(app.idHmac), (bans) =>
        Effect.as(banGuard(app.id, bans, banYears(app, today)), bans),
      )

    /**
     * The level the application seeks: as recorded, else the level its track names; undefined only
     * for an application stored before the level was recorded on a track open at "any" level.
     */
    const targetOf = (app: Application): ApplicationTarget | undefined =>
      app.target ?? Either.getOrUndefined(resolveTarget(lookup(app).track, undefined))

    const standing = (app: Application, today: CivilDate.CivilDate) =>
      Effect.gen(function* () {
        const bans = yield* banned(app, today)
        const target = targetOf(app)
        yield* eligibilityGuard(target !== undefined ? { ...app, target } : app, editions, bans, today)
      })

    /**
     * The one way an application changes: in a transaction, load it, check the table, run the guards,
     * write the new version, the transition row and the audit entry. A failure anywhere rolls back.
     */
    const move = <E, R>(
      id: string,
      to: ApplicationState,
      step: Step,
      guard: (
        app: Application,
        today: CivilDate.CivilDate,
      ) => Effect.Effect<
        // biome-ignore lint/suspicious/noConfusingVoidType: a guard that only checks returns Effect<void>
        { readonly patch?: Partial<Application>; readonly data?: Record<string, unknown> } | void,
        E,
        R
      >,
    ) =>
      tx.withTransaction(
        Effect.gen(function* () {
          const app = yield* get(id)
          yield* checkTransition(app.id, app.state, to)
          const { today, at } = yield* now
          const extra = (yield* guard(app, today)) ?? {}
          const next: Application = {
            ...app,
            ...extra.patch,
            state: to,
            updatedAt: at,
            version: app.version + 1,
          }
          const ok = yield* repo.update(next)
          if (!ok)
            return yield* new ConcurrentModification({
              application: id,
              message: `application ${id} was changed by someone else meanwhile; reload it and try again`,
            })
          const data = { ...extra.data }
          yield* repo.appendTransition({
            application: id,
            from: app.state,
            to,
            actor: step.actor,
            at,
            ...(step.reason !== undefined ? { reason: step.reason } : {}),
            data,
          })
          yield* audit.append({
            actor: step.actor,
            action: `application.${to}`,
            subject: `application:${id}`,
            data: {
              from: app.state,
              to,
              ...(step.reason !== undefined ? { reason: step.reason } : {}),
              ...data,
            },
          })
          return next
        }),
      )

    const subjectOf = (id: string): SubjectRef => ({ kind: "application", id })

    const markObjectedIn = (id: string, step: Step) =>
      move(id, "objected", step, (app) =>
        Effect.gen(function* () {
          const upheld = yield* publicity.objections({ subject: subjectOf(app.id), status: "upheld" })
          const onNotice = upheld.filter((o) => app.notice === undefined || o.notice === app.notice)
          if (onNotice.length === 0)
            return yield* new ObjectionNotUpheld({
              application: app.id,
              message: `application ${app.id} has no upheld objection on its publicity notice; only an upheld objection moves it to "objected"`,
              clause: OBJECTION_RULING,
            })
          return { data: { objections: onNotice.map((o) => o.id) } }
        }),
      )

    const api: ApplicationsApi = {
      create: (input, actor) =>
        Effect.gen(function* () {
          const edition = editions.find((e) => e.id === input.edition)
          if (edition === undefined)
            return yield* new UnknownEdition({
              edition: input.edition,
              message: `no edition "${input.edition}" in the registry`,
            })
          const track = edition.tracks.find((t) => t.id === input.track)
          if (track === undefined) {
            const elsewhere = editions.find((e) => e.tracks.some((t) => t.id === input.track))
            return yield* new UnknownTrack({
              edition: input.edition,
              track: input.track,
              message:
                elsewhere !== undefined
                  ? `track ${input.track} belongs to edition ${elsewhere.id}, not to ${input.edition}`
                  : `edition ${input.edition} has no track ${input.track}`,
            })
          }
          const residentId = input.profile.residentId
          if (residentId === undefined)
            return yield* new InvalidApplication({
              field: "profile.residentId",
              message:
                "an application needs the applicant's resident ID number (it is stored only as an HMAC)",
            })
          const name = input.name ?? input.profile.name
          if (name === undefined || name.trim() === "")
            return yield* new InvalidApplication({
              field: "name",
              message: "an application needs the applicant's name",
            })
          const target = yield* resolveTarget(track, input.target)
          const { at, today } = yield* now
          // An adoption track (000) names its pilot unit by id: a mistyped one, or one that adopts no
          // titles this year, is refused now, not at recommendation.
          yield* pilotGuard({ unit: input.unit }, track, today)
          const app: Application = {
            id: ApplicationId.make(yield* newId),
            edition: edition.id,
            track: track.id,
            specialty: input.specialty,
            name,
            employer: input.employer,
            unit: input.unit,
            idHmac: yield* hmac.of(residentId),
            profile: protectProfile(input.profile),
            target,
            state: "draft",
            createdBy: actor.id,
            createdAt: at,
            updatedAt: at,
            version: 1,
          }
          return yield* tx.withTransaction(
            Effect.gen(function* () {
              // One claim per person, edition and level, checked under the person's lock so that two
              // concurrent creations cannot both pass.
              yield* repo.lock(`person:${app.idHmac}`)
              const live = yield* repo.liveFor({
                idHmac: app.idHmac,
                edition: app.edition,
                level: target.level,
              })
              const other = live[0]
              if (other !== undefined)
                return yield* new DuplicateApplication({
                  edition: app.edition,
                  level: target.level,
                  state: other.state,
                  message: `this applicant already has a live application (${other.state}) under ${app.edition} for the ${target.level} level: one person holds one application per edition and level until it is withdrawn, rejected or its certificate revoked`,
                  clause: ONE_CLAIM_RULING,
                })
              yield* repo.insert(app)
              const data = {
                edition: app.edition,
                track: app.track,
                target,
                specialty: app.specialty,
                unit: app.unit,
              }
              yield* repo.appendTransition({ application: app.id, from: null, to: "draft", actor, at, data })
              yield* audit.append({
                actor,
                action: "application.created",
                subject: `application:${app.id}`,
                data,
              })
              return app
            }),
          )
        }),

      get,

      list: (filter) => repo.list(filter),

      submit: (id, step) =>
        move(id, "submitted", step, (app, today) =>
          Effect.gen(function* () {
            yield* banned(app, today)
            const earlyStart = yield* deadlinesFor(app, today, "submit", step.earlyStartReason)
            // The level sought: recorded on create; an application stored before it was recorded, on a
            // track open at "any" level, waits for a clerk to record it (`recordTarget`).
            yield* resolveTarget(lookup(app).track, app.target, app.id)
            yield* pilotGuard(app, lookup(app).track, today)
            yield* standing(app, today)
            return earlyStart === undefined ? {} : { data: { earlyStart } }
          }),
        ),

      unitReview: (id, step) =>
        move(id, "unit-reviewed", step, (app, today) =>
          Effect.gen(function* () {
            yield* deadlinesFor(app, today, "unitReview")
            yield* pilotGuard(app, lookup(app).track, today)
          }),
        ),

      startPublicity: (ids, input) =>
        tx.withTransaction(
          Effect.gen(function* () {
            if (ids.length === 0)
              return yield* new InvalidApplication({
                field: "ids",
                message: "name at least one application to publish",
              })
            const apps = yield* Effect.forEach(ids, get)
            for (const a of apps) yield* checkTransition(a.id, a.state, "in-publicity")
            const editionIds = [...new Set(apps.map((a) => a.edition))]
            if (editionIds.length !== 1)
              return yield* new InvalidApplication({
                field: "ids",
                message: `one notice serves one edition; these applications belong to ${editionIds.join(", ")}`,
              })
            const { today } = yield* now
            for (const a of apps) {
              const { edition, track } = lookup(a)
              yield* publicityGuard(a, procedureOf(edition, track), a.state, "in-publicity")
              yield* deadlinesFor(a, today, "startPublicity")
              yield* pilotGuard(a, track, today)
            }
            const notice = yield* publicity.open({
              edition: editionIds[0] as string,
              subjects: apps.map((a) => {
                const { track } = lookup(a)
                return {
                  kind: "application" as const,
                  id: a.id,
                  entry: {
                    name: a.name,
                    employer: a.employer,
                    specialty: a.specialty,
                    title: track.target.name.zh,
                    track: track.title.zh,
                  },
                }
              }),
              howToObject: input.howToObject,
              ...(input.published !== undefined ? { published: input.published } : {}),
              ...(input.end !== undefined ? { end: input.end } : {}),
              actor: input.actor,
            })
            // The period must end before the deadline of the step it precedes (002: the employer's
            // recommendation after its publicity, 二(二) and 五(二)); a failure here rolls the notice back.
            for (const a of apps) {
              const { edition, track } = lookup(a)
              const p = procedureOf(edition, track).publicity
              if (!p.required || p.endsBy === undefined) continue
              const late = deadlinesOf(a, today).find((d) => d.kind === p.endsBy && notice.end >= d.to)
              if (late !== undefined)
                return yield* new PublicityEndsTooLate({
                  deadline: late.id,
                  to: late.to,
                  published: notice.published,
                  end: notice.end,
                  message: `a notice published on ${notice.published} runs to 24:00 on ${notice.end} (${p.citation.article}), so the step it precedes could come only after ${late.to} (${late.text.en}): publish it earlier`,
                  clause: late.citation,
                })
            }
            const moved = yield* Effect.forEach(apps, (a) =>
              move(a.id, "in-publicity", input, () =>
                Effect.succeed({
                  patch: { notice: notice.id },
                  data: { notice: notice.id, end: notice.end },
                }),
              ),
            )
            return { notice, applications: moved }
          }),
        ),

      passPublicity: (id, step) =>
        move(id, "publicity-passed", step, (app, today) =>
          Effect.gen(function* () {
            yield* deadlinesFor(app, today, "passPublicity")
            const { notice, upheld } = yield* publicity.checkPassed(subjectOf(app.id))
            if (upheld.length > 0)
              return yield* new ObjectionUpheld({
                application: app.id,
                objections: upheld.map((o) => o.id),
                message: `an objection to application ${app.id} was upheld (${upheld.map((o) => o.id).join(", ")}); it cannot pass publicity — mark it objected`,
                clause: notice.rule.objectionClause,
              })
            return { data: { notice: notice.id, end: notice.end } }
          }),
        ),

      markObjected: markObjectedIn,

      resolveObjection: (objectionId, input) =>
        tx.withTransaction(
          Effect.gen(function* () {
            const objection = yield* publicity.resolveObjection(objectionId, input)
            if (objection.status !== "upheld" || objection.subject.kind !== "application")
              return { objection }
            const app = yield* get(objection.subject.id)
            if (app.state !== "in-publicity") return { objection, application: app }
            const application = yield* markObjectedIn(app.id, { actor: input.actor, reason: input.reason })
            return { objection, application }
          }),
        ),

      recommend: (id, step) =>
        move(id, "recommended", step, (app, today) =>
          Effect.gen(function* () {
            const { edition, track } = lookup(app)
            const procedure = procedureOf(edition, track)
            yield* publicityGuard(app, procedure, app.state, "recommended")
            yield* deadlinesFor(app, today, "recommend")
            yield* pilotGuard(app, track, today)
            yield* standing(app, today)
            const patch = { recommendedOn: today }
            const publicityData =
              app.state === "unit-reviewed" && !procedure.publicity.required
                ? { publicity: noPublicity(procedure.publicity) }
                : {}
            const capData = yield* enterpriseCap(app, procedure, today)
            if (track.route !== "adoption") return { patch, data: { ...publicityData, ...capData } }
            // The adoption cap (000 第九条): one count per pilot unit, edition and year with the unit's
            // finalised rosters, each person once, from the unit's figures recorded for the year.
            const year = CivilDate.parts(today).year
            yield* adoptions.lockUnit(app.unit)
            const v = yield* Adoptions.checkCap({
              unitId: app.unit,
              year,
              edition: app.edition,
              adding: { idHmac: app.idHmac },
              ...(step.overrideReason !== undefined ? { overrideReason: step.overrideReason } : {}),
            }).pipe(
              Effect.provideService(Adoptions.AdoptionRepo, adoptions),
              Effect.provideService(PilotUnitRepo, pilotUnits),
              Effect.mapError(
                (e) =>
                  new QuotaFiguresMissing({
                    application: app.id,
                    field: e.field,
                    message: e.message,
                    clause: e.clause,
                  }),
              ),
            )
            const { cap, check, count } = v
            const quota = {
              year,
              cap: cap.cap,
              applies: cap.applies,
              insuredStaff: cap.insuredStaff,
              graduateHires: cap.graduateHires,
              figuresRecorded: { on: v.figures.recordedOn, by: v.figures.recordedBy },
              counted: { people: count.people, onRosters: count.onRosters, recommended: count.recommended },
              requested: count.withAdded,
              ...(v.added === 0 ? { alreadyCounted: true } : {}),
            }
            if (check.status === "exceeds")
              return yield* new QuotaExceeded({
                application: app.id,
                unit: app.unit,
                year,
                cap: check.cap,
                requested: check.requested,
                message: `${v.unit.application.unitName} (unit ${app.unit}) would adopt ${count.withAdded} in ${year}: ${count.people} already counted (${v.counted}) and this applicant; the cap is ${cap.cap} (the larger of ${v.basis}). Going over needs a recorded reason`,
                clause: Quota.ADOPTION_CAP_CITATION,
              })
            if (check.status === "exceeded-with-reason")
              return {
                patch,
                data: {
                  ...publicityData,
                  ...capData,
                  quota: { ...quota, override: { reason: check.reason, excess: check.excess } },
                },
              }
            return { patch, data: { ...publicityData, ...capData, quota } }
          }),
        ),

      decide: (id, step) =>
        move(id, "decided", step, (app, today) =>
          Effect.gen(function* () {
            yield* deadlinesFor(app, today, "decide")
            return { patch: { outcome: step.outcome }, data: { outcome: step.outcome } }
          }),
        ),

      markCertificateIssued: (id, certificateNo, step) =>
        move(id, "certificate-issued", step, (app) =>
          Effect.gen(function* () {
            yield* certificateGuard(app)
            if (certificateNo.trim() === "")
              return yield* new InvalidApplication({
                field: "certificateNo",
                message: "the certificate number is empty",
              })
            return { patch: { certificateNo }, data: { certificateNo } }
          }),
        ),

      markCertificateRevoked: (id, certificateNo, step) =>
        move(id, "certificate-revoked", step, (app) =>
          Effect.gen(function* () {
            if (app.certificateNo !== certificateNo)
              return yield* new InvalidApplication({
                field: "certificateNo",
                message: `application ${app.id} records certificate ${app.certificateNo ?? "(none)"}, not ${certificateNo}`,
              })
            return {
              data: {
                certificateNo,
                document: step.document,
                on: step.on,
                ...(step.integrityBan !== undefined ? { integrityBan: step.integrityBan } : {}),
              },
            }
          }),
        ),

      withdraw: (id, step) => move(id, "withdrawn", step, () => Effect.void),

      recordTarget: (id, input) =>
        tx.withTransaction(
          Effect.gen(function* () {
            const app = yield* get(id)
            if (app.target !== undefined)
              return yield* new InvalidApplication({
                field: "target",
                message: `application ${id} already records the level sought, ${levelText(app.target)}; it is recorded once`,
              })
            if (
              app.state === "withdrawn" ||
              app.state === "certificate-issued" ||
              app.state === "certificate-revoked"
            )
              return yield* new InvalidApplication({
                field: "target",
                message: `application ${id} is ${app.state}: no step or certificate is left to depend on the level sought`,
              })
            if (input.reason.trim() === "")
              return yield* new InvalidApplication({
                field: "reason",
                message: "say where the level comes from (e.g. the applicant's form): it is audited",
              })
            const target = yield* resolveTarget(lookup(app).track, input.target, app.id)
            const { at } = yield* now
            const next: Application = { ...app, target, updatedAt: at, version: app.version + 1 }
            if (!(yield* repo.update(next)))
              return yield* new ConcurrentModification({
                application: id,
                message: `application ${id} was changed by someone else meanwhile; reload it and try again`,
              })
            yield* audit.append({
              actor: input.actor,
              action: "application.target-recorded",
              subject: `application:${id}`,
              data: { target, state: app.state, reason: input.reason },
            })
            return next
          }),
        ),

      history: (id) => Effect.zipRight(get(id), repo.history(id)),
    }
    return api
  })

/**
 * The applications service. Use `Applications.Default` (the registry's editions) or
 * `Applications.layer(editions)` for other editions (tests, an operator's draft); it needs the
 * repositories (with `AdoptionRepo` and `PilotUnitRepo` for the adoption cap), `IdHmac`, `Publicity`
 * (built over the same editions), `AuditLog` and `Transactor`.
 */
export class Applications extends Context.Tag("zhicheng/Applications")<Applications, ApplicationsApi>() {
  static readonly layer = (
    editions: ReadonlyArray<Edition> = Registry.EDITIONS,
  ): Layer.Layer<
    Applications,
    never,
    | ApplicationRepository
    | IntegrityRecord
    | IdHmac
    | Publicity
    | AuditLog
    | Transactor
    | Adoptions.AdoptionRepo
    | PilotUnitRepo
  > => Layer.effect(Applications, make(editions))
  static readonly Default = Applications.layer()
}

/** Fingerprinting personal ID numbers lives in PersonalId.ts; re-exported for existing importers. */
export { IdHmac, protectProfile } from "./PersonalId.ts"
export { LAST_DAY_ENDS_AT_MIDNIGHT, UnknownEdition }
