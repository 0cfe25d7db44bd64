/**
 * Weihai, 威人社办发〔2020〕50号 (003): who may apply in Weihai (一), the application channels (二),
 * the direct tracks of 三(一) and the enterprise engineering green channel of 三(二).
 *
 * No reference date is fixed by the text: lengths are measured to the evaluation date (`asOf`).
 * Tracks whose level the text leaves open ("相应层级", "同级别", "相应级别") are open at "any" level;
 * the level itself is a review, or — for "同级别" — read from the titles held and the level asked about.
 */
import type { Citation, Plain } from "../Citation.ts"
import * as C from "../Condition.ts"
import * as Facts from "../Facts.ts"
import type { Edition, Material, NotEncoded, Setting, Target, Track } from "../Policy.ts"
import { SILENT_ON_PUBLICITY, within } from "../Policy.ts"
import type { EmployerKind, Profile, WorkPeriod } from "../Profile.ts"
import { SOURCES } from "./documents.ts"
import {
  currentPeriodLeaf,
  degreeIn,
  educationLeaf,
  either,
  engineeringWorkNow,
  inform,
  kindIn,
  levelAtLeast,
  placeWithin,
  workYearsLeaf,
} from "./internal/weihai-bayingolin-facts.ts"

const E = "weihai-2020-50"
const WEIHAI = "cn-shandong-weihai"

const cite = (article: string, quote: string): Citation => ({
  document: E,
  source: SOURCES.weihai,
  article,
  quote,
})

// ---------------------------------------------------------------------------------------------
// Settings (named, cited defaults an operator can change; the code reads these constants)

/** 用人单位 of 一: enterprises, public institutions, social organisations, individual businesses. */
export const EMPLOYER_KINDS: ReadonlyArray<EmployerKind> = [
  "private-enterprise",
  "state-enterprise",
  "public-institution",
  "social-organization",
  "self-employed",
]

/**
 * 三(二) counts only work "在企业（不包括事业单位各类用工）": private and state enterprises. Periods at a
 * public institution (any form of employment there) never count; nor do government organs, social
 * organisations, individual businesses or freelance work, which are not 企业.
 */
export const ENTERPRISE_KINDS: ReadonlyArray<EmployerKind> = ["private-enterprise", "state-enterprise"]

/** 二: who recommends whom. Read as the channel the result reports, never as a condition. */
export const CHANNELS = {
  "public-institution": {
    zh: "由单位负责推荐申报，经上级主管部门逐级审核呈报",
    en: "recommended by the employing public institution, then reviewed level by level through its supervising authority",
  },
  enterprise: {
    zh: "由工作单位负责推荐申报，逐级审核呈报",
    en: "recommended by the employing enterprise or organisation, then reviewed level by level",
  },
  freelance: {
    zh: "可由人事代理机构负责推荐申报",
    en: "recommended by a personnel agency (人事代理机构)",
  },
  "labour-dispatch": {
    zh: "由劳务派遣单位会同现工作单位推荐申报，逐级审核呈报",
    en: "recommended by the labour-dispatch agency together with the current work unit, then reviewed level by level",
  },
  posted: {
    zh: "由人事代理机构会同现工作单位推荐申报，逐级审核呈报",
    en: "recommended by a personnel agency together with the current work unit, then reviewed level by level",
  },
} as const satisfies Record<string, Plain>

/** The period is a posting to Weihai (一 第二段). */
const postedToWeihai = (w: WorkPeriod): boolean => {
  const p = Facts.postingOf(w)
  return p !== undefined && within(p.place, WEIHAI)
}

const channelOf = (w: WorkPeriod): Plain | undefined => {
  if (postedToWeihai(w)) return CHANNELS.posted
  if (w.labourDispatch === true) return CHANNELS["labour-dispatch"]
  switch (w.employerKind) {
    case "public-institution":
      return CHANNELS["public-institution"]
    case "private-enterprise":
    case "state-enterprise":
    case "social-organization":
    case "self-employed":
      return CHANNELS.enterprise
    case "freelance":
      return CHANNELS.freelance
    default:
      return undefined
  }
}

/** The channel(s) 二 gives for the applicant's current work, in words (English; zh in the setting). */
export const describeChannel = (p: Profile): string => {
  const cur = Facts.currentWork(p)
  if (cur === undefined) return "channel (二) depends on the current employer; work history not given"
  if (cur.length === 0) return "no current work: 二 names no channel for this case"
  return cur
    .map((w) => {
      const c = channelOf(w)
      const who = w.employer ?? w.employerKind ?? "current work"
      if (c !== undefined) return `${who}: ${c.en}`
      return w.employerKind === undefined
        ? `${who}: channel (二) depends on the kind of employer, which is not given`
        : `${who}: 二 names no channel for a ${w.employerKind}`
    })
    .join("; ")
}

