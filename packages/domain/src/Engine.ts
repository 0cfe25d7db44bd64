/**
 * The eligibility engine: evaluates a profile against the editions it is given and explains each
 * answer down to the clause; pure, synchronous and browser-safe.
 *
 * It imports no registry, so a page for one place (the site's self-check) ships the engine with
 * that place's editions only (`places/<id>.ts`) and a bundler can split the other places' rules
 * into chunks loaded on demand. `Eligibility.ts` re-exports all of this and adds what needs the
 * registry: `evaluate` over every edition and the `Eligibility` service for the server.
 */
import type { Citation, Plain } from "./Citation.ts"
import type * as CivilDate from "./CivilDate.ts"
import * as C from "./Condition.ts"
import * as Facts from "./Facts.ts"
import type {
  Deadline,
  DocumentStatus,
  Edition,
  Material,
  PolicyDocument,
  Target,
  Track,
  TrackKind,
} from "./Policy.ts"
import type { JuniorGrade, Level, Profile, Route } from "./Profile.ts"
import * as Catalog from "./places/catalog.ts"
import { type Calendar, officialCalendar } from "./WorkCalendar.ts"

/**
 * The question: a profile, the day it is asked, and optional filters. A type only, so that a page
 * running the engine ships no schema; `Eligibility.Request` is its schema (what the API decodes),
 * and test/Engine.test.ts keeps the two the same type.
 */
export interface Request {
  readonly profile: Profile
  readonly asOf: CivilDate.CivilDate
  /** Where the applicant works (jurisdiction id): only editions governing that place are used. */
  readonly jurisdiction?: string | undefined
  readonly edition?: string | undefined
  readonly target?: { readonly level: Level; readonly grade?: JuniorGrade | undefined } | undefined
}

export type Status = "eligible" | "not-eligible" | "needs-review" | "incomplete" | "not-applicable"

export interface TrackResult {
  readonly track: string
  readonly edition: string
  readonly kind: TrackKind
  readonly route: Route
  readonly target: Target
  readonly title: Plain
  readonly citation: Citation
  readonly status: Status
  readonly exceptionTo?: { readonly track: string; readonly replaces: ReadonlyArray<string> }
  readonly applicability: C.Result
  readonly conditions: ReadonlyArray<C.Result>
  /** Profile fields whose absence keeps the answer open. */
  readonly missing: ReadonlyArray<string>
  /** Ids of conditions a person must judge before the answer is final. */
  readonly reviews: ReadonlyArray<string>
  /** When not eligible only for want of time: the first day it would be, and whether that is within the edition. */
  readonly earliest?: { readonly date: CivilDate.CivilDate; readonly withinEdition: boolean }
  readonly judgedAtEvaluation: Track["judgedAtEvaluation"]
  readonly materials: ReadonlyArray<Material>
  readonly deadlines: ReadonlyArray<Deadline>
}

export interface EditionUsed {
  readonly edition: string
  readonly document: string
  readonly number?: string
  readonly status: DocumentStatus
  readonly reference: CivilDate.CivilDate
  /** Said when the edition is a draft or has lapsed on the day asked (DOMAIN.md ruling 6). */
  readonly warning?: Plain
}

export interface Report {
  readonly asOf: CivilDate.CivilDate
  readonly rulesVersion: string
  readonly editions: ReadonlyArray<EditionUsed>
  readonly tracks: ReadonlyArray<TrackResult>
}

const statusOf = (o: C.Outcome): Status =>
  o === "met" ? "eligible" : o === "unmet" ? "not-eligible" : o === "review" ? "needs-review" : "incomplete"

/**
 * The reviews that still decide the answer: Review leaves reached through nodes that are open
 * (review or unknown). A review under a branch already met or already failed decides nothing.
 */
const reviewsInto = (r: C.Result, out: Array<string>): void => {
  if (r.outcome !== "review" && r.outcome !== "unknown") return
  if (r.kind === "Review") {
    if (!out.includes(r.id)) out.push(r.id)
  } else if (r.children !== undefined) for (const k of r.children) reviewsInto(k, out)
}

/** A track open at "any" level matches every level asked about; otherwise level (and grade, where both name one) must agree. */
const targetMatches = (t: Target, want: Request["target"]): boolean =>
  want === undefined ||
  t.level === "any" ||
  (t.level === want.level && (want.grade === undefined || t.grade === undefined || t.grade === want.grade))

