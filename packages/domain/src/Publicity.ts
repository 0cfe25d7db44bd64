/**
 * Publicity (公示) notices and objections (异议).
 *
 * A notice lists its subjects — applications, or entries of a Shaoxing adoption roster (花名册, 000
 * art. 10) — with only what the public may see (name, employer, specialty, title, track: PIPL arts. 6
 * and 25, DOMAIN.md "Personal data"), the period and how to object. The period comes from the
 * edition's typed publicity rule (`Edition.publicity`) and the official work calendar (`WorkCalendar.publicityEnd`); a year
 * without a State Council notice fails with `CalendarYearMissing`.
 *
 * Readings this module applies:
 * - The period ends at 24:00 on its end date (Civil Code art. 203 ¶2): objections are accepted on the
 *   end date, and a notice can be closed (or an application pass publicity) from the next day on.
 * - Objections are accepted from the publication day: the notice is public from that day, even when the
 *   day itself is not counted towards the length.
 * - An objector's contact details are stored for the reply but appear in no public view and in no
 *   audit entry (the audit says only that a contact was given).
 * - This module knows nothing of application states: `Applications` opens notices for applications and
 *   moves an application to "objected" when its objection is upheld (`Applications.resolveObjection`).
 */
import { Clock, Context, Effect, Layer, Option, Schema } from "effect"
import { type Actor, Actor as ActorSchema, AuditLog, Transactor } from "./Audit.ts"
import { CIVIL_CODE, Citation } from "./Citation.ts"
import * as CivilDate from "./CivilDate.ts"
import * as ErrorKind from "./ErrorKind.ts"
import type { Edition } from "./Policy.ts"
import * as Registry from "./Registry.ts"
import { PersonName, SafeText } from "./Text.ts"
import { type CalendarYearMissing, type PublicityRule, WorkCalendar } from "./WorkCalendar.ts"

// ---------------------------------------------------------------------------------------------
// Data

export const NoticeId = Schema.String.pipe(Schema.minLength(1), Schema.brand("NoticeId"))
export type NoticeId = typeof NoticeId.Type
export const ObjectionId = Schema.String.pipe(Schema.minLength(1), Schema.brand("ObjectionId"))
export type ObjectionId = typeof ObjectionId.Type

/** What a notice lists: an application, or an entry of an adoption roster (000 art. 10). */
export const SubjectKind = Schema.Literal("application", "roster-entry")
export type SubjectKind = typeof SubjectKind.Type

/** A subject by reference: its kind and id (application id, or a roster entry id string). */
export const SubjectRef = Schema.Struct({ kind: SubjectKind, id: Schema.String.pipe(Schema.minLength(1)) })
export type SubjectRef = typeof SubjectRef.Type

const nonEmpty = Schema.String.pipe(Schema.minLength(1))

/** The only personal data a publicity list shows (DOMAIN.md; PIPL arts. 6, 25). */
export const PublicEntry = Schema.Struct({
  name: PersonName,
  employer: SafeText({ maxLength: 200 }),
  specialty: SafeText({ maxLength: 200 }),
  /** The title sought, e.g. 工程师. */
  title: nonEmpty,
  /** The track, e.g. 正常申报. */
  track: nonEmpty,
}).annotations({ identifier: "PublicEntry" })
export type PublicEntry = typeof PublicEntry.Type

/** A subject on a notice with its public entry, as it stood when the notice was published. */
export const Subject = Schema.Struct({ ...SubjectRef.fields, entry: PublicEntry }).annotations({
  identifier: "Subject",
})
export type Subject = typeof Subject.Type

/** A publicity rule as data (WorkCalendar's `PublicityRule`; an edition's `publicity.rule`). */
export const PublicitySetting = Schema.Struct({
  amount: Schema.Int.pipe(Schema.positive()),
  unit: Schema.Literal("calendar-days", "working-days"),
  countPublicationDay: Schema.Boolean,
}).annotations({ identifier: "PublicitySetting" })

