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
import type { Calendar } from "./WorkCalendar.ts"

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
  /**
   * The work calendar periods are counted on (Civil Code art. 203 moves a last day off a rest day).
   * Absent: the official notices (`WorkCalendar.officialCalendar`).
   */
  readonly calendar?: Calendar
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

/** A shared empty list: results are immutable, so every empty `missing` can be the same array. */
const NONE: ReadonlyArray<string> = []

/** The list without repeats, first occurrence kept (the list itself when it has none). */
export const unique = (xs: ReadonlyArray<string>): ReadonlyArray<string> => {
  const n = xs.length
  if (n === 0) return NONE
  if (n === 1) return xs
  for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) if (xs[i] === xs[j]) return [...new Set(xs)]
  return xs
}

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

const LEAF = 0
const REVIEW = 1
const ALL = 2
const ANY = 3
const AT_LEAST = 4

/**
 * A condition tree prepared for evaluation: every node in one object shape (so the walk reads
 * monomorphic fields), and every distinct condition object numbered. A condition object that
 * appears in several places — 002's applicability, continuing education, assessments and integrity
 * conditions are shared by all five tracks — has one slot, so it is evaluated once per request and
 * its (immutable) result shared.
 */
export interface Plan {
  readonly condition: Condition
  readonly kind: number
  readonly tag: Condition["_tag"]
  readonly id: string
  readonly text: Plain
  readonly citation: Citation
  readonly check: ((ctx: Context) => Check) | undefined
  /** Children met needed: all of them, 1, or n. */
  readonly need: number
  readonly children: ReadonlyArray<Plan>
  /** Index of this condition's result in the request's slot array. */
  readonly slot: number
}

/** Plans by condition; its size is the number of slots the plans need. */
export type Plans = Map<Condition, Plan>

/** Prepares `c` (and its subtree) for evaluation, reusing the plans already in `plans`. */
export const plan = (c: Condition, plans: Plans): Plan => {
  const known = plans.get(c)
  if (known !== undefined) return known
  const children = c._tag === "Leaf" || c._tag === "Review" ? [] : c.children.map((k) => plan(k, plans))
  const p: Plan = {
    condition: c,
    kind:
      c._tag === "Leaf"
        ? LEAF
        : c._tag === "Review"
          ? REVIEW
          : c._tag === "All"
            ? ALL
            : c._tag === "Any"
              ? ANY
              : AT_LEAST,
    tag: c._tag,
    id: c.id,
    text: c.text,
    citation: c.citation,
    check: c._tag === "Leaf" ? c.check : undefined,
    need: c._tag === "All" ? children.length : c._tag === "Any" ? 1 : c._tag === "AtLeast" ? c.n : 0,
    children,
    slot: plans.size,
  }
  plans.set(c, p)
  return p
}

/** Plans of root conditions evaluated alone (`evaluate`), kept while the condition lives. */
const standalone = new WeakMap<Condition, { readonly plan: Plan; readonly slots: number }>()

/** Evaluates a condition tree completely and explains every node. */
export const evaluate = (c: Condition, ctx: Context): Result => {
  let s = standalone.get(c)
  if (s === undefined) {
    const plans: Plans = new Map()
    s = { plan: plan(c, plans), slots: plans.size }
    standalone.set(c, s)
  }
  return run(s.plan, ctx, new Array(s.slots))
}

/**
 * Evaluates a planned condition in `ctx`. `slots` holds the results of the conditions already
 * evaluated in the same context (one array per context and request, sized by the plans).
 */
export const run = (p: Plan, ctx: Context, slots: Array<Result | undefined>): Result => {
  const hit = slots[p.slot]
  if (hit !== undefined) return hit
  let r: Result
  switch (p.kind) {
    case LEAF:
      r = leafResult(p, (p.check as (ctx: Context) => Check)(ctx))
      break
    case REVIEW: {
      const evidence = ctx.profile.achievements?.statements?.[p.id]
      r =
        evidence === undefined
          ? { id: p.id, kind: "Review", text: p.text, citation: p.citation, outcome: "review", missing: NONE }
          : {
              id: p.id,
              kind: "Review",
              text: p.text,
              citation: p.citation,
              outcome: "review",
              missing: NONE,
              evidence,
            }
      break
    }
    default:
      r = combination(p, ctx, slots)
  }
  slots[p.slot] = r
  return r
}

