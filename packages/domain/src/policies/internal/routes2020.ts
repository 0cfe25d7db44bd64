/**
 * Small helpers shared by the two documents of 001_fa69ffcda4fe5aee.txt (the national notice
 * 人社厅发〔2020〕13号 and Shanxi's 晋人社厅发〔2020〕38号) and the Shaoxing adoption draft: targets of
 * documents that cover every series, the "within N years of approved leave" window, and a few
 * profile checks that keep unknown apart from "no". Every condition is still built and cited by the
 * edition that imposes it.
 */

import { Either } from "effect"
import type { Citation, Plain } from "../../Citation.ts"
import * as CivilDate from "../../CivilDate.ts"
import * as C from "../../Condition.ts"
import * as Facts from "../../Facts.ts"
import type { Target } from "../../Policy.ts"
import type { Level, Status, WorkPeriod } from "../../Profile.ts"
import * as WorkCalendar from "../../WorkCalendar.ts"

export type Cited = C.Cited

/** Level names for documents that cover every series ("相应级别"). */
export const LEVEL_NAME: Readonly<Record<Level, Plain>> = {
  junior: { zh: "初级职称", en: "junior title" },
  intermediate: { zh: "中级职称", en: "intermediate title" },
  "associate-senior": { zh: "副高级职称", en: "associate senior title" },
  "full-senior": { zh: "正高级职称", en: "full senior title" },
}

/** Target of a document that covers every series at `level`. */
export const anySeries = (level: Level): Target => ({ series: "any", level, name: LEVEL_NAME[level] })

/** Target of a rule open in every series at whatever level the applicant's standard allows ("相应级别"). */
export const anySeriesAnyLevel: Target = {
  series: "any",
  level: "any",
  name: { zh: "相应级别职称（任一系列）", en: "the corresponding title (any series, any level)" },
}

// ---------------------------------------------------------------------------------------------
// Approved leave to start a business or work part-time in a private enterprise ("3年内")

/**
 * The window of `years` years that begins with the approval of leave on `from`, counted as Civil Code
 * arts. 201–203 count a period, on the work calendar's own `periodEnd`: the start day is not counted,
 * the period ends on the corresponding day `years` later (the anniversary, or the last day of February
 * when there is no such day), and a last day that falls on a rest day (a weekend not worked, or a
 * statutory holiday) moves to the next working day. Leave from 2022-05-01: the 3rd anniversary falls in
 * the 2025 Labour Day holiday (1–5 May), so the window runs to 2025-05-06 inclusive.
 */
export const leaveWindowEnd = (
  calendar: WorkCalendar.Calendar,
  from: CivilDate.CivilDate,
  years: number,
): Either.Either<WorkCalendar.PeriodEnd, WorkCalendar.CalendarYearMissing> =>
  calendar.periodEnd(from, { amount: years, unit: "years" })

type Leave = Exclude<NonNullable<Status["leaveToStartBusiness"]>, "no">

/** The approved leave, "no" when the profile says there is none, or an unknown check naming the field. */
const leaveOf = (status: Status | undefined, what: string): Leave | "no" | C.Check => {
  const leave = status?.leaveToStartBusiness
  if (leave === undefined)
    return { outcome: "unknown", observed: `${what} not stated`, missing: ["status.leaveToStartBusiness"] }
  return leave
}

/** Approved leave to start a business or work part-time has begun (appliesWhen). */
export const onApprovedLeave = (spec: Cited): C.Condition =>
  C.leaf({
    ...spec,
    check: ({ profile, reference }) => {
      const leave = leaveOf(profile.status, "approved leave to start a business or work part-time")
      if (leave === "no") return { outcome: "unmet", observed: "not on approved leave" }
      if ("outcome" in leave) return leave
      if (leave.from > reference)
        return {
          outcome: "unmet",
          observed: `leave begins on ${leave.from}, after ${reference}`,
          metOn: leave.from,
        }
      return { outcome: "met", observed: `on approved leave since ${leave.from}` }
    },
  })

/**
 * The reference date lies within `years` years of the start of approved leave (`leaveWindowEnd`: the
 * anniversary included, carried past a rest day by art. 203). When the anniversary has passed and
 * where the window ends depends on a year the calendar has no State Council notice for, the answer is
 * unknown, naming the missing notice: never guessed.
 */
