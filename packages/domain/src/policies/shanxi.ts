/**
 * 晋人社厅发〔2020〕38号 — Shanxi's measures for private-enterprise titles (items 1–14, in
 * 001_fa69ffcda4fe5aee.txt before the national notice it forwards). For professionals of private
 * enterprises working in Shanxi; every series and level unless an item says otherwise.
 *
 * Encoded (one track per item, open at "any" level where the item says "相应级别/层级"; item 10's
 * one-level-up route stays one track per level, since it reaches only junior (assistant grade) to
 * associate senior):
 * - items 2–3: the application channel (dispatched staff through the dispatch agency; others through
 *   the employer at the place of the labour relation);
 * - item 8: exam-only series (以考代评) have no evaluation — every evaluation track here requires
 *   `status.examInsteadOfEvaluation` to be false; exam-plus-evaluation series (考评结合) need an exam
 *   pass (`examPasses`), and which series those are is not in the sources (review); professional
 *   qualifications → direct recognition by a catalogue that is not in the sources (review);
 * - item 9: skilled workers (高级技师/技师/高级工) → engineering titles by standard conditions not in
 *   the sources (review), and technical-school classes counted as 中专/大专/本科
 *   (`technicalSchoolEquivalent`);
 * - item 10: full-time graduates not initially appointed → one level up directly (years by the series'
 *   rules: review); introduced high-level talent → direct recognition (review of level);
 * - item 11: from Party or government organs → first application not bound by seniority or level
 *   (review of the level the years support); approved leave to start a business → 3 years at the
 *   original unit (same window as the national notice).
 *
 * Rulings (comments at each condition; the leave window is also a Setting):
 * - "3年内" ends on the anniversary, inclusive, carried past rest days (Civil Code arts. 201–203, on
 *   the work calendar), as in the national notice.
 * - Item 10 "未按规定考核初聘相应职称": a person who holds any title is treated as not covered
 *   (unmet, with the reason shown); the profile cannot tell an initial appointment from other titles.
 * - Item 10 "普通全日制高等院校毕业": a full-time associate degree (大专) or above meets it; a
 *   technical-school 高级工班/预备技师班 graduate (counted as 大专/本科 by item 9) needs a review,
 *   since a 技工院校 is not a 高等院校 and the text does not say item 9's equivalence reaches item 10.
 * - Item 11 "从事专业技术工作": only `workKind: "engineering-technical"` counts (the profile has no
 *   other professional-technical kind).
 */
import type { Citation } from "../Citation.ts"
import * as C from "../Condition.ts"
import { hasEducation, statusFlag } from "../Facts.ts"
import type { Edition, Procedure, Target, Track } from "../Policy.ts"
import type { EducationLevel, Level } from "../Profile.ts"
import { employedBy, worksIn } from "./common.ts"
import { SOURCES } from "./documents.ts"
import {
  anySeries,
  anySeriesAnyLevel,
  currentWorkWhere,
  LEVEL_NAME,
  leaveToStartBusinessParts,
  onApprovedLeave,
} from "./internal/routes2020.ts"
import { LEAVE_WINDOW } from "./national.ts"

const DOC = "shanxi-2020-38"
const ED = "shanxi-2020-38"

const cite = (article: string, quote: string): Citation => ({
  document: DOC,
  source: SOURCES.shanxi,
  article,
  quote,
})

/**
 * The procedure of an application for evaluation (items 2–4): the employer (or the service point,
 * the dispatching agency) performs 审核、公示、推荐 before the local bureau's review. No period is
 * named, so a notice runs to the end day its publisher states; none is invented.
 */
const PROCEDURE: Procedure = {
  publicity: {
    required: true,
    by: { zh: "用人单位", en: "the employer" },
    period: "stated-by-publisher",
    citation: cite("3", "由用人单位履行审核、公示、推荐等程序"),
  },
}

/**
 * A direct recognition (items 8 and 10 ¶2) is no application for evaluation: the review, publicity
 * and recommendation of items 2–4 are named for evaluations, and nothing names them for it.
 */
const RECOGNITION_PROCEDURE: Procedure = {
  publicity: {
    required: false,
    text: {
      zh: "直接认定：文件未规定公示环节（第2至4项的审核、公示、推荐针对申报评审）",
      en: "Direct recognition: the text names no publicity step (the review, publicity and recommendation of items 2–4 are for evaluations)",
    },
  },
}

// ---------------------------------------------------------------------------------------------
// Item 9: technical-school classes counted as 中专 / 大专 / 本科

/** Item 9, second sentence. */
export const TECHNICAL_SCHOOL_EQUIVALENCE = {
  table: {
    "technical-school-intermediate-class": "secondary-vocational",
    "technical-school-senior-class": "associate",
    "technical-school-preparatory-technician-class": "bachelor",
  },
  citation: cite(
    "9",
    "技工院校中级工班、高级工班、预备技师（技师）班毕业，分别按中专、大专、本科学历申报参评相应系列（专业）职称",
  ),
} as const satisfies {
  readonly table: Readonly<Partial<Record<EducationLevel, EducationLevel>>>
  readonly citation: Citation
}

