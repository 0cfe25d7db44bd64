/**
 * Publicity (公示) notices and objections (异议).
 *
 * A clerk opens a notice for unit-reviewed applications (they move to in-publicity). Anyone may read a
 * notice's public view — name, employer, specialty, title and track of each entry, the period and how
 * to object; never an id of a person, an ID number or a contact (PIPL arts. 6, 25; DOMAIN.md) — and
 * may object to an entry, naming it by its position on that list (the public view carries no ids).
 * The objector's contact is stored for the reply and returned only to clerks.
 */
import { Applications } from "@zhicheng/domain/Applications"
import { Citation } from "@zhicheng/domain/Citation"
import { CivilDate } from "@zhicheng/domain/CivilDate"
import {
  Notice,
  NoticeId,
  Objection,
  ObjectionStatus,
  PublicEntry,
  Publicity,
  type PublicNotice,
} from "@zhicheng/domain/Publicity"
import { SafeText } from "@zhicheng/domain/Text"
import { Effect, Schema } from "effect"
import { type Caller, endpoint } from "../Endpoint.ts"
import { InvalidInput } from "../Errors.ts"
import { ApplicationView, asBodyErrors, view } from "./applications.ts"

const TAG = "publicity"
const Id = SafeText({ maxLength: 200 })
const IdParams = Schema.Struct({ id: Id })

const actorOf = (caller: Caller) => ({ id: caller.id, role: caller.role })

/** The public face of a notice (the domain's `PublicNotice`, as a schema for the response). */
export const PublicNoticeView = Schema.Struct({
  notice: NoticeId,
  edition: Schema.String,
  published: CivilDate,
  start: CivilDate,
  end: CivilDate,
  period: Schema.String,
  entries: Schema.Array(PublicEntry),
  howToObject: Schema.String,
  clause: Citation,
}).annotations({ identifier: "PublicNotice" })

/** The schema says exactly what the domain's public view is. */
const _sameShape: Schema.Schema.Type<typeof PublicNoticeView> extends PublicNotice
  ? PublicNotice extends Schema.Schema.Type<typeof PublicNoticeView>
    ? true
    : never
  : never = true
void _sameShape

const OpenBody = Schema.Struct({
  /** Unit-reviewed applications of one edition, each once. */
  applications: Schema.Array(Id).pipe(Schema.minItems(1), Schema.maxItems(1000)),
  /** How and where to object: the bureau's office, address or telephone (public). */
  howToObject: SafeText({ maxLength: 2000, multiline: true }),
  /** Publication day; today (China time) when absent; never in the past. */
  published: Schema.optional(CivilDate),
  /**
   * The last day, only where the edition's text names the publicity step but no period (001 一、3):
   * the publisher states it. Refused where the edition fixes the period.
   */
  end: Schema.optional(CivilDate),
}).annotations({ identifier: "OpenNoticeRequest" })

const OpenResult = Schema.Struct({ notice: Notice, applications: Schema.Array(ApplicationView) }).annotations(
  {
    identifier: "OpenedNotice",
  },
)

const ObjectionBody = Schema.Struct({
  /** The entry objected to, by its position on the public list (1 = first). */
  entry: Schema.Int.pipe(Schema.between(1, 10_000)),
  text: SafeText({ maxLength: 10_000, multiline: true }),
  objector: Schema.Struct({
    name: Schema.optional(SafeText({ maxLength: 200, allowEmpty: true })),
    contact: SafeText({ maxLength: 500 }),
  }),
}).annotations({ identifier: "ObjectionRequest" })

/** What the public gets back for an objection: its reference, not its contents or contact. */
const ObjectionReceipt = Schema.Struct({
  objection: Schema.String,
  notice: Schema.String,
  entry: Schema.Int,
  filedOn: CivilDate,
  status: ObjectionStatus,
}).annotations({ identifier: "ObjectionReceipt" })

const ResolutionBody = Schema.Struct({
  resolution: Schema.Literal("upheld", "dismissed"),
  reason: SafeText({ maxLength: 2000, multiline: true }),
}).annotations({ identifier: "ObjectionResolutionRequest" })

const ResolutionResult = Schema.Struct({
  objection: Objection,
  /** The application objected to, when upholding moved it to "objected". */
  application: Schema.optional(ApplicationView),
}).annotations({ identifier: "ObjectionResolution" })

