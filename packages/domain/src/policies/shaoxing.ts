/**
 * Shaoxing — 民营企业工程系列中、初级职称采认办法（试行）（征求意见稿）, a DRAFT for comment
 * (DOMAIN.md ruling 6: evaluating against it is allowed and the result says it is a draft).
 *
 * Adoption (采认): a pilot enterprise's own evaluation of its engineering staff is adopted as an
 * assistant engineer (助理工程师) or engineer (工程师) title (第四条(一)).
 *
 * Publicity (第十条(三)): only adoptees who have never held an intermediate or junior title
 * certificate are publicised (≥5 days, then 第十条(四) "经公示无异议"). That is written as two tracks
 * per title: the base track (never held a junior or intermediate title → its requirements include
 * the publicity review), and a named exception (`exception()`) for holders of such a title, which
 * drops the publicity condition. Exactly one of the pair applies to a person whose titles are known,
 * so the track that applies says whether publicity is required; when titles are unknown both are
 * "incomplete" and ask for `titles`.
 *
 * The enterprise-side rules (pilot selection, conditions, deadline) are exported separately as
 * `pilotUnitConditions` and `pilotApplicationDeadline`; the quotas are in `../Quota.ts`.
 */
import type { Citation, Plain } from "../Citation.ts"
import { DOMAIN_RULINGS } from "../Citation.ts"
import * as CivilDate from "../CivilDate.ts"
import * as C from "../Condition.ts"
import {
  type Deadline,
  type Edition,
  type EditionPublicity,
  exception,
  type Material,
  type Procedure,
  publicitySetting,
  type Target,
  type Track,
  within,
} from "../Policy.ts"
import type { JuniorGrade, Level, WorkPeriod } from "../Profile.ts"
import { SOURCES } from "./documents.ts"
import { currentWorkWhere } from "./internal/routes2020.ts"

const DOC = "shaoxing-adoption-draft"
const ED = "shaoxing-adoption-draft"
const AREA = "cn-zhejiang-shaoxing"

const cite = (article: string, quote: string): Citation => ({
  document: DOC,
  source: SOURCES.shaoxing,
  article,
  quote,
})

// ---------------------------------------------------------------------------------------------
// Annex 2: the roster and its allowed values

export interface RosterColumn {
  readonly key: string
  readonly name: Plain
  readonly citation: Citation
}

const column = (key: string, zh: string, en: string): RosterColumn => ({
  key,
  name: { zh, en },
  citation: cite("附件2 拟职称采认人员花名册", zh),
})

/** The columns of 附件2《拟职称采认人员花名册》, in order. */
export const ROSTER_COLUMNS: ReadonlyArray<RosterColumn> = [
  column("seq", "序号", "No."),
  column("name", "姓名", "Name"),
  column("residentId", "身份证号", "Resident ID number"),
  column("highestEducation", "最高学历（学位）", "Highest education (degree)"),
  column("institution", "毕业院校", "Institution graduated from"),
  column("major", "所学专业", "Major studied"),
  column("contact", "联系方式", "Contact details"),
  column("adoptionSpecialty", "采认职称专业", "Specialty of the adopted title"),
  column("qualificationName", "资格名称", "Qualification name"),
]

export interface AllowedValue<V extends string> {
  readonly value: V
  readonly name: Plain
  readonly citation: Citation
}

const SPECIALTY_NOTE = "“采认职称专业”栏填机电、信息技术、石化、医药、材料、轻纺"
const QUALIFICATION_NOTE = "“资格名称”栏填助理工程师、工程师"

export type AdoptionSpecialty = "机电" | "信息技术" | "石化" | "医药" | "材料" | "轻纺"

/** The values of the "采认职称专业" column (附件2 注1). */
export const ADOPTION_SPECIALTIES: ReadonlyArray<AllowedValue<AdoptionSpecialty>> = (
  [
    ["机电", "Mechanical and electrical"],
    ["信息技术", "Information technology"],
    ["石化", "Petrochemicals"],
    ["医药", "Pharmaceuticals"],
    ["材料", "Materials"],
    ["轻纺", "Light industry and textiles"],
  ] as const
).map(([value, en]) => ({ value, name: { zh: value, en }, citation: cite("附件2 注1", SPECIALTY_NOTE) }))