export const settings: ReadonlyArray<Setting> = [
  {
    id: `${E}/channels`,
    value: CHANNELS,
    text: {
      zh: "申报渠道按劳动（聘用）关系确定，作为结果中的说明给出，不作为申报条件。外地民营企业派驻人员按“人事代理机构会同现工作单位推荐”理解（原文“分别由劳务派遣单位、人事代理机构”只列两类机构）。",
      en: "The channel follows the employment relation and is reported with each result, never as a condition. Staff posted by an out-of-town private enterprise are read as recommended by a personnel agency together with the current work unit (the text lists three groups but only two agencies).",
    },
    citation: cite(
      "二",
      "劳务派遣人员、人事代理人员和外地民营企业被派驻我市连续工作一年以上的专业技术人员可分别由劳务派遣单位、人事代理机构会同申报人员现工作单位推荐申报",
    ),
  },
  {
    id: `${E}/enterprise-work-only`,
    value: { counts: ENTERPRISE_KINDS, excluded: ["public-institution"] },
    text: {
      zh: "绿色通道的工作年限只计在企业（民营、国有）从事相关专业工程技术工作的期间；事业单位各类用工期间不计。",
      en: "Green-channel years count only related engineering-technical work in enterprises (private or state); periods at a public institution, in any form of employment, do not count.",
    },
    citation: cite("三(二)", "长期在企业（不包括事业单位各类用工）中从事工程技术工作的专业技术人员"),
  },
  {
    id: `${E}/education-or-above`,
    value: { orAbove: true, technicalSchoolClasses: "not-counted", doctorCountsAsMaster: true },
    text: {
      zh: "“具备X学历”按X及以上学历理解；博士学位满足“硕士学位”；技工院校各班次在本文件中不视同中专、大专、本科（该对应关系仅见于山西文件）。",
      en: "'Having education X' is read as X or above; a doctor's degree satisfies 'master's degree'; technical-school classes are not equated with secondary-vocational, associate or bachelor education here (that mapping is only in the Shanxi document).",
    },
    citation: cite("三(二)", "具备大学专科学历，从事相关专业工程技术工作3年以上"),
  },
  {
    id: `${E}/e-certificate`,
    value: {
      platform: "山东省专业技术人员管理服务平台",
      electronicCertificate: true,
      paperWhenShared: false,
    },
    text: {
      zh: "通过“山东省专业技术人员管理服务平台”网上申报；能共享信息或上传电子佐证材料的，不再要求纸质材料；评审通过后发放电子职称证书。",
      en: "Apply online on the Shandong professional-staff platform; where information is shared or electronic evidence uploaded, no paper is required; an electronic certificate is issued after a successful evaluation.",
    },
    citation: cite(
      "四",
      "对能提供信息共享或者网上上传电子佐证材料的，可不再要求申报人提供纸质材料，评审通过后发放电子职称证书",
    ),
  },
]

// ---------------------------------------------------------------------------------------------
// 一: who may apply in Weihai

const localWork = currentPeriodLeaf(
  {
    id: `${E}/who/local-work`,
    text: {
      zh: "现在威海市的企业、事业单位、社会团体或个体经济组织工作（建立劳动或聘用关系），或在威海从事专业技术工作的自由职业者",
      en: "Now works in Weihai for an enterprise, public institution, social organisation or individual business (with an employment contract), or works in Weihai as a freelancer",
    },
    citation: cite(
      "一 第一段",
      "凡在我市各类企业、事业单位、社会团体、个体经济组织（以下称用人单位）工作、与用人单位建立劳动（聘用）关系的专业技术人员及在本市从事专业技术工作的自由职业者",
    ),
  },
  "works in Weihai for an employer or as a freelancer",
  (w) =>
    // A posting to Weihai from elsewhere is the separate case of 一 第二段 (one year's continuous work).
    postedToWeihai(w)
      ? false
      : Facts.triAll(placeWithin(w, WEIHAI), kindIn(w, [...EMPLOYER_KINDS, "freelance"])),
)

const residency = C.leaf({
  id: `${E}/who/residency`,
  text: {
    zh: "内地居民、港澳台居民，或持有外国人永久居留证、海外高层次人才居住证的外籍人员",
    en: "A mainland resident, a Hong Kong, Macao or Taiwan resident, or a foreign national holding a permanent residence card or an overseas high-level talent residence permit",
  },
  citation: cite(
    "一 第二段",
    "在我市就业的港澳台专业技术人才，持有外国人永久居留证或海外高层次人才居住证的外籍人员",
  ),
  check: ({ profile }) => {
    const r = profile.status?.residency
    if (r === undefined)
      return { outcome: "unknown", observed: "residency not given", missing: ["status.residency"] }
    return r === "foreign-other"
      ? {
          outcome: "unmet",
          observed: "foreign national without a permanent residence card or high-level talent permit",
        }
      : { outcome: "met", observed: `residency: ${r}` }
  },
})

