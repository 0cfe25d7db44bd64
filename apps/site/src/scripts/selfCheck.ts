/**
 * The self-check island: renders the step the URL fragment names — the start, one question (GOV.UK
 * question page), check-your-answers, or the result — and moves between them by changing the
 * fragment, so the browser's back and forward buttons work. Nothing here sends a request.
 */
import type { Citation } from "@zhicheng/domain/Citation"
import type { CivilDate } from "@zhicheng/domain/CivilDate"
import * as Eligibility from "@zhicheng/domain/Engine"
import type * as Interview from "@zhicheng/domain/Interview"
import { question as questionById } from "@zhicheng/domain/Interview"
import { formatDate, type Label, type Locale, text } from "@zhicheng/domain/Labels"
import type { Edition } from "@zhicheng/domain/Policy"
import { load } from "@zhicheng/domain/places/index"
import { guidePathOf } from "../lib/paths.ts"
import * as Flow from "../lib/selfCheck.ts"
import { el, fill, showErrors, words } from "./dom.ts"

type Words = Record<string, string> & {
  readonly status: Record<string, string>
  readonly trackKind: Record<string, string>
  readonly places: Record<string, string>
  readonly documents: Record<string, string>
  readonly guidesBase: string
  readonly locale: Locale
}

let w: Words
let root: HTMLElement
const asOf = Flow.today()
/** The editions of the place answered, loaded once per place: only that place's rules reach the page. */
const editionsByPlace = new Map<string, ReadonlyArray<Edition>>()
const contextFor = async (place: string | undefined): Promise<Flow.Context> => {
  if (place === undefined) return { asOf, editions: [] }
  const known = editionsByPlace.get(place)
  if (known !== undefined) return { asOf, editions: known }
  const editions = (await load(place)) ?? []
  editionsByPlace.set(place, editions)
  return { asOf, editions }
}
let ctx: Flow.Context = { asOf, editions: [] }
const T = (l: Label | string) => (typeof l === "string" ? l : text(l, w.locale))
const link = (s: Flow.State) => Flow.serialise(s)
const go = (s: Flow.State) => {
  location.hash = link(s)
}

const clauses = (cs: ReadonlyArray<Citation>, summary: string) => {
  const d = el("details")
  d.append(el("summary", summary))
  for (const c of cs) {
    const q = el("blockquote")
    q.lang = "zh-CN"
    q.append(el("p", c.quote), el("cite", c.article))
    d.append(q)
  }
  return d
}

const backLink = (s: Flow.State) => {
  const a = el("a", w.back, "back-link no-print")
  a.href = link({ ...s, step: Flow.previous(s) })
  return a
}

const page = (heading: HTMLElement | null, ...parts: ReadonlyArray<Node>) => {
  root.replaceChildren(...(heading ? [heading] : []), ...parts)
  document.title = `${(heading?.textContent ?? "").trim()} — ${document.title.split(" — ").at(-1)}`
}

// -- start -------------------------------------------------------------------------------------

const startPage = async (s: Flow.State) => {
  const preset = new URLSearchParams(location.search).get("place")
  const place = questionById(Flow.PLACE)
  const valid =
    preset !== null && place?.answer.kind === "choice" && place.answer.options.some((o) => o.value === preset)
  const answers = valid ? { ...s.answers, [Flow.PLACE]: preset } : s.answers
  const c = await contextFor(Flow.jurisdictionOf(answers))
  const first: Flow.State = {
    answers,
    skipped: s.skipped,
    step: Flow.nextStep({ answers, skipped: s.skipped }, c),
  }
  const a = el("a", w.start, "button")
  a.href = link(first)
  a.setAttribute("role", "button")
  page(
    el("h1", document.querySelector("h1")?.textContent ?? ""),
    el("p", w.intro, "lead"),
    el("p", w.time),
    el("p", w.privacy),
    a,
  )
}

// -- a question --------------------------------------------------------------------------------

const textInput = (id: string, name: string, value: string, width: string, label: string) => {
  const wrap = el("label", label)
  const input = el("input")
  input.type = "text"
  input.inputMode = "numeric"
  input.id = id
  input.name = name
  input.value = value
  input.autocomplete = "off"
  input.className = "short"
  input.style.width = width
  wrap.append(input)
  return wrap
}