/**
 * The educational level an education record counts as when applying for a title in Shanxi:
 * 中级工班 → 中专, 高级工班 → 大专, 预备技师（技师）班 → 本科 (item 9); any other level counts as itself.
 */
export const technicalSchoolEquivalent = (level: EducationLevel): EducationLevel =>
  (TECHNICAL_SCHOOL_EQUIVALENCE.table as Readonly<Partial<Record<EducationLevel, EducationLevel>>>)[level] ??
  level

const HIGHER_EDUCATION: ReadonlyArray<EducationLevel> = ["associate", "bachelor", "master", "doctorate"]

// ---------------------------------------------------------------------------------------------
// Shared conditions

const inShanxi = worksIn("cn-shanxi", {
  id: `${ED}/works-in-shanxi`,
  text: { zh: "在山西省工作", en: "You work in Shanxi" },
  citation: cite("1", "民营企业专业技术人才可向全省各系列（专业）、各级评审委员会申报职称评审"),
})

const privateEnterprise = employedBy(["private-enterprise"], {
  id: `${ED}/private-enterprise`,
  text: { zh: "在民营企业从事专业技术工作", en: "You are a professional in a private enterprise" },
  citation: cite("1", "民营企业专业技术人才可向全省各系列（专业）、各级评审委员会申报职称评审"),
})

const shanxiPrivate = C.all(
  {
    id: `${ED}/shanxi-private-enterprise`,
    text: { zh: "山西省民营企业专业技术人才", en: "A professional of a private enterprise in Shanxi" },
    citation: cite("1", "民营企业专业技术人才可向全省各系列（专业）、各级评审委员会申报职称评审"),
  },
  [inShanxi, privateEnterprise],
)

/** Item 8: a series whose titles come from an examination alone has no evaluation. */
const notExamOnly = statusFlag(
  {
    id: `${ED}/not-exam-only-series`,
    text: {
      zh: "所申报系列（专业）不是“以考代评”（以考代评的系列一律不再评审，须参加考试）",
      en: "Your series is not one where an exam replaces evaluation (those series have no evaluation: take the exam instead)",
    },
    citation: cite("8", "实行以考代评的职称系列（专业），一律不再进行相应的职称评审"),
  },
  "examInsteadOfEvaluation",
  false,
)

const EXAM_QUOTE =
  "国家和我省实行考评结合的系列（专业），须按照国家和我省有关规定取得相应资格考试成绩合格证或达到我省要求的考试成绩标准，方可申报相应级别职称评审"

const notExamPlusEvaluation = C.review({
  id: `${ED}/exam-pass/series-not-exam-plus-evaluation`,
  text: {
    zh: "所申报系列（专业）不实行“考评结合”（哪些系列实行考评结合由国家和我省另行规定，不在本系统资料中）",
    en: "Your series does not combine an exam with evaluation (which series do is set elsewhere and is not in the sources)",
  },
  citation: cite("8", "国家和我省实行考评结合的系列（专业）"),
})

/**
 * An exam pass for `level`, or — on a track open at "any" level — for the level asked about
 * (`Context.target`). Without a level asked about, a pass in the series on record may or may not be
 * for the level sought: a person checks it (outcome review); with none on record it is unmet.
 */
const examPassAt = (level: Level | "any", series: Target["series"]): C.Condition =>
  C.leaf({
    id:
      level === "any"
        ? `${ED}/exam-pass/${series}/level-sought/passed`
        : `${ED}/exam-pass/${series}/${level}/passed`,
    text:
      level === "any"
        ? {
            zh: "已取得所申报级别相应资格考试成绩合格证或达到我省考试成绩标准",
            en: `You have passed the qualification exam for the level you apply for${series === "engineering" ? " in the engineering series" : ""}`,
          }
        : {
            zh: `已取得${LEVEL_NAME[level].zh}相应资格考试成绩合格证或达到我省考试成绩标准`,
            en: `You have passed the qualification exam for a ${LEVEL_NAME[level].en}${series === "engineering" ? " in the engineering series" : ""}`,
          },
    citation: cite("8", "须按照国家和我省有关规定取得相应资格考试成绩合格证或达到我省要求的考试成绩标准"),
    check: ({ profile, target }) => {
      const passes = profile.examPasses
      if (passes === undefined)
        return { outcome: "unknown", observed: "exam passes not given", missing: ["examPasses"] }
      const inSeries = passes.filter((p) => series === "any" || p.series === series)
      const sought = level === "any" ? target?.level : level
      if (sought === undefined)
        return inSeries.length === 0
          ? { outcome: "unmet", observed: `no ${series === "any" ? "" : `${series} `}exam pass on record` }
          : {
              outcome: "review",
              observed: `passed ${inSeries.map((p) => `${p.series} ${p.level} (${p.date})`).join(", ")}; no level asked about: whether a pass is for the level sought is checked by a person`,
            }
      const hit = inSeries.find((p) => p.level === sought)
      return hit !== undefined
        ? { outcome: "met", observed: `passed ${hit.series} ${hit.level} exam on ${hit.date}` }
        : {
            outcome: "unmet",
            observed: `no ${series === "any" ? "" : `${series} `}${sought} exam pass on record`,
          }
    },
  })