const employedHere = C.all(
  {
    id: `${E}/who/employed-in-weihai`,
    text: { zh: "在威海就业或从事自由职业", en: "Employed or freelancing in Weihai" },
    citation: cite("一", "打破户籍、地域、身份、档案、人事关系等限制"),
  },
  [localWork, residency],
)

const flexibleTalent = C.all(
  {
    id: `${E}/who/flexible-high-level-talent`,
    text: { zh: "柔性引进的高层次人才", en: "High-level talent brought in on flexible terms (柔性引进)" },
    citation: cite("一 第二段", "柔性引进的高层次人才"),
  },
  [
    Facts.statusFlag(
      {
        id: `${E}/who/flexible-high-level-talent/recognised`,
        text: { zh: "被认定为高层次人才", en: "Recognised as high-level talent" },
        citation: cite("一 第二段", "柔性引进的高层次人才"),
      },
      "highLevelTalent",
      true,
      {
        yes: "recognised as high-level talent",
        no: "not recognised as high-level talent",
        absent: "status.highLevelTalent not given",
      },
    ),
    C.review({
      id: `${E}/who/flexible-high-level-talent/introduced`,
      text: {
        zh: "由威海柔性引进（不改变人事关系来威服务），由工作人员核实",
        en: "Brought in to serve Weihai on flexible terms (without moving the employment relation); a clerk checks this",
      },
      citation: cite("一 第二段", "柔性引进的高层次人才"),
    }),
  ],
)

const postedHere = C.leaf({
  id: `${E}/who/posted-one-year`,
  text: {
    zh: "外地民营企业派驻威海连续工作满一年",
    en: "Posted to Weihai by a private enterprise from elsewhere and has worked there continuously for at least one year",
  },
  citation: cite("一 第二段", "外地民营企业被派驻我市连续工作一年以上的专业技术人才"),
  check: ({ profile, reference }) => {
    const cur = Facts.currentWork(profile)
    if (cur === undefined)
      return { outcome: "unknown", observed: "work history not given", missing: ["work"] }
    const posted = cur.filter(postedToWeihai)
    if (posted.length === 0) {
      // A period whose posting is not stated could be a posting to Weihai by a private enterprise,
      // unless its work is done elsewhere or its employer is known to be of another kind.
      const open = cur.filter(
        (w) =>
          w.postedTo === undefined &&
          (w.place === undefined || within(w.place, WEIHAI)) &&
          (w.employerKind === undefined || w.employerKind === "private-enterprise"),
      )
      return open.length > 0
        ? { outcome: "unknown", observed: "posting not stated", missing: ["work[].postedTo"] }
        : { outcome: "unmet", observed: "not posted to Weihai" }
    }
    const private_ = posted.filter((w) => w.employerKind === "private-enterprise")
    if (private_.length === 0) {
      return posted.some((w) => w.employerKind === undefined)
        ? {
            outcome: "unknown",
            observed: "posted to Weihai; kind of employer not given",
            missing: ["work[].employerKind"],
          }
        : { outcome: "unmet", observed: "posted to Weihai, but not by a private enterprise" }
    }
    const since = private_.flatMap((w) => Facts.postingOf(w)?.from ?? []).sort()[0]
    if (since === undefined) return { outcome: "unmet", observed: "not posted to Weihai" }
    // The earliest current posting counts; a posting that ended is not "连续" up to now.
    return Facts.yearsSince(since, 1, "posting to Weihai", reference)
  },
})

/** 一 as a whole: the condition every Weihai track applies under. */
export const mayApplyInWeihai = C.any(
  {
    id: `${E}/who/may-apply`,
    text: {
      zh: "可在威海申报职称：在威海就业或从事自由职业，或柔性引进的高层次人才，或外地民营企业派驻威海连续工作一年以上",
      en: "May apply for a title in Weihai: employed or freelancing in Weihai, a flexibly introduced high-level talent, or posted to Weihai by an out-of-town private enterprise for at least one continuous year",
    },
    citation: cite("一", "可按规定的标准条件申报评审相应的职称"),
  },
  [employedHere, flexibleTalent, postedHere],
)

const channel = inform(
  {
    id: `${E}/channel`,
    text: {
      zh: "申报渠道（按劳动（聘用）关系确定，仅作说明）",
      en: "Application channel (follows the employment relation; for information only)",
    },
    citation: cite("二", "职称申报按照劳动（聘用）关系，统一管理、分级负责。"),
  },
  describeChannel,
)

const judged: Track["judgedAtEvaluation"] = [
  {
    text: {
      zh: "评审突出工作能力和业绩，注重专业性、创新性、履责绩效、创新成果和实际贡献",
      en: "The committee weighs ability and performance: professionalism, innovation, fulfilment of duties, innovative results and actual contribution",
    },
    citation: cite(
      "三(五)",
      "突出工作能力和业绩考核，注重考察各类专业技术人才的专业性、创新性和履责绩效、创新成果和实际贡献",
    ),
  },
]

