/**
 * Bayingolin Prefecture (巴州), notice on private-enterprise titles (004): evaluation window (一),
 * scope (二), initial determination (三(一)) and promotion (三(二)) by education and years of
 * pension insurance or of title held, channels (四), materials (五), no defence (六), e-certificates
 * (七). Every series: targets are series "any".
 *
 * The converted text numbers its first two sections and the seventh "1、", "2、", "7、"; they are
 * cited here as 一, 二 and 七, as the document's own sequence (三、四、五、六) shows them to be.
 * No reference date is fixed: lengths are measured to the evaluation date.
 */

import { type Citation, DOMAIN_RULINGS, type Plain } from "../Citation.ts"
import * as CivilDate from "../CivilDate.ts"
import * as C from "../Condition.ts"
import * as Facts from "../Facts.ts"
import {
  type Deadline,
  type Edition,
  type Material,
  type NotEncoded,
  type Setting,
  SILENT_ON_PUBLICITY,
  type Track,
} from "../Policy.ts"
import type { Level, TitleHeld } from "../Profile.ts"
import { notRetired } from "./common.ts"
import { SOURCES } from "./documents.ts"
import {
  type Cited,
  currentPeriodLeaf,
  degreeIn,
  educationLeaf,
  inform,
  kindIn,
  levelAtLeast,
  placeWithin,
  titleHeldYears,
  workYearsLeaf,
} from "./internal/weihai-bayingolin-facts.ts"

const E = "bayingolin-private-enterprise"
const BAYINGOLIN = "cn-xinjiang-bayingolin"

const cite = (article: string, quote: string): Citation => ({
  document: E,
  source: SOURCES.bayingolin,
  article,
  quote,
})

// ---------------------------------------------------------------------------------------------
// Settings (named, cited defaults; the code reads these constants)

/** 一: evaluations start in July and end before the year is out; no cross-year evaluation. */
export const EVALUATION_WINDOW = {
  fromMonthDay: "07-01",
  toMonthDay: "12-31",
  crossYear: false,
  inPrinciple: true,
} as const

/**
 * 三(二) 中级4 names 助理工程师 (the engineering series' assistant grade). Default: read it as
 * written — only an engineering-series assistant-engineer title counts. An operator may widen it to
 * the assistant grade of any series.
 */
export const ITEM4_ASSISTANT_ENGINEER_ONLY = true

/** The 以考代评 exclusion is written under 三(一) only; promotion (三(二)) is not restricted by it here. */
export const EXAM_EXCLUSION_APPLIES_TO = ["initial-determination"] as const