/** The form controls for an answer kind; dates are separate fields, never the browser's date input. */
const controls = (q: Interview.Question, current: string): { nodes: ReadonlyArray<Node>; group: boolean } => {
  const a = q.answer
  if (a.kind === "choice" || a.kind === "yes-no") {
    const options =
      a.kind === "choice"
        ? a.options.map((o) => [o.value, T(o.label)] as const)
        : ([
            ["yes", w.yes ?? ""],
            ["no", w.no ?? ""],
          ] as const)
    const box = el("div", undefined, "choices")
    options.forEach(([value, label], i) => {
      const l = el("label")
      const input = el("input")
      input.type = "radio"
      input.name = "answer"
      input.value = value
      input.id = i === 0 ? "answer" : `answer-${i}`
      input.checked = value === current
      l.append(input, label)
      box.append(l)
    })
    return { nodes: [box], group: true }
  }
  if (a.kind === "date" || a.kind === "year-month") {
    const [y = "", m = "", d = ""] = current.split("-")
    const row = el("div")
    row.style.cssText = "display:flex;gap:1rem;flex-wrap:wrap"
    row.append(
      textInput("answer", "year", y, "7rem", w.year ?? ""),
      textInput("answer-month", "month", m.replace(/^0/, ""), "4.5rem", w.month ?? ""),
    )
    if (a.kind === "date")
      row.append(textInput("answer-day", "day", d.replace(/^0/, ""), "4.5rem", w.day ?? ""))
    return { nodes: [el("p", a.kind === "date" ? w.dateHint : w.monthHint, "hint"), row], group: true }
  }
  const input = el("input")
  input.type = "text"
  input.inputMode = "numeric"
  input.id = "answer"
  input.name = "answer"
  input.value = current
  input.className = "short"
  const row = el("p")
  row.append(input, ` ${T(a.unit)}`)
  row.style.cssText = "display:flex;gap:.5rem;align-items:center"
  return { nodes: [row], group: false }
}

/** The raw answer from the form, in the domain's format (dates as YYYY-MM-DD). */
const rawAnswer = (q: Interview.Question, form: HTMLFormElement): string => {
  const data = new FormData(form)
  const pad = (v: FormDataEntryValue | null) =>
    String(v ?? "")
      .trim()
      .padStart(2, "0")
  if (q.answer.kind === "date" || q.answer.kind === "year-month") {
    const y = String(data.get("year") ?? "").trim()
    if (y === "" && String(data.get("month") ?? "").trim() === "") return ""
    return q.answer.kind === "date"
      ? `${y}-${pad(data.get("month"))}-${pad(data.get("day"))}`
      : `${y}-${pad(data.get("month"))}`
  }
  return String(data.get("answer") ?? "").trim()
}

const questionPage = (s: Flow.State, error?: string, rawValue?: string) => {
  const q = Flow.asked(s, ctx)
  if (q === undefined) return go({ ...s, step: "start" })
  const form = el("form")
  form.noValidate = true
  const errors = el("div")
  const field = el("div", undefined, "field")
  field.id = "field-answer"
  const err = el("p", undefined, "error-message")
  err.id = "answer-error"
  err.hidden = true
  const hint = el("p", T(q.help), "hint")
  hint.id = "answer-hint"
  const { nodes, group } = controls(q, rawValue ?? s.answers[q.id] ?? "")
  const h1 = el("h1", T(q.text), "question")
  if (group) {
    const fs = el("fieldset")
    fs.setAttribute("aria-describedby", "answer-hint")
    const legend = el("legend")
    legend.append(h1)
    fs.append(legend, hint, err, ...nodes)
    field.append(fs)
  } else {
    const label = el("label")
    label.htmlFor = "answer"
    label.append(h1)
    field.append(label, hint, err, ...nodes)
    field.querySelector("input")?.setAttribute("aria-describedby", "answer-hint")
  }
  if (q.open !== undefined) field.append(el("p", T(q.open.note), "hint"))
  if (q.citations.length > 0) field.append(clauses(q.citations, w.whyAsked ?? ""))
  const buttons = el("div")
  buttons.style.cssText = "display:flex;gap:1rem;flex-wrap:wrap;align-items:center"
  const cont = el("button", w.continue)
  cont.type = "submit"
  const skip = el("button", w.skip, "secondary")
  skip.type = "button"
  skip.addEventListener("click", () => go(Flow.skip(s, ctx)))
  buttons.append(cont, skip)
  form.append(errors, field, buttons)
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault()
    const raw = rawAnswer(q, form)
    const r = Flow.submit(s, raw, await contextFor(Flow.placeAfter(s, raw)))
    if (r.ok) go(r.state)
    else questionPage(s, T(r.message), raw)
  })
  const count = el("p", fill(w.answered ?? "", { n: Object.keys(s.answers).length }), "muted")
  root.replaceChildren(backLink(s), form, count)
  document.title = `${T(q.text)} — ${document.title.split(" — ").at(-1)}`
  if (error !== undefined) {
    showErrors(errors, w.errorSummary ?? "", [{ field: "answer", message: error }], ["answer"])
    document.title = `${w.errorSummary}: ${document.title}`
  }
}

