/**
 * Pilot units (试点单位) for Shaoxing's adoption of enterprises' own evaluations (000, 第五至八、十三条):
 * the Annex 1 application, the district's verification and recommendation (核实推荐), the city's
 * selection with the approved scope (评估确定), the year-end review (复审) and exit (退出机制).
 *
 * Every step runs in one transaction with its audit entry; a refused step writes nothing. Contact
 * data of the legal representative and the working contact is private: {@link toPublic} drops it.
 * Storage is behind {@link PilotUnitRepository}; the db package implements it in `PilotUnitsSql.ts`.
 */
import { Clock, Context, Effect, Option, Schema } from "effect"
import { type Actor, AuditLog, Transactor } from "./Audit.ts"
import { Citation } from "./Citation.ts"
import * as Civil from "./CivilDate.ts"
import * as ErrorKind from "./ErrorKind.ts"
import { within } from "./Policy.ts"
import { SOURCES } from "./policies/documents.ts"
import {
  ADOPTION_SPECIALTIES,
  type AdoptionSpecialty,
  pilotApplicationDeadline,
  pilotUnitConditions,
  QUALIFICATION_NAMES,
  type QualificationName as QualificationNameValue,
} from "./policies/shaoxing.ts"
import { checkPilotUnits, PILOT_UNITS_CITATION } from "./Quota.ts"
import { PersonName, SafeText } from "./Text.ts"

// ---------------------------------------------------------------------------------------------------
// Citations (000, verbatim; a test checks each quote against the source file)
// ---------------------------------------------------------------------------------------------------

const DOCUMENT = "shaoxing-adoption-draft"
const cite = (article: string, quote: string): Citation => ({
  document: DOCUMENT,
  source: SOURCES.shaoxing,
  article,
  quote,
})

/** The clauses this module enforces, by what they govern. */
export const CLAUSES = {
  softCap: PILOT_UNITS_CITATION,
  deadline: pilotApplicationDeadline(2024).citation,
  /**
   * One application per unit and year: units are chosen each year and counted by the unit (家), so
   * a second application of the same unit for the same year would stand twice for one place.
   */
  oncePerYear: cite(
    "第五条",
    "职称采认试点单位重点从我市电子信息、高端装备制造、现代医药、新材料等产业集群企业中遴选，一般每年不超过6家",
  ),
  inShaoxing: cite("第七条", "申报试点单位应为绍兴市范围内注册民营企业"),
  apply: cite(
    "第八条（一）",
    "具备条件且有意愿开展试点的企业，填写《绍兴市民营经济领域工程技术类职称采认试点申请表》，并附单位技术岗位评价晋升制度相关材料，向属地人力社保部门提交书面申请",
  ),
  recommend: cite("第八条（二）", "属地人力社保部门对申报单位进行核实，形成推荐意见，报送市人力社保局"),
  select: cite(
    "第八条（三）",
    "由人力社保部门发文明确试点单位，以及该试点单位中（初）级职称采认的岗位序列、级别（层次）、专业",
  ),
  review: cite(
    "第十三条",
    "试点单位实行动态调整，建立退出机制，每年底人力社保部门对单位试点情况进行复审，复审不合格，不再作为下一年度采认单位",
  ),
  specialties: cite("附件2", "“采认职称专业”栏填机电、信息技术、石化、医药、材料、轻纺"),
  qualifications: cite("附件2", "“资格名称”栏填助理工程师、工程师"),
} as const

// ---------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------

/** No record with that id. */
export class NotFound extends Schema.TaggedError<NotFound>()(
  "NotFound",
  {
    kind: Schema.String,
    id: Schema.String,
    message: Schema.String,
  },
  ErrorKind.notFound,
) {}

/** The record is not in a state that allows the step (e.g. selecting a unit the district did not recommend). */
export class InvalidTransition extends Schema.TaggedError<InvalidTransition>()(
  "InvalidTransition",
  {
    id: Schema.String,
    from: Schema.String,
    action: Schema.String,
    message: Schema.String,
    clause: Schema.optional(Citation),
  },
  ErrorKind.conflict,
) {}

