/**
 * Pilot units (试点单位, 000 第五至八、十三条): the Annex 1 application, the district's recommendation,
 * the city's selection or refusal, the year-end review and exit.
 *
 * Two views of a unit, at two addresses so that a cache or a mistaken role can never mix them up:
 * `GET /pilot-units/{id}` is the public view (no contact person, no telephone number), open to
 * anyone; `GET /pilot-units/{id}/record` is the bureau's full record with the contacts, the reviews
 * and the conditions to verify, for clerks. The city's decision (selection, refusal) is recorded by
 * a clerk on the bureau's behalf (admins may too): the API has no separate city role.
 *
 * The adoption cap (000 第九条): a unit's figures for a year (its insured staff that year, its
 * graduate hires the year before) are recorded once per unit and year by the unit's HR or a clerk
 * (an HR key bound to a unit, `Caller.unit`, records and reads its own unit's only),
 * and both the roster finalisation and the recommendation of an adoption-track application check
 * against them, with one count of the people adopted (`/pilot-units/{id}/adoptions/{year}`).
 */
import * as Adoptions from "@zhicheng/domain/Adoptions"
import type { Actor } from "@zhicheng/domain/Audit"
import { Citation, Plain } from "@zhicheng/domain/Citation"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import { AdoptionCapInput } from "@zhicheng/domain/Quota"
import { SafeText } from "@zhicheng/domain/Text"
import { Effect, Schema } from "effect"
import { type Caller, endpoint, requireUnit } from "../Endpoint.ts"
import { KeyBoundToUnit } from "../Errors.ts"

const TAG = "pilot-units"

const actorOf = (caller: Caller): Actor => ({ id: caller.id, role: caller.role })

const Year = Schema.Int.pipe(Schema.between(2000, 2200))
const YearQuery = Schema.NumberFromString.pipe(Schema.int(), Schema.between(2000, 2200))
/** Free text a person writes (opinions, reasons): not blank, bounded. */
const Text = SafeText({ maxLength: 4000, multiline: true })
const IdParam = SafeText({ maxLength: 100 })
const Id = Schema.Struct({ id: IdParam })
const IdYear = Schema.Struct({ id: IdParam, year: YearQuery })

const Share = Schema.Struct({ base: Schema.Int, percent: Schema.Int, figure: Schema.Int })

/** The cap a unit's figures give (Quota.adoptionCap, DOMAIN.md ruling 1). */
export const AdoptionCap = Schema.Struct({
  insuredStaff: Share,
  graduateHires: Share,
  cap: Schema.Int,
  applies: Schema.Literal("insured-staff", "graduate-hires", "both"),
  soft: Schema.Literal(true),
  citation: Citation,
  ruling: Citation,
}).annotations({ identifier: "AdoptionCap" })

/** A unit's figures, cap and count for a year (Adoptions.usage). */
export const AdoptionUsage = Schema.Struct({
  unitId: Schema.String,
  year: Schema.Int,
  edition: Schema.String,
  /** Absent until the unit's figures for the year are recorded. */
  figures: Schema.optional(Adoptions.RecordedFigures),
  cap: Schema.optional(AdoptionCap),
  /** People adopted that year: on finalised rosters or recommended (not withdrawn or rejected), each once. */
  adopted: Schema.Struct({ people: Schema.Int, onRosters: Schema.Int, recommended: Schema.Int }),
  remaining: Schema.optional(Schema.Int),
}).annotations({ identifier: "AdoptionUsage" })

/** The public view of a pilot unit (PilotUnits.toPublic): no contact data. */
export const PilotUnitPublic = Schema.Struct({
  id: Schema.String,
  year: Schema.Int,
  district: Schema.String,
  unitName: Schema.String,
  industry: Schema.String,
  status: PilotUnits.PilotStatus,
  specialties: Schema.Array(PilotUnits.Specialty),
  scope: Schema.optional(PilotUnits.ApprovedScope),
  lastYear: Schema.optional(Schema.Int),
}).annotations({ identifier: "PilotUnitPublic" })

