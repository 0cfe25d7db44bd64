/** The calculator island: fills the form from the query string, computes, and draws the result. */
import type { CivilDate } from "@zhicheng/domain/CivilDate"
import { formatDate, type Locale } from "@zhicheng/domain/Labels"
import { calculate, type Month, type MonthDay, readQuery } from "../lib/calculator.ts"
import { el, fill, showErrors, words } from "./dom.ts"

type Words = Record<string, string> & { readonly dayKind: Record<string, string>; readonly locale: Locale }

const cell = (w: Words, d: MonthDay | null): HTMLTableCellElement => {
  const td = el("td")
  if (d === null) return td
  const day = Number(d.date.slice(8, 10))
  const notes: Array<string> = []
  if (d.info?.kind === "holiday") notes.push(w.locale === "en" ? d.info.holiday.en : d.info.holiday.zh)
  if (d.info?.kind === "adjusted-workday") notes.push(w.dayKind["adjusted-workday"] ?? "")
  if (d.role === "counted" && d.ordinal !== null) notes.push(fill(w.counted ?? "", { n: d.ordinal }))
  if (d.role === "extension") notes.push(w.extension ?? "")
  if (d.role === "published") notes.push(w.published ?? "")
  td.className = [
    d.info ? `day-${d.info.kind}` : "",
    d.role === "counted" || d.role === "extension" ? "in-period" : "",
  ]
    .join(" ")
    .trim()
  td.append(String(day))
  for (const n of notes) td.append(el("small", n))
  const full = d.info
    ? `${formatDate(d.date, w.locale)} ${w.dayKind[d.info.kind]}`
    : formatDate(d.date, w.locale)
  td.title = full
  return td
}

const monthTable = (w: Words, m: Month): HTMLTableElement => {
  const table = el("table", undefined, "month")
  const label =
    w.locale === "en"
      ? formatDate(`${m.year}-${String(m.month).padStart(2, "0")}-01` as CivilDate, "en").replace(/^1 /, "")
      : `${m.year}年${m.month}月`
  table.append(el("caption", label))
  const head = el("tr")
  for (const wd of (w.weekdays ?? "").split(",")) {
    const th = el("th", wd)
    th.scope = "col"
    head.append(th)
  }
  const thead = el("thead")
  thead.append(head)
  const tbody = el("tbody")
  for (const week of m.weeks) {
    const tr = el("tr")
    for (const d of week) tr.append(cell(w, d))
    tbody.append(tr)
  }
  table.append(thead, tbody)
  return table
}

export const start = (): void => {
  const w = words<Words>("calculator-words")
  const form = document.getElementById("calculator") as HTMLFormElement | null
  const out = document.getElementById("result")
  const errors = document.getElementById("errors")
  if (!w || !form || !out || !errors) return
  const params = new URLSearchParams(location.search)
  const q = readQuery(params)
  // The form shows what the query string says, so back/forward and shared links keep the answers.
  for (const [name, value] of params) {
    const input = form.elements.namedItem(name)
    if (input instanceof HTMLInputElement) {
      if (input.type === "checkbox") input.checked = value === "1"
      else input.value = value
    } else if (input instanceof RadioNodeList)
      for (const r of input) (r as HTMLInputElement).checked = (r as HTMLInputElement).value === value
  }
  const outcome = calculate(q)
  if (outcome.kind === "empty") return
  if (outcome.kind === "invalid") {
    const problems = outcome.errors.map((e) => ({ field: e.field, message: w[e.code] ?? e.code }))
    showErrors(errors, w.errorSummary ?? "", problems, ["start", "amount", "unit"])
    return
  }
  if (outcome.kind === "year-missing") {
    const p = el(
      "p",
      fill(w.yearMissing ?? "", { year: outcome.year, loaded: outcome.loaded.join("、") }),
      "banner",
    )
    p.setAttribute("role", "alert")
    out.replaceChildren(el("h2", w.resultHeading), p)
    return
  }
  const { period, months } = outcome
  const f = (d: CivilDate) => formatDate(d, w.locale)
  const h = el("h2", w.resultHeading)
  const end = el("p", fill(w.endIs ?? "", { end: f(period.end) }), "lead")
  end.id = "period-end"
  const parts: Array<Node> = [h, end, el("p", fill(w.startsOn ?? "", { start: f(period.start) }))]
  if (period.end !== period.nominalEnd)
    parts.push(
      el(
        "p",
        fill(w.extended ?? "", { n: outcome.rule.amount, nominal: f(period.nominalEnd), end: f(period.end) }),
      ),
    )
  for (const m of months) parts.push(monthTable(w, m))
  const basis = el("details")
  basis.append(el("summary", w.basis))
  for (const c of period.rule) {
    const q = el("blockquote")
    q.lang = "zh-CN"
    q.append(el("p", c.quote), el("cite", c.article))
    basis.append(q)
  }
  parts.push(basis)
  out.replaceChildren(...parts)
}
