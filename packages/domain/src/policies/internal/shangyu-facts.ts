/**
 * Small, generic helpers for the Shangyu 2023 edition (虞人社职〔2023〕3号): three-valued predicates
 * that name the profile fields they lacked, and checks built on the Facts vocabulary. Nothing here
 * decides eligibility; the edition file composes and cites these checks.
 */
import * as CivilDate from "../../CivilDate.ts"
import type { Check, Context } from "../../Condition.ts"
import * as Facts from "../../Facts.ts"
import { isUnsure, type Tri, triAll } from "../../Facts.ts"
import type { AwardLevel, Education, Profile, TitleHeld, WorkPeriod } from "../../Profile.ts"

type Date = CivilDate.CivilDate

const unique = (xs: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(xs)]

/** Is the field's value one of `allowed`; unknown (naming `path`) when the field is absent. */
export const oneOf = <A>(value: A | undefined, allowed: ReadonlyArray<A>, path: string): Tri =>
  value === undefined ? [path] : allowed.includes(value)

// ---------------------------------------------------------------------------------------------
// Combining checks

/** "Any of these": met if one is met; else unknown if one is unknown; else unmet (earliest metOn). */
export const anyCheck = (checks: ReadonlyArray<Check>, none: string): Check => {
  if (checks.length === 0) return { outcome: "unmet", observed: none }
  const met = checks.find((c) => c.outcome === "met")
  if (met !== undefined) return met
  const unknown = checks.filter((c) => c.outcome === "unknown")
  if (unknown.length > 0)
    return {
      outcome: "unknown",
      observed: unknown.map((c) => c.observed).join("; "),
      missing: unique(unknown.flatMap((c) => c.missing ?? [])),
    }
  const dates = checks
    .map((c) => c.metOn)
    .filter((d): d is Date => d !== undefined)
    .sort()
  const observed = checks.map((c) => c.observed).join("; ")
  return dates[0] !== undefined
    ? { outcome: "unmet", observed, metOn: dates[0] }
    : { outcome: "unmet", observed }
}

// ---------------------------------------------------------------------------------------------
// Work

/** Some current work period (running to "present") satisfies `pred` (Facts.someCurrentWork). */
export const someCurrentWork = Facts.someCurrentWork

/**
 * Whole years of work matching `pred` to the reference date (optionally only from `since`), via
 * Facts.workYearsAtLeast; when unknown, the missing paths are the fields `pred` lacked.
 */
export const workYears = (
  ctx: Context,
  n: number,
  what: string,
  pred: (w: WorkPeriod) => Tri,
  since?: Date,
): Check => Facts.workYearsAtLeast(ctx, n, what, pred, ["work"], since)

/** 工程技术工作 / 专业技术工作: work of the engineering-technical kind. */
export const engineeringWork = (w: WorkPeriod): Tri =>
  w.workKind === undefined ? ["work[].workKind"] : w.workKind === "engineering-technical"

/** 本专业技术工作: engineering-technical work in the applicant's own specialty (or a similar one). */
export const relatedEngineeringWork = (w: WorkPeriod): Tri =>
  triAll(
    engineeringWork(w),
    w.relatedness === undefined ? ["work[].relatedness"] : w.relatedness === "related",
  )

/** 技术技能工作: technical-skill work, or engineering-technical work. */
export const technicalSkillWork = (w: WorkPeriod): Tri =>
  w.workKind === undefined
    ? ["work[].workKind"]
    : w.workKind === "skill-technical" || w.workKind === "engineering-technical"

/**
 * CivilDate.yearsCompletedOn, or undefined when the date would fall past the calendar's range
 * (2200): a start date near 2200 must not make an evaluation throw.
 */
export const safeYearsCompletedOn = (start: Date, n: number): Date | undefined =>
  Facts.dateOrUndefined(() => CivilDate.yearsCompletedOn(start, n))

// ---------------------------------------------------------------------------------------------
// Titles

export type AssistantTitle =
  | { readonly kind: "unknown"; readonly missing: ReadonlyArray<string> }
  | { readonly kind: "none" }
  | { readonly kind: "held"; readonly since: Date; readonly title: TitleHeld }

/**
 * The applicant's 助理工程师 (engineering series, junior, assistant grade) title, earliest first.
 * A junior engineering title whose grade is not given could be it: unknown if it is the earliest.
 */
export const assistantEngineer = (p: Profile): AssistantTitle =>
  Facts.once(p, assistantEngineerOf, () => assistantEngineerOf(p))

const assistantEngineerOf = (p: Profile): AssistantTitle => {
  if (p.titles === undefined) return { kind: "unknown", missing: ["titles"] }
  const junior = p.titles.filter((t) => t.series === "engineering" && t.level === "junior")
  const held = junior
    .filter((t) => t.grade === "assistant")
    .sort((a, b) => CivilDate.compare(a.obtained, b.obtained))
  const unsure = junior.filter((t) => t.grade === undefined)
  const first = held[0]
  if (unsure.some((t) => first === undefined || CivilDate.compare(t.obtained, first.obtained) < 0))
    return { kind: "unknown", missing: ["titles[].grade"] }
  return first === undefined ? { kind: "none" } : { kind: "held", since: first.obtained, title: first }
}