const settings: ReadonlyArray<Setting> = [
  {
    id: `${E}/evaluation-window`,
    value: EVALUATION_WINDOW,
    text: {
      zh: "职称评审原则上每年7月启动、年底前结束，不得跨年度评审。作为评审时间窗口（截止事项）给出，不作为对申报人的条件。",
      en: "Evaluations start in July and end by the end of the year, in principle, never spanning two years. Reported as the evaluation window (a deadline), not as a condition on the applicant.",
    },
    citation: cite("一", "我州职称评审工作原则上要在每年7月份启动，年底前结束。不得跨年度评审。"),
  },
  {
    id: `${E}/no-defence`,
    value: true,
    text: {
      zh: "民营企业和自由职业专业技术人员免于答辩。",
      en: "Private-enterprise and freelance professionals are exempt from the oral defence.",
    },
    citation: cite("六", "民营企业和自由职业专业技术人员免于答辩。"),
  },
  {
    id: `${E}/e-certificate`,
    value: { platform: "www.xjzcsq.com", window: "职称证书查询", lookupBy: ["residentId", "name"] },
    text: {
      zh: "评审结束后，在“新疆专业技术人员管理平台”“职称证书查询”窗口输入身份证号、姓名，网上打印电子证书。",
      en: "After the evaluation, print the electronic certificate on the Xinjiang professional-staff platform ('certificate lookup') by entering the ID number and name.",
    },
    citation: cite("七", "输入身份证号、姓名，方可在网上打印电子证书"),
  },
  {
    id: `${E}/pension-proof-not-required`,
    value: true,
    text: {
      zh: "养老保险无需本人提供证明，由评审委员会向社会保险经办机构核查；本系统按申报人填报的参保月份计算。",
      en: "No proof of pension insurance is needed from the applicant; the committee checks with the social-insurance agency. The system counts the months the applicant declares.",
    },
    citation: cite(
      "三(二) 初级3",
      "企业职工、灵活就业养老保险，本人无需提供证明材料。各评审委员会通过各社会保险办理机构进行核查。",
    ),
  },
  {
    id: `${E}/pension-months`,
    value: {
      counts: "months covered by a recorded period",
      lastMonth: "the month before the month of the day asked",
    },
    text: {
      zh: "养老保险按月计算：记录期间覆盖的月份计入；正在参保的期间，以及终止月份在查询当月或之后的期间，计至查询当月的上一个月；查询日之后的月份不计入（规则9）",
      en: "Pension insurance is counted in months: a month counts when a recorded period covers it; an ongoing period, and a period written to end in the month of the day asked or later, count to the month before that month; months after the day asked never count (ruling 9)",
    },
    citation: cite("三(一)", "参加企业职工、灵活就业养老保险满1年以上"),
  },
  {
    id: `${E}/education-or-above`,
    value: { orAbove: true, technicalSchoolClasses: "not-counted", doctorCountsAsMaster: true },
    text: {
      zh: "“X学历”按X及以上学历理解；博士学位满足“硕士学位”；技工院校各班次在本文件中不视同中专、大专、本科。",
      en: "'Education X' is read as X or above; a doctor's degree satisfies 'master's degree'; technical-school classes are not equated with secondary, associate or bachelor education here.",
    },
    citation: cite("三(二)", "民营企业专业技术人员申报晋升专业技术职务任职资格，必须具备以下学历资历条件"),
  },
  {
    id: `${E}/item4-assistant-engineer-only`,
    value: ITEM4_ASSISTANT_ENGINEER_ONLY,
    text: {
      zh: "中级第4项写明“助理工程师”：默认只认工程系列助理工程师；可改为任一系列助理级。其他各项的“初级任职资格”包括员级和助理级。",
      en: "Intermediate item 4 names 'assistant engineer': by default only the engineering series' assistant grade counts; it may be widened to any series' assistant grade. Elsewhere 'junior title' means either junior grade.",
    },
    citation: cite("三(二) 中级4", "取得助理工程师任职资格满5年"),
  },
  {
    id: `${E}/exam-exclusion-scope`,
    value: EXAM_EXCLUSION_APPLIES_TO,
    text: {
      zh: "“国家以考代评的专业除外”写在初次确定（三(一)）之下，只适用于初次确定。",
      en: "'Except specialties where a national exam replaces evaluation' is written under initial determination (三(一)) and applies to it only.",
    },
    citation: cite("三(一)", "（国家以考代评的专业除外）"),
  },
]

// ---------------------------------------------------------------------------------------------
// 二 and 四: who the tracks are for

const inScope = currentPeriodLeaf(
  {
    id: `${E}/scope/private-enterprise-or-freelance`,
    text: {
      zh: "现在巴州境内民营企业工作，或在巴州从事自由职业",
      en: "Now works for a private enterprise in Bayingolin Prefecture, or works there as a freelancer",
    },
    citation: cite("二", "在自治州境内民营企业从事专业技术工作的专业技术人员"),
  },
  "works in Bayingolin for a private enterprise or as a freelancer",
  (w) => Facts.triAll(placeWithin(w, BAYINGOLIN), kindIn(w, ["private-enterprise", "freelance"])),
)

const applies = C.all(
  {
    id: `${E}/scope`,
    text: {
      zh: "巴州民营企业专业技术人员或自由职业者（自由职业者经县（市）人社局报送）",
      en: "Professionals of private enterprises in Bayingolin, or freelancers there (freelancers apply through the county HR&SS bureau)",
    },
    citation: cite(
      "四(二)",
      "自由职业者申报职称评审，个人申报、由人事劳动关系所在区的各县（市）人力资源管理社会保障局作为业务主管部门报送至相应系列（专业）职称评审委员会",
    ),
  },
  [inScope],
)

