/**
 * A PROTOTYPE evaluator, not the shipped engine: the same registry, the same condition trees and
 * leaf checks, the same Report — with three changes the profile of `Eligibility.evaluate` points
 * to, so that the suggestions for packages/domain come with a measured effect:
 *
 * 1. memo: a condition object shared by several tracks of an edition (002's applicability, the
 *    continuing education, assessments and integrity conditions are shared by all five tracks) is
 *    evaluated once per request and its (immutable) result shared;
 * 2. shapes: results are built as one object literal of a fixed shape, with outcomes counted in one
 *    pass — no `{ ...base, ...(cond ? { x } : {}) }` spreads, no repeated `includes`/`filter`;
 * 3. (all editions) nothing else: not-applicable tracks are still explained in full, as now.
 *
 * The benchmark checks, on the whole population, that every report is deep-equal to the engine's;
 * if that ever fails, the prototype is wrong and its figures mean nothing.
 */
import type { Condition as C, CivilDate, Eligibility, Policy } from "@zhicheng/domain"
import { Registry } from "@zhicheng/domain"

type Date = CivilDate.CivilDate
type Memo = Map<C.Condition, C.Result>
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const NONE: ReadonlyArray<string> = []

const uniq = (xs: ReadonlyArray<string>): ReadonlyArray<string> =>
  xs.length < 2 ? [...xs] : [...new Set(xs)]

const node = (c: C.Condition, ctx: C.Context, memo: Memo): C.Result => {
  const hit = memo.get(c)
  if (hit !== undefined) return hit
  let r: Mutable<C.Result>
  switch (c._tag) {
    case "Leaf": {
      const k = c.check(ctx)
      r = {
        id: c.id,
        kind: c._tag,
        text: c.text,
        citation: c.citation,
        outcome: k.outcome,
        observed: k.observed,
        missing: k.outcome === "unknown" ? uniq(k.missing ?? NONE) : [],
      }
      if (k.outcome === "unmet" && k.metOn !== undefined) r.metOn = k.metOn
      break
    }
    case "Review": {
      r = { id: c.id, kind: c._tag, text: c.text, citation: c.citation, outcome: "review", missing: [] }
      const evidence = ctx.profile.achievements?.statements?.[c.id]
      if (evidence !== undefined) r.evidence = evidence
      break
    }
    default: {
      const children: Array<C.Result> = new Array(c.children.length)
      let met = 0
      let unmet = 0
      let unknown = 0
      let review = 0
      for (let i = 0; i < c.children.length; i++) {
        const k = node(c.children[i] as C.Condition, ctx, memo)
        children[i] = k
        if (k.outcome === "met") met++
        else if (k.outcome === "unmet") unmet++
        else if (k.outcome === "unknown") unknown++
        else review++
      }
      const n = c._tag === "All" ? children.length : c._tag === "Any" ? 1 : c.n
      const outcome: C.Outcome =
        c._tag === "All"
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
      let missing: ReadonlyArray<string> = []
      if (outcome === "unknown" || outcome === "review") {
        const all: Array<string> = []
        for (const k of children) for (const m of k.missing) all.push(m)
        missing = uniq(all)
      }
      r = { id: c.id, kind: c._tag, text: c.text, citation: c.citation, outcome, missing }
      if (c._tag === "AtLeast") r.n = c.n
      if (outcome === "unmet") {
        const d = metOn(c._tag, n, children, ctx.reference)
        if (d !== undefined) r.metOn = d
      }
      r.children = children
    }
  }
  memo.set(c, r)
  return r
}

const metOn = (
  tag: "All" | "Any" | "AtLeast",
  n: number,
  children: ReadonlyArray<C.Result>,
  reference: Date,
): Date | undefined => {
  if (tag === "All") {
    let latest: Date | undefined
    for (const k of children) {
      if (k.outcome !== "unmet") continue
      if (k.metOn === undefined) return undefined
      if (latest === undefined || k.metOn > latest) latest = k.metOn
    }
    return latest
  }
  const dates: Array<Date> = []
  for (const k of children) {
    const d = k.outcome === "met" ? reference : k.metOn
    if (d !== undefined) dates.push(d)
  }
  if (dates.length < n) return undefined
  dates.sort()
  return tag === "Any" ? dates[0] : dates[n - 1]
}