export type QualificationName = "助理工程师" | "工程师"

/** The values of the "资格名称" column (附件2 注2) and the title each is. */
export const QUALIFICATION_NAMES: ReadonlyArray<
  AllowedValue<QualificationName> & { readonly level: Level; readonly grade?: JuniorGrade }
> = [
  {
    value: "助理工程师",
    name: { zh: "助理工程师", en: "Assistant engineer" },
    level: "junior",
    grade: "assistant",
    citation: cite("附件2 注2", QUALIFICATION_NOTE),
  },
  {
    value: "工程师",
    name: { zh: "工程师", en: "Engineer" },
    level: "intermediate",
    citation: cite("附件2 注2", QUALIFICATION_NOTE),
  },
]

/**
 * 第五条 names the work "机电制造" where Annex 2 writes the specialty "机电"; both spellings (and the
 * English ids other editions use) map to the Annex 2 value. Anything else is not an adoption specialty.
 */
export const SPECIALTY_ALIASES: Readonly<Record<string, AdoptionSpecialty>> = {
  机电: "机电",
  机电制造: "机电",
  信息技术: "信息技术",
  信息: "信息技术",
  石化: "石化",
  医药: "医药",
  材料: "材料",
  轻纺: "轻纺",
  "mechanical-electrical": "机电",
  "mechanical-electrical-manufacturing": "机电",
  "information-technology": "信息技术",
  petrochemical: "石化",
  pharmaceutical: "医药",
  materials: "材料",
  "light-textile": "轻纺",
}

/** The Annex 2 specialty a work specialty belongs to, or undefined when it is none of the six. */
export const adoptionSpecialtyOf = (specialty: string): AdoptionSpecialty | undefined =>
  SPECIALTY_ALIASES[specialty.trim().replace(/\s+/g, "")]

// ---------------------------------------------------------------------------------------------
// Settings (DOMAIN.md rulings 1, 2; publicity; frequency; summary)

const PUBLICITY_QUOTE =
  "评价结果中未取得过中、初级职称证书的拟采认人员名单应在单位内部和当地政府门户网站公示不少于5天"

/**
 * 第十条(三): publicity of at least 5 calendar days; the publication day is not counted (DOMAIN.md,
 * Civil Code art. 201); a last day on a statutory holiday moves to the day after it (art. 203, as
 * the work calendar applies to calendar-day periods). Only for those who never held a junior or
 * intermediate title: the pair of adoption tracks says whether it applies. 第十条(四): adoption
 * follows only when the publicity passes without objection.
 */
export const PUBLICITY: EditionPublicity = {
  rule: { amount: 5, unit: "calendar-days", countPublicationDay: false },
  citation: cite("第十条(三)", PUBLICITY_QUOTE),
  text: {
    zh: "公示不少于5天：按日历日计算，公布当日不计入（民法典第二百零一条），最后一日为法定休假日的顺延（第二百零三条）；仅适用于未取得过中、初级职称证书的人员",
    en: "Publicity of at least 5 calendar days, not counting the day of publication (Civil Code art. 201), extended past a statutory holiday (art. 203); only for those who never held a junior or intermediate title",
  },
  objectionClause: cite("第十条(四)", "经公示无异议，确定职称采认对象"),
}

/** 第十条(三): the pilot unit publishes those adopted for a first title, for the period above. */
const PROCEDURE: Procedure = {
  publicity: {
    required: true,
    by: { zh: "试点单位", en: "the pilot enterprise" },
    period: PUBLICITY,
    citation: cite("第十条(三)", PUBLICITY_QUOTE),
  },
}