const Condition = Schema.Struct({
  id: Schema.String,
  text: Plain,
  citation: Citation,
  outcome: Schema.Literal("needs-review"),
  statement: Schema.optional(Schema.String),
}).annotations({ identifier: "PilotUnitCondition" })

const PilotUnitRecord = Schema.Struct({
  unit: PilotUnits.PilotUnit,
  reviews: Schema.Array(PilotUnits.Review),
  conditions: Schema.Array(Condition),
}).annotations({ identifier: "PilotUnitRecord" })

const ApplyBody = Schema.Struct({
  application: PilotUnits.PilotApplication,
  /** Needed after the year's deadline (第六条 "一般"): why the late application is accepted. */
  lateReason: Schema.optional(Text),
}).annotations({ identifier: "PilotUnitApplyRequest" })

const RecommendationBody = Schema.Struct({ recommended: Schema.Boolean, opinion: Text }).annotations({
  identifier: "PilotUnitRecommendationRequest",
})

const SelectionBody = Schema.Struct({
  opinion: Text,
  scope: PilotUnits.ApprovedScope,
  /** Needed to select beyond the yearly soft cap of 6 (第五条 "一般每年不超过6家"). */
  overCapReason: Schema.optional(Text),
}).annotations({ identifier: "PilotUnitSelectionRequest" })

const DeclineBody = Schema.Struct({ opinion: Text }).annotations({ identifier: "PilotUnitDeclineRequest" })

const ReviewBody = Schema.Struct({ year: Year, passed: Schema.Boolean, opinion: Text }).annotations({
  identifier: "PilotUnitReviewRequest",
})

const ExitBody = Schema.Struct({ reason: Text, lastYear: Schema.optional(Year) }).annotations({
  identifier: "PilotUnitExitRequest",
})

const ReviewResult = Schema.Struct({ unit: PilotUnits.PilotUnit, review: PilotUnits.Review }).annotations({
  identifier: "PilotUnitReviewResult",
})

/**
 * An HR key bound to a pilot unit files no pilot-unit application (decision, issue #8.7): filing
 * creates a new unit record, which is never the unit the key acts for, and the name on the form is
 * the filer's word. The enterprise files with an unbound enterprise-HR key, or the district's clerk
 * files for it; a new key is then bound to the new unit. 403 `key-bound-to-unit` naming
 * `body.application`.
 */
const refuseBoundKey = (caller: Caller, unitName: string) =>
  caller.unit === undefined
    ? Effect.void
    : Effect.fail(
        new KeyBoundToUnit({
          field: "body.application",
          bound: caller.unit,
          unit: unitName,
          message: `an application for ${unitName} would create a new pilot unit: this API key is bound to unit ${caller.unit} and acts for that unit only; file it with an unbound key or through the district's bureau`,
        }),
      )

/**
 * A clerk's step on one unit: `POST /api/v1/pilot-units/{id}/<action>`, refused with 404 for an
 * unknown unit and 409 when its status does not allow the step.
 */
const unitAction = <B, I, O, OI, E, R>(a: {
  readonly action: string
  readonly operationId: string
  readonly summary: string
  readonly description?: string
  readonly body: Schema.Schema<B, I, never>
  readonly response: {
    readonly status: 200
    readonly description: string
    readonly schema: Schema.Schema<O, OI, never>
  }
  readonly run: (actor: Actor, id: string, body: B) => Effect.Effect<O, E, R>
}) =>
  endpoint({
    method: "post",
    path: `/api/v1/pilot-units/:id/${a.action}`,
    operationId: a.operationId,
    summary: a.summary,
    ...(a.description !== undefined ? { description: a.description } : {}),
    tag: TAG,
    roles: ["clerk"],
    params: Id,
    body: a.body,
    response: a.response,
    problems: [404, 409],
    handler: ({ params, body, caller }) => a.run(actorOf(caller), params.id, body),
  })