/** The rule a notice applies, where it comes from, and the clause that sets it. */
export const NoticeRule = Schema.Struct({
  ...PublicitySetting.fields,
  /**
   * Where the rule came from: "edition-setting" (the edition's typed `publicity`), or
   * "stated-by-publisher" where the text names the publicity step but no period (001 一、3) and the
   * publisher stated the end day (`amount` is then the calendar days it runs); "default" appears only
   * on notices opened while built-in defaults existed.
   */
  origin: Schema.Literal("edition-setting", "stated-by-publisher", "default"),
  citation: Citation,
  /** The clause that makes "no objection" the condition for going on, where the edition has one. */
  objectionClause: Citation,
}).annotations({ identifier: "NoticeRule" })
export type NoticeRule = typeof NoticeRule.Type

export const NoticeStatus = Schema.Literal("open", "closed")

export const Notice = Schema.Struct({
  id: NoticeId,
  edition: Schema.String,
  subjects: Schema.Array(Subject),
  published: CivilDate.CivilDate,
  /** The day the period runs from, as the work calendar gives it (the day after publication when that day is not counted). */
  start: CivilDate.CivilDate,
  /** Last day of the period; it ends at 24:00 (Civil Code art. 203 ¶2). */
  end: CivilDate.CivilDate,
  rule: NoticeRule,
  /** The calendar's citations for how the end was computed. */
  periodRule: Schema.Array(Citation),
  /** How and where to object (a public channel: office, address, telephone of the bureau). */
  howToObject: SafeText({ maxLength: 2000, multiline: true }),
  status: NoticeStatus,
  openedAt: Schema.String,
  openedBy: ActorSchema,
  closedAt: Schema.optional(Schema.String),
  closedBy: Schema.optional(ActorSchema),
}).annotations({ identifier: "Notice" })
export type Notice = typeof Notice.Type

/** The public face of a notice: no ids of people, no ID numbers, no contact details. */
export interface PublicNotice {
  readonly notice: NoticeId
  readonly edition: string
  readonly published: CivilDate.CivilDate
  readonly start: CivilDate.CivilDate
  readonly end: CivilDate.CivilDate
  readonly period: string
  readonly entries: ReadonlyArray<PublicEntry>
  readonly howToObject: string
  readonly clause: Citation
}

export const ObjectionStatus = Schema.Literal("open", "upheld", "dismissed")
export type ObjectionStatus = typeof ObjectionStatus.Type

export const Objector = Schema.Struct({
  name: Schema.optional(SafeText({ maxLength: 200, allowEmpty: true })),
  /** Kept to answer the objector; never public, never audited. */
  contact: SafeText({ maxLength: 500 }),
}).annotations({ identifier: "Objector" })
export type Objector = typeof Objector.Type

export const Resolution = Schema.Struct({
  status: Schema.Literal("upheld", "dismissed"),
  reason: SafeText({ maxLength: 2000, multiline: true }),
  actor: ActorSchema,
  at: Schema.String,
}).annotations({ identifier: "Resolution" })
export type Resolution = typeof Resolution.Type

export const Objection = Schema.Struct({
  id: ObjectionId,
  notice: NoticeId,
  subject: SubjectRef,
  filedAt: Schema.String,
  filedOn: CivilDate.CivilDate,
  text: SafeText({ maxLength: 10_000, multiline: true }),
  objector: Objector,
  status: ObjectionStatus,
  resolution: Schema.optional(Resolution),
}).annotations({ identifier: "Objection" })
export type Objection = typeof Objection.Type

// ---------------------------------------------------------------------------------------------
// Citations

/** Civil Code art. 203 ¶2: the last day of a period ends at 24:00. */
export const LAST_DAY_ENDS_AT_MIDNIGHT: Citation = {
  document: CIVIL_CODE,
  article: "第二百零三条第二款",
  quote: "期间的最后一日的截止时间为二十四时",
}

/**
 * The id under which an edition's generated reference shows its publicity rule (a Setting derived
 * from `Edition.publicity`, `Policy.publicitySetting`). Named in the error when the rule is missing.
 */
export const publicitySettingId = (edition: string): string => `${edition}/settings/publicity`

// ---------------------------------------------------------------------------------------------
// Errors

const clause = { clause: Citation }