/** 第十条(三) publishes only those who never held a junior or intermediate title: the others go on without. */
const TITLE_HOLDER_PROCEDURE: Procedure = {
  publicity: {
    required: false,
    citation: cite("第十条(三)", PUBLICITY_QUOTE),
    text: {
      zh: "已取得过中、初级职称证书的人员无须公示（第十条(三)只公示未取得过的人员）",
      en: "No publicity for those who have held a junior or intermediate title (第十条(三) publishes only those who never did)",
    },
  },
}

// ---------------------------------------------------------------------------------------------
// Conditions

const pilotUnitStaff = C.leaf({
  id: `${ED}/pilot-unit-staff`,
  text: {
    zh: "在绍兴市的职称采认试点单位工作",
    en: "You work for a title-adoption pilot enterprise in Shaoxing",
  },
  citation: cite(
    "第五条",
    "职称采认对象主要为在我市试点单位中从事机电制造、信息技术、石化、医药、材料、轻纺等相关工作的技术人员",
  ),
  check: ({ profile }) => {
    const cur = profile.work?.filter((w) => w.to === "present")
    if (cur === undefined)
      return { outcome: "unknown", observed: "work history not given", missing: ["work"] }
    if (cur.length === 0) return { outcome: "unmet", observed: "no current work period" }
    const verdict = (w: WorkPeriod): boolean | undefined => {
      const inArea = w.place === undefined ? undefined : within(w.place, AREA)
      if (w.pilotUnit === false || inArea === false) return false
      if (w.pilotUnit === undefined || inArea === undefined) return undefined
      return true
    }
    const vs = cur.map(verdict)
    const seen = cur
      .map(
        (w) =>
          `${w.employer ?? "employer"} (${w.place ?? "place not stated"}; pilot unit: ${w.pilotUnit ?? "not stated"})`,
      )
      .join("; ")
    if (vs.includes(true)) return { outcome: "met", observed: seen }
    if (vs.includes(undefined)) {
      const missing = [
        ...(cur.some((w) => w.pilotUnit === undefined) ? ["work[].pilotUnit"] : []),
        ...(cur.some((w) => w.place === undefined) ? ["work[].place"] : []),
      ]
      return { outcome: "unknown", observed: seen, missing }
    }
    return { outcome: "unmet", observed: seen }
  },
})

const specialty = currentWorkWhere(
  {
    id: `${ED}/adoption-specialty`,
    text: {
      zh: "从事机电（机电制造）、信息技术、石化、医药、材料或轻纺相关工作（附件2“采认职称专业”）",
      en: "Your work is in mechanical & electrical (manufacturing), information technology, petrochemicals, pharmaceuticals, materials or light industry & textiles (the Annex 2 specialties)",
    },
    citation: cite("第五条", "从事机电制造、信息技术、石化、医药、材料、轻纺等相关工作的技术人员"),
    missing: "work[].specialty",
    describe: (w) =>
      w.specialty === undefined
        ? "specialty not stated"
        : `specialty ${w.specialty}${adoptionSpecialtyOf(w.specialty) !== undefined ? ` → ${adoptionSpecialtyOf(w.specialty)}` : " (not an adoption specialty)"}`,
  },
  // Only the pilot-unit job counts (a job known not to be at a pilot unit is skipped; whether the
  // job is at a pilot unit at all is asked by the applicability condition).
  (w) =>
    w.pilotUnit === false
      ? false
      : w.specialty === undefined
        ? undefined
        : adoptionSpecialtyOf(w.specialty) !== undefined,
)

const technicalStaff = currentWorkWhere(
  {
    id: `${ED}/technical-staff`,
    text: {
      zh: "在工程技术岗位工作的技术人员",
      en: "You are technical staff in an engineering post",
    },
    citation: cite("第四条(一)", "立足民营企业现有工程技术岗培养晋升机制"),
    missing: "work[].workKind",
    describe: (w) => `work kind: ${w.workKind ?? "not stated"}`,
  },
  (w) =>
    w.pilotUnit === false
      ? false
      : w.workKind === undefined
        ? undefined
        : w.workKind === "engineering-technical",
)

