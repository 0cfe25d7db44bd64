/**
 * Small leaf builders shared by the Weihai (003) and Bayingolin (004) editions: education "at or
 * above" a named level, degrees, current work, titles held for N years and work years with precise
 * missing paths, in the Facts vocabulary (`Facts.Tri`). Each call site passes its own id, text and
 * citation.
 */
import * as C from "../../Condition.ts"
import * as Facts from "../../Facts.ts"
import { isUnsure, type Tri } from "../../Facts.ts"
import { within } from "../../Policy.ts"
import type {
  Degree,
  Education,
  EducationLevel,
  EmployerKind,
  Profile,
  TitleHeld,
  WorkPeriod,
} from "../../Profile.ts"

export type Cited = C.Cited

/**
 * The levels 003 and 004 name, ranked for "X学历" read as "X or above". Technical-school classes are
 * absent on purpose: only the Shanxi document (001 item 9) maps them to 中专/大专/本科, and neither
 * 003 nor 004 does, so they satisfy no education condition here.
 */
export const NAMED_LEVEL_RANK: Readonly<Partial<Record<EducationLevel, number>>> = {
  "high-school-or-below": 0,
  "secondary-vocational": 1,
  associate: 2,
  bachelor: 3,
  master: 4,
  doctorate: 5,
}

/**
 * The answer as these editions' leaves report it: an open answer names only its first missing path
 * (for a conjunction or disjunction, the first open part in the order the text lists them), so the
 * interview asks for one field of a record at a time. The other editions report every path.
 */
const firstMissing = (t: Tri): Tri => (isUnsure(t) && t.length > 1 ? t.slice(0, 1) : t)

/** One education record satisfies `pred`; otherwise unknown when some record lacks what `pred` needs. */
export const findEducation = (
  p: Profile,
  pred: (e: Education) => Tri,
): {
  readonly answer: boolean | undefined
  readonly match?: Education
  readonly missing: ReadonlyArray<string>
} => {
  if (p.education === undefined) return { answer: undefined, missing: ["education"] }
  const missing = new Set<string>()
  for (const e of p.education) {
    const v = firstMissing(pred(e))
    if (v === true) return { answer: true, match: e, missing: [] }
    if (v !== false) for (const path of v) missing.add(path)
  }
  return missing.size > 0 ? { answer: undefined, missing: [...missing] } : { answer: false, missing: [] }
}

const describeEducation = (e: Education): string =>
  [
    e.level,
    e.degree !== undefined ? `degree ${e.degree}` : undefined,
    e.fullTime === true ? "full-time" : e.fullTime === false ? "not full-time" : undefined,
  ]
    .filter((s) => s !== undefined)
    .join(", ")

/** A leaf on the education records. */
export const educationLeaf = (spec: Cited, what: string, pred: (e: Education) => Tri): C.Condition =>
  C.leaf({
    ...spec,
    check: ({ profile }) => {
      const r = findEducation(profile, pred)
      if (r.answer === true && r.match !== undefined)
        return { outcome: "met", observed: `${what}: ${describeEducation(r.match)}` }
      if (r.answer === false)
        return {
          outcome: "unmet",
          observed: `no ${what} among ${(profile.education ?? []).map(describeEducation).join("; ") || "no education records"}`,
        }
      return { outcome: "unknown", observed: `cannot tell whether there is ${what}`, missing: r.missing }
    },
  })

/** "X学历" read as X or above (NAMED_LEVEL_RANK); with `fullTime`, the record must be full-time (全日制). */
export const levelAtLeast =
  (min: EducationLevel, opts: { readonly fullTime?: boolean } = {}) =>
  (e: Education): Tri => {
    const rank = NAMED_LEVEL_RANK[e.level]
    const need = NAMED_LEVEL_RANK[min]
    if (rank === undefined || need === undefined || rank < need) return false
    if (opts.fullTime !== true) return true
    return e.fullTime === undefined ? ["education[].fullTime"] : e.fullTime
  }

/**
 * The record carries one of `degrees`. When the degree is not given, the answer is open only for
 * records at a level that can carry such a degree (`possibleAt` or above).
 */
export const degreeIn =
  (degrees: ReadonlyArray<Degree>, possibleAt: EducationLevel, opts: { readonly fullTime?: boolean } = {}) =>
  (e: Education): Tri => {
    const base: Tri =
      e.degree !== undefined
        ? degrees.includes(e.degree)
        : (NAMED_LEVEL_RANK[e.level] ?? -1) >= (NAMED_LEVEL_RANK[possibleAt] ?? 99)
          ? ["education[].degree"]
          : false
    if (base === false || opts.fullTime !== true) return base
    if (e.fullTime === false) return false
    if (e.fullTime === undefined) return base === true ? ["education[].fullTime"] : base
    return base
  }

