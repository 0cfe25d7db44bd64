/**
 * Shangyu District, 虞人社职〔2023〕3号 (002_fd50f077227b9e3c.txt): the 2023 evaluation of engineers
 * (工程师, intermediate) for private industrial enterprises in 机电制造 (mechanical & electrical
 * manufacturing).
 *
 * Tracks (附件1 二(二)):
 * - normal: degree + assistant-engineer title + years of engineering work after it (第一段);
 * - no-assistant: degree + years of specialty work without the title, or 2 of the 5 listed
 *   achievements (第二段; DOMAIN.md ruling 4) — an exception to the normal track;
 * - exceptional A: gate on education and years as assistant engineer, plus 3 of 7 items;
 * - exceptional B: main technical lead of a project of an enterprise honoured on annex 2;
 * - skilled-talent: 技师 (or 高级技师) and 3 years of technical-skill work.
 * Every track also needs the continuing education of 一(二)4, the assessments of 二(三) and no
 * integrity ban (四). The political and specialty conditions are judged by the committee.
 *
 * Every reading of an ambiguous clause is a named value in RULES below, cited in `settings`;
 * the conditions read RULES, so changing a value there changes the rule.
 */
import type { Citation, Plain } from "../Citation.ts"
import * as CivilDate from "../CivilDate.ts"
import * as C from "../Condition.ts"
import { isUnsure, once, type Tri, triAll } from "../Facts.ts"
import * as IntegrityBan from "../IntegrityBan.ts"
import {
  type Deadline,
  type Edition,
  type EditionPublicity,
  exception,
  type Material,
  type NotEncoded,
  type Procedure,
  publicitySetting,
  type Setting,
  type Target,
  type Track,
} from "../Policy.ts"
import type {
  Award as AwardSchema,
  Degree,
  Education,
  EducationLevel,
  Honour as HonourSchema,
  Paper as PaperSchema,
  Patent,
  Profile,
  Project as ProjectSchema,
  SoftwareCopyright,
  WorkPeriod,
} from "../Profile.ts"
import { EXCEPTIONAL_B_CITATION } from "../Quota.ts"
import { noIntegrityBan, worksIn } from "./common.ts"
import { SOURCES } from "./documents.ts"
import {
  anyEducation,
  assistantEngineer,
  CITY_OR_ABOVE,
  COUNTY_OR_ABOVE,
  countAtLeast,
  engineeringWork,
  oneOf,
  PROVINCIAL_OR_ABOVE,
  periodsYearsAtLeast,
  relatedEngineeringWork,
  safeYearsCompletedOn,
  someCurrentWork,
  technicalSkillWork,
  workYears,
  yearsAfterGraduation,
} from "./internal/shangyu-facts.ts"

type Award = typeof AwardSchema.Type
type Honour = typeof HonourSchema.Type
type Paper = typeof PaperSchema.Type
type Project = typeof ProjectSchema.Type

const E = "shangyu-2023-3"
const DOC = "shangyu-2023-3"
const d = CivilDate.make

const cite = (article: string, quote: string): Citation => ({
  document: DOC,
  source: SOURCES.shangyu,
  article,
  quote,
})
const p = (zh: string, en: string): Plain => ({ zh, en })

// ---------------------------------------------------------------------------------------------
// Settings: every reading of the text the engine relies on, with its value

/** The values the conditions read. Each is listed, cited and explained in `settings` below. */
/**
 * 二(二): the employer's publicity after its review — the publicity step of the application
 * lifecycle. "不少于5个工作日": working days, the day of publication not counted (DOMAIN.md default,
 * Civil Code art. 201).
 */
export const UNIT_PUBLICITY: EditionPublicity = {
  rule: { amount: 5, unit: "working-days", countPublicationDay: false },
  citation: cite("二(二)", "进行不少于5个工作日的公示"),
  text: p(
    "用人单位公示不少于5个工作日（发布当日不计）",
    "The employer's public notice runs at least 5 working days (the day of publication not counted)",
  ),
}

/**
 * 三(二): the committee office's publicity of the candidates before the evaluation, 5 working days
 * (publication day not counted). Run by the committee office, not by this system's publicity step;
 * typed here so that its Setting has one source.
 */
export const COMMITTEE_PUBLICITY: EditionPublicity = {
  rule: { amount: 5, unit: "working-days", countPublicationDay: false },
  citation: cite(
    "三(二)",
    "中评委办公室在评审前，将评审对象基本情况和资格审查情况在职称管理服务平台等网站公示 5 个工作日",
  ),
  text: p(
    "评审前中评委办公室公示5个工作日（发布当日不计）",
    "Before the evaluation the committee office publishes the candidates for 5 working days (the day of publication not counted)",
  ),
}

/**
 * The application procedure: the employer reviews and publishes (二(二), the period above) and must
 * recommend by 2023-09-21 (五(二)), so its publicity has to end before that day's recommendation.
 */
const PROCEDURE: Procedure = {
  publicity: {
    required: true,
    by: p("用人单位", "the employer"),
    period: UNIT_PUBLICITY,
    endsBy: "unit-recommendation",
    citation: UNIT_PUBLICITY.citation,
  },
}

/**
 * Exceptional track B's per-enterprise cap (附件1 二(二)2 B类; ruling 3): 3 with a national honour, 2
 * with a provincial one — the highest level among the honours the applicant declares as main technical
 * lead, published in the honour window. Without such an honour the cap cannot be told.
 */
const B_PROCEDURE: Procedure = {
  ...PROCEDURE,
  enterpriseCap: {
    citation: EXCEPTIONAL_B_CITATION,
    capFor: (profile) => {
      const w = RULES.honourWindow
      const held = (profile.achievements?.enterpriseHonours ?? []).filter(
        (h) => h.mainTechnicalLead === true && inWindow(h.published, w),
      )
      if (held.length === 0)
        return {
          missing: "profile.achievements.enterpriseHonours",
          message: `no enterprise honour published ${w.from}–${w.to} with the applicant as main technical lead is recorded: the cap (3 national, 2 provincial) depends on its level`,
          citation: EXCEPTIONAL_B_CITATION,
        }
      const level = held.some((h) => h.level === "national") ? "national" : "provincial"
      // The edition's own figures, not Quota.exceptionalBCap: that function's refusal of other
      // levels is a Schema error class, and naming it here would put effect/Schema into the
      // Shangyu self-check's bundle (test/policies/shangyu.test.ts keeps the two figures equal).
      return {
        cap: RULES.exceptionalBCaps[level],
        basis: `${level} honour`,
        citation: EXCEPTIONAL_B_CITATION,
      }
    },
  },
}

export const RULES = {
  evaluationYear: 2023,
  /**
   * 四 (DOMAIN.md ruling 7): "从评审次年起3年内" — the 3 evaluation years after the evaluation year
   * of the application in which the fraud occurred, whenever it is found.
   */
  integrityBan: IntegrityBan.SHANGYU_2023,
  /** 三(一): 任职时间、专业工作年限均计算至2023年12月31日. */
  referenceDate: d("2023-12-31"),
  /**
   * 规定学历 (附件1 二(二)2 A/B): read as the education the normal track names — 大学专科 (大专)
   * or above, or a bachelor's, second bachelor's, master's or doctor's degree. Technical-school
   * classes are not counted: the equivalence of 001 (Shanxi) item 9 is not part of this document.
   */
  prescribedEducation: {
    levels: ["associate", "bachelor", "master", "doctorate"] as ReadonlyArray<EducationLevel>,
    degrees: ["bachelor", "second-bachelor", "master", "doctor"] as ReadonlyArray<Degree>,
  },
  /** 一(二)4. */
  continuingEducation: { fromYear: 2021, toYear: 2023, total: 270, specialty: 180, general: 54 },
  /**
   * 附件1 二(三) "近三年" as 附件3 item 9 names it: 2020–2022 (the last three completed assessment
   * years before the 2023 evaluation). Each year needs a result of 合格 (competent) or 优秀.
   */
  assessmentYears: [2020, 2021, 2022] as ReadonlyArray<number>,
  /** 附件1 二(二)1 第二段: 专业不对口人员从事专业工作年限需增加一年. */
  unrelatedMajorExtraYears: 1,
  /**
   * 附件1 二(二)1 item (2) "近五年": the five years ending on the reference date,
   * 2019-01-01 … 2023-12-31 (the same as the calendar years 2019–2023 for this edition).
   */
  recentFiveYears: { from: d("2019-01-01"), to: d("2023-12-31") },
  /**
   * Item (2) "（须排名第一）" stands after both alternatives; read as applying to inventions,
   * software copyrights and utility models alike. When false, only utility models need rank 1.
   */
  patentsRankFirstForAll: true,
  /** 附件1 二(二)2 B: 发文时间为上一年度7月1日至当年度6月30日 (DOMAIN.md ruling 3). */
  honourWindow: { from: d("2022-07-01"), to: d("2023-06-30") },
  /** 附件1 二(二)2 B: per enterprise and year (a quota handled by the quota service, not here). */
  exceptionalBCaps: { national: 3, provincial: 2 },
  /**
   * 一(一): anyone working in the district may apply; the second sentence admits foreigners only
   * with a 外国人永久居留证 or 海外高层次人才居住证, and people from Hong Kong, Macao and Taiwan.
   * A foreigner with neither card is not among those the text admits.
   */
  residencyAdmitted: [
    "mainland",
    "hk-macao-taiwan",
    "foreign-permanent-resident",
    "foreign-high-level-talent",
  ] as ReadonlyArray<string>,
  /**
   * 附件1 二(二)1 第二段 is for those who "没有助理工程师职称". Read as a condition of the whole
   * paragraph (including the 2-of-5 alternative): a holder of the title who lacks the years goes
   * through the normal track or exceptional track A, which is written for exactly that case.
   */
  noAssistantTrackRequiresNoTitle: true,
  /**
   * 附件1 二(二)2 A item (6) "中专毕业十五年以上，其他学历二十年以上": 15 years for a 中专
   * graduate, read to include anyone with more education than 中专 (more education never needs
   * more years); 20 years otherwise (high school or below, technical-school classes).
   */
  exceptionalA6: {
    years: 15,
    otherYears: 20,
    levels: [
      "secondary-vocational",
      "associate",
      "bachelor",
      "master",
      "doctorate",
    ] as ReadonlyArray<EducationLevel>,
  },
  /** 附件1 二(二)2 A item (7): 上年度 = the year before the evaluation year; 前十 = rank 1–10. */
  zheliList: { year: 2022, topN: 10 },
  /** 一(二)2. */
  foreignLanguageAndComputer: { foreignLanguageRequired: false, computerRequired: false },
  /** 一(一): the specialty and the five sub-specialties (Chinese names and the slugs accepted). */
  specialties: ["机电制造", "mechanical-electrical-manufacturing"] as ReadonlyArray<string>,
  subSpecialties: [
    "技术开发",
    "设计开发",
    "生产制造",
    "系统集成",
    "技术服务",
    "technology-development",
    "design-development",
    "production-manufacturing",
    "system-integration",
    "technical-service",
  ] as ReadonlyArray<string>,
} as const

// ---------------------------------------------------------------------------------------------
// Who may apply (一(一))

const describeWork = (w: WorkPeriod): string =>
  [
    w.place ?? "place?",
    w.employerKind ?? "employer?",
    w.industrial === undefined ? "industrial?" : w.industrial ? "industrial" : "not industrial",
    w.specialty ?? "specialty?",
    w.subSpecialty ?? "sub-specialty?",
  ].join(", ")