const approvedScope = C.review({
  id: `${ED}/approved-scope`,
  text: {
    zh: "人力社保部门发文明确的本试点单位采认岗位序列、级别（层次）、专业包括您的岗位、所申请的级别和专业",
    en: "The bureau's decision on your pilot enterprise covers your post sequence, the level you seek and your specialty",
  },
  citation: cite(
    "第八条(三)",
    "由人力社保部门发文明确试点单位，以及该试点单位中（初）级职称采认的岗位序列、级别（层次）、专业",
  ),
})

const unitEvaluation = C.review({
  id: `${ED}/unit-evaluation-passed`,
  text: {
    zh: "通过试点单位按评价方案和标准组织的技术岗位晋升评价（属地人力社保局参加指导监督）",
    en: "You passed your enterprise's own technical-post evaluation, held under its filed scheme with the local HR&SS bureau attending",
  },
  citation: cite(
    "第十条(二)",
    "试点单位按照评价方案和标准，有序开展评价工作，属地人力社保局参加，对评价过程进行指导监督",
  ),
})

const withinQuota = C.review({
  id: `${ED}/within-unit-quota`,
  text: {
    zh: "本单位当年采认人数未超过限额（在当地缴纳社保总职工人数的5%或上一年度新招收大专及以上学历毕业生人数的50%，取较大者；原则上，超出须记录理由）",
    en: "Your enterprise's adoptions this year stay within its cap (the larger of 5% of insured staff and 50% of last year's graduate hires; in principle — exceeding it needs a recorded reason)",
  },
  citation: cite(
    "第九条",
    "职称采认人数原则上不超过当年度单位在当地缴纳社保总职工人数的5%或上一年度新招收大专及以上学历毕业生人数的50%",
  ),
})

/** Whether the person has ever held a junior or intermediate title certificate (any series). */
const heldJuniorOrIntermediate = (wanted: boolean, id: string, text: Plain): C.Condition =>
  C.leaf({
    id,
    text,
    citation: cite("第十条(三)", PUBLICITY_QUOTE),
    check: ({ profile }) => {
      const t = profile.titles
      if (t === undefined) return { outcome: "unknown", observed: "titles not given", missing: ["titles"] }
      const held = t.filter((x) => x.level === "junior" || x.level === "intermediate")
      const observed =
        held.length === 0
          ? "has never held a junior or intermediate title: publicity required"
          : `holds ${held.map((x) => `${x.series} ${x.level} (${x.obtained})`).join(", ")}: publicity not required`
      return { outcome: held.length > 0 === wanted ? "met" : "unmet", observed }
    },
  })

const neverHeld = heldJuniorOrIntermediate(false, `${ED}/never-held-junior-or-intermediate`, {
  zh: "未取得过中、初级职称证书（须公示）",
  en: "You have never held a junior or intermediate title certificate (so you are publicised)",
})

const hasHeld = heldJuniorOrIntermediate(true, `${ED}/has-held-junior-or-intermediate`, {
  zh: "已取得过中、初级职称证书（无须公示）",
  en: "You already hold or held a junior or intermediate title certificate (so you are not publicised)",
})

const publicity = C.review({
  id: `${ED}/publicity-without-objection`,
  text: {
    zh: "拟采认人员名单在单位内部和当地政府门户网站公示不少于5天（公布当日不计入），经公示无异议",
    en: "Your name was publicised inside the enterprise and on the local government portal for at least 5 days (not counting the day of publication) with no objection",
  },
  citation: cite("第十条(三)、(四)", PUBLICITY_QUOTE),
})

// ---------------------------------------------------------------------------------------------
// Tracks

const TARGETS: ReadonlyArray<{ key: string; target: Target; qualification: QualificationName }> = [
  {
    key: "assistant-engineer",
    target: {
      series: "engineering",
      level: "junior",
      grade: "assistant",
      name: { zh: "助理工程师", en: "assistant engineer" },
    },
    qualification: "助理工程师",
  },
  {
    key: "engineer",
    target: { series: "engineering", level: "intermediate", name: { zh: "工程师", en: "engineer" } },
    qualification: "工程师",
  },
]

