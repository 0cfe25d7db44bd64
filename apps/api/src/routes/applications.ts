/**
 * Applications for a title and their guarded lifecycle, one POST per transition.
 *
 * Roles: the applicant's enterprise HR creates, submits and withdraws; a bureau clerk may do the same
 * for applications taken at the counter, and reviews, publishes, passes publicity and recommends; the
 * committee decides. Enterprise HR sees and acts on only the applications its own API key created. A key
 * bound to a pilot unit (`Caller.unit`) creates applications for that unit only (403 naming
 * `body.unit` otherwise); an unbound key — as every key was before binding existed — may write any
 * `unit`, which is then not a credential. Someone else's application answers 404, not 403, so that
 * HR keys cannot probe which ids exist.
 *
 * Personal data: responses never contain the resident ID number (it is not stored) nor its HMAC
 * (`ApplicationView` drops `idHmac`; the stored profile has no `residentId`).
 */
import {
  Application,
  ApplicationState,
  Applications,
  type ApplicationsApi,
  ApplicationTarget,
  cursorOf,
  type ListCursor,
  NewApplication,
  nextSteps,
  Outcome,
  Transition,
} from "@zhicheng/domain/Applications"
import type { Role } from "@zhicheng/domain/Audit"
import { Profile } from "@zhicheng/domain/Profile"
import * as Registry from "@zhicheng/domain/Registry"
import { ResidentId } from "@zhicheng/domain/ResidentId"
import { SafeText } from "@zhicheng/domain/Text"
import { Effect, Either, Encoding, ParseResult, Schema } from "effect"
import { type Caller, endpoint, requireUnit } from "../Endpoint.ts"
import { InvalidInput, NotFound } from "../Errors.ts"

const TAG = "applications"
const Reason = SafeText({ maxLength: 2000, multiline: true })

const { residentId: _residentId, ...storedProfileFields } = Profile.fields
/** The profile as stored and returned: the domain's Profile without `residentId`. */
export const StoredProfile = Schema.Struct(storedProfileFields).annotations({ identifier: "StoredProfile" })

const { idHmac: _idHmac, profile: _profile, ...viewFields } = Application.fields
/** An application as the API returns it: never the ID number, never its HMAC. */
export const ApplicationView = Schema.Struct({
  ...viewFields,
  profile: StoredProfile,
  /**
   * The states this application may move to next under its edition's procedure
   * (`Applications.nextSteps`): a front end offers these steps and no other; each is still checked
   * (deadlines, caps, bans, roles) when taken.
   */
  next: Schema.Array(ApplicationState).annotations({
    description:
      "The states this application may move to next under its edition's procedure (a notice only where the text names a publicity step); each step is still checked when taken",
  }),
}).annotations({
  identifier: "ApplicationView",
})
export type ApplicationView = typeof ApplicationView.Type

/** Strips what must not leave the server (the schema's encoding would drop it too; this is the rule in code). */
export const view = (a: Application): ApplicationView => {
  const { idHmac: _h, profile, ...rest } = a
  const { residentId: _r, ...safeProfile } = profile
  return { ...rest, profile: safeProfile, next: nextSteps(a) }
}

/**
 * The domain's NewApplication, with what the domain would refuse later said by the schema, so that a
 * refusal names the body field: the resident ID number is required, the edition and track must exist
 * in the registry, and a name is needed (`name` or `profile.name`).
 */
const CreateBody = Schema.Struct({
  ...NewApplication.fields,
  profile: Schema.Struct({ ...Profile.fields, residentId: ResidentId }),
})
  .pipe(
    Schema.filter((b) => {
      const edition = Registry.EDITIONS.find((e) => e.id === b.edition)
      const issues: Array<Schema.FilterIssue> = []
      if (edition === undefined)
        issues.push({
          path: ["edition"],
          message: `no edition "${b.edition}"; known: ${Registry.EDITIONS.map((e) => e.id).join(", ")}`,
        })
      else if (!edition.tracks.some((t) => t.id === b.track))
        issues.push({ path: ["track"], message: `edition ${b.edition} has no track "${b.track}"` })
      if ((b.name ?? b.profile.name ?? "").trim() === "")
        issues.push({ path: ["name"], message: "the applicant's name is needed (name or profile.name)" })
      return issues.length === 0 ? true : issues
    }),
  )
  .annotations({ identifier: "NewApplicationRequest" })

