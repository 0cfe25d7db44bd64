/**
 * Facts derived from a profile, with unknown kept apart from "no": the vocabulary rule authors use
 * inside leaf checks (and one leaf, a yes/no status flag). Nothing here decides eligibility.
 */
import * as CivilDate from "./CivilDate.ts"
import type { Check, Context } from "./Condition.ts"
import * as C from "./Condition.ts"
import type { Education, EducationLevel, Profile, TitleHeld, WorkPeriod } from "./Profile.ts"

type Date = CivilDate.CivilDate

// ---------------------------------------------------------------------------------------------
// Three-valued answers

/**
 * The one three-valued answer every rule uses below a condition: `true` (yes), `false` (no), or the
 * profile field paths (`"work[].place"`, `"status.talentCard"`) whose absence leaves it open. An
 * absent field is unknown, never "no" (Profile.ts): the open case names what is missing, so a report
 * can say "unknown" and the interview can ask for exactly those fields. An open answer names at
 * least one path.
 *
 * Combine answers with `triAll` / `triAny`; read a yes/no status field with `statusFlag`.
 */
export type Tri = boolean | ReadonlyArray<string>

/** The answer is open (its value is the list of missing paths). */
export const isUnsure = (t: Tri): t is ReadonlyArray<string> => typeof t !== "boolean"

const unique = C.unique

/** The missing paths of the open answers among `ts`, in order, each once. */
const openPaths = (ts: ReadonlyArray<Tri>): ReadonlyArray<string> =>
  unique(ts.flatMap((t) => (isUnsure(t) ? t : [])))

/**
 * Three-valued AND: `false` if any answer is `false` (a definite "no" wins over "cannot tell"); else
 * open, naming every open answer's paths; else `true`.
 */
export const triAll = (...ts: ReadonlyArray<Tri>): Tri => {
  if (ts.includes(false)) return false
  const missing = openPaths(ts)
  return missing.length > 0 ? missing : true
}

/**
 * Three-valued OR: `true` if any answer is `true`; else open, naming every open answer's paths; else
 * `false`.
 */
export const triAny = (...ts: ReadonlyArray<Tri>): Tri => {
  if (ts.includes(true)) return true
  const missing = openPaths(ts)
  return missing.length > 0 ? missing : false
}

/** A yes/no status field of the profile. */
export type StatusFlag = "retired" | "highLevelTalent" | "talentCard" | "examInsteadOfEvaluation"

/**
 * The leaf "the status field `key` is `want`": met or unmet on the stated value, unknown (missing
 * `status.<key>`) when it is absent. `words` describe the stated value and the absence (by default
 * `status.<key> is true|false` and `status.<key> not stated`).
 *
 * @example statusFlag({ id, text, citation }, "talentCard", true, { yes: "holds a card", no: "holds none" })
 */
export const statusFlag = (
  spec: C.Cited,
  key: StatusFlag,
  want: boolean,
  words: { readonly yes: string; readonly no: string; readonly absent?: string } = {
    yes: `status.${key} is true`,
    no: `status.${key} is false`,
  },
): C.Condition =>
  C.leaf({
    ...spec,
    check: ({ profile }) => {
      const v = profile.status?.[key]
      if (v === undefined)
        return {
          outcome: "unknown",
          observed: words.absent ?? `status.${key} not stated`,
          missing: [`status.${key}`],
        }
      return { outcome: v === want ? "met" : "unmet", observed: v ? words.yes : words.no }
    },
  })

/**
 * A date computed from a profile date, or undefined when it falls past the calendar's range (2200):
 * evaluation must stay total on any valid profile.
 */
export const dateOrUndefined = (f: () => Date): Date | undefined => {
  try {
    return f()
  } catch (e) {
    if (e instanceof RangeError) return undefined
    throw e
  }
}

// ---------------------------------------------------------------------------------------------
// One request

interface Scope {
  readonly profile: Profile
  readonly values: Map<unknown, unknown>
}

/** The request being evaluated (set by `request`, synchronous, restored after). */
let scope: Scope | undefined

/**
 * Runs `f` as one request about `profile` (Eligibility.evaluate does): inside it, a fact that
 * several leaves derive from that profile (its current work, a description of it, the
 * assistant-engineer title) is derived once. Nothing is kept once `f` returns, so a profile
 * changed between requests is always read afresh.
 */