const APPLIES_QUOTE = "其评价结果作为直接认定为对应专业中、初级职称的依据"

const adoptionTracks: ReadonlyArray<Track> = TARGETS.flatMap(({ key, target }) => {
  const base: Track = {
    id: `${ED}/${key}`,
    edition: ED,
    kind: "adoption",
    route: "adoption",
    target,
    title: {
      zh: `试点单位评价结果采认为${target.name.zh}（首次取得职称，须公示）`,
      en: `Adoption of your pilot enterprise's evaluation as ${target.name.en} (first title: publicity required)`,
    },
    citation: cite("第四条(一)", APPLIES_QUOTE),
    appliesWhen: C.all(
      {
        id: `${ED}/${key}/applies`,
        text: {
          zh: "试点单位技术人员，未取得过中、初级职称证书",
          en: "Technical staff of a pilot enterprise who have never held a junior or intermediate title",
        },
        citation: cite(
          "第五条",
          "职称采认对象主要为在我市试点单位中从事机电制造、信息技术、石化、医药、材料、轻纺等相关工作的技术人员",
        ),
      },
      [pilotUnitStaff, neverHeld],
    ),
    requires: [specialty, technicalStaff, approvedScope, unitEvaluation, publicity, withinQuota],
    judgedAtEvaluation: [
      {
        text: {
          zh: "试点单位按其技术岗位评价方案和标准评价",
          en: "The enterprise evaluates you under its own technical-post evaluation scheme and standards",
        },
        citation: cite("第十条(二)", "试点单位按照评价方案和标准，有序开展评价工作"),
      },
    ],
  }
  const holder = exception(base, {
    id: `${ED}/${key}/title-holder`,
    kind: "adoption",
    route: "adoption",
    target,
    title: {
      zh: `试点单位评价结果采认为${target.name.zh}（已有中、初级职称，无须公示）`,
      en: `Adoption of your pilot enterprise's evaluation as ${target.name.en} (you hold a junior or intermediate title: no publicity)`,
    },
    citation: cite("第十条(三)", PUBLICITY_QUOTE),
    appliesWhen: C.all(
      {
        id: `${ED}/${key}/title-holder/applies`,
        text: {
          zh: "试点单位技术人员，已取得过中、初级职称证书",
          en: "Technical staff of a pilot enterprise who have held a junior or intermediate title",
        },
        citation: cite("第十条(三)", PUBLICITY_QUOTE),
      },
      [pilotUnitStaff, hasHeld],
    ),
    replace: { [publicity.id]: null },
    procedure: TITLE_HOLDER_PROCEDURE,
  })
  return [base, holder]
})

// ---------------------------------------------------------------------------------------------
// The enterprise: pilot-unit conditions (第五至八、十三条), for the records of pilot applications

const PILOT_QUOTE =
  "申报试点单位应为绍兴市范围内注册民营企业，具有较好经营业绩和专业人才队伍建设基础，人力资源管理规范"

