import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import * as ErrorKind from "@zhicheng/domain/ErrorKind"
import { Schema } from "effect"
import * as Errors from "../src/Errors.ts"
import { fromFailure } from "../src/Problem.ts"

const PACKAGES = join(import.meta.dirname, "..", "..", "..", "packages")
/** The folders whose modules' tagged errors can reach a response: the domain's and the db's. */
const SOURCES = [join(PACKAGES, "domain", "src"), join(PACKAGES, "db", "src")]

const isErrorClass = (v: unknown): boolean =>
  typeof v === "function" && v.prototype instanceof Error && "ast" in v

/** The tagged error classes of the domain's and the db's modules and of the API's own, by tag. */
const errorClasses = async (): Promise<ReadonlyMap<string, unknown>> => {
  const out = new Map<string, unknown>()
  const mods: Array<Record<string, unknown>> = [Errors]
  for (const dir of SOURCES)
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".ts")))
      mods.push((await import(join(dir, f))) as Record<string, unknown>)
  for (const m of mods)
    for (const v of Object.values(m))
      if (isErrorClass(v)) out.set((v as unknown as { readonly _tag: string })._tag, v)
  return out
}

/**
 * The statuses the API answered before kinds, when a string table mapped tags (a tag not in it with
 * a clause was 409): kinds must keep every one of them.
 */
const BEFORE: Readonly<Record<string, number>> = {
  NotFound: 404,
  UnknownPolicy: 404,
  CalendarYearMissing: 422,
  InvalidInput: 422,
  InvalidTransition: 409,
  QuotaExceeded: 409,
  Forbidden: 403,
  KeyBoundToUnit: 403,
  EntriesRejected: 422,
  RosterFileUnreadable: 422,
  ApplicationNotFound: 404,
  NoticeNotFound: 404,
  ObjectionNotFound: 404,
  CertificateNotFound: 404,
  BatchNotFound: 404,
  SigningKeyNotFound: 404,
  ObjectionAlreadyResolved: 409,
  NoticeClosed: 409,
  AuditChainBroken: 409,
  ConcurrentModification: 409,
  NoticeNotPublished: 409,
  NotApproved: 409,
  PublicityRuleMissing: 409,
  AlreadyIssued: 409,
  BatchExists: 409,
  NoActiveSigningKey: 409,
  UnknownEdition: 422,
  UnknownTrack: 422,
  NotOnNotice: 422,
  InvalidApplication: 422,
  InvalidTarget: 422,
  UnknownPilotUnit: 422,
  InvalidNotice: 422,
  ReasonRequired: 422,
  QrMalformed: 422,
  UnsupportedAlgorithm: 422,
  UnknownSigningKey: 422,
  SigningKeyCompromised: 422,
  SignatureInvalid: 422,
  NotPrintable: 422,
  // Rule refusals that carry their clause.
  QuotaFiguresMissing: 409,
  AlreadyApplied: 409,
  PublicityEndsTooLate: 409,
  DeadlinePassed: 409,
  WindowNotOpen: 409,
  EvaluationWindowClosed: 409,
  IntegrityBanned: 409,
  NoLongerEligible: 409,
  ObjectionUpheld: 409,
  ObjectionNotUpheld: 409,
  TitleAlreadyHeld: 409,
  RuleViolated: 409,
  PublicityNotEnded: 409,
  ObjectionOpen: 409,
  ObjectionPeriodOver: 409,
}

describe("error kinds → HTTP statuses", () => {
  it("keeps every status the API answered before, and gives every error class one", async () => {
    const classes = await errorClasses()
    for (const [tag, status] of Object.entries(BEFORE)) {
      const cls = classes.get(tag)
      expect(cls, `${tag} is no longer an error class`).toBeDefined()
      expect(Errors.STATUS[ErrorKind.ofClass(cls) as ErrorKind.Kind], tag).toBe(status)
    }
    for (const [tag, cls] of classes) expect(ErrorKind.ofClass(cls), `${tag} declares no kind`).toBeDefined()
    // Errors that fell through the table to a 500 before: now what they are.
    expect(Errors.STATUS[ErrorKind.ofClass(classes.get("QuotaInputError")) as ErrorKind.Kind]).toBe(422)
    expect(Errors.STATUS[ErrorKind.ofClass(classes.get("RosterFileTooLarge")) as ErrorKind.Kind]).toBe(413)
    // The key admin's refusals (ApiKeysSql), which no route raises today: what they would answer.
    expect(Errors.STATUS[ErrorKind.ofClass(classes.get("KeyNameInUse")) as ErrorKind.Kind]).toBe(409)
    expect(Errors.STATUS[ErrorKind.ofClass(classes.get("KeyUnitMismatch")) as ErrorKind.Kind]).toBe(409)
    expect(Errors.STATUS[ErrorKind.ofClass(classes.get("KeyUnitInvalid")) as ErrorKind.Kind]).toBe(422)
  })

  it("renders a declared failure as its problem, and anything undeclared or internal as an opaque 500", () => {
    const p = fromFailure(
      new Errors.KeyBoundToUnit({ field: "body.unit", bound: "u1", unit: "u2", message: "bound to u1" }),
    )
    expect(p).toMatchObject({
      status: 403,
      type: expect.stringContaining("key-bound-to-unit"),
      errors: [{ path: "body.unit" }],
    })
    class Undeclared extends Schema.TaggedError<Undeclared>()("Undeclared", { message: Schema.String }) {}
    expect(fromFailure(new Undeclared({ message: "secret detail" }))).toMatchObject({ status: 500 })
    expect(JSON.stringify(fromFailure(new Undeclared({ message: "secret detail" })))).not.toContain("secret")
    class Fault extends Schema.TaggedError<Fault>()(
      "Fault",
      { message: Schema.String },
      ErrorKind.internal,
    ) {}
    expect(JSON.stringify(fromFailure(new Fault({ message: "seal key v9 unknown" })))).not.toContain("v9")
    // A tag alone is not a kind: a plain object cannot pick its status.
    expect(fromFailure({ _tag: "NotFound", message: "x" })).toMatchObject({ status: 500 })
  })
})
