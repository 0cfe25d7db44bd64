/**
 * Quotas: how many adoptions, pilot units and exceptional-B recommendations a year allows, each
 * cited, with the rule for going over it. Pure and browser-safe; integer arithmetic only.
 *
 * - Shaoxing adoption cap (000 第九条; DOMAIN.md ruling 1): the larger of floor(5% × insured staff
 *   this year) and floor(50% × last year's new hires with 大专 or above). "原则上": soft — exceeding
 *   it needs a recorded reason, which is audited.
 * - Shaoxing pilot units (000 第五条; ruling 2): "一般每年不超过6家", a soft cap of 6 per year.
 * - Shangyu exceptional track B (002 附件1 二(二)2 B类; ruling 3): per enterprise and year, 3
 *   recommendations for an enterprise with a national honour, 2 for a provincial one. No "原则上":
 *   a hard cap, no override.
 *
 * The `requested` figure of every check is the total for the year including the ones being added
 * (the 7th pilot unit is `requested: 7`).
 */
// Schema from its own module, not the `effect` index, and every top-level call marked pure: a
// bundler can then drop these schemas from a page that uses only the functions (issue #10).
import * as Schema from "effect/Schema"
import type { Citation } from "./Citation.ts"
import { DOMAIN_RULINGS } from "./Citation.ts"
import * as ErrorKind from "./ErrorKind.ts"
import { SOURCES } from "./policies/documents.ts"

// ---------------------------------------------------------------------------------------------
// Inputs

/** A count of people or units: a whole number, zero or more. */
export const Count = /* @__PURE__ */ Schema.Int.pipe(
  /* @__PURE__ */ Schema.nonNegative(),
  /* @__PURE__ */ Schema.annotations({ identifier: "Count" }),
)

export const AdoptionCapInput = /* @__PURE__ */ Schema.Struct({
  /** Staff for whom the unit pays social insurance locally this year (当年度单位在当地缴纳社保总职工人数). */
  insuredStaff: Count,
  /** New hires last year who graduated with 大专 or above (上一年度新招收大专及以上学历毕业生人数). */
  lastYearGraduateHires: Count,
}).annotations({ identifier: "AdoptionCapInput" })
export type AdoptionCapInput = typeof AdoptionCapInput.Type

