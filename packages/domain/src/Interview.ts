/**
 * The interview: one question for every profile field a track can report missing, so the site and
 * the counter ask only what can still change an answer, in the words of the domain.
 *
 * Answers are a flat record of strings (`{ "edu-level": "bachelor", "work-start": "2015-07-01" }`),
 * so they fit a URL query string and a form. `toProfile` turns them into the engine's profile, with
 * every unanswered question left unknown (never false, zero or "none"); `next` reads a report and
 * gives the questions whose answer could still change a track that waits (incomplete or to be
 * reviewed), the ones that unblock most tracks first.
 *
 * The interview describes one person simply: the highest education, the highest title, the current
 * job (one work period from its start to the present), pension insurance since a month. Earlier jobs,
 * several titles and the details of achievements are for the clerk with the person's records; a
 * question whose answer leaves details to the clerk says so (`open`). Where the person is asked
 * (jurisdiction) and the day asked are separate inputs to the engine, not answers.
 *
 * Browser-safe and small: it imports no edition, only the list of places.
 */
import type { Citation } from "./Citation.ts"
import * as CivilDate from "./CivilDate.ts"
import type * as C from "./Condition.ts"
import type { Report } from "./Eligibility.ts"
import type { Label } from "./Labels.ts"
import * as Labels from "./Labels.ts"
import type {
  AssessmentResult as AssessmentResultSchema,
  Degree,
  Education,
  EducationLevel,
  EmployerKind,
  Profile,
  SkillLevel,
  Status,
  TitleHeld,
  WorkPeriod,
} from "./Profile.ts"
import { JURISDICTIONS } from "./places/jurisdictions.ts"

/** A question's stable, URL-safe id: `edu-level`, `work-start`. */
export type QuestionId = string

/** The answers so far, by question id; a missing key is a question not answered. */
export type Answers = Readonly<Record<QuestionId, string>>

export type AnswerKind =
  | {
      readonly kind: "choice"
      readonly options: ReadonlyArray<{ readonly value: string; readonly label: Label }>
    }
  | { readonly kind: "yes-no" }
  /** `YYYY-MM-DD`. */
  | { readonly kind: "date" }
  /** `YYYY-MM`. */
  | { readonly kind: "year-month" }
  /** A whole number from `min` to `max`. */
  | { readonly kind: "number"; readonly min: number; readonly max: number; readonly unit: Label }

export interface Question {
  readonly id: QuestionId
  /** The profile paths it settles, as the engine reports them in `TrackResult.missing`. */
  readonly fields: ReadonlyArray<string>
  /** The question, for an h1 or legend. */
  readonly text: Label
  /** Why it is asked, in plain words. */
  readonly help: Label
  /**
   * The clauses that need it. Empty in `questions`; `next` fills them from the report it reads —
   * the clauses of the conditions there that wait for this question's fields.
   */
  readonly citations: ReadonlyArray<Citation>
  readonly answer: AnswerKind
  /** Asked only after question `id` was answered with one of `values` (a follow-up). */
  readonly dependsOn?: { readonly id: QuestionId; readonly values: ReadonlyArray<string> }
  /** Answering `value` leaves the details to the clerk: the fields stay open and `note` says what to bring. */
  readonly open?: { readonly value: string; readonly note: Label }
}

// ---------------------------------------------------------------------------------------------
// Building blocks

const l = (zh: string, en: string): Label => ({ zh, en })

const YES_NO: AnswerKind = { kind: "yes-no" }
const DATE: AnswerKind = { kind: "date" }

const choice = (options: ReadonlyArray<readonly [string, Label]>): AnswerKind => ({
  kind: "choice",
  options: options.map(([value, label]) => ({ value, label })),
})
/** The options of a choice, from a record of the domain's labels (keyed by the schema's literals, in order). */
const fromLabels = <K extends string>(
  labels: Readonly<Record<K, Label>>,
): ReadonlyArray<readonly [K, Label]> => (Object.keys(labels) as Array<K>).map((k) => [k, labels[k]] as const)
const keys = <K extends string>(labels: Readonly<Record<K, Label>>): ReadonlyArray<K> =>
  Object.keys(labels) as Array<K>

const NONE = l("没有", "None")

interface Spec extends Omit<Question, "citations"> {}

const q = (spec: Spec): Question => ({ ...spec, citations: [] })

const ifYes = (id: QuestionId) => ({ id, values: ["yes"] })

/** The other places of a jurisdiction with children ("elsewhere in Zhejiang") get an id of their own. */
const OTHER = "other"
const placeOptions: ReadonlyArray<readonly [string, Label]> = [
  ...JURISDICTIONS.filter((j) => j.id !== "cn").map((j) => {
    const hasChildren = JURISDICTIONS.some((k) => k.parent === j.id)
    return hasChildren
      ? ([`${j.id}-${OTHER}`, l(`${j.name.zh}其他地区`, `Elsewhere in ${j.name.en}`)] as const)
      : ([j.id, j.name] as const)
  }),
  [`cn-${OTHER}`, l("其他省份", "Another province")],
]

/** The specialties the documents name (Shaoxing adoption, Annex 2; Shangyu 一(一)), and "other". */
const SPECIALTIES: ReadonlyArray<readonly [string, Label]> = [
  ["mechanical-electrical-manufacturing", l("机电制造", "Mechanical & electrical manufacturing")],
  ["information-technology", l("信息技术", "Information technology")],
  ["petrochemical", l("石化", "Petrochemicals")],
  ["pharmaceutical", l("医药", "Pharmaceuticals")],
  ["materials", l("材料", "Materials")],
  ["light-textile", l("轻纺", "Light industry & textiles")],
  [OTHER, l("其他专业", "Another specialty")],
]
const SUB_SPECIALTIES: ReadonlyArray<readonly [string, Label]> = [
  ["technology-development", l("技术开发", "Technology development")],
  ["design-development", l("设计开发", "Design development")],
  ["production-manufacturing", l("生产制造", "Production & manufacturing")],
  ["system-integration", l("系统集成", "System integration")],
  ["technical-service", l("技术服务", "Technical service")],
  [OTHER, l("其他", "Other")],
]