const notRetiredHere = notRetired({
  id: `${E}/scope/not-retired`,
  text: { zh: "未离退休", en: "Has not retired" },
  citation: cite("二", "离退休人员不得申报参加职称评审"),
})

const channel = inform(
  {
    id: `${E}/channel`,
    text: {
      zh: "申报渠道：个人申报、所在单位审核后，由劳动关系所在县（市）人社局报送评审委员会；自由职业者由县（市）人社局报送（仅作说明）",
      en: "Channel: the applicant applies, the employer reviews, and the county (city) HR&SS bureau of the employment relation forwards to the committee; freelancers go through the county bureau (for information only)",
    },
    citation: cite(
      "四(一)",
      "经个人申报、所在单位审核后，由人事劳动关系所在区的各县（市）人力资源管理社会保障局作为业务主管部门报送至相应系列（专业）职称评审委员会",
    ),
  },
  (p) => {
    const cur = Facts.currentWork(p)
    if (cur === undefined || cur.length === 0)
      return "channel (四) depends on the current work, which is not given"
    return cur.some((w) => w.employerKind === "freelance")
      ? "freelancer: apply yourself; the county (city) HR&SS bureau forwards to the committee (四(二))"
      : "apply yourself; the employer reviews; the county (city) HR&SS bureau forwards to the committee (四(一))"
  },
)

// ---------------------------------------------------------------------------------------------
// Building blocks

const pension = (id: string, years: number, citation: Citation): C.Condition =>
  C.leaf({
    id,
    text: {
      zh: `参加企业职工或灵活就业养老保险满${years}年（${years * 12}个月）`,
      en: `At least ${years} year(s) (${years * 12} months) of employee or flexible-employment pension insurance`,
    },
    citation,
    check: (ctx) => Facts.pensionYearsAtLeast(ctx, years),
  })

const eduText = (what: string): { zh: string; en: string } => {
  const t: Record<string, { zh: string; en: string }> = {
    "ft-master": {
      zh: "全日制硕士学位毕业（博士学位亦可）",
      en: "Full-time graduate with a master's (or doctor's) degree",
    },
    "ft-bachelor": {
      zh: "全日制大学本科及以上毕业",
      en: "Full-time graduate of a bachelor's programme or above",
    },
    "ft-associate": {
      zh: "全日制大学专科及以上毕业",
      en: "Full-time graduate of an associate (college) programme or above",
    },
    "ft-secondary": {
      zh: "全日制中等专科及以上毕业",
      en: "Full-time graduate of a secondary-vocational school or above",
    },
    master: { zh: "取得硕士学位（博士学位亦可）", en: "A master's (or doctor's) degree" },
    bachelor: { zh: "大学本科及以上学历", en: "Bachelor's education or above" },
    associate: { zh: "大学专科及以上学历", en: "Associate (college) education or above" },
    secondary: { zh: "中等专科及以上学历", en: "Secondary-vocational education or above" },
  }
  return t[what] ?? { zh: what, en: what }
}

const EDU = {
  "ft-master": degreeIn(["master", "doctor"], "master", { fullTime: true }),
  "ft-bachelor": levelAtLeast("bachelor", { fullTime: true }),
  "ft-associate": levelAtLeast("associate", { fullTime: true }),
  "ft-secondary": levelAtLeast("secondary-vocational", { fullTime: true }),
  master: degreeIn(["master", "doctor"], "master"),
  bachelor: levelAtLeast("bachelor"),
  associate: levelAtLeast("associate"),
  secondary: levelAtLeast("secondary-vocational"),
} as const

const edu = (id: string, key: keyof typeof EDU, citation: Citation): C.Condition =>
  educationLeaf({ id, text: eduText(key), citation }, eduText(key).en.toLowerCase(), EDU[key])

/** An item "education + N years of pension insurance": both children must hold. */
const eduPension = (id: string, key: keyof typeof EDU, years: number, spec: Omit<Cited, "id">): C.Condition =>
  C.all({ id, ...spec }, [
    edu(`${id}/education`, key, spec.citation),
    pension(`${id}/pension`, years, spec.citation),
  ])

