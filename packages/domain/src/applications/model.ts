/**
 * What an application is, as schemas: its id, the level it seeks, the application itself, one step
 * of its history, a recorded integrity ban, the input that creates one, and the list's cursor and
 * filter. `Applications.ts` re-exports this module.
 */
import { Schema } from "effect"
import { Actor as ActorSchema } from "../Audit.ts"
import * as CivilDate from "../CivilDate.ts"
import { JuniorGrade, Level, Profile } from "../Profile.ts"
import { PersonName, SafeText } from "../Text.ts"
import { ApplicationState } from "./machine.ts"

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