/**
 * The window Shangyu 2023 counts continuing education in (一(二)4) and the assessment years it reads
 * (附件1 二(三), as 附件3 item 9 names them): the only edition that asks for either. A test keeps
 * these equal to the edition's settings.
 */
export const CONTINUING_EDUCATION_YEARS = { from: 2021, to: 2023 } as const
export const ASSESSMENT_YEARS: ReadonlyArray<number> = [2020, 2021, 2022]

type AssessmentResult = typeof AssessmentResultSchema.Type
const ASSESSMENT_RESULTS: ReadonlyArray<readonly [AssessmentResult | "none", Label]> = [
  ["excellent", l("优秀", "Excellent")],
  ["competent", l("合格（称职）", "Competent")],
  ["basically-competent", l("基本合格（基本称职）", "Basically competent")],
  ["incompetent", l("不合格（不称职）", "Incompetent")],
  ["none", l("当年未考核", "Not assessed that year")],
]

const TITLE_OPTIONS: ReadonlyArray<readonly [string, Label]> = [
  ["none", l("没有职称", "No title")],
  ["technician", Labels.titleName("junior", "technician")],
  ["assistant", Labels.titleName("junior", "assistant")],
  ["intermediate", Labels.titleName("intermediate")],
  ["associate-senior", Labels.titleName("associate-senior")],
  ["full-senior", Labels.titleName("full-senior")],
]

const LEVEL_OPTIONS: ReadonlyArray<readonly [string, Label]> = [
  ["none", l("没有通过", "None passed")],
  ...fromLabels(Labels.level),
]

const BRING = (zh: string, en: string) =>
  l(`请带上${zh}到窗口，由工作人员核对细节。`, `Bring ${en} to the counter; a clerk checks the details.`)

// ---------------------------------------------------------------------------------------------
// The questions, in the order a person would be asked them when nothing else decides

