/**
 * 人社厅发〔2020〕13号 — the national notice on private-enterprise titles (reproduced in
 * 001_fa69ffcda4fe5aee.txt after Shanxi's forwarding notice). It applies everywhere in China and
 * under every series; local editions apply on top of it.
 *
 * Encoded: the routes that decide whether, where or how a person may obtain a title —
 * approved leave to start a business (3 years, at the original unit), posting to another place
 * (≥1 year continuously, at the posting place), the green channel (review: categories and levels
 * are set locally), and direct recognition of enterprise postdocs as associate senior. Freelancers
 * and staff of other non-public economic organisations follow the notice ("参照…执行").
 *
 * Ruling (recorded as the setting `national-2020-13/settings/leave-window`): "3年内" is a period
 * counted under Civil Code arts. 201–203 on the work calendar — it starts the day after leave is
 * approved and ends on the anniversary, which is therefore still "within 3 years", or on the next
 * working day when the anniversary is a rest day (issue #9.4: leave from 2022-05-01 runs to
 * 2025-05-06, past the Labour Day holiday).
 */
import type { Citation } from "../Citation.ts"
import { CIVIL_CODE } from "../Citation.ts"
import * as CivilDate from "../CivilDate.ts"
import * as C from "../Condition.ts"
import { dateOrUndefined, postingOf } from "../Facts.ts"
import { type Edition, SILENT_ON_PUBLICITY, type Track } from "../Policy.ts"
import { employedBy } from "./common.ts"
import { SOURCES } from "./documents.ts"
import {
  anySeries,
  anySeriesAnyLevel,
  currentWorkWhere,
  leaveToStartBusinessParts,
  onApprovedLeave,
} from "./internal/routes2020.ts"

const DOC = "national-2020-13"
const ED = "national-2020-13"

const cite = (article: string, quote: string): Citation => ({
  document: DOC,
  source: SOURCES.shanxi,
  article,
  quote,
})

/** Years of the leave window ("3年内") and whether its anniversary is still inside it. */
export const LEAVE_WINDOW = {
  years: 3,
  anniversaryIncluded: true,
  /** Art. 203: a last day on a rest day moves to the next working day of the work calendar. */
  restDayCarriesOver: true,
} as const

const LEAVE_QUOTE =
  "经批准离岗创业或到民营企业兼职的高校、科研院所、医疗机构等企事业单位专业技术人员，3年内可在原单位按规定申报职称"
const POSTING_QUOTE = "民营企业专业技术人员被派驻外地连续工作一年以上的，可按有关规定在派驻地申报职称评审"
const GREEN_QUOTE = "民营企业高层次专业技术人员、急需紧缺人才、优秀青年人才可直接申报相应级别职称"
const POSTDOC_QUOTE =
  "企业博士后获得中国博士后科学基金资助或主持省部级以上科研项目，出站后继续留在企业的可直接认定副高级职称"
const REFERENCE_QUOTE = "自由职业者和其他非公有制经济组织专业技术人员职称评审工作参照本通知精神执行"

// ---------------------------------------------------------------------------------------------
// Who the notice is for

/** A private enterprise (一), or — by "参照执行" — a freelancer or an individual business (其他非公有制经济组织). */
export const privateOrNonPublic: C.Condition = C.any(
  {
    id: `${ED}/private-or-non-public-employer`,
    text: {
      zh: "在民营企业工作，或为自由职业者、其他非公有制经济组织专业技术人员（参照执行）",
      en: "You work for a private enterprise, or are a freelancer or work for another non-public economic organisation (the notice applies to them by reference)",
    },
    citation: cite("一", "民营企业专业技术人员一般在劳动关系所在地自愿参加职称评审"),
  },
  [
    employedBy(["private-enterprise"], {
      id: `${ED}/private-enterprise`,
      text: { zh: "在民营企业工作", en: "You work for a private enterprise" },
      citation: cite("一", "民营企业专业技术人员一般在劳动关系所在地自愿参加职称评审"),
    }),
    employedBy(["self-employed", "freelance"], {
      id: `${ED}/freelance-or-non-public`,
      text: {
        zh: "自由职业者或个体经济组织等其他非公有制经济组织专业技术人员",
        en: "You are a freelancer or work for an individual business or another non-public economic organisation",
      },
      citation: cite("末段", REFERENCE_QUOTE),
    }),
  ],
)