const privateIndustrial = (w: WorkPeriod): Tri =>
  w.employerKind === undefined
    ? ["work[].employerKind"]
    : w.employerKind !== "private-enterprise"
      ? false
      : w.industrial === undefined
        ? ["work[].industrial"]
        : w.industrial

const who = C.all(
  {
    id: `${E}/who`,
    text: p(
      "现在上虞区民营工业企业从事机电制造专业技术工作（港澳台人员及持永久居留证或海外高层次人才居住证的外籍人员也可申报）",
      "Currently doing mechanical & electrical manufacturing technical work in a private industrial enterprise in Shangyu (people from Hong Kong, Macao, Taiwan and foreigners with a permanent-residence or high-level-talent card may also apply)",
    ),
    citation: cite("一(一)", "我区民营工业企业中现职从事机电制造"),
  },
  [
    worksIn("cn-zhejiang-shaoxing-shangyu", {
      id: `${E}/who/works-in-shangyu`,
      text: p("现在上虞区工作", "Currently works in Shangyu District"),
      citation: cite("一(一)", "我区民营工业企业中现职"),
    }),
    C.leaf({
      id: `${E}/who/private-industrial-enterprise`,
      text: p("现工作单位是民营工业企业", "The current employer is a private industrial enterprise"),
      citation: cite("一(一)", "我区民营工业企业中现职"),
      check: ({ profile }) => someCurrentWork(profile, privateIndustrial, describeWork),
    }),
    C.leaf({
      id: `${E}/who/specialty`,
      text: p("现从事机电制造专业", "Currently works in the mechanical & electrical manufacturing specialty"),
      citation: cite("一(一)", "现职从事机电制造"),
      check: ({ profile }) =>
        someCurrentWork(
          profile,
          (w) => oneOf(w.specialty, RULES.specialties, "work[].specialty"),
          describeWork,
        ),
    }),
    C.leaf({
      id: `${E}/who/sub-specialty`,
      text: p(
        "现从事技术开发、设计开发、生产制造、系统集成或技术服务之一",
        "Currently works in one of: technology development, design development, production and manufacturing, system integration, technical service",
      ),
      citation: cite("一(一)", "技术开发、设计开发、生产制造、系统集成、技术服务"),
      check: ({ profile }) =>
        someCurrentWork(
          profile,
          (w) => oneOf(w.subSpecialty, RULES.subSpecialties, "work[].subSpecialty"),
          describeWork,
        ),
    }),
    C.leaf({
      id: `${E}/who/residency`,
      text: p(
        "内地居民、港澳台人员，或持外国人永久居留证、海外高层次人才居住证的外籍人员",
        "A mainland resident, a person from Hong Kong, Macao or Taiwan, or a foreigner holding a permanent-residence card or an overseas high-level-talent residence card",
      ),
      citation: cite(
        "一(一)",
        "持有外国人永久居留证、海外高层次人才居住证的外籍和港澳台工程专业技术人才,符合相应条件,也可以在我区申报",
      ),
      check: ({ profile }) => {
        const r = profile.status?.residency
        if (r === undefined)
          return { outcome: "unknown", observed: "residency not given", missing: ["status.residency"] }
        return RULES.residencyAdmitted.includes(r)
          ? { outcome: "met", observed: `residency: ${r}` }
          : {
              outcome: "unmet",
              observed: `residency: ${r} (a foreigner without either card is not admitted)`,
            }
      },
    }),
  ],
)

// ---------------------------------------------------------------------------------------------
// Shared requirements

const ceHours = (profile: Profile, category?: string): number | undefined => {
  const ce = profile.continuingEducation
  if (ce === undefined) return undefined
  const { fromYear, toYear } = RULES.continuingEducation
  return ce
    .filter(
      (x) => x.year >= fromYear && x.year <= toYear && (category === undefined || x.category === category),
    )
    .reduce((a, x) => a + x.hours, 0)
}

const ceLeaf = (
  id: string,
  text: Plain,
  quote: string,
  need: number,
  category?: "general" | "specialty",
): C.Condition =>
  C.leaf({
    id,
    text,
    citation: cite("一(二)4", quote),
    check: ({ profile }) => {
      const h = ceHours(profile, category)
      if (h === undefined)
        return {
          outcome: "unknown",
          observed: "continuing education not given",
          missing: ["continuingEducation"],
        }
      const { fromYear, toYear } = RULES.continuingEducation
      const observed = `${h} ${category ?? "total"} hour(s) in ${fromYear}–${toYear}, ${need} needed`
      return h >= need ? { outcome: "met", observed } : { outcome: "unmet", observed }
    },
  })

const continuingEducation = C.all(
  {
    id: `${E}/common/continuing-education`,
    text: p(
      "2021—2023年继续教育不少于270学时，其中专业课不少于180学时、公需课不少于54学时",
      "Continuing education in 2021–2023: at least 270 hours, of which at least 180 specialty and 54 general",
    ),
    citation: cite("一(二)4", "申报人员须提供近3年(2021-2023年)继续教育学习不少于270学时"),
  },
  [
    ceLeaf(
      `${E}/common/continuing-education/total`,
      p("三年合计不少于270学时", "At least 270 hours in total"),
      "近3年(2021-2023年)继续教育学习不少于270学时",
      RULES.continuingEducation.total,
    ),
    ceLeaf(
      `${E}/common/continuing-education/specialty`,
      p("专业课不少于180学时", "At least 180 hours of specialty courses"),
      "其中专业课不少于180学时",
      RULES.continuingEducation.specialty,
      "specialty",
    ),
    ceLeaf(
      `${E}/common/continuing-education/general`,
      p("公需课不少于54学时", "At least 54 hours of general courses"),
      "公需课不少于54学时",
      RULES.continuingEducation.general,
      "general",
    ),
  ],
)

const assessments = C.leaf({
  id: `${E}/common/assessments`,
  text: p(
    "2020、2021、2022年每年年度考核合格或优秀",
    "An annual assessment of competent (合格) or excellent in each of 2020, 2021 and 2022",
  ),
  citation: cite("附件1 二(三)", "任期或近三年业绩考核合格（含）以上"),
  check: ({ profile }) => {
    const a = profile.assessments
    if (a === undefined)
      return { outcome: "unknown", observed: "annual assessments not given", missing: ["assessments"] }
    const bad: Array<string> = []
    for (const y of RULES.assessmentYears) {
      const rs = a.filter((x) => x.year === y)
      if (rs.length === 0) bad.push(`${y}: none recorded`)
      else if (rs.some((x) => x.result !== "excellent" && x.result !== "competent"))
        bad.push(`${y}: ${rs.map((x) => x.result).join("/")}`)
    }
    const years = RULES.assessmentYears.join(", ")
    return bad.length === 0
      ? { outcome: "met", observed: `competent or better in ${years}` }
      : {
          outcome: "unmet",
          observed: `not competent or better in every year of ${years} (${bad.join("; ")})`,
        }
  },
})

const integrity = noIntegrityBan(RULES.integrityBan, {
  id: `${E}/common/no-integrity-ban`,
  text: p(
    "未因弄虚作假处于禁止申报期（自弄虚作假所在评审年度的次年起3年内）",
    "Not barred for fraud (a ban covers the 3 evaluation years after the evaluation year in which the fraud occurred)",
  ),
  citation: cite("四", "从评审次年起 3 年内不得申报高一级专业技术资格"),
})

// ---------------------------------------------------------------------------------------------
// Education and title facts

const LEVEL_ZH: Readonly<Record<string, string>> = {
  doctorate: "博士",
  master: "硕士研究生",
  bachelor: "本科",
  associate: "大专",
  "secondary-vocational": "中专",
}

const describeEducation = (ed: ReadonlyArray<Education>): string =>
  `education: ${ed.map((e) => `${LEVEL_ZH[e.level] ?? e.level}${e.degree !== undefined ? `/${e.degree}` : ""}`).join(", ") || "none"}`

const educationLeaf = (
  id: string,
  text: Plain,
  citation: Citation,
  pred: (e: Education) => Tri,
): C.Condition =>
  C.leaf({
    id,
    text,
    citation,
    check: ({ profile }) => {
      const ed = profile.education
      if (ed === undefined)
        return { outcome: "unknown", observed: "education not given", missing: ["education"] }
      // The same description for every education leaf: written once per request.
      const observed = once(profile, describeEducation, () => describeEducation(ed))
      let missing: Array<string> | undefined
      for (const e of ed) {
        const a = pred(e)
        if (a === true) return { outcome: "met", observed }
        if (isUnsure(a)) {
          missing ??= []
          for (const x of a) if (!missing.includes(x)) missing.push(x)
        }
      }
      return missing !== undefined
        ? { outcome: "unknown", observed, missing }
        : { outcome: "unmet", observed }
    },
  })

/** 获得硕士学位或取得第二学士学位 (a doctor's degree ranks above a master's). */
const masterOrSecondBachelorDegree = (e: Education): Tri =>
  e.degree !== undefined
    ? e.degree === "master" || e.degree === "doctor" || e.degree === "second-bachelor"
    : e.level === "bachelor" || e.level === "master" || e.level === "doctorate"
      ? ["education[].degree"]
      : false

/** 获得学士学位或大学本科毕业 (or more). */
const bachelorOrAbove = (e: Education): Tri =>
  e.level === "bachelor" || e.level === "master" || e.level === "doctorate"
    ? true
    : e.degree !== undefined && e.degree !== "none"

/** 规定学历 (RULES.prescribedEducation). */
const prescribed = (e: Education): boolean =>
  RULES.prescribedEducation.levels.includes(e.level) ||
  (e.degree !== undefined && RULES.prescribedEducation.degrees.includes(e.degree))

const hasPrescribedCheck = (profile: Profile): boolean | undefined =>
  profile.education === undefined ? undefined : profile.education.some(prescribed)

/** "具备/不具备规定学历": one check, met when the applicant's having it equals `wanted`. */
const prescribedEducation = (wanted: boolean, id: string, citation: Citation): C.Condition =>
  C.leaf({
    id,
    text: wanted
      ? p("具备规定学历（大专及以上）", "Has the prescribed education (college (大专) or above)")
      : p("不具备规定学历（大专及以上）", "Does not have the prescribed education (college (大专) or above)"),
    citation,
    check: ({ profile }) => {
      const has = hasPrescribedCheck(profile)
      if (has === undefined)
        return { outcome: "unknown", observed: "education not given", missing: ["education"] }
      return {
        outcome: has === wanted ? "met" : "unmet",
        observed: has ? "has college (大专) education or above" : "no college (大专) education or above",
      }
    },
  })

const lacksPrescribedEducation = (id: string, citation: Citation) => prescribedEducation(false, id, citation)
const hasPrescribedEducation = (id: string, citation: Citation) => prescribedEducation(true, id, citation)

const lacksAssistantTitle = (id: string, citation: Citation): C.Condition =>
  C.leaf({
    id,
    text: p("没有助理工程师职称", "Does not hold the assistant-engineer title"),
    citation,
    check: ({ profile }) => {
      const a = assistantEngineer(profile)
      if (a.kind === "unknown")
        return { outcome: "unknown", observed: "titles not given", missing: a.missing }
      return a.kind === "none"
        ? { outcome: "met", observed: "no assistant-engineer title" }
        : { outcome: "unmet", observed: `assistant engineer since ${a.since}` }
    },
  })