export const publicity = [
  endpoint({
    method: "post",
    path: "/api/v1/publicity-notices",
    operationId: "openPublicityNotice",
    summary: "Publish a notice for unit-reviewed applications of one edition; they move to in-publicity",
    description:
      "Only for applications whose procedure names a publicity step (409 `invalid-transition` otherwise, citing the clause that says none is required, or saying the text names none). The period follows the edition's publicity rule and the official work calendar; where the text names the step but no period (001 一、3) the publisher gives `end`. `published` defaults to today and may not be in the past. A deadline the step precedes binds it: 002's employer must recommend by 2023-09-21, so a notice that would end on or after that day is 409 `publicity-ends-too-late` (五(二), 二(二)). Honours Idempotency-Key.",
    tag: TAG,
    roles: ["clerk"],
    body: OpenBody,
    idempotent: true,
    response: { status: 201, description: "The notice and the applications on it", schema: OpenResult },
    problems: [404, 409, 422],
    handler: ({ body, caller }) =>
      Effect.flatMap(Applications, (svc) =>
        svc.startPublicity(body.applications, {
          actor: actorOf(caller),
          howToObject: body.howToObject,
          ...(body.published !== undefined ? { published: body.published } : {}),
          ...(body.end !== undefined ? { end: body.end } : {}),
        }),
      ).pipe(
        asBodyErrors({ ids: "applications", subjects: "applications" }),
        Effect.map(({ notice, applications }) => ({ notice, applications: applications.map(view) })),
      ),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/publicity-notices",
    operationId: "listCurrentPublicityNotices",
    summary: "The notices running today (China time), public views only, latest first",
    description:
      "What a citizen may still object to: every open notice whose period includes today, each with the minimum public fields (name, employer, specialty, title, track), its period and how to object — never an ID number or a contact. At most 200.",
    tag: TAG,
    roles: "public",
    response: {
      status: 200,
      description: "The running notices",
      schema: Schema.Struct({ notices: Schema.Array(PublicNoticeView) }),
    },
    problems: [],
    handler: () =>
      Effect.map(
        Effect.flatMap(Publicity, (svc) => svc.current),
        (notices) => ({ notices }),
      ),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/publicity-notices/:id",
    operationId: "getPublicityNotice",
    summary:
      "A notice's public view: entries (name, employer, specialty, title, track), period, how to object",
    tag: TAG,
    roles: "public",
    params: IdParams,
    response: { status: 200, description: "The public view", schema: PublicNoticeView },
    problems: [404],
    handler: ({ params }) => Effect.flatMap(Publicity, (svc) => svc.publicView(params.id)),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/publicity-notices/:id/objections",
    operationId: "fileObjection",
    summary: "Object to an entry of a notice during its period (publication day to 24:00 on the end date)",
    description:
      "Public and rate limited. Name the entry by its position on the public list. The contact is kept to reply to you and is never shown publicly; the receipt gives the objection's reference only. Honours Idempotency-Key.",
    tag: TAG,
    roles: "public",
    params: IdParams,
    body: ObjectionBody,
    idempotent: true,
    response: { status: 201, description: "The objection's receipt", schema: ObjectionReceipt },
    problems: [404, 409, 422],
    handler: ({ params, body }) =>
      Effect.gen(function* () {
        const svc = yield* Publicity
        const notice = yield* svc.get(params.id)
        const subject = notice.subjects[body.entry - 1]
        if (subject === undefined)
          return yield* new InvalidInput({
            message: `notice ${notice.id} lists ${notice.subjects.length} entr${notice.subjects.length === 1 ? "y" : "ies"}; there is no entry ${body.entry}`,
            errors: [
              {
                path: "body.entry",
                rule: `between 1 and ${notice.subjects.length}, the entry's position on the notice`,
              },
            ],
          })
        const o = yield* svc.fileObjection({
          notice: notice.id,
          subject: { kind: subject.kind, id: subject.id },
          text: body.text,
          objector: {
            ...(body.objector.name !== undefined ? { name: body.objector.name } : {}),
            contact: body.objector.contact,
          },
        })
        return { objection: o.id, notice: o.notice, entry: body.entry, filedOn: o.filedOn, status: o.status }
      }),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/publicity-notices/:id/objections",
    operationId: "listObjections",
    summary: "A notice's objections with the objectors' contacts (clerks only)",
    tag: TAG,
    roles: ["clerk"],
    params: IdParams,
    query: Schema.Struct({ status: Schema.optional(ObjectionStatus) }),
    response: { status: 200, description: "The objections", schema: Schema.Array(Objection) },
    problems: [404, 422],
    handler: ({ params, query }) =>
      Effect.gen(function* () {
        const svc = yield* Publicity
        yield* svc.get(params.id)
        return yield* svc.objections({
          notice: params.id,
          ...(query.status !== undefined ? { status: query.status } : {}),
        })
      }),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/objections/:id/resolution",
    operationId: "resolveObjection",
    summary: "Uphold or dismiss an objection, with a reason; upholding moves its application to objected",
    tag: TAG,
    roles: ["clerk"],
    params: IdParams,
    body: ResolutionBody,
    response: {
      status: 200,
      description: "The resolved objection (and the application, when it moved)",
      schema: ResolutionResult,
    },
    problems: [404, 409, 422],
    handler: ({ params, body, caller }) =>
      Effect.flatMap(Applications, (svc) =>
        svc.resolveObjection(params.id, {
          resolution: body.resolution,
          reason: body.reason,
          actor: actorOf(caller),
        }),
      ).pipe(
        asBodyErrors(),
        Effect.map(({ objection, application }) => ({
          objection,
          ...(application !== undefined ? { application: view(application) } : {}),
        })),
      ),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/publicity-notices/:id/close",
    operationId: "closePublicityNotice",
    summary: "Close a notice once its period has ended and no objection is open",
    tag: TAG,
    roles: ["clerk"],
    params: IdParams,
    response: { status: 200, description: "The closed notice", schema: Notice },
    problems: [404, 409],
    handler: ({ params, caller }) =>
      Effect.flatMap(Publicity, (svc) => svc.close(params.id, { actor: actorOf(caller) })),
  }),
]