/**
 * "专业技术人员 … 从事专业技术工作": whether work outside engineering is professional-technical work
 * of some series is for the committee office; listed, not decided (a Review inside an `any` would
 * be reported as pending even when the engineering branch is met).
 */
const judgedAnySeries: Track["judgedAtEvaluation"] = [
  {
    text: {
      zh: "申报人从事专业技术工作（属专业技术人员），由评委会办事机构审核",
      en: "The applicant does professional-technical work (is a professional); the committee office checks",
    },
    citation: cite("一 第一段", "在本市从事专业技术工作的自由职业者"),
  },
  ...judged,
]

const anyTarget: Target = {
  series: "any",
  level: "any",
  name: { zh: "任一系列相应级别职称", en: "the corresponding title, any series and level" },
}

/**
 * 一 as a track: "may you apply in Weihai at all". Its applicability is 一 itself (not covered →
 * not applicable), so that the review of a flexible introduction sits in `appliesWhen`, where it
 * is shown but never listed as pending once another branch of 一 is met (see the report on
 * Eligibility's `reviews`).
 */
const whoTrack: Track = {
  id: `${E}/who-may-apply`,
  edition: E,
  kind: "who-may-apply",
  route: "evaluation",
  target: anyTarget,
  title: {
    zh: "在威海申报职称的资格",
    en: "Who may apply in Weihai",
  },
  citation: cite("一", "可按规定的标准条件申报评审相应的职称"),
  appliesWhen: mayApplyInWeihai,
  requires: [channel],
  judgedAtEvaluation: judgedAnySeries,
}

// ---------------------------------------------------------------------------------------------
// 三(一): the "直通车" for special talent

const talentCard = Facts.statusFlag(
  {
    id: `${E}/talent-direct/talent-card`,
    text: {
      zh: "持有“山东惠才卡”或“威海英才卡”",
      en: "Holds a Shandong Huicai card or a Weihai Yingcai card",
    },
    citation: cite("三(一)", "持有“山东惠才卡”、“威海英才卡”"),
  },
  "talentCard",
  true,
  { yes: "holds a talent card", no: "holds no talent card", absent: "status.talentCard not given" },
)

const postdoc = C.leaf({
  id: `${E}/talent-direct/postdoc`,
  text: {
    zh: "出站后留（来）威海工作的博士后，或在威海博士后设站单位的在站博士后",
    en: "A postdoc who left a station and stayed in or came to Weihai, or a postdoc now at a Weihai postdoc station",
  },
  citation: cite(
    "三(一)",
    "在省内外博士后设站单位出站后留（来）威工作的博士后、在我市博士后设站单位从事科研工作的在站博士后研究人员",
  ),
  check: ({ profile }) => {
    const pd = profile.status?.enterprisePostdoc
    if (pd === undefined)
      return {
        outcome: "unknown",
        observed: "postdoc record not given",
        missing: ["status.enterprisePostdoc"],
      }
    if (pd === "no") return { outcome: "unmet", observed: "not a postdoc" }
    // Work in Weihai is checked by 一 (appliesWhen); either a post-station or an in-station postdoc qualifies.
    return {
      outcome: "met",
      observed:
        pd.leftStation !== undefined
          ? `postdoc, left the station on ${pd.leftStation}`
          : "postdoc (in station)",
    }
  },
})

const talentKind = C.any(
  {
    id: `${E}/talent-direct/who`,
    text: { zh: "持卡人才或博士后", en: "Talent-card holder or postdoc" },
    citation: cite("三(一)", "等高层次人才"),
  },
  [talentCard, postdoc],
)

const talentLevelReview = C.review({
  id: `${E}/talent-direct/level`,
  text: {
    zh: "申报的层级与本人相应（按有关规定，由评委会办事机构认定）",
    en: "The level applied for is the one that corresponds to the applicant under the rules (decided by the committee office)",
  },
  citation: cite("三(一)", "可按规定直接申报参评相应层级的职称"),
})

const talentTrack: Track = {
  id: `${E}/talent-direct`,
  edition: E,
  kind: "green-channel",
  route: "evaluation",
  target: anyTarget,
  title: {
    zh: "持卡人才和博士后直接申报相应层级职称",
    en: "Talent-card holders and postdocs apply directly at the corresponding level",
  },
  citation: cite("三(一)", "可按规定直接申报参评相应层级的职称"),
  appliesWhen: mayApplyInWeihai,
  requires: [talentKind, talentLevelReview, channel],
  judgedAtEvaluation: judgedAnySeries,
}

