/**
 * The Shaoxing adoption cap (000 第九条; DOMAIN.md ruling 1) of a pilot unit for a year, counted
 * once for both ways this system records people being adopted: the entries of the unit's finalised
 * rosters (附件2, 第十条（四）) and its adoption-track applications recommended that year
 * (第十一条（四）) and not since withdrawn or rejected. `Rosters.finalise` and
 * `Applications.recommend` both check through {@link checkCap}, so neither can fill the cap the
 * other already filled.
 *
 * Each person counts once: both sides keep the same HMAC-SHA256 of the normalised ID number
 * (`Applications.IdHmac`; every roster entry has one, next to its sealed number), so someone on a
 * roster who also files an application under 第十一条 is one adoption, not two.
 *
 * The figures the cap is computed from are the unit's own — "当年度单位在当地缴纳社保总职工人数" and
 * "上一年度新招收大专及以上学历毕业生人数" — so the unit supplies them (enterprise HR), or a clerk records
 * them on its behalf: once per unit and year, on the pilot unit ({@link recordFigures}, audited).
 * Both checks read that one record. A correction replaces it for later checks; each finalised roster
 * and each recommendation keeps the figures and cap it was checked against.
 *
 * Decisions where the text is silent (docs/architecture.md):
 * - An adoption-track application names its pilot unit by the unit's id (`Application.unit`);
 *   `Applications.create` refuses an id that is no pilot unit's (000 第五条), the year is checked here.
 * - Rosters are Annex 2 of 000: they count for that edition ({@link ROSTER_EDITION}); applications
 *   count for their own edition. One count per unit, edition and year.
 * - The year is the roster's year, or the year (China time) an application was recommended; someone
 *   on a roster of one year and recommended the next counts in each of the two years.
 * - A step that adds nobody new (a roster whose people all have recommended applications already, an
 *   application for someone on a finalised roster) is not refused by the cap: it adopts no one more.
 * - A revoked certificate's application still counts: the recommendation was made that year.
 */
import { Clock, Context, Effect, Option, Schema } from "effect"
import { type Actor, AuditLog, Transactor } from "./Audit.ts"
import { Citation } from "./Citation.ts"
import * as Civil from "./CivilDate.ts"
import * as ErrorKind from "./ErrorKind.ts"
import {
  InvalidTransition,
  isPilotIn,
  NotFound,
  type PilotUnit,
  PilotUnitRepository,
  RuleViolated,
} from "./PilotUnits.ts"
import {
  ADOPTION_CAP_CITATION,
  type AdoptionCap,
  AdoptionCapInput,
  adoptionCap,
  type CapCheck,
  checkAdoption,
} from "./Quota.ts"

/** The edition whose Annex 2 the rosters are (000, Shaoxing's adoption measures). */
export const ROSTER_EDITION = "shaoxing-adoption-draft"

// ---------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------

/** A pilot unit's figures for a year (第九条), as recorded: who recorded them and when. */
export const RecordedFigures = Schema.Struct({
  unitId: Schema.String,
  year: Schema.Int,
  figures: AdoptionCapInput,
  recordedOn: Civil.CivilDate,
  recordedBy: Schema.String,
}).annotations({ identifier: "AdoptionFigures" })
export type RecordedFigures = typeof RecordedFigures.Type

/** Who is counted against a unit's cap for a year, each person once. */
export interface AdoptedCount {
  /** People on the unit's finalised rosters of the year or with a counted application, each once. */
  readonly people: number
  /** Of them, on a finalised roster. */
  readonly onRosters: number
  /** Of them, with an application recommended that year and not since withdrawn or rejected. */
  readonly recommended: number
  /** `people` together with those the step adds (`CountQuery.adding`), each once. */
  readonly withAdded: number
}

/** What {@link AdoptionRepository.count} counts. */
export interface CountQuery {
  readonly unitId: string
  readonly year: number
  /** Applications of this edition count. */
  readonly edition: string
  /** Whether the unit's finalised rosters of the year count (for {@link ROSTER_EDITION}). */
  readonly rosters: boolean
  /** People the step would add: the entries of a (draft) roster, an application's ID HMAC. */
  readonly adding: { readonly roster?: string; readonly idHmac?: string }
}