export const questions: ReadonlyArray<Question> = [
  // The current job
  q({
    id: "work-start",
    fields: ["work"],
    text: l("您何时开始现在这份工作？", "When did you start your current job?"),
    help: l(
      "专业工作年限从这里算起。以前的工作请在窗口由工作人员按记录核算。",
      "Years of work in your specialty are counted from here. A clerk counts earlier jobs from your records.",
    ),
    answer: DATE,
  }),
  q({
    id: "work-place",
    fields: ["work[].place"],
    text: l("您在哪里工作？", "Where do you work?"),
    help: l("各地的文件只适用于在当地工作的人员。", "Each place's documents apply to people who work there."),
    answer: choice(placeOptions),
  }),
  q({
    id: "work-employer-kind",
    fields: ["work[].employerKind"],
    text: l("您的工作单位是什么性质？", "What kind of employer do you work for?"),
    help: l(
      "民营企业职称政策只适用于非公有制经济组织的人员。",
      "The private-enterprise title rules apply to people in non-public economic organisations.",
    ),
    answer: choice(fromLabels(Labels.employerKind)),
  }),
  q({
    id: "work-industrial",
    fields: ["work[].industrial"],
    text: l("您的单位是工业企业吗？", "Is your employer an industrial enterprise?"),
    help: l("上虞区的文件面向民营工业企业。", "Shangyu's document is for private industrial enterprises."),
    answer: YES_NO,
  }),
  q({
    id: "work-kind",
    fields: ["work[].workKind"],
    text: l("您现在做的是哪类工作？", "What kind of work do you do?"),
    help: l("工程系列职称要求从事工程技术工作。", "An engineering title needs engineering-technical work."),
    answer: choice(fromLabels(Labels.workKind)),
  }),
  q({
    id: "work-related",
    fields: ["work[].relatedness"],
    text: l(
      "您的工作与申报的专业相同或相近吗？",
      "Is your work in the specialty you apply in, or a similar one?",
    ),
    help: l("专业不对口的，工作年限要求可能增加。", "Work outside the specialty may need more years."),
    answer: YES_NO,
  }),
  q({
    id: "work-specialty",
    fields: ["work[].specialty"],
    text: l("您从事哪个专业？", "What is your specialty?"),
    help: l(
      "有的文件只面向所列专业（如机电制造、信息技术）。",
      "Some documents are only for the specialties they list (e.g. mechanical & electrical manufacturing, IT).",
    ),
    answer: choice(SPECIALTIES),
  }),
  q({
    id: "work-sub-specialty",
    fields: ["work[].subSpecialty"],
    text: l("您从事机电制造的哪个方向？", "Which branch of mechanical & electrical manufacturing?"),
    help: l("上虞区的文件列出了五个方向。", "Shangyu's document lists five branches."),
    answer: choice(SUB_SPECIALTIES),
    dependsOn: { id: "work-specialty", values: ["mechanical-electrical-manufacturing"] },
  }),
  q({
    id: "work-labour-dispatch",
    fields: ["work[].labourDispatch"],
    text: l("您是劳务派遣人员吗？", "Are you employed through a labour-dispatch agency?"),
    help: l("劳务派遣人员在哪里申报另有规定。", "Where dispatched workers apply is ruled separately."),
    answer: YES_NO,
  }),
  q({
    id: "work-posted",
    fields: ["work[].postedTo"],
    text: l("您是否被单位派驻外地工作？", "Has your employer posted you to work in another place?"),
    help: l("被派驻外地的人员可在工作所在地申报。", "People posted elsewhere may apply where they work."),
    answer: YES_NO,
  }),
  q({
    id: "work-posted-place",
    fields: ["work[].postedTo"],
    text: l("您被派驻到哪里？", "Where have you been posted?"),
    help: l("派驻地决定您可在哪里申报。", "The place you are posted to decides where you may apply."),
    answer: choice(placeOptions),
    dependsOn: ifYes("work-posted"),
  }),
  q({
    id: "work-posted-from",
    fields: ["work[].postedTo"],
    text: l("您从哪天起被派驻？", "Since when have you been posted there?"),
    help: l("派驻时间有时计入年限要求。", "The time posted can count towards a length of stay."),
    answer: DATE,
    dependsOn: ifYes("work-posted"),
  }),
  q({
    id: "work-pilot-unit",
    fields: ["work[].pilotUnit"],
    text: l("您的单位是绍兴市职称采认试点单位吗？", "Is your employer a Shaoxing title-adoption pilot unit?"),
    help: l("职称采认只在经批准的试点单位进行。", "Titles are adopted only at approved pilot units."),
    answer: YES_NO,
  }),
  // Education
  q({
    id: "edu-level",
    fields: ["education"],
    text: l("您的最高学历是什么？", "What is your highest education?"),
    help: l("学历决定需要的工作年限。", "Your education decides how many years of work you need."),
    answer: choice(fromLabels(Labels.educationLevel)),
  }),
  q({
    id: "edu-degree",
    fields: ["education[].degree"],
    text: l("您获得了什么学位？", "What degree did you obtain?"),
    help: l(
      "学位与学历分开计算（如“获得硕士学位”）。",
      "A degree counts apart from the level (e.g. “holds a master's degree”).",
    ),
    answer: choice(fromLabels(Labels.degree)),
    dependsOn: {
      id: "edu-level",
      values: keys(Labels.educationLevel).filter((x) => x !== "high-school-or-below"),
    },
  }),
  q({
    id: "edu-full-time",
    fields: ["education[].fullTime"],
    text: l("是全日制学历吗？", "Was it full-time study?"),
    help: l("有的条款只认全日制学历。", "Some clauses count only full-time study."),
    answer: YES_NO,
  }),
  q({
    id: "edu-related",
    fields: ["education[].relatedness"],
    text: l("所学专业与申报专业相同或相近吗？", "Is what you studied your specialty, or a similar one?"),
    help: l("所学专业对口时，年限要求可能较短。", "A related major may need fewer years."),
    answer: YES_NO,
  }),
  q({
    id: "edu-graduated",
    fields: ["education[].graduated"],
    text: l("您何时毕业？", "When did you graduate?"),
    help: l("有的年限从毕业算起。", "Some lengths of time count from graduation."),
    answer: DATE,
  }),
  // Titles
  q({
    id: "title",
    fields: ["titles", "titles[].grade"],
    text: l("您现在的最高工程系列职称是什么？", "What is your highest engineering title now?"),
    help: l("晋升要求先取得下一级职称。", "A promotion needs the title one level below."),
    answer: choice(TITLE_OPTIONS),
  }),
  q({
    id: "title-obtained",
    fields: ["titles"],
    text: l("您何时取得这个职称？", "When did you obtain that title?"),
    help: l("任职年限从取得职称之日算起。", "Years in a title count from the day it was obtained."),
    answer: DATE,
    dependsOn: { id: "title", values: TITLE_OPTIONS.map(([v]) => v).filter((v) => v !== "none") },
  }),
  q({
    id: "title-appointed",
    fields: ["titles[].appointed"],
    text: l("您被聘用在这个职称的岗位上吗？", "Are you appointed to a post of that title?"),
    help: l("有的条款要求聘用在相应岗位。", "Some clauses need an appointment to the corresponding post."),
    answer: YES_NO,
    dependsOn: { id: "title", values: TITLE_OPTIONS.map(([v]) => v).filter((v) => v !== "none") },
  }),
  // Skills, qualifications, exams
  q({
    id: "skill",
    fields: ["skills"],
    text: l("您取得的最高职业技能等级是什么？", "What is your highest vocational skill level?"),
    help: l("技能人才可以申报工程系列职称。", "Skilled workers may apply for an engineering title."),
    answer: choice([["none", NONE], ...fromLabels(Labels.skillLevel)]),
  }),
  q({
    id: "skill-obtained",
    fields: ["skills"],
    text: l("您何时取得这个技能等级？", "When did you obtain that skill level?"),
    help: l("年限从取得之日算起。", "Years count from the day it was obtained."),
    answer: DATE,
    dependsOn: { id: "skill", values: keys(Labels.skillLevel) },
  }),
  q({
    id: "qualification",
    fields: ["qualifications"],
    text: l("您取得了国家专业技术职业资格吗？", "Do you hold a national professional qualification?"),
    help: l(
      "取得职业资格可以直接认定相应职称。",
      "A professional qualification can be recognised as the corresponding title.",
    ),
    answer: YES_NO,
  }),
  q({
    id: "qualification-obtained",
    fields: ["qualifications"],
    text: l("您何时取得这项职业资格？", "When did you obtain it?"),
    help: l("认定以证书为准。", "Recognition goes by the certificate."),
    answer: DATE,
    dependsOn: ifYes("qualification"),
  }),
  q({
    id: "exam-pass",
    fields: ["examPasses"],
    text: l(
      "您通过了哪个级别的工程系列资格考试？",
      "Which level of the engineering qualification exam have you passed?",
    ),
    help: l("考评结合的系列需要先通过考试。", "Series that combine exam and evaluation need the exam first."),
    answer: choice(LEVEL_OPTIONS),
  }),
  q({
    id: "exam-pass-date",
    fields: ["examPasses"],
    text: l("您何时通过考试？", "When did you pass it?"),
    help: l("以成绩合格证的日期为准。", "The date on the certificate of passing counts."),
    answer: DATE,
    dependsOn: { id: "exam-pass", values: ["junior", "intermediate", "associate-senior", "full-senior"] },
  }),
  // Pension insurance, continuing education, assessments
  q({
    id: "pension",
    fields: ["pension"],
    text: l("您现在缴纳哪种基本养老保险？", "Which basic pension insurance do you pay now?"),
    help: l(
      "有的条款要求在当地缴纳养老保险满一定年限。",
      "Some clauses need pension insurance paid locally for some years.",
    ),
    answer: choice([
      ["employee", l("企业职工基本养老保险", "Employee pension insurance")],
      ["flexible", l("灵活就业人员养老保险", "Flexible-employment pension insurance")],
      ["none", l("没有缴纳", "None")],
    ]),
  }),
  q({
    id: "pension-since",
    fields: ["pension"],
    text: l("您从哪个月起连续缴纳至今？", "Since which month have you paid it without a break?"),
    help: l("按月计算缴费年限。", "Contributions are counted by month."),
    answer: { kind: "year-month" },
    dependsOn: { id: "pension", values: ["employee", "flexible"] },
  }),
  q({
    id: "ce-specialty-hours",
    fields: ["continuingEducation"],
    text: l(
      `${CONTINUING_EDUCATION_YEARS.from}—${CONTINUING_EDUCATION_YEARS.to}年您完成了多少学时的专业课继续教育？`,
      `How many hours of specialty continuing education did you complete in ${CONTINUING_EDUCATION_YEARS.from}–${CONTINUING_EDUCATION_YEARS.to}?`,
    ),
    help: l(
      "申报需要近三年的继续教育学时。",
      "An application needs the last three years' continuing-education hours.",
    ),
    answer: { kind: "number", min: 0, max: 5000, unit: l("学时", "hours") },
  }),
  q({
    id: "ce-general-hours",
    fields: ["continuingEducation"],
    text: l(
      `${CONTINUING_EDUCATION_YEARS.from}—${CONTINUING_EDUCATION_YEARS.to}年您完成了多少学时的公需课？`,
      `How many hours of general (public) courses did you complete in ${CONTINUING_EDUCATION_YEARS.from}–${CONTINUING_EDUCATION_YEARS.to}?`,
    ),
    help: l("公需课与专业课分别计算。", "General and specialty courses are counted apart."),
    answer: { kind: "number", min: 0, max: 5000, unit: l("学时", "hours") },
  }),
  ...ASSESSMENT_YEARS.map((year) =>
    q({
      id: `assessment-${year}`,
      fields: ["assessments"],
      text: l(`您${year}年度考核结果是什么？`, `What was your ${year} annual assessment?`),
      help: l(
        "申报需要近三年每年考核合格以上。",
        "An application needs competent or better in each of the last three years.",
      ),
      answer: choice(ASSESSMENT_RESULTS),
    }),
  ),
  // Status
  q({
    id: "residency",
    fields: ["status.residency"],
    text: l("您的身份是？", "What is your residency status?"),
    help: l(
      "外籍人员须持永久居留证或高层次人才居住证。",
      "A foreigner needs a permanent-residence card or a high-level-talent residence permit.",
    ),
    answer: choice([
      ["mainland", l("内地居民", "Mainland resident")],
      ["hk-macao-taiwan", l("港澳台居民", "Hong Kong, Macao or Taiwan resident")],
      [
        "foreign-permanent-resident",
        l("外国人（持永久居留证）", "Foreigner with a permanent-residence card"),
      ],
      [
        "foreign-high-level-talent",
        l("外国人（持海外高层次人才居住证）", "Foreigner with a high-level-talent residence permit"),
      ],
      ["foreign-other", l("其他外国人", "Other foreigner")],
    ]),
  }),
  q({
    id: "retired",
    fields: ["status.retired"],
    text: l("您已经退休了吗？", "Have you retired?"),
    help: l("离退休人员不能申报。", "Retired people may not apply."),
    answer: YES_NO,
  }),
  q({
    id: "integrity",
    fields: ["status.integrityBans"],
    text: l(
      "您是否曾因申报职称弄虚作假被查处？",
      "Have you ever been found to have falsified a title application?",
    ),
    help: l(
      "弄虚作假的，从评审次年起若干年内不得申报。",
      "Fraud bars applying for some years from the year after the evaluation.",
    ),
    answer: YES_NO,
  }),
  q({
    id: "integrity-year",
    fields: ["status.integrityBans"],
    text: l("弄虚作假发生在哪一年度的评审？", "In which year's evaluation did it happen?"),
    help: l(
      "禁止申报的年份从该年度的次年算起。",
      "The banned years count from the year after that evaluation.",
    ),
    answer: { kind: "number", min: 1990, max: 2100, unit: l("年度", "evaluation year") },
    dependsOn: ifYes("integrity"),
  }),
  q({
    id: "integrity-found-on",
    fields: ["status.integrityBans"],
    text: l("何时被查处？", "When was it found?"),
    help: l("以处理决定的日期为准。", "The date of the decision counts."),
    answer: DATE,
    dependsOn: ifYes("integrity"),
  }),
  q({
    id: "moved-from-organ",
    fields: ["status.movedFromGovernmentOrgan"],
    text: l(
      "您是否从党政机关（含参公管理单位）调入企业？",
      "Did you move to an enterprise from a Party or government organ?",
    ),
    help: l(
      "从机关调入企业的，申报有专门规定。",
      "People who moved from an organ apply under particular rules.",
    ),
    answer: YES_NO,
  }),
  q({
    id: "moved-from-organ-on",
    fields: ["status.movedFromGovernmentOrgan"],
    text: l("您何时调入企业？", "When did you move?"),
    help: l("有的年限从调入之日算起。", "Some lengths of time count from the move."),
    answer: DATE,
    dependsOn: ifYes("moved-from-organ"),
  }),
  q({
    id: "moved-from-non-enterprise",
    fields: ["status.movedFromNonEnterprise"],
    text: l(
      "您是否从事业单位等非企业单位调入企业专业技术岗位？",
      "Did you move to a technical post in an enterprise from a non-enterprise unit?",
    ),
    help: l(
      "从非企业单位调入的，可按规定确认职称。",
      "People who moved from a non-enterprise unit can have their title confirmed.",
    ),
    answer: YES_NO,
  }),
  q({
    id: "moved-from-non-enterprise-on",
    fields: ["status.movedFromNonEnterprise"],
    text: l("您何时调入？", "When did you move?"),
    help: l("确认有时限要求。", "The confirmation has a time limit."),
    answer: DATE,
    dependsOn: ifYes("moved-from-non-enterprise"),
  }),
  q({
    id: "leave",
    fields: ["status.leaveToStartBusiness"],
    text: l(
      "您是否经批准从高校、科研院所或医院离岗创业或兼职？",
      "Are you on approved leave from a university, institute or hospital to start a business or work part-time?",
    ),
    help: l(
      "离岗创业人员3年内可在原单位申报。",
      "People on such leave may apply at their original unit within 3 years.",
    ),
    answer: YES_NO,
  }),
  q({
    id: "leave-from",
    fields: ["status.leaveToStartBusiness"],
    text: l("离岗从哪天开始？", "When did the leave start?"),
    help: l("3年从批准离岗之日算起。", "The 3 years count from the start of the approved leave."),
    answer: DATE,
    dependsOn: ifYes("leave"),
  }),
  q({
    id: "postdoc",
    fields: ["status.enterprisePostdoc"],
    text: l("您是（或曾是）企业博士后吗？", "Are (or were) you an enterprise postdoctoral researcher?"),
    help: l("企业博士后出站后可按规定申报。", "Enterprise postdocs may apply after leaving the station."),
    answer: YES_NO,
  }),
  q({
    id: "postdoc-funded",
    fields: ["status.enterprisePostdoc.fundedByPostdocFoundation"],
    text: l(
      "您获得过中国博士后科学基金资助吗？",
      "Did you receive China Postdoctoral Science Foundation funding?",
    ),
    help: l(
      "资助或主持省部级项目是条件之一。",
      "Funding, or leading a provincial project, is one of the conditions.",
    ),
    answer: YES_NO,
    dependsOn: ifYes("postdoc"),
  }),
  q({
    id: "postdoc-led-project",
    fields: ["status.enterprisePostdoc.ledProvincialProject"],
    text: l(
      "您主持过省部级以上科研项目吗？",
      "Have you led a research project at provincial level or above?",
    ),
    help: l(
      "资助或主持省部级项目是条件之一。",
      "Funding, or leading a provincial project, is one of the conditions.",
    ),
    answer: YES_NO,
    dependsOn: ifYes("postdoc"),
  }),
  q({
    id: "postdoc-left-station",
    fields: ["status.enterprisePostdoc.leftStation"],
    text: l("您何时出站（或预计何时出站）？", "When did (or will) you leave the postdoctoral station?"),
    help: l("出站后才能申报。", "You may apply once you have left the station."),
    answer: DATE,
    dependsOn: ifYes("postdoc"),
  }),
  q({
    id: "postdoc-stayed",
    fields: ["status.enterprisePostdoc.stayedInEnterprise"],
    text: l("出站后您留在企业工作吗？", "Do you stay in the enterprise after leaving the station?"),
    help: l("出站后留在企业的才适用。", "It applies to those who stay in the enterprise."),
    answer: YES_NO,
    dependsOn: ifYes("postdoc"),
  }),
  q({
    id: "high-level-talent",
    fields: ["status.highLevelTalent"],
    text: l(
      "您是企业引进并经认定的高层次人才吗？",
      "Are you high-level talent recruited by your enterprise and recognised by the authorities?",
    ),
    help: l(
      "高层次人才可直接申报相应职称。",
      "High-level talent may apply directly for the corresponding title.",
    ),
    answer: YES_NO,
  }),
  q({
    id: "talent-card",
    fields: ["status.talentCard"],
    text: l(
      "您持有山东惠才卡或威海英才卡吗？",
      "Do you hold a Shandong Huicai or Weihai Yingcai talent card?",
    ),
    help: l("持卡人才可走绿色通道。", "Card holders may use the green channel."),
    answer: YES_NO,
  }),
  q({
    id: "exam-only-series",
    fields: ["status.examInsteadOfEvaluation"],
    text: l(
      "您的专业是否属于以考代评（只能通过考试取得职称）的专业？",
      "Is your specialty one where titles are obtained by exam only (以考代评)?",
    ),
    help: l("以考代评的专业不参加评审。", "Exam-only specialties are not evaluated."),
    answer: YES_NO,
  }),
  // Achievements: "no" settles them; "yes" leaves the details to the clerk
  ...(
    [
      [
        "patents",
        ["achievements.patents", "achievements.patents[].rank"],
        l("专利", "patents"),
        l("专利证书", "the patent certificates"),
      ],
      [
        "software-copyrights",
        ["achievements.softwareCopyrights", "achievements.softwareCopyrights[].rank"],
        l("软件著作权", "software copyrights"),
        l("软件著作权登记证书", "the software-copyright registrations"),
      ],
      [
        "awards",
        ["achievements.awards", "achievements.awards[].grade", "achievements.awards[].role"],
        l("科技奖项", "science and technology awards"),
        l("获奖证书", "the award certificates"),
      ],
      [
        "projects",
        ["achievements.projects", "achievements.projects[].keyEnterprise"],
        l("主持或主要承担的技术项目", "technical projects you led or mainly carried out"),
        l("项目立项和验收材料", "the project approvals and acceptance papers"),
      ],
      [
        "honours",
        ["achievements.honours", "achievements.honours[].byGovernment"],
        l("荣誉称号或表彰", "honours or commendations"),
        l("表彰文件", "the commendation documents"),
      ],
      ["papers", ["achievements.papers"], l("发表的论文", "published papers"), l("论文刊物", "the journals")],
      [
        "posts",
        ["achievements.posts", "achievements.posts[].enterpriseSize"],
        l("技术负责人等职务（如技术部门负责人）", "posts such as head of the technical department"),
        l("任职文件", "the appointment documents"),
      ],
      [
        "enterprise-honours",
        ["achievements.enterpriseHonours", "achievements.enterpriseHonours[].mainTechnicalLead"],
        l(
          "所在企业获得的国家或省级荣誉（附件2所列）",
          "national or provincial honours of your enterprise (Annex 2 list)",
        ),
        l("荣誉文件及您的项目分工证明", "the honour documents and proof of your role"),
      ],
    ] as const
  ).map(([id, fields, what, bring]) =>
    q({
      id,
      fields,
      text: l(`您有${what.zh}吗？`, `Do you have ${what.en}?`),
      help: l(
        `破格申报可以用${what.zh}代替部分条件。`,
        `Exceptional applications can rest on ${what.en} instead of some conditions.`,
      ),
      answer: YES_NO,
      open: { value: "yes", note: BRING(bring.zh, bring.en) },
    }),
  ),
  q({
    id: "zheli",
    fields: ["achievements.zheliEngineerRank"],
    text: l(
      "您在“浙里工程师”平台业绩清单上有排名吗？",
      "Are you ranked on the 浙里工程师 platform's performance list?",
    ),
    help: l("上年度排名前十的可破格申报。", "The top ten of last year's list may apply as an exception."),
    answer: YES_NO,
  }),
  q({
    id: "zheli-year",
    fields: ["achievements.zheliEngineerRank"],
    text: l("是哪一年度的清单？", "Which year's list?"),
    help: l("只看上一年度的清单。", "Only last year's list counts."),
    answer: { kind: "number", min: 2000, max: 2100, unit: l("年度", "year") },
    dependsOn: ifYes("zheli"),
  }),
  q({
    id: "zheli-rank",
    fields: ["achievements.zheliEngineerRank"],
    text: l("您排第几名？", "What was your rank?"),
    help: l("排名前十的可破格申报。", "The top ten may apply as an exception."),
    answer: { kind: "number", min: 1, max: 100000, unit: l("名", "place") },
    dependsOn: ifYes("zheli"),
  }),
]