const moved = C.leaf({
  id: `${E}/moved/from-non-enterprise`,
  text: {
    zh: "从非企事业单位（含参公管理单位）交流聘用到企事业单位专业技术岗位",
    en: "Moved from a unit that is neither an enterprise nor a public institution (incl. units managed as civil service) to a professional-technical post in an enterprise or public institution",
  },
  citation: cite("三(一)", "非企事业单位（含参公管理单位）的人员交流聘用到企事业单位专业技术岗位上工作"),
  check: ({ profile }) => {
    const d = profile.status?.movedFromNonEnterprise
    return d === undefined
      ? { outcome: "unknown", observed: "no move recorded", missing: ["status.movedFromNonEnterprise"] }
      : d === "never"
        ? { outcome: "unmet", observed: "never moved from a non-enterprise unit" }
        : { outcome: "met", observed: `moved on ${d}` }
  },
})

const movedToEnterpriseOrInstitution = currentPeriodLeaf(
  {
    id: `${E}/moved/now-in-enterprise-or-institution`,
    text: { zh: "现在企业或事业单位工作", en: "Now works for an enterprise or public institution" },
    citation: cite("三(一)", "交流聘用到企事业单位专业技术岗位上工作"),
  },
  "works for an enterprise or public institution",
  (w) => kindIn(w, ["private-enterprise", "state-enterprise", "public-institution"]),
)

const movedOneYear = C.leaf({
  id: `${E}/moved/one-year`,
  text: {
    zh: "在现工作岗位从事专业技术工作满一年（自交流聘用之日起计）",
    en: "At least one year of professional-technical work in the current post (counted from the move)",
  },
  citation: cite("三(一)", "在现工作岗位从事专业技术工作一年以上"),
  check: ({ profile, reference }) => {
    const d = profile.status?.movedFromNonEnterprise
    if (d === undefined)
      return {
        outcome: "unknown",
        observed: "date of the move not given",
        missing: ["status.movedFromNonEnterprise"],
      }
    if (d === "never") return { outcome: "unmet", observed: "never moved from a non-enterprise unit" }
    return Facts.yearsSince(d, 1, "the move to the current post", reference)
  },
})

const movedAssessed = C.review({
  id: `${E}/moved/assessed`,
  text: {
    zh: "经考核符合相应职称条件",
    en: "Found by assessment to meet the conditions of the title applied for",
  },
  citation: cite("三(一)", "经考核符合相应职称条件的"),
})

const movedApplies = C.all(
  {
    id: `${E}/moved/applies`,
    text: {
      zh: "可在威海申报，且由非企事业单位交流到企事业单位",
      en: "May apply in Weihai and moved from a non-enterprise unit",
    },
    citation: cite("三(一)", "非企事业单位（含参公管理单位）的人员交流聘用到企事业单位专业技术岗位上工作"),
  },
  [mayApplyInWeihai, moved, movedToEnterpriseOrInstitution],
)

const movedTrack: Track = {
  id: `${E}/moved-from-non-enterprise`,
  edition: E,
  kind: "green-channel",
  route: "evaluation",
  target: anyTarget,
  title: {
    zh: "机关（参公）人员交流到企事业单位后申报相应职称",
    en: "Staff moved from government (or civil-service-managed) units to enterprises or institutions apply for the corresponding title",
  },
  citation: cite("三(一)", "可申报评审相应的职称"),
  appliesWhen: movedApplies,
  requires: [movedOneYear, movedAssessed, channel],
  judgedAtEvaluation: judgedAnySeries,
}

/**
 * "已取得一个系列（专业）职称并聘用在相应岗位上": an appointed title; the other series is applied for at
 * the same level ("同级别"). With a level asked about (`Context.target`), the title must be of that
 * level; without one, any appointed title will do and its level is the one to apply for.
 */
const holdsAppointed = C.leaf({
  id: `${E}/second-series/holds-appointed`,
  text: {
    zh: "已取得一个系列（专业）的所申报级别职称并聘用在相应岗位上",
    en: "Holds a title of the level applied for in one series (specialty) and is appointed to a post of that title",
  },
  citation: cite("三(一)", "已取得一个系列（专业）职称并聘用在相应岗位上的专业技术人员"),
  check: ({ profile, target }) => {
    const ts = profile.titles
    if (ts === undefined) return { outcome: "unknown", observed: "titles not given", missing: ["titles"] }
    const level = target?.level
    const at = level === undefined ? ts : ts.filter((t) => t.level === level)
    const what = level === undefined ? "title" : `${level} title`
    const appointed = at.find((t) => t.appointed === true)
    if (appointed !== undefined)
      return {
        outcome: "met",
        observed: `holds ${appointed.series} ${appointed.level}, appointed${level === undefined ? `: apply at ${appointed.level} in another series` : ""}`,
      }
    if (at.some((t) => t.appointed === undefined))
      return {
        outcome: "unknown",
        observed: `holds a ${what}; appointment not given`,
        missing: ["titles[].appointed"],
      }
    return {
      outcome: "unmet",
      observed: at.length === 0 ? `no ${what} held` : `holds a ${what} but is not appointed to it`,
    }
  },
})