/**
 * 二 "从事专业技术工作的专业技术人员": whether the work is professional-technical work of the series
 * applied for is for the committee; listed, not decided.
 */
const professionalWork: Track["judgedAtEvaluation"][number] = {
  text: {
    zh: "申报人在民营企业从事专业技术工作（属专业技术人员），由评审委员会审核",
    en: "The applicant does professional-technical work in the private enterprise (is a professional); the committee checks",
  },
  citation: cite("二", "在自治州境内民营企业从事专业技术工作的专业技术人员"),
}

const judgedIntermediate: Track["judgedAtEvaluation"] = [
  {
    text: {
      zh: "代表作品2篇及以上（专利成果、技术突破、工艺流程、标准开发、成果转化等均可），论文不作硬性要求",
      en: "Two or more representative works (patents, technical breakthroughs, processes, standards, commercialised results all count); papers are not required",
    },
    citation: cite("五(二)3", "专利成果、技术突破、工艺流程、标准开发、成果转化等均可作为职称评审的主要内容"),
  },
]

const track = (spec: {
  id: string
  kind: Track["kind"]
  route: Track["route"]
  level: Level
  title: Plain
  citation: Citation
  appliesWhen: C.Condition
  requires: ReadonlyArray<C.Condition>
}): Track => ({
  id: spec.id,
  edition: E,
  kind: spec.kind,
  route: spec.route,
  target: {
    series: "any",
    level: spec.level,
    name:
      spec.level === "junior"
        ? { zh: "任一系列初级职称", en: "Junior title, any series" }
        : { zh: "任一系列中级职称", en: "Intermediate title, any series" },
  },
  title: spec.title,
  citation: spec.citation,
  appliesWhen: spec.appliesWhen,
  requires: spec.requires,
  judgedAtEvaluation:
    spec.level === "junior" ? [professionalWork] : [professionalWork, ...judgedIntermediate],
})

// ---------------------------------------------------------------------------------------------
// 三(一): initial determination

const notExamSpecialty = Facts.statusFlag(
  {
    id: `${E}/initial/not-exam-specialty`,
    text: {
      zh: "所申报专业不属于国家以考代评的专业",
      en: "The specialty is not one where a national exam replaces evaluation (以考代评)",
    },
    citation: cite("三(一)", "（国家以考代评的专业除外）"),
  },
  "examInsteadOfEvaluation",
  false,
  {
    yes: "the specialty is exam-only (以考代评)",
    no: "the specialty is evaluated",
    absent: "status.examInsteadOfEvaluation not given",
  },
)

const initialApplies = C.all(
  {
    id: `${E}/initial/applies`,
    text: {
      zh: "巴州民营企业专业技术人员（或自由职业者），且专业不属于以考代评",
      en: "A private-enterprise professional (or freelancer) in Bayingolin, in a specialty not filled by national exam",
    },
    citation: cite(
      "三(一)",
      "民营企业专业技术人员初次确定（初级、中级），授予（中级）条件：（国家以考代评的专业除外）",
    ),
  },
  [applies, notExamSpecialty],
)

const ITEM = {
  i1: cite(
    "三(一)1",
    "全日制硕士学位毕业，参加企业职工、灵活就业养老保险满1年以上，可授予（中级）专业技术职务任职资格。",
  ),
  i2: cite(
    "三(一)2",
    "全日制大学本科毕业，参加企业职工、灵活就业养老保险满1年以上，可初次确定初级专业技术职务任职资格。",
  ),
  i3: cite(
    "三(一)3",
    "全日制大学专科毕业，参加企业职工、灵活就业养老保险满2年以上，可初次确定初级专业技术职务任职资格。",
  ),
  i4: cite(
    "三(一)4",
    "全日制中等专科毕业，参加企业职工、灵活就业养老保险满3年以上，可初次确定初级专业技术职务任职资格。",
  ),
  j1: cite("三(二) 初级1", "大学本科学历，参加企业职工、灵活就业养老保险满1年以上。"),
  j2: cite("三(二) 初级2", "大学专科学历，参加企业职工、灵活就业养老保险满2年以上."),
  j3: cite("三(二) 初级3", "中等专科学历，参加企业职工、灵活就业养老保险满3年以上。"),
  m1: cite("三(二) 中级1", "取得硕士学位，参加企业职工、灵活就业养老保险满1年以上。"),
  m2: cite("三(二) 中级2", "大学本科学历，取得初级任职资格满4年。"),
  m3: cite("三(二) 中级3", "大学专科学历，取得初级任职资格满5年。"),
  m4: cite("三(二) 中级4", "中等专科学历，从事本专业工作满15年，取得助理工程师任职资格满5年。"),
}