/** The application came after the yearly deadline and no reason for accepting it late was recorded. */
export class DeadlinePassed extends Schema.TaggedError<DeadlinePassed>()(
  "DeadlinePassed",
  {
    deadline: Civil.CivilDate,
    today: Civil.CivilDate,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/**
 * The unit (by its name, compared without spaces, case or width differences) has already applied
 * for that year: a unit applies once a year (第五条). Refused whatever became of the first
 * application; the unit may apply again for another year.
 */
export class AlreadyApplied extends Schema.TaggedError<AlreadyApplied>()(
  "AlreadyApplied",
  {
    unitName: Schema.String,
    year: Schema.Int,
    /** The earlier application's id. */
    existing: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** A cap would be exceeded and no reason for exceeding it was recorded (DOMAIN.md rulings 1 and 2). */
export class QuotaExceeded extends Schema.TaggedError<QuotaExceeded>()(
  "QuotaExceeded",
  {
    cap: Schema.Int,
    count: Schema.Int,
    requested: Schema.Int,
    basis: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

/** Input that is well-formed but breaks a rule of the document (e.g. an approved specialty the unit did not apply for). */
export class RuleViolated extends Schema.TaggedError<RuleViolated>()(
  "RuleViolated",
  {
    field: Schema.String,
    message: Schema.String,
    clause: Citation,
  },
  ErrorKind.conflict,
) {}

// ---------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------

/** 采认职称专业: one of the six specialties Annex 2 lists. */
export const Specialty = Schema.Literal(
  ...(ADOPTION_SPECIALTIES.map((s) => s.value) as [AdoptionSpecialty, ...Array<AdoptionSpecialty>]),
).annotations({ identifier: "AdoptionSpecialty" })
export type Specialty = typeof Specialty.Type

/** 资格名称: 助理工程师 or 工程师 (Annex 2). */
export const QualificationName = Schema.Literal(
  ...(QUALIFICATION_NAMES.map((q) => q.value) as [QualificationNameValue, ...Array<QualificationNameValue>]),
).annotations({ identifier: "QualificationName" })
export type QualificationName = typeof QualificationName.Type

const Text = SafeText({ maxLength: 200 })
/** Several lines: opinions, statements, the form's attached pages. */
const LongText = SafeText({ maxLength: 4000, multiline: true })
const Count = Schema.Int.pipe(Schema.nonNegative())
const Year = Schema.Int.pipe(Schema.between(2000, 2200))

/** A person on the form: 姓名, 职务, 联系电话, 手机号码 (the telephone numbers are private). */
export const Contact = Schema.Struct({
  name: PersonName,
  position: Text,
  phone: Schema.optional(SafeText({ maxLength: 50, allowEmpty: true })),
  mobile: Text,
}).annotations({ identifier: "PilotUnitContact" })
export type Contact = typeof Contact.Type

/** 现有专业技术人员情况: counts by level. */
export const StaffCounts = Schema.Struct({
  fullSenior: Count,
  associateSenior: Count,
  intermediate: Count,
  junior: Count,
}).annotations({ identifier: "StaffCounts" })
export type StaffCounts = typeof StaffCounts.Type

const Specialties = Schema.Array(Specialty).pipe(
  Schema.minItems(1),
  Schema.filter((a) => new Set(a).size === a.length || "each specialty at most once"),
)

/** Annex 1, 绍兴市民营经济领域工程技术类职称采认试点申请表, plus the pilot year and the district it is filed with. */
export const PilotApplication = Schema.Struct({
  /** The year the unit applies to be a pilot for (试点年度). */
  year: Year,
  /** 属地: the district or county-level jurisdiction id the application is filed with, inside Shaoxing. */
  district: Text,
  unitName: Text,
  industry: Text,
  address: Text,
  legalRepresentative: Contact,
  workContact: Contact,
  staff: StaffCounts,
  /** 单位简介及技术岗评价晋升制度 (the form's attached pages). */
  profileAndPromotionSystem: LongText,
  /** 主要涉及职称专业. */
  specialties: Specialties,
  /**
   * The unit's own statement on each pilot-unit condition (第五、七条), keyed by the condition id of
   * `pilotUnitConditions`. The engine decides none of them (DOMAIN.md ruling 5): they are evidence
   * for the district's verification.
   */
  statements: Schema.optional(Schema.Record({ key: Schema.String, value: LongText })),
}).annotations({ identifier: "PilotApplication" })
export type PilotApplication = typeof PilotApplication.Type

/** What the city approves (第八条（三）): the post sequence, the levels and the specialties adoption may cover. */
export const ApprovedScope = Schema.Struct({
  /** 岗位序列, as the bureau's document names it (e.g. 工程技术岗). */
  postSequence: Text,
  /** 级别（层次）, as the qualification names Annex 2 allows. */
  levels: Schema.Array(QualificationName).pipe(Schema.minItems(1)),
  specialties: Specialties,
  /** The bureau's document (发文) number or reference, when known. */
  documentRef: Schema.optional(Text),
}).annotations({ identifier: "ApprovedScope" })
export type ApprovedScope = typeof ApprovedScope.Type

export const PilotStatus = Schema.Literal(
  "applied",
  "recommended",
  "not-recommended",
  "selected",
  "not-selected",
  "exited",
)
export type PilotStatus = typeof PilotStatus.Type

const Decision = Schema.Struct({ on: Civil.CivilDate, by: Schema.String, opinion: LongText })

export const PilotUnit = Schema.Struct({
  id: Schema.String,
  status: PilotStatus,
  application: PilotApplication,
  appliedOn: Civil.CivilDate,
  /** Recorded when the application came after the deadline (第六条 "一般"). */
  lateReason: Schema.optional(LongText),
  recommendation: Schema.optional(Schema.extend(Decision, Schema.Struct({ recommended: Schema.Boolean }))),
  selection: Schema.optional(
    Schema.extend(
      Decision,
      Schema.Struct({
        selected: Schema.Boolean,
        scope: Schema.optional(ApprovedScope),
        /** Recorded when the unit was selected beyond the yearly soft cap (第五条; DOMAIN.md ruling 2). */
        overCap: Schema.optional(
          Schema.Struct({ cap: Schema.Int, count: Schema.Int, reason: Schema.String }),
        ),
      }),
    ),
  ),
  /** Set when the unit leaves the scheme: the last year it adopts titles. */
  exit: Schema.optional(
    Schema.Struct({
      on: Civil.CivilDate,
      by: Schema.String,
      lastYear: Year,
      reason: Text,
      cause: Schema.Literal("review-failed", "withdrawn"),
    }),
  ),
}).annotations({ identifier: "PilotUnit" })
export type PilotUnit = typeof PilotUnit.Type

/** One year-end review (第十三条). */
export const Review = Schema.Struct({
  unitId: Schema.String,
  year: Year,
  passed: Schema.Boolean,
  opinion: Text,
  on: Civil.CivilDate,
  by: Schema.String,
}).annotations({ identifier: "PilotUnitReview" })
export type Review = typeof Review.Type

/** What anyone may see of a pilot unit: no contact person, no telephone number. */
export interface PilotUnitPublic {
  readonly id: string
  readonly year: number
  readonly district: string
  readonly unitName: string
  readonly industry: string
  readonly status: PilotStatus
  readonly specialties: ReadonlyArray<Specialty>
  readonly scope?: ApprovedScope
  readonly lastYear?: number
}

/** The public view of a pilot unit; use it for lists and pages anyone can open. */
export const toPublic = (u: PilotUnit): PilotUnitPublic => ({
  id: u.id,
  year: u.application.year,
  district: u.application.district,
  unitName: u.application.unitName,
  industry: u.application.industry,
  status: u.status,
  specialties: u.application.specialties,
  ...(u.selection?.scope ? { scope: u.selection.scope } : {}),
  ...(u.exit ? { lastYear: u.exit.lastYear } : {}),
})

/**
 * True when the unit may adopt titles in `year`: selected for a year up to `year` and not exited
 * before it (a failed review ends the unit after the year reviewed, 第十三条).
 */
export const isPilotIn = (u: PilotUnit, year: number): boolean =>
  u.selection?.selected === true &&
  (u.status === "selected" || u.status === "exited") &&
  u.application.year <= year &&
  (u.exit === undefined || year <= u.exit.lastYear)

const CONDITION_IDS = new Set(pilotUnitConditions.map((c) => c.id))

/**
 * The pilot-unit conditions (第五、七、八、十三条) with the unit's statement on each: every one needs a
 * person's review (DOMAIN.md ruling 5). Use it for the district's verification screen.
 */
export const conditionsOf = (u: PilotUnit) =>
  pilotUnitConditions.map((c) => ({
    id: c.id,
    text: c.text,
    citation: c.citation,
    outcome: "needs-review" as const,
    statement: u.application.statements?.[c.id],
  }))

// ---------------------------------------------------------------------------------------------------
// Settings (named, cited, overridable per edition)
// ---------------------------------------------------------------------------------------------------

/**
 * The operator's settings for this module. `deadlines` maps a year to its application deadline, or
 * to `null` for no fixed deadline (2023: "可适当延迟" gives no date); other years use 31 March
 * (`pilotApplicationDeadline`). `reviewOpens` is the month-day from which a year's review may be
 * recorded ("每年底": 1 December by default). The yearly soft cap of 6 is `Quota.checkPilotUnits`.
 */
export interface PilotUnitSettings {
  readonly deadlines: Readonly<Record<number, Civil.CivilDate | null>>
  readonly reviewOpens: { readonly month: number; readonly day: number }
  readonly city: string
}

/** The defaults, each a reading of the cited clause. */
export const DEFAULT_SETTINGS: PilotUnitSettings = {
  deadlines: { 2023: null },
  reviewOpens: { month: 12, day: 1 },
  city: "cn-zhejiang-shaoxing",
}

/** The settings in force; provide another value with `Effect.provideService(PilotUnitConfig, …)`. */
export class PilotUnitConfig extends Context.Reference<PilotUnitConfig>()("zhicheng/PilotUnitConfig", {
  defaultValue: (): PilotUnitSettings => DEFAULT_SETTINGS,
}) {}

/** The application deadline for `year`, or none (第六条). */
export const deadlineFor = (s: PilotUnitSettings, year: number): Civil.CivilDate | undefined => {
  const d = s.deadlines[year]
  return d === null ? undefined : (d ?? pilotApplicationDeadline(year).to)
}

// ---------------------------------------------------------------------------------------------------
// Repository
// ---------------------------------------------------------------------------------------------------

/**
 * Storage for pilot units and their reviews. Calls made inside `Transactor.withTransaction` join
 * the transaction; `lockYear` serialises a year's selections and applications (so two clerks
 * cannot both pick the 6th unit, nor one unit's two applications both pass).
 */
export class PilotUnitRepository extends Context.Tag("zhicheng/PilotUnitRepository")<
  PilotUnitRepository,
  {
    readonly insert: (u: PilotUnit) => Effect.Effect<void>
    readonly update: (u: PilotUnit) => Effect.Effect<void>
    readonly get: (id: string) => Effect.Effect<Option.Option<PilotUnit>>
    /** Units whose application is for `year`, oldest first. */
    readonly listByYear: (year: number) => Effect.Effect<ReadonlyArray<PilotUnit>>
    /** How many units were selected (selection.selected) for `year`. */
    readonly countSelected: (year: number) => Effect.Effect<number>
    readonly lockYear: (year: number) => Effect.Effect<void>
    readonly insertReview: (r: Review) => Effect.Effect<void>
    readonly reviews: (unitId: string) => Effect.Effect<ReadonlyArray<Review>>
  }
>() {}

// ---------------------------------------------------------------------------------------------------
// Procedures
// ---------------------------------------------------------------------------------------------------

const today = Effect.map(Clock.currentTimeMillis, Civil.todayInChina)
const subject = (id: string) => `pilot-unit:${id}`

const load = (id: string) =>
  Effect.flatMap(PilotUnitRepository, (r) => r.get(id)).pipe(
    Effect.flatMap(
      Option.match({
        onNone: () =>
          Effect.fail(new NotFound({ kind: "pilot-unit", id, message: `no pilot unit application ${id}` })),
        onSome: Effect.succeed,
      }),
    ),
  )

const requireStatus = (u: PilotUnit, from: ReadonlyArray<PilotStatus>, action: string, clause: Citation) =>
  from.includes(u.status)
    ? Effect.void
    : Effect.fail(
        new InvalidTransition({
          id: u.id,
          from: u.status,
          action,
          clause,
          message: `cannot ${action} pilot unit ${u.id} (${u.application.unitName}): it is ${u.status}, the step needs ${from.join(" or ")}`,
        }),
      )

/** Application-side facts the audit may hold: no contact person, no telephone number. */
const auditedApplication = (a: PilotApplication) => ({
  year: a.year,
  district: a.district,
  unitName: a.unitName,
  industry: a.industry,
  staff: a.staff,
  specialties: a.specialties,
})

/**
 * A unit name as compared for "the same unit": Unicode NFKC (full-width letters, digits and
 * brackets become their usual forms), no whitespace, ASCII letters in lower case.
 * `unitKey("ＡＢＣ 科技（绍兴）有限公司") === unitKey("abc科技(绍兴)有限公司")`.
 */
export const unitKey = (name: string): string => name.normalize("NFKC").replace(/\s+/g, "").toLowerCase()

export interface ApplyInput {
  readonly application: PilotApplication
  /** Needed when applying after the deadline (第六条 says "一般"): why the late application is accepted. */
  readonly lateReason?: string
}

/**
 * Files an Annex 1 application (第八条（一）). Refuses a unit outside Shaoxing (第七条), an
 * application after the year's deadline without a recorded reason (第六条), and a second
 * application of the same unit ({@link unitKey}) for the same year (第五条, {@link AlreadyApplied}),
 * checked under the year's lock so that two at once cannot both pass.
 */
export const apply = (actor: Actor, input: ApplyInput) =>
  Effect.gen(function* () {
    const settings = yield* PilotUnitConfig
    const application = yield* Schema.decodeUnknown(PilotApplication)(input.application).pipe(
      Effect.mapError(
        (e) =>
          new RuleViolated({
            field: "application",
            message: `application: ${e.message}`,
            clause: CLAUSES.apply,
          }),
      ),
    )
    if (!within(application.district, settings.city))
      return yield* new RuleViolated({
        field: "district",
        message: `district ${application.district} is not within ${settings.city}: only units registered in Shaoxing may apply`,
        clause: CLAUSES.inShaoxing,
      })
    const unknown = Object.keys(application.statements ?? {}).filter((k) => !CONDITION_IDS.has(k))
    if (unknown.length > 0)
      return yield* new RuleViolated({
        field: "statements",
        message: `statements name unknown pilot-unit conditions: ${unknown.join(", ")}`,
        clause: CLAUSES.apply,
      })
    const on = yield* today
    const deadline = deadlineFor(settings, application.year)
    const lateReason = input.lateReason?.trim() || undefined
    if (deadline !== undefined && on > deadline && lateReason === undefined)
      return yield* new DeadlinePassed({
        deadline,
        today: on,
        clause: CLAUSES.deadline,
        message: `applications for ${application.year} were due by ${deadline}; today is ${on}. Record a reason to accept it late`,
      })
    const unit: PilotUnit = {
      id: crypto.randomUUID(),
      status: "applied",
      application,
      appliedOn: on,
      ...(lateReason !== undefined && deadline !== undefined && on > deadline ? { lateReason } : {}),
    }
    const repo = yield* PilotUnitRepository
    const audit = yield* AuditLog
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        yield* repo.lockYear(application.year)
        const key = unitKey(application.unitName)
        const earlier = (yield* repo.listByYear(application.year)).find(
          (u) => unitKey(u.application.unitName) === key,
        )
        if (earlier !== undefined)
          return yield* new AlreadyApplied({
            unitName: application.unitName,
            year: application.year,
            existing: earlier.id,
            clause: CLAUSES.oncePerYear,
            message: `${application.unitName} has already applied to be a pilot unit for ${application.year} (application ${earlier.id}, ${earlier.status}); a unit applies once a year`,
          })
        yield* repo.insert(unit)
        yield* audit.append({
          actor,
          action: "pilot-unit.applied",
          subject: subject(unit.id),
          data: {
            ...auditedApplication(application),
            ...(unit.lateReason ? { late: { deadline, reason: unit.lateReason } } : {}),
          },
        })
        return unit
      }),
    )
  })

/** A trimmed, non-empty opinion, or the refusal naming the field and the clause that asks for it. */
const requiredOpinion = (raw: string, message: string, clause: Citation) => {
  const opinion = raw.trim()
  return opinion === ""
    ? Effect.fail(new RuleViolated({ field: "opinion", message, clause }))
    : Effect.succeed(opinion)
}

/** The district's verification and recommendation (第八条（二）): recommended or not, with its opinion. */
export const recommend = (
  actor: Actor,
  id: string,
  input: { readonly recommended: boolean; readonly opinion: string },
) =>
  Effect.gen(function* () {
    const repo = yield* PilotUnitRepository
    const audit = yield* AuditLog
    const opinion = yield* requiredOpinion(
      input.opinion,
      "the district's recommendation opinion (推荐意见) is required",
      CLAUSES.recommend,
    )
    const on = yield* today
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        const u = yield* load(id)
        yield* requireStatus(u, ["applied"], "recommend", CLAUSES.recommend)
        const next: PilotUnit = {
          ...u,
          status: input.recommended ? "recommended" : "not-recommended",
          recommendation: { on, by: actor.id, opinion, recommended: input.recommended },
        }
        yield* repo.update(next)
        yield* audit.append({
          actor,
          action: input.recommended ? "pilot-unit.recommended" : "pilot-unit.not-recommended",
          subject: subject(id),
          data: { opinion, unitName: u.application.unitName, year: u.application.year },
        })
        return next
      }),
    )
  })