const DRAFT: Plain = {
  zh: "该文件为征求意见稿，结果仅供参考。",
  en: "This document is a draft for comment; the result is indicative only.",
}
const LAPSED: Plain = {
  zh: "该版本已过有效期，结果仅供参考。",
  en: "This edition has lapsed; the result is indicative only.",
}
const warningFor = (status: DocumentStatus): Plain | undefined =>
  status === "draft" ? DRAFT : status === "lapsed" ? LAPSED : undefined

const NONE: ReadonlyArray<never> = []

type Earliest = NonNullable<TrackResult["earliest"]>

/** A track's conditions prepared for evaluation (see `C.Plan`), slots numbered across its edition. */
interface TrackPlan {
  readonly track: Track
  readonly appliesWhen: C.Plan
  readonly requires: ReadonlyArray<C.Plan>
}

interface EditionPlan {
  readonly tracks: ReadonlyArray<Track>
  readonly plans: ReadonlyArray<TrackPlan>
  readonly slots: number
}

const planTrack = (t: Track, plans: C.Plans): TrackPlan => ({
  track: t,
  appliesWhen: C.plan(t.appliesWhen, plans),
  requires: t.requires.map((c) => C.plan(c, plans)),
})

/** Plans by edition, made on first use; remade if the edition's tracks are not those planned. */
const editionPlans = new WeakMap<Edition, EditionPlan>()

const stillPlanned = (ep: EditionPlan, e: Edition): boolean => {
  if (ep.tracks !== e.tracks) return false
  for (const tp of ep.plans) {
    const t = tp.track
    if (tp.appliesWhen.condition !== t.appliesWhen || tp.requires.length !== t.requires.length) return false
    for (let i = 0; i < tp.requires.length; i++)
      if ((tp.requires[i] as C.Plan).condition !== t.requires[i]) return false
  }
  return true
}

const planOf = (e: Edition): EditionPlan => {
  const known = editionPlans.get(e)
  if (known !== undefined && stillPlanned(known, e)) return known
  const plans: C.Plans = new Map()
  const ep: EditionPlan = {
    tracks: e.tracks,
    plans: e.tracks.map((t) => planTrack(t, plans)),
    slots: plans.size,
  }
  editionPlans.set(e, ep)
  return ep
}

/** Evaluates one track of an edition, as `evaluate` would (facts dated after `ctx.asOf` left out). */
export const evaluateTrack = (edition: Edition, track: Track, ctx: C.Context): TrackResult => {
  const plans: C.Plans = new Map()
  const tp = planTrack(track, plans)
  const profile = Facts.asOfDay(ctx.profile, ctx.asOf)
  const c = profile === ctx.profile ? ctx : { ...ctx, profile }
  return Facts.request(profile, () => runTrack(edition, tp, c, new Array(plans.size)))
}

/**
 * Evaluates a planned track. `slots` holds the results of the edition's conditions already
 * evaluated in this request, so a condition shared by several tracks is evaluated once.
 */