const initialIntermediate = track({
  id: `${E}/initial/intermediate`,
  kind: "initial-determination",
  route: "initial-determination",
  level: "intermediate",
  title: {
    zh: "全日制硕士毕业授予中级职称（初次确定）",
    en: "Initial determination of an intermediate title for full-time master's graduates",
  },
  citation: ITEM.i1,
  appliesWhen: initialApplies,
  requires: [
    notRetiredHere,
    eduPension(`${E}/initial/intermediate/master-1`, "ft-master", 1, {
      text: {
        zh: "全日制硕士学位毕业，养老保险满1年",
        en: "Full-time master's graduate with 1 year of pension insurance",
      },
      citation: ITEM.i1,
    }),
    channel,
  ],
})

const initialJunior = track({
  id: `${E}/initial/junior`,
  kind: "initial-determination",
  route: "initial-determination",
  level: "junior",
  title: { zh: "初次确定初级职称", en: "Initial determination of a junior title" },
  citation: cite("三(一)", "民营企业专业技术人员初次确定（初级、中级）"),
  appliesWhen: initialApplies,
  requires: [
    notRetiredHere,
    C.any(
      {
        id: `${E}/initial/junior/education-and-pension`,
        text: {
          zh: "全日制本科毕业且养老保险满1年，或全日制大专毕业且满2年，或全日制中专毕业且满3年",
          en: "Full-time bachelor's graduate and 1 year of pension insurance, or full-time associate graduate and 2 years, or full-time secondary-vocational graduate and 3 years",
        },
        citation: cite("三(一)", "可初次确定初级专业技术职务任职资格"),
      },
      [
        eduPension(`${E}/initial/junior/bachelor-1`, "ft-bachelor", 1, {
          text: {
            zh: "全日制本科毕业，养老保险满1年",
            en: "Full-time bachelor's graduate, 1 year of pension insurance",
          },
          citation: ITEM.i2,
        }),
        eduPension(`${E}/initial/junior/associate-2`, "ft-associate", 2, {
          text: {
            zh: "全日制大专毕业，养老保险满2年",
            en: "Full-time associate graduate, 2 years of pension insurance",
          },
          citation: ITEM.i3,
        }),
        eduPension(`${E}/initial/junior/secondary-3`, "ft-secondary", 3, {
          text: {
            zh: "全日制中专毕业，养老保险满3年",
            en: "Full-time secondary-vocational graduate, 3 years of pension insurance",
          },
          citation: ITEM.i4,
        }),
      ],
    ),
    channel,
  ],
})

// ---------------------------------------------------------------------------------------------
// 三(二): promotion

const promotionJunior = track({
  id: `${E}/promotion/junior`,
  kind: "promotion",
  route: "evaluation",
  level: "junior",
  title: { zh: "申报评审初级职称", en: "Evaluation for a junior title" },
  citation: cite("三(二)", "初级学历资历任职资格评审条件"),
  appliesWhen: applies,
  requires: [
    notRetiredHere,
    C.any(
      {
        id: `${E}/promotion/junior/education-and-pension`,
        text: {
          zh: "本科学历且养老保险满1年，或大专学历且满2年，或中专学历且满3年",
          en: "Bachelor's education and 1 year of pension insurance, or associate education and 2 years, or secondary-vocational education and 3 years",
        },
        citation: cite("三(二)", "初级学历资历任职资格评审条件"),
      },
      [
        eduPension(`${E}/promotion/junior/bachelor-1`, "bachelor", 1, {
          text: { zh: "本科学历，养老保险满1年", en: "Bachelor's education, 1 year of pension insurance" },
          citation: ITEM.j1,
        }),
        eduPension(`${E}/promotion/junior/associate-2`, "associate", 2, {
          text: { zh: "大专学历，养老保险满2年", en: "Associate education, 2 years of pension insurance" },
          citation: ITEM.j2,
        }),
        eduPension(`${E}/promotion/junior/secondary-3`, "secondary", 3, {
          text: {
            zh: "中专学历，养老保险满3年",
            en: "Secondary-vocational education, 3 years of pension insurance",
          },
          citation: ITEM.j3,
        }),
      ],
    ),
    channel,
  ],
})