/** What an enterprise must be to become a pilot unit. None is decided by the engine (no enterprise data). */
export const pilotUnitConditions: ReadonlyArray<C.Condition> = [
  C.review({
    id: `${ED}/pilot/registered-private-enterprise`,
    text: {
      zh: "在绍兴市范围内注册的民营企业",
      en: "A private enterprise registered in Shaoxing",
    },
    citation: cite("第七条", "申报试点单位应为绍兴市范围内注册民营企业"),
  }),
  C.review({
    id: `${ED}/pilot/performance-and-hr`,
    text: {
      zh: "具有较好经营业绩和专业人才队伍建设基础，人力资源管理规范",
      en: "Good business results, a base of professional staff and orderly HR management",
    },
    citation: cite("第七条", PILOT_QUOTE),
  }),
  C.review({
    id: `${ED}/pilot/scale-and-influence`,
    text: { zh: "有一定规模，在行业内有一定影响力", en: "A certain size and some influence in its industry" },
    citation: cite("第七条(一)", "有一定规模，在行业内有一定影响力"),
  }),
  C.review({
    id: `${ED}/pilot/evaluation-system`,
    text: {
      zh: "已建立较为完善的专业技术人才评价体系，并具有多年的实际操作经验，评价过程规范，评价结果公认度较高",
      en: "A fairly complete evaluation system for professionals, used for years, with orderly procedures and widely accepted results",
    },
    citation: cite(
      "第七条(二)",
      "已建立较为完善的专业技术人才评价体系，并具有多年的实际操作经验，评价过程规范，评价结果公认度较高",
    ),
  }),
  C.review({
    id: `${ED}/pilot/pay-linked-promotion`,
    text: {
      zh: "已建立与专业技术人员个人薪酬待遇相挂钩的岗位晋升机制",
      en: "A post-promotion system linked to professionals' pay",
    },
    citation: cite("第七条(三)", "已建立与专业技术人员个人薪酬待遇相挂钩的岗位晋升机制"),
  }),
  C.review({
    id: `${ED}/pilot/talent-concentration`,
    text: {
      zh: "专业技术人才集聚，可在工程技术领域持续开展人才评价工作",
      en: "Enough professionals to keep evaluating engineering staff",
    },
    citation: cite("第七条(四)", "专业技术人才集聚，可在工程技术领域持续开展人才评价工作"),
  }),
  C.review({
    id: `${ED}/pilot/industry-cluster`,
    text: {
      zh: "重点从电子信息、高端装备制造、现代医药、新材料等产业集群企业中遴选",
      en: "Chosen mainly from the electronic information, high-end equipment, modern pharmaceuticals and new materials clusters",
    },
    citation: cite(
      "第五条",
      "职称采认试点单位重点从我市电子信息、高端装备制造、现代医药、新材料等产业集群企业中遴选",
    ),
  }),
  C.review({
    id: `${ED}/pilot/selection-procedure`,
    text: {
      zh: "经自主申报（填写申请表并附技术岗位评价晋升制度材料）、属地人力社保部门核实推荐、专家组实地考察评估后发文确定",
      en: "Applied with the form and its promotion rules, verified and recommended by the local bureau, and confirmed after an expert on-site assessment",
    },
    citation: cite("第八条", "由人力社保部门发文明确试点单位"),
  }),
  C.review({
    id: `${ED}/pilot/annual-review`,
    text: {
      zh: "通过每年底的试点复审（不合格者不再作为下一年度采认单位）",
      en: "Passed the year-end review of the pilot (failing it ends adoption for the next year)",
    },
    citation: cite(
      "第十三条",
      "每年底人力社保部门对单位试点情况进行复审，复审不合格，不再作为下一年度采认单位",
    ),
  }),
]

/** 第七条, last paragraph: a tie-break, not a condition. */
export const PILOT_PRIORITY: { readonly text: Plain; readonly citation: Citation } = {
  text: {
    zh: "同等条件下，已开展职称自主评价工作的企业优先",
    en: "Other things equal, enterprises already running their own title evaluation come first",
  },
  citation: cite("第七条", "同等条件下，对已开展职称自主评价工作的企业予以优先考虑"),
}

/**
 * 第六条: an enterprise applies to become a pilot by the end of March ("一般", generally); for 2023
 * the deadline "may be later" and no date is given, so the 2023 entry says so.
 */
export const pilotApplicationDeadline = (year: number): Deadline => ({
  id: `${ED}/pilot-application/${year}`,
  kind: "pilot-application",
  to: CivilDate.fromParts(year, 3, 31),
  text:
    year === 2023
      ? {
          zh: "2023年度试点申报可适当延迟（未定具体日期），一般于3月底前完成",
          en: "For 2023 the pilot application may be later than usual (no date given); normally by the end of March",
        }
      : {
          zh: `用人单位一般于${year}年3月底前完成职称采认试点申报`,
          en: `Enterprises normally apply to become a pilot by the end of March ${year}`,
        },
  citation: cite("第六条", "用人单位申请职称采认试点，一般于每年3月底前完成申报（2023年度可适当延迟）"),
})