export const request = <A>(profile: Profile, f: () => A): A => {
  const outer = scope
  scope = { profile, values: new Map() }
  try {
    return f()
  } finally {
    scope = outer
  }
}

/**
 * `derive()`, remembered under `key` for the rest of the current request when `p` is the profile
 * it is about; outside a request, or for another profile, derived every time. `key` names the
 * fact (a function or a constant object of the caller's), and the fact may depend only on `p`.
 */
export const once = <A>(p: Profile, key: object, derive: () => A): A => {
  const s = scope
  if (s === undefined || s.profile !== p) return derive()
  const values = s.values
  const known = values.get(key)
  if (known !== undefined || values.has(key)) return known as A
  const v = derive()
  values.set(key, v)
  return v
}

// ---------------------------------------------------------------------------------------------
// Facts that exist on the day asked (DOMAIN.md ruling 10)

/** The records of `xs` dated on or before `day`; `xs` itself when none is later (the common case). */
const until = <A>(xs: ReadonlyArray<A> | undefined, day: Date, dateOf: (x: A) => string | undefined) => {
  if (xs === undefined) return xs
  let later = false
  for (const x of xs) {
    const d = dateOf(x)
    if (d !== undefined && d > day) {
      later = true
      break
    }
  }
  return later
    ? xs.filter((x) => {
        const d = dateOf(x)
        return d === undefined || d <= day
      })
    : xs
}

/**
 * The profile as it stands on `day`, the day asked (DOMAIN.md ruling 10): a title, skill,
 * qualification or exam pass obtained later, an education completed later, a work period, post,
 * patent, award, project, honour, paper or enterprise honour dated later does not exist yet and is
 * left out. The profile itself is returned when nothing in it is dated later. Pension months are
 * bounded by the day asked where they are counted (ruling 9); approved leave that begins later is
 * kept, so that the checks reading it can say when it begins.
 */
export const asOfDay = (p: Profile, day: Date): Profile => (datedAfter(p, day) ? leaveOut(p, day) : p)

/** True when some record of `p` is dated after `day`: plain loops, since every request asks. */
const datedAfter = (p: Profile, day: Date): boolean => {
  if (p.education !== undefined)
    for (const e of p.education) if (e.graduated !== undefined && e.graduated > day) return true
  if (p.titles !== undefined) for (const t of p.titles) if (t.obtained > day) return true
  if (p.skills !== undefined) for (const x of p.skills) if (x.obtained > day) return true
  if (p.qualifications !== undefined) for (const x of p.qualifications) if (x.obtained > day) return true
  if (p.examPasses !== undefined) for (const x of p.examPasses) if (x.date > day) return true
  if (p.work !== undefined) for (const w of p.work) if (w.from > day) return true
  const a = p.achievements
  if (a === undefined) return false
  if (a.patents !== undefined) for (const x of a.patents) if (x.granted > day) return true
  if (a.softwareCopyrights !== undefined)
    for (const x of a.softwareCopyrights) if (x.registered > day) return true
  if (a.awards !== undefined) for (const x of a.awards) if (x.date > day) return true
  if (a.projects !== undefined) for (const x of a.projects) if (x.date > day) return true
  if (a.honours !== undefined) for (const x of a.honours) if (x.date > day) return true
  if (a.papers !== undefined) for (const x of a.papers) if (x.date > day) return true
  if (a.posts !== undefined) for (const x of a.posts) if (x.from > day) return true
  if (a.enterpriseHonours !== undefined)
    for (const x of a.enterpriseHonours) if (x.published > day) return true
  return false
}