const anyJunior = (t: TitleHeld): Facts.Tri => t.level === "junior"

const assistantEngineer = (t: TitleHeld): Facts.Tri => {
  if (t.level !== "junior") return false
  if (ITEM4_ASSISTANT_ENGINEER_ONLY && t.series !== "engineering") return false
  if (t.grade === undefined) return ["titles[].grade"]
  return t.grade === "assistant"
}

const juniorHeld = (id: string, years: number, citation: Citation): C.Condition =>
  titleHeldYears(
    {
      id,
      text: { zh: `取得初级任职资格满${years}年`, en: `Has held a junior title for at least ${years} years` },
      citation,
    },
    "a junior title",
    years,
    anyJunior,
  )

const promotionIntermediate = track({
  id: `${E}/promotion/intermediate`,
  kind: "promotion",
  route: "evaluation",
  level: "intermediate",
  title: { zh: "申报晋升中级职称", en: "Promotion to an intermediate title" },
  citation: cite("三(二)", "中级学历资历任职资格评审条件"),
  appliesWhen: applies,
  requires: [
    notRetiredHere,
    C.any(
      {
        id: `${E}/promotion/intermediate/education-and-seniority`,
        text: {
          zh: "硕士学位且养老保险满1年；或本科学历且取得初级满4年；或大专学历且取得初级满5年；或中专学历、从事本专业工作满15年且取得助理工程师满5年",
          en: "A master's degree and 1 year of pension insurance; or bachelor's education and a junior title held 4 years; or associate education and a junior title held 5 years; or secondary-vocational education, 15 years in the specialty and assistant engineer held 5 years",
        },
        citation: cite("三(二)", "中级学历资历任职资格评审条件"),
      },
      [
        eduPension(`${E}/promotion/intermediate/master-1`, "master", 1, {
          text: { zh: "硕士学位，养老保险满1年", en: "Master's degree, 1 year of pension insurance" },
          citation: ITEM.m1,
        }),
        C.all(
          {
            id: `${E}/promotion/intermediate/bachelor-junior-4`,
            text: { zh: "本科学历，取得初级满4年", en: "Bachelor's education, junior title held 4 years" },
            citation: ITEM.m2,
          },
          [
            edu(`${E}/promotion/intermediate/bachelor-junior-4/education`, "bachelor", ITEM.m2),
            juniorHeld(`${E}/promotion/intermediate/bachelor-junior-4/junior-title`, 4, ITEM.m2),
          ],
        ),
        C.all(
          {
            id: `${E}/promotion/intermediate/associate-junior-5`,
            text: { zh: "大专学历，取得初级满5年", en: "Associate education, junior title held 5 years" },
            citation: ITEM.m3,
          },
          [
            edu(`${E}/promotion/intermediate/associate-junior-5/education`, "associate", ITEM.m3),
            juniorHeld(`${E}/promotion/intermediate/associate-junior-5/junior-title`, 5, ITEM.m3),
          ],
        ),
        C.all(
          {
            id: `${E}/promotion/intermediate/secondary-15-assistant-5`,
            text: {
              zh: "中专学历，从事本专业工作满15年，取得助理工程师满5年",
              en: "Secondary-vocational education, 15 years in the specialty, assistant engineer held 5 years",
            },
            citation: ITEM.m4,
          },
          [
            edu(`${E}/promotion/intermediate/secondary-15-assistant-5/education`, "secondary", ITEM.m4),
            workYearsLeaf(
              {
                id: `${E}/promotion/intermediate/secondary-15-assistant-5/specialty-years`,
                text: { zh: "从事本专业工作满15年", en: "At least 15 years of work in the specialty" },
                citation: ITEM.m4,
              },
              15,
              "work in the specialty",
              (w) => (w.relatedness === undefined ? ["work[].relatedness"] : w.relatedness === "related"),
            ),
            titleHeldYears(
              {
                id: `${E}/promotion/intermediate/secondary-15-assistant-5/assistant-engineer`,
                text: {
                  zh: "取得助理工程师任职资格满5年",
                  en: "Has held the assistant-engineer title for at least 5 years",
                },
                citation: ITEM.m4,
              },
              "an assistant-engineer title",
              5,
              assistantEngineer,
            ),
          ],
        ),
      ],
    ),
    channel,
  ],
})

