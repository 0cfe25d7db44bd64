/**
 * Applications for a title and their guarded lifecycle:
 *
 * draft → submitted → unit-reviewed → in-publicity → publicity-passed | objected → recommended →
 * decided (approved | rejected) → certificate-issued → certificate-revoked; withdrawn from any state
 * before decided. Where the procedure names no publicity step, unit-reviewed → recommended.
 *
 * Each edition's procedure is data (`Policy.Procedure`, a track's own overriding its edition's): where
 * its text names a publicity step the application must go through it (unit-reviewed → recommended is
 * refused, citing the clause), and where it names none no notice may be opened (unit-reviewed →
 * in-publicity is refused, citing the clause that says so, or saying the text names none). Which
 * deadline kinds bind which step is `STEP_DEADLINES`; an edition's caps on recommendations are its
 * procedure's `enterpriseCap` (002 附件1 二(二)2 B类) and, on an adoption track, the pilot unit's cap.
 *
 * One person, one claim (DOMAIN.md "Personal data and certificates"): a person (by ID HMAC) holds at
 * most one live application per edition and title level — `create` refuses a second
 * (`DuplicateApplication`) under a lock on the person, so two concurrent creations cannot both pass.
 *
 * The two certificate states are entered only by `Certificates` (Certificates.ts), in the same
 * transaction as the certificate's issuance or revocation, so an application and its certificate
 * never disagree. A certificate's suspension and reinstatement do not change the application: they
 * are an investigation's interim steps, and only a revocation is final.
 *
 * The state machine is data (`TRANSITIONS`); every other guard is a tagged error citing the clause it
 * enforces: deadlines (`DeadlinePassed`, `WindowNotOpen`), the evaluation window
 * (`EvaluationWindowClosed`), publicity (`PublicityNotEnded`, `ObjectionOpen`, `ObjectionUpheld`), the
 * adoption quota (`QuotaExceeded`), integrity bans (`IntegrityBanned`) and eligibility
 * (`NoLongerEligible`). Every change runs in one transaction with its transition row and audit entry;
 * a refusal writes nothing.
 *
 * The level sought (`target`): a track open at "any" level ("相应级别") needs the applicant to say which
 * level; a track that names one gives it. It is recorded on create (`InvalidTarget` otherwise), is the
 * level the eligibility re-runs ask about, and is the level a certificate must print.
 *
 * Personal data: the resident ID number is never stored. An application keeps an HMAC-SHA256 of the
 * normalised number under a server key (`IdHmac`) for ban lookups, and the profile it keeps for
 * re-evaluation has its `residentId` removed (its birth date is copied into `birthDate` first when the
 * profile has none, so age-dependent conditions still evaluate). See `protectProfile`.
 *
 * Dates: a deadline's last day is allowed to its end, 24:00 China time (Civil Code art. 203 ¶2). A
 * fixed calendar deadline set by a bureau is not carried over a holiday: art. 203 ¶1 governs periods
 * counted from an event, not dates the authority fixed.
 *
 * The module is split by concern in applications/: the state machine (machine.ts), the data
 * (model.ts), the clauses it cites (citations.ts), the errors (errors.ts), the storage tags the db
 * package implements (ports.ts), the pure guards (guards.ts) and the service (service.ts); ID
 * fingerprints are PersonalId.ts's. This file re-exports them, so importers name one module.
 */
export {
  ADOPTION_UNIT_CLAUSE,
  CERTIFICATE_CLAUSE,
  CERTIFICATE_RULING,
  certificateClause,
  INTEGRITY_BAN_CLAUSE,
  ONE_CLAIM_RULING,
  PILOT_EXIT_CLAUSE,
  SHAOXING_CERTIFICATE_CLAUSE,
} from "./applications/citations.ts"
export * from "./applications/errors.ts"
export {
  banGuard,
  certificateGuard,
  deadlineGuard,
  type EarlyStart,
  eligibilityGuard,
  nextSteps,
  publicityGuard,
  resolveTarget,
  STEP_DEADLINES,
} from "./applications/guards.ts"
export * from "./applications/machine.ts"
export * from "./applications/model.ts"
export * from "./applications/ports.ts"
export * from "./applications/service.ts"
/** Fingerprinting personal ID numbers lives in PersonalId.ts; re-exported for existing importers. */
export { IdHmac, protectProfile } from "./PersonalId.ts"
export { LAST_DAY_ENDS_AT_MIDNIGHT, UnknownEdition } from "./Publicity.ts"
