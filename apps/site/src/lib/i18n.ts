/**
 * Locales and the site's own words. zh-CN is served at the root and English under /en/; every page
 * exists in both, so `alternates` can always name the other one (hreflang). Words that belong to the
 * domain (statuses, levels, track kinds, dates) come from @zhicheng/domain/Labels, not from here.
 */
import { type Locale, text } from "@zhicheng/domain/Labels"

export type { Locale }
export const LOCALES: ReadonlyArray<Locale> = ["zh-CN", "en"]

/** Both languages of one piece of text, the shape the domain uses for its plain texts. */
export interface Both {
  readonly zh: string
  readonly en: string
}

/** The text in one locale (the domain's `Labels.text`, which takes the same shape). */
export const pick: (t: Both, locale: Locale) => string = text

/** The URL prefix of a locale: "" for zh-CN, "/en" for English. */
export const prefix = (locale: Locale): string => (locale === "en" ? "/en" : "")

/** A site path in a locale: `href("en", "/guides/")` → "/en/guides/". Paths start and end with "/". */
export const href = (locale: Locale, path: string): string => `${prefix(locale)}${path}`

/** The locale-free path of a URL path: "/en/guides/" → "/guides/". */
export const unprefixed = (pathname: string): string =>
  pathname === "/en" || pathname.startsWith("/en/") ? pathname.slice(3) || "/" : pathname

/** The site's own interface words (UI chrome), zh-CN and English. */
export const ui = {
  siteName: { zh: "职称服务", en: "Professional titles service" },
  siteTagline: {
    zh: "民营企业工程技术人员职称：办事指南、自助测评、公示与证书查验",
    en: "Professional titles for engineers in private enterprises: guides, self-check, publicity and certificate checks",
  },
  skip: { zh: "跳到正文", en: "Skip to main content" },
  nav: { zh: "网站导航", en: "Site navigation" },
  home: { zh: "首页", en: "Home" },
  guides: { zh: "办事指南", en: "Guides" },
  selfCheck: { zh: "看看我能否申报", en: "Can I apply?" },
  publicity: { zh: "公示", en: "Publicity" },
  calculator: { zh: "期限计算", en: "Period calculator" },
  verify: { zh: "证书查验", en: "Check a certificate" },
  search: { zh: "搜索指南", en: "Search the guides" },
  otherLanguage: { zh: "English", en: "中文" },
  otherLanguageLabel: { zh: "Read this page in English", en: "阅读本页中文版" },
  largeText: { zh: "大字模式", en: "Large text" },
  print: { zh: "打印本页", en: "Print this page" },
  footer: {
    zh: "本站内容由政策文件逐条生成，每项结论均注明依据条款。结果仅供参考，以主管部门审核为准。",
    en: "Every page is generated from the policy documents clause by clause and names its source. Results are guidance; the bureau's review decides.",
  },
  apiDocs: { zh: "开放接口（API）文档", en: "API reference" },
  back: { zh: "返回", en: "Back" },
  continue: { zh: "继续", en: "Continue" },
  change: { zh: "修改", en: "Change" },
  notFoundTitle: { zh: "找不到该页面", en: "Page not found" },
  notFoundBody: {
    zh: "如果您输入了网址，请检查是否有误。如果您粘贴了网址，请确认复制完整。",
    en: "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.",
  },
  noScript: {
    zh: "此功能需要启用浏览器的 JavaScript。办事指南无需 JavaScript 即可阅读：",
    en: "This feature needs JavaScript turned on in your browser. The guides work without it:",
  },
} as const satisfies Record<string, Both>

export type UiKey = keyof typeof ui
export const t = (key: UiKey, locale: Locale): string => pick(ui[key], locale)