/** Raised for an invalid input; `field` names it. */
export class QuotaInputError extends /* @__PURE__ */ Schema.TaggedError<QuotaInputError>()(
  "QuotaInputError",
  {
    field: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

const describe = (v: unknown): string =>
  typeof v === "number" ? String(v) : v === undefined ? "nothing" : JSON.stringify(v)

/** Checks that `value` is a whole number ≥ 0, throwing a QuotaInputError naming `field` if not. */
const count = (field: string, value: unknown): number => {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
    throw new QuotaInputError({
      field,
      message: `${field} must be a whole number of 0 or more, got ${describe(value)}`,
    })
  return value
}

const reasonOf = (r: unknown): string | undefined => {
  if (r === undefined) return undefined
  if (typeof r !== "string")
    throw new QuotaInputError({ field: "overrideReason", message: "overrideReason must be text" })
  const t = r.trim()
  return t.length === 0 ? undefined : t
}

/**
 * floor(n × percent / 100) in integer arithmetic (no 0.05 float error): with n = 100q + r it is
 * q × percent + floor(r × percent / 100), exact for every safe integer n and percent ≤ 100.
 */
export const percentFloor = (n: number, percent: number): number => {
  const r = n % 100
  const q = (n - r) / 100
  const rp = r * percent
  return q * percent + (rp - (rp % 100)) / 100
}

// ---------------------------------------------------------------------------------------------
// Checks against a cap

export type CapCheck =
  | { readonly status: "ok"; readonly cap: number; readonly requested: number; readonly remaining: number }
  | {
      readonly status: "exceeds"
      readonly cap: number
      readonly requested: number
      readonly excess: number
      /** A soft cap may be exceeded with a recorded reason; a hard cap may not be exceeded. */
      readonly soft: boolean
      readonly needsReason: boolean
      readonly citation: Citation
    }
  | {
      readonly status: "exceeded-with-reason"
      readonly cap: number
      readonly requested: number
      readonly excess: number
      readonly reason: string
      /** The override must be written to the audit trail. */
      readonly audit: true
      readonly citation: Citation
    }

const checkAgainst = (
  cap: number,
  requestedIn: unknown,
  soft: boolean,
  overrideReason: unknown,
  citation: Citation,
): CapCheck => {
  const requested = count("requested", requestedIn)
  const reason = reasonOf(overrideReason)
  if (requested <= cap) return { status: "ok", cap, requested, remaining: cap - requested }
  const excess = requested - cap
  if (soft && reason !== undefined)
    return { status: "exceeded-with-reason", cap, requested, excess, reason, audit: true, citation }
  return { status: "exceeds", cap, requested, excess, soft, needsReason: soft, citation }
}

// ---------------------------------------------------------------------------------------------
// Shaoxing: adoption cap (000 第九条)

const shaoxing = (article: string, quote: string): Citation => ({
  document: "shaoxing-adoption-draft",
  source: SOURCES.shaoxing,
  article,
  quote,
})

export const ADOPTION_CAP_CITATION: Citation = /* @__PURE__ */ shaoxing(
  "第九条",
  "职称采认人数原则上不超过当年度单位在当地缴纳社保总职工人数的5%或上一年度新招收大专及以上学历毕业生人数的50%",
)
const RULING_1: Citation = {
  document: DOMAIN_RULINGS,
  article: "1",
  quote:
    "The cap is the larger of floor(5% × insured staff this year) and floor(50% × last year's graduate hires)",
}

export const ADOPTION_STAFF_PERCENT = 5
export const ADOPTION_GRADUATE_PERCENT = 50

export interface AdoptionCap {
  readonly insuredStaff: { readonly base: number; readonly percent: number; readonly figure: number }
  readonly graduateHires: { readonly base: number; readonly percent: number; readonly figure: number }
  /** The larger figure. */
  readonly cap: number
  /** Which figure gives the cap ("both" when they are equal). */
  readonly applies: "insured-staff" | "graduate-hires" | "both"
  /** "原则上": exceeding needs a recorded reason. */
  readonly soft: true
  readonly citation: Citation
  readonly ruling: Citation
}

/** The Shaoxing adoption cap of a pilot unit for a year; throws QuotaInputError for a bad input. */
export const adoptionCap = (input: {
  readonly insuredStaff: number
  readonly lastYearGraduateHires: number
}): AdoptionCap => {
  const staff = count("insuredStaff", (input as Partial<AdoptionCapInput> | undefined)?.insuredStaff)
  const grads = count(
    "lastYearGraduateHires",
    (input as Partial<AdoptionCapInput> | undefined)?.lastYearGraduateHires,
  )
  const a = percentFloor(staff, ADOPTION_STAFF_PERCENT)
  const b = percentFloor(grads, ADOPTION_GRADUATE_PERCENT)
  return {
    insuredStaff: { base: staff, percent: ADOPTION_STAFF_PERCENT, figure: a },
    graduateHires: { base: grads, percent: ADOPTION_GRADUATE_PERCENT, figure: b },
    cap: Math.max(a, b),
    applies: a > b ? "insured-staff" : b > a ? "graduate-hires" : "both",
    soft: true,
    citation: ADOPTION_CAP_CITATION,
    ruling: RULING_1,
  }
}

/**
 * Checks a year's total of adoptions against the cap: ok; exceeds (a reason is needed); or exceeded
 * with a reason (to be audited). `cap` is an AdoptionCap or its number.
 */
export const checkAdoption = (input: {
  readonly cap: AdoptionCap | number
  readonly requested: number
  readonly overrideReason?: string
}): CapCheck => {
  const cap = count("cap", typeof input.cap === "number" ? input.cap : input.cap?.cap)
  return checkAgainst(cap, input.requested, true, input.overrideReason, ADOPTION_CAP_CITATION)
}

// ---------------------------------------------------------------------------------------------
// Shaoxing: pilot units per year (000 第五条)

export interface SoftCap {
  readonly cap: number
  readonly soft: true
  readonly per: string
  readonly citation: Citation
  readonly ruling: Citation
}

export const PILOT_UNITS_CITATION: Citation = /* @__PURE__ */ shaoxing("第五条", "一般每年不超过6家")

/** At most 6 pilot units a year in the city, generally (soft). */
export const pilotUnitsCap = (): SoftCap => ({
  cap: 6,
  soft: true,
  per: "city-year",
  citation: PILOT_UNITS_CITATION,
  ruling: {
    document: DOMAIN_RULINGS,
    article: "2",
    quote: "a soft cap of 6 per city per year, same override rule",
  },
})

/** Checks the year's number of pilot units (including the one being added). */
export const checkPilotUnits = (input: {
  readonly requested: number
  readonly overrideReason?: string
}): CapCheck =>
  checkAgainst(pilotUnitsCap().cap, input.requested, true, input.overrideReason, PILOT_UNITS_CITATION)

// ---------------------------------------------------------------------------------------------
// Shangyu: exceptional track B recommendations per enterprise and year (002 附件1 二(二)2 B类)

export const EXCEPTIONAL_B_CITATION: Citation = {
  document: "shangyu-2023-3",
  source: SOURCES.shangyu,
  article: "附件1 二(二)2 B类",
  quote: "获国家级荣誉企业推荐人数不超过3人，省级荣誉企业推荐人数不超过2人",
}

export type HonourLevel = "national" | "provincial"

export interface HardCap {
  readonly level: HonourLevel
  readonly cap: number
  readonly soft: false
  readonly per: "enterprise-year"
  readonly citation: Citation
  readonly ruling: Citation
}

/** 3 recommendations for an enterprise with a national honour, 2 for a provincial one (hard). */
export const exceptionalBCap = (level: HonourLevel): HardCap => {
  if (level !== "national" && level !== "provincial")
    throw new QuotaInputError({
      field: "level",
      message: `level must be "national" or "provincial", got ${describe(level)}`,
    })
  return {
    level,
    cap: level === "national" ? 3 : 2,
    soft: false,
    per: "enterprise-year",
    citation: EXCEPTIONAL_B_CITATION,
    ruling: {
      document: DOMAIN_RULINGS,
      article: "3",
      quote:
        "per enterprise and year, at most 3 recommendations for an enterprise holding a national honour and 2 for a provincial one",
    },
  }
}

/** Checks an enterprise's recommendations for the year under exceptional track B (no override). */
export const checkExceptionalB = (input: {
  readonly level: HonourLevel
  readonly requested: number
}): CapCheck =>
  checkAgainst(exceptionalBCap(input.level).cap, input.requested, false, undefined, EXCEPTIONAL_B_CITATION)