export interface SelectInput {
  readonly opinion: string
  readonly scope: ApprovedScope
  /** Needed to select beyond the yearly soft cap (第五条 "一般每年不超过6家"; DOMAIN.md ruling 2). */
  readonly overCapReason?: string
}

/**
 * The city's selection (第八条（三）): the unit becomes a pilot for its year with the approved
 * post sequence, levels and specialties. Refuses the 7th unit of a year without a recorded reason
 * (第五条), and approved specialties the unit did not apply for.
 */
export const select = (actor: Actor, id: string, input: SelectInput) =>
  Effect.gen(function* () {
    const repo = yield* PilotUnitRepository
    const audit = yield* AuditLog
    const scope = yield* Schema.decodeUnknown(ApprovedScope)(input.scope).pipe(
      Effect.mapError(
        (e) =>
          new RuleViolated({
            field: "scope",
            message: `approved scope: ${e.message}`,
            clause: CLAUSES.select,
          }),
      ),
    )
    const opinion = yield* requiredOpinion(
      input.opinion,
      "the city's assessment opinion (综合评估意见) is required",
      CLAUSES.select,
    )
    const reason = input.overCapReason?.trim() || undefined
    const on = yield* today
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        const u = yield* load(id)
        yield* requireStatus(u, ["recommended"], "select", CLAUSES.select)
        const extra = scope.specialties.filter((s) => !u.application.specialties.includes(s))
        if (extra.length > 0)
          return yield* new RuleViolated({
            field: "scope.specialties",
            message: `approved specialties ${extra.join("、")} are not among those the unit applied for (${u.application.specialties.join("、")})`,
            clause: CLAUSES.select,
          })
        yield* repo.lockYear(u.application.year)
        const count = yield* repo.countSelected(u.application.year)
        const check = checkPilotUnits({
          requested: count + 1,
          ...(reason !== undefined ? { overrideReason: reason } : {}),
        })
        const cap = check.cap
        if (check.status === "exceeds")
          return yield* new QuotaExceeded({
            cap,
            count,
            requested: check.requested,
            basis: `pilot units selected for ${u.application.year}`,
            clause: check.citation,
            message: `${count} pilot units are already selected for ${u.application.year}; the yearly cap is ${cap} (一般每年不超过6家). Record a reason to select another`,
          })
        const overCap =
          check.status === "exceeded-with-reason" ? { cap, count, reason: check.reason } : undefined
        const next: PilotUnit = {
          ...u,
          status: "selected",
          selection: { on, by: actor.id, opinion, selected: true, scope, ...(overCap ? { overCap } : {}) },
        }
        yield* repo.update(next)
        yield* audit.append({
          actor,
          action: "pilot-unit.selected",
          subject: subject(id),
          data: {
            opinion,
            scope,
            year: u.application.year,
            selectedBefore: count,
            cap,
            ...(overCap ? { overCap } : {}),
          },
        })
        return next
      }),
    )
  })