const byId: ReadonlyMap<string, Question> = new Map(questions.map((x) => [x.id, x]))

/** The question with this id, if there is one. */
export const question = (id: string): Question | undefined => byId.get(id)

// ---------------------------------------------------------------------------------------------
// Checking one answer

export type Checked =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly message: Label }

const YEAR_MONTH = /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/

/** Validates one raw answer: the normalised string, or a message naming the rule broken. */
export const check = (question: Question, raw: string): Checked => {
  const v = typeof raw === "string" ? raw.trim() : ""
  const a = question.answer
  switch (a.kind) {
    case "choice":
      return a.options.some((o) => o.value === v)
        ? { ok: true, value: v }
        : { ok: false, message: l("请从列出的选项中选择一项。", "Choose one of the options listed.") }
    case "yes-no": {
      const x = v.toLowerCase()
      return x === "yes" || x === "no"
        ? { ok: true, value: x }
        : { ok: false, message: l("请回答“是”或“否”。", "Answer yes or no.") }
    }
    case "date":
      return CivilDate.isCivilDate(v) && v >= "1900-01-01" && v <= "2100-12-31"
        ? { ok: true, value: v }
        : {
            ok: false,
            message: l(
              "请填写真实存在的日期，格式为 年-月-日，如 2015-07-01。",
              "Give a real date written YYYY-MM-DD, such as 2015-07-01.",
            ),
          }
    case "year-month":
      return YEAR_MONTH.test(v)
        ? { ok: true, value: v }
        : {
            ok: false,
            message: l(
              "请填写年月，格式为 年-月，如 2015-07。",
              "Give a month written YYYY-MM, such as 2015-07.",
            ),
          }
    case "number": {
      const n = /^\d+$/.test(v) ? Number(v) : Number.NaN
      return Number.isSafeInteger(n) && n >= a.min && n <= a.max
        ? { ok: true, value: String(n) }
        : {
            ok: false,
            message: l(
              `请填写 ${a.min} 到 ${a.max} 之间的整数（${a.unit.zh}）。`,
              `Give a whole number from ${a.min} to ${a.max} (${a.unit.en}).`,
            ),
          }
    }
  }
}