const yearsAsAssistant = (id: string, text: Plain, citation: Citation, n: number): C.Condition =>
  C.leaf({
    id,
    text,
    citation,
    check: ({ profile, reference }) => {
      const a = assistantEngineer(profile)
      if (a.kind === "unknown")
        return { outcome: "unknown", observed: "titles not given", missing: a.missing }
      if (a.kind === "none") return { outcome: "unmet", observed: "no assistant-engineer title" }
      const years = CivilDate.completedYears(a.since, reference)
      const observed = `${years} whole year(s) as assistant engineer (since ${a.since}) to ${reference}`
      if (years >= n) return { outcome: "met", observed }
      const metOn = safeYearsCompletedOn(a.since, n)
      return metOn === undefined ? { outcome: "unmet", observed } : { outcome: "unmet", observed, metOn }
    },
  })

// ---------------------------------------------------------------------------------------------
// Normal track (附件1 二(二)1 第一段)

const NORMAL = "附件1 二(二)1 第一段"

const yearsAfterAssistant = (id: string, n: number, quote: string): C.Condition =>
  C.leaf({
    id,
    text: p(
      `取得助理工程师资格后实际从事工程技术工作满${n}年（计算至2023年12月31日）`,
      `At least ${n} whole years of engineering-technical work since obtaining the assistant-engineer title (to 2023-12-31)`,
    ),
    citation: cite(NORMAL, quote),
    check: (ctx) => {
      const a = assistantEngineer(ctx.profile)
      if (a.kind === "unknown")
        return { outcome: "unknown", observed: "titles not given", missing: a.missing }
      if (a.kind === "none") return { outcome: "unmet", observed: "no assistant-engineer title" }
      return workYears(
        ctx,
        n,
        "engineering-technical work since the assistant-engineer title",
        engineeringWork,
        a.since,
      )
    },
  })

export const NORMAL_QUALIFICATION = `${E}/normal/qualification`

const normalQualification = C.any(
  {
    id: NORMAL_QUALIFICATION,
    text: p(
      "学历学位、助理工程师资格及其后的工程技术工作年限符合正常申报条件",
      "Degree or education, the assistant-engineer title, and enough years of engineering work since obtaining it",
    ),
    citation: cite(NORMAL, "取得助理工程师资格后，实际从事工程技术工作"),
  },
  [
    C.all(
      {
        id: `${E}/normal/master`,
        text: p(
          "硕士学位或第二学士学位，取得助理工程师资格后工程技术工作满2年",
          "Master's or second bachelor's degree, and 2 years of engineering work as assistant engineer",
        ),
        citation: cite(
          NORMAL,
          "获得硕士学位或取得第二学士学位，取得助理工程师资格后，实际从事工程技术工作 2 年以上",
        ),
      },
      [
        educationLeaf(
          `${E}/normal/master/degree`,
          p("获得硕士学位或第二学士学位", "Holds a master's (or doctor's) or a second bachelor's degree"),
          cite(NORMAL, "获得硕士学位或取得第二学士学位"),
          masterOrSecondBachelorDegree,
        ),
        yearsAfterAssistant(
          `${E}/normal/master/years-after-assistant`,
          2,
          "取得助理工程师资格后，实际从事工程技术工作 2 年以上",
        ),
      ],
    ),
    C.all(
      {
        id: `${E}/normal/bachelor`,
        text: p(
          "学士学位或本科毕业，取得助理工程师资格后工程技术工作满4年",
          "Bachelor's degree or university graduate, and 4 years of engineering work as assistant engineer",
        ),
        citation: cite(
          NORMAL,
          "获得学士学位或大学本科毕业，取得助理工程师资格后，实际从事工程技术工作 4 年以上",
        ),
      },
      [
        educationLeaf(
          `${E}/normal/bachelor/education`,
          p(
            "获得学士学位或大学本科毕业",
            "Holds a bachelor's degree or graduated from a university (本科) or higher",
          ),
          cite(NORMAL, "获得学士学位或大学本科毕业"),
          bachelorOrAbove,
        ),
        yearsAfterAssistant(
          `${E}/normal/bachelor/years-after-assistant`,
          4,
          "获得学士学位或大学本科毕业，取得助理工程师资格后，实际从事工程技术工作 4 年以上",
        ),
      ],
    ),
    C.all(
      {
        id: `${E}/normal/associate`,
        text: p(
          "大学专科毕业，取得助理工程师资格后工程技术工作满4年",
          "College (大专) graduate, and 4 years of engineering work as assistant engineer",
        ),
        citation: cite(NORMAL, "大学专科毕业，取得助理工程师资格后，实际从事工程技术工作 4 年以上"),
      },
      [
        educationLeaf(
          `${E}/normal/associate/education`,
          p("大学专科毕业", "Graduated from a college (大专)"),
          cite(NORMAL, "大学专科毕业"),
          (e) => e.level === "associate",
        ),
        yearsAfterAssistant(
          `${E}/normal/associate/years-after-assistant`,
          4,
          "大学专科毕业，取得助理工程师资格后，实际从事工程技术工作 4 年以上",
        ),
      ],
    ),
  ],
)

const TARGET: Target = { series: "engineering", level: "intermediate", name: p("工程师", "Engineer") }

const JUDGED: Track["judgedAtEvaluation"] = [
  {
    text: p(
      "政治条件：遵纪守法，具有良好的职业道德、学术修养和敬业精神（由评委会评价）",
      "Political condition: law-abiding, with good professional ethics, scholarship and dedication (judged by the committee)",
    ),
    citation: cite("附件1 一", "申报人员应遵纪守法、具有良好的职业道德、学术修养和敬业精神"),
  },
  {
    text: p(
      "专业条件：生产、技术管理部门或研究、设计部门工程师的能力和业绩要求（由评委会评价）",
      "Specialty condition: the abilities and results expected of an engineer in production and technical management, or in research and design (judged by the committee)",
    ),
    citation: cite("附件1 二(一)", "担任工程师职务，应具备下列部门之一的条件"),
  },
]

export const normalTrack: Track = {
  id: `${E}/normal`,
  edition: E,
  kind: "normal",
  route: "evaluation",
  target: TARGET,
  title: p("正常申报（有助理工程师资格）", "Normal track (with the assistant-engineer title)"),
  citation: cite(
    NORMAL,
    "获得硕士学位或取得第二学士学位，取得助理工程师资格后，实际从事工程技术工作 2 年以上",
  ),
  appliesWhen: who,
  requires: [normalQualification, continuingEducation, assessments, integrity],
  judgedAtEvaluation: JUDGED,
}

// ---------------------------------------------------------------------------------------------
// No assistant-engineer title (附件1 二(二)1 第二段)

const SECOND = "附件1 二(二)1 第二段"

const postgraduate = (e: Education): Tri =>
  e.level === "master" || e.level === "doctorate"
    ? true
    : e.degree !== undefined
      ? e.degree === "master" || e.degree === "doctor"
      : e.level === "bachelor"
        ? ["education[].degree"]
        : false

const degreeAndYears = (
  id: string,
  base: number,
  text: Plain,
  quote: string,
  level: (e: Education) => Tri,
  none: string,
): C.Condition =>
  C.leaf({
    id,
    text,
    citation: cite(SECOND, quote),
    check: (ctx) =>
      anyEducation(
        ctx.profile,
        level,
        (e) =>
          yearsAfterGraduation(
            ctx,
            e,
            base,
            RULES.unrelatedMajorExtraYears,
            "specialty (engineering-technical) work",
            engineeringWork,
          ),
        none,
      ),
  })

const noAssistantDegreeAndYears = C.any(
  {
    id: `${E}/no-assistant/degree-and-years`,
    text: p(
      "研究生毕业（或硕士学位）专业工作满2年、本科毕业后满5年、大专（高职）毕业后满7年；专业不对口的各加1年",
      "Postgraduate (or master's degree) and 2 years of specialty work, bachelor and 5 years, college (大专/高职) and 7 years after graduating; one more year if the major is unrelated",
    ),
    citation: cite(
      SECOND,
      "研究生毕业（或取得硕士学位）从事专业工作满 2 年、大学本科毕业后从事专业工作满 5 年、大专（高职）毕业后从事专业工作满 7 年",
    ),
  },
  [
    degreeAndYears(
      `${E}/no-assistant/degree-and-years/postgraduate`,
      2,
      p(
        "研究生毕业或取得硕士学位后从事专业工作满2年（专业不对口满3年）",
        "Postgraduate or master's degree, then 2 whole years of specialty work (3 if the major is unrelated)",
      ),
      "研究生毕业（或取得硕士学位）从事专业工作满 2 年",
      postgraduate,
      "no postgraduate education or master's degree",
    ),
    degreeAndYears(
      `${E}/no-assistant/degree-and-years/bachelor`,
      5,
      p(
        "大学本科毕业后从事专业工作满5年（专业不对口满6年）",
        "Bachelor's graduate, then 5 whole years of specialty work (6 if the major is unrelated)",
      ),
      "大学本科毕业后从事专业工作满 5 年",
      (e) => e.level === "bachelor",
      "no university (本科) education",
    ),
    degreeAndYears(
      `${E}/no-assistant/degree-and-years/associate`,
      7,
      p(
        "大专（高职）毕业后从事专业工作满7年（专业不对口满8年）",
        "College (大专/高职) graduate, then 7 whole years of specialty work (8 if the major is unrelated)",
      ),
      "大专（高职）毕业后从事专业工作满 7 年",
      (e) => e.level === "associate",
      "no college (大专) education",
    ),
  ],
)

const inWindow = (date: CivilDate.CivilDate, w: { from: CivilDate.CivilDate; to: CivilDate.CivilDate }) =>
  date >= w.from && date <= w.to

const NO_PATENTS_IN_WINDOW = `0 invention patent(s) or software copyright(s) and 0 utility model(s) ranked first, ${RULES.recentFiveYears.from} to ${RULES.recentFiveYears.to}`

/** Some invention or utility-model patent, or software copyright, dated in the window. */
const anyInWindow = (
  patents: ReadonlyArray<Patent>,
  copyrights: ReadonlyArray<SoftwareCopyright>,
  w: { from: CivilDate.CivilDate; to: CivilDate.CivilDate },
): boolean => {
  for (const x of patents)
    if ((x.kind === "invention" || x.kind === "utility-model") && inWindow(x.granted, w)) return true
  for (const x of copyrights) if (inWindow(x.registered, w)) return true
  return false
}

const leadOrMain = (x: Project): Tri => x.role === "lead" || x.role === "main"

const fiveItem1Listed = C.leaf({
  id: `${E}/no-assistant/two-of-five/1-projects/listed`,
  text: p(
    "市级以上技术创新项目的主要承担者、市级以上新产品的主要设计者（主持人），或市级重要骨干企业重大科技项目的主要完成者",
    "Main undertaker of a city-or-above technology-innovation project, main designer (leader) of a city-or-above new product, or main completer of a major sci-tech project of a key city enterprise",
  ),
  citation: cite(
    `${SECOND} (1)`,
    "市级以上技术创新项目的主要承担者或市级以上新产品的主要设计者（主持人）；市级重要骨干企业重大科技项目的主要完成者",
  ),
  check: ({ profile }) =>
    countAtLeast(
      profile.achievements?.projects,
      "achievements.projects",
      1,
      (x: Project): Tri => {
        if (x.kind === "technology-innovation" || x.kind === "new-product")
          return triAll(CITY_OR_ABOVE.includes(x.level), leadOrMain(x))
        if (x.kind === "key-sci-tech")
          return triAll(
            leadOrMain(x),
            x.keyEnterprise === undefined ? ["achievements.projects[].keyEnterprise"] : x.keyEnterprise,
          )
        return false
      },
      "qualifying project(s)",
    ),
})