/** The city declines a recommended unit after its assessment (第八条（三）). */
export const decline = (actor: Actor, id: string, input: { readonly opinion: string }) =>
  Effect.gen(function* () {
    const repo = yield* PilotUnitRepository
    const audit = yield* AuditLog
    const opinion = yield* requiredOpinion(
      input.opinion,
      "the city's assessment opinion (综合评估意见) is required",
      CLAUSES.select,
    )
    const on = yield* today
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        const u = yield* load(id)
        yield* requireStatus(u, ["recommended"], "decline", CLAUSES.select)
        const next: PilotUnit = {
          ...u,
          status: "not-selected",
          selection: { on, by: actor.id, opinion, selected: false },
        }
        yield* repo.update(next)
        yield* audit.append({
          actor,
          action: "pilot-unit.not-selected",
          subject: subject(id),
          data: { opinion, year: u.application.year },
        })
        return next
      }),
    )
  })

/**
 * Records the year-end review of `year` (第十三条), from the configured opening day of December.
 * A failed review ends the unit after that year: it exits and adopts nothing the next year.
 */
export const review = (
  actor: Actor,
  id: string,
  input: { readonly year: number; readonly passed: boolean; readonly opinion: string },
) =>
  Effect.gen(function* () {
    const repo = yield* PilotUnitRepository
    const audit = yield* AuditLog
    const settings = yield* PilotUnitConfig
    const opinion = yield* requiredOpinion(input.opinion, "the review opinion is required", CLAUSES.review)
    const on = yield* today
    const opens = Civil.fromParts(input.year, settings.reviewOpens.month, settings.reviewOpens.day)
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        const u = yield* load(id)
        yield* requireStatus(u, ["selected"], "review", CLAUSES.review)
        if (!isPilotIn(u, input.year))
          return yield* new InvalidTransition({
            id,
            from: u.status,
            action: "review",
            clause: CLAUSES.review,
            message: `pilot unit ${id} was not a pilot in ${input.year} (selected for ${u.application.year})`,
          })
        if (on < opens)
          return yield* new InvalidTransition({
            id,
            from: u.status,
            action: "review",
            clause: CLAUSES.review,
            message: `the review of ${input.year} is held at year end: it may be recorded from ${opens}; today is ${on}`,
          })
        const prior = yield* repo.reviews(id)
        if (prior.some((r) => r.year === input.year))
          return yield* new InvalidTransition({
            id,
            from: u.status,
            action: "review",
            clause: CLAUSES.review,
            message: `the review of ${input.year} for pilot unit ${id} is already recorded`,
          })
        const r: Review = { unitId: id, year: input.year, passed: input.passed, opinion, on, by: actor.id }
        yield* repo.insertReview(r)
        const next: PilotUnit = input.passed
          ? u
          : {
              ...u,
              status: "exited",
              exit: { on, by: actor.id, lastYear: input.year, reason: opinion, cause: "review-failed" },
            }
        if (!input.passed) yield* repo.update(next)
        yield* audit.append({
          actor,
          action: input.passed ? "pilot-unit.review-passed" : "pilot-unit.review-failed",
          subject: subject(id),
          data: {
            year: input.year,
            opinion,
            ...(input.passed ? {} : { exited: true, lastYear: input.year }),
          },
        })
        return { unit: next, review: r }
      }),
    )
  })

