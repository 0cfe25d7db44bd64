/**
 * The applications service (`Applications`): create, list and every step of the lifecycle, each in
 * one transaction that loads the application, checks the table (machine.ts), runs the step's guards
 * (guards.ts) and writes the new version, its transition row and its audit entry — a refusal writes
 * nothing. It runs on the ports (ports.ts), `IdHmac` (PersonalId.ts), `Publicity`, the adoption and
 * pilot-unit repositories, `AuditLog` and `Transactor`. `Applications.ts` re-exports this module.
 */
import { Context, Effect, Either, Layer, Option } from "effect"
import * as Adoptions from "../Adoptions.ts"
import { type Actor, AuditLog, Transactor } from "../Audit.ts"
import * as CivilDate from "../CivilDate.ts"
import { IdHmac, protectProfile } from "../PersonalId.ts"
import { isPilotIn, type PilotUnit, PilotUnitRepository } from "../PilotUnits.ts"
import { type Edition, type Procedure, procedureOf, type Track } from "../Policy.ts"
import {
  type InvalidNotice,
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
} from "../Publicity.ts"
import * as Quota from "../Quota.ts"
import * as Registry from "../Registry.ts"
import type { CalendarYearMissing } from "../WorkCalendar.ts"
import { ADOPTION_UNIT_CLAUSE, OBJECTION_RULING, ONE_CLAIM_RULING, PILOT_EXIT_CLAUSE } from "./citations.ts"
import {
  ApplicationNotFound,
  ConcurrentModification,
  type DeadlinePassed,
  DuplicateApplication,
  type EvaluationWindowClosed,
  type IntegrityBanned,
  InvalidApplication,
  type InvalidTarget,
  type NoLongerEligible,
  type NotApproved,
  NotPilotThisYear,
  ObjectionNotUpheld,
  ObjectionUpheld,
  PublicityEndsTooLate,
  QuotaExceeded,
  QuotaFiguresMissing,
  UnknownPilotUnit,
  UnknownTrack,
  type WindowNotOpen,
} from "./errors.ts"
import {
  banGuard,
  certificateGuard,
  deadlineGuard,
  type EarlyStart,
  eligibilityGuard,
  levelText,
  noPublicity,
  publicityGuard,
  resolveTarget,
  STEP_DEADLINES,
} from "./guards.ts"
import { type ApplicationState, checkTransition, type InvalidTransition } from "./machine.ts"
import {
  type Application,
  ApplicationId,
  type ApplicationTarget,
  type ListFilter,
  type NewApplication,
  type Outcome,
  type Transition,
} from "./model.ts"
import { ApplicationRepository, IntegrityRepository } from "./ports.ts"

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
    const integrity = yield* IntegrityRepository
    const hmac = yield* IdHmac
    const publicity = yield* Publicity
    const audit = yield* AuditLog
    const tx = yield* Transactor
    const adoptions = yield* Adoptions.AdoptionRepository
    const pilotUnits = yield* PilotUnitRepository

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
              Effect.provideService(Adoptions.AdoptionRepository, adoptions),
              Effect.provideService(PilotUnitRepository, pilotUnits),
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
 * repositories (with `AdoptionRepository` and `PilotUnitRepository` for the adoption cap), `IdHmac`, `Publicity`
 * (built over the same editions), `AuditLog` and `Transactor`.
 */
export class Applications extends Context.Tag("zhicheng/Applications")<Applications, ApplicationsApi>() {
  static readonly layer = (
    editions: ReadonlyArray<Edition> = Registry.EDITIONS,
  ): Layer.Layer<
    Applications,
    never,
    | ApplicationRepository
    | IntegrityRepository
    | IdHmac
    | Publicity
    | AuditLog
    | Transactor
    | Adoptions.AdoptionRepository
    | PilotUnitRepository
  > => Layer.effect(Applications, make(editions))
  static readonly Default = Applications.layer()
}