// ---------------------------------------------------------------------------------------------
// Education

/**
 * For each education record `pred` accepts (or might), runs `f` and combines the results as "any".
 * A record `pred` is unsure about counts only when `f` would be met on it (then: unknown).
 */
export const anyEducation = (
  p: Profile,
  pred: (e: Education) => Tri,
  f: (e: Education) => Check,
  none: string,
): Check => {
  if (p.education === undefined)
    return { outcome: "unknown", observed: "education not given", missing: ["education"] }
  const checks: Array<Check> = []
  for (const e of p.education) {
    const accepted = pred(e)
    if (accepted === false) continue
    const c = f(e)
    if (accepted === true) checks.push(c)
    else if (c.outcome !== "unmet")
      checks.push({
        outcome: "unknown",
        observed: `${e.level}: ${c.observed}`,
        missing: [...accepted, ...(c.missing ?? [])],
      })
  }
  return anyCheck(checks, none)
}

/**
 * "…毕业后从事专业工作满 N 年" with "专业不对口人员…需增加一年": whole years of work matching `pred`
 * from the graduation date of `e`, N = base, or base + extra when the major is unrelated.
 */
export const yearsAfterGraduation = (
  ctx: Context,
  e: Education,
  base: number,
  extra: number,
  what: string,
  pred: (w: WorkPeriod) => Tri,
): Check => {
  const at = (n: number): Check => {
    if (e.graduated !== undefined)
      return workYears(ctx, n, `${what} since graduating on ${e.graduated}`, pred, e.graduated)
    const upper = workYears(ctx, n, what, pred)
    if (upper.outcome === "unmet") return { outcome: "unmet", observed: upper.observed }
    return {
      outcome: "unknown",
      observed: "graduation date not given",
      missing: ["education[].graduated", ...(upper.missing ?? [])],
    }
  }
  if (e.relatedness === "related") return at(base)
  if (e.relatedness === "unrelated") {
    const c = at(base + extra)
    return { ...c, observed: `major unrelated, ${base + extra} years needed: ${c.observed}` }
  }
  const strict = at(base + extra)
  if (strict.outcome === "met") return strict
  const lenient = at(base)
  if (lenient.outcome === "unmet") return { outcome: "unmet", observed: lenient.observed }
  return {
    outcome: "unknown",
    observed: `${base} or ${base + extra} years needed depending on whether the major is related: ${lenient.observed}`,
    missing: unique(["education[].relatedness", ...(lenient.missing ?? [])]),
  }
}

// ---------------------------------------------------------------------------------------------
// Levels of awarding bodies

/** 市级以上 (city or above; a provincial department ranks above a city). */
export const CITY_OR_ABOVE: ReadonlyArray<AwardLevel> = [
  "national",
  "ministerial",
  "provincial",
  "provincial-department",
  "city",
]
/** 县级以上. */
export const COUNTY_OR_ABOVE: ReadonlyArray<AwardLevel> = [...CITY_OR_ABOVE, "county"]
/** 国家、省、部级. */
export const PROVINCIAL_OR_ABOVE: ReadonlyArray<AwardLevel> = ["national", "ministerial", "provincial"]

/** Counts of items by answer: how many surely match, and the fields that would decide the unsure ones. */
export const countTri = <A>(
  xs: ReadonlyArray<A>,
  pred: (x: A) => Tri,
): { readonly yes: number; readonly unsure: number; readonly missing: ReadonlyArray<string> } => {
  let yes = 0
  let unsure = 0
  const missing: Array<string> = []
  for (const x of xs) {
    const r = pred(x)
    if (r === true) yes++
    else if (isUnsure(r)) {
      unsure++
      missing.push(...r)
    }
  }
  return { yes, unsure, missing: unique(missing) }
}

/**
 * "At least `n` items of a list": met on the sure matches alone; unknown when the list is absent
 * or the unsure items could make up the difference; unmet otherwise.
 */
export const countAtLeast = <A>(
  xs: ReadonlyArray<A> | undefined,
  listPath: string,
  n: number,
  pred: (x: A) => Tri,
  what: string,
): Check => {
  if (xs === undefined) return { outcome: "unknown", observed: `${what}: not given`, missing: [listPath] }
  const c = countTri(xs, pred)
  const observed = `${c.yes} ${what}${c.unsure > 0 ? ` (${c.unsure} more not described enough to count)` : ""}`
  if (c.yes >= n) return { outcome: "met", observed }
  if (c.yes + c.unsure >= n) return { outcome: "unknown", observed, missing: c.missing }
  return { outcome: "unmet", observed }
}

/** The span of periods (posts, etc.) to the reference date, as whole years with metOn when ongoing. */
export const periodsYearsAtLeast = (
  periods: ReadonlyArray<{ readonly from: Date; readonly to: Date | "present" }>,
  n: number,
  what: string,
  reference: Date,
): Check => Facts.spanAtLeast(Facts.span(periods, reference), n, what, reference)