const examConditions = new Map<string, C.Condition>()

/**
 * Item 8, second paragraph: an exam pass, unless the series does not combine exam and evaluation.
 * One condition object per (series, level), shared by every track that asks for it.
 */
const examIfRequired = (level: Level | "any", series: Target["series"]): C.Condition => {
  const key = `${series}/${level}`
  const known = examConditions.get(key)
  if (known !== undefined) return known
  const made = C.any(
    {
      id: level === "any" ? `${ED}/exam-pass/${series}/level-sought` : `${ED}/exam-pass/${series}/${level}`,
      text: {
        zh: "考评结合的系列（专业）须先取得考试合格，方可申报评审",
        en: "In a series that combines an exam with evaluation you need the exam pass before applying",
      },
      citation: cite("8", EXAM_QUOTE),
    },
    [examPassAt(level, series), notExamPlusEvaluation],
  )
  examConditions.set(key, made)
  return made
}

// ---------------------------------------------------------------------------------------------
// Items 1–4: the application channel

const dispatched = currentWorkWhere(
  {
    id: `${ED}/channel/dispatch-agency`,
    text: {
      zh: "劳务派遣员工：由劳务派遣单位履行审核、公示、推荐等程序，报当地人社部门审核后逐级报送评委会",
      en: "Dispatched staff: the labour-dispatch agency checks, publicises and recommends your application, then the local HR&SS department",
    },
    citation: cite(
      "2",
      "劳务派遣员工由劳务派遣单位履行审核、公示、推荐等程序，报当地人社部门审核后，逐级报送相应评委会",
    ),
    missing: "work[].labourDispatch",
    describe: (w) =>
      w.labourDispatch === undefined
        ? "dispatch not stated"
        : w.labourDispatch
          ? "dispatched"
          : "not dispatched",
  },
  (w) => w.labourDispatch,
)

const throughEmployer = currentWorkWhere(
  {
    id: `${ED}/channel/employer`,
    text: {
      zh: "在劳动关系所在地申报：由用人单位履行审核、公示、推荐等程序，经当地人社部门审核后逐级报送评委会",
      en: "Apply where your labour relation is: your employer checks, publicises and recommends your application, then the local HR&SS department",
    },
    citation: cite(
      "3",
      "其他民营企业专业技术人才在劳动关系所在地自愿申报参加职称评审，由用人单位履行审核、公示、推荐等程序",
    ),
    missing: "work[].labourDispatch",
    describe: (w) =>
      w.labourDispatch === undefined
        ? "dispatch not stated"
        : w.labourDispatch
          ? "dispatched"
          : "employed directly",
  },
  (w) => (w.labourDispatch === undefined ? undefined : !w.labourDispatch),
)

const channel = C.any(
  {
    id: `${ED}/channel`,
    text: {
      zh: "申报渠道：劳务派遣单位或用人单位（人事档案由公共就业和人才服务机构或省人力资源市场管理的另有渠道，见第4项）",
      en: "Your channel: the dispatch agency or your employer (if your personnel file is kept by a public employment and talent service or the provincial HR market, item 4 gives another channel)",
    },
    citation: cite("2、3", "由用人单位履行审核、公示、推荐等程序"),
  },
  [dispatched, throughEmployer],
)

const channelTrack: Track = {
  id: `${ED}/channel`,
  edition: ED,
  kind: "who-may-apply",
  route: "evaluation",
  target: anySeriesAnyLevel,
  title: {
    zh: "山西民营企业专业技术人才申报职称评审（申报渠道）",
    en: "Shanxi private-enterprise professionals: applying for evaluation (channel)",
  },
  citation: cite(
    "1",
    "民营企业专业技术人才可向全省各系列（专业）、各级评审委员会申报职称评审，也可向全省中小企业主管部门设立的民营企业工程系列评审委员会申报职称评审",
  ),
  appliesWhen: shanxiPrivate,
  requires: [notExamOnly, examIfRequired("any", "any"), channel],
  judgedAtEvaluation: [],
}

// ---------------------------------------------------------------------------------------------
// Item 8: professional qualifications → direct recognition by the catalogue