const unitApproval = C.review({
  id: `${E}/second-series/unit-approval`,
  text: {
    zh: "经所在单位批准，并结合所从事的工作申报另一系列（专业）同级别职称",
    en: "The employer approves, and the other series (specialty) fits the work the applicant does",
  },
  citation: cite("三(一)", "经所在单位批准可结合从事工作再申报评审或报考其他系列（专业）同级别的职称"),
})

const secondSeriesTrack: Track = {
  id: `${E}/second-series`,
  edition: E,
  kind: "normal",
  route: "evaluation",
  target: {
    series: "any",
    level: "any",
    name: {
      zh: "另一系列（专业）同级别职称",
      en: "a title in another series at the level held (same level)",
    },
  },
  title: {
    zh: "已聘人员申报其他系列同级别职称",
    en: "Holders of an appointed title apply for the same level in another series",
  },
  citation: cite("三(一)", "再申报评审或报考其他系列（专业）同级别的职称，不受所在单位岗位限制"),
  appliesWhen: mayApplyInWeihai,
  requires: [holdsAppointed, unitApproval, channel],
  judgedAtEvaluation: judgedAnySeries,
}

// ---------------------------------------------------------------------------------------------
// 三(二): the green channel for enterprise engineering staff

const inEnterprise = currentPeriodLeaf(
  {
    id: `${E}/green/in-enterprise`,
    text: {
      zh: "现在企业工作（事业单位各类用工除外）",
      en: "Now works for an enterprise (not for a public institution in any form of employment)",
    },
    citation: cite("三(二)", "长期在企业（不包括事业单位各类用工）中从事工程技术工作的专业技术人员"),
  },
  "works for an enterprise",
  (w) => kindIn(w, ENTERPRISE_KINDS),
)

const greenApplies = C.all(
  {
    id: `${E}/green/applies`,
    text: { zh: "可在威海申报，且在企业工作", en: "May apply in Weihai and works for an enterprise" },
    citation: cite("三(二)", "开通企业工程技术人才职称评审绿色通道"),
  },
  [mayApplyInWeihai, inEnterprise],
)

const engineeringNow = engineeringWorkNow({
  id: `${E}/green/engineering-work-now`,
  text: { zh: "现从事工程技术工作", en: "Now does engineering-technical work" },
  citation: cite("三(二)", "长期在企业（不包括事业单位各类用工）中从事工程技术工作的专业技术人员"),
})

/** A period of related engineering-technical work in an enterprise (三(二); ENTERPRISE_KINDS). */
const enterpriseEngineeringWork = (w: WorkPeriod): Facts.Tri =>
  Facts.triAll(
    kindIn(w, ENTERPRISE_KINDS),
    w.workKind === undefined ? ["work[].workKind"] : w.workKind === "engineering-technical",
    w.relatedness === undefined ? ["work[].relatedness"] : w.relatedness === "related",
  )

const WORK_WHAT = "related engineering-technical work in enterprises"

const branch = (
  id: string,
  article: string,
  quote: string,
  text: Plain,
  edu: { readonly text: Plain; readonly what: string; readonly pred: Parameters<typeof educationLeaf>[2] },
  years: number,
): C.Condition =>
  C.all({ id: `${E}/green/${id}`, text, citation: cite(article, quote) }, [
    educationLeaf(
      { id: `${E}/green/${id}/education`, text: edu.text, citation: cite(article, quote) },
      edu.what,
      edu.pred,
    ),
    workYearsLeaf(
      {
        id: `${E}/green/${id}/years`,
        text: {
          zh: `在企业从事相关专业工程技术工作满${years}年`,
          en: `At least ${years} years of related engineering-technical work in enterprises`,
        },
        citation: cite(article, quote),
      },
      years,
      WORK_WHAT,
      enterpriseEngineeringWork,
    ),
  ])

const ASSOCIATE = {
  text: { zh: "具备大学专科及以上学历", en: "Associate (college) education or above" },
  what: "associate education or above",
  pred: levelAtLeast("associate"),
}
const SECONDARY = {
  text: { zh: "具备中等职业学校毕业及以上学历", en: "Secondary-vocational education or above" },
  what: "secondary-vocational education or above",
  pred: levelAtLeast("secondary-vocational"),
}
const MASTER_OR_SECOND_BACHELOR = {
  text: {
    zh: "具备硕士学位（或博士学位）或第二学士学位",
    en: "A master's (or doctor's) degree or a second bachelor's degree",
  },
  what: "a master's, doctor's or second bachelor's degree",
  pred: degreeIn(["master", "doctor", "second-bachelor"], "bachelor"),
}
const BACHELOR = {
  text: {
    zh: "具备大学本科及以上学历或学士学位",
    en: "Bachelor's education or above, or a bachelor's degree",
  },
  what: "bachelor's education or degree",
  pred: either(
    levelAtLeast("bachelor"),
    degreeIn(["bachelor", "second-bachelor", "master", "doctor"], "bachelor"),
  ),
}

