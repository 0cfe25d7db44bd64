/** The calculator's words (day kinds come from Labels). */
import type { Both } from "./i18n.ts"

export const calcUi = {
  intro: {
    zh: "输入开始日期和天数，按国务院办公厅每年发布的节假日安排计算截止日。适用于“公示期不少于5个工作日”“不少于5天”等规定。",
    en: "Enter the start day and the number of days to find the last day, on the State Council's yearly holiday arrangements. For rules such as “publicity of at least 5 working days” or “at least 5 days”.",
  },
  start: { zh: "开始日期（公示发布日）", en: "Start day (the day of publication)" },
  startHint: { zh: "例如 2024 10 8", en: "For example 2024 10 8" },
  year: { zh: "年", en: "Year" },
  month: { zh: "月", en: "Month" },
  day: { zh: "日", en: "Day" },
  amount: { zh: "天数", en: "Number of days" },
  unit: { zh: "按什么计算", en: "Count in" },
  workingDays: {
    zh: "工作日（节假日和周末不计，调休上班日计入）",
    en: "Working days (holidays and weekends skipped, adjusted working days counted)",
  },
  calendarDays: {
    zh: "自然日（最后一天是节假日的，顺延到节假日后第一个工作日）",
    en: "Calendar days (a last day on a rest day moves to the next working day)",
  },
  first: { zh: "发布当日计入期限", en: "The day of publication counts" },
  firstHint: {
    zh: "一般不计入，从次日起算（《民法典》第二百零一条）。文件另有规定时勾选。",
    en: "Usually it does not: counting starts the next day (Civil Code art. 201). Tick only where the document says so.",
  },
  calculate: { zh: "计算", en: "Calculate" },
  "start-missing": { zh: "请输入开始日期的年、月、日", en: "Enter the start day's year, month and day" },
  "start-invalid": { zh: "开始日期不是真实存在的日期", en: "The start day must be a real date" },
  "amount-invalid": {
    zh: "天数须为 1 到 365 之间的整数",
    en: "The number of days must be a whole number from 1 to 365",
  },
  "unit-missing": { zh: "请选择按工作日还是自然日计算", en: "Choose working days or calendar days" },
  errorSummary: { zh: "请修改以下问题", en: "There is a problem" },
  yearMissing: {
    zh: "无法计算：{year}年的国务院节假日安排尚未发布或未收录，不能确定哪些日子是工作日，本站不作推测。已收录的年份：{loaded}。",
    en: "Cannot calculate: the State Council's holiday arrangements for {year} are not published or not loaded, so which days are working days is unknown, and the site does not guess. Years loaded: {loaded}.",
  },
  resultHeading: { zh: "计算结果", en: "Result" },
  endIs: { zh: "截止日：{end}（当日24时止）", en: "Last day: {end} (until midnight)" },
  startsOn: { zh: "从 {start} 起算。", en: "Counting starts on {start}." },
  extended: {
    zh: "第 {n} 天（{nominal}）是休息日，依《民法典》第二百零三条顺延至 {end}。",
    en: "Day {n} ({nominal}) is a rest day, so by Civil Code art. 203 the period runs on to {end}.",
  },
  legend: { zh: "图例", en: "Key" },
  counted: { zh: "第{n}天", en: "day {n}" },
  extension: { zh: "顺延", en: "extended" },
  published: { zh: "发布日", en: "published" },
  weekdays: { zh: "一,二,三,四,五,六,日", en: "Mon,Tue,Wed,Thu,Fri,Sat,Sun" },
  basis: { zh: "计算依据", en: "Rules applied" },
} as const satisfies Record<string, Both>