// ---------------------------------------------------------------------------------------------
// 五: materials; 一: the window

/** The materials for a junior title or for a higher one, built once. */
const materialsFor = (level: "junior" | "higher"): ReadonlyArray<Material> => [
  {
    id: `${E}/materials/platform`,
    text: {
      zh: "通过“新疆维吾尔自治区专业技术人员管理平台”（www.xjzcsq.com）网上申报",
      en: "Apply online on the Xinjiang professional-staff platform (www.xjzcsq.com)",
    },
    citation: cite("五", "须使用“新疆维吾尔自治区专业技术人员管理平台”"),
  },
  {
    id: `${E}/materials/education-verification`,
    text: {
      zh: "学历在线验证报告（学信网无法出具验证报告的，上传学历证书原件）",
      en: "Online verification report of education (upload the original certificate if CHSI cannot verify it)",
    },
    citation: cite("五(一)1", "学历在线验证报告（在教育部学信网未能提供验证报告需上传学历证书原件）"),
  },
  {
    id: `${E}/materials/continuing-education`,
    text: {
      zh: "继续教育培训合格证书（公需科目、专业科目，在“专技天下网”学习并通过网上考试取得；住建行业专业科目参加住建行业培训考核）",
      en: "Continuing-education certificates for general and specialty courses (study and pass the online exam on zgzjzj.com; construction-sector specialty courses through the construction-sector training)",
    },
    citation: cite("五(一)2", "继续教育培训合格证书（公共科目、专业科目）"),
  },
  {
    id: `${E}/materials/title-certificate`,
    text: {
      zh: "任职资格证书（参考性材料，已取得职称的提供）",
      en: "Title certificate (reference material, if a title is held)",
    },
    citation: cite("五(二)1", "任职资格证书"),
  },
  {
    id: `${E}/materials/award-certificates`,
    text: {
      zh: "业绩成果获奖证书（参考性材料）",
      en: "Award certificates for achievements (reference material)",
    },
    citation: cite("五(二)2", "业绩成果获奖证书"),
  },
  level === "junior"
    ? {
        id: `${E}/materials/representative-works`,
        text: {
          zh: "代表作品（论文不作硬性要求）：初级不作为必备条件，可选提供",
          en: "Representative works (papers not required): optional for a junior title",
        },
        citation: cite("五(二)3", "初级不作为必备条件要求"),
      }
    : {
        id: `${E}/materials/representative-works`,
        text: {
          zh: "反映本人学识和理论水平的代表作品2篇及以上（专利成果、技术突破、工艺流程、标准开发、成果转化等均可；论文不作硬性要求）",
          en: "Two or more representative works showing the applicant's knowledge (patents, breakthroughs, processes, standards, commercialised results; papers not required)",
        },
        citation: cite("五(二)3", "能提供反映本人学识和理论水平代表作品2篇及2篇以上"),
      },
  {
    id: `${E}/materials/approval-form`,
    text: {
      zh: "网上申报材料审核通过后，在线打印《任职资格审批表》2份（纸质）",
      en: "After the online application is approved, print the Title Qualification Approval Form online, 2 paper copies",
    },
    citation: cite("五(三)", "网上申报材料审核通过后，在线打印的《任职资格审批表》2份"),
  },
]

const MATERIALS_JUNIOR = materialsFor("junior")
const MATERIALS_HIGHER = materialsFor("higher")
const materials = (_ctx: C.Context, t: Track): ReadonlyArray<Material> =>
  t.target.level === "junior" ? MATERIALS_JUNIOR : MATERIALS_HIGHER