const otherStandards = C.review({
  id: `${E}/green/other-standard-conditions`,
  text: {
    zh: "其他条件符合山东省相应系列工程技术评价标准条件（该标准不在本系统资料中，由评委会办事机构审核）",
    en: "Meets the other conditions of Shandong's evaluation standard for the engineering series concerned (that standard is not among the sources; the committee office checks)",
  },
  citation: cite("三(二)", "且其他条件符合相应系列工程技术评价标准条件者"),
})

const assistantTrack: Track = {
  id: `${E}/green/assistant-engineer`,
  edition: E,
  kind: "green-channel",
  route: "evaluation",
  target: {
    series: "engineering",
    level: "junior",
    grade: "assistant",
    name: { zh: "助理工程师", en: "Assistant engineer" },
  },
  title: {
    zh: "企业工程技术人才直接申报助理工程师",
    en: "Enterprise engineering staff apply directly for assistant engineer",
  },
  citation: cite("三(二)", "可直接申报评审助理工程师职称"),
  appliesWhen: greenApplies,
  requires: [
    engineeringNow,
    C.any(
      {
        id: `${E}/green/assistant/education-and-years`,
        text: {
          zh: "大学专科学历且相关工程技术工作满3年，或中等职业学校学历且满5年",
          en: "Associate education and 3 years of related engineering work, or secondary-vocational education and 5 years",
        },
        citation: cite("三(二)", "可直接申报评审助理工程师职称"),
      },
      [
        branch(
          "assistant/associate-3",
          "三(二) 第二段",
          "具备大学专科学历，从事相关专业工程技术工作3年以上",
          {
            zh: "大学专科学历，相关工程技术工作满3年",
            en: "Associate education, 3 years of related engineering work",
          },
          ASSOCIATE,
          3,
        ),
        branch(
          "assistant/secondary-5",
          "三(二) 第二段",
          "具备中等职业学校毕业学历，从事相关专业工程技术工作5年以上",
          {
            zh: "中等职业学校学历，相关工程技术工作满5年",
            en: "Secondary-vocational education, 5 years of related engineering work",
          },
          SECONDARY,
          5,
        ),
      ],
    ),
    otherStandards,
    channel,
  ],
  judgedAtEvaluation: judged,
}

const engineerTrack: Track = {
  id: `${E}/green/engineer`,
  edition: E,
  kind: "green-channel",
  route: "evaluation",
  target: { series: "engineering", level: "intermediate", name: { zh: "工程师", en: "Engineer" } },
  title: {
    zh: "企业工程技术人才直接申报工程师",
    en: "Enterprise engineering staff apply directly for engineer",
  },
  citation: cite("三(二)", "可直接申报评审工程师职称"),
  appliesWhen: greenApplies,
  requires: [
    engineeringNow,
    C.any(
      {
        id: `${E}/green/engineer/education-and-years`,
        text: {
          zh: "硕士学位或第二学士学位且相关工作满3年，或本科学历（学士学位）且满6年，或大学专科学历且满8年",
          en: "A master's or second bachelor's degree and 3 years of related work, or bachelor's education (or degree) and 6 years, or associate education and 8 years",
        },
        citation: cite("三(二)", "可直接申报评审工程师职称"),
      },
      [
        branch(
          "engineer/master-3",
          "三(二) 第二段",
          "具备硕士学位或第二学士学位，从事相关专业工作3年以上",
          {
            zh: "硕士学位或第二学士学位，相关工作满3年",
            en: "Master's or second bachelor's degree, 3 years of related work",
          },
          MASTER_OR_SECOND_BACHELOR,
          3,
        ),
        branch(
          "engineer/bachelor-6",
          "三(二) 第二段",
          "具备大学本科学历或学士学位，从事相关专业工作6年以上",
          {
            zh: "大学本科学历或学士学位，相关工作满6年",
            en: "Bachelor's education or degree, 6 years of related work",
          },
          BACHELOR,
          6,
        ),
        branch(
          "engineer/associate-8",
          "三(二) 第二段",
          "具备大学专科学历，从事相关专业工作8年以上",
          { zh: "大学专科学历，相关工作满8年", en: "Associate education, 8 years of related work" },
          ASSOCIATE,
          8,
        ),
      ],
    ),
    otherStandards,
    channel,
  ],
  judgedAtEvaluation: judged,
}

const enterpriseTalentKind = C.review({
  id: `${E}/enterprise-talent/who`,
  text: {
    zh: "属企业高层次专业技术人才、急需紧缺人才或优秀青年人才等，由工作人员认定",
    en: "Is an enterprise's high-level professional, urgently needed or outstanding young talent (or similar); a clerk decides",
  },
  citation: cite("三(二)", "企业高层次专业技术人才、急需紧缺人才、优秀青年人才等"),
})

const enterpriseTalentLevel = C.review({
  id: `${E}/enterprise-talent/level`,
  text: {
    zh: "申报级别与本人业绩相应，由评委会办事机构认定",
    en: "The level applied for matches the applicant's achievements; the committee office decides",
  },
  citation: cite("三(二)", "可根据自身的业绩情况直接申报参评相应级别的职称"),
})