/** The cap cannot be checked: no pilot unit by that id, not a pilot that year, or no figures recorded. */
export class QuotaFiguresMissing extends Schema.TaggedError<QuotaFiguresMissing>()(
  "QuotaFiguresMissing",
  {
    unitId: Schema.String,
    year: Schema.Int,
    /** "unit" (no such pilot unit, or not a pilot that year) or "figures" (none recorded for the year). */
    field: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

// ---------------------------------------------------------------------------------------------------
// Repository
// ---------------------------------------------------------------------------------------------------

/**
 * Storage for the figures and the one count (the SQL implementation is `AdoptionsSql`). Inside
 * `Transactor.withTransaction`, `lockUnit` serialises cap checks of a unit (the same lock
 * `RosterRepository.lockUnit` takes), so a roster and a recommendation cannot both take the last place.
 */
export class AdoptionRepository extends Context.Tag("zhicheng/AdoptionRepository")<
  AdoptionRepository,
  {
    readonly figures: (unitId: string, year: number) => Effect.Effect<Option.Option<RecordedFigures>>
    /** Records the unit's figures for the year, replacing any recorded before. */
    readonly saveFigures: (f: RecordedFigures) => Effect.Effect<void>
    readonly lockUnit: (unitId: string) => Effect.Effect<void>
    /**
     * Entries of the unit's finalised rosters of the year (when `rosters`) and its applications of
     * `edition` recommended in the year and not since withdrawn or rejected, each ID HMAC once.
     */
    readonly count: (q: CountQuery) => Effect.Effect<AdoptedCount>
  }
>() {}

// ---------------------------------------------------------------------------------------------------
// Procedures
// ---------------------------------------------------------------------------------------------------

const today = Effect.map(Clock.currentTimeMillis, Civil.todayInChina)

const loadUnit = (id: string) =>
  Effect.flatMap(PilotUnitRepository, (r) => r.get(id)).pipe(
    Effect.flatMap(
      Option.match({
        onNone: () => Effect.fail(new NotFound({ kind: "pilot-unit", id, message: `no pilot unit ${id}` })),
        onSome: Effect.succeed,
      }),
    ),
  )

const notPilotMessage = (u: PilotUnit, year: number) =>
  u.exit !== undefined && year > u.exit.lastYear
    ? `${u.application.unitName} left the pilot scheme after ${u.exit.lastYear}; it adopts no titles in ${year}`
    : `${u.application.unitName} is not a selected pilot unit for ${year} (status ${u.status}, pilot year ${u.application.year})`

/** "insured staff 120 × 5% = 6, last year's graduate hires 10 × 50% = 5". */
export const basisOf = (cap: AdoptionCap): string =>
  `insured staff ${cap.insuredStaff.base} × ${cap.insuredStaff.percent}% = ${cap.insuredStaff.figure}, last year's graduate hires ${cap.graduateHires.base} × ${cap.graduateHires.percent}% = ${cap.graduateHires.figure}`

/**
 * Records a pilot unit's figures for a year (第九条): its insured staff that year and its graduate
 * hires the year before. Refuses a unit that is not a pilot that year and figures that are not whole
 * numbers of 0 or more; replaces figures recorded before (audited with both).
 */
export const recordFigures = (actor: Actor, unitId: string, year: number, input: AdoptionCapInput) =>
  Effect.gen(function* () {
    const figures = yield* Schema.decodeUnknown(AdoptionCapInput)(input).pipe(
      Effect.mapError(
        (e) =>
          new RuleViolated({
            field: "figures",
            message: `adoption figures: ${e.message}`,
            clause: ADOPTION_CAP_CITATION,
          }),
      ),
    )
    const repo = yield* AdoptionRepository
    const audit = yield* AuditLog
    const on = yield* today
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        yield* repo.lockUnit(unitId)
        const unit = yield* loadUnit(unitId)
        if (!isPilotIn(unit, year))
          return yield* new InvalidTransition({
            id: unit.id,
            from: unit.status,
            action: "record adoption figures",
            clause: ADOPTION_CAP_CITATION,
            message: notPilotMessage(unit, year),
          })
        const before = yield* repo.figures(unit.id, year)
        const recorded: RecordedFigures = {
          unitId: unit.id,
          year,
          figures,
          recordedOn: on,
          recordedBy: actor.id,
        }
        yield* repo.saveFigures(recorded)
        yield* audit.append({
          actor,
          action: "pilot-unit.adoption-figures-recorded",
          subject: `pilot-unit:${unit.id}`,
          data: {
            year,
            ...(Option.isSome(before) ? { from: before.value.figures } : {}),
            to: figures,
            cap: adoptionCap(figures).cap,
          },
        })
        return recorded
      }),
    )
  })