// ---------------------------------------------------------------------------------------------
// Approved leave to start a business or work part-time: apply at the original unit within 3 years

const leaveApplies = onApprovedLeave({
  id: `${ED}/leave/on-approved-leave`,
  text: {
    zh: "经批准离岗创业或到民营企业兼职的高校、科研院所、医疗机构等企事业单位专业技术人员",
    en: "You are a professional from a university, research institute, hospital or other public unit on approved leave to start a business or to work part-time in a private enterprise",
  },
  citation: cite("一", LEAVE_QUOTE),
})

const leave = leaveToStartBusinessParts(ED, LEAVE_WINDOW.years, (quote) => cite("一", quote))

/** One track at "any" level: the level sought is the original unit's business (`leaveRules`, a review). */
const leaveTrack: Track = {
  id: `${ED}/leave-to-start-business`,
  edition: ED,
  kind: "who-may-apply",
  route: "evaluation",
  target: anySeriesAnyLevel,
  title: {
    zh: "离岗创业或兼职人员在原单位申报相应职称（3年内）",
    en: "On approved leave to start a business or work part-time: apply for a title at your original unit (within 3 years)",
  },
  citation: cite("一", LEAVE_QUOTE),
  appliesWhen: leaveApplies,
  requires: [leave.window, leave.originalUnitRules],
  judgedAtEvaluation: [leave.evidence],
}

// ---------------------------------------------------------------------------------------------
// Posted to another place continuously for at least one year: apply at the posting place

const postedNow = currentWorkWhere(
  {
    id: `${ED}/posting/posted-elsewhere`,
    text: {
      zh: "被用人单位派驻外地工作（当前）",
      en: "Your employer has posted you to work in another place (now)",
    },
    citation: cite("一", POSTING_QUOTE),
    missing: "work[].postedTo",
    describe: (w) => {
      const p = postingOf(w)
      return p !== undefined
        ? `posted to ${p.place} since ${p.from}`
        : w.postedTo === "no"
          ? "not posted"
          : "posting not stated"
    },
  },
  (w) => (w.postedTo === undefined ? undefined : w.postedTo !== "no"),
)

/** "连续工作一年以上": the current posting has lasted one whole year by anniversary (以上 includes 1). */
const withMetOn = (c: C.Check, metOn: CivilDate.CivilDate | undefined): C.Check =>
  metOn === undefined ? c : { ...c, metOn }

const postedOneYear = C.leaf({
  id: `${ED}/posting/continuously-one-year`,
  text: {
    zh: "在派驻地连续工作满一年（含一年）",
    en: "You have worked at the posting place continuously for at least one whole year",
  },
  citation: cite("一", "被派驻外地连续工作一年以上的"),
  check: ({ profile, reference }) => {
    const cur = profile.work?.filter((w) => w.to === "present")
    if (cur === undefined)
      return { outcome: "unknown", observed: "work history not given", missing: ["work"] }
    const postings = cur.flatMap((w) => {
      const p = postingOf(w)
      return p === undefined ? [] : [p]
    })
    if (postings.length === 0) {
      if (cur.length === 0) return { outcome: "unmet", observed: "no current work period" }
      return cur.some((w) => w.postedTo === undefined)
        ? { outcome: "unknown", observed: "posting not stated", missing: ["work[].postedTo"] }
        : { outcome: "unmet", observed: "not posted elsewhere" }
    }
    const earliest = postings.reduce((a, b) => (a.from <= b.from ? a : b))
    const years = CivilDate.completedYears(earliest.from, reference)
    const observed = `posted to ${earliest.place} since ${earliest.from}: ${years} whole year(s) to ${reference}`
    return years >= 1
      ? { outcome: "met", observed }
      : withMetOn(
          { outcome: "unmet", observed },
          dateOrUndefined(() => CivilDate.yearsCompletedOn(earliest.from, 1)),
        )
  },
})

