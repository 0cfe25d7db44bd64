/**
 * The domain's words in zh-CN and English: the one place the API's pages, the public site and the
 * counter terminal take a level, a status or a state's name from, so the three never disagree.
 *
 * Each record is keyed by the domain's own literals and typed `Record<Literal, Label>`, so a new
 * literal without a label does not compile; test/Labels.test.ts also walks the schemas' literals.
 * UI chrome ("Continue" / "继续") belongs to each app; a word of the domain belongs here.
 *
 * Only types are imported: a browser bundle that prints labels does not ship the procedures.
 */
import type { ApplicationState } from "./Applications.ts"
import type { Role } from "./Audit.ts"
import type { CertificateStatus } from "./Certificates.ts"
import type { Plain } from "./Citation.ts"
import type { CivilDate } from "./CivilDate.ts"
import type { Status } from "./Eligibility.ts"
import type { DocumentStatus, Target, TrackKind } from "./Policy.ts"
import type {
  Degree,
  EducationLevel,
  EmployerKind,
  JuniorGrade,
  Level,
  Route,
  SkillLevel,
  WorkPeriod,
} from "./Profile.ts"
import type { DayKind } from "./WorkCalendar.ts"

export type Locale = "zh-CN" | "en"

/** A word or phrase in both languages (the same shape as `Citation.Plain`). */
export type Label = Plain

/** The label in one locale. */
export const text = (label: Label, locale: Locale): string => (locale === "en" ? label.en : label.zh)

const l = (zh: string, en: string): Label => ({ zh, en })

/** 职称级别. */
export const level: Readonly<Record<Level, Label>> = {
  junior: l("初级", "Junior"),
  intermediate: l("中级", "Intermediate"),
  "associate-senior": l("副高级", "Associate senior"),
  "full-senior": l("正高级", "Full senior"),
}

/** The two junior grades of the engineering series (员级 / 助理级). */
export const juniorGrade: Readonly<Record<JuniorGrade, Label>> = {
  technician: l("技术员", "Technician"),
  assistant: l("助理工程师", "Assistant engineer"),
}

const ENGINEERING_TITLE: Readonly<Record<Exclude<Level, "junior">, Label>> = {
  intermediate: l("工程师", "Engineer"),
  "associate-senior": l("高级工程师", "Senior engineer"),
  "full-senior": l("正高级工程师", "Professor-level senior engineer"),
}

/**
 * The engineering series' title name for a level (and junior grade): 助理工程师, 工程师, 高级工程师…
 * A junior level without a grade names both junior titles.
 */
export const titleName = (lv: Level, grade?: JuniorGrade): Label =>
  lv !== "junior"
    ? ENGINEERING_TITLE[lv]
    : grade !== undefined
      ? juniorGrade[grade]
      : l("技术员或助理工程师", "Technician or assistant engineer")

/** 职称系列, keyed as tracks and certificates name them. */
export const series: Readonly<Record<string, Label>> = {
  engineering: l("工程系列", "Engineering series"),
  any: l("任一系列", "Any series"),
} satisfies Record<Target["series"], Label>

/** An eligibility answer for one track. */
export const eligibilityStatus: Readonly<Record<Status, Label>> = {
  eligible: l("符合条件", "Eligible"),
  "not-eligible": l("不符合条件", "Not eligible"),
  "needs-review": l("需人工审核", "Needs review"),
  incomplete: l("信息不全", "Information incomplete"),
  "not-applicable": l("不适用", "Not applicable"),
}

/** Where an application stands. */
export const applicationState: Readonly<Record<ApplicationState, Label>> = {
  draft: l("草稿", "Draft"),
  submitted: l("已提交", "Submitted"),
  "unit-reviewed": l("单位已审核", "Reviewed by the unit"),
  "in-publicity": l("公示中", "In publicity"),
  "publicity-passed": l("公示无异议", "Publicity passed"),
  objected: l("公示有异议", "Objected"),
  recommended: l("已推荐", "Recommended"),
  decided: l("已评审", "Decided"),
  "certificate-issued": l("已发证", "Certificate issued"),
  "certificate-revoked": l("证书已撤销", "Certificate revoked"),
  withdrawn: l("已撤回", "Withdrawn"),
}

/** The kind of way to a title a track is. */
export const trackKind: Readonly<Record<TrackKind, Label>> = {
  normal: l("正常申报", "Normal application"),
  exceptional: l("破格申报", "Exceptional application"),
  "skilled-talent": l("技能人才申报", "Skilled-talent application"),
  "green-channel": l("绿色通道（直通车）", "Green channel"),
  "direct-recognition": l("直接认定", "Direct recognition"),
  "initial-determination": l("初次确定（初定）", "Initial determination"),
  promotion: l("晋升", "Promotion"),
  adoption: l("采认", "Adoption"),
  "who-may-apply": l("申报资格", "Who may apply"),
}