const fiveItem1 = C.any(
  {
    id: `${E}/no-assistant/two-of-five/1-projects`,
    text: p(
      "(1) 市级以上项目、新产品或骨干企业重大科技项目的主要承担者，或解决关键技术难题的主要贡献者",
      "(1) Main person on a city-or-above project, new product or key-enterprise sci-tech project, or main contributor to solving key technical problems",
    ),
    citation: cite(`${SECOND} (1)`, "市级以上技术创新项目的主要承担者"),
  },
  [
    fiveItem1Listed,
    C.review({
      id: `${E}/no-assistant/two-of-five/1-projects/key-problems`,
      text: p(
        "解决关键技术难题的主要贡献者（需人工审核）",
        "Main contributor to solving key technical problems (a person must judge)",
      ),
      citation: cite(`${SECOND} (1)`, "解决关键技术难题的主要贡献者"),
    }),
  ],
)

const fiveItem2 = C.leaf({
  id: `${E}/no-assistant/two-of-five/2-patents`,
  text: p(
    "近五年（2019—2023年）取得发明专利或软件著作权1项以上，或实用新型专利3项以上，均须排名第一",
    "In the last five years (2019–2023): at least 1 invention patent or software copyright, or at least 3 utility-model patents, each ranked first",
  ),
  citation: cite(
    `${SECOND} (2)`,
    "近五年取得 1 项以上发明专利或软件著作权的，或取得 3 项以上实用新型专利的（须排名第一）",
  ),
  check: ({ profile }) => {
    const a = profile.achievements
    const w = RULES.recentFiveYears
    const patents = a?.patents
    const copyrights = a?.softwareCopyrights
    // The common case, nothing in the window: unmet, said as the general case below says it.
    if (patents !== undefined && copyrights !== undefined && !anyInWindow(patents, copyrights, w))
      return { outcome: "unmet", observed: NO_PATENTS_IN_WINDOW }
    const rankFirst = (rank: number | undefined, path: string, needed: boolean): Tri =>
      !needed ? true : rank === undefined ? [path] : rank === 1
    // Inventions and software copyrights (1 needed), utility models (3 needed), in the window.
    const inv: ReadonlyArray<Tri> = [
      ...(patents ?? [])
        .filter((x) => x.kind === "invention" && inWindow(x.granted, w))
        .map((x) => rankFirst(x.rank, "achievements.patents[].rank", RULES.patentsRankFirstForAll)),
      ...(copyrights ?? [])
        .filter((x) => inWindow(x.registered, w))
        .map((x) =>
          rankFirst(x.rank, "achievements.softwareCopyrights[].rank", RULES.patentsRankFirstForAll),
        ),
    ]
    const um: ReadonlyArray<Tri> = (patents ?? [])
      .filter((x) => x.kind === "utility-model" && inWindow(x.granted, w))
      .map((x) => rankFirst(x.rank, "achievements.patents[].rank", true))
    const yes = (ts: ReadonlyArray<Tri>) => ts.filter((t) => t === true).length
    const open = (ts: ReadonlyArray<Tri>) => ts.filter(isUnsure)
    const observed = `${yes(inv)} invention patent(s) or software copyright(s) and ${yes(um)} utility model(s) ranked first, ${w.from} to ${w.to}`
    if (yes(inv) >= 1 || yes(um) >= 3) return { outcome: "met", observed }
    const invCould = patents === undefined || copyrights === undefined || open(inv).length > 0
    const umCould = patents === undefined || yes(um) + open(um).length >= 3
    if (!invCould && !umCould) return { outcome: "unmet", observed }
    const missing = [
      ...(patents === undefined ? ["achievements.patents"] : []),
      ...(copyrights === undefined ? ["achievements.softwareCopyrights"] : []),
      ...open(inv).flat(),
      ...(umCould ? open(um).flat() : []),
    ]
    return { outcome: "unknown", observed, missing: [...new Set(missing)] }
  },
})

const fiveItem3 = C.leaf({
  id: `${E}/no-assistant/two-of-five/3-posts`,
  text: p(
    "任企业技术部门负责人或分管技术的企业负责人满3年，或为市级创新团队核心人员、县级学术技术带头人",
    "Head of the enterprise's technical department or the executive in charge of technology for 3 years, or a core member of a city innovation team, or a county academic/technical leader",
  ),
  citation: cite(
    `${SECOND} (3)`,
    "担任企业技术部门负责人或分管技术的企业负责人 3 年以上的；或市级创新团队核心人员、县级学术技术带头人",
  ),
  check: ({ profile, reference }) => {
    const posts = profile.achievements?.posts
    if (posts === undefined)
      return { outcome: "unknown", observed: "posts not given", missing: ["achievements.posts"] }
    const leader = posts.find(
      (x) => x.kind === "city-innovation-team-core" || x.kind === "county-academic-leader",
    )
    if (leader !== undefined) return { outcome: "met", observed: `${leader.kind} since ${leader.from}` }
    const heads = posts.filter(
      (x) => x.kind === "technical-department-head" || x.kind === "enterprise-technical-leader",
    )
    return periodsYearsAtLeast(heads, 3, "technical department head or technical executive", reference)
  },
})

const fiveItem4 = C.leaf({
  id: `${E}/no-assistant/two-of-five/4-ten-years`,
  text: p(
    "从事本专业技术工作满10年（计算至2023年12月31日）",
    "At least 10 whole years of technical work in the specialty (to 2023-12-31)",
  ),
  citation: cite(`${SECOND} (4)`, "从事本专业技术工作 10 年以上"),
  check: (ctx) => workYears(ctx, 10, "technical work in the specialty", relatedEngineeringWork),
})

const fiveItem5 = C.leaf({
  id: `${E}/no-assistant/two-of-five/5-commended`,
  text: p(
    "受到县级以上党委、政府表彰奖励",
    "Commended as a talent by a Party committee or government at county level or above",
  ),
  citation: cite(`${SECOND} (5)`, "受到县级以上党委、政府表彰奖励的人才"),
  check: ({ profile }) =>
    countAtLeast(
      profile.achievements?.honours,
      "achievements.honours",
      1,
      (h: Honour): Tri =>
        triAll(
          COUNTY_OR_ABOVE.includes(h.level),
          h.byGovernment === undefined ? ["achievements.honours[].byGovernment"] : h.byGovernment,
        ),
      "commendation(s) by a county-or-above Party committee or government",
    ),
})

const twoOfFive = C.atLeast(
  2,
  {
    id: `${E}/no-assistant/two-of-five`,
    text: p("具备所列5项条件中的2项", "Meets 2 of the 5 listed achievements"),
    citation: cite(SECOND, "不具备上述条件但具备下列 5 项条件中的 2 项"),
  },
  [fiveItem1, fiveItem2, fiveItem3, fiveItem4, fiveItem5],
)

const noAssistantQualification = C.any(
  {
    id: `${E}/no-assistant/qualification`,
    text: p(
      "学历加专业工作年限符合要求；或不具备该条件但具备5项条件中的2项",
      "The education and years of specialty work, or else 2 of the 5 listed achievements",
    ),
    citation: cite(SECOND, "不具备上述条件但具备下列 5 项条件中的 2 项"),
  },
  [noAssistantDegreeAndYears, twoOfFive],
)

export const noAssistantTrack: Track = exception(normalTrack, {
  id: `${E}/no-assistant`,
  kind: "normal",
  route: "evaluation",
  target: TARGET,
  title: p("正常申报（无助理工程师职称）", "Normal track without the assistant-engineer title"),
  citation: cite(SECOND, "如果没有助理工程师职称，允许申报中级职称"),
  replace: { [NORMAL_QUALIFICATION]: noAssistantQualification },
  add: RULES.noAssistantTrackRequiresNoTitle
    ? [lacksAssistantTitle(`${E}/no-assistant/no-assistant-title`, cite(SECOND, "如果没有助理工程师职称"))]
    : [],
})

// ---------------------------------------------------------------------------------------------
// Exceptional track A (附件1 二(二)2 A类)

const A = "附件1 二(二)2 A类"

const aGate = C.any(
  {
    id: `${E}/exceptional-a/gate`,
    text: p(
      "不具备规定学历且任助理工程师满4年；或具备规定学历且任助理工程师满3年不满4年",
      "Without the prescribed education and assistant engineer for 4 years or more; or with it and assistant engineer for at least 3 but fewer than 4 years",
    ),
    citation: cite(
      A,
      "不具备规定学历，担任助理工程师职务 4 年以上的；或者具备规定学历，担任助理工程师职务未满 4 年的（必须满 3 年）",
    ),
  },
  [
    C.all(
      {
        id: `${E}/exceptional-a/gate/without-education`,
        text: p(
          "不具备规定学历，任助理工程师满4年",
          "Without the prescribed education, assistant engineer for 4 years or more",
        ),
        citation: cite(A, "不具备规定学历，担任助理工程师职务 4 年以上的"),
      },
      [
        lacksPrescribedEducation(
          `${E}/exceptional-a/gate/without-education/lacks-education`,
          cite(A, "不具备规定学历"),
        ),
        yearsAsAssistant(
          `${E}/exceptional-a/gate/without-education/assistant-4-years`,
          p(
            "任助理工程师满4年（计算至2023年12月31日）",
            "Assistant engineer for at least 4 whole years (to 2023-12-31)",
          ),
          cite(A, "担任助理工程师职务 4 年以上的"),
          4,
        ),
      ],
    ),
    C.all(
      {
        id: `${E}/exceptional-a/gate/with-education`,
        text: p(
          "具备规定学历，任助理工程师满3年但不满4年",
          "With the prescribed education, assistant engineer for at least 3 but fewer than 4 years",
        ),
        citation: cite(A, "具备规定学历，担任助理工程师职务未满 4 年的（必须满 3 年）"),
      },
      [
        hasPrescribedEducation(
          `${E}/exceptional-a/gate/with-education/has-education`,
          cite(A, "或者具备规定学历"),
        ),
        yearsAsAssistant(
          `${E}/exceptional-a/gate/with-education/assistant-3-years`,
          p(
            "任助理工程师满3年（计算至2023年12月31日）",
            "Assistant engineer for at least 3 whole years (to 2023-12-31)",
          ),
          cite(A, "（必须满 3 年）"),
          3,
        ),
        C.leaf({
          id: `${E}/exceptional-a/gate/with-education/assistant-under-4-years`,
          text: p(
            "任助理工程师未满4年（满4年的按正常申报）",
            "Assistant engineer for fewer than 4 whole years (from 4 years on, the normal track applies)",
          ),
          citation: cite(A, "担任助理工程师职务未满 4 年的"),
          check: ({ profile, reference }) => {
            const a = assistantEngineer(profile)
            if (a.kind === "unknown")
              return { outcome: "unknown", observed: "titles not given", missing: a.missing }
            if (a.kind === "none") return { outcome: "unmet", observed: "no assistant-engineer title" }
            const years = CivilDate.completedYears(a.since, reference)
            const observed = `${years} whole year(s) as assistant engineer (since ${a.since}) to ${reference}`
            return years < 4 ? { outcome: "met", observed } : { outcome: "unmet", observed }
          },
        }),
      ],
    ),
  ],
)

const paperVenues: ReadonlyArray<Paper["venue"]> = [
  "national-journal",
  "provincial-journal",
  "ministerial-conference",
  "provincial-conference",
]