// ---------------------------------------------------------------------------------------------
// Materials and deadlines (第十条(四), 第十一条)

/** Built once; the same list for every track and applicant. */
const MATERIALS: ReadonlyArray<Material> = [
  {
    id: `${ED}/material/roster`,
    text: {
      zh: "单位报送《拟职称采认人员花名册》（附件2，含姓名、身份证号、最高学历、毕业院校、所学专业、联系方式、采认职称专业、资格名称）",
      en: "Your enterprise files the roster of proposed adoptees (Annex 2: name, ID number, highest education, institution, major, contact, specialty, qualification)",
    },
    citation: cite("第十条(四)", "将《拟职称采认人员花名册》报送属地人力社保部门"),
  },
  {
    id: `${ED}/material/platform-account`,
    text: {
      zh: "注册登录“浙江省专业技术职务任职资格申报与评审管理服务平台”",
      en: "Register on the Zhejiang professional title application and evaluation platform",
    },
    citation: cite("第十一条(一)", "注册登录“浙江省专业技术职务任职资格申报与评审管理服务平台”"),
  },
  {
    id: `${ED}/material/achievement-record`,
    text: {
      zh: "更新个人业绩档案库：个人基本信息、教育经历、工作经历等",
      en: "Update your record on the platform: personal details, education and work history",
    },
    citation: cite("第十一条(二)", "更新个人业绩档案库，主要完善个人基本信息、教育经历、工作经历等"),
  },
  {
    id: `${ED}/material/initial-determination-application`,
    text: {
      zh: "在“大中专毕业生职称初定”栏申请相应中、初级职称初定，经用人单位审核推荐",
      en: 'Apply under "initial determination for graduates" for the title, then your employer checks and recommends it',
    },
    citation: cite("第十一条(三)", "选择“大中专毕业生职称初定”栏申请相应中、初级职称初定"),
  },
]

const materials = (): ReadonlyArray<Material> => MATERIALS

const deadlines = (ctx: C.Context): ReadonlyArray<Deadline> => {
  const year = CivilDate.parts(ctx.asOf).year
  const thisYear = pilotApplicationDeadline(year)
  if (ctx.asOf <= thisYear.to || year === 2023) return [thisYear]
  // The calendar ends in 2200; there is no later deadline to show.
  return year < 2200 ? [pilotApplicationDeadline(year + 1)] : []
}

// ---------------------------------------------------------------------------------------------

const QUOTA_QUOTE =
  "职称采认人数原则上不超过当年度单位在当地缴纳社保总职工人数的5%或上一年度新招收大专及以上学历毕业生人数的50%"

