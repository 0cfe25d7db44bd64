/**
 * The eligibility service: evaluates a profile against every applicable edition and track and
 * explains each answer down to the clause.
 *
 * The engine itself (`evaluateWith`, `summarize`, the report types) lives in `Engine.ts`, which
 * imports no registry, and is re-exported here; this module adds what the server needs the whole
 * registry for: `evaluate` over every edition and the `Eligibility` service, and the request's
 * schema. A browser page imports `Engine.ts` so that it ships no other place's rules and no schema.
 */
import { Effect, Context as EffectContext, Layer, Schema } from "effect"
import * as CivilDate from "./CivilDate.ts"
import { evaluateWith, type Report } from "./Engine.ts"
import * as ErrorKind from "./ErrorKind.ts"
import type { Edition } from "./Policy.ts"
import { JuniorGrade, Level, Profile } from "./Profile.ts"
import * as Catalog from "./places/catalog.ts"
import * as Registry from "./Registry.ts"
import { type Calendar, officialCalendar } from "./WorkCalendar.ts"

export * from "./Engine.ts"

/**
 * The question as the API decodes it: a profile, the day it is asked, and optional filters. Its type
 * is the engine's `Request` (test/Engine.test.ts checks that they stay the same).
 */
export const Request = Schema.Struct({
  profile: Profile,
  asOf: CivilDate.CivilDate,
  /** Where the applicant works (jurisdiction id): only editions governing that place are used. */
  jurisdiction: Schema.optional(Schema.String),
  edition: Schema.optional(Schema.String),
  target: Schema.optional(Schema.Struct({ level: Level, grade: Schema.optional(JuniorGrade) })),
}).annotations({ identifier: "EligibilityRequest" })
export type Request = typeof Request.Type

/**
 * `evaluateWith` over every edition of the registry (or those given): what the server calls. A page
 * for one place calls `evaluateWith` with that place's editions (`places/<id>.ts`, engine from `Engine.ts`), so that it
 * loads no other place's rules.
 */
export const evaluate = (
  req: Request,
  editions: ReadonlyArray<Edition> = Registry.EDITIONS,
  calendar: Calendar = officialCalendar,
): Report => evaluateWith(req, editions, calendar)

/** Raised when a request names an edition or jurisdiction the registry does not have. */
export class UnknownPolicy extends Schema.TaggedError<UnknownPolicy>()(
  "UnknownPolicy",
  {
    field: Schema.String,
    value: Schema.String,
    message: Schema.String,
  },
  ErrorKind.notFound,
) {}

/**
 * The eligibility service for apps: validates the filters against the registry and evaluates.
 * Use `Eligibility.Default` in production; `Eligibility.fromEditions` to test with other editions.
 */
export class Eligibility extends /* @__PURE__ */ EffectContext.Tag("zhicheng/Eligibility")<
  Eligibility,
  { readonly evaluate: (req: Request) => Effect.Effect<Report, UnknownPolicy> }
>() {
  /**
   * The service over `editions`, counting periods on `calendar` (default: the official notices). An
   * operator who loads notices (`WorkCalendar.fromNotices`) passes the same calendar here, so that the
   * engine and the calendar service agree.
   */
  static fromEditions = (editions: ReadonlyArray<Edition>, calendar: Calendar = officialCalendar) =>
    Layer.succeed(Eligibility, {
      evaluate: (req) => {
        if (req.edition !== undefined && !editions.some((e) => e.id === req.edition))
          return Effect.fail(
            new UnknownPolicy({
              field: "edition",
              value: req.edition,
              message: `no edition "${req.edition}" in the registry`,
            }),
          )
        if (req.jurisdiction !== undefined && Catalog.jurisdiction(req.jurisdiction) === undefined)
          return Effect.fail(
            new UnknownPolicy({
              field: "jurisdiction",
              value: req.jurisdiction,
              message: `no jurisdiction "${req.jurisdiction}"; known: ${Catalog.JURISDICTIONS.map((j) => j.id).join(", ")}`,
            }),
          )
        return Effect.succeed(evaluate(req, editions, calendar))
      },
    })
  static Default = /* @__PURE__ */ Eligibility.fromEditions(Registry.EDITIONS)
}