const leafResult = (p: Plan, k: Check): Result => {
  const outcome = k.outcome
  if (outcome === "unmet") {
    const metOn = k.metOn
    if (metOn !== undefined)
      return {
        id: p.id,
        kind: "Leaf",
        text: p.text,
        citation: p.citation,
        outcome,
        observed: k.observed,
        missing: NONE,
        metOn,
      }
  }
  return {
    id: p.id,
    kind: "Leaf",
    text: p.text,
    citation: p.citation,
    outcome,
    observed: k.observed,
    missing: outcome === "unknown" && k.missing !== undefined ? unique(k.missing) : NONE,
  }
}

const combination = (p: Plan, ctx: Context, slots: Array<Result | undefined>): Result => {
  const kids = p.children
  const len = kids.length
  const children: Array<Result> = new Array(len)
  let met = 0
  let unmet = 0
  let unknown = 0
  let review = 0
  for (let i = 0; i < len; i++) {
    const k = run(kids[i] as Plan, ctx, slots)
    children[i] = k
    const o = k.outcome
    if (o === "met") met++
    else if (o === "unmet") unmet++
    else if (o === "unknown") unknown++
    else review++
  }
  const n = p.need
  const outcome: Outcome =
    p.kind === ALL
      ? unmet > 0
        ? "unmet"
        : unknown > 0
          ? "unknown"
          : review > 0
            ? "review"
            : "met"
      : met >= n
        ? "met"
        : met + review + unknown < n
          ? "unmet"
          : met + review >= n
            ? "review"
            : "unknown"
  let missing = NONE
  if (outcome === "unknown" || outcome === "review") {
    let all: Array<string> | undefined
    for (let i = 0; i < len; i++) {
      const ms = (children[i] as Result).missing
      if (ms.length === 0) continue
      if (all === undefined) all = []
      for (const x of ms) if (!all.includes(x)) all.push(x)
    }
    if (all !== undefined) missing = all
  }
  const metOn = outcome === "unmet" ? metOnOf(p.kind, n, children, ctx.reference) : undefined
  // One literal per combination of the optional fields, so that the keys keep their order.
  const tag = p.tag
  if (p.kind === AT_LEAST)
    return metOn === undefined
      ? { id: p.id, kind: tag, text: p.text, citation: p.citation, outcome, missing, n, children }
      : { id: p.id, kind: tag, text: p.text, citation: p.citation, outcome, missing, n, metOn, children }
  return metOn === undefined
    ? { id: p.id, kind: tag, text: p.text, citation: p.citation, outcome, missing, children }
    : { id: p.id, kind: tag, text: p.text, citation: p.citation, outcome, missing, metOn, children }
}

/**
 * When an unmet combination will be met by time alone: under "all", the latest date of its unmet
 * children (only if each has one); under "any" / "at least n", the n-th earliest date among the met
 * children (today) and the waiting ones.
 */
const metOnOf = (
  kind: number,
  n: number,
  children: ReadonlyArray<Result>,
  reference: CivilDate,
): CivilDate | undefined => {
  if (kind === ALL) {
    let latest: CivilDate | undefined
    for (const k of children) {
      if (k.outcome !== "unmet") continue
      if (k.metOn === undefined) return undefined
      if (latest === undefined || k.metOn > latest) latest = k.metOn
    }
    return latest
  }
  if (kind === ANY) {
    let first: CivilDate | undefined
    for (const k of children) {
      const d = k.outcome === "met" ? reference : k.metOn
      if (d !== undefined && (first === undefined || d < first)) first = d
    }
    return first
  }
  const dates: Array<CivilDate> = []
  for (const k of children) {
    const d = k.outcome === "met" ? reference : k.metOn
    if (d !== undefined) dates.push(d)
  }
  if (dates.length < n) return undefined
  dates.sort()
  return dates[n - 1]
}

/** Every condition in a tree, depth first (for the generated reference and citation checks). */
export const flatten = (c: Condition): ReadonlyArray<Condition> =>
  c._tag === "Leaf" || c._tag === "Review" ? [c] : [c, ...c.children.flatMap(flatten)]