const holdsQualification = C.leaf({
  id: `${ED}/qualification/holds-national-qualification`,
  text: { zh: "取得国家专业技术职业资格", en: "You hold a national professional-technical qualification" },
  citation: cite("8", "取得国家专业技术职业资格的"),
  check: ({ profile }) => {
    const q = profile.qualifications
    if (q === undefined)
      return { outcome: "unknown", observed: "qualifications not given", missing: ["qualifications"] }
    return q.length > 0
      ? { outcome: "met", observed: `holds ${q.map((x) => x.name).join(", ")}` }
      : { outcome: "unmet", observed: "no professional qualification" }
  },
})

const catalogue = C.review({
  id: `${ED}/qualification/catalogue`,
  text: {
    zh: "国家和我省公布的职业资格与职称对应目录将您的资格对应到相应系列和层级的职称（目录不在本系统资料中）",
    en: "The national and Shanxi catalogue of qualifications and titles maps your qualification to a title of a series and level (the catalogue is not in the sources)",
  },
  citation: cite("8", "可按照国家和我省公布的职业资格与职称对应目录，直接认定相应系列和层级职称"),
})

/** One track at "any" level: the catalogue (a review) decides the series and level. */
const qualificationTrack: Track = {
  id: `${ED}/qualification-recognition`,
  edition: ED,
  procedure: RECOGNITION_PROCEDURE,
  kind: "direct-recognition",
  route: "recognition",
  target: anySeriesAnyLevel,
  title: {
    zh: "取得职业资格：直接认定相应系列和层级职称",
    en: "Professional qualification: direct recognition of the corresponding title",
  },
  citation: cite(
    "8",
    "取得国家专业技术职业资格的，可按照国家和我省公布的职业资格与职称对应目录，直接认定相应系列和层级职称",
  ),
  appliesWhen: shanxiPrivate,
  requires: [holdsQualification, catalogue],
  judgedAtEvaluation: [],
}

// ---------------------------------------------------------------------------------------------
// Item 9: skilled workers → engineering titles

const SKILLED_QUOTE =
  "民营企业中在工程技术领域生产一线岗位，从事技术技能工作的高技能人才，具有高级技师、技师、高级工职业资格或职业技能等级，可按照规定的标准条件申报评审工程系列相应专业高、中、初级职称"

const technicalSkillWork = currentWorkWhere(
  {
    id: `${ED}/skilled/technical-skill-work`,
    text: {
      zh: "在工程技术领域从事技术技能工作",
      en: "You do technical or skilled work in engineering",
    },
    citation: cite("9", "在工程技术领域生产一线岗位，从事技术技能工作的高技能人才"),
    missing: "work[].workKind",
    describe: (w) => `work kind: ${w.workKind ?? "not stated"}`,
  },
  (w) =>
    w.workKind === undefined
      ? undefined
      : w.workKind === "skill-technical" || w.workKind === "engineering-technical",
)

const frontLine = C.review({
  id: `${ED}/skilled/front-line-post`,
  text: {
    zh: "岗位属于生产一线岗位",
    en: "Your post is a front-line production post",
  },
  citation: cite("9", "在工程技术领域生产一线岗位"),
})

const skillLevel = C.leaf({
  id: `${ED}/skilled/skill-level`,
  text: {
    zh: "具有高级技师、技师或高级工职业资格或职业技能等级",
    en: "You hold a senior-technician, technician or senior-worker qualification or skill-level certificate",
  },
  citation: cite("9", "具有高级技师、技师、高级工职业资格或职业技能等级"),
  check: ({ profile }) => {
    const s = profile.skills
    if (s === undefined) return { outcome: "unknown", observed: "skills not given", missing: ["skills"] }
    return s.length > 0
      ? { outcome: "met", observed: `holds ${s.map((x) => x.level).join(", ")}` }
      : { outcome: "unmet", observed: "no senior-worker, technician or senior-technician level" }
  },
})

const skilledStandard = C.review({
  id: `${ED}/skilled/standard-conditions`,
  text: {
    zh: "符合规定的标准条件，且您的技能等级可申报所申报级别的工程系列职称（标准条件及技能等级与职称层级的对应不在本系统资料中）",
    en: "You meet the prescribed standard conditions, and your skill level allows the engineering title level you apply for (the standard and the mapping from skill level to title level are not in the sources)",
  },
  citation: cite("9", "可按照规定的标准条件申报评审工程系列相应专业高、中、初级职称"),
})

/** One track at "any" level (高、中、初级): the skill-level mapping (a review) decides the level. */
const skilledTrack: Track = {
  id: `${ED}/skilled-talent`,
  edition: ED,
  kind: "skilled-talent",
  route: "evaluation",
  target: {
    series: "engineering",
    level: "any",
    name: {
      zh: "工程系列相应专业高、中、初级职称",
      en: "engineering title (junior, intermediate or senior)",
    },
  },
  title: {
    zh: "高技能人才申报工程系列职称",
    en: "Highly skilled workers: apply for an engineering title",
  },
  citation: cite("9", SKILLED_QUOTE),
  appliesWhen: shanxiPrivate,
  requires: [
    notExamOnly,
    examIfRequired("any", "engineering"),
    technicalSkillWork,
    frontLine,
    skillLevel,
    skilledStandard,
  ],
  judgedAtEvaluation: [],
}

