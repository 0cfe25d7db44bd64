/**
 * Conditions: the cited, explaining building blocks of every track.
 *
 * A condition is a leaf (a check on the profile), a person's review (something a machine cannot
 * judge, DOMAIN.md ruling 5), or a combination: all, any, or at least N of M. Every combination
 * evaluates every branch, so the explanation is complete (json-rules-engine stops early and loses
 * it). Outcomes are four-valued: unknown input is never read as false.
 */

import type { Citation, Plain } from "./Citation.ts"
import type { CivilDate } from "./CivilDate.ts"
import type { JuniorGrade, Level, Profile } from "./Profile.ts"

/** met; unmet; unknown (an input is missing); review (a person must judge). */
export type Outcome = "met" | "unmet" | "unknown" | "review"

/** What a condition sees when it is evaluated. */
export interface Context {
  readonly profile: Profile
  /** The day the question is asked. */
  readonly asOf: CivilDate
  /** The day lengths are measured to: the edition's fixed date (002: 2023-12-31) or `asOf`. */
  readonly reference: CivilDate
  /**
   * The level the applicant asks about, when the request names one. A track open at "any" level reads
   * it where a condition depends on the level sought (e.g. an exam pass "for the corresponding level");
   * without it such a condition cannot tell which level is meant.
   */
  readonly target?: { readonly level: Level; readonly grade?: JuniorGrade | undefined }
}

/** What a leaf check reports. */
export interface Check {
  readonly outcome: Outcome
  /** The value it saw, in words (zh-free, short): "4 years of related work to 2023-12-31". */
  readonly observed: string
  /** Profile field paths whose absence made the outcome unknown. */
  readonly missing?: ReadonlyArray<string>
  /** When unmet only for want of time: the first day on which it will be met if nothing else changes. */
  readonly metOn?: CivilDate
}

/** What every condition carries: a stable id, plain text and the clause it encodes. */
export interface Cited {
  readonly id: string
  readonly text: Plain
  readonly citation: Citation
}

type Base = Cited

export interface Leaf extends Base {
  readonly _tag: "Leaf"
  readonly check: (ctx: Context) => Check
}
/** A condition no machine decides; the applicant's or clerk's statement is shown as evidence. */
export interface Review extends Base {
  readonly _tag: "Review"
}
export interface All extends Base {
  readonly _tag: "All"
  readonly children: ReadonlyArray<Condition>
}
export interface AnyOf extends Base {
  readonly _tag: "Any"
  readonly children: ReadonlyArray<Condition>
}
export interface AtLeast extends Base {
  readonly _tag: "AtLeast"
  readonly n: number
  readonly children: ReadonlyArray<Condition>
}
export type Condition = Leaf | Review | All | AnyOf | AtLeast

type Spec = Cited

export const leaf = (spec: Spec & { readonly check: (ctx: Context) => Check }): Leaf => ({
  _tag: "Leaf",
  ...spec,
})
export const review = (spec: Spec): Review => ({ _tag: "Review", ...spec })
export const all = (spec: Spec, children: ReadonlyArray<Condition>): All => ({
  _tag: "All",
  ...spec,
  children,
})
export const any = (spec: Spec, children: ReadonlyArray<Condition>): AnyOf => ({
  _tag: "Any",
  ...spec,
  children,
})
/** N of M: met when at least `n` children are met; every child is evaluated and reported. */
export const atLeast = (n: number, spec: Spec, children: ReadonlyArray<Condition>): AtLeast => {
  if (n < 1 || n > children.length) throw new Error(`${spec.id}: cannot require ${n} of ${children.length}`)
  return { _tag: "AtLeast", ...spec, n, children }
}

/** The explanation of one condition: what it is, what it saw, and why. */
export interface Result {
  readonly id: string
  readonly kind: Condition["_tag"]
  readonly text: Plain
  readonly citation: Citation
  readonly outcome: Outcome
  readonly observed?: string
  /** For a review: the statement on record for this condition id, if any. */
  readonly evidence?: string
  readonly missing: ReadonlyArray<string>
  readonly metOn?: CivilDate
  readonly n?: number
  readonly children?: ReadonlyArray<Result>
}