const aItem1 = C.all(
  {
    id: `${E}/exceptional-a/three-of-seven/1-papers`,
    text: p(
      "(1) 在省部级专业学术会议或省级专业刊物上发表不少于2篇有价值的学术论文",
      "(1) At least 2 valuable papers at provincial or ministerial academic conferences or in provincial journals",
    ),
    citation: cite(`${A} (1)`, "在省、部级专业学术会议上或在省级专业刊物上发表过不少于二篇有价值的学术论文"),
  },
  [
    C.leaf({
      id: `${E}/exceptional-a/three-of-seven/1-papers/two-papers`,
      text: p(
        "在省部级学术会议或省级及以上刊物发表论文不少于2篇",
        "At least 2 papers at provincial/ministerial conferences or in provincial (or national) journals",
      ),
      citation: cite(`${A} (1)`, "在省、部级专业学术会议上或在省级专业刊物上发表过不少于二篇"),
      check: ({ profile }) =>
        countAtLeast(
          profile.achievements?.papers,
          "achievements.papers",
          2,
          (x: Paper) => paperVenues.includes(x.venue),
          "paper(s) at qualifying venues",
        ),
    }),
    C.review({
      id: `${E}/exceptional-a/three-of-seven/1-papers/of-value`,
      text: p("论文有价值（需人工审核）", "The papers are of value (a person must judge)"),
      citation: cite(`${A} (1)`, "有价值的学术论文"),
    }),
  ],
)

const SCI_AWARDS: ReadonlyArray<Award["kind"]> = ["natural-science", "sci-tech-progress", "invention"]

const qualifyingAward = (x: Award): Tri => {
  const role = (want: ReadonlyArray<NonNullable<Award["role"]>>): Tri =>
    x.role === undefined ? ["achievements.awards[].role"] : want.includes(x.role)
  const grade = (want: ReadonlyArray<NonNullable<Award["grade"]>>): Tri =>
    x.grade === undefined ? ["achievements.awards[].grade"] : want.includes(x.grade)
  if (SCI_AWARDS.includes(x.kind)) {
    const levelOk: Tri = PROVINCIAL_OR_ABOVE.includes(x.level)
      ? true
      : x.level === "provincial-department" || x.level === "city"
        ? grade(["special", "first", "second"])
        : x.level === "county"
          ? grade(["special", "first"])
          : false
    return triAll(levelOk, levelOk === false ? true : role(["main-contributor"]))
  }
  if (x.kind === "excellent-design")
    return PROVINCIAL_OR_ABOVE.includes(x.level) ? role(["main-contributor"]) : false
  if (x.kind === "quality-engineering")
    return CITY_OR_ABOVE.includes(x.level) ? role(["technical-lead"]) : false
  return false
}

const aItem2 = C.leaf({
  id: `${E}/exceptional-a/three-of-seven/2-awards`,
  text: p(
    "(2) 国家、省、部级科技奖，省厅、市一二等奖或县一等奖的主要贡献者；省级优秀设计奖的主要贡献者；省优良工程、市优质工程的主要技术负责人",
    "(2) Main contributor to a national, provincial or ministerial science award, a first or second prize of a provincial department or city, or a county first prize; main contributor to a provincial excellent-design award; technical lead of a provincial or city quality-engineering award",
  ),
  citation: cite(
    `${A} (2)`,
    "获得国家、省、部级奖（指自然科学奖、科技进步奖、发明奖，下同），省厅（局），市（地）一、二等奖和县一等奖的主要贡献者",
  ),
  check: ({ profile }) =>
    countAtLeast(
      profile.achievements?.awards,
      "achievements.awards",
      1,
      qualifyingAward,
      "qualifying award(s)",
    ),
})

const aItem3 = C.any(
  {
    id: `${E}/exceptional-a/three-of-seven/3-lead`,
    text: p(
      "(3) 任大中型企业或建筑二级企业主要技术负责人满3年且现仍任职；或省、市重点工程、科研、科技攻关项目的主要主持、实施者且成绩显著、贡献突出",
      "(3) Chief technical lead of a large or medium enterprise (or a grade-2 construction enterprise) for 3 years and still in post; or leader of a provincial or city key project with outstanding results",
    ),
    citation: cite(`${A} (3)`, "担任大中型企业和建筑二级企业的主要技术负责人三年以上现继续任职"),
  },
  [
    C.leaf({
      id: `${E}/exceptional-a/three-of-seven/3-lead/chief-technical-lead`,
      text: p(
        "任大中型企业或建筑二级企业主要技术负责人满3年且现仍任职",
        "Chief technical lead of a large or medium enterprise (or grade-2 construction enterprise) for 3 whole years, still in post",
      ),
      citation: cite(`${A} (3)`, "担任大中型企业和建筑二级企业的主要技术负责人三年以上现继续任职"),
      check: ({ profile, reference, asOf }) => {
        const posts = profile.achievements?.posts
        if (posts === undefined)
          return { outcome: "unknown", observed: "posts not given", missing: ["achievements.posts"] }
        const chief = posts.filter((x) => x.kind === "chief-technical-lead")
        const size = (x: (typeof chief)[number]): Tri =>
          oneOf(
            x.enterpriseSize,
            ["large-or-medium", "construction-grade-2"],
            "achievements.posts[].enterpriseSize",
          )
        const evalPosts = (ps: typeof chief) => {
          if (ps.length === 0) return { outcome: "unmet" as const, observed: "no such post" }
          const c = periodsYearsAtLeast(ps, 3, "chief technical lead", reference)
          const current = ps.some((x) => x.to === "present" || String(x.to) >= asOf)
          return current ? c : { outcome: "unmet" as const, observed: `${c.observed}; not in the post now` }
        }
        const sure = evalPosts(chief.filter((x) => size(x) === true))
        if (sure.outcome === "met") return sure
        const open = chief.filter((x) => isUnsure(size(x)))
        if (open.length > 0 && evalPosts(chief.filter((x) => size(x) !== false)).outcome === "met")
          return {
            outcome: "unknown",
            observed: "size of the enterprise not given",
            missing: ["achievements.posts[].enterpriseSize"],
          }
        return sure
      },
    }),
    C.all(
      {
        id: `${E}/exceptional-a/three-of-seven/3-lead/key-project`,
        text: p(
          "省、市重点工程、科研、科技攻关项目的主要主持、实施者，且成绩显著、贡献突出",
          "Main leader or implementer of a provincial or city key engineering, research or sci-tech project, with outstanding results",
        ),
        citation: cite(`${A} (3)`, "科技攻关项目的主"),
      },
      [
        C.leaf({
          id: `${E}/exceptional-a/three-of-seven/3-lead/key-project/role`,
          text: p(
            "省、市（或以上）重点工程、科研、科技攻关项目的主要主持、实施者",
            "Main leader or implementer of a provincial or city (or higher) key engineering, research or sci-tech project",
          ),
          citation: cite(`${A} (3)`, "省、市（地）重点工程、科研、科技攻关项目的主"),
          check: ({ profile }) =>
            countAtLeast(
              profile.achievements?.projects,
              "achievements.projects",
              1,
              (x: Project): Tri =>
                (x.kind === "key-engineering" || x.kind === "key-sci-tech") &&
                CITY_OR_ABOVE.includes(x.level) &&
                (x.role === "lead" || x.role === "main"),
              "key project(s) led or implemented",
            ),
        }),
        C.review({
          id: `${E}/exceptional-a/three-of-seven/3-lead/key-project/outstanding`,
          text: p(
            "成绩显著、贡献突出（需人工审核）",
            "Outstanding results and contribution (a person must judge)",
          ),
          citation: cite(`${A} (3)`, "要主持、实施者且成绩显著、贡献突出"),
        }),
      ],
    ),
  ],
)

const aItem4 = C.review({
  id: `${E}/exceptional-a/three-of-seven/4-new-products`,
  text: p(
    "(4) 在开发高层次、高效益的新产品、新工艺、新技术等工作中贡献突出、成绩显著（需人工审核）",
    "(4) Outstanding contribution to developing high-level, high-return new products, processes or technologies (a person must judge)",
  ),
  citation: cite(`${A} (4)`, "在开发高层次，高效益的新产品、新工艺、新技术等工作中贡献突出，成绩显著者"),
})

const aItem5 = C.leaf({
  id: `${E}/exceptional-a/three-of-seven/5-honours`,
  text: p(
    "(5) 获市级劳动模范、科技先进工作者、技术管理先进工作者或县优秀专门人才称号（协会、团体授予的不算）",
    "(5) City model worker, advanced sci-tech worker or advanced technical-management worker, or county excellent specialist (not titles conferred by associations or groups)",
  ),
  citation: cite(
    `${A} (5)`,
    "获市（地）劳动模范、科技先进工作者、技术管理先进工作者和县优秀专门人才称号（不包括协会、团体授予的称号）",
  ),
  check: ({ profile }) =>
    countAtLeast(
      profile.achievements?.honours,
      "achievements.honours",
      1,
      (h: Honour): Tri => {
        const levelOk =
          h.kind === "model-worker" ||
          h.kind === "sci-tech-advanced-worker" ||
          h.kind === "tech-management-advanced-worker"
            ? CITY_OR_ABOVE.includes(h.level)
            : h.kind === "excellent-specialist"
              ? COUNTY_OR_ABOVE.includes(h.level)
              : false
        return triAll(
          levelOk,
          levelOk && h.byGovernment === undefined
            ? ["achievements.honours[].byGovernment"]
            : h.byGovernment === true,
        )
      },
      "qualifying honour(s)",
    ),
})

/**
 * A(6) (DOMAIN.md ruling 8): whole years from the graduation date to the reference date — 15 for 中专
 * (or more, `RULES.exceptionalA6`), 20 for other education — for a person engaged in professional-
 * technical work on the reference date. A count of years since graduating, not of years of work.
 */
const aItem6 = C.leaf({
  id: `${E}/exceptional-a/three-of-seven/6-years`,
  text: p(
    "(6) 从事专业技术工作，中专（及以上）毕业满15年，其他学历毕业满20年（自毕业之日计算至2023年12月31日）",
    "(6) Engaged in professional-technical work, and 15 whole years since graduating from secondary-vocational (中专) education or more, 20 since other education (counted from graduation to 2023-12-31)",
  ),
  citation: cite(`${A} (6)`, "从事专业技术工作中专毕业十五年以上，其他学历二十年以上"),
  check: (ctx) => {
    const ed = ctx.profile.education
    if (ed === undefined)
      return { outcome: "unknown", observed: "education not given", missing: ["education"] }
    const reference = ctx.reference
    const { years, otherYears, levels } = RULES.exceptionalA6
    // Since graduation: met by any record; open when a record without a date might meet it.
    let since: { readonly e: Education; readonly n: number; readonly y: number } | undefined
    let metOn: CivilDate.CivilDate | undefined
    let undated = false
    for (const e of ed) {
      const n = levels.includes(e.level) ? years : otherYears
      if (e.graduated === undefined) {
        undated = true
        continue
      }
      const y = CivilDate.completedYears(e.graduated, reference)
      if (y >= n) {
        since = { e, n, y }
        break
      }
      const on = safeYearsCompletedOn(e.graduated, n)
      if (on !== undefined && (metOn === undefined || on < metOn)) metOn = on
    }
    // Engaged in professional-technical work on the reference date.
    const engaged = engagedOn(ctx.profile, reference)
    const saidEngaged =
      engaged === true
        ? `engaged in engineering-technical work on ${reference}`
        : engaged === false
          ? `not engaged in engineering-technical work on ${reference}`
          : `whether engaged in engineering-technical work on ${reference} is not known`
    if (since !== undefined) {
      const observed = `${since.y} whole year(s) since graduating (${since.e.level}) on ${since.e.graduated}, to ${reference} (${since.n} needed); ${saidEngaged}`
      if (engaged === true) return { outcome: "met", observed }
      if (engaged === false) return { outcome: "unmet", observed }
      return { outcome: "unknown", observed, missing: engaged }
    }
    const observed = `${metOn === undefined ? "no dated graduation" : `fewer than the years needed since graduating (${years} for 中专 or more, ${otherYears} otherwise), to ${reference}`}; ${saidEngaged}`
    if (engaged === false) return { outcome: "unmet", observed }
    if (undated)
      return {
        outcome: "unknown",
        observed,
        missing: isUnsure(engaged) ? ["education[].graduated", ...engaged] : ["education[].graduated"],
      }
    return metOn !== undefined && engaged === true && ongoingOn(ctx.profile, reference)
      ? { outcome: "unmet", observed, metOn }
      : { outcome: "unmet", observed }
  },
})