/**
 * Rules between answers: a fraud cannot be found before the evaluation in which it occurred
 * (DOMAIN.md ruling 7). Each names the two questions and is checked from either side.
 */
const BETWEEN: ReadonlyArray<{
  readonly ids: readonly [QuestionId, QuestionId]
  readonly ok: (a: string, b: string) => boolean
  readonly message: Label
}> = [
  {
    ids: ["integrity-year", "integrity-found-on"],
    ok: (year, foundOn) => Number(foundOn.slice(0, 4)) >= Number(year),
    message: l(
      "查处日期不能早于弄虚作假发生的评审年度。",
      "It cannot have been found before the evaluation year in which it happened.",
    ),
  },
]

/**
 * `check`, then the rules between this answer and the others already given: what a form calls on
 * submit, so that a pair of answers that cannot both be true is refused with a message.
 */
export const checkWith = (question: Question, raw: string, answers: Answers): Checked => {
  const c = check(question, raw)
  if (!c.ok) return c
  for (const rule of BETWEEN) {
    const [x, y] = rule.ids
    if (question.id !== x && question.id !== y) continue
    const other = answerTo(answers, question.id === x ? y : x)
    if (other === undefined) continue
    const okay = question.id === x ? rule.ok(c.value, other) : rule.ok(other, c.value)
    if (!okay) return { ok: false, message: rule.message }
  }
  return c
}