/** How a title is obtained. */
export const route: Readonly<Record<Route, Label>> = {
  evaluation: l("评审", "Evaluation"),
  recognition: l("认定", "Recognition"),
  "initial-determination": l("初定", "Initial determination"),
  adoption: l("采认", "Adoption"),
  exam: l("考试", "Examination"),
}

/** Who acts (audit trail, API keys). */
export const role: Readonly<Record<Role, Label>> = {
  public: l("公众", "Public"),
  "enterprise-hr": l("企业人事", "Enterprise HR"),
  clerk: l("经办人员", "Clerk"),
  committee: l("评审委员会", "Evaluation committee"),
  admin: l("管理员", "Administrator"),
  system: l("系统", "System"),
}

export const certificateStatus: Readonly<Record<CertificateStatus, Label>> = {
  valid: l("有效", "Valid"),
  suspended: l("暂停（调查中）", "Suspended (under investigation)"),
  revoked: l("已撤销", "Revoked"),
}

/** What a certificate prints and the public check shows, field by field. */
export const certificateField = {
  status: l("状态", "Status"),
  number: l("证书编号", "Number"),
  holder: l("持证人姓名", "Holder's name"),
  title: l("资格名称", "Title"),
  level: l("级别", "Level"),
  series: l("系列", "Series"),
  specialty: l("专业", "Specialty"),
  issuingBody: l("发证机关", "Issuing body"),
  issuedOn: l("发证日期", "Issued on"),
  approvalNo: l("审批文号", "Approval No."),
  statusOn: l("状态变更日期", "Status since"),
  statusDocument: l("文件", "Document"),
} as const satisfies Record<string, Label>

export const documentStatus: Readonly<Record<DocumentStatus, Label>> = {
  "in-force": l("现行有效", "In force"),
  draft: l("征求意见稿", "Draft for comment"),
  lapsed: l("已失效", "Lapsed"),
}

export const dayKind: Readonly<Record<DayKind, Label>> = {
  workday: l("工作日", "Working day"),
  weekend: l("周末", "Weekend"),
  holiday: l("法定节假日", "Public holiday"),
  "adjusted-workday": l("调休上班日", "Adjusted working day"),
}

// ---------------------------------------------------------------------------------------------
// Profile vocabulary (the interview's options)

export const educationLevel: Readonly<Record<EducationLevel, Label>> = {
  doctorate: l("博士研究生", "Doctorate"),
  master: l("硕士研究生", "Master's"),
  bachelor: l("大学本科", "Bachelor's (university undergraduate)"),
  associate: l("大学专科（高职）", "Associate (junior college)"),
  "secondary-vocational": l("中专（中等职业学校）", "Secondary vocational school"),
  "technical-school-intermediate-class": l("技工院校中级工班", "Technical school, intermediate-worker class"),
  "technical-school-senior-class": l("技工院校高级工班", "Technical school, senior-worker class"),
  "technical-school-preparatory-technician-class": l(
    "技工院校预备技师（技师）班",
    "Technical school, preparatory-technician class",
  ),
  "high-school-or-below": l("高中及以下", "High school or below"),
}

export const degree: Readonly<Record<Degree, Label>> = {
  doctor: l("博士学位", "Doctor's degree"),
  master: l("硕士学位", "Master's degree"),
  "second-bachelor": l("双学士学位", "Second bachelor's degree"),
  bachelor: l("学士学位", "Bachelor's degree"),
  none: l("无学位", "No degree"),
}

export const employerKind: Readonly<Record<EmployerKind, Label>> = {
  "private-enterprise": l("非公有制企业（民营企业）", "Private enterprise"),
  "state-enterprise": l("国有企业", "State-owned enterprise"),
  "public-institution": l("事业单位", "Public institution"),
  "government-organ": l("党政机关（含参公管理单位）", "Party or government organ"),
  "social-organization": l("社会组织", "Social organisation"),
  "self-employed": l("个体经济组织", "Self-employed business"),
  freelance: l("自由职业", "Freelance"),
}

export const workKind: Readonly<Record<NonNullable<WorkPeriod["workKind"]>, Label>> = {
  "engineering-technical": l("工程技术工作", "Engineering-technical work"),
  "skill-technical": l("技能操作工作", "Skilled (trade) work"),
  management: l("管理工作", "Management"),
  other: l("其他工作", "Other work"),
}

export const skillLevel: Readonly<Record<SkillLevel, Label>> = {
  "senior-worker": l("高级工", "Senior worker"),
  technician: l("技师", "Technician (skills)"),
  "senior-technician": l("高级技师", "Senior technician (skills)"),
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const

/** A civil date as people write it: `2025年3月10日` / `10 March 2025`. */
export const formatDate = (d: CivilDate, locale: Locale): string => {
  const year = Number(d.slice(0, 4))
  const month = Number(d.slice(5, 7))
  const day = Number(d.slice(8, 10))
  return locale === "en" ? `${day} ${MONTHS[month - 1]} ${year}` : `${year}年${month}月${day}日`
}
