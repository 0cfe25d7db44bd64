/** The self-check's own words (questions, statuses and dates come from the domain). */
import type { Both } from "./i18n.ts"

export const checkUi = {
  intro: {
    zh: "回答一些关于您的学历、工作和职称的问题，看看按您工作地的政策，您在每条申报途径上是否符合条件、差在哪里、最早何时可以申报，以及需要准备哪些材料。每个结论都附有政策原文条款。",
    en: "Answer some questions about your education, work and titles to see, under the rules where you work, whether you qualify on each route, what is missing, the earliest date you can apply and what to prepare. Every answer names its clause.",
  },
  privacy: {
    zh: "您的回答只保存在本页网址“#”号之后的部分，并在您的浏览器中计算，不会发送给任何服务器或任何人。本页只会下载您所选地区的政策规则（和打开该地区的办事指南一样）。",
    en: "Your answers are kept only in this page's address after the “#” and worked out in your browser. They are never sent to any server or anyone. The page downloads only the rules of the place you choose (as opening that place's guide would).",
  },
  time: {
    zh: "大约需要 5 分钟。不清楚的问题可以跳过。",
    en: "It takes about 5 minutes. You can skip a question you are not sure about.",
  },
  start: { zh: "开始", en: "Start now" },
  loading: { zh: "正在准备……", en: "Getting ready…" },
  whyAsked: { zh: "为什么问这个问题", en: "Why we ask" },
  skip: { zh: "我不清楚，跳过", en: "I don't know — skip" },
  errorSummary: { zh: "请修改以下问题", en: "There is a problem" },
  year: { zh: "年", en: "Year" },
  month: { zh: "月", en: "Month" },
  day: { zh: "日", en: "Day" },
  dateHint: { zh: "例如 2015 7 1", en: "For example 2015 7 1" },
  monthHint: { zh: "例如 2015 7", en: "For example 2015 7" },
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
  checkTitle: { zh: "检查您的回答", en: "Check your answers" },
  checkIntro: {
    zh: "请确认以下回答无误，需要时点“修改”。修改某个回答不会丢失其他回答。",
    en: "Check these answers and change any that are wrong. Changing one keeps the others.",
  },
  skipped: { zh: "未回答（已跳过）", en: "Not answered (skipped)" },
  seeResult: { zh: "查看结果", en: "See the result" },
  resultTitle: { zh: "测评结果", en: "Your result" },
  resultIntro: {
    zh: "按{place}适用的政策，于{date}测评。结果仅供参考，以主管部门审核为准。",
    en: "Under the rules that apply in {place}, as of {date}. This is guidance; the bureau's review decides.",
  },
  noPlace: {
    zh: "您未选择工作地，以下为全部文件的结果。",
    en: "You did not say where you work, so every document is shown.",
  },
  reasons: { zh: "原因", en: "Why" },
  metAll: { zh: "满足的条件", en: "Conditions you meet" },
  waiting: {
    zh: "还需要的信息（可在窗口由工作人员核实）",
    en: "Still needed (a clerk can check it with you)",
  },
  reviewing: { zh: "需要审核人员判断的事项", en: "For a person to judge" },
  earliest: {
    zh: "仅差时间：最早可于 {date} 满足条件。",
    en: "Only time is missing: you meet the conditions from {date}.",
  },
  earliestOutside: { zh: "（该日期已超出本文件的申报期）", en: "(after this document's application period)" },
  materials: { zh: "申报材料清单", en: "Materials checklist" },
  deadlines: { zh: "申报时间", en: "Deadlines" },
  notApplicable: { zh: "不适用于您的途径（{n} 条）", en: "Routes that do not apply to you ({n})" },
  guide: { zh: "查看本途径的办事指南", en: "Read this route's guide" },
  print: { zh: "打印结果", en: "Print the result" },
  download: {
    zh: "下载我的信息（JSON 文件，可交窗口或系统使用）",
    en: "Download my answers (a JSON file the counter and the API accept)",
  },
  changeAnswers: { zh: "修改回答", en: "Change your answers" },
  startAgain: { zh: "重新开始", en: "Start again" },
  noTracks: { zh: "没有适用的申报途径。", en: "No route applies." },
  answered: { zh: "已回答 {n} 个问题", en: "{n} questions answered" },
  clause: { zh: "依据条文", en: "The clause" },
} as const satisfies Record<string, Both>