/** The valid answer to question `id`, or undefined when it is unanswered or invalid. */
const answerTo = (answers: Answers, id: QuestionId): string | undefined => {
  const raw = answers[id]
  const qn = byId.get(id)
  if (raw === undefined || qn === undefined) return undefined
  const c = check(qn, raw)
  return c.ok ? c.value : undefined
}

/** Whether a question is to be asked given the answers (a follow-up only after its trigger). */
export const relevant = (question: Question, answers: Answers): boolean => {
  const d = question.dependsOn
  if (d === undefined) return true
  const v = answerTo(answers, d.id)
  return v !== undefined && d.values.includes(v)
}

// ---------------------------------------------------------------------------------------------
// Answers → profile

const yesNo = (answers: Answers, id: QuestionId): boolean | undefined => {
  const v = answerTo(answers, id)
  return v === undefined ? undefined : v === "yes"
}
const date = (answers: Answers, id: QuestionId): CivilDate.CivilDate | undefined => {
  const v = answerTo(answers, id)
  return v === undefined ? undefined : CivilDate.make(v)
}
const num = (answers: Answers, id: QuestionId): number | undefined => {
  const v = answerTo(answers, id)
  return v === undefined ? undefined : Number(v)
}

/** Copies the defined entries only (an unanswered field stays absent, never undefined-valued). */
const defined = <A extends object>(o: A): A =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as A