export class UnknownEdition extends Schema.TaggedError<UnknownEdition>()(
  "UnknownEdition",
  {
    edition: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

/** The edition has no typed publicity rule (`Edition.publicity`). */
export class PublicityRuleMissing extends Schema.TaggedError<PublicityRuleMissing>()(
  "PublicityRuleMissing",
  {
    edition: Schema.String,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

/** A notice must list at least one subject, each once. */
export class InvalidNotice extends Schema.TaggedError<InvalidNotice>()(
  "InvalidNotice",
  {
    field: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

export class NoticeNotFound extends Schema.TaggedError<NoticeNotFound>()(
  "NoticeNotFound",
  {
    notice: Schema.String,
    message: Schema.String,
  },
  ErrorKind.notFound,
) {}

export class ObjectionNotFound extends Schema.TaggedError<ObjectionNotFound>()(
  "ObjectionNotFound",
  {
    objection: Schema.String,
    message: Schema.String,
  },
  ErrorKind.notFound,
) {}

/** The period has not ended yet: it runs to 24:00 on `end`. */
export class PublicityNotEnded extends Schema.TaggedError<PublicityNotEnded>()(
  "PublicityNotEnded",
  {
    notice: Schema.String,
    end: Schema.String,
    today: Schema.String,
    rule: Citation,
    message: Schema.String,
    ...clause,
  },
  ErrorKind.conflict,
) {}

/** An objection is still open: it must be resolved first. */
export class ObjectionOpen extends Schema.TaggedError<ObjectionOpen>()(
  "ObjectionOpen",
  {
    notice: Schema.String,
    objections: Schema.Array(Schema.String),
    message: Schema.String,
    ...clause,
  },
  ErrorKind.conflict,
) {}

/** An objection came after the period ended (24:00 on the end date). */
export class ObjectionPeriodOver extends Schema.TaggedError<ObjectionPeriodOver>()(
  "ObjectionPeriodOver",
  {
    notice: Schema.String,
    end: Schema.String,
    today: Schema.String,
    message: Schema.String,
    ...clause,
  },
  ErrorKind.conflict,
) {}

/** An objection came before the notice was published. */
export class NoticeNotPublished extends Schema.TaggedError<NoticeNotPublished>()(
  "NoticeNotPublished",
  {
    notice: Schema.String,
    published: Schema.String,
    today: Schema.String,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

/** The subject objected to is not on the notice. */
export class NotOnNotice extends Schema.TaggedError<NotOnNotice>()(
  "NotOnNotice",
  {
    notice: Schema.String,
    subject: SubjectRef,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

export class ObjectionAlreadyResolved extends Schema.TaggedError<ObjectionAlreadyResolved>()(
  "ObjectionAlreadyResolved",
  {
    objection: Schema.String,
    status: ObjectionStatus,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

/** A decision that must give its reason was given none. */
export class ReasonRequired extends Schema.TaggedError<ReasonRequired>()(
  "ReasonRequired",
  {
    field: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

export class NoticeClosed extends Schema.TaggedError<NoticeClosed>()(
  "NoticeClosed",
  {
    notice: Schema.String,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

// ---------------------------------------------------------------------------------------------
// Pure helpers

/**
 * The publicity rule of an edition: its typed `publicity` (for 002 the employer's publicity after its
 * review, the publicity step of the application lifecycle), else `PublicityRuleMissing`. The objection
 * clause is the edition's own where it has one (000 第十条(四)), else the publicity clause itself.
 */
export const ruleFor = (edition: Edition): Effect.Effect<NoticeRule, PublicityRuleMissing> => {
  const p = edition.publicity
  if (p === undefined)
    return Effect.fail(
      new PublicityRuleMissing({
        edition: edition.id,
        message: `edition ${edition.id} has no publicity rule (Edition.publicity, shown as ${publicitySettingId(edition.id)}); add it to the edition`,
      }),
    )
  return Effect.succeed({
    amount: p.rule.amount,
    unit: p.rule.unit,
    countPublicationDay: p.rule.countPublicationDay,
    origin: "edition-setting" as const,
    citation: p.citation,
    objectionClause: p.objectionClause ?? p.citation,
  })
}

/** "5 working days, publication day not counted" in words, for the public view. */
export const describeRule = (r: PublicityRule): string =>
  `${r.amount} ${r.unit === "working-days" ? "working days" : "calendar days"}, publication day ${r.countPublicationDay ? "counted" : "not counted"}`

/** True while the period runs on `today`: from publication to 24:00 on the end date. */
export const isRunning = (n: Pick<Notice, "published" | "end">, today: CivilDate.CivilDate): boolean =>
  today >= n.published && today <= n.end

/** True once the period is over: from the day after the end date. */
export const hasEnded = (n: Pick<Notice, "end">, today: CivilDate.CivilDate): boolean => today > n.end

/** The public view of a notice (name, employer, specialty, title, track; the period; how to object). */
export const publicViewOf = (n: Notice): PublicNotice => ({
  notice: n.id,
  edition: n.edition,
  published: n.published,
  start: n.start,
  end: n.end,
  period: `${n.start} – ${n.end} (${describeRule(n.rule)}; the last day ends at 24:00)`,
  entries: n.subjects.map((s) => ({
    name: s.entry.name,
    employer: s.entry.employer,
    specialty: s.entry.specialty,
    title: s.entry.title,
    track: s.entry.track,
  })),
  howToObject: n.howToObject,
  clause: n.rule.citation,
})

// ---------------------------------------------------------------------------------------------
// Repository

/** Storage for notices and objections; the SQL implementation is `PublicitySql` in @zhicheng/db. */
export class PublicityRepository extends Context.Tag("zhicheng/PublicityRepository")<
  PublicityRepository,
  {
    readonly insertNotice: (n: Notice) => Effect.Effect<void>
    readonly getNotice: (id: string) => Effect.Effect<Option.Option<Notice>>
    /** Marks an open notice closed; false when it was not open. */
    readonly closeNotice: (id: string, at: string, by: Actor) => Effect.Effect<boolean>
    /**
     * Notices still open whose period includes `today` (published on or before it, ending on or
     * after it), latest publication first, at most `limit`.
     */
    readonly current: (today: CivilDate.CivilDate, limit: number) => Effect.Effect<ReadonlyArray<Notice>>
    /** Notices listing the subject, latest publication first. */
    readonly noticesFor: (subject: SubjectRef) => Effect.Effect<ReadonlyArray<Notice>>
    readonly insertObjection: (o: Objection) => Effect.Effect<void>
    readonly getObjection: (id: string) => Effect.Effect<Option.Option<Objection>>
    readonly objections: (filter: {
      readonly notice?: string
      readonly subject?: SubjectRef
      readonly status?: ObjectionStatus
    }) => Effect.Effect<ReadonlyArray<Objection>>
    /** Records the resolution of an open objection; false when it was no longer open. */
    readonly resolveObjection: (id: string, resolution: Resolution) => Effect.Effect<boolean>
  }
>() {}

// ---------------------------------------------------------------------------------------------
// Service

export interface OpenInput {
  readonly edition: string
  readonly subjects: ReadonlyArray<Subject>
  readonly howToObject: string
  /** Publication day; today (China time) when absent; never in the past. */
  readonly published?: CivilDate.CivilDate
  /**
   * The last day, where the edition's procedure names the publicity step but no period
   * (`Policy.PublicityStep` "stated-by-publisher"); refused where the edition fixes the period.
   */
  readonly end?: CivilDate.CivilDate
  readonly actor: Actor
}

export interface ObjectionInput {
  readonly notice: string
  readonly subject: SubjectRef
  readonly text: string
  readonly objector: Objector
}

export interface PublicityApi {
  /** Publishes a notice for `subjects` with the edition's publicity rule; the end comes from the work calendar. */
  readonly open: (
    input: OpenInput,
  ) => Effect.Effect<Notice, UnknownEdition | PublicityRuleMissing | CalendarYearMissing | InvalidNotice>
  readonly get: (id: string) => Effect.Effect<Notice, NoticeNotFound>
  /** The public view: entries, period and how to object; never an ID number or a contact. */
  readonly publicView: (id: string) => Effect.Effect<PublicNotice, NoticeNotFound>
  /**
   * The notices running today (China time), as public views, latest publication first: what a
   * citizen may still object to. At most `CURRENT_LIMIT`.
   */
  readonly current: Effect.Effect<ReadonlyArray<PublicNotice>>
  /** Files an objection during the period (publication day to 24:00 on the end date). */
  readonly fileObjection: (
    input: ObjectionInput,
  ) => Effect.Effect<
    Objection,
    NoticeNotFound | NotOnNotice | NoticeNotPublished | ObjectionPeriodOver | NoticeClosed
  >
  /** Upholds or dismisses an open objection, with a reason; audited. */
  readonly resolveObjection: (
    id: string,
    input: { readonly resolution: "upheld" | "dismissed"; readonly reason: string; readonly actor: Actor },
  ) => Effect.Effect<Objection, ObjectionNotFound | ObjectionAlreadyResolved | ReasonRequired>
  /** Objections with the objectors' contacts: for clerks, never for a public view. */
  readonly objections: (filter: {
    readonly notice?: string
    readonly subject?: SubjectRef
    readonly status?: ObjectionStatus
  }) => Effect.Effect<ReadonlyArray<Objection>>
  /** Closes a notice once its period has ended and no objection is open. */
  readonly close: (
    id: string,
    input: { readonly actor: Actor },
  ) => Effect.Effect<Notice, NoticeNotFound | NoticeClosed | PublicityNotEnded | ObjectionOpen>
  /**
   * Whether a subject may go on after publicity: its latest notice has ended and no objection to it
   * is open. Fails with `NoticeNotFound` when it was never on a notice. Use it inside a caller's
   * transaction (Applications.passPublicity).
   */
  readonly checkPassed: (
    subject: SubjectRef,
  ) => Effect.Effect<
    { readonly notice: Notice; readonly upheld: ReadonlyArray<Objection> },
    NoticeNotFound | PublicityNotEnded | ObjectionOpen
  >
}

/** How many running notices `current` lists at most (a district publishes a handful at a time). */
export const CURRENT_LIMIT = 200

/** Today's civil date in China and the instant, from Effect's Clock (TestClock-able). */
export const now = Effect.map(Clock.currentTimeMillis, (ms) => ({
  today: CivilDate.todayInChina(ms),
  at: new Date(ms).toISOString(),
}))

const newId = Effect.sync(() => globalThis.crypto.randomUUID())

const subjectKey = (s: SubjectRef) => `${s.kind}:${s.id}`

const make = (editions: ReadonlyArray<Edition>) =>
  Effect.gen(function* () {
    const repo = yield* PublicityRepository
    const audit = yield* AuditLog
    const tx = yield* Transactor
    const calendar = yield* WorkCalendar

    const getNotice = (id: string) =>
      Effect.flatMap(
        repo.getNotice(id),
        Option.match({
          onNone: () => Effect.fail(new NoticeNotFound({ notice: id, message: `no publicity notice ${id}` })),
          onSome: Effect.succeed,
        }),
      )

    const openObjections = (n: Notice, subject?: SubjectRef) =>
      Effect.flatMap(
        repo.objections({ notice: n.id, status: "open", ...(subject ? { subject } : {}) }),
        (open) =>
          open.length === 0
            ? Effect.void
            : Effect.fail(
                new ObjectionOpen({
                  notice: n.id,
                  objections: open.map((o) => o.id),
                  message: `${open.length} objection(s) to ${subject ? subjectKey(subject) : `notice ${n.id}`} still open (${open
                    .map((o) => o.id)
                    .join(", ")}); resolve them first (publicity must pass without objection)`,
                  clause: n.rule.objectionClause,
                }),
              ),
      )

    const notEnded = (n: Notice, today: CivilDate.CivilDate) =>
      new PublicityNotEnded({
        notice: n.id,
        end: n.end,
        today,
        rule: n.rule.citation,
        message: `the publicity period of notice ${n.id} runs to 24:00 on ${n.end} (${describeRule(n.rule)}); today is ${today}, so it has not ended`,
        clause: LAST_DAY_ENDS_AT_MIDNIGHT,
      })

    /**
     * The rule and period of a notice published on `published`: the edition's typed rule through the
     * work calendar; or, where the text names the step but no period, the end its publisher states
     * (from the day after publication, which is not counted: DOMAIN.md, Civil Code art. 201).
     */
    const periodOf = (
      edition: Edition,
      published: CivilDate.CivilDate,
      end: CivilDate.CivilDate | undefined,
    ) =>
      Effect.gen(function* () {
        const step = edition.procedure.publicity
        if (edition.publicity === undefined && step.required && step.period === "stated-by-publisher") {
          if (end === undefined)
            return yield* new InvalidNotice({
              field: "end",
              message: `${edition.id} names the publicity step (${step.citation.article} 「${step.citation.quote}」) but no period: give the last day the publisher announces (end)`,
            })
          const start = CivilDate.addDays(published, 1)
          if (end < start)
            return yield* new InvalidNotice({
              field: "end",
              message: `the last day ${end} must come after the publication day ${published}`,
            })
          const rule: NoticeRule = {
            amount: CivilDate.diffDays(published, end),
            unit: "calendar-days",
            countPublicationDay: false,
            origin: "stated-by-publisher",
            citation: step.citation,
            objectionClause: step.citation,
          }
          return { rule, period: { start, end, rule: [step.citation, LAST_DAY_ENDS_AT_MIDNIGHT] } }
        }
        const rule = yield* ruleFor(edition)
        if (end !== undefined)
          return yield* new InvalidNotice({
            field: "end",
            message: `${edition.id} fixes the period (${describeRule(rule)}, ${rule.citation.article}): the end is computed from the work calendar, not given`,
          })
        const period = yield* calendar.publicityEnd(published, {
          amount: rule.amount,
          unit: rule.unit,
          countPublicationDay: rule.countPublicationDay,
        })
        return { rule, period }
      })

    const api: PublicityApi = {
      open: (input) =>
        Effect.gen(function* () {
          const edition = editions.find((e) => e.id === input.edition)
          if (edition === undefined)
            return yield* new UnknownEdition({
              edition: input.edition,
              message: `no edition "${input.edition}" in the registry`,
            })
          if (input.subjects.length === 0)
            return yield* new InvalidNotice({
              field: "subjects",
              message: "a notice must list at least one subject",
            })
          const keys = new Set(input.subjects.map(subjectKey))
          if (keys.size !== input.subjects.length)
            return yield* new InvalidNotice({
              field: "subjects",
              message: "a subject may appear only once on a notice",
            })
          if (input.howToObject.trim() === "")
            return yield* new InvalidNotice({
              field: "howToObject",
              message: "a notice must say how to object (office, address or telephone)",
            })
          const { today, at } = yield* now
          const published = input.published ?? today
          if (published < today)
            return yield* new InvalidNotice({
              field: "published",
              message: `publication day ${published} is in the past (today is ${today})`,
            })
          const { rule, period } = yield* periodOf(edition, published, input.end)
          const notice: Notice = {
            id: NoticeId.make(yield* newId),
            edition: edition.id,
            subjects: input.subjects,
            published,
            start: period.start,
            end: period.end,
            rule,
            periodRule: period.rule,
            howToObject: input.howToObject,
            status: "open",
            openedAt: at,
            openedBy: input.actor,
          }
          return yield* tx.withTransaction(
            Effect.gen(function* () {
              yield* repo.insertNotice(notice)
              yield* audit.append({
                actor: input.actor,
                action: "publicity.opened",
                subject: `notice:${notice.id}`,
                data: {
                  edition: notice.edition,
                  subjects: notice.subjects.map((s) => ({ kind: s.kind, id: s.id })),
                  published,
                  start: notice.start,
                  end: notice.end,
                  rule: {
                    amount: rule.amount,
                    unit: rule.unit,
                    countPublicationDay: rule.countPublicationDay,
                    origin: rule.origin,
                  },
                },
              })
              return notice
            }),
          )
        }),

      get: getNotice,

      publicView: (id) => Effect.map(getNotice(id), publicViewOf),

      current: Effect.flatMap(now, ({ today }) =>
        Effect.map(repo.current(today, CURRENT_LIMIT), (ns) => ns.map(publicViewOf)),
      ),

      fileObjection: (input) =>
        tx.withTransaction(
          Effect.gen(function* () {
            const n = yield* getNotice(input.notice)
            if (!n.subjects.some((s) => s.kind === input.subject.kind && s.id === input.subject.id))
              return yield* new NotOnNotice({
                notice: n.id,
                subject: input.subject,
                message: `${subjectKey(input.subject)} is not on notice ${n.id}`,
              })
            const { today, at } = yield* now
            if (today < n.published)
              return yield* new NoticeNotPublished({
                notice: n.id,
                published: n.published,
                today,
                message: `notice ${n.id} is published on ${n.published}; objections open that day (today is ${today})`,
              })
            if (hasEnded(n, today))
              return yield* new ObjectionPeriodOver({
                notice: n.id,
                end: n.end,
                today,
                message: `the publicity period of notice ${n.id} ended at 24:00 on ${n.end}; an objection filed on ${today} is too late`,
                clause: n.rule.citation,
              })
            if (n.status === "closed")
              return yield* new NoticeClosed({ notice: n.id, message: `notice ${n.id} is closed` })
            const objection: Objection = {
              id: ObjectionId.make(yield* newId),
              notice: n.id,
              subject: { kind: input.subject.kind, id: input.subject.id },
              filedAt: at,
              filedOn: today,
              text: input.text,
              objector: input.objector,
              status: "open",
            }
            yield* repo.insertObjection(objection)
            yield* audit.append({
              actor: { id: "public", role: "public" },
              action: "publicity.objection-filed",
              subject: `objection:${objection.id}`,
              data: {
                notice: n.id,
                on: objection.subject,
                filedOn: today,
                // The contact is stored with the objection; the audit records only that one was given.
                contactGiven: true,
              },
            })
            return objection
          }),
        ),

      resolveObjection: (id, input) =>
        tx.withTransaction(
          Effect.gen(function* () {
            const o = yield* Effect.flatMap(
              repo.getObjection(id),
              Option.match({
                onNone: () =>
                  Effect.fail(new ObjectionNotFound({ objection: id, message: `no objection ${id}` })),
                onSome: Effect.succeed,
              }),
            )
            const already = (status: ObjectionStatus) =>
              new ObjectionAlreadyResolved({
                objection: id,
                status,
                message: `objection ${id} is already ${status}`,
              })
            if (o.status !== "open") return yield* already(o.status)
            if (input.reason.trim() === "")
              return yield* new ReasonRequired({
                field: "reason",
                message: "resolving an objection needs a reason",
              })
            const { at } = yield* now
            const resolution: Resolution = {
              status: input.resolution,
              reason: input.reason,
              actor: input.actor,
              at,
            }
            const ok = yield* repo.resolveObjection(id, resolution)
            if (!ok) return yield* already("upheld")
            yield* audit.append({
              actor: input.actor,
              action: `publicity.objection-${input.resolution}`,
              subject: `objection:${id}`,
              data: { notice: o.notice, on: o.subject, reason: input.reason },
            })
            return { ...o, status: input.resolution, resolution }
          }),
        ),

      objections: (filter) => repo.objections(filter),

      close: (id, input) =>
        tx.withTransaction(
          Effect.gen(function* () {
            const n = yield* getNotice(id)
            if (n.status === "closed")
              return yield* new NoticeClosed({ notice: id, message: `notice ${id} is already closed` })
            const { today, at } = yield* now
            if (!hasEnded(n, today)) return yield* notEnded(n, today)
            yield* openObjections(n)
            const ok = yield* repo.closeNotice(id, at, input.actor)
            if (!ok) return yield* new NoticeClosed({ notice: id, message: `notice ${id} is already closed` })
            yield* audit.append({
              actor: input.actor,
              action: "publicity.closed",
              subject: `notice:${id}`,
              data: { end: n.end, closedOn: today },
            })
            return { ...n, status: "closed" as const, closedAt: at, closedBy: input.actor }
          }),
        ),

      checkPassed: (subject) =>
        Effect.gen(function* () {
          const notices = yield* repo.noticesFor(subject)
          const n = notices[0]
          if (n === undefined)
            return yield* new NoticeNotFound({
              notice: "",
              message: `${subjectKey(subject)} has never been on a publicity notice`,
            })
          const { today } = yield* now
          if (!hasEnded(n, today)) return yield* notEnded(n, today)
          yield* openObjections(n, subject)
          const upheld = yield* repo.objections({ notice: n.id, subject, status: "upheld" })
          return { notice: n, upheld }
        }),
    }
    return api
  })

/**
 * The publicity service. Use `Publicity.Default` (the registry's editions) or
 * `Publicity.layer(editions)` to serve other editions (tests, an operator's draft edition); it needs a
 * `PublicityRepository`, `AuditLog`, `Transactor` and `WorkCalendar`.
 */
export class Publicity extends Context.Tag("zhicheng/Publicity")<Publicity, PublicityApi>() {
  static readonly layer = (
    editions: ReadonlyArray<Edition> = Registry.EDITIONS,
  ): Layer.Layer<Publicity, never, PublicityRepository | AuditLog | Transactor | WorkCalendar> =>
    Layer.effect(Publicity, make(editions))
  static readonly Default = Publicity.layer()
}
