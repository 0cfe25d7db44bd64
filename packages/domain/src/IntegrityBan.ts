/**
 * Integrity bans (职称评审诚信档案, DOMAIN.md ruling 7): a fraud finding bars applying for a higher
 * title "从评审次年起3年内" — in the evaluation years after the evaluation year of the application in
 * which the fraud occurred, whenever the fraud is found.
 *
 * A finding records that evaluation year and the day it was found; the banned years are always
 * derived here from the finding and the edition's rule ({@link bannedYears}), never read from years a
 * caller typed. Profiles, the integrity record and revocations all go through this module.
 */
import { Either, ParseResult } from "effect"
// Schema from its own module, not the `effect` index, and every top-level call marked pure: a
// bundler can then drop these schemas from a page that uses only the functions (issue #10).
import * as Schema from "effect/Schema"
import type { Citation } from "./Citation.ts"
import * as CivilDate from "./CivilDate.ts"

/**
 * How an edition bans: for `years` evaluation years, the first being the year after the evaluation
 * year of the application in which the fraud occurred ("从评审次年起N年内").
 */
export interface Rule {
  readonly years: number
  readonly citation: Citation
}

/** 002 四、申报纪律 (after 浙人社发〔2020〕47号): 从评审次年起3年内不得申报高一级专业技术资格. */
export const SHANGYU_2023: Rule = {
  years: 3,
  citation: {
    document: "shangyu-2023-3",
    source: "002_fd50f077227b9e3c.txt",
    article: "四、申报纪律",
    quote: "从评审次年起 3 年内不得申报高一级专业技术资格",
  },
}

/** An evaluation year (评审年度), as findings record it. */
export const EvaluationYear = /* @__PURE__ */ Schema.Int.pipe(
  /* @__PURE__ */ Schema.between(1990, 2100, {
    message: () => "must be an evaluation year between 1990 and 2100",
  }),
)

/**
 * The refusal for a finding that cannot have happened: found before the evaluation year in which the
 * fraud occurred began. Use it wherever a finding is taken as input.
 */
export const impossibleFinding = (f: {
  readonly evaluationYear: number
  readonly foundOn: string
}): string | undefined =>
  Number(f.foundOn.slice(0, 4)) < f.evaluationYear
    ? `found on ${f.foundOn}, before the ${f.evaluationYear} evaluation in which the fraud occurred: a finding cannot precede the fraud (DOMAIN.md ruling 7)`
    : undefined

const FindingStruct = /* @__PURE__ */ Schema.Struct({
  /** The evaluation year of the application in which the fraud occurred. */
  evaluationYear: EvaluationYear,
  /** The day the fraud was found. */
  foundOn: CivilDate.CivilDate,
  reason: /* @__PURE__ */ Schema.optional(Schema.String),
})

/** A fraud finding: the evaluation year the fraud occurred in, the day it was found, and why. */
export const Finding = /* @__PURE__ */ FindingStruct.pipe(
  /* @__PURE__ */ Schema.filter((f) => {
    const wrong = impossibleFinding(f)
    return wrong === undefined || { path: ["foundOn"], message: wrong }
  }),
).annotations({ identifier: "IntegrityBan" })
export type Finding = typeof Finding.Type

/**
 * The shape profiles and records had before ruling 7: the banned years themselves. Accepted only when
 * they are exactly the years {@link SHANGYU_2023} gives for some evaluation year (that is how every
 * stored record was made), and read back as that evaluation year; any other range — inverted, shorter,
 * longer, or starting before the finding could have been made — is refused, naming the field.
 */
const RecordedYears = /* @__PURE__ */ Schema.Struct({
  foundOn: CivilDate.CivilDate,
  fromYear: Schema.Int,
  toYear: Schema.Int,
  reason: /* @__PURE__ */ Schema.optional(Schema.String),
}).annotations({ identifier: "IntegrityBanRecordedYears" })

/** Reads recorded years back as the finding they were derived from, or says what is wrong with them. */
export const findingOfYears = (
  r: { readonly foundOn: CivilDate.CivilDate; readonly fromYear: number; readonly toYear: number },
  rule: Rule = SHANGYU_2023,
): Either.Either<
  { evaluationYear: number; foundOn: CivilDate.CivilDate },
  { path: string; message: string }
> => {
  if (r.toYear < r.fromYear)
    return Either.left({
      path: "toYear",
      message: `the ban ends in ${r.toYear}, before it starts in ${r.fromYear}: an inverted range`,
    })
  if (r.toYear - r.fromYear + 1 !== rule.years)
    return Either.left({
      path: "toYear",
      message: `a ban runs ${rule.years} evaluation years (${rule.citation.quote}), not ${r.fromYear}–${r.toYear}; record the evaluation year instead`,
    })
  const finding = { evaluationYear: r.fromYear - 1, foundOn: r.foundOn }
  const wrong = impossibleFinding(finding)
  return wrong === undefined ? Either.right(finding) : Either.left({ path: "fromYear", message: wrong })
}

/**
 * An integrity ban as a profile states it: a {@link Finding}. Records written before ruling 7 (with
 * `fromYear`/`toYear`) still decode when their years are what the rule gives; they are read as the
 * finding and encoded in the new shape.
 */
export const IntegrityBan = /* @__PURE__ */ Schema.Union(
  Finding,
  /* @__PURE__ */ Schema.transformOrFail(RecordedYears, /* @__PURE__ */ Schema.typeSchema(Finding), {
    strict: true,
    decode: (r, _, ast) =>
      Either.match(findingOfYears(r), {
        onLeft: (e) =>
          Either.left(new ParseResult.Pointer(e.path, r, new ParseResult.Type(ast, r, e.message))),
        onRight: (f) => Either.right(r.reason === undefined ? f : { ...f, reason: r.reason }),
      }),
    encode: (f) => {
      const { fromYear, toYear } = bannedYears(f, SHANGYU_2023)
      return Either.right(
        f.reason === undefined
          ? { foundOn: f.foundOn, fromYear, toYear }
          : { foundOn: f.foundOn, fromYear, toYear, reason: f.reason },
      )
    },
  }),
).annotations({ identifier: "IntegrityBanInput" })
export type IntegrityBan = Finding

/** The evaluation years a finding bars under `rule`: from the year after its evaluation year, `rule.years` of them. */
export const bannedYears = (
  finding: { readonly evaluationYear: number },
  rule: Rule,
): { readonly fromYear: number; readonly toYear: number } => ({
  fromYear: finding.evaluationYear + 1,
  toYear: finding.evaluationYear + rule.years,
})

/** True when the finding bars applying in `year` under `rule`. */
export const covers = (finding: { readonly evaluationYear: number }, rule: Rule, year: number): boolean => {
  const { fromYear, toYear } = bannedYears(finding, rule)
  return fromYear <= year && year <= toYear
}