// ---------------------------------------------------------------------------------------------
// Item 10: full-time graduates not initially appointed → one level up

const GRADUATE_QUOTE =
  "民营企业中普通全日制高等院校毕业的专业技术人才，未按规定考核初聘相应职称的，可根据各职称系列规定的相应工作年限要求，直接申报上一级职称"

const higherEducationFullTime = C.leaf({
  id: `${ED}/graduate/full-time-higher-education`,
  text: {
    zh: "普通全日制高等院校毕业（大专及以上）",
    en: "You graduated full-time from a regular higher-education institution (associate degree or above)",
  },
  citation: cite("10", "民营企业中普通全日制高等院校毕业的专业技术人才"),
  check: ({ profile }) => {
    const r = hasEducation(profile, (e) =>
      !HIGHER_EDUCATION.includes(e.level) ? false : e.fullTime === undefined ? undefined : e.fullTime,
    )
    if (r.answer === true) return { outcome: "met", observed: `full-time ${r.match?.level}` }
    if (r.answer === undefined)
      return {
        outcome: "unknown",
        observed: "education or full-time study not stated",
        missing: [profile.education === undefined ? "education" : "education[].fullTime"],
      }
    return { outcome: "unmet", observed: "no full-time higher-education graduation on record" }
  },
})

/** A 高级工班 or 预备技师班 graduate, counted as 大专 / 本科 by item 9. */
const technicalSchoolHigher = C.leaf({
  id: `${ED}/graduate/technical-school-equivalent`,
  text: {
    zh: "技工院校高级工班或预备技师（技师）班全日制毕业（按大专、本科学历申报）",
    en: "You graduated full-time from a technical school's senior-worker or preparatory-technician class (counted as associate or bachelor level)",
  },
  citation: TECHNICAL_SCHOOL_EQUIVALENCE.citation,
  check: ({ profile }) => {
    const r = hasEducation(profile, (e) => {
      if (e.level === technicalSchoolEquivalent(e.level)) return false
      if (!HIGHER_EDUCATION.includes(technicalSchoolEquivalent(e.level))) return false
      return e.fullTime
    })
    if (r.answer === true && r.match !== undefined)
      return {
        outcome: "met",
        observed: `${r.match.level}, counted as ${technicalSchoolEquivalent(r.match.level)}`,
      }
    if (r.answer === undefined)
      return {
        outcome: "unknown",
        observed: "education or full-time study not stated",
        missing: [profile.education === undefined ? "education" : "education[].fullTime"],
      }
    return { outcome: "unmet", observed: "no technical-school senior or preparatory-technician class" }
  },
})

const technicalSchoolCounts = C.review({
  id: `${ED}/graduate/technical-school-counts-for-item-10`,
  text: {
    zh: "技工院校毕业生是否按第10项“普通全日制高等院校毕业”对待（第9项只规定按相应学历申报，未明确）",
    en: "Whether a technical-school graduate is treated as a higher-education graduate under item 10 (item 9 only gives the equivalent education level)",
  },
  citation: TECHNICAL_SCHOOL_EQUIVALENCE.citation,
})

const fullTimeGraduate = C.any(
  {
    id: `${ED}/graduate/full-time-graduate`,
    text: {
      zh: "普通全日制高等院校毕业",
      en: "A full-time graduate of a regular higher-education institution",
    },
    citation: cite("10", "普通全日制高等院校毕业的专业技术人才"),
  },
  [
    higherEducationFullTime,
    C.all(
      {
        id: `${ED}/graduate/technical-school-route`,
        text: {
          zh: "技工院校高级工班、预备技师（技师）班毕业，按大专、本科学历对待",
          en: "A technical-school senior or preparatory-technician class graduate, counted as associate or bachelor level",
        },
        citation: TECHNICAL_SCHOOL_EQUIVALENCE.citation,
      },
      [technicalSchoolHigher, technicalSchoolCounts],
    ),
  ],
)

/** Ruling: a person holding any title is taken to be outside "未按规定考核初聘相应职称". */
const notInitiallyAppointed = C.leaf({
  id: `${ED}/graduate/not-initially-appointed`,
  text: {
    zh: "未按规定考核初聘相应职称（尚未取得职称）",
    en: "You were not initially appointed to the corresponding title (you hold no title yet)",
  },
  citation: cite("10", "未按规定考核初聘相应职称的"),
  check: ({ profile }) => {
    const t = profile.titles
    if (t === undefined) return { outcome: "unknown", observed: "titles not given", missing: ["titles"] }
    return t.length === 0
      ? { outcome: "met", observed: "no title held" }
      : {
          outcome: "unmet",
          observed: `holds ${t.map((x) => `${x.series} ${x.level}`).join(", ")}: apply for promotion by the series' normal route`,
        }
  },
})

