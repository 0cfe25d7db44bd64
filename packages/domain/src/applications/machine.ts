/**
 * The application state machine as data: every state, the allowed transitions (`TRANSITIONS`) and
 * the check that refuses any other step (`checkTransition`, `InvalidTransition`). The other guards a
 * step runs are in guards.ts; `Applications.ts` re-exports this module.
 */
import { Either, Schema } from "effect"
import { Citation } from "../Citation.ts"
import * as ErrorKind from "../ErrorKind.ts"

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