export const pilotUnits = [
  endpoint({
    method: "post",
    path: "/api/v1/pilot-units",
    operationId: "applyPilotUnit",
    summary: "File a unit's application to be a pilot unit (Annex 1, 第八条（一）)",
    description:
      "Refused (409 with `clause`) for a unit outside Shaoxing (第七条), after the year's deadline without `lateReason` (第六条), or when the same unit — its name compared without spaces, case or full-width differences — has already applied for that year (`already-applied`, 第五条: units are chosen yearly, each once). An enterprise-HR key bound to a pilot unit files no application (403 `key-bound-to-unit` naming `body.application`): filing creates a new unit, which is not the key's. Honours Idempotency-Key.",
    tag: TAG,
    roles: ["enterprise-hr", "clerk"],
    body: ApplyBody,
    idempotent: true,
    response: {
      status: 201,
      description: "The application as recorded (contacts included: the caller's own input)",
      schema: PilotUnits.PilotUnit,
    },
    problems: [409],
    handler: ({ body, caller }) =>
      refuseBoundKey(caller, body.application.unitName).pipe(
        Effect.zipRight(
          PilotUnits.apply(actorOf(caller), {
            application: body.application,
            ...(body.lateReason !== undefined ? { lateReason: body.lateReason } : {}),
          }),
        ),
      ),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/pilot-units",
    operationId: "listPilotUnits",
    summary: "The units that applied for a year, public view (no contact data)",
    tag: TAG,
    roles: "public",
    query: Schema.Struct({ year: YearQuery, status: Schema.optional(PilotUnits.PilotStatus) }),
    response: {
      status: 200,
      description: "Public views, oldest application first",
      schema: Schema.Array(PilotUnitPublic),
    },
    problems: [422],
    handler: ({ query }) =>
      Effect.map(PilotUnits.listPublic(query.year), (us) =>
        query.status === undefined ? us : us.filter((u) => u.status === query.status),
      ),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/pilot-units/:id",
    operationId: "getPilotUnit",
    summary: "A pilot unit, public view (no contact person, no telephone number)",
    description: "The bureau's full record is `GET /api/v1/pilot-units/{id}/record`.",
    tag: TAG,
    roles: "public",
    params: Id,
    response: { status: 200, description: "The public view", schema: PilotUnitPublic },
    problems: [404, 422],
    handler: ({ params }) => Effect.map(PilotUnits.get(params.id), PilotUnits.toPublic),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/pilot-units/:id/record",
    operationId: "getPilotUnitRecord",
    summary:
      "A pilot unit's full record for the bureau: application with contacts, decisions, reviews, conditions to verify",
    tag: TAG,
    roles: ["clerk"],
    params: Id,
    response: { status: 200, description: "The full record", schema: PilotUnitRecord },
    problems: [404, 422],
    handler: ({ params }) =>
      Effect.gen(function* () {
        const unit = yield* PilotUnits.get(params.id)
        const reviews = yield* Effect.flatMap(PilotUnits.PilotUnitRepository, (r) => r.reviews(unit.id))
        return { unit, reviews, conditions: PilotUnits.conditionsOf(unit) }
      }),
  }),
  unitAction({
    action: "recommendation",
    operationId: "recommendPilotUnit",
    summary:
      "Record the district's verification and recommendation, or its refusal to recommend (第八条（二）)",
    body: RecommendationBody,
    response: {
      status: 200,
      description: "The unit, recommended or not-recommended",
      schema: PilotUnits.PilotUnit,
    },
    run: (actor, id, body) => PilotUnits.recommend(actor, id, body),
  }),
  unitAction({
    action: "selection",
    operationId: "selectPilotUnit",
    summary:
      "Record the city bureau's selection of a recommended unit with the approved scope (第八条（三）)",
    description:
      "Recorded by a clerk on the city bureau's behalf (or an admin). The 7th unit of a year is refused (409, `clause` 第五条 一般每年不超过6家) unless `overCapReason` is given, which is recorded and audited.",
    body: SelectionBody,
    response: { status: 200, description: "The selected unit", schema: PilotUnits.PilotUnit },
    run: (actor, id, body) =>
      PilotUnits.select(actor, id, {
        opinion: body.opinion,
        scope: body.scope,
        ...(body.overCapReason !== undefined ? { overCapReason: body.overCapReason } : {}),
      }),
  }),
  unitAction({
    action: "decline",
    operationId: "declinePilotUnit",
    summary: "Record the city bureau's refusal of a recommended unit (第八条（三）)",
    body: DeclineBody,
    response: { status: 200, description: "The unit, not-selected", schema: PilotUnits.PilotUnit },
    run: (actor, id, body) => PilotUnits.decline(actor, id, body),
  }),
  unitAction({
    action: "review",
    operationId: "reviewPilotUnit",
    summary:
      "Record the year-end review of a selected unit (第十三条); a failed review ends it after that year",
    description: "May be recorded from 1 December of the year reviewed; one review per unit and year.",
    body: ReviewBody,
    response: { status: 200, description: "The review and the unit after it", schema: ReviewResult },
    run: (actor, id, body) => PilotUnits.review(actor, id, body),
  }),
  unitAction({
    action: "exit",
    operationId: "exitPilotUnit",
    summary: "Take a selected unit out of the scheme other than by a failed review (第十三条 退出机制)",
    description: "`lastYear` (default: this year) is the last year the unit adopts titles.",
    body: ExitBody,
    response: { status: 200, description: "The exited unit", schema: PilotUnits.PilotUnit },
    run: (actor, id, body) =>
      PilotUnits.exit(actor, id, {
        reason: body.reason,
        ...(body.lastYear !== undefined ? { lastYear: body.lastYear } : {}),
      }),
  }),
  endpoint({
    method: "put",
    path: "/api/v1/pilot-units/:id/adoptions/:year/figures",
    operationId: "recordAdoptionFigures",
    summary:
      "Record a pilot unit's figures for a year: insured staff that year, graduate hires the year before (000 第九条)",
    description:
      "The one source of the unit's adoption cap for the year (the larger of 5% of insured staff and 50% of last year's graduate hires, DOMAIN.md ruling 1): both roster finalisation and the recommendation of adoption-track applications check against it. The figures are the unit's own, so its HR supplies them (or a clerk on its behalf); recording again replaces them for later checks and is audited with both. An enterprise-HR key bound to a pilot unit records only that unit's figures (403 `key-bound-to-unit` naming `path.id` for another). Refused (409) for a year the unit is not a pilot; 422 for figures that are not whole numbers of 0 or more.",
    tag: TAG,
    roles: ["enterprise-hr", "clerk"],
    params: IdYear,
    body: AdoptionCapInput,
    response: { status: 200, description: "The figures as recorded", schema: Adoptions.RecordedFigures },
    problems: [404, 409],
    handler: ({ params, body, caller }) =>
      requireUnit(caller, "path.id", params.id).pipe(
        Effect.zipRight(Adoptions.recordFigures(actorOf(caller), params.id, params.year, body)),
      ),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/pilot-units/:id/adoptions/:year",
    operationId: "getAdoptionUsage",
    summary:
      "A pilot unit's adoption cap for a year: its figures, the cap, and the people adopted (rosters and applications, each once)",
    description:
      "`edition` (default shaoxing-adoption-draft, whose Annex 2 the rosters are) selects the applications counted. `cap` and `remaining` are absent until the unit's figures for the year are recorded. An enterprise-HR key bound to a pilot unit reads only that unit's (403 `key-bound-to-unit` naming `path.id` for another).",
    tag: TAG,
    roles: ["enterprise-hr", "clerk", "committee"],
    params: IdYear,
    query: Schema.Struct({ edition: Schema.optional(IdParam) }),
    response: { status: 200, description: "Figures, cap and count", schema: AdoptionUsage },
    problems: [404, 422],
    handler: ({ params, query, caller }) =>
      requireUnit(caller, "path.id", params.id).pipe(
        Effect.zipRight(Adoptions.usage(params.id, params.year, query.edition)),
      ),
  }),
]