const maxDate = (ds: ReadonlyArray<CivilDate>): CivilDate | undefined =>
  ds.length === 0 ? undefined : ds.reduce((a, b) => (a >= b ? a : b))
const minDate = (ds: ReadonlyArray<CivilDate>): CivilDate | undefined =>
  ds.length === 0 ? undefined : ds.reduce((a, b) => (a <= b ? a : b))
const unique = (xs: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(xs)]

/** Combines outcomes under "all": any unmet → unmet; else any unknown → unknown; else any review → review. */
export const allOutcome = (os: ReadonlyArray<Outcome>): Outcome =>
  os.includes("unmet")
    ? "unmet"
    : os.includes("unknown")
      ? "unknown"
      : os.includes("review")
        ? "review"
        : "met"

/** Combines outcomes under "at least n": decided as soon as the counts decide it, else the weakest open state. */
export const atLeastOutcome = (n: number, os: ReadonlyArray<Outcome>): Outcome => {
  const met = os.filter((o) => o === "met").length
  const open = os.filter((o) => o === "review" || o === "unknown").length
  if (met >= n) return "met"
  if (met + open < n) return "unmet"
  const review = os.filter((o) => o === "review").length
  return met + review >= n ? "review" : "unknown"
}

/** Evaluates a condition tree completely and explains every node. */
export const evaluate = (c: Condition, ctx: Context): Result => {
  const base = { id: c.id, kind: c._tag, text: c.text, citation: c.citation }
  switch (c._tag) {
    case "Leaf": {
      const r = c.check(ctx)
      return {
        ...base,
        outcome: r.outcome,
        observed: r.observed,
        missing: r.outcome === "unknown" ? unique(r.missing ?? []) : [],
        ...(r.outcome === "unmet" && r.metOn !== undefined ? { metOn: r.metOn } : {}),
      }
    }
    case "Review": {
      const evidence = ctx.profile.achievements?.statements?.[c.id]
      return { ...base, outcome: "review", missing: [], ...(evidence !== undefined ? { evidence } : {}) }
    }
    case "All":
    case "Any":
    case "AtLeast": {
      const children = c.children.map((k) => evaluate(k, ctx))
      const os = children.map((k) => k.outcome)
      const n = c._tag === "All" ? children.length : c._tag === "Any" ? 1 : c.n
      const outcome = c._tag === "All" ? allOutcome(os) : atLeastOutcome(n, os)
      const missing =
        outcome === "met" || outcome === "unmet" ? [] : unique(children.flatMap((k) => k.missing))
      return {
        ...base,
        outcome,
        missing,
        ...(c._tag === "AtLeast" ? { n: c.n } : {}),
        ...(outcome === "unmet" ? withMetOn(c._tag, n, children, ctx.reference) : {}),
        children,
      }
    }
  }
}

/**
 * When an unmet combination will be met by time alone: under "all", the latest date of its unmet
 * children (only if each has one); under "any" / "at least n", the n-th earliest date among the met
 * children (today) and the waiting ones.
 */
const withMetOn = (
  tag: "All" | "Any" | "AtLeast",
  n: number,
  children: ReadonlyArray<Result>,
  reference: CivilDate,
): { metOn?: CivilDate } => {
  if (tag === "All") {
    const unmet = children.filter((k) => k.outcome === "unmet")
    if (unmet.some((k) => k.metOn === undefined)) return {}
    const d = maxDate(unmet.map((k) => k.metOn as CivilDate))
    return d === undefined ? {} : { metOn: d }
  }
  const dates = children
    .map((k) => (k.outcome === "met" ? reference : k.metOn))
    .filter((d): d is CivilDate => d !== undefined)
    .sort()
  if (dates.length < n) return {}
  const d = tag === "Any" ? minDate(dates) : dates[n - 1]
  return d === undefined ? {} : { metOn: d }
}

/** Every condition in a tree, depth first (for the generated reference and citation checks). */
export const flatten = (c: Condition): ReadonlyArray<Condition> =>
  c._tag === "Leaf" || c._tag === "Review" ? [c] : [c, ...c.children.flatMap(flatten)]