/** Some work period covering `day` is engineering-technical work (a Tri: the missing paths when open). */
const engagedOn = (profile: Profile, day: CivilDate.CivilDate): Tri => {
  const work = profile.work
  if (work === undefined) return ["work"]
  const missing: Array<string> = []
  for (const w of work) {
    if (w.from > day || (w.to !== "present" && w.to < day)) continue
    const k = engineeringWork(w)
    if (k === true) return true
    if (isUnsure(k)) missing.push(...k)
  }
  return missing.length > 0 ? missing : false
}

/** Some engineering-technical work period covering `day` runs on ("present"), so time alone can meet a length. */
const ongoingOn = (profile: Profile, day: CivilDate.CivilDate): boolean =>
  profile.work?.some((w) => w.from <= day && w.to === "present" && engineeringWork(w) === true) === true

const aItem7 = C.leaf({
  id: `${E}/exceptional-a/three-of-seven/7-zheli-top-ten`,
  text: p(
    "(7) 浙里工程师平台2022年度业绩清单排名前十",
    "(7) Among the top ten of last year's (2022) performance list of the 浙里工程师 platform",
  ),
  citation: cite(`${A} (7)`, "浙里工程师平台上年度业绩清单排名前十的注册工程师"),
  check: ({ profile }) => {
    const r = profile.achievements?.zheliEngineerRank
    if (r === undefined)
      return {
        outcome: "unknown",
        observed: "浙里工程师 ranking not given",
        missing: ["achievements.zheliEngineerRank"],
      }
    if (r === "not-listed") return { outcome: "unmet", observed: "not on the 浙里工程师 performance list" }
    const observed = `ranked ${r.rank} in ${r.year}`
    return r.year === RULES.zheliList.year && r.rank <= RULES.zheliList.topN
      ? { outcome: "met", observed }
      : { outcome: "unmet", observed }
  },
})

const threeOfSeven = C.atLeast(
  3,
  {
    id: `${E}/exceptional-a/three-of-seven`,
    text: p("具备所列7项条件中的3项以上", "Meets at least 3 of the 7 listed conditions"),
    citation: cite(A, "同时具备下列规定条件的 3 项以上"),
  },
  [aItem1, aItem2, aItem3, aItem4, aItem5, aItem6, aItem7],
)

const exceptionalAQualification = C.all(
  {
    id: `${E}/exceptional-a/qualification`,
    text: p(
      "学历与任助理工程师年限符合破格条件，且具备7项中的3项以上",
      "Education and years as assistant engineer as the exceptional track requires, and 3 of the 7 listed conditions",
    ),
    citation: cite(A, "可以破格申报工程师职务任职资格"),
  },
  [aGate, threeOfSeven],
)

export const exceptionalATrack: Track = exception(normalTrack, {
  id: `${E}/exceptional-a`,
  kind: "exceptional",
  route: "evaluation",
  target: TARGET,
  title: p("破格申报 A类", "Exceptional track A"),
  citation: cite(A, "同时具备下列规定条件的 3 项以上，可以破格申报工程师职务任职资格"),
  replace: { [NORMAL_QUALIFICATION]: exceptionalAQualification },
})

// ---------------------------------------------------------------------------------------------
// Exceptional track B (附件1 二(二)2 B类)

const B = "附件1 二(二)2 B类"

const honourLeaf = C.leaf({
  id: `${E}/exceptional-b/qualification/honour`,
  text: p(
    "是获附件2所列省级及以上工信荣誉（2022年7月1日至2023年6月30日发文）企业的具体项目主要技术负责人",
    "Main technical lead of a project of an enterprise holding a provincial-or-higher honour on annex 2, published 2022-07-01 to 2023-06-30",
  ),
  citation: cite(B, "获得省级及以上工业和信息化领域相关荣誉项目的企业的具体项目主要技术负责人"),
  check: ({ profile }) => {
    const list = profile.achievements?.enterpriseHonours
    const w = RULES.honourWindow
    const check = countAtLeast(
      list,
      "achievements.enterpriseHonours",
      1,
      (h): Tri =>
        triAll(
          inWindow(h.published, w),
          h.mainTechnicalLead === undefined
            ? ["achievements.enterpriseHonours[].mainTechnicalLead"]
            : h.mainTechnicalLead,
        ),
      `honour(s) published ${w.from}–${w.to} with the applicant as main technical lead`,
    )
    return check
  },
})

const exceptionalBQualification = C.all(
  {
    id: `${E}/exceptional-b/qualification`,
    text: p(
      "荣誉企业项目主要技术负责人，不具备规定学历，且没有助理工程师职称",
      "Main technical lead of an honoured enterprise's project, without the prescribed education and without the assistant-engineer title",
    ),
    citation: cite(B, "不具备规定学历，且没有助理工程师职称"),
  },
  [
    honourLeaf,
    C.leaf({
      id: `${E}/exceptional-b/qualification/honour-window`,
      text: p(
        "荣誉以2022年7月1日至2023年6月30日省级及以上经（工）信部门发文为准，有效期一年",
        "The honour counts if published by a provincial-or-higher economy and IT department between 2022-07-01 and 2023-06-30 (valid one year)",
      ),
      citation: cite(B, "发文时间为上一年度7月1日至当年度6月30日，有效期一年"),
      check: ({ profile }) => {
        const list = profile.achievements?.enterpriseHonours
        const w = RULES.honourWindow
        return countAtLeast(
          list,
          "achievements.enterpriseHonours",
          1,
          (h): Tri => inWindow(h.published, w),
          `honour(s) published ${w.from}–${w.to}`,
        )
      },
    }),
    lacksPrescribedEducation(`${E}/exceptional-b/qualification/lacks-education`, cite(B, "不具备规定学历")),
    lacksAssistantTitle(
      `${E}/exceptional-b/qualification/no-assistant-title`,
      cite(B, "且没有助理工程师职称"),
    ),
  ],
)

export const exceptionalBTrack: Track = exception(normalTrack, {
  id: `${E}/exceptional-b`,
  kind: "exceptional",
  route: "evaluation",
  target: TARGET,
  title: p(
    "破格申报 B类（荣誉企业项目负责人）",
    "Exceptional track B (technical lead at an honoured enterprise)",
  ),
  citation: cite(B, "不具备规定学历，且没有助理工程师职称。可以破格申报工程师职务任职资格"),
  replace: { [NORMAL_QUALIFICATION]: exceptionalBQualification },
  procedure: B_PROCEDURE,
})

// ---------------------------------------------------------------------------------------------
// Skilled-talent track (附件1 二(二)3)

const SKILLED = "附件1 二(二)3"

const skilledQualification = C.leaf({
  id: `${E}/skilled-talent/qualification`,
  text: p(
    "取得技师（或高级技师）职业资格或职业技能等级后从事技术技能工作满3年（计算至2023年12月31日）",
    "At least 3 whole years of technical-skill work since obtaining the technician (技师) or senior-technician skill level (to 2023-12-31)",
  ),
  citation: cite(SKILLED, "具有技师职业资格或职业技能等级后从事技术技能工作满3年"),
  check: (ctx) => {
    const skills = ctx.profile.skills
    if (skills === undefined)
      return { outcome: "unknown", observed: "skill levels not given", missing: ["skills"] }
    const first = skills
      .filter((s) => s.level === "technician" || s.level === "senior-technician")
      .sort((a, b) => CivilDate.compare(a.obtained, b.obtained))[0]
    if (first === undefined) return { outcome: "unmet", observed: "no technician or senior-technician level" }
    return workYears(
      ctx,
      3,
      `technical-skill work since the ${first.level} level on ${first.obtained}`,
      technicalSkillWork,
      first.obtained,
    )
  },
})

export const skilledTalentTrack: Track = exception(normalTrack, {
  id: `${E}/skilled-talent`,
  kind: "skilled-talent",
  route: "evaluation",
  target: TARGET,
  title: p("技能人才申报", "Skilled-talent track"),
  citation: cite(SKILLED, "具有技师职业资格或职业技能等级后从事技术技能工作满3年"),
  replace: { [NORMAL_QUALIFICATION]: skilledQualification },
})

// ---------------------------------------------------------------------------------------------
// Materials (附件3; 三(三); 五(三))

const ANNEX3 = "附件3"

const m = (id: string, text: Plain, article: string, quote: string): Material => ({
  id: `${E}/materials/${id}`,
  text,
  citation: cite(article, quote),
})

const PENSION_WINDOW = { from: "2021-01", to: "2023-12" }