/**
 * "原则上要在每年7月份启动" (DOMAIN.md ruling 11): an application taken before 1 July needs a recorded,
 * audited reason; "不得跨年度评审" stays hard.
 */
const EARLY_START = {
  citation: {
    document: DOMAIN_RULINGS,
    article: "11",
    quote: "an earlier start only with a recorded, audited reason; 不得跨年度 is hard",
  },
  text: {
    zh: "7月前受理须记录理由（原则上7月启动）",
    en: "Taking an application before July needs a recorded reason (July is the start in principle)",
  },
} as const

/** The window depends only on the year: built once per year asked about. */
const deadlinesByYear = new Map<number, ReadonlyArray<Deadline>>()

const deadlines = (ctx: C.Context): ReadonlyArray<Deadline> => {
  const year = CivilDate.parts(ctx.reference).year
  let ds = deadlinesByYear.get(year)
  if (ds === undefined) {
    ds = windowOf(year)
    deadlinesByYear.set(year, ds)
  }
  return ds
}

const windowOf = (year: number): ReadonlyArray<Deadline> => {
  return [
    {
      id: `${E}/evaluation-window`,
      kind: "evaluation-window",
      from: CivilDate.make(`${year}-${EVALUATION_WINDOW.fromMonthDay}`),
      to: CivilDate.make(`${year}-${EVALUATION_WINDOW.toMonthDay}`),
      text: {
        zh: `${year}年度评审原则上7月启动、年底前结束，不跨年度`,
        en: `The ${year} evaluation starts in July and ends by the end of the year, in principle; it does not span two years`,
      },
      citation: cite("一", "我州职称评审工作原则上要在每年7月份启动，年底前结束。不得跨年度评审。"),
      softStart: EARLY_START,
    },
  ]
}

const notEncoded: ReadonlyArray<NotEncoded> = [
  {
    article: "附件",
    reason: {
      zh: "承接民营企业职称评审的各系列（专业）评审委员会一览表未随文提供，内容未知。",
      en: "The annex listing the committees that evaluate private-enterprise titles is not provided; its content is unknown.",
    },
  },
  {
    article: "三(一)",
    reason: {
      zh: "国家以考代评的专业目录不在资料中：由申报人（工作人员）在 status.examInsteadOfEvaluation 中说明。",
      en: "The national list of exam-only (以考代评) specialties is not among the sources: the applicant or clerk states it in status.examInsteadOfEvaluation.",
    },
  },
  {
    article: "四(一)",
    reason: {
      zh: "“在劳动关系所在地自愿参加职称评审”：申报地点由劳动关系决定，本系统以现工作地点在巴州境内代替。",
      en: "'Apply where the employment relation is': approximated by the current place of work being in Bayingolin.",
    },
  },
  {
    article: "四(三)",
    reason: {
      zh: "巴州未开展评审的专业须经州人社局出具委托评审函报自治区评审：哪些专业未开展评审未列明，未编码。",
      en: "Specialties the prefecture does not evaluate go to Xinjiang bodies with an entrustment letter from the prefecture bureau: which specialties these are is not stated; not encoded.",
    },
  },
  {
    article: "五(一)2",
    reason: {
      zh: "继续教育的学时要求未列明，只作为材料（合格证书）列出，不作为条件判断。",
      en: "No continuing-education hours are stated; the certificates are listed as materials, not checked as a condition.",
    },
  },
  {
    article: "三(二)",
    reason: {
      zh: "晋升是否要求在同一系列内取得初级职称未写明：任一系列的初级职称均计入。",
      en: "Whether the junior title must be in the same series is not stated: a junior title of any series counts.",
    },
  },
  {
    article: "末段",
    reason: {
      zh: "各县（市）人社局和评委会的工作要求：不涉及个人申报条件。",
      en: "Duties of county bureaus and committees: no applicant conditions.",
    },
  },
]

export const bayingolin: Edition = {
  id: E,
  document: E,
  tracks: [initialJunior, initialIntermediate, promotionJunior, promotionIntermediate],
  materials,
  deadlines,
  procedure: SILENT_ON_PUBLICITY,
  settings,
  notEncoded,
}