const oneLevelUp = (level: Level): C.Condition =>
  C.review({
    id: `${ED}/graduate/one-level-up/${level}`,
    text: {
      zh: `${LEVEL_NAME[level].zh}是您学历对应初聘职称的上一级，且工作年限达到所在系列规定（各系列年限要求不在本系统资料中）`,
      en: `A ${LEVEL_NAME[level].en} is one level above the title your education would give at initial appointment, and your years of work meet the series' rules (not in the sources)`,
    },
    citation: cite("10", "可根据各职称系列规定的相应工作年限要求，直接申报上一级职称"),
  })

const GRADUATE_LEVELS: ReadonlyArray<Level> = ["junior", "intermediate", "associate-senior"]

/**
 * Kept one track per level: the route reaches only junior (assistant grade), intermediate and
 * associate senior ("上一级" of an initial appointment), so it is not open at "any" level.
 */
const graduateTracks: ReadonlyArray<Track> = GRADUATE_LEVELS.map((level) => ({
  id: `${ED}/graduate-one-level-up/${level}`,
  edition: ED,
  kind: "green-channel",
  route: "evaluation",
  target:
    level === "junior"
      ? {
          series: "any",
          level,
          grade: "assistant",
          name: { zh: "助理级职称", en: "assistant-grade junior title" },
        }
      : anySeries(level),
  title: {
    zh: `全日制高校毕业未初聘：直接申报上一级职称（${level === "junior" ? "助理级" : LEVEL_NAME[level].zh}）`,
    en: `Full-time graduate never initially appointed: apply one level up (${level === "junior" ? "assistant grade" : LEVEL_NAME[level].en})`,
  },
  citation: cite("10", GRADUATE_QUOTE),
  appliesWhen: shanxiPrivate,
  requires: [
    notExamOnly,
    examIfRequired(level, "any"),
    fullTimeGraduate,
    notInitiallyAppointed,
    oneLevelUp(level),
  ],
  judgedAtEvaluation: [],
}))

// ---------------------------------------------------------------------------------------------
// Item 10, second paragraph: introduced high-level talent → direct recognition

const highLevelTalent = statusFlag(
  {
    id: `${ED}/high-level-talent/introduced`,
    text: {
      zh: "民营企业引进的高层次人才",
      en: "You are high-level talent introduced by a private enterprise",
    },
    citation: cite("10", "民营企业引进的高层次人才"),
  },
  "highLevelTalent",
  true,
)

const correspondingLevel = C.review({
  id: `${ED}/high-level-talent/corresponding-level`,
  text: {
    zh: "评委会根据您的经历和贡献认定“相应职称”（所申报的级别由评委会认定）",
    en: "The committee finds the title (and level) corresponding to your experience and contribution",
  },
  citation: cite("10", "由相关评委会直接认定相应职称"),
})

/** One track at "any" level: the committee decides the corresponding level (a review). */
const highLevelTrack: Track = {
  id: `${ED}/high-level-talent`,
  edition: ED,
  procedure: RECOGNITION_PROCEDURE,
  kind: "direct-recognition",
  route: "recognition",
  target: anySeriesAnyLevel,
  title: {
    zh: "引进高层次人才：由评委会直接认定相应职称",
    en: "Introduced high-level talent: direct recognition of the corresponding title by the committee",
  },
  citation: cite(
    "10",
    "民营企业引进的高层次人才，根据其专业工作经历、学术或专业技术贡献，由相关评委会直接认定相应职称",
  ),
  appliesWhen: shanxiPrivate,
  requires: [highLevelTalent, correspondingLevel],
  judgedAtEvaluation: [
    {
      text: {
        zh: "专业工作经历、学术或专业技术贡献",
        en: "Your professional experience and your academic or technical contribution",
      },
      citation: cite("10", "根据其专业工作经历、学术或专业技术贡献"),
    },
  ],
}

// ---------------------------------------------------------------------------------------------
// Item 11: from Party or government organs

const GOV_QUOTE =
  "党政机关（含参公管理单位）交流到民营企业从事专业技术工作的人员，首次申报参评职称，不受资历、层级限制，根据其工作年限比照相应资历、层级条件进行申报"

const movedFromOrgan = C.leaf({
  id: `${ED}/from-government-organ/moved`,
  text: {
    zh: "从党政机关（含参公管理单位）交流到民营企业",
    en: "You moved from a Party or government organ (including units managed like civil service) to a private enterprise",
  },
  citation: cite("11", "党政机关（含参公管理单位）交流到民营企业从事专业技术工作的人员"),
  check: ({ profile, reference }) => {
    const d = profile.status?.movedFromGovernmentOrgan
    if (d === undefined)
      return {
        outcome: "unknown",
        observed: "move from a government organ not stated",
        missing: ["status.movedFromGovernmentOrgan"],
      }
    if (d === "never") return { outcome: "unmet", observed: "never moved from a government organ" }
    return d <= reference
      ? { outcome: "met", observed: `moved on ${d}` }
      : { outcome: "unmet", observed: `moves on ${d}`, metOn: d }
  },
})