/** Domain refusals of one input field, named by `field` relative to the request body. */
const FIELD_TAGS: ReadonlySet<string> = new Set([
  "InvalidApplication",
  "InvalidTarget",
  "UnknownPilotUnit",
  "InvalidNotice",
  "ReasonRequired",
])
type FieldRefusal = {
  readonly _tag: string
  readonly field: string
  readonly message: string
  readonly clause?: unknown
}
const isFieldRefusal = (e: unknown): e is FieldRefusal =>
  typeof e === "object" &&
  e !== null &&
  FIELD_TAGS.has((e as { _tag?: string })._tag ?? "") &&
  typeof (e as { field?: unknown }).field === "string"

/**
 * Restates a domain refusal of an input field as the API's 422 naming `body.<path>` (`rename` maps the
 * domain's field names to the request's, e.g. `ids` → `applications`), keeping the clause it cites.
 */
export const asBodyErrors =
  (rename: Readonly<Record<string, string>> = {}) =>
  <A, E, R>(self: Effect.Effect<A, E, R>) =>
    Effect.catchIf(
      self,
      (e): e is Extract<E, FieldRefusal> => isFieldRefusal(e),
      (e) => {
        const head = e.field.split(".")[0] as string
        const path =
          rename[head] !== undefined ? [rename[head], ...e.field.split(".").slice(1)].join(".") : e.field
        return Effect.fail(
          new InvalidInput({
            message: e.message,
            errors: [{ path: `body.${path}`, rule: e.message }],
            ...(e.clause !== undefined ? { clause: e.clause } : {}),
          }),
        )
      },
    )

const IdParams = Schema.Struct({ id: SafeText({ maxLength: 200 }) })

const StepBody = Schema.Struct({ reason: Schema.optional(Reason) }).annotations({ identifier: "StepRequest" })

const SubmitBody = Schema.Struct({
  reason: Schema.optional(Reason),
  /**
   * Recorded and audited when the application is taken before a window's soft start (004 一: July
   * "in principle", DOMAIN.md ruling 11); ignored otherwise.
   */
  earlyStartReason: Schema.optional(Reason),
}).annotations({ identifier: "SubmitRequest" })

const RecommendBody = Schema.Struct({
  reason: Schema.optional(Reason),
  /** Recorded and audited when the recommendation goes over the adoption cap ("原则上", 000 第九条). */
  overrideReason: Schema.optional(Reason),
}).annotations({ identifier: "RecommendRequest" })

const DecideBody = Schema.Struct({ outcome: Outcome, reason: Schema.optional(Reason) }).annotations({
  identifier: "DecideRequest",
})

const RecordTargetBody = Schema.Struct({
  /** The level sought, as the applicant gave it. */
  target: ApplicationTarget,
  /** Where the level comes from (e.g. the applicant's form); audited. */
  reason: Reason,
}).annotations({ identifier: "RecordTargetRequest" })

const CertificateIssuedBody = Schema.Struct({
  certificateNo: SafeText({ maxLength: 100 }),
  reason: Schema.optional(Reason),
}).annotations({ identifier: "CertificateIssuedRequest" })

/** Largest page of the list. */
export const MAX_PAGE = 200
const DEFAULT_PAGE = 50

/** An instant as `Applications.create` records it (`Date.toISOString`). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** The cursor as handed out: base64url of the JSON pair `[createdAt, id]` of a page's last application. */
export const encodeCursor = (c: ListCursor): string =>
  Encoding.encodeBase64Url(JSON.stringify([c.createdAt, c.id]))

/** The position an `encodeCursor` string names, or undefined for anything else. */
export const decodeCursor = (s: string): ListCursor | undefined => {
  const text = Encoding.decodeBase64UrlString(s)
  if (Either.isLeft(text)) return undefined
  let pair: unknown
  try {
    pair = JSON.parse(text.right)
  } catch {
    return undefined
  }
  if (!Array.isArray(pair) || pair.length !== 2) return undefined
  const [createdAt, id] = pair as ReadonlyArray<unknown>
  return typeof createdAt === "string" && INSTANT.test(createdAt) && typeof id === "string" && id !== ""
    ? { createdAt, id }
    : undefined
}

/**
 * `after`: opaque to clients, who pass a page's `next` unchanged. Anything else — made up, cut short,
 * from another API — is refused (422 naming `query.after`), never read as "from the start".
 */