const postingRules = C.review({
  id: `${ED}/posting/posting-place-rules`,
  text: {
    zh: "按派驻地的有关规定申报（派驻地规定不在本系统资料中）",
    en: "You apply under the posting place's rules (they are not in the sources)",
  },
  citation: cite("一", "可按有关规定在派驻地申报职称评审"),
})

const postingApplies = C.all(
  {
    id: `${ED}/posting/applies`,
    text: {
      zh: "民营企业（或参照执行的单位）专业技术人员，被派驻外地",
      en: "You work for a private enterprise (or a unit the notice applies to by reference) and are posted elsewhere",
    },
    citation: cite("一", POSTING_QUOTE),
  },
  [privateOrNonPublic, postedNow],
)

/** One track at "any" level: the level sought is the posting place's business (`postingRules`, a review). */
const postingTrack: Track = {
  id: `${ED}/posted-elsewhere`,
  edition: ED,
  kind: "who-may-apply",
  route: "evaluation",
  target: anySeriesAnyLevel,
  title: {
    zh: "派驻外地连续工作一年以上：在派驻地申报相应职称",
    en: "Posted to another place for a year or more: apply for a title at the posting place",
  },
  citation: cite("一", POSTING_QUOTE),
  appliesWhen: postingApplies,
  requires: [postedOneYear, postingRules],
  judgedAtEvaluation: [],
}

// ---------------------------------------------------------------------------------------------
// Green channel ("绿色通道"/"直通车"): apply directly at the corresponding level

const greenCategory = C.review({
  id: `${ED}/green-channel/talent-category`,
  text: {
    zh: "属于民营企业高层次专业技术人员、急需紧缺人才或优秀青年人才（由当地绿色通道认定）",
    en: "You are a high-level professional, an urgently needed talent or an excellent young talent of a private enterprise (as the local green channel defines them)",
  },
  citation: cite("四", GREEN_QUOTE),
})

const greenLevel = C.review({
  id: `${ED}/green-channel/local-rules`,
  text: {
    zh: "当地已建立职称评审“绿色通道”或“直通车”，且其规定的级别与条件适用于您（当地规定不在本系统资料中）",
    en: "Your locality has set up the green channel, and its levels and conditions fit you (the local rules are not in the sources)",
  },
  citation: cite("四", "建立职称评审“绿色通道”或“直通车”"),
})

/** One track at "any" level ("相应级别"): which level fits is part of the local-rules review. */
const greenTrack: Track = {
  id: `${ED}/green-channel`,
  edition: ED,
  kind: "green-channel",
  route: "evaluation",
  target: anySeriesAnyLevel,
  title: {
    zh: "绿色通道：直接申报相应级别职称",
    en: "Green channel: apply directly for the corresponding title",
  },
  citation: cite("四", GREEN_QUOTE),
  appliesWhen: privateOrNonPublic,
  requires: [greenCategory, greenLevel],
  judgedAtEvaluation: [],
}

// ---------------------------------------------------------------------------------------------
// Enterprise postdocs: direct recognition of an associate senior title

const isPostdoc = C.leaf({
  id: `${ED}/postdoc/enterprise-postdoc`,
  text: { zh: "企业博士后", en: "You are (or were) an enterprise postdoctoral researcher" },
  citation: cite("五", POSTDOC_QUOTE),
  check: ({ profile }) => {
    const pd = profile.status?.enterprisePostdoc
    return pd === undefined
      ? {
          outcome: "unknown",
          observed: "enterprise postdoc not stated",
          missing: ["status.enterprisePostdoc"],
        }
      : pd === "no"
        ? { outcome: "unmet", observed: "not an enterprise postdoc" }
        : { outcome: "met", observed: "enterprise postdoc" }
  },
})