const runTrack = (
  edition: Edition,
  tp: TrackPlan,
  ctx: C.Context,
  slots: Array<C.Result | undefined>,
): TrackResult => {
  const track = tp.track
  const applicability = C.run(tp.appliesWhen, ctx, slots)
  const requires = tp.requires
  const conditions: Array<C.Result> = new Array(requires.length)
  let unmet = applicability.outcome === "unmet"
  let unknown = applicability.outcome === "unknown"
  let review = applicability.outcome === "review"
  for (let i = 0; i < requires.length; i++) {
    const c = C.run(requires[i] as C.Plan, ctx, slots)
    conditions[i] = c
    if (c.outcome === "unmet") unmet = true
    else if (c.outcome === "unknown") unknown = true
    else if (c.outcome === "review") review = true
  }
  const applicable = applicability.outcome !== "unmet"
  const status: Status = !applicable
    ? "not-applicable"
    : statusOf(unmet ? "unmet" : unknown ? "unknown" : review ? "review" : "met")
  let earliest: Earliest | undefined
  if (status === "not-eligible") {
    let date: CivilDate.CivilDate | undefined
    for (const c of conditions) {
      if (c.outcome !== "unmet") continue
      if (c.metOn === undefined) {
        date = undefined
        break
      }
      if (date === undefined || c.metOn > date) date = c.metOn
    }
    if (date !== undefined)
      earliest = {
        date,
        withinEdition: edition.reference === undefined || date <= edition.reference.date,
      }
  }
  let missing: ReadonlyArray<string> = NONE
  let reviews: ReadonlyArray<string> = NONE
  if (applicable) {
    let ms: Array<string> | undefined
    const add = (xs: ReadonlyArray<string>) => {
      if (xs.length === 0) return
      if (ms === undefined) ms = []
      for (const x of xs) if (!ms.includes(x)) ms.push(x)
    }
    add(applicability.missing)
    for (const c of conditions) add(c.missing)
    if (ms !== undefined) missing = ms
    const rs: Array<string> = []
    reviewsInto(applicability, rs)
    for (const c of conditions) reviewsInto(c, rs)
    if (rs.length > 0) reviews = rs
  }
  const materials = applicable ? edition.materials(ctx, track) : NONE
  const deadlines = edition.deadlines(ctx, track)
  // One literal per combination of the optional fields, so that the keys keep their order (the
  // report's JSON and the golden hashes depend on it). Not one literal with conditional spreads: on
  // this hot path that measured up to 2× slower (bench: --only=engine-002, paired runs, 2026-12-03).
  const exceptionTo = track.exceptionTo
  if (exceptionTo === undefined) {
    if (earliest === undefined)
      return {
        track: track.id,
        edition: edition.id,
        kind: track.kind,
        route: track.route,
        target: track.target,
        title: track.title,
        citation: track.citation,
        status,
        applicability,
        conditions,
        missing,
        reviews,
        judgedAtEvaluation: track.judgedAtEvaluation,
        materials,
        deadlines,
      }
    return {
      track: track.id,
      edition: edition.id,
      kind: track.kind,
      route: track.route,
      target: track.target,
      title: track.title,
      citation: track.citation,
      status,
      applicability,
      conditions,
      missing,
      reviews,
      earliest,
      judgedAtEvaluation: track.judgedAtEvaluation,
      materials,
      deadlines,
    }
  }
  if (earliest === undefined)
    return {
      track: track.id,
      edition: edition.id,
      kind: track.kind,
      route: track.route,
      target: track.target,
      title: track.title,
      citation: track.citation,
      status,
      exceptionTo,
      applicability,
      conditions,
      missing,
      reviews,
      judgedAtEvaluation: track.judgedAtEvaluation,
      materials,
      deadlines,
    }
  return {
    track: track.id,
    edition: edition.id,
    kind: track.kind,
    route: track.route,
    target: track.target,
    title: track.title,
    citation: track.citation,
    status,
    exceptionTo,
    applicability,
    conditions,
    missing,
    reviews,
    earliest,
    judgedAtEvaluation: track.judgedAtEvaluation,
    materials,
    deadlines,
  }
}

const editionUsed = (
  e: Edition,
  doc: PolicyDocument,
  status: DocumentStatus,
  reference: CivilDate.CivilDate,
): EditionUsed => {
  const warning = warningFor(status)
  if (doc.number === undefined)
    return warning === undefined
      ? { edition: e.id, document: doc.id, status, reference }
      : { edition: e.id, document: doc.id, status, reference, warning }
  return warning === undefined
    ? { edition: e.id, document: doc.id, number: doc.number, status, reference }
    : { edition: e.id, document: doc.id, number: doc.number, status, reference, warning }
}

/**
 * Evaluates a request against `editions`; pure, synchronous and browser-safe. Facts dated after the
 * day asked are left out (`Facts.asOfDay`, DOMAIN.md ruling 10). `calendar` is the work calendar
 * periods are counted on (Civil Code art. 203): the official notices unless an operator loaded others.
 */
export const evaluateWith = (
  req: Request,
  editions: ReadonlyArray<Edition>,
  calendar: Calendar = officialCalendar,
): Report => {
  const profile = Facts.asOfDay(req.profile, req.asOf)
  return Facts.request(profile, () => evaluateIn(req, profile, editions, calendar))
}