/** The materials, built once: `materials` only chooses among them for the profile and track. */
const MATERIAL_EVALUATION_FORM = m(
  "evaluation-form",
  p(
    "《专业技术资格评审表》一式三份（系统导出，带平台水印），加盖单位和业务主管部门或乡镇、街道公章后送区人社局",
    "The evaluation form, three copies exported from the platform (with its watermark), stamped by the employer and the supervising department or township/street office, delivered to the district HR&SS bureau",
  ),
  `${ANNEX3} 1`,
  "《专业技术资格评审表》（含“浙江省专业技术任职资格申报与评审管理平台”字样水印，一式三份，系统导出纸质报送）",
)
const MATERIAL_PAPER_SUBMISSION = m(
  "paper-submission",
  p(
    "评审表加盖公章后送至区人社局（曹娥街道嘉和路168号11楼1103室）",
    "Deliver the stamped forms to the district HR&SS bureau (Room 1103, 11/F, 168 Jiahe Road, Cao'e Street)",
  ),
  "五(三)",
  "加盖单位和业务主管部门或乡镇、街道公章后送至区人社局",
)
const MATERIAL_TRUTHFULNESS_PLEDGE = m(
  "truthfulness-pledge",
  p(
    "扫码在线签署《专业技术资格申报材料真实性保证书》",
    "Sign the pledge that the application materials are true, online by QR code",
  ),
  "三(二)",
  "申报人需扫描二维码在线签署《专业技术资格申报材料真实性保证书》",
)
const MATERIAL_EDUCATION_BEFORE_2001 = m(
  "education-before-2001",
  p(
    "2001年以前毕业的：上传学历学位证书及毕业生登记表",
    "If you graduated before 2001: upload your diploma and degree certificates and the graduate registration form",
  ),
  `${ANNEX3} 3`,
  "2001年以前毕业的，需上传学历学位证书及毕业生登记表",
)
const MATERIAL_EDUCATION_NOT_EXTRACTED = m(
  "education-not-extracted",
  p(
    "2001年以后毕业、如平台无法自动提取学历学位信息的：上传学历学位证书及《教育部学历证书电子注册备案表》或《中国高等教育学历认证报告》",
    "If you graduated in 2001 or later and the platform cannot extract your education: upload your certificates and the MoE electronic registration record or the China higher-education qualification report",
  ),
  `${ANNEX3} 3`,
  "2001年以后毕业但不能自动提取学历学位信息的，需上传学历学位证书、《教育部学历证书电子注册备案表》或《中国高等教育学历认证报告》",
)
const MATERIAL_EDUCATION_ABROAD = m(
  "education-abroad",
  p(
    "在国外或港澳台地区取得学历学位的：提供教育部留学服务中心认证的《国外学历学位认证书》或《港澳台学历学位认证书》",
    "If your education was obtained abroad or in Hong Kong, Macao or Taiwan: the certificate of recognition issued by the MoE Chinese Service Center for Scholarly Exchange",
  ),
  `${ANNEX3} 3`,
  "国外或港澳台地区学历学位须提供教育部留学服务中心认证的《国外学历学位认证书》或《港澳台学历学位认证书》",
)
const MATERIAL_CERTIFICATES = m(
  "certificates",
  p(
    "现任职称证书、聘任证书、荣誉证书及获奖证书；集体项目须提供本人系主要贡献者的依据",
    "Current title and appointment certificates, honour and award certificates; for team projects, proof that you were a main contributor",
  ),
  `${ANNEX3} 4`,
  "现任专业技术职务任职资格证书、聘任证书、荣誉证书及获奖证书，集体项目须提供本人系主要贡献者依据",
)
const MATERIAL_PENSION_PROOF = m(
  "pension-proof",
  p(
    "近3年《基本养老保险参保缴费证明》（系统无法提取或提取不全的，手动上传）",
    "Proof of basic pension insurance for the last 3 years (upload it yourself if the platform cannot extract it in full)",
  ),
  `${ANNEX3} 5`,
  "近3年《基本养老保险参保缴费证明》",
)
const MATERIAL_SOCIAL_INSURANCE_OUTSIDE_PROVINCE = m(
  "social-insurance-outside-province",
  p(
    "近三年内在省外缴纳社保或平台无法提取社保缴纳信息的：自行提供缴纳社保的证明",
    "If you paid social insurance outside Zhejiang in the last three years, or the platform cannot extract it: provide proof of payment yourself",
  ),
  "三(三)",
  "如近三年内有在省外缴纳社保或无法提取社保缴纳信息的申报人员，需由个人提供缴纳社保的相关证明",
)
const MATERIAL_WORK_HISTORY = m(
  "work-history",
  p(
    "从事工程技术、工程技术管理工作的经历",
    "Your history of engineering-technical and engineering-management work",
  ),
  `${ANNEX3} 6`,
  "从事工程技术、工程技术管理工作的经历",
)
const MATERIAL_CONTINUING_EDUCATION = m(
  "continuing-education",
  p(
    "继续教育学时证明（绍兴市专业技术人员继续教育平台年度学时登记卡）",
    "Proof of continuing-education hours (the annual record card of the Shaoxing continuing-education platform)",
  ),
  `${ANNEX3} 7`,
  "继续教育学时证明（在“绍兴市专业技术人员继续教育平台”登记，系统上传年度学时登记卡）",
)
const MATERIAL_ACHIEVEMENTS = m(
  "achievements",
  p(
    "任现职后或近五年取得、与申报专业相关的工作业绩和学术成果；论文、项目证明材料须完整并盖章",
    "Work results and academic output obtained since your current title or in the last five years and related to the specialty; complete, stamped evidence for papers and projects",
  ),
  `${ANNEX3} 8`,
  "提交的工作业绩、专业学术成果等均应为任现职后或近五年取得，并与申报专业相关联",
)
const MATERIAL_ASSESSMENTS = m(
  "assessments",
  p(
    "近3年（2020—2022年）逐年年度考核结果，不得以奖状替代或合并考核",
    "Your annual assessment results for 2020–2022, year by year (no certificates in place of them, no combined assessment)",
  ),
  `${ANNEX3} 9`,
  "近3年（2020-2022年）考核合格，需填逐年考核结果",
)
const MATERIAL_EXCEPTIONAL_APPROVAL_FORM = m(
  "exceptional-approval-form",
  p(
    "《破格推荐中级专业技术职务任职资格审批表》，说明符合哪几条破格条件并附证明材料",
    "The approval form for exceptional recommendation (annex 4), stating which exceptional conditions you meet, with evidence",
  ),
  `${ANNEX3} 10`,
  "破格晋升人员需填写上传《破格推荐中级专业技术职务任职资格审批表》，说明符合哪几条破格条件，并附有关证明材料",
)
const MATERIAL_HONOUR_PROJECT_APPLICATION = m(
  "honour-project-application",
  p("荣誉项目的项目申报书及相关证明材料", "The honoured project's application and related evidence"),
  B,
  "需提供项目申报书及相关证明材料",
)
const MATERIAL_WORK_SUMMARY = m(
  "work-summary",
  p("任现职以来的专业技术工作总结", "A summary of your professional technical work in your current post"),
  `${ANNEX3} 11`,
  "从事现专业技术职务的专业技术工作总结",
)

/**
 * The materials a track asks for depend on the profile through four flags (education before/after
 * 2001 or abroad, social insurance outside Zhejiang) and on the track's kind; each distinct list is
 * built once and shared (reports are immutable), the flags once per request.
 */
const materials = (ctx: C.Context, track: Track): ReadonlyArray<Material> => {
  const flags = once(ctx.profile, materialFlags, () => materialFlags(ctx.profile))
  const key = flags * 4 + (track.kind === "exceptional" ? 2 : 0) + (track.id === exceptionalBTrack.id ? 1 : 0)
  let list = MATERIAL_LISTS.get(key)
  if (list === undefined) {
    list = materialList(flags, track)
    MATERIAL_LISTS.set(key, list)
  }
  return list
}

const MATERIAL_LISTS = new Map<number, ReadonlyArray<Material>>()

const PRE_2001 = 1
const POST_2001 = 2
const ABROAD = 4
const OUTSIDE = 8

const materialFlags = (profile: Profile): number => {
  const ed = profile.education
  const pre2001 =
    ed === undefined ||
    ed.some((e) => e.graduated === undefined || Number(String(e.graduated).slice(0, 4)) < 2001)
  const post2001 =
    ed === undefined ||
    ed.some((e) => e.graduated === undefined || Number(String(e.graduated).slice(0, 4)) >= 2001)
  const abroad = ed === undefined || ed.some((e) => e.awardedIn === undefined || e.awardedIn !== "mainland")
  // 三(三): social insurance paid outside Zhejiang in the last three years, or not extractable.
  const pension = profile.pension
  const outside =
    pension === undefined ||
    pension.some(
      (x) =>
        (x.to === "present" || String(x.to) >= PENSION_WINDOW.from) &&
        String(x.from) <= PENSION_WINDOW.to &&
        (x.place === undefined || !(x.place === "cn-zhejiang" || x.place.startsWith("cn-zhejiang-"))),
    )
  return (
    (pre2001 ? PRE_2001 : 0) | (post2001 ? POST_2001 : 0) | (abroad ? ABROAD : 0) | (outside ? OUTSIDE : 0)
  )
}

const materialList = (flags: number, track: Track): ReadonlyArray<Material> => {
  const out: Array<Material> = [
    MATERIAL_EVALUATION_FORM,
    MATERIAL_PAPER_SUBMISSION,
    MATERIAL_TRUTHFULNESS_PLEDGE,
  ]

  // 附件3 item 3: education certificates.
  if (flags & PRE_2001) out.push(MATERIAL_EDUCATION_BEFORE_2001)
  if (flags & POST_2001) out.push(MATERIAL_EDUCATION_NOT_EXTRACTED)
  if (flags & ABROAD) out.push(MATERIAL_EDUCATION_ABROAD)

  out.push(MATERIAL_CERTIFICATES, MATERIAL_PENSION_PROOF)

  if (flags & OUTSIDE) out.push(MATERIAL_SOCIAL_INSURANCE_OUTSIDE_PROVINCE)

  out.push(MATERIAL_WORK_HISTORY, MATERIAL_CONTINUING_EDUCATION, MATERIAL_ACHIEVEMENTS, MATERIAL_ASSESSMENTS)

  if (track.kind === "exceptional") out.push(MATERIAL_EXCEPTIONAL_APPROVAL_FORM)
  if (track.id === exceptionalBTrack.id) out.push(MATERIAL_HONOUR_PROJECT_APPLICATION)

  out.push(MATERIAL_WORK_SUMMARY)
  return out
}

// ---------------------------------------------------------------------------------------------
// Deadlines (五(二))

const DEADLINES: ReadonlyArray<Deadline> = [
  {
    id: `${E}/deadlines/individual-application`,
    kind: "individual-application",
    to: d("2023-09-08"),
    text: p("个人网上申报截止：2023年9月8日", "Individual online application closes on 2023-09-08"),
    citation: cite("五(二)", "个人申报截止时间为 2023 年 9 月 8 日"),
  },
  {
    id: `${E}/deadlines/unit-recommendation`,
    kind: "unit-recommendation",
    to: d("2023-09-21"),
    text: p("用人单位推荐截止：2023年9月21日", "The employer's recommendation closes on 2023-09-21"),
    citation: cite("五(二)", "用人单位推荐截止时间为 2023 年 9 月 21 日"),
  },
]

// ---------------------------------------------------------------------------------------------
// Settings