const leaveOut = (p: Profile, day: Date): Profile => {
  const education = until(p.education, day, (e) => e.graduated)
  const titles = until(p.titles, day, (t) => t.obtained)
  const skills = until(p.skills, day, (s) => s.obtained)
  const qualifications = until(p.qualifications, day, (q) => q.obtained)
  const examPasses = until(p.examPasses, day, (x) => x.date)
  const work = until(p.work, day, (w) => w.from)
  const a = p.achievements
  let achievements = a
  if (a !== undefined) {
    const patents = until(a.patents, day, (x) => x.granted)
    const softwareCopyrights = until(a.softwareCopyrights, day, (x) => x.registered)
    const awards = until(a.awards, day, (x) => x.date)
    const projects = until(a.projects, day, (x) => x.date)
    const honours = until(a.honours, day, (x) => x.date)
    const papers = until(a.papers, day, (x) => x.date)
    const posts = until(a.posts, day, (x) => x.from)
    const enterpriseHonours = until(a.enterpriseHonours, day, (x) => x.published)
    if (
      patents !== a.patents ||
      softwareCopyrights !== a.softwareCopyrights ||
      awards !== a.awards ||
      projects !== a.projects ||
      honours !== a.honours ||
      papers !== a.papers ||
      posts !== a.posts ||
      enterpriseHonours !== a.enterpriseHonours
    )
      achievements = {
        ...a,
        ...(patents !== undefined ? { patents } : {}),
        ...(softwareCopyrights !== undefined ? { softwareCopyrights } : {}),
        ...(awards !== undefined ? { awards } : {}),
        ...(projects !== undefined ? { projects } : {}),
        ...(honours !== undefined ? { honours } : {}),
        ...(papers !== undefined ? { papers } : {}),
        ...(posts !== undefined ? { posts } : {}),
        ...(enterpriseHonours !== undefined ? { enterpriseHonours } : {}),
      }
  }
  if (
    education === p.education &&
    titles === p.titles &&
    skills === p.skills &&
    qualifications === p.qualifications &&
    examPasses === p.examPasses &&
    work === p.work &&
    achievements === a
  )
    return p
  return {
    ...p,
    ...(education !== undefined ? { education } : {}),
    ...(titles !== undefined ? { titles } : {}),
    ...(skills !== undefined ? { skills } : {}),
    ...(qualifications !== undefined ? { qualifications } : {}),
    ...(examPasses !== undefined ? { examPasses } : {}),
    ...(work !== undefined ? { work } : {}),
    ...(achievements !== undefined ? { achievements } : {}),
  }
}

// ---------------------------------------------------------------------------------------------
// Lengths of time

/**
 * Completed years of a set of work periods up to `reference`. Periods are clipped to the reference,
 * overlaps merged; gaps shorten the total (the length counts as one continuous span of the same
 * number of days ending on the reference date, then whole years by anniversary — DOMAIN.md).
 * `ongoing` tells whether the last span reaches the reference, so that `metOn` can say when
 * `n` years will be complete if the work goes on.
 */
export interface Span {
  readonly days: number
  readonly years: number
  readonly ongoing: boolean
  readonly equivalentStart?: Date
}

export const span = (periods: ReadonlyArray<{ from: Date; to: Date | "present" }>, reference: Date): Span => {
  // On day numbers: clip to the reference, drop empty periods, sort by start (stable), merge
  // periods that overlap or touch, sum the days.
  const ref = CivilDate.toDayNumber(reference)
  const n = periods.length
  const froms: Array<number> = []
  const tos: Array<number> = []
  for (let i = 0; i < n; i++) {
    const p = periods[i] as { from: Date; to: Date | "present" }
    const from = CivilDate.toDayNumber(p.from)
    const to = p.to === "present" ? ref : Math.min(CivilDate.toDayNumber(p.to), ref)
    if (from > to) continue
    // Insertion keeps equal starts in input order, as a stable sort does.
    let j = froms.length
    froms.push(from)
    tos.push(to)
    while (j > 0 && (froms[j - 1] as number) > from) {
      froms[j] = froms[j - 1] as number
      tos[j] = tos[j - 1] as number
      j--
    }
    froms[j] = from
    tos[j] = to
  }
  if (froms.length === 0) return { days: 0, years: 0, ongoing: false }
  let days = 0
  let curFrom = froms[0] as number
  let curTo = tos[0] as number
  for (let i = 1; i < froms.length; i++) {
    const from = froms[i] as number
    const to = tos[i] as number
    if (from - curTo <= 1) {
      if (to > curTo) curTo = to
    } else {
      days += curTo - curFrom + 1
      curFrom = from
      curTo = to
    }
  }
  days += curTo - curFrom + 1
  const ongoing = curTo === ref
  const equivalentStart = CivilDate.fromDayNumber(ref + 1 - days)
  return { days, years: CivilDate.completedYears(equivalentStart, reference), ongoing, equivalentStart }
}