const postdocFlag = (
  field: "fundedByPostdocFoundation" | "ledProvincialProject" | "stayedInEnterprise",
  spec: { id: string; zh: string; en: string; quote: string },
): C.Condition =>
  C.leaf({
    id: spec.id,
    text: { zh: spec.zh, en: spec.en },
    citation: cite("五", spec.quote),
    check: ({ profile }) => {
      const pd = profile.status?.enterprisePostdoc
      if (pd === undefined)
        return {
          outcome: "unknown",
          observed: "enterprise postdoc not stated",
          missing: ["status.enterprisePostdoc"],
        }
      if (pd === "no") return { outcome: "unmet", observed: "not an enterprise postdoc" }
      const v = pd[field]
      const path = `status.enterprisePostdoc.${field}`
      if (v === undefined) return { outcome: "unknown", observed: `${field} not stated`, missing: [path] }
      return v
        ? { outcome: "met", observed: `${field}: yes` }
        : { outcome: "unmet", observed: `${field}: no` }
    },
  })

const postdocMerit = C.any(
  {
    id: `${ED}/postdoc/funding-or-project`,
    text: {
      zh: "获得中国博士后科学基金资助，或主持省部级以上科研项目",
      en: "You received China Postdoctoral Science Foundation funding, or led a provincial/ministerial-level or higher research project",
    },
    citation: cite("五", "获得中国博士后科学基金资助或主持省部级以上科研项目"),
  },
  [
    postdocFlag("fundedByPostdocFoundation", {
      id: `${ED}/postdoc/foundation-funding`,
      zh: "获得中国博士后科学基金资助",
      en: "You received China Postdoctoral Science Foundation funding",
      quote: "获得中国博士后科学基金资助",
    }),
    postdocFlag("ledProvincialProject", {
      id: `${ED}/postdoc/led-provincial-project`,
      zh: "主持省部级以上科研项目",
      en: "You led a research project at provincial/ministerial level or above",
      quote: "主持省部级以上科研项目",
    }),
  ],
)

const leftStation = C.leaf({
  id: `${ED}/postdoc/left-station`,
  text: { zh: "已出站", en: "You have left the postdoctoral station" },
  citation: cite("五", "出站后继续留在企业的"),
  check: ({ profile, reference }) => {
    const pd = profile.status?.enterprisePostdoc
    if (pd === undefined)
      return {
        outcome: "unknown",
        observed: "enterprise postdoc not stated",
        missing: ["status.enterprisePostdoc"],
      }
    if (pd === "no") return { outcome: "unmet", observed: "not an enterprise postdoc" }
    const d = pd.leftStation
    if (d === undefined)
      return {
        outcome: "unknown",
        observed: "date of leaving the station not stated",
        missing: ["status.enterprisePostdoc.leftStation"],
      }
    return d <= reference
      ? { outcome: "met", observed: `left the station on ${d}` }
      : { outcome: "unmet", observed: `leaves the station on ${d}`, metOn: d }
  },
})

const stayed = postdocFlag("stayedInEnterprise", {
  id: `${ED}/postdoc/stayed-in-enterprise`,
  zh: "出站后继续留在企业",
  en: "You stayed in the enterprise after leaving the station",
  quote: "出站后继续留在企业的",
})

const postdocTrack: Track = {
  id: `${ED}/postdoc-direct-recognition`,
  edition: ED,
  kind: "direct-recognition",
  route: "recognition",
  target: anySeries("associate-senior"),
  title: {
    zh: "企业博士后出站留企：直接认定副高级职称",
    en: "Enterprise postdoc staying in the enterprise: direct recognition of an associate senior title",
  },
  citation: cite("五", POSTDOC_QUOTE),
  appliesWhen: isPostdoc,
  requires: [postdocMerit, leftStation, stayed],
  judgedAtEvaluation: [],
}

// ---------------------------------------------------------------------------------------------