const SETTINGS: ReadonlyArray<Setting> = [
  {
    id: `${E}/reference-date`,
    value: RULES.referenceDate,
    text: p(
      "任职时间和专业工作年限计算至2023年12月31日",
      "Years in title and of specialty work are counted to 2023-12-31",
    ),
    citation: cite("三(一)", "现职专业技术职务任职时间、专业工作年限均计算至2023年12月31日"),
  },
  {
    id: `${E}/prescribed-education`,
    value: RULES.prescribedEducation,
    text: p(
      "“规定学历”理解为正常申报所列学历：大专及以上（或学士及以上学位）；技工院校学历不折算",
      "'Prescribed education' is read as what the normal track names: college (大专) or above, or a bachelor's degree or above; technical-school classes are not converted",
    ),
    citation: cite("附件1 二(二)2 A类", "不具备规定学历"),
  },
  {
    id: `${E}/exceptional-b-caps`,
    value: RULES.exceptionalBCaps,
    text: p(
      "B类每家企业推荐人数上限：国家级荣誉企业3人，省级荣誉企业2人（由名额服务执行）",
      "Exceptional track B, per enterprise: at most 3 recommendations with a national honour, 2 with a provincial one (enforced by the quota service)",
    ),
    citation: cite("附件1 二(二)2 B类", "获国家级荣誉企业推荐人数不超过3人，省级荣誉企业推荐人数不超过2人"),
  },
  {
    id: `${E}/exceptional-b-honour-window`,
    value: RULES.honourWindow,
    text: p(
      "B类荣誉须于2022年7月1日至2023年6月30日发文，有效期一年",
      "Exceptional track B honours count if published between 2022-07-01 and 2023-06-30; valid one year",
    ),
    citation: cite("附件1 二(二)2 B类", "发文时间为上一年度7月1日至当年度6月30日，有效期一年"),
  },
  {
    id: `${E}/integrity-ban`,
    value: { years: RULES.integrityBan.years, from: "the year after the evaluation year of the fraud" },
    text: p(
      "弄虚作假的，自弄虚作假所在申报的评审年度的次年起3年内不得申报高一级职称，不论何时查实（如2023年度评审中作假：2024、2025、2026年）；禁止年度由认定记录的评审年度推算，不采用申报人填写的年份（规则7）",
      "Fraud bars applying for a higher title in the 3 evaluation years after the evaluation year of the application in which it occurred, whenever found (fraud in the 2023 evaluation: 2024, 2025, 2026); the years are derived from the finding's evaluation year, never typed (ruling 7)",
    ),
    citation: RULES.integrityBan.citation,
  },
  {
    id: `${E}/exceptional-a-6-years-since-graduation`,
    value: RULES.exceptionalA6,
    text: p(
      "A类(6)：自毕业之日至2023年12月31日的整年数，中专（及以上）15年、其他学历20年，且该日从事专业技术工作；不是工作年限（规则8）",
      "Exceptional A (6): whole years from graduation to 2023-12-31 — 15 for 中专 or more, 20 for other education — for a person engaged in professional-technical work on that day; not years of work (ruling 8)",
    ),
    citation: cite(`${A} (6)`, "从事专业技术工作中专毕业十五年以上，其他学历二十年以上"),
  },
  publicitySetting(`${E}/unit-publicity`, UNIT_PUBLICITY),
  publicitySetting(`${E}/committee-publicity`, COMMITTEE_PUBLICITY),
  {
    id: `${E}/continuing-education`,
    value: RULES.continuingEducation,
    text: p(
      "继续教育：2021—2023年合计不少于270学时，专业课不少于180、公需课不少于54",
      "Continuing education 2021–2023: at least 270 hours, 180 specialty, 54 general",
    ),
    citation: cite(
      "一(二)4",
      "近3年(2021-2023年)继续教育学习不少于270学时(其中专业课不少于180学时,公需课不少于54学时)",
    ),
  },
  {
    id: `${E}/assessment-years`,
    value: RULES.assessmentYears,
    text: p(
      "“近三年”考核按附件3第9项取2020—2022年，每年须合格或优秀",
      "The 'last three years' of assessments are 2020–2022 as annex 3 item 9 names them; each must be competent or excellent",
    ),
    citation: cite("附件3 9", "近3年（2020-2022年）考核合格，需填逐年考核结果"),
  },
  {
    id: `${E}/recent-five-years`,
    value: RULES.recentFiveYears,
    text: p(
      "“近五年”指截至2023年12月31日的五年：2019年1月1日至2023年12月31日",
      "'The last five years' are the five years ending on the reference date: 2019-01-01 to 2023-12-31",
    ),
    citation: cite("附件1 二(二)1 第二段 (2)", "近五年取得 1 项以上发明专利或软件著作权的"),
  },
  {
    id: `${E}/patents-rank-first`,
    value: { appliesToAll: RULES.patentsRankFirstForAll },
    text: p(
      "“须排名第一”适用于发明专利、软件著作权和实用新型专利",
      "'Must be ranked first' applies to invention patents, software copyrights and utility models alike",
    ),
    citation: cite("附件1 二(二)1 第二段 (2)", "（须排名第一）"),
  },
  {
    id: `${E}/residency-admitted`,
    value: RULES.residencyAdmitted,
    text: p(
      "可申报：内地居民、港澳台人员、持外国人永久居留证或海外高层次人才居住证的外籍人员；其他外籍人员文件未允许",
      "May apply: mainland residents, people from Hong Kong, Macao and Taiwan, foreigners with a permanent-residence or overseas high-level-talent card; other foreigners are not admitted by the text",
    ),
    citation: cite("一(一)", "持有外国人永久居留证、海外高层次人才居住证的外籍和港澳台工程专业技术人才"),
  },
  {
    id: `${E}/no-assistant-requires-no-title`,
    value: RULES.noAssistantTrackRequiresNoTitle,
    text: p(
      "第二段（含5项中2项的替代条件）仅适用于没有助理工程师职称者；已有该职称者走正常申报或破格A类",
      "The second paragraph (including the 2-of-5 alternative) is for those without the assistant-engineer title; holders use the normal track or exceptional track A",
    ),
    citation: cite("附件1 二(二)1 第二段", "如果没有助理工程师职称，允许申报中级职称"),
  },
  {
    id: `${E}/unrelated-major-extra-years`,
    value: RULES.unrelatedMajorExtraYears,
    text: p(
      "无助理工程师职称申报：专业不对口的，专业工作年限增加1年（研究生3年、本科6年、大专8年）",
      "Without the assistant-engineer title: one more year of specialty work when the major is unrelated (postgraduate 3, bachelor 6, college 8)",
    ),
    citation: cite("附件1 二(二)1 第二段", "专业不对口人员从事专业工作年限需增加一年"),
  },
  {
    id: `${E}/two-of-five-alternative`,
    value: { alternative: true },
    text: p(
      "“不具备上述条件但具备下列5项条件中的2项”理解为替代条件：具备5项中任2项即可（DOMAIN.md 裁定4）",
      "'Lacking the above but meeting 2 of the 5' is an alternative: any 2 of the 5 suffice on their own (DOMAIN.md ruling 4)",
    ),
    citation: cite("附件1 二(二)1 第二段", "不具备上述条件但具备下列 5 项条件中的 2 项"),
  },
  {
    id: `${E}/exceptional-a-item-6`,
    value: RULES.exceptionalA6,
    text: p(
      "A类第(6)项：中专及以上学历从事专业技术工作满15年，其他学历（高中及以下、技工院校）满20年",
      "Exceptional A item (6): 15 years of technical work with 中专 or more, 20 with other education (high school or below, technical-school classes)",
    ),
    citation: cite("附件1 二(二)2 A类 (6)", "从事专业技术工作中专毕业十五年以上，其他学历二十年以上"),
  },
  {
    id: `${E}/zheli-engineer-list`,
    value: RULES.zheliList,
    text: p(
      "A类第(7)项：“上年度”为2022年，“前十”为第1至10名",
      "Exceptional A item (7): 'last year' is 2022; 'top ten' is ranks 1 to 10",
    ),
    citation: cite("附件1 二(二)2 A类 (7)", "浙里工程师平台上年度业绩清单排名前十的注册工程师"),
  },
  {
    id: `${E}/foreign-language-computer`,
    value: RULES.foreignLanguageAndComputer,
    text: p("职称外语、计算机应用能力不作为必备条件", "Foreign-language and computer tests are not required"),
    citation: cite("一(二)2", "职称外语、计算机应用能力不作为申报工程师职务任职资格的必备条件"),
  },
]

// ---------------------------------------------------------------------------------------------
// Not encoded

const NOT_ENCODED: ReadonlyArray<NotEncoded> = [
  {
    article: "一(二)1; 附件1 引言",
    reason: p(
      "《浙江省职称评审管理实施办法（试行）》（浙人社发〔2020〕47号）、《浙江省专业技术资格评审工作实施细则（试行）》和《工程技术人员职务试行条例》未随文提供，其内容未知，未编码。",
      "The Zhejiang measures (浙人社发〔2020〕47号), the Zhejiang implementing rules and the 工程技术人员职务试行条例 are referenced but not provided; their content is unknown and not encoded.",
    ),
  },
  {
    article: "正文首段",
    reason: p(
      "绍市人社发〔2023〕33号、绍市经信〔2023〕24号为本通知的依据，未随文提供，未编码。",
      "The Shaoxing notices 绍市人社发〔2023〕33号 and 绍市经信〔2023〕24号 on which this notice rests are not provided; not encoded.",
    ),
  },
  {
    article: "一(二)3",
    reason: p(
      "高技能人才申报按绍市人社发〔2023〕3号（贯通办法）执行；该文件未提供。仅按附件1 二(二)3 的文字编码技能人才申报（技师满3年），贯通办法的其他条件未编码。",
      "Skilled-talent applications follow 绍市人社发〔2023〕3号, which is not provided. Only the text of annex 1 §2.2.3 (technician + 3 years) is encoded; any further conditions of that document are not.",
    ),
  },
  {
    article: "附件1 一; 附件1 二(一)",
    reason: p(
      "政治条件和专业条件（生产、技术管理部门或研究、设计部门的能力与业绩）由评委会评价，列于各通道的评审时评价项，不由系统判断。",
      "The political condition and the specialty condition (abilities and results for production/technical management or research/design) are judged by the committee; listed under judgedAtEvaluation, not decided.",
    ),
  },
  {
    article: "二(一)",
    reason: p(
      "申报人须在五个子专业和三类申报类型中各选一个；系统对所有通道分别给出结果，由申报人选择，不强制。",
      "The applicant chooses one sub-specialty and one type of application; the engine reports every track and leaves the choice to the applicant.",
    ),
  },
  {
    article: "二(二); 二(三); 三(二); 五(四)",
    reason: p(
      "单位审核、协会和区人社部门审核推荐、评委会办公室资格审查等程序未编码；公示期作为设置记录。",
      "The employer's review, the association's and bureau's review and recommendation, and the committee office's qualification review are procedures, not encoded; the publicity periods are recorded as settings.",
    ),
  },
  {
    article: "附件1 二(二)2 B类",
    reason: p(
      "B类每企业推荐人数上限（国家级3人、省级2人）属名额控制，由名额服务执行，作为设置记录；荣誉是否属于附件2所列项目及当年发文（以经信部门发文为准）由经办人核实，系统采信申报信息中的清单序号。",
      "The per-enterprise caps (3 national / 2 provincial) are quotas enforced elsewhere and recorded as a setting. Whether an honour is on annex 2 and in that year's official notice is verified by a clerk; the engine trusts the list item declared.",
    ),
  },
  {
    article: "附件3 8",
    reason: p(
      "“工作业绩、专业学术成果均应为任现职后或近五年取得，并与申报专业相关联”未作为各项业绩的日期过滤条件（仅第二段第(2)项本身规定的“近五年”已编码）；由评委会审核。",
      "'Results must date from the current title or the last five years and relate to the specialty' is not applied as a date filter on achievements (only the 近五年 stated in item (2) of the second paragraph is encoded); checked at evaluation.",
    ),
  },
  {
    article: "四",
    reason: p(
      "弄虚作假的后果（退回材料、取消资格、记入诚信档案）未编码；仅检查禁止申报期。",
      "The consequences of fraud (materials returned, qualification revoked, integrity record) are not encoded; only the ban period is checked.",
    ),
  },
  {
    article: "附件1 二(二)",
    reason: p(
      "技工院校中级工班、高级工班、预备技师班按中专、大专、本科折算的规定出自山西文件（001），本文件未规定，未适用。",
      "The conversion of technical-school classes to 中专/大专/本科 comes from the Shanxi document (001); this document does not provide it, so it is not applied.",
    ),
  },
  {
    article: "附件1 二(二)1 第一段",
    reason: p(
      "“助理工程师资格”仅认工程系列助理级职称；其他系列的助理级职称是否可用未规定，未编码。",
      "Only an engineering-series assistant-level title counts as 助理工程师资格; whether assistant-level titles of other series count is not stated and not encoded.",
    ),
  },
  {
    article: "附件4; 五(一)",
    reason: p(
      "《破格推荐中级专业技术职务任职资格审批表》的格式及材料下载位置未编码（审批表作为材料列出）。",
      "The layout of the exceptional-recommendation approval form and where to download materials are not encoded (the form is listed as a material).",
    ),
  },
  {
    article: "一(一)",
    reason: p(
      "“专业技术人员”身份及多份现职的组合未单独判断：各项申报对象条件分别检查是否有一份现职满足。",
      "Being a 专业技术人员 is not checked separately, and with several current jobs each who-may-apply condition is checked against any current job, not one job satisfying all.",
    ),
  },
]

// ---------------------------------------------------------------------------------------------

export const shangyu2023: Edition = {
  id: E,
  document: DOC,
  evaluationYear: RULES.evaluationYear,
  reference: {
    date: RULES.referenceDate,
    citation: cite("三(一)", "现职专业技术职务任职时间、专业工作年限均计算至2023年12月31日"),
  },
  tracks: [normalTrack, noAssistantTrack, exceptionalATrack, exceptionalBTrack, skilledTalentTrack],
  materials,
  deadlines: () => DEADLINES,
  settings: SETTINGS,
  publicity: UNIT_PUBLICITY,
  procedure: PROCEDURE,
  notEncoded: NOT_ENCODED,
}