export const shaoxingAdoption: Edition = {
  id: ED,
  document: DOC,
  tracks: adoptionTracks,
  materials,
  deadlines,
  settings: [
    {
      id: `${ED}/settings/adoption-quota`,
      value: {
        insuredStaffPercent: 5,
        graduateHiresPercent: 50,
        combine: "max",
        rounding: "floor",
        soft: true,
      },
      text: {
        zh: "采认人数上限取“当年度在当地缴纳社保职工人数×5%”与“上一年度新招收大专及以上毕业生人数×50%”（均向下取整）中的较大者；“原则上”：超出须记录理由并留痕（项目裁定1）",
        en: 'The adoption cap is the larger of floor(5% of insured staff this year) and floor(50% of last year\'s graduate hires); "in principle": exceeding it needs a recorded, audited reason (ruling 1)',
      },
      citation: cite("第九条", QUOTA_QUOTE),
    },
    {
      id: `${ED}/settings/pilot-units-per-year`,
      value: { max: 6, per: "city-year", soft: true },
      text: {
        zh: "试点单位“一般每年不超过6家”：全市每年6家的软上限，超出须记录理由（项目裁定2）",
        en: 'Pilot units "generally no more than 6 a year": a soft cap of 6 per city and year; exceeding it needs a recorded reason (ruling 2)',
      },
      citation: cite("第五条", "一般每年不超过6家"),
    },
    {
      id: `${ED}/settings/evaluation-frequency`,
      value: ["yearly", "half-yearly"],
      text: {
        zh: "试点单位技术岗位评价可每年或每半年举行一次",
        en: "A pilot enterprise evaluates once a year or once every half year",
      },
      citation: cite("第九条", "可每年或每半年举行一次"),
    },
    publicitySetting(`${ED}/settings/publicity`, PUBLICITY),
    {
      id: `${ED}/settings/summary-deadline`,
      value: { months: 1, from: "end-of-evaluation" },
      text: {
        zh: "完成当年度评价的试点单位于评价结束1个月内报送总结材料",
        en: "A pilot enterprise reports on the year's evaluation within 1 month after it ends",
      },
      citation: cite(
        "第十二条",
        "于评价结束1个月内将试点情况、职工反馈、存在不足和改进建议的总结材料报属地人力社保部门",
      ),
    },
    {
      id: `${ED}/settings/specialty-aliases`,
      value: SPECIALTY_ALIASES,
      text: {
        zh: "第五条的“机电制造”与附件2的“机电”为同一采认专业",
        en: '"机电制造" (article 5) and "机电" (Annex 2) are the same adoption specialty',
      },
      citation: cite("附件2 注1", SPECIALTY_NOTE),
    },
    {
      id: `${ED}/settings/draft-status`,
      value: "draft",
      text: {
        zh: "本办法为征求意见稿；按其评估时结果注明为草案（项目裁定6）",
        en: "This is a draft for comment; results under it say so (ruling 6)",
      },
      citation: {
        document: DOMAIN_RULINGS,
        article: "6",
        quote: "evaluating against a lapsed or draft edition is allowed but says so in the result",
      },
    },
  ],
  publicity: PUBLICITY,
  procedure: PROCEDURE,
  notEncoded: [
    {
      article: "第一至三条、第四条(二)(三)、第十四条、第十五条",
      reason: {
        zh: "依据、指导思想、原则、目的与施行条款，不设个人条件",
        en: "Basis, principles, aims and commencement: no condition on a person",
      },
    },
    {
      article: "第十条(一)",
      reason: {
        zh: "评价方案、拟晋升人员花名册、评价专家名单事先备案是单位的程序义务；以“通过试点单位评价”的人工审核涵盖",
        en: "Filing the scheme, roster and expert list before the evaluation is the enterprise's duty; covered by the review that the unit's evaluation was passed",
      },
    },
    {
      article: "第十一条(四)(五)",
      reason: {
        zh: "用人单位审核推荐、人力社保部门核实发证：办理环节，不设可由本系统判断的条件",
        en: "Employer recommendation and the bureau's verification and e-certificate: processing steps with no condition the engine can decide",
      },
    },
    {
      article: "第五、七、八、十三条（试点单位）",
      reason: {
        zh: "试点单位的条件以 pilotUnitConditions 单独导出（均为人工审核，系统没有企业数据）；个人轨道只看“试点单位”标记",
        en: "Pilot-unit conditions are exported separately as pilotUnitConditions (all reviews: no enterprise data); person tracks only read the pilot-unit flag",
      },
    },
    {
      article: "第一条（浙人社发〔2020〕47号）",
      reason: {
        zh: "所依据的省级办法不在资料中，其内容未知",
        en: "The provincial measures relied on are not in the sources; their content is unknown",
      },
    },
    {
      article: "附件1",
      reason: {
        zh: "试点申请表（单位填写），不涉及个人条件",
        en: "The pilot application form (filled in by the enterprise); no condition on a person",
      },
    },
  ],
}