export const withinLeaveWindow = (years: number, spec: Cited): C.Condition =>
  C.leaf({
    ...spec,
    check: ({ profile, reference, calendar }) => {
      const leave = leaveOf(profile.status, "start of leave")
      if (leave === "no") return { outcome: "unmet", observed: "not on approved leave" }
      if ("outcome" in leave) return leave
      if (reference < leave.from)
        return {
          outcome: "unmet",
          observed: `leave begins on ${leave.from}, after ${reference}`,
          metOn: leave.from,
        }
      // Past the calendar's range the window cannot have closed before the reference date.
      const anniversary = Facts.dateOrUndefined(() => CivilDate.addYears(leave.from, years))
      if (anniversary === undefined || reference <= anniversary)
        return {
          outcome: "met",
          observed: `leave began ${leave.from}; the ${years}-year window runs at least to ${anniversary ?? "2200"} inclusive`,
        }
      const end = leaveWindowEnd(calendar ?? WorkCalendar.officialCalendar, leave.from, years)
      if (Either.isLeft(end))
        return {
          outcome: "unknown",
          observed: `leave began ${leave.from}; whether the ${years}-year window ending on ${anniversary} is carried past rest days (Civil Code art. 203) needs the State Council's holiday notice for ${end.left.year}, which the work calendar does not have`,
          missing: NO_FIELDS,
        }
      const { end: last, extendedOver } = end.right
      const extended =
        extendedOver.length > 0
          ? ` (the anniversary ${anniversary} falls on a rest day; art. 203 carries it)`
          : ""
      return reference <= last
        ? {
            outcome: "met",
            observed: `leave began ${leave.from}; the ${years}-year window runs to ${last} inclusive${extended}`,
          }
        : {
            outcome: "unmet",
            observed: `leave began ${leave.from}; the ${years}-year window ended on ${last}${extended}`,
          }
    },
  })

/** No profile field would decide it: the calendar lacks a year's notice. */
const NO_FIELDS: ReadonlyArray<string> = []

// ---------------------------------------------------------------------------------------------
// Profile checks

/**
 * Met when some current work period satisfies `pred`; unknown when none does but some period's
 * answer is unknown (reported under `missing`); unmet otherwise (Facts.someCurrentWork).
 */
export const currentWorkWhere = (
  spec: Cited & { readonly missing: string; readonly describe: (w: WorkPeriod) => string },
  pred: (w: WorkPeriod) => boolean | undefined,
): C.Condition =>
  C.leaf({
    id: spec.id,
    text: spec.text,
    citation: spec.citation,
    check: ({ profile }) =>
      Facts.someCurrentWork(
        profile,
        (w) => {
          const v = pred(w)
          return v === undefined ? [spec.missing] : v
        },
        spec.describe,
      ),
  })

/**
 * The parts of "离岗创业…3年内可在原单位按规定申报职称" that read the same wherever a document
 * repeats it (the national notice 一 and Shanxi item 11): the 3-year window, the original unit's
 * rules (a review) and the evidence the committee weighs. `ed` prefixes the ids; `cite` cites the
 * edition's own article.
 */
export const leaveToStartBusinessParts = (
  ed: string,
  years: number,
  cite: (quote: string) => Citation,
): {
  readonly window: C.Condition
  readonly originalUnitRules: C.Condition
  readonly evidence: { readonly text: { zh: string; en: string }; readonly citation: Citation }
} => ({
  window: withinLeaveWindow(years, {
    id: `${ed}/leave/within-3-years`,
    text: {
      zh: "自批准离岗之日起3年内（含3周年当日）",
      en: "Within 3 years of the start of the approved leave (the 3rd anniversary itself still counts)",
    },
    citation: cite("3年内可在原单位按规定申报职称"),
  }),
  originalUnitRules: C.review({
    id: `${ed}/leave/original-unit-rules`,
    text: {
      zh: "在原单位按规定申报：须符合原单位所在系列（专业）的申报条件（条件不在本系统资料中）",
      en: "You apply at your original unit under its rules: the series' conditions for the level you seek apply (they are not in the sources)",
    },
    citation: cite("可在原单位按规定申报职称"),
  }),
  evidence: {
    text: {
      zh: "创业和兼职期间的工作业绩作为职称评审的依据",
      en: "Your work during the business or part-time job counts as evidence in the evaluation",
    },
    citation: cite("其创业和兼职期间工作业绩作为职称评审的依据"),
  },
})