const evaluateIn = (
  req: Request,
  profile: Profile,
  editions: ReadonlyArray<Edition>,
  calendar: Calendar,
): Report => {
  const used: Array<EditionUsed> = []
  const tracks: Array<TrackResult> = []
  for (const e of editions) {
    if (req.edition !== undefined && e.id !== req.edition) continue
    if (req.jurisdiction !== undefined && !Catalog.governs(e, req.jurisdiction)) continue
    const doc = Catalog.documentOf(e)
    const reference = e.reference?.date ?? req.asOf
    const status = Catalog.statusOn(doc, req.asOf)
    used.push(editionUsed(e, doc, status, reference))
    const ctx: C.Context =
      req.target !== undefined
        ? { profile, asOf: req.asOf, reference, calendar, target: req.target }
        : { profile, asOf: req.asOf, reference, calendar }
    const ep = planOf(e)
    const slots: Array<C.Result | undefined> = new Array(ep.slots)
    for (const tp of ep.plans)
      if (targetMatches(tp.track.target, req.target)) tracks.push(runTrack(e, tp, ctx, slots))
  }
  return { asOf: req.asOf, rulesVersion: Catalog.RULES_VERSION, editions: used, tracks }
}

// ---------------------------------------------------------------------------------------------
// Summary: the answer and the clauses it rests on, without the explanation trees

/** One condition an answer rests on: what it is, its clause, and what it saw (no subtree). */
export interface Ground {
  readonly id: string
  readonly text: Plain
  readonly citation: Citation
  readonly outcome: C.Outcome
  readonly observed?: string
}

/** A track's answer in brief: every field of `TrackResult` but the trees, plus its grounds. */
export interface TrackSummary {
  readonly track: string
  readonly edition: string
  readonly title: Plain
  readonly citation: Citation
  readonly status: Status
  /**
   * The conditions the status rests on. Eligible: each requirement of the track (all met).
   * Not eligible: the unmet conditions, down to the leaves that failed. Incomplete: the leaves
   * waiting for facts. Needs review: the conditions a person must judge. Not applicable: the
   * leaves of "who may apply" that failed.
   */
  readonly grounds: ReadonlyArray<Ground>
  readonly missing: ReadonlyArray<string>
  readonly reviews: ReadonlyArray<string>
  readonly earliest?: Earliest
}

export interface Summary {
  readonly asOf: CivilDate.CivilDate
  readonly rulesVersion: string
  readonly editions: ReadonlyArray<EditionUsed>
  readonly tracks: ReadonlyArray<TrackSummary>
}

const groundOf = (r: C.Result): Ground =>
  r.observed === undefined
    ? { id: r.id, text: r.text, citation: r.citation, outcome: r.outcome }
    : { id: r.id, text: r.text, citation: r.citation, outcome: r.outcome, observed: r.observed }

/**
 * The deepest conditions with outcome `o` under `r`, reached only through nodes with that outcome:
 * the leaves that made a branch fail (or wait, or go to a person). A combination with that outcome
 * but no such child (cannot happen with the four-valued rules, but never lose a ground) counts itself.
 */
const groundsInto = (r: C.Result, o: C.Outcome, out: Array<Ground>, seen: Set<string>): void => {
  if (r.outcome !== o) return
  const ks = r.children
  if (ks?.some((k) => k.outcome === o)) {
    for (const k of ks) groundsInto(k, o, out, seen)
    return
  }
  if (seen.has(r.id)) return
  seen.add(r.id)
  out.push(groundOf(r))
}

const groundsOf = (t: TrackResult): ReadonlyArray<Ground> => {
  if (t.status === "eligible") return t.conditions.map(groundOf)
  const out: Array<Ground> = []
  const seen = new Set<string>()
  if (t.status === "not-applicable") {
    groundsInto(t.applicability, "unmet", out, seen)
    return out
  }
  const o: C.Outcome =
    t.status === "not-eligible" ? "unmet" : t.status === "incomplete" ? "unknown" : "review"
  groundsInto(t.applicability, o, out, seen)
  for (const c of t.conditions) groundsInto(c, o, out, seen)
  return out
}

/** The report in brief: statuses with their grounds (the clauses they rest on), no trees. */
export const summarize = (report: Report): Summary => ({
  asOf: report.asOf,
  rulesVersion: report.rulesVersion,
  editions: report.editions,
  tracks: report.tracks.map((t) => {
    const base = {
      track: t.track,
      edition: t.edition,
      title: t.title,
      citation: t.citation,
      status: t.status,
      grounds: groundsOf(t),
      missing: t.missing,
      reviews: t.reviews,
    }
    return t.earliest === undefined ? base : { ...base, earliest: t.earliest }
  }),
})