// -- check your answers -------------------------------------------------------------------------

const checkPage = (s: Flow.State) => {
  const dl = el("dl", undefined, "summary-list")
  const row = (id: string, value: string) => {
    const q = questionById(id)
    if (q === undefined) return
    const div = el("div")
    const a = el("a", w.change)
    a.href = link({ ...s, step: id })
    a.append(el("span", ` ${T(q.text)}`, "visually-hidden"))
    const dd = el("dd")
    dd.append(a)
    div.append(el("dt", T(q.text)), el("dd", T(Flow.answerLabel(q, value))), dd)
    dl.append(div)
  }
  for (const [id, v] of Object.entries(Flow.clean(s.answers))) row(id, v)
  for (const id of s.skipped) row(id, "")
  for (const dd of dl.querySelectorAll("dd:nth-of-type(1)"))
    if (dd.textContent === "") dd.textContent = w.skipped ?? ""
  const cont = el("a", w.seeResult, "button")
  cont.href = link({ ...s, step: "result" })
  page(el("h1", w.checkTitle), el("p", w.checkIntro), dl, cont)
  root.prepend(backLink(s))
}

// -- the result ----------------------------------------------------------------------------------

const ORDER: ReadonlyArray<Eligibility.Status> = ["eligible", "needs-review", "incomplete", "not-eligible"]
const MARK: Record<Eligibility.Status, string> = {
  eligible: "✓",
  "needs-review": "?",
  incomplete: "…",
  "not-eligible": "✗",
  "not-applicable": "–",
}

const groundList = (grounds: ReadonlyArray<Eligibility.Ground>) => {
  const ul = el("ul")
  for (const g of grounds) {
    const li = el("li", T(g.text))
    li.append(clauses([g.citation], `${w.clause}：${g.citation.article}`))
    ul.append(li)
  }
  return ul
}

const trackSection = (t: Eligibility.TrackResult, summary: Eligibility.TrackSummary | undefined) => {
  const sec = el("section", undefined, "panel")
  sec.dataset.track = t.track
  sec.dataset.status = t.status
  const h = el("h2", T(t.title))
  const status = el("p", `${MARK[t.status]} ${w.status[t.status] ?? t.status}`, `status status-${t.status}`)
  const about = `${w.trackKind[t.kind] ?? t.kind} · ${T(t.target.name)} · ${w.documents[t.edition] ?? t.edition}`
  sec.append(h, status, el("p", about, "muted"))
  const grounds = summary?.grounds ?? []
  if (grounds.length > 0) {
    const title =
      t.status === "eligible"
        ? w.metAll
        : t.status === "incomplete"
          ? w.waiting
          : t.status === "needs-review"
            ? w.reviewing
            : w.reasons
    sec.append(el("h3", title), groundList(grounds))
  }
  if (t.earliest !== undefined)
    sec.append(
      el(
        "p",
        `${fill(w.earliest ?? "", { date: formatDate(t.earliest.date, w.locale) })}${t.earliest.withinEdition ? "" : (w.earliestOutside ?? "")}`,
        "lead",
      ),
    )
  if (t.deadlines.length > 0) {
    const ul = el("ul")
    for (const d of t.deadlines) ul.append(el("li", T(d.text)))
    sec.append(el("h3", w.deadlines), ul)
  }
  if (t.materials.length > 0 && t.status !== "not-eligible") {
    const ul = el("ul", undefined, "checklist")
    for (const m of t.materials) ul.append(el("li", T(m.text)))
    sec.append(el("h3", w.materials), ul)
  }
  const a = el("a", w.guide, "no-print")
  a.href = `${w.guidesBase}${guidePathOf(t.edition, t.track).slice("/guides/".length)}`
  sec.append(a)
  return sec
}