const Cursor = Schema.transformOrFail(
  Schema.String.pipe(Schema.minLength(1), Schema.maxLength(1000)).annotations({
    description: "The `next` of the previous page, unchanged (opaque)",
  }),
  Schema.Struct({ createdAt: Schema.String, id: Schema.String }),
  {
    strict: true,
    decode: (s, _, ast) => {
      const c = decodeCursor(s)
      return c !== undefined
        ? ParseResult.succeed(c)
        : ParseResult.fail(
            new ParseResult.Type(
              ast,
              s,
              "not a cursor this API handed out: pass the `next` of the previous page unchanged",
            ),
          )
    },
    encode: (c) => ParseResult.succeed(encodeCursor(c)),
  },
)

const ListQuery = Schema.Struct({
  state: Schema.optional(ApplicationState),
  edition: Schema.optional(SafeText({ maxLength: 200 })),
  unit: Schema.optional(SafeText({ maxLength: 200 })),
  after: Schema.optional(Cursor),
  limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, MAX_PAGE))),
})

const Page = Schema.Struct({
  applications: Schema.Array(ApplicationView),
  /** Pass as `after` for the next page; absent on the last page. */
  next: Schema.optional(
    Schema.String.annotations({ description: "Pass as `after` for the next page; absent on the last page" }),
  ),
}).annotations({ identifier: "ApplicationPage" })

const actorOf = (caller: Caller) => ({ id: caller.id, role: caller.role })

const notFound = (id: string) => new NotFound({ message: `no application ${id}` })

/** Whether `caller` may see the application: enterprise HR only those its key created, other roles all. */
const visibleTo = (caller: Caller) => (a: Application) =>
  caller.role !== "enterprise-hr" || a.createdBy === caller.id

/** The application, or 404 when `caller` may not see it (as when it does not exist). */
const getVisible = (id: string, caller: Caller) =>
  Effect.flatMap(Applications, (svc) => svc.get(id)).pipe(
    Effect.filterOrFail(visibleTo(caller), () => notFound(id)),
  )

/**
 * Fails with 404 when an enterprise-HR caller did not create the application (its stored
 * `createdBy`); other roles pass without a read. Runs before every read or step an HR key may take.
 */
const guardOwner = (id: string, caller: Caller) =>
  caller.role !== "enterprise-hr" ? Effect.void : Effect.asVoid(getVisible(id, caller))

const step = (reason: string | undefined, caller: Caller) => ({
  actor: actorOf(caller),
  ...(reason !== undefined ? { reason } : {}),
})

type StepInput = ReturnType<typeof step>

const transitionProblems = [404, 409, 422]

/**
 * One POST per lifecycle step: `POST /api/v1/applications/{id}/<verb>` answering the application
 * after the step. Enterprise HR may step only the applications it created (`guardOwner`, which
 * passes every other role).
 */
const transition = <B extends { readonly reason?: string | undefined }, I, E>(t: {
  readonly verb: string
  readonly operationId: string
  readonly summary: string
  readonly description?: string
  readonly roles: ReadonlyArray<Role>
  readonly body: Schema.Schema<B, I, never>
  /** The response's description. */
  readonly result: string
  readonly run: (svc: ApplicationsApi, id: string, body: B, step: StepInput) => Effect.Effect<Application, E>
}) =>
  endpoint({
    method: "post",
    path: `/api/v1/applications/:id/${t.verb}`,
    operationId: t.operationId,
    summary: t.summary,
    ...(t.description !== undefined ? { description: t.description } : {}),
    tag: TAG,
    roles: t.roles,
    params: IdParams,
    body: t.body,
    response: { status: 200, description: t.result, schema: ApplicationView },
    problems: transitionProblems,
    handler: ({ params, body, caller }) =>
      guardOwner(params.id, caller).pipe(
        Effect.zipRight(
          Effect.flatMap(Applications, (svc) => t.run(svc, params.id, body, step(body.reason, caller))),
        ),
        Effect.map(view),
      ),
  })