const tracks: ReadonlyArray<Track> = [leaveTrack, postingTrack, greenTrack, postdocTrack]

export const national2020: Edition = {
  id: ED,
  document: DOC,
  tracks,
  materials: () => [],
  deadlines: () => [],
  procedure: SILENT_ON_PUBLICITY,
  settings: [
    {
      id: `${ED}/settings/leave-window`,
      value: LEAVE_WINDOW,
      text: {
        zh: "离岗创业“3年内”：自批准离岗次日起算，至3周年对应日（含当日）止；该日为法定休假日（含不调休的周末）的，顺延至休假日结束的次日（民法典第二百零一至二百零三条，按国务院办公厅节假日安排通知；缺少该年通知时不作推断）",
        en: 'Leave window "within 3 years": from the day after leave begins to the 3rd anniversary inclusive, carried to the day after the rest days when the anniversary is a statutory holiday or a weekend not worked (Civil Code arts. 201–203, on the State Council holiday notices; never guessed for a year without one)',
      },
      citation: cite("一", "3年内可在原单位按规定申报职称"),
    },
    {
      id: `${ED}/settings/leave-window-civil-code`,
      value: { articles: [201, 202, 203] },
      text: {
        zh: "按照年计算期间的，开始的当日不计入；到期月的对应日为期间的最后一日；最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日",
        en: "A period in years starts the day after its first day and ends on the corresponding day; a last day that is a statutory rest day moves to the day after the rest days",
      },
      citation: {
        document: CIVIL_CODE,
        article: "第二百零一条至第二百零三条",
        quote:
          "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。按照年、月计算期间的，到期月的对应日为期间的最后一日。期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日",
      },
    },
  ],
  notEncoded: [
    {
      article: "一（劳动关系所在地申报）",
      reason: {
        zh: "默认渠道（在劳动关系所在地自愿参加评审）不设可判断的条件，具体条件见地方版本；仅作为适用对象的引文使用",
        en: "The default channel (apply where your labour relation is) sets no condition a profile can fail; local editions carry the conditions. Used only as the citation of who the notice is for",
      },
    },
    {
      article: "一（受理服务点、社会化申报、兜底机制）、二、六",
      reason: {
        zh: "对人社部门、评审机构和社会组织的工作要求，不决定个人能否取得职称",
        en: "Duties of the authorities, committees and social organisations; they do not decide whether a person obtains a title",
      },
    },
    {
      article: "三",
      reason: {
        zh: "评审标准的制定原则（对论文、职称外语等不做限制性要求等）由各地标准落实，本通知未规定可直接适用的条件",
        en: "Principles for local standards (e.g. no restrictive requirement for papers or a foreign-language test); the notice sets no condition that applies directly",
      },
    },
    {
      article: "四（评价方式、委托评审、单独分组、远程评审）",
      reason: {
        zh: "评价方式和组织安排，由各地实施；系统资料中没有当地评审能力或委托安排的数据",
        en: "Methods and arrangements carried out locally; the sources have no data on local committees or delegated evaluation",
      },
    },
    {
      article: "四（绿色通道）",
      reason: {
        zh: "“高层次、急需紧缺、优秀青年人才”的认定标准与可申报级别由各地规定，不在资料中：编码为人工审核",
        en: "Who counts as high-level, urgently needed or excellent young talent, and at which level, is set locally and not in the sources: encoded as reviews",
      },
    },
    {
      article: "五（电子证书、事后备案）",
      reason: {
        zh: "证书与备案管理，不决定个人资格",
        en: "Certificate and filing administration; does not decide eligibility",
      },
    },
    {
      article: "五（博士后直接认定）",
      reason: {
        zh: "由哪个机构在哪个系列认定未作规定",
        en: "Which body recognises the title and in which series is not stated",
      },
    },
    {
      article: "引言（《职称评审管理暂行规定》）",
      reason: {
        zh: "所依据的规章不在资料中，其内容未知",
        en: "The regulation the notice relies on is not in the sources; its content is unknown",
      },
    },
  ],
}