/** A yes/no with a follow-up date: "no" → `no`, "yes" + date → `yes(date)`, otherwise unknown. */
const gated = <A, N>(
  answers: Answers,
  gate: QuestionId,
  no: N,
  yes: () => A | undefined,
): A | N | undefined => {
  const g = yesNo(answers, gate)
  return g === undefined ? undefined : g ? yes() : no
}

/** A list asked only by "do you have any?": "no" is an empty list; "yes" is for the clerk (unknown). */
const noneOrUnknown = (answers: Answers, id: QuestionId): ReadonlyArray<never> | undefined =>
  yesNo(answers, id) === false ? [] : undefined

const workOf = (a: Answers): ReadonlyArray<WorkPeriod> | undefined => {
  const from = date(a, "work-start")
  if (from === undefined) return undefined
  const specialty = answerTo(a, "work-specialty")
  const postedPlace = answerTo(a, "work-posted-place")
  const postedFrom = date(a, "work-posted-from")
  const related = yesNo(a, "work-related")
  const period: WorkPeriod = defined({
    employerKind: answerTo(a, "work-employer-kind") as EmployerKind | undefined,
    industrial: yesNo(a, "work-industrial"),
    place: answerTo(a, "work-place"),
    workKind: answerTo(a, "work-kind") as WorkPeriod["workKind"],
    specialty,
    subSpecialty:
      specialty === "mechanical-electrical-manufacturing" ? answerTo(a, "work-sub-specialty") : undefined,
    relatedness: related === undefined ? undefined : related ? "related" : "unrelated",
    labourDispatch: yesNo(a, "work-labour-dispatch"),
    postedTo: gated(a, "work-posted", "no" as const, () =>
      postedPlace !== undefined && postedFrom !== undefined
        ? { place: postedPlace, from: postedFrom }
        : undefined,
    ),
    pilotUnit: yesNo(a, "work-pilot-unit"),
    from,
    to: "present" as const,
  })
  return [period]
}

const educationOf = (a: Answers): ReadonlyArray<Education> | undefined => {
  const level = answerTo(a, "edu-level") as EducationLevel | undefined
  if (level === undefined) return undefined
  const related = yesNo(a, "edu-related")
  return [
    defined({
      level,
      degree:
        level === "high-school-or-below" ? undefined : (answerTo(a, "edu-degree") as Degree | undefined),
      fullTime: yesNo(a, "edu-full-time"),
      relatedness:
        related === undefined ? undefined : related ? ("related" as const) : ("unrelated" as const),
      graduated: date(a, "edu-graduated"),
    }),
  ]
}

const titlesOf = (a: Answers): ReadonlyArray<TitleHeld> | undefined => {
  const t = answerTo(a, "title")
  if (t === undefined) return undefined
  if (t === "none") return []
  const obtained = date(a, "title-obtained")
  if (obtained === undefined) return undefined
  const junior = t === "technician" || t === "assistant"
  return [
    defined({
      series: "engineering",
      level: junior ? ("junior" as const) : (t as Exclude<TitleHeld["level"], "junior">),
      grade: junior ? (t as "technician" | "assistant") : undefined,
      obtained,
      appointed: yesNo(a, "title-appointed"),
    }),
  ]
}

/** A "which one, if any" and "since when" pair: none → [], one + date → [make], else unknown. */
const pairOf = <A>(
  a: Answers,
  which: QuestionId,
  when: QuestionId,
  make: (v: string, d: CivilDate.CivilDate) => A,
) => {
  const v = answerTo(a, which)
  if (v === undefined) return undefined
  if (v === "none") return []
  const d = date(a, when)
  return d === undefined ? undefined : [make(v, d)]
}

const continuingEducationOf = (a: Answers): Profile["continuingEducation"] => {
  const specialty = num(a, "ce-specialty-hours")
  const general = num(a, "ce-general-hours")
  if (specialty === undefined || general === undefined) return undefined
  // The hours of the whole window, recorded in its first year: the edition sums the window.
  const year = CONTINUING_EDUCATION_YEARS.from
  return [
    { year, category: "specialty", hours: specialty },
    { year, category: "general", hours: general },
  ]
}

const assessmentsOf = (a: Answers): Profile["assessments"] => {
  const results = ASSESSMENT_YEARS.map((year) => [year, answerTo(a, `assessment-${year}`)] as const)
  if (results.some(([, r]) => r === undefined)) return undefined
  return results.flatMap(([year, r]) => (r === "none" ? [] : [{ year, result: r as AssessmentResult }]))
}