export const applications = [
  endpoint({
    method: "post",
    path: "/api/v1/applications",
    operationId: "createApplication",
    summary: "Create a draft application for a track of an edition",
    description:
      "The profile must carry `residentId`: it is checked, hashed (HMAC under a server key) for integrity-ban lookups and dropped; no response ever contains it. `target` is the level sought: required on a track open at any level (its conditions and the certificate depend on it), otherwise the track's level when omitted and refused when it disagrees (422 naming `body.target`, citing the track). On an adoption track `unit` is the pilot unit's id: an id that is no pilot unit's is refused (422 naming `body.unit`, citing 000 第五条), and a unit that adopts no titles this year is 409 `not-pilot-this-year` (000 第十三条 when it left the scheme) — checked again at every step. One person (by ID HMAC) holds one live application per edition and level: a second is 409 `duplicate-application` (DOMAIN.md, personal data and certificates), checked under a lock on the person. An enterprise-HR key bound to a pilot unit may name only that unit: another `unit` is 403 `key-bound-to-unit` naming `body.unit`. Honours Idempotency-Key.",
    tag: TAG,
    roles: ["enterprise-hr", "clerk"],
    body: CreateBody,
    idempotent: true,
    response: { status: 201, description: "The draft", schema: ApplicationView },
    problems: [404, 409, 422],
    handler: ({ body, caller }) =>
      requireUnit(caller, "body.unit", body.unit).pipe(
        Effect.zipRight(
          Effect.flatMap(Applications, (svc) => svc.create(body, actorOf(caller))).pipe(asBodyErrors()),
        ),
        Effect.map(view),
      ),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/applications",
    operationId: "listApplications",
    summary: "List applications page by page, filtered by state, edition and unit",
    description: `In creation order (then by id), at most \`limit\` (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}) a page; \`next\`, absent on the last page, is the \`after\` of the next page (an opaque cursor: a page starts right after the previous one, however many applications were created meanwhile). Enterprise HR sees only the applications its own key created (under its name, across rotations), bound to a unit or not.`,
    tag: TAG,
    roles: ["enterprise-hr", "clerk", "committee"],
    query: ListQuery,
    response: { status: 200, description: "One page of matching applications", schema: Page },
    problems: [422],
    handler: ({ query, caller }) =>
      Effect.gen(function* () {
        const svc = yield* Applications
        const limit = query.limit ?? DEFAULT_PAGE
        // One row more than asked tells whether there is a next page (as the audit log pages).
        const rows = yield* svc.list({
          ...(query.state !== undefined ? { state: query.state } : {}),
          ...(query.edition !== undefined ? { edition: query.edition } : {}),
          ...(query.unit !== undefined ? { unit: query.unit } : {}),
          ...(caller.role === "enterprise-hr" ? { createdBy: caller.id } : {}),
          ...(query.after !== undefined ? { after: query.after } : {}),
          limit: limit + 1,
        })
        const applications = rows.slice(0, limit).map(view)
        const last = rows[limit - 1]
        return rows.length > limit && last !== undefined
          ? { applications, next: encodeCursor(cursorOf(last)) }
          : { applications }
      }),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/applications/:id",
    operationId: "getApplication",
    summary: "One application",
    tag: TAG,
    roles: ["enterprise-hr", "clerk", "committee"],
    params: IdParams,
    response: { status: 200, description: "The application", schema: ApplicationView },
    problems: [404],
    handler: ({ params, caller }) => Effect.map(getVisible(params.id, caller), view),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/applications/:id/history",
    operationId: "applicationHistory",
    summary: "Every recorded transition of an application, oldest first",
    tag: TAG,
    roles: ["enterprise-hr", "clerk", "committee"],
    params: IdParams,
    response: { status: 200, description: "The transitions", schema: Schema.Array(Transition) },
    problems: [404],
    handler: ({ params, caller }) =>
      guardOwner(params.id, caller).pipe(
        Effect.zipRight(Effect.flatMap(Applications, (svc) => svc.history(params.id))),
      ),
  }),
  transition({
    verb: "submit",
    operationId: "submitApplication",
    summary:
      "draft → submitted: checks the individual deadline, the evaluation window, the level sought, integrity bans and eligibility today at that level",
    description:
      "Before a window that starts only in principle (004 一, July; DOMAIN.md ruling 11) the application is taken only with `earlyStartReason`, which is recorded in the transition and audited; without it 409 `evaluation-window-closed`. Its end is hard: nothing of one year's evaluation happens in the next. On an adoption track the pilot unit must adopt titles this year (409 `not-pilot-this-year`, citing 000 第十三条 when it left the scheme).",
    roles: ["enterprise-hr", "clerk"],
    body: SubmitBody,
    result: "The submitted application",
    run: (svc, id, body, step) =>
      svc.submit(id, {
        ...step,
        ...(body.earlyStartReason !== undefined ? { earlyStartReason: body.earlyStartReason } : {}),
      }),
  }),
  transition({
    verb: "unit-review",
    operationId: "unitReviewApplication",
    summary:
      "submitted → unit-reviewed: records the unit's review; checks the unit deadline and the evaluation window",
    roles: ["clerk"],
    body: StepBody,
    result: "The reviewed application",
    run: (svc, id, _body, step) => svc.unitReview(id, step),
  }),
  transition({
    verb: "pass-publicity",
    operationId: "passPublicity",
    summary: "in-publicity → publicity-passed once the period has ended with no open or upheld objection",
    roles: ["clerk"],
    body: StepBody,
    result: "The application",
    run: (svc, id, _body, step) => svc.passPublicity(id, step),
  }),
  transition({
    verb: "mark-objected",
    operationId: "markApplicationObjected",
    summary: "in-publicity → objected; needs an upheld objection on its notice",
    description:
      "Upholding an objection (POST /api/v1/objections/{id}/resolution) already does this; this is for a notice resolved before.",
    roles: ["clerk"],
    body: StepBody,
    result: "The application",
    run: (svc, id, _body, step) => svc.markObjected(id, step),
  }),
  transition({
    verb: "recommend",
    operationId: "recommendApplication",
    summary:
      "publicity-passed → recommended (or unit-reviewed → recommended where the procedure names no publicity step): deadlines, integrity bans, eligibility today, caps",
    description:
      "Where the application's procedure (its track's, else its edition's) names a publicity step, only a publicity-passed application is recommended (409 `invalid-transition` from unit-reviewed, citing the clause that names it); where it names none — the text is silent, or the track is marked 无须公示 — a unit-reviewed one is, and the transition records why. Deadlines the text names bind it (002: the employer's recommendation by 2023-09-21, 五(二)). On 002's exceptional track B the enterprise's recommendations are capped (3 with a national honour, 2 with a provincial one; 附件1 二(二)2 B类): the next is 409 `quota-exceeded`, checked under a lock on the enterprise. On an adoption track (000) the application's `unit` is its pilot unit's id, and the recommendation counts against the unit's cap for the year (000 第九条) together with its finalised rosters, each person once, from the figures the unit recorded for the year (`PUT /api/v1/pilot-units/{id}/adoptions/{year}/figures`). No pilot unit or no figures: 409 `quota-figures-missing`. Over the cap: 409 `quota-exceeded` with the count and the cap, unless `overrideReason` is given, which is recorded and audited.",
    roles: ["clerk"],
    body: RecommendBody,
    result: "The recommended application",
    run: (svc, id, body, step) =>
      svc.recommend(id, {
        ...step,
        ...(body.overrideReason !== undefined ? { overrideReason: body.overrideReason } : {}),
      }),
  }),
  transition({
    verb: "decide",
    operationId: "decideApplication",
    summary: "recommended → decided (approved | rejected), inside the evaluation window",
    roles: ["committee"],
    body: DecideBody,
    result: "The decided application",
    run: (svc, id, body, step) => svc.decide(id, { ...step, outcome: body.outcome }),
  }),
  transition({
    verb: "certificate-issued",
    operationId: "markCertificateIssued",
    summary: "decided (approved) → certificate-issued, recording the certificate number",
    roles: ["clerk"],
    body: CertificateIssuedBody,
    result: "The application",
    run: (svc, id, body, step) =>
      svc.markCertificateIssued(id, body.certificateNo, step).pipe(asBodyErrors()),
  }),
  transition({
    verb: "target",
    operationId: "recordApplicationTarget",
    summary: "Record the level sought on an application stored before it was recorded",
    description:
      "Only for an application that records no `target` (created before levels were recorded, on a track open at any level): until then it cannot be submitted and gets no certificate (422 naming `target` / `level`). Recorded once, with a reason, audited; the state does not change. The level must agree with the track (422 naming `body.target`, citing the track).",
    roles: ["clerk"],
    body: RecordTargetBody,
    result: "The application with its level sought",
    run: (svc, id, body, step) =>
      svc
        .recordTarget(id, { actor: step.actor, target: body.target, reason: body.reason })
        .pipe(asBodyErrors()),
  }),
  transition({
    verb: "withdraw",
    operationId: "withdrawApplication",
    summary: "Withdraw an application in any state before the decision",
    roles: ["enterprise-hr", "clerk"],
    body: StepBody,
    result: "The withdrawn application",
    run: (svc, id, _body, step) => svc.withdraw(id, step),
  }),
]