const professionalWork = currentWorkWhere(
  {
    id: `${ED}/from-government-organ/professional-work`,
    text: { zh: "在民营企业从事专业技术工作", en: "You do professional-technical work in the enterprise" },
    citation: cite("11", "交流到民营企业从事专业技术工作的人员"),
    missing: "work[].workKind",
    describe: (w) => `work kind: ${w.workKind ?? "not stated"}`,
  },
  (w) => (w.workKind === undefined ? undefined : w.workKind === "engineering-technical"),
)

const firstApplication = C.leaf({
  id: `${ED}/from-government-organ/first-application`,
  text: {
    zh: "首次申报参评职称（交流后尚未取得职称）",
    en: "This is your first title application (no title obtained since the move)",
  },
  citation: cite("11", "首次申报参评职称，不受资历、层级限制"),
  check: ({ profile }) => {
    const t = profile.titles
    if (t === undefined) return { outcome: "unknown", observed: "titles not given", missing: ["titles"] }
    const moved = profile.status?.movedFromGovernmentOrgan
    if (moved === undefined)
      return {
        outcome: "unknown",
        observed: "date of the move not stated",
        missing: ["status.movedFromGovernmentOrgan"],
      }
    if (moved === "never") return { outcome: "unmet", observed: "never moved from a government organ" }
    const since = t.filter((x) => x.obtained >= moved)
    return since.length === 0
      ? { outcome: "met", observed: "no title obtained since the move" }
      : {
          outcome: "unmet",
          observed: `obtained ${since.map((x) => `${x.series} ${x.level} on ${x.obtained}`).join(", ")}`,
        }
  },
})

const levelByYears = C.review({
  id: `${ED}/from-government-organ/level-by-years`,
  text: {
    zh: "按您的工作年限比照所申报级别的资历、层级条件（各系列条件不在本系统资料中）",
    en: "Your years of work match the seniority conditions of the level you apply for in your series (not in the sources)",
  },
  citation: cite("11", "根据其工作年限比照相应资历、层级条件进行申报"),
})

const governmentApplies = C.all(
  {
    id: `${ED}/from-government-organ/applies`,
    text: {
      zh: "从党政机关交流到山西民营企业",
      en: "You moved from a government organ to a private enterprise in Shanxi",
    },
    citation: cite("11", GOV_QUOTE),
  },
  [shanxiPrivate, movedFromOrgan],
)

/** One track at "any" level ("不受资历、层级限制"): the level the years support is a review. */
const governmentTrack: Track = {
  id: `${ED}/from-government-organ`,
  edition: ED,
  kind: "green-channel",
  route: "evaluation",
  target: anySeriesAnyLevel,
  title: {
    zh: "党政机关交流到民营企业人员首次申报职称",
    en: "Moved from a government organ to a private enterprise: first title application",
  },
  citation: cite("11", GOV_QUOTE),
  appliesWhen: governmentApplies,
  requires: [notExamOnly, examIfRequired("any", "any"), professionalWork, firstApplication, levelByYears],
  judgedAtEvaluation: [
    {
      text: {
        zh: "在原单位取得的工作业绩与成果视为专业技术业绩",
        en: "Your results in the government organ count as professional-technical achievements",
      },
      citation: cite("11", "在原单位取得的工作业绩与成果视为专业技术业绩"),
    },
  ],
}

// ---------------------------------------------------------------------------------------------
// Item 11, second paragraph: approved leave to start a business

const LEAVE_QUOTE =
  "经批准离岗创业或到民营企业兼职的高校、科研院所、医疗机构等企事业单位专业技术人才，3年内可在原单位按规定申报职称"

const leaveApplies = C.all(
  {
    id: `${ED}/leave/applies`,
    text: {
      zh: "经批准离岗创业或到民营企业兼职的高校、科研院所、医疗机构等企事业单位专业技术人才（在山西工作）",
      en: "A professional of a university, research institute, hospital or other public unit on approved leave to start a business or work part-time (working in Shanxi)",
    },
    citation: cite("11", LEAVE_QUOTE),
  },
  [
    inShanxi,
    onApprovedLeave({
      id: `${ED}/leave/on-approved-leave`,
      text: {
        zh: "经批准离岗创业或到民营企业兼职",
        en: "You are on approved leave to start a business or work part-time in a private enterprise",
      },
      citation: cite(
        "11",
        "经批准离岗创业或到民营企业兼职的高校、科研院所、医疗机构等企事业单位专业技术人才",
      ),
    }),
  ],
)

const leave = leaveToStartBusinessParts(ED, LEAVE_WINDOW.years, (quote) => cite("11", quote))