const statusOf = (o: C.Outcome): Eligibility.Status =>
  o === "met" ? "eligible" : o === "unmet" ? "not-eligible" : o === "review" ? "needs-review" : "incomplete"

/** Review leaves reached through open (review or unknown) nodes, as the engine reports them. */
const reviewsInto = (r: C.Result, out: Set<string>): void => {
  if (r.outcome !== "review" && r.outcome !== "unknown") return
  if (r.kind === "Review") out.add(r.id)
  else if (r.children !== undefined) for (const k of r.children) reviewsInto(k, out)
}

const track = (
  edition: Policy.Edition,
  t: Policy.Track,
  ctx: C.Context,
  memo: Memo,
): Eligibility.TrackResult => {
  const applicability = node(t.appliesWhen, ctx, memo)
  const conditions = t.requires.map((c) => node(c, ctx, memo))
  let unmet = applicability.outcome === "unmet"
  let unknown = applicability.outcome === "unknown"
  let review = applicability.outcome === "review"
  for (const c of conditions) {
    if (c.outcome === "unmet") unmet = true
    else if (c.outcome === "unknown") unknown = true
    else if (c.outcome === "review") review = true
  }
  const overall: C.Outcome = unmet ? "unmet" : unknown ? "unknown" : review ? "review" : "met"
  const status: Eligibility.Status = applicability.outcome === "unmet" ? "not-applicable" : statusOf(overall)
  let earliest: Date | undefined
  if (status === "not-eligible") {
    for (const c of conditions) {
      if (c.outcome !== "unmet") continue
      if (c.metOn === undefined) {
        earliest = undefined
        break
      }
      if (earliest === undefined || c.metOn > earliest) earliest = c.metOn
    }
  }
  const applicable = status !== "not-applicable"
  let missing: ReadonlyArray<string> = []
  const reviews = new Set<string>()
  if (applicable) {
    const ms = new Set<string>(applicability.missing)
    reviewsInto(applicability, reviews)
    for (const c of conditions) {
      for (const m of c.missing) ms.add(m)
      reviewsInto(c, reviews)
    }
    missing = [...ms]
  }
  const r: Mutable<Eligibility.TrackResult> = {
    track: t.id,
    edition: edition.id,
    kind: t.kind,
    route: t.route,
    target: t.target,
    title: t.title,
    citation: t.citation,
    status,
    applicability,
    conditions,
    missing,
    reviews: [...reviews],
    judgedAtEvaluation: t.judgedAtEvaluation,
    materials: applicable ? edition.materials(ctx, t) : [],
    deadlines: edition.deadlines(ctx, t),
  }
  if (t.exceptionTo !== undefined) r.exceptionTo = t.exceptionTo
  if (earliest !== undefined)
    r.earliest = {
      date: earliest,
      withinEdition: edition.reference === undefined || earliest <= edition.reference.date,
    }
  return r
}

/** `Eligibility.evaluate` for a request without jurisdiction or target filters. */
export const evaluate = (req: {
  readonly profile: Eligibility.Request["profile"]
  readonly asOf: Date
  readonly edition?: string
}): Eligibility.Report => {
  const used: Array<Eligibility.EditionUsed> = []
  const tracks: Array<Eligibility.TrackResult> = []
  for (const e of Registry.EDITIONS) {
    if (req.edition !== undefined && e.id !== req.edition) continue
    const doc = Registry.documentOf(e)
    const reference = e.reference?.date ?? req.asOf
    const status = Registry.statusOn(doc, req.asOf)
    const u: Mutable<Eligibility.EditionUsed> = { edition: e.id, document: doc.id, status, reference }
    if (doc.number !== undefined) u.number = doc.number
    if (status === "draft")
      u.warning = {
        zh: "该文件为征求意见稿，结果仅供参考。",
        en: "This document is a draft for comment; the result is indicative only.",
      }
    else if (status === "lapsed")
      u.warning = {
        zh: "该版本已过有效期，结果仅供参考。",
        en: "This edition has lapsed; the result is indicative only.",
      }
    used.push(u)
    const ctx: C.Context = { profile: req.profile, asOf: req.asOf, reference }
    const memo: Memo = new Map()
    for (const t of e.tracks) tracks.push(track(e, t, ctx, memo))
  }
  return { asOf: req.asOf, rulesVersion: Registry.RULES_VERSION, editions: used, tracks }
}