const download = (s: Flow.State) => {
  const a = el("a", w.download, "button secondary no-print")
  const body = JSON.stringify(Flow.request(s.answers, asOf), null, 2)
  a.href = URL.createObjectURL(new Blob([body], { type: "application/json" }))
  a.download = `zhicheng-profile-${asOf}.json`
  return a
}

const resultPage = (s: Flow.State) => {
  const report = Flow.report(s.answers, ctx)
  const summary = Eligibility.summarize(report)
  const place = Flow.jurisdictionOf(s.answers)
  const parts: Array<Node> = [
    el(
      "p",
      place !== undefined
        ? fill(w.resultIntro ?? "", {
            place: w.places[place] ?? place,
            date: formatDate(asOf as CivilDate, w.locale),
          })
        : (w.noPlace ?? ""),
      "lead",
    ),
    el("p", w.privacy, "muted"),
  ]
  for (const e of report.editions)
    if (e.warning !== undefined) {
      const p = el("p", undefined, "banner")
      p.append(el("strong", w.documents[e.edition] ?? e.edition), T(e.warning))
      parts.push(p)
    }
  const byId = new Map(summary.tracks.map((t) => [t.track, t]))
  const applicable = report.tracks.filter((t) => t.status !== "not-applicable")
  applicable.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
  if (applicable.length === 0) parts.push(el("p", w.noTracks))
  for (const t of applicable) parts.push(trackSection(t, byId.get(t.track)))
  const na = report.tracks.filter((t) => t.status === "not-applicable")
  if (na.length > 0) {
    const d = el("details")
    d.append(el("summary", fill(w.notApplicable ?? "", { n: na.length })))
    for (const t of na) {
      const sec = el("section")
      sec.append(el("h2", T(t.title)), groundList(byId.get(t.track)?.grounds ?? []))
      d.append(sec)
    }
    parts.push(d)
  }
  const actions = el("p", undefined, "no-print")
  actions.style.cssText = "display:flex;gap:1rem;flex-wrap:wrap"
  const print = el("button", w.print)
  print.type = "button"
  print.addEventListener("click", () => window.print())
  const change = el("a", w.changeAnswers)
  change.href = link({ ...s, step: "check" })
  const again = el("a", w.startAgain)
  again.href = "#step=start"
  actions.append(print, download(s), change, again)
  parts.push(actions)
  page(el("h1", w.resultTitle), ...parts)
  root.prepend(backLink(s))
}

// -- routing -----------------------------------------------------------------------------------------

/** Draws the step; after a move (not on first load) focus goes to the new page's heading. */
const render = async (moved: boolean) => {
  const s = Flow.parse(location.hash)
  ctx = await contextFor(Flow.jurisdictionOf(s.answers))
  if (moved) window.scrollTo(0, 0)
  if (s.step === "start") await startPage(s)
  else if (s.step === "check") checkPage(s)
  else if (s.step === "result") resultPage(s)
  else questionPage(s)
  const focus = root.querySelector<HTMLElement>("h1")
  if (moved && focus) {
    focus.tabIndex = -1
    focus.focus()
  }
}

export const start = (): void => {
  const found = words<Words>("check-words")
  const box = document.getElementById("self-check")
  if (found === undefined || box === null) return
  w = found
  root = box
  window.addEventListener("hashchange", () => void render(true))
  void render(false)
}