/** The cap a year's figures give, with the count and what is left: for the unit's and the bureau's screens. */
export interface Usage {
  readonly unitId: string
  readonly year: number
  readonly edition: string
  /** Absent until the unit's figures for the year are recorded. */
  readonly figures?: RecordedFigures
  readonly cap?: AdoptionCap
  readonly adopted: { readonly people: number; readonly onRosters: number; readonly recommended: number }
  /** Places left under the cap (0 when over it, with recorded reasons). */
  readonly remaining?: number
}

/** A unit's figures, cap and count for a year and edition ({@link ROSTER_EDITION} by default). */
export const usage = (unitId: string, year: number, edition: string = ROSTER_EDITION) =>
  Effect.gen(function* () {
    const repo = yield* AdoptionRepository
    const unit = yield* loadUnit(unitId)
    const recorded = yield* repo.figures(unit.id, year)
    const n = yield* repo.count({
      unitId: unit.id,
      year,
      edition,
      rosters: edition === ROSTER_EDITION,
      adding: {},
    })
    const adopted = { people: n.people, onRosters: n.onRosters, recommended: n.recommended }
    if (Option.isNone(recorded)) return { unitId: unit.id, year, edition, adopted } satisfies Usage
    const cap = adoptionCap(recorded.value.figures)
    return {
      unitId: unit.id,
      year,
      edition,
      figures: recorded.value,
      cap,
      adopted,
      remaining: Math.max(0, cap.cap - n.people),
    } satisfies Usage
  })

/** What a cap check found: the figures, the cap, the count, and the check itself. */
export interface CapVerdict {
  readonly unit: PilotUnit
  readonly figures: RecordedFigures
  readonly cap: AdoptionCap
  readonly count: AdoptedCount
  /** People the step adds who were not counted yet. */
  readonly added: number
  /** Against `count.withAdded`; "ok" whenever the step adds nobody new. */
  readonly check: CapCheck
  /** The figures in words, for messages: {@link basisOf}. */
  readonly basis: string
  /** "4 on finalised rosters, 1 recommended (1 on both)". */
  readonly counted: string
}

/**
 * The one cap check (000 第九条): the unit's recorded figures for `year`, the one count for the
 * unit, edition and year with the people the step adds, checked with `overrideReason` (原则上).
 * Run it inside the caller's transaction after `AdoptionRepository.lockUnit`. Fails with
 * {@link QuotaFiguresMissing} when the unit is no pilot unit that year or has no figures recorded.
 */
export const checkCap = (q: {
  readonly unitId: string
  readonly year: number
  readonly edition: string
  readonly adding: CountQuery["adding"]
  readonly overrideReason?: string
}) =>
  Effect.gen(function* () {
    const repo = yield* AdoptionRepository
    const found = yield* Effect.flatMap(PilotUnitRepository, (r) => r.get(q.unitId))
    const missing = (field: string, message: string) =>
      new QuotaFiguresMissing({
        unitId: q.unitId,
        year: q.year,
        field,
        message,
        clause: ADOPTION_CAP_CITATION,
      })
    if (Option.isNone(found))
      return yield* missing(
        "unit",
        `${q.unitId} is not a pilot unit: the adoption cap is a pilot unit's, and an adoption-track application names its pilot unit by id`,
      )
    const unit = found.value
    if (!isPilotIn(unit, q.year)) return yield* missing("unit", notPilotMessage(unit, q.year))
    const recorded = yield* repo.figures(unit.id, q.year)
    if (Option.isNone(recorded))
      return yield* missing(
        "figures",
        `${unit.application.unitName} has no adoption figures recorded for ${q.year}: record its insured staff this year and last year's graduate hires (000 第九条) before checking the cap`,
      )
    const cap = adoptionCap(recorded.value.figures)
    const count = yield* repo.count({
      unitId: unit.id,
      year: q.year,
      edition: q.edition,
      rosters: q.edition === ROSTER_EDITION,
      adding: q.adding,
    })
    const added = count.withAdded - count.people
    const check: CapCheck =
      added === 0
        ? {
            status: "ok",
            cap: cap.cap,
            requested: count.withAdded,
            remaining: Math.max(0, cap.cap - count.withAdded),
          }
        : checkAdoption({
            cap,
            requested: count.withAdded,
            ...(q.overrideReason !== undefined ? { overrideReason: q.overrideReason } : {}),
          })
    const both = count.onRosters + count.recommended - count.people
    return {
      unit,
      figures: recorded.value,
      cap,
      count,
      added,
      check,
      basis: basisOf(cap),
      counted: `${count.onRosters} on finalised rosters, ${count.recommended} recommended${both > 0 ? ` (${both} on both)` : ""}`,
    } satisfies CapVerdict
  })