/** Words of the guide pages (service-guide headings, GOV.UK-style phrases). */
export const guideUi = {
  basics: { zh: "基本信息", en: "Basic information" },
  conditions: { zh: "申请条件", en: "Who can apply" },
  materials: { zh: "申报材料", en: "What you need" },
  process: { zh: "办理流程", en: "How it works" },
  timeLimits: { zh: "办理时限", en: "Deadlines and time limits" },
  basis: { zh: "设定依据", en: "Legal basis" },
  notEncoded: { zh: "本指南未涵盖的内容及原因", en: "What this guide does not cover, and why" },
  readings: { zh: "本系统对条文的理解", en: "How the service reads the text" },
  document: { zh: "文件名称", en: "Document" },
  number: { zh: "文号", en: "Number" },
  issuer: { zh: "发布机关", en: "Issued by" },
  issuedOn: { zh: "发布日期", en: "Issued on" },
  status: { zh: "文件状态", en: "Status" },
  validity: { zh: "有效期", en: "Valid" },
  validityOpen: { zh: "未规定", en: "Not stated" },
  until: { zh: "至", en: "to" },
  area: { zh: "适用地区", en: "Applies in" },
  kind: { zh: "申报类别", en: "Kind of application" },
  route: { zh: "取得方式", en: "How the title is obtained" },
  target: { zh: "申报职称", en: "Title" },
  evaluationYear: { zh: "评审年度", en: "Evaluation year" },
  referenceDate: { zh: "年限计算截止日", en: "Years counted to" },
  notGiven: { zh: "文件未载明", en: "Not given in the document" },
  appliesWhen: { zh: "适用对象", en: "Who this is for" },
  requires: { zh: "须同时满足以下全部条件", en: "You must meet all of these conditions" },
  all: { zh: "以下全部满足", en: "all of the following" },
  any: { zh: "满足以下任意一项", en: "any one of the following" },
  atLeast: { zh: "至少满足以下 {n} 项", en: "at least {n} of the following" },
  review: { zh: "由审核人员判断", en: "judged by a person" },
  clause: { zh: "依据条文", en: "The clause" },
  exceptionTo: { zh: "本途径是以下正常途径的例外：", en: "This is an exception to:" },
  replaces: {
    zh: "它替换或免除了正常途径的这些条件：",
    en: "It replaces or waives these conditions of that route:",
  },
  judged: {
    zh: "评审时由评审委员会评议（不在申报前判断）",
    en: "Judged by the committee at evaluation (not decided beforehand)",
  },
  materialsIntro: {
    zh: "以下为本途径可能需要的全部材料；具体需要哪些取决于您的情况（例如学历取得时间、社保缴纳地）。可用浏览器的打印功能（Ctrl+P）打印本清单。",
    en: "These are all the materials this route may ask for; which ones you need depends on your situation (for example when you graduated, where you paid social insurance). Use your browser's print command (Ctrl+P) to print this checklist.",
  },
  noMaterials: { zh: "文件未对本途径列出申报材料。", en: "The document lists no materials for this route." },
  noDeadlines: { zh: "文件未规定本途径的申报时间。", en: "The document sets no dates for this route." },
  publicityStep: { zh: "公示", en: "Publicity" },
  publicityDays: {
    zh: "公示期不少于 {n} {unit}，{first}。",
    en: "Publicity lasts at least {n} {unit}; {first}.",
  },
  workingDays: { zh: "个工作日", en: "working days" },
  calendarDays: { zh: "天", en: "calendar days" },
  firstDayCounts: { zh: "公示当日计入", en: "the day of publication counts" },
  firstDayNotCounted: { zh: "公示当日不计入，从次日起算", en: "counting starts the day after publication" },
  calculatorLink: {
    zh: "用期限计算器算出公示截止日",
    en: "Work out the last day with the period calculator",
  },
  from: { zh: "开始", en: "From" },
  to: { zh: "截止", en: "Until" },
  source: { zh: "原文文件", en: "Source file" },
  citesUnavailable: {
    zh: "文件引用、但本系统未收到原文的文件（内容未知，不作推测）：",
    en: "Documents it cites that the service does not have (content unknown, never guessed):",
  },
  draftBanner: {
    zh: "本文件为征求意见稿，尚未正式施行。本指南仅供参考。",
    en: "This document is a draft for comment and not yet in force. This guide is for information only.",
  },
  lapsedBanner: {
    zh: "本文件已过有效期。本指南保留以供查阅，不代表当前政策。",
    en: "This document has lapsed. The guide is kept for reference and does not describe current policy.",
  },
  statusAsOf: { zh: "（截至 {date}）", en: " (as of {date})" },
  tracks: { zh: "申报途径", en: "Routes to a title" },
  editions: { zh: "适用的政策文件", en: "Documents that apply" },
  places: { zh: "按地区查找", en: "Find by place" },
  documents: { zh: "全部政策文件", en: "All documents" },
  inherits: {
    zh: "在{place}工作，除本地文件外，上级地区的文件同样适用。",
    en: "If you work in {place}, the documents of the areas above it apply as well as its own.",
  },
  startCheck: { zh: "开始自助测评", en: "Start the self-check" },
  settingValue: { zh: "取值", en: "Value" },
  guidesIntro: {
    zh: "选择您工作所在的地区，查看适用的政策文件和每条申报途径的办事指南。所有内容由政策原文逐条生成，每项条件旁附原文条款。",
    en: "Choose where you work to see the documents that apply and a guide to each route to a title. Every page is generated from the documents, with each condition's clause beside it.",
  },
  onThisPage: { zh: "本页内容", en: "On this page" },
} as const satisfies Record<string, Both>

/** Fills `{name}` slots of a phrase. */
export const fill = (s: string, values: Readonly<Record<string, string | number>>): string =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