/** A check that a span reaches `n` whole years, with the date it will if it goes on. */
export const spanAtLeast = (s: Span, n: number, what: string, reference: Date): Check => {
  const observed = `${s.years} whole year(s) of ${what} to ${reference}`
  if (s.years >= n) return { outcome: "met", observed }
  if (s.ongoing && s.equivalentStart !== undefined) {
    return { outcome: "unmet", observed, metOn: CivilDate.yearsCompletedOn(s.equivalentStart, n) }
  }
  return { outcome: "unmet", observed }
}

/** A check that at least `n` whole years have passed since `since` (the start day counting as the first). */
export const yearsSince = (since: Date, n: number, what: string, reference: Date): Check => {
  const years = CivilDate.completedYears(since, reference)
  const observed = `${years} whole year(s) since ${what} on ${since}, to ${reference}`
  return years >= n
    ? { outcome: "met", observed }
    : { outcome: "unmet", observed, metOn: CivilDate.yearsCompletedOn(since, n) }
}

// ---------------------------------------------------------------------------------------------
// Work

/** The work periods, or undefined when the profile does not say (unknown). */
export const work = (p: Profile): ReadonlyArray<WorkPeriod> | undefined => p.work

/**
 * Work periods matching a predicate that may itself not know (returns the missing field paths, or
 * undefined for "cannot tell"). Periods whose match is open are returned apart, with the paths that
 * would decide them, so a check can say "unknown" only when they could matter.
 */
export const partitionWork = (
  p: Profile,
  matches: (w: WorkPeriod) => Tri | undefined,
):
  | {
      readonly yes: ReadonlyArray<WorkPeriod>
      readonly unsure: ReadonlyArray<WorkPeriod>
      /** The paths the open periods lack (those answering undefined report none). */
      readonly missing: ReadonlyArray<string>
    }
  | undefined => {
  if (p.work === undefined) return undefined
  const yes: Array<WorkPeriod> = []
  const unsure: Array<WorkPeriod> = []
  const missing: Array<string> = []
  for (const w of p.work) {
    const m = matches(w)
    if (m === true) yes.push(w)
    else if (m === undefined) unsure.push(w)
    else if (m !== false) {
      unsure.push(w)
      missing.push(...m)
    }
  }
  return { yes, unsure, missing: unique(missing) }
}

/**
 * "From `n` years of work matching `matches`": met on the known periods alone; unknown when the
 * unsure periods could make up the difference; unmet otherwise. When unknown, `missing` names the
 * paths the open periods reported (`matches` returning them), else `missingPaths`.
 */
export const workYearsAtLeast = (
  ctx: Context,
  n: number,
  what: string,
  matches: (w: WorkPeriod) => Tri | undefined,
  missingPaths: ReadonlyArray<string> = ["work"],
  since?: Date,
): Check => {
  // Several leaves measure the same periods (002 reads work since each graduation, for each reading of
  // relatedness): the partition and its spans are derived once per request, by predicate.
  const spans = once(ctx.profile, matches, () => workSpans(ctx.profile, matches))
  const parts = spans.parts
  if (parts === undefined)
    return { outcome: "unknown", observed: "work history not given", missing: ["work"] }
  const known = spanOf(spans.known, parts.yes, since, ctx.reference)
  const check = spanAtLeast(known, n, what, ctx.reference)
  if (check.outcome === "met" || parts.unsure.length === 0) return check
  const withUnsure = spanOf(spans.withUnsure, parts.all, since, ctx.reference)
  if (withUnsure.years < n) return check
  return {
    outcome: "unknown",
    observed: `${known.years} whole year(s) of ${what} known; ${parts.unsure.length} period(s) not described enough to count`,
    missing: parts.missing.length > 0 ? parts.missing : missingPaths,
  }
}

/** Spans by reference date, then by start (`since`, undefined for none). */
type SpanCache = Map<Date, Map<Date | undefined, Span>>

interface WorkSpans {
  readonly parts:
    | (NonNullable<ReturnType<typeof partitionWork>> & { readonly all: ReadonlyArray<WorkPeriod> })
    | undefined
  readonly known: SpanCache
  readonly withUnsure: SpanCache
}

const workSpans = (p: Profile, matches: (w: WorkPeriod) => Tri | undefined): WorkSpans => {
  const parts = partitionWork(p, matches)
  return {
    parts: parts === undefined ? undefined : { ...parts, all: [...parts.yes, ...parts.unsure] },
    known: new Map(),
    withUnsure: new Map(),
  }
}