const enterpriseTalentTrack: Track = {
  id: `${E}/enterprise-talent`,
  edition: E,
  kind: "green-channel",
  route: "evaluation",
  target: {
    series: "engineering",
    level: "any",
    name: { zh: "工程系列相应级别职称", en: "Engineering title at the corresponding level" },
  },
  title: {
    zh: "企业高层次、急需紧缺、优秀青年人才直接申报相应级别职称",
    en: "Enterprise high-level, urgently needed and young talent apply directly at the corresponding level",
  },
  citation: cite("三(二)", "可根据自身的业绩情况直接申报参评相应级别的职称"),
  appliesWhen: greenApplies,
  requires: [engineeringNow, enterpriseTalentKind, enterpriseTalentLevel, channel],
  judgedAtEvaluation: judged,
}

// ---------------------------------------------------------------------------------------------

const platform: Material = {
  id: `${E}/materials/online`,
  text: {
    zh: "通过“山东省专业技术人员管理服务平台”网上申报；能共享信息或上传电子佐证材料的，不再提交纸质材料（具体材料清单本文件未列）",
    en: "Apply on the Shandong professional-staff platform; where information is shared or electronic evidence is uploaded, no paper is needed (the document lists no materials)",
  },
  citation: cite("四", "全面推广使用“山东省专业技术人员管理服务平台”"),
}

const notEncoded: ReadonlyArray<NotEncoded> = [
  {
    article: "一 第一段",
    reason: {
      zh: "“按规定的标准条件申报评审相应的职称”：各系列山东省标准条件不在资料中，本系统只判断可否在威海申报（申报资格轨道）。",
      en: "'Apply under the prescribed standard conditions': Shandong's series standards are not among the sources; only whether one may apply in Weihai is decided (who-may-apply track).",
    },
  },
  {
    article: "一 第二段",
    reason: {
      zh: "港澳台人员、外籍人员、柔性引进人才“按有关规定”申报：有关规定不在资料中，仅按身份纳入申报范围。",
      en: "HK/Macao/Taiwan, foreign and flexibly introduced applicants apply 'under the relevant rules', which are not among the sources; they are admitted by status only.",
    },
  },
  {
    article: "二 第一段",
    reason: {
      zh: "人事代理人员（非自由职业者）的渠道：资料模型无“人事代理”字段，只在说明中列出。",
      en: "The channel for people under personnel agency (other than freelancers) is only described: the profile has no field for it.",
    },
  },
  {
    article: "二 第二段",
    reason: {
      zh: "各区市建立的职称申报兜底机制：由各区市自定，内容不在资料中。",
      en: "Fallback channels set up by districts: their content is local and not among the sources.",
    },
  },
  {
    article: "三(一)",
    reason: {
      zh: "持卡人才、博士后“相应层级”及“按规定”的具体规定不在资料中，作为人工审核项。",
      en: "Which level 'corresponds' for talent-card holders and postdocs, and the rules referred to, are not among the sources; encoded as a review.",
    },
  },
  {
    article: "三(二) 第一段",
    reason: {
      zh: "“放宽…逐级申报初中级职称的限制”：除本段列明的学历年限外，放宽的具体内容未列明。",
      en: "'Relaxing the step-by-step rule for junior and intermediate titles': beyond the education-and-years routes listed, what is relaxed is not stated.",
    },
  },
  {
    article: "三(三)",
    reason: {
      zh: "开发区特色专业职称：标准条件由各开发区另行制定，不在资料中。",
      en: "Development-zone special specialties: their standards are to be set by each zone and are not among the sources.",
    },
  },
  {
    article: "三(四)",
    reason: {
      zh: "大型企业自主评审（组建中初级评委会）：针对企业的机构设置，不涉及个人申报条件。",
      en: "Large enterprises' own committees: an institutional matter, no applicant conditions.",
    },
  },
  {
    article: "三(五)",
    reason: {
      zh: "以品德能力业绩为导向的评价：由评委会评审时掌握，作为评审内容列出，不作判断。",
      en: "Evaluation oriented to integrity, ability and performance: judged by the committee; listed, not decided.",
    },
  },
  {
    article: "四",
    reason: {
      zh: "申报材料清单、网上受理评审发证流程：本文件未列具体材料，仅列出平台说明。",
      en: "The list of materials and the online process: the document lists no materials; only the platform note is given.",
    },
  },
]

export const weihai2020: Edition = {
  id: E,
  document: E,
  tracks: [
    whoTrack,
    assistantTrack,
    engineerTrack,
    enterpriseTalentTrack,
    talentTrack,
    movedTrack,
    secondSeriesTrack,
  ],
  procedure: SILENT_ON_PUBLICITY,
  materials: () => [platform],
  // The document fixes no date or window.
  deadlines: () => [],
  settings,
  notEncoded,
}
