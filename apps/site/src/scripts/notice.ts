/** The notice island: reads GET /api/v1/publicity-notices/{id}, shows it, and posts objections. */
import type { CivilDate } from "@zhicheng/domain/CivilDate"
import { formatDate, type Locale } from "@zhicheng/domain/Labels"
import { api, reason } from "../lib/api.ts"
import { el, fill, showErrors, words } from "./dom.ts"

type Words = Record<string, string> & { readonly documents: Record<string, string>; readonly locale: Locale }

const today = (): string => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date())

const facts = (rows: ReadonlyArray<readonly [string, string]>) => {
  const dl = el("dl", undefined, "facts")
  for (const [k, v] of rows) dl.append(el("dt", k), el("dd", v))
  return dl
}

/** A wide table in a region that scrolls sideways on a phone (focusable, so the keyboard can scroll it). */
const scroller = (table: HTMLTableElement, label: string) => {
  const div = el("div", undefined, "table-scroll")
  div.tabIndex = 0
  div.setAttribute("role", "region")
  div.setAttribute("aria-label", label)
  div.append(table)
  return div
}

const field = (id: string, label: string, control: HTMLElement, hint?: string) => {
  const div = el("div", undefined, "field")
  div.id = `field-${id}`
  const l = el("label", label)
  l.htmlFor = id
  div.append(l)
  if (hint !== undefined) {
    const h = el("p", hint, "hint")
    h.id = `${id}-hint`
    control.setAttribute("aria-describedby", h.id)
    div.append(h)
  }
  const err = el("p", undefined, "error-message")
  err.id = `${id}-error`
  err.hidden = true
  control.id = id
  div.append(err, control)
  return div
}

const objectionForm = (w: Words, id: string, entries: ReadonlyArray<{ name: string }>) => {
  const form = el("form")
  form.noValidate = true
  const errors = el("div")
  const select = el("select")
  select.name = "entry"
  select.append(el("option", "—"))
  ;(select.firstChild as HTMLOptionElement).value = ""
  entries.forEach((e, i) => {
    const o = el("option", `${i + 1}. ${e.name}`)
    o.value = String(i + 1)
    select.append(o)
  })
  const text = el("textarea")
  text.name = "text"
  text.maxLength = 10_000
  const name = el("input")
  name.type = "text"
  name.name = "name"
  name.autocomplete = "name"
  name.maxLength = 200
  const contact = el("input")
  contact.type = "text"
  contact.name = "contact"
  contact.maxLength = 500
  const button = el("button", w.submit)
  button.type = "submit"
  const receipt = el("div")
  receipt.setAttribute("aria-live", "polite")
  form.append(
    errors,
    field("entry", w.entry ?? "", select),
    field("text", w.text ?? "", text),
    field("objector-name", w.objectorName ?? "", name),
    field("contact", w.contact ?? "", contact, w.contactHint),
    button,
  )
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault()
    const problems: Array<{ field: string; message: string }> = []
    if (select.value === "") problems.push({ field: "entry", message: w["entry-missing"] ?? "" })
    if (text.value.trim() === "") problems.push({ field: "text", message: w["text-missing"] ?? "" })
    if (contact.value.trim() === "") problems.push({ field: "contact", message: w["contact-missing"] ?? "" })
    showErrors(errors, w.errorSummary ?? "", problems, ["entry", "text", "contact"])
    if (problems.length > 0) return
    button.disabled = true
    const res = await api
      .POST("/api/v1/publicity-notices/{id}/objections", {
        params: { path: { id } },
        // A second click or a retried request files the objection once.
        headers: { "idempotency-key": crypto.randomUUID() },
        body: {
          entry: Number(select.value),
          text: text.value.trim(),
          objector: {
            ...(name.value.trim() !== "" ? { name: name.value.trim() } : {}),
            contact: contact.value.trim(),
          },
        },
      })
      .catch(() => undefined)
    button.disabled = false
    if (res?.data !== undefined) {
      const h = el("h2", w.received)
      h.tabIndex = -1
      form.replaceWith(receipt)
      receipt.className = "panel"
      receipt.append(
        h,
        el("p", fill(w.reference ?? "", { id: res.data.objection })),
        el("p", fill(w.filedOn ?? "", { date: formatDate(res.data.filedOn as CivilDate, w.locale) })),
      )
      receipt.id = "objection-receipt"
      h.focus()
      return
    }
    const why = res?.error !== undefined ? reason(res.error as never) : (w.failed ?? "")
    showErrors(
      errors,
      w.errorSummary ?? "",
      [{ field: "text", message: fill(w.refused ?? "", { reason: why }) }],
      [],
    )
  })
  return form
}

export const start = async (): Promise<void> => {
  const w = words<Words>("notice-words")
  const box = document.getElementById("notice")
  if (w === undefined || box === null) return
  const id = new URLSearchParams(location.search).get("id")?.trim() ?? ""
  if (id === "") {
    box.replaceChildren(el("p", w.notFound))
    return
  }
  box.replaceChildren(el("p", w.loading))
  const res = await api
    .GET("/api/v1/publicity-notices/{id}", { params: { path: { id } } })
    .catch(() => undefined)
  if (res?.data === undefined) {
    box.replaceChildren(el("p", res?.response.status === 404 ? w.notFound : w.failed, "banner"))
    return
  }
  const n = res.data
  const f = (d: string) => formatDate(d as CivilDate, w.locale)
  const day = today()
  const running = day >= n.published && day <= n.end
  const table = el("table")
  const head = el("tr")
  for (const k of ["no", "name", "employer", "specialty", "title", "track"]) {
    const th = el("th", w[k])
    th.scope = "col"
    head.append(th)
  }
  const thead = el("thead")
  thead.append(head)
  const tbody = el("tbody")
  n.entries.forEach((e, i) => {
    const tr = el("tr")
    for (const v of [String(i + 1), e.name, e.employer, e.specialty, e.title, e.track]) tr.append(el("td", v))
    tbody.append(tr)
  })
  table.append(el("caption", w.entries), thead, tbody)
  const clause = el("details")
  const quote = el("blockquote")
  quote.lang = "zh-CN"
  quote.append(el("p", n.clause.quote), el("cite", n.clause.article))
  clause.append(el("summary", w.clause), quote)
  const parts: Array<Node> = [
    facts([
      [w.noticeId ?? "", n.notice],
      [w.document ?? "", w.documents[n.edition] ?? n.edition],
      [w.published ?? "", f(n.published)],
      [
        w.period ?? "",
        `${fill(w.periodRange ?? "", { start: f(n.start), end: f(n.end) })}${running ? ` · ${w.running}` : ""}`,
      ],
      [w.howToObject ?? "", n.howToObject],
    ]),
    clause,
    scroller(table, w.entries ?? ""),
    el("h2", w.objectHeading),
  ]
  if (running) parts.push(el("p", w.objectIntro), objectionForm(w, n.notice, n.entries))
  else parts.push(el("p", day < n.published ? w.notStarted : w.ended))
  box.replaceChildren(...parts)
}