const spanOf = (
  cache: SpanCache,
  periods: ReadonlyArray<WorkPeriod>,
  since: Date | undefined,
  reference: Date,
): Span => {
  let bySince = cache.get(reference)
  if (bySince === undefined) {
    bySince = new Map()
    cache.set(reference, bySince)
  }
  let s = bySince.get(since)
  if (s === undefined) {
    s = span(clipped(periods, since), reference)
    bySince.set(since, s)
  }
  return s
}

const clipped = (ws: ReadonlyArray<WorkPeriod>, since: Date | undefined) =>
  since === undefined ? ws : ws.map((w) => ({ from: CivilDate.max(w.from, since), to: w.to }))

/** The applicant's current work periods (those running to "present"). */
export const currentWork = (p: Profile): ReadonlyArray<WorkPeriod> | undefined =>
  p.work?.filter((w) => w.to === "present")

/**
 * "Some current work period satisfies `pred`", so that place, employer kind and the rest are read off
 * the same period: met when one does; unknown, naming the paths the open periods lack, when none does
 * but one might; unmet otherwise (also when there is no current period).
 */
export const someCurrentWork = (
  profile: Profile,
  pred: (w: WorkPeriod) => Tri,
  describe: (w: WorkPeriod) => string,
): Check => {
  const cur = once(profile, currentWork, () => currentWork(profile))
  if (cur === undefined) return { outcome: "unknown", observed: "work history not given", missing: ["work"] }
  if (cur.length === 0) return { outcome: "unmet", observed: "no current work period" }
  const answers = cur.map(pred)
  // Several leaves describe the current work alike (the same `describe`): the text is built once.
  const observed = once(profile, describe, () => `current work: ${cur.map(describe).join("; ")}`)
  if (answers.some((a) => a === true)) return { outcome: "met", observed }
  const missing = openPaths(answers)
  if (missing.length > 0) return { outcome: "unknown", observed, missing }
  return { outcome: "unmet", observed }
}

/** A period's posting (被派驻外地), when it is one: undefined for "no" and for "not stated". */
export const postingOf = (w: WorkPeriod): { readonly place: string; readonly from: Date } | undefined =>
  w.postedTo === undefined || w.postedTo === "no" ? undefined : w.postedTo

// ---------------------------------------------------------------------------------------------
// Education

/** Rank of a level for "X or above" comparisons (technical-school classes are ranked via an equivalence). */
export const LEVEL_RANK: Readonly<Record<EducationLevel, number>> = {
  "high-school-or-below": 0,
  "technical-school-intermediate-class": 1,
  "secondary-vocational": 1,
  "technical-school-senior-class": 2,
  associate: 2,
  "technical-school-preparatory-technician-class": 3,
  bachelor: 3,
  master: 4,
  doctorate: 5,
}

export const isTechnicalSchoolClass = (l: EducationLevel): boolean => l.startsWith("technical-school-")

/**
 * Finds the education records satisfying `pred`; "unknown" when there are none that do but some
 * record leaves a field `pred` needs unanswered (pred returns undefined), or the list is absent.
 */
export const hasEducation = (
  p: Profile,
  pred: (e: Education) => boolean | undefined,
): { readonly answer: boolean | undefined; readonly match?: Education } => {
  if (p.education === undefined) return { answer: undefined }
  let unsure = false
  for (const e of p.education) {
    const r = pred(e)
    if (r === true) return { answer: true, match: e }
    if (r === undefined) unsure = true
  }
  return { answer: unsure ? undefined : false }
}

/** A master's or doctor's degree, or a second bachelor's degree where `second` says it counts. */
export const degreeAtLeastMaster = (e: Education): boolean | undefined =>
  e.degree === undefined
    ? e.level === "master" || e.level === "doctorate"
      ? undefined
      : false
    : e.degree === "master" || e.degree === "doctor"

// ---------------------------------------------------------------------------------------------
// Titles

/** The earliest date a matching title was obtained, undefined when none is held or titles are unknown. */
export const earliestTitle = (p: Profile, pred: (t: TitleHeld) => boolean): TitleHeld | undefined =>
  p.titles?.filter(pred).sort((a, b) => CivilDate.compare(a.obtained, b.obtained))[0]

// ---------------------------------------------------------------------------------------------
// Pension insurance