const statusOf = (a: Answers): Status => {
  const retired = yesNo(a, "retired")
  return defined({
    retired,
    residency: answerTo(a, "residency") as Status["residency"],
    movedFromGovernmentOrgan: gated(a, "moved-from-organ", "never" as const, () =>
      date(a, "moved-from-organ-on"),
    ),
    movedFromNonEnterprise: gated(a, "moved-from-non-enterprise", "never" as const, () =>
      date(a, "moved-from-non-enterprise-on"),
    ),
    leaveToStartBusiness: gated(a, "leave", "no" as const, () => {
      const from = date(a, "leave-from")
      return from === undefined ? undefined : { from }
    }),
    enterprisePostdoc: gated(a, "postdoc", "no" as const, () =>
      defined({
        fundedByPostdocFoundation: yesNo(a, "postdoc-funded"),
        ledProvincialProject: yesNo(a, "postdoc-led-project"),
        leftStation: date(a, "postdoc-left-station"),
        stayedInEnterprise: yesNo(a, "postdoc-stayed"),
      }),
    ),
    highLevelTalent: yesNo(a, "high-level-talent"),
    talentCard: yesNo(a, "talent-card"),
    examInsteadOfEvaluation: yesNo(a, "exam-only-series"),
    integrityBans: gated(a, "integrity", [] as ReadonlyArray<never>, () => {
      const evaluationYear = num(a, "integrity-year")
      const foundOn = date(a, "integrity-found-on")
      if (evaluationYear === undefined || foundOn === undefined) return undefined
      // A pair that cannot both be true (see BETWEEN) settles nothing.
      return Number(foundOn.slice(0, 4)) < evaluationYear ? undefined : [{ evaluationYear, foundOn }]
    }),
  })
}

const achievementsOf = (a: Answers): Profile["achievements"] => {
  const zheli = gated(a, "zheli", "not-listed" as const, () => {
    const year = num(a, "zheli-year")
    const rank = num(a, "zheli-rank")
    return year === undefined || rank === undefined ? undefined : { year, rank }
  })
  return defined({
    patents: noneOrUnknown(a, "patents"),
    softwareCopyrights: noneOrUnknown(a, "software-copyrights"),
    awards: noneOrUnknown(a, "awards"),
    projects: noneOrUnknown(a, "projects"),
    honours: noneOrUnknown(a, "honours"),
    papers: noneOrUnknown(a, "papers"),
    posts: noneOrUnknown(a, "posts"),
    zheliEngineerRank: zheli,
    enterpriseHonours: noneOrUnknown(a, "enterprise-honours"),
  })
}

/** Builds the engine's profile from the answers (unanswered = unknown, never false or zero). */
export const toProfile = (answers: Answers): Profile => {
  const status = statusOf(answers)
  const achievements = achievementsOf(answers)
  const pension = answerTo(answers, "pension")
  const since = answerTo(answers, "pension-since")
  return defined({
    education: educationOf(answers),
    titles: titlesOf(answers),
    skills: pairOf(answers, "skill", "skill-obtained", (level, obtained) => ({
      level: level as SkillLevel,
      obtained,
    })),
    qualifications: gated(answers, "qualification", [] as ReadonlyArray<never>, () => {
      const obtained = date(answers, "qualification-obtained")
      // The name is the class the person affirmed; which qualification it is, the clerk reads off the certificate.
      return obtained === undefined ? undefined : [{ name: "国家专业技术职业资格", obtained }]
    }),
    examPasses: pairOf(answers, "exam-pass", "exam-pass-date", (level, d) => ({
      series: "engineering",
      level: level as TitleHeld["level"],
      date: d,
    })),
    work: workOf(answers),
    pension:
      pension === undefined
        ? undefined
        : pension === "none"
          ? []
          : since === undefined
            ? undefined
            : [{ kind: pension as "employee" | "flexible", from: since, to: "present" as const }],
    continuingEducation: continuingEducationOf(answers),
    assessments: assessmentsOf(answers),
    achievements: Object.keys(achievements ?? {}).length === 0 ? undefined : achievements,
    status: Object.keys(status).length === 0 ? undefined : status,
  }) as Profile
}

// ---------------------------------------------------------------------------------------------
// What to ask next

/** Tracks whose answer is still open: waiting for facts, or for a person to judge. */
const waiting = (report: Report) =>
  report.tracks.filter((t) => t.status === "incomplete" || t.status === "needs-review")

/** The clauses in `report` of the conditions that wait for one of `fields`. */
export const citationsFor = (fields: ReadonlyArray<string>, report: Report): ReadonlyArray<Citation> => {
  const out: Array<Citation> = []
  const seen = new Set<string>()
  const walk = (r: C.Result): void => {
    if (r.outcome !== "unknown" && r.outcome !== "review") return
    if (r.children === undefined || r.children.length === 0) {
      if (r.missing.some((m) => fields.includes(m))) {
        const key = `${r.citation.document} ${r.citation.article} ${r.citation.quote}`
        if (!seen.has(key)) {
          seen.add(key)
          out.push(r.citation)
        }
      }
      return
    }
    for (const k of r.children) walk(k)
  }
  for (const t of waiting(report)) {
    walk(t.applicability)
    for (const c of t.conditions) walk(c)
  }
  return out
}

/**
 * The questions still able to change an answer in `report` (built from these answers), the ones
 * that unblock most waiting tracks first, ties in the order of `questions`. Answered questions and
 * follow-ups whose trigger was not given are left out; an empty list means nothing more to ask.
 */
export const next = (answers: Answers, report: Report): ReadonlyArray<Question> => {
  const open = waiting(report).map((t) => t.missing)
  const ranked: Array<{ readonly question: Question; readonly blocks: number; readonly index: number }> = []
  questions.forEach((qn, index) => {
    if (answerTo(answers, qn.id) !== undefined || !relevant(qn, answers)) return
    const blocks = open.filter((ms) => ms.some((m) => qn.fields.includes(m))).length
    if (blocks > 0) ranked.push({ question: qn, blocks, index })
  })
  ranked.sort((x, y) => y.blocks - x.blocks || x.index - y.index)
  return ranked.map(({ question: qn }) => ({ ...qn, citations: citationsFor(qn.fields, report) }))
}
