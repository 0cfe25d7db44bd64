/**
 * An applicant's profile: everything a condition in the five documents looks at.
 *
 * Convention: an optional field that is absent is UNKNOWN — never false, zero or "none". A list
 * that is present and empty means "declared: none". The engine reports what is missing from the
 * absent fields it needed (OpenFisca's default-to-zero is the trap this avoids).
 */
import { type Brand, Schema } from "effect"
import { CivilDate } from "./CivilDate.ts"
import * as IntegrityBanModule from "./IntegrityBan.ts"
import { ResidentId } from "./ResidentId.ts"
import { PersonName, SafeText } from "./Text.ts"

const opt = Schema.optional

/**
 * Refuses a range whose end precedes its start (DOMAIN.md ruling 10), naming the `to` field. An end
 * of "present" never precedes. Dates and months written `YYYY-MM(-DD)` compare as strings.
 */
const endNotBeforeStart =
  (what: string) =>
  (r: { readonly from: string; readonly to: string }): true | Schema.FilterIssue =>
    r.to === "present" || r.to >= r.from
      ? true
      : {
          path: ["to"],
          message: `${what} ends on ${r.to}, before it starts on ${r.from} (DOMAIN.md ruling 10)`,
        }

/** A month, `YYYY-MM` (pension-insurance periods are kept by month). */
export type YearMonth = string & Brand.Brand<"YearMonth">
export const YearMonth: Schema.brand<Schema.filter<typeof Schema.String>, "YearMonth"> = Schema.String.pipe(
  Schema.pattern(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, { message: () => "must be a month written YYYY-MM" }),
  Schema.brand("YearMonth"),
  Schema.annotations({
    identifier: "YearMonth",
    arbitrary: () => (fc) =>
      fc
        .record({ y: fc.integer({ min: 1980, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
        .map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}` as YearMonth),
  }),
)

/** Ongoing periods end at "present", which the engine reads as the evaluation's reference date. */
export const Present = Schema.Literal("present")

export const JurisdictionId = Schema.String.pipe(
  Schema.pattern(/^cn(-[a-z0-9]+)*$/, { message: () => "must be a jurisdiction id such as cn-zj-shaoxing" }),
)

// ---------------------------------------------------------------------------------------------
// Education

/** 学历 (educational level). Technical-school classes are their own levels; 001 item 9 maps them. */
export const EducationLevel = Schema.Literal(
  "doctorate", // 博士研究生
  "master", // 硕士研究生
  "bachelor", // 大学本科
  "associate", // 大学专科 / 高职
  "secondary-vocational", // 中专 / 中等职业学校
  "technical-school-intermediate-class", // 技工院校中级工班
  "technical-school-senior-class", // 技工院校高级工班
  "technical-school-preparatory-technician-class", // 技工院校预备技师（技师）班
  "high-school-or-below",
)
export type EducationLevel = typeof EducationLevel.Type

/** 学位 (degree), held separately from the level: "获得硕士学位" is not "研究生毕业". */
export const Degree = Schema.Literal("doctor", "master", "second-bachelor", "bachelor", "none")
export type Degree = typeof Degree.Type

export const Relatedness = Schema.Literal("related", "unrelated")

export const Education = Schema.Struct({
  level: EducationLevel,
  degree: opt(Degree),
  fullTime: opt(Schema.Boolean),
  institution: opt(SafeText({ maxLength: 200 })),
  major: opt(SafeText({ maxLength: 200 })),
  /** Whether the major is the applicant's specialty or a similar one (本专业或相近专业). */
  relatedness: opt(Relatedness),
  graduated: opt(CivilDate),
  /** Where the degree was awarded; a foreign or HK/Macao/Taiwan one needs the CSCSE certificate. */
  awardedIn: opt(Schema.Literal("mainland", "foreign", "hk-macao-taiwan")),
  /** 《国外学历学位认证书》/《港澳台学历学位认证书》 held. */
  certified: opt(Schema.Boolean),
}).annotations({ identifier: "Education" })
export type Education = typeof Education.Type

// ---------------------------------------------------------------------------------------------
// Titles, qualifications, skills

export const Level = Schema.Literal("junior", "intermediate", "associate-senior", "full-senior")
export type Level = typeof Level.Type
/** The two junior grades of the engineering series: 技术员 (员级) and 助理工程师 (助理级). */
export const JuniorGrade = Schema.Literal("technician", "assistant")
export type JuniorGrade = typeof JuniorGrade.Type

export const Route = Schema.Literal("evaluation", "recognition", "initial-determination", "adoption", "exam")
export type Route = typeof Route.Type

export const TitleHeld = Schema.Struct({
  series: Schema.String.pipe(Schema.minLength(1)), // "engineering" for 工程系列
  level: Level,
  grade: opt(JuniorGrade),
  specialty: opt(SafeText({ maxLength: 200 })),
  obtained: CivilDate,
  route: opt(Route),
  /** Appointed to a post of this title (聘用在相应岗位). */
  appointed: opt(Schema.Boolean),
}).annotations({ identifier: "TitleHeld" })
export type TitleHeld = typeof TitleHeld.Type

export const SkillLevel = Schema.Literal("senior-worker", "technician", "senior-technician") // 高级工 技师 高级技师
export type SkillLevel = typeof SkillLevel.Type
export const Skill = Schema.Struct({
  level: SkillLevel,
  obtained: CivilDate,
  kind: opt(Schema.Literal("vocational-qualification", "skill-level-certificate")),
}).annotations({ identifier: "Skill" })
export type Skill = typeof Skill.Type

/** 国家专业技术职业资格 held (for direct recognition, 001 item 8). */
export const ProfessionalQualification = Schema.Struct({
  name: SafeText({ maxLength: 200 }),
  obtained: CivilDate,
}).annotations({ identifier: "ProfessionalQualification" })
export type ProfessionalQualification = typeof ProfessionalQualification.Type

// ---------------------------------------------------------------------------------------------
// Work, insurance, continuing education, assessments

export const EmployerKind = Schema.Literal(
  "private-enterprise",
  "state-enterprise",
  "public-institution", // 事业单位
  "government-organ", // 党政机关（含参公管理单位）
  "social-organization",
  "self-employed", // 个体经济组织
  "freelance", // 自由职业
)
export type EmployerKind = typeof EmployerKind.Type

export const WorkKind = Schema.Literal("engineering-technical", "skill-technical", "management", "other")

export const WorkPeriod = Schema.Struct({
  employer: opt(SafeText({ maxLength: 200 })),
  employerKind: opt(EmployerKind),
  /** 工业企业: 002 is for private industrial enterprises. */
  industrial: opt(Schema.Boolean),
  /** Where the work is done (jurisdiction id, as fine as known). */
  place: opt(JurisdictionId),
  workKind: opt(WorkKind),
  specialty: opt(SafeText({ maxLength: 200 })),
  subSpecialty: opt(SafeText({ maxLength: 200 })),
  relatedness: opt(Relatedness),
  /** Hired through a labour-dispatch agency (劳务派遣). */
  labourDispatch: opt(Schema.Boolean),
  /** Posted by the employer to work in another place (被派驻外地); "no" = not posted; absent = unknown. */
  postedTo: opt(
    Schema.Union(Schema.Struct({ place: JurisdictionId, from: CivilDate }), Schema.Literal("no")),
  ),
  /** The employer is a Shaoxing adoption pilot unit (000 art. 5) with this specialty approved. */
  pilotUnit: opt(Schema.Boolean),
  from: CivilDate,
  to: Schema.Union(CivilDate, Present),
})
  .pipe(Schema.filter(endNotBeforeStart("a work period")))
  .annotations({ identifier: "WorkPeriod" })
export type WorkPeriod = typeof WorkPeriod.Type

export const PensionPeriod = Schema.Struct({
  kind: Schema.Literal("employee", "flexible"), // 企业职工 / 灵活就业
  from: YearMonth,
  to: Schema.Union(YearMonth, Present),
  place: opt(JurisdictionId),
})
  .pipe(Schema.filter(endNotBeforeStart("a pension-insurance period")))
  .annotations({ identifier: "PensionPeriod" })
export type PensionPeriod = typeof PensionPeriod.Type

export const ContinuingEducation = Schema.Struct({
  year: Schema.Int.pipe(Schema.between(1990, 2100)),
  category: Schema.Literal("general", "specialty"), // 公需课 / 专业课
  hours: Schema.Number.pipe(Schema.nonNegative()),
}).annotations({ identifier: "ContinuingEducation" })
export type ContinuingEducation = typeof ContinuingEducation.Type

export const AssessmentResult = Schema.Literal("excellent", "competent", "basically-competent", "incompetent")
export const Assessment = Schema.Struct({
  year: Schema.Int.pipe(Schema.between(1990, 2100)),
  result: AssessmentResult, // 优秀 / 合格（称职） / 基本合格 / 不合格
}).annotations({ identifier: "Assessment" })
export type Assessment = typeof Assessment.Type

// ---------------------------------------------------------------------------------------------
// Achievements

export const AwardLevel = Schema.Literal(
  "national",
  "ministerial",
  "provincial",
  "provincial-department", // 省厅（局）
  "city",
  "county",
  "enterprise",
)
export type AwardLevel = typeof AwardLevel.Type

export const Patent = Schema.Struct({
  kind: Schema.Literal("invention", "utility-model", "design"),
  rank: Schema.Int.pipe(Schema.positive()),
  granted: CivilDate,
}).annotations({ identifier: "Patent" })
export type Patent = typeof Patent.Type

export const SoftwareCopyright = Schema.Struct({
  rank: opt(Schema.Int.pipe(Schema.positive())),
  registered: CivilDate,
}).annotations({ identifier: "SoftwareCopyright" })
export type SoftwareCopyright = typeof SoftwareCopyright.Type

export const Award = Schema.Struct({
  kind: Schema.Literal(
    "natural-science",
    "sci-tech-progress",
    "invention",
    "excellent-design", // 优秀设计奖 / 优秀方案设计奖
    "quality-engineering", // 优良工程 / 优质工程
    "other",
  ),
  level: AwardLevel,
  grade: opt(Schema.Literal("special", "first", "second", "third", "other")),
  role: opt(Schema.Literal("main-contributor", "technical-lead", "participant")),
  date: CivilDate,
}).annotations({ identifier: "Award" })
export type Award = typeof Award.Type

export const Project = Schema.Struct({
  kind: Schema.Literal(
    "technology-innovation", // 技术创新项目
    "new-product", // 新产品
    "key-sci-tech", // 重大科技项目 / 科研 / 科技攻关
    "key-engineering", // 重点工程
    "other",
  ),
  level: AwardLevel,
  role: Schema.Literal("lead", "main", "participant"), // 主持 / 主要承担者 / 参与
  /** Run by a 市级重要骨干企业 (002 annex 1 §2.1 (1)). */
  keyEnterprise: opt(Schema.Boolean),
  date: CivilDate,
}).annotations({ identifier: "Project" })
export type Project = typeof Project.Type

export const Honour = Schema.Struct({
  kind: Schema.Literal(
    "model-worker", // 劳动模范
    "sci-tech-advanced-worker", // 科技先进工作者
    "tech-management-advanced-worker", // 技术管理先进工作者
    "excellent-specialist", // 优秀专门人才
    "talent-commendation", // 党委、政府表彰奖励的人才
    "other",
  ),
  level: AwardLevel,
  /** Conferred by a Party committee or government, not by an association or group. */
  byGovernment: opt(Schema.Boolean),
  date: CivilDate,
}).annotations({ identifier: "Honour" })
export type Honour = typeof Honour.Type

export const Paper = Schema.Struct({
  venue: Schema.Literal(
    "national-journal",
    "provincial-journal",
    "ministerial-conference",
    "provincial-conference",
    "other",
  ),
  date: CivilDate,
}).annotations({ identifier: "Paper" })
export type Paper = typeof Paper.Type

export const Post = Schema.Struct({
  kind: Schema.Literal(
    "technical-department-head", // 企业技术部门负责人
    "enterprise-technical-leader", // 分管技术的企业负责人
    "chief-technical-lead", // 主要技术负责人
    "city-innovation-team-core", // 市级创新团队核心人员
    "county-academic-leader", // 县级学术技术带头人
  ),
  /** For chief-technical-lead: the enterprise is a large/medium enterprise or a grade-2 construction enterprise. */
  enterpriseSize: opt(Schema.Literal("large-or-medium", "small", "construction-grade-2")),
  from: CivilDate,
  to: Schema.Union(CivilDate, Present),
})
  .pipe(Schema.filter(endNotBeforeStart("a post")))
  .annotations({ identifier: "Post" })
export type Post = typeof Post.Type

/** The employer's honour on 002 annex 2 and the applicant's role in the honoured project (exceptional B). */
export const EnterpriseHonour = Schema.Struct({
  level: Schema.Literal("national", "provincial"),
  /** Item number 1–8 of 002 annex 2. */
  listItem: Schema.Int.pipe(Schema.between(1, 8)),
  published: CivilDate,
  /** The applicant is the project's main technical lead (具体项目主要技术负责人). */
  mainTechnicalLead: opt(Schema.Boolean),
}).annotations({ identifier: "EnterpriseHonour" })
export type EnterpriseHonour = typeof EnterpriseHonour.Type

export const Achievements = Schema.Struct({
  patents: opt(Schema.Array(Patent)),
  softwareCopyrights: opt(Schema.Array(SoftwareCopyright)),
  awards: opt(Schema.Array(Award)),
  projects: opt(Schema.Array(Project)),
  honours: opt(Schema.Array(Honour)),
  papers: opt(Schema.Array(Paper)),
  posts: opt(Schema.Array(Post)),
  /**
   * 浙里工程师 platform: rank in last year's performance list (1 = first); "not-listed" = not on the
   * list; absent = unknown.
   */
  zheliEngineerRank: opt(
    Schema.Union(
      Schema.Struct({ year: Schema.Int, rank: Schema.Int.pipe(Schema.positive()) }),
      Schema.Literal("not-listed"),
    ),
  ),
  enterpriseHonours: opt(Schema.Array(EnterpriseHonour)),
  /** A person's statement for conditions that need review, keyed by condition id. */
  statements: opt(
    Schema.Record({ key: Schema.String, value: SafeText({ maxLength: 5000, multiline: true }) }),
  ),
}).annotations({ identifier: "Achievements" })
export type Achievements = typeof Achievements.Type

// ---------------------------------------------------------------------------------------------
// Status

/**
 * A fraud finding on the applicant's integrity record: the evaluation year in which the fraud
 * occurred and the day it was found (DOMAIN.md ruling 7). The banned years are derived from it by the
 * edition's rule (`IntegrityBan.bannedYears`), never typed. See `IntegrityBan.ts`.
 */
export const IntegrityBan = IntegrityBanModule.IntegrityBan
export type IntegrityBan = IntegrityBanModule.Finding

export const Status = Schema.Struct({
  retired: opt(Schema.Boolean),
  residency: opt(
    Schema.Literal(
      "mainland",
      "hk-macao-taiwan",
      "foreign-permanent-resident", // 外国人永久居留证
      "foreign-high-level-talent", // 海外高层次人才居住证
      "foreign-other",
    ),
  ),
  /**
   * Moved from a Party or government organ (incl. 参公管理单位) to an enterprise, on this date;
   * "never" = did not; absent = unknown.
   */
  movedFromGovernmentOrgan: opt(Schema.Union(CivilDate, Schema.Literal("never"))),
  /**
   * Moved from any non-enterprise unit to a technical post in an enterprise (003 §三(一)), on this
   * date; "never" = did not; absent = unknown.
   */
  movedFromNonEnterprise: opt(Schema.Union(CivilDate, Schema.Literal("never"))),
  /**
   * Left a university, research institute or hospital with approval to start a business or work
   * part-time; "no" = not on such leave; absent = unknown.
   */
  leaveToStartBusiness: opt(
    Schema.Union(
      Schema.Struct({ from: CivilDate, originalUnit: opt(SafeText({ maxLength: 200 })) }),
      Schema.Literal("no"),
    ),
  ),
  /** An (enterprise) postdoc; "no" = not a postdoc; absent = unknown. */
  enterprisePostdoc: opt(
    Schema.Union(
      Schema.Struct({
        fundedByPostdocFoundation: opt(Schema.Boolean), // 中国博士后科学基金资助
        ledProvincialProject: opt(Schema.Boolean), // 主持省部级以上科研项目
        leftStation: opt(CivilDate),
        stayedInEnterprise: opt(Schema.Boolean),
      }),
      Schema.Literal("no"),
    ),
  ),
  /** Recognised as high-level talent by the enterprise and the authorities (引进的高层次人才). */
  highLevelTalent: opt(Schema.Boolean),
  /** 山东惠才卡 / 威海英才卡 holder. */
  talentCard: opt(Schema.Boolean),
  /** Series whose titles are obtained by examination only (以考代评). */
  examInsteadOfEvaluation: opt(Schema.Boolean),
  integrityBans: opt(Schema.Array(IntegrityBan)),
}).annotations({ identifier: "Status" })
export type Status = typeof Status.Type

// ---------------------------------------------------------------------------------------------

export const Profile = Schema.Struct({
  residentId: opt(ResidentId),
  name: opt(PersonName),
  birthDate: opt(CivilDate),
  education: opt(Schema.Array(Education)),
  titles: opt(Schema.Array(TitleHeld)),
  skills: opt(Schema.Array(Skill)),
  qualifications: opt(Schema.Array(ProfessionalQualification)),
  /** 考评结合 series: exam passed for this series and level. */
  examPasses: opt(Schema.Array(Schema.Struct({ series: Schema.String, level: Level, date: CivilDate }))),
  work: opt(Schema.Array(WorkPeriod)),
  pension: opt(Schema.Array(PensionPeriod)),
  continuingEducation: opt(Schema.Array(ContinuingEducation)),
  assessments: opt(Schema.Array(Assessment)),
  achievements: opt(Achievements),
  status: opt(Status),
}).annotations({ identifier: "Profile", description: "An applicant's profile; an absent field is unknown" })
export type Profile = typeof Profile.Type