/** Any of the predicates on the same record (Facts.triAny). */
export const either =
  (...preds: ReadonlyArray<(e: Education) => Tri>) =>
  (e: Education): Tri =>
    Facts.triAny(...preds.map((p) => p(e)))

// ---------------------------------------------------------------------------------------------
// Work

/**
 * A current work period (running to "present") that matches `pred` as a whole, so place, employer
 * kind and the rest are read off the same period.
 */
export const currentPeriodLeaf = (spec: Cited, what: string, pred: (w: WorkPeriod) => Tri): C.Condition =>
  C.leaf({
    ...spec,
    check: ({ profile }) =>
      Facts.someCurrentWork(
        profile,
        (w) => firstMissing(pred(w)),
        (w) => `${describeWork(w)} (${what}: ${answerWord(pred(w))})`,
      ),
  })

const answerWord = (t: Tri): string => (t === true ? "yes" : t === false ? "no" : "not known")

export const describeWork = (w: WorkPeriod): string =>
  [
    w.employer,
    w.employerKind,
    w.place !== undefined ? `in ${w.place}` : undefined,
    w.postedTo === "no"
      ? "not posted"
      : w.postedTo !== undefined
        ? `posted to ${w.postedTo.place} from ${w.postedTo.from}`
        : undefined,
    w.workKind,
    `${w.from}–${w.to}`,
  ]
    .filter((s) => s !== undefined)
    .join(", ")

export const placeWithin = (w: WorkPeriod, area: string): Tri =>
  w.place === undefined ? ["work[].place"] : within(w.place, area)

export const kindIn = (w: WorkPeriod, kinds: ReadonlyArray<EmployerKind>): Tri =>
  w.employerKind === undefined ? ["work[].employerKind"] : kinds.includes(w.employerKind)

/** The applicant's current work is engineering-technical work (工程技术工作). */
export const engineeringWorkNow = (spec: Cited): C.Condition =>
  currentPeriodLeaf(spec, "current work is engineering-technical", (w) =>
    w.workKind === undefined ? ["work[].workKind"] : w.workKind === "engineering-technical",
  )

/**
 * Whole years of work matching `pred` (Facts.workYearsAtLeast, anniversary rule, gaps shorten the
 * total), reporting the precise field paths that keep unsure periods from counting.
 */
export const workYearsLeaf = (
  spec: Cited,
  n: number,
  what: string,
  pred: (w: WorkPeriod) => Tri,
): C.Condition =>
  C.leaf({ ...spec, check: (ctx) => Facts.workYearsAtLeast(ctx, n, what, (w) => firstMissing(pred(w))) })

// ---------------------------------------------------------------------------------------------
// Titles

/**
 * Holds a title matching `pred` for at least `years` whole years (the earliest such title counts).
 * `pred` may leave a title open (e.g. grade not given): then the answer is open only if that title
 * could make the difference.
 */
export const titleHeldYears = (
  spec: Cited,
  what: string,
  years: number,
  pred: (t: TitleHeld) => Tri,
): C.Condition =>
  C.leaf({
    ...spec,
    check: ({ profile, reference }) => {
      if (profile.titles === undefined)
        return { outcome: "unknown", observed: "titles not given", missing: ["titles"] }
      const sure = profile.titles.filter((t) => pred(t) === true)
      const unsure = profile.titles.filter((t) => isUnsure(pred(t)))
      const first = [...sure].sort((a, b) =>
        a.obtained < b.obtained ? -1 : a.obtained > b.obtained ? 1 : 0,
      )[0]
      const known = first === undefined ? undefined : Facts.yearsSince(first.obtained, years, what, reference)
      if (known?.outcome === "met") return known
      const couldHelp = unsure.filter(
        (t) => Facts.yearsSince(t.obtained, years, what, reference).outcome === "met",
      )
      if (couldHelp.length > 0) {
        const paths = new Set(
          couldHelp.map((t) => firstMissing(pred(t))).flatMap((v) => (isUnsure(v) ? v : [])),
        )
        return {
          outcome: "unknown",
          observed: `cannot tell whether a title held long enough is ${what}`,
          missing: [...paths],
        }
      }
      return known ?? { outcome: "unmet", observed: `no ${what} held` }
    },
  })

/** A leaf that never blocks: it reports information (e.g. the application channel) as `observed`. */
export const inform = (spec: Cited, describe: (p: Profile) => string): C.Condition =>
  C.leaf({ ...spec, check: ({ profile }) => ({ outcome: "met", observed: describe(profile) }) })