/** One track at "any" level: the original unit's rules decide the level (a review). */
const leaveTrack: Track = {
  id: `${ED}/leave-to-start-business`,
  edition: ED,
  kind: "who-may-apply",
  route: "evaluation",
  target: anySeriesAnyLevel,
  title: {
    zh: "离岗创业或兼职人员在原单位申报职称（3年内）",
    en: "On approved leave to start a business or work part-time: apply for a title at your original unit (within 3 years)",
  },
  citation: cite("11", LEAVE_QUOTE),
  appliesWhen: leaveApplies,
  requires: [leave.window, notExamOnly, examIfRequired("any", "any"), leave.originalUnitRules],
  judgedAtEvaluation: [leave.evidence],
}

// ---------------------------------------------------------------------------------------------

export const shanxi2020: Edition = {
  id: ED,
  document: DOC,
  tracks: [
    channelTrack,
    qualificationTrack,
    skilledTrack,
    ...graduateTracks,
    highLevelTrack,
    governmentTrack,
    leaveTrack,
  ],
  materials: () => [],
  deadlines: () => [],
  procedure: PROCEDURE,
  settings: [
    {
      id: `${ED}/settings/leave-window`,
      value: LEAVE_WINDOW,
      text: {
        zh: "离岗创业“3年内”：自批准离岗次日起算，至3周年对应日（含当日）止，该日为法定休假日的顺延至休假日结束的次日（民法典第二百零一至二百零三条），与国家通知相同",
        en: 'Leave window "within 3 years": to the 3rd anniversary inclusive, carried past a statutory rest day (Civil Code arts. 201–203), as in the national notice',
      },
      citation: cite("11", "3年内可在原单位按规定申报职称"),
    },
    {
      id: `${ED}/settings/technical-school-equivalence`,
      value: TECHNICAL_SCHOOL_EQUIVALENCE.table,
      text: {
        zh: "技工院校中级工班、高级工班、预备技师（技师）班分别按中专、大专、本科学历对待",
        en: "Technical-school intermediate, senior and preparatory-technician classes count as secondary vocational, associate and bachelor level",
      },
      citation: TECHNICAL_SCHOOL_EQUIVALENCE.citation,
    },
  ],
  notEncoded: [
    {
      article: "1",
      reason: {
        zh: "可向省内各系列各级评委会或中小企业主管部门设立的民营企业工程系列评委会申报：是选择评委会的信息，已写入申报渠道说明，不设条件",
        en: "You may apply to any committee in the province or to the private-enterprise engineering committee of the SME department: information on the choice of committee, given in the channel track, no condition",
      },
    },
    {
      article: "2（人力资源服务机构、园区受理服务点）",
      reason: {
        zh: "服务点的设立与职责是对人社部门的要求；劳务派遣员工的渠道已编码",
        en: "Setting up service points is a duty of the authorities; the channel for dispatched staff is encoded",
      },
    },
    {
      article: "4",
      reason: {
        zh: "人事档案由公共就业和人才服务机构代理、不在工作单位所在地或由省人力资源市场管理时的申报渠道：申请人档案的保管机构不在申请人资料中",
        en: "Channels for personnel files kept by a public employment and talent service, kept elsewhere, or kept by the provincial HR market: the profile does not record where the personnel file is kept",
      },
    },
    {
      article: "5",
      reason: {
        zh: "中小企业主管部门组建的民营企业工程系列评委会；通过人员可转评同级职称、任职时间连续计算：申请人资料不记录职称由哪个评委会评出，转评的具体条件不在资料中",
        en: "The SME department's private-enterprise engineering committees; their titles can be transferred to other engineering committees at the same level with continuous seniority: the profile does not record which committee awarded a title and the transfer conditions are not in the sources",
      },
    },
    {
      article: "6、7",
      reason: {
        zh: "社会组织和大型民营企业组建评委会的条件，是对机构的规定，不决定个人资格",
        en: "Conditions for social organisations and large private enterprises to set up committees: rules for institutions, not for a person's eligibility",
      },
    },
    {
      article: "8（对应目录）",
      reason: {
        zh: "国家和我省公布的职业资格与职称对应目录不在资料中：直接认定编码为人工审核；以考代评和考评结合的系列名单也不在资料中",
        en: "The catalogue mapping qualifications to titles is not in the sources (direct recognition is a review); nor are the lists of exam-only and exam-plus-evaluation series",
      },
    },
    {
      article: "9（标准条件）",
      reason: {
        zh: "“规定的标准条件”及技能等级与职称层级的对应不在资料中：编码为人工审核",
        en: "The prescribed standard conditions and the mapping from skill level to title level are not in the sources: encoded as a review",
      },
    },
    {
      article: "12、13、14",
      reason: {
        zh: "简化流程、信息化、宣传和公布评委会名单，是对人社部门的工作要求",
        en: "Simplification, online services, publicity and publishing the list of committees: duties of the authorities",
      },
    },
  ],
}