/**
 * Takes a selected unit out of the scheme (第十三条 退出机制) other than by a failed review, e.g. at
 * its own request. `lastYear` (default: this year) is the last year it adopts titles.
 */
export const exit = (
  actor: Actor,
  id: string,
  input: { readonly reason: string; readonly lastYear?: number },
) =>
  Effect.gen(function* () {
    const repo = yield* PilotUnitRepository
    const audit = yield* AuditLog
    const reason = input.reason.trim()
    if (reason === "")
      return yield* new RuleViolated({
        field: "reason",
        message: "the reason for the exit is required",
        clause: CLAUSES.review,
      })
    const on = yield* today
    const lastYear = input.lastYear ?? Civil.parts(on).year
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        const u = yield* load(id)
        yield* requireStatus(u, ["selected"], "exit", CLAUSES.review)
        if (lastYear < u.application.year - 1)
          return yield* new RuleViolated({
            field: "lastYear",
            message: `last year ${lastYear} is before the unit's first pilot year ${u.application.year}`,
            clause: CLAUSES.review,
          })
        const next: PilotUnit = {
          ...u,
          status: "exited",
          exit: { on, by: actor.id, lastYear, reason, cause: "withdrawn" },
        }
        yield* repo.update(next)
        yield* audit.append({
          actor,
          action: "pilot-unit.exited",
          subject: subject(id),
          data: { reason, lastYear },
        })
        return next
      }),
    )
  })

/** A unit by id (full record, contact data included: for the bureau's staff only). */
export const get = (id: string) => load(id)

/** The public views of the units that applied for `year`. */
export const listPublic = (year: number) =>
  Effect.flatMap(PilotUnitRepository, (r) => r.listByYear(year)).pipe(Effect.map((us) => us.map(toPublic)))