const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1

/**
 * Months of pension insurance of the given kinds on record on `asOf`, the day asked (DOMAIN.md
 * ruling 9): a month counts when a recorded period covers it; an ongoing period ("present") counts up
 * to the month before the month of `asOf`, whose contribution is not yet on record, and so does a
 * closed period written with an end in that month or later; months after the day asked never count.
 * `ongoing` tells whether a period runs on past that month (so more months will be recorded), and
 * `runsTo` how far: the last month index a period covers (Infinity for "present").
 */
export const pensionMonths = (
  p: Profile,
  asOf: Date,
  kinds: ReadonlyArray<"employee" | "flexible"> = ["employee", "flexible"],
): { readonly months: number; readonly ongoing: boolean } | undefined => {
  const r = pensionRecord(p, asOf, kinds)
  return r === undefined ? undefined : { months: r.months, ongoing: r.ongoing }
}

interface PensionRecord {
  readonly months: number
  readonly ongoing: boolean
  /** The periods' month intervals, merged and sorted, uncapped (for when further months are recorded). */
  readonly merged: ReadonlyArray<readonly [number, number]>
  /** Index of the last month on record on the day asked (the month before its month). */
  readonly cap: number
}

const pensionRecord = (
  p: Profile,
  asOf: Date,
  kinds: ReadonlyArray<"employee" | "flexible">,
): PensionRecord | undefined => {
  if (p.pension === undefined) return undefined
  const day = CivilDate.parts(asOf)
  const cap = day.year * 12 + day.month - 2
  // Distinct months = the length of the union of the month intervals: sort by start, merge, sum.
  const froms: Array<number> = []
  const tos: Array<number> = []
  for (const period of p.pension) {
    if (!kinds.includes(period.kind)) continue
    const from = monthIndex(period.from)
    const to = period.to === "present" ? Number.POSITIVE_INFINITY : monthIndex(period.to)
    if (!(from <= to)) continue
    let j = froms.length
    froms.push(from)
    tos.push(to)
    while (j > 0 && (froms[j - 1] as number) > from) {
      froms[j] = froms[j - 1] as number
      tos[j] = tos[j - 1] as number
      j--
    }
    froms[j] = from
    tos[j] = to
  }
  const merged: Array<readonly [number, number]> = []
  for (let i = 0; i < froms.length; i++) {
    const from = froms[i] as number
    const to = tos[i] as number
    const last = merged[merged.length - 1]
    if (last !== undefined && from <= last[1] + 1) {
      if (to > last[1]) merged[merged.length - 1] = [last[0], to]
    } else merged.push([from, to])
  }
  let months = 0
  let ongoing = false
  for (const [from, to] of merged) {
    if (to > cap) ongoing = true
    if (from <= cap) months += Math.min(to, cap) - from + 1
  }
  return { months, ongoing, merged, cap }
}

/**
 * The first day on which `need` months will be on record, if the recorded periods run on as written:
 * a month is recorded once it has passed, so the month after it counts it. Undefined when the periods
 * end before `need` months are covered.
 */
const pensionMetOn = (r: PensionRecord, need: number): Date | undefined => {
  let left = need - r.months
  for (const [from, to] of r.merged) {
    if (to <= r.cap) continue
    const start = Math.max(from, r.cap + 1)
    const available = to - start + 1
    if (available >= left) {
      const month = start + left - 1 + 1
      return CivilDate.fromParts(Math.floor(month / 12), (month % 12) + 1, 1)
    }
    left -= available
  }
  return undefined
}

/** A check for "参加…养老保险满N年以上" (N whole years = 12·N months, 满/以上 include N), on the day asked. */
export const pensionYearsAtLeast = (ctx: Context, years: number): Check => {
  const r = pensionRecord(ctx.profile, ctx.asOf, ["employee", "flexible"])
  if (r === undefined)
    return { outcome: "unknown", observed: "pension insurance not given", missing: ["pension"] }
  const need = years * 12
  const observed = `${r.months} month(s) of employee or flexible-employment pension insurance on record on ${ctx.asOf}`
  if (r.months >= need) return { outcome: "met", observed }
  const metOn = dateOrUndefined(() => pensionMetOn(r, need) as Date)
  return metOn === undefined ? { outcome: "unmet", observed } : { outcome: "unmet", observed, metOn }
}
