/**
 * The self-check's flow, as pure functions over its state (tested per node in test/selfCheck.test.ts).
 *
 * The state lives in the URL's fragment (`/check/#work-place=…&edu-level=…&step=edu-degree`): it is
 * in the address, so back/forward, bookmarks and sharing work and an earlier answer can be changed
 * without losing later ones, yet a fragment is never sent to any server — the answers do not leave
 * the device. The questions and their order come from the domain's interview (`Interview.next`,
 * soonest-deciding first, only while they can still change an answer); the engine runs here, in the
 * browser, for the chosen place's editions only: every function that evaluates takes a `Context`
 * holding the day asked and the editions of the place answered (`@zhicheng/domain/places`).
 */
import * as CivilDate from "@zhicheng/domain/CivilDate"
import * as Eligibility from "@zhicheng/domain/Engine"
import * as Interview from "@zhicheng/domain/Interview"
import type { Label } from "@zhicheng/domain/Labels"
import type { Edition } from "@zhicheng/domain/Policy"

/** The place question decides which editions apply, so it is always asked first. */
export const PLACE = "work-place"

/** Where the flow is: the start page, a question, check-your-answers, or the result. */
export type Step = "start" | "check" | "result" | Interview.QuestionId

export interface State {
  readonly answers: Interview.Answers
  /** Questions the person chose to skip ("I don't know"): not asked again, left unknown. */
  readonly skipped: ReadonlyArray<Interview.QuestionId>
  readonly step: Step
}

/** The day asked and the editions that govern the place answered (none before it is answered). */
export interface Context {
  readonly asOf: CivilDate.CivilDate
  readonly editions: ReadonlyArray<Edition>
}

const RESERVED = new Set(["step", "skip"])

/** Reads the fragment (with or without `#`). Unknown keys are dropped; answers keep their order. */
export const parse = (hash: string): State => {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash)
  const answers: Record<string, string> = {}
  for (const [k, v] of params) if (!RESERVED.has(k) && Interview.question(k) !== undefined) answers[k] = v
  const skipped = (params.get("skip") ?? "").split(",").filter((id) => Interview.question(id) !== undefined)
  const step = params.get("step") ?? "start"
  const known =
    step === "start" || step === "check" || step === "result" || Interview.question(step) !== undefined
  return { answers, skipped, step: known ? step : "start" }
}

/** Writes the state as a fragment, answers first in the order given. */
export const serialise = (s: State): string => {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(s.answers)) params.append(k, v)
  if (s.skipped.length > 0) params.set("skip", s.skipped.join(","))
  params.set("step", s.step)
  return `#${params.toString()}`
}

/** The jurisdiction the engine is asked about: the place answered ("elsewhere in X" means X). */
export const jurisdictionOf = (answers: Interview.Answers): string | undefined => {
  const raw = answers[PLACE]
  if (raw === undefined) return undefined
  return raw.endsWith("-other") ? raw.slice(0, -"-other".length) : raw
}

/** Answers to questions that no longer apply (a follow-up whose trigger changed) are dropped. */
export const clean = (answers: Interview.Answers): Interview.Answers => {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(answers)) {
    const q = Interview.question(k)
    if (q !== undefined && Interview.relevant(q, answers)) out[k] = v
  }
  return out
}

/** The request the engine answers, and that the downloaded JSON file holds (the API accepts it). */
export const request = (answers: Interview.Answers, asOf: CivilDate.CivilDate): Eligibility.Request => {
  const jurisdiction = jurisdictionOf(answers)
  return {
    profile: Interview.toProfile(clean(answers)),
    asOf,
    ...(jurisdiction !== undefined ? { jurisdiction } : {}),
  }
}

/** The engine's report for the answers, for the place's editions only. */
export const report = (answers: Interview.Answers, ctx: Context): Eligibility.Report =>
  Eligibility.evaluateWith(request(answers, ctx.asOf), ctx.editions)

/** The questions still to ask, soonest-deciding first: the place, then what `Interview.next` says. */
export const pending = (
  s: Pick<State, "answers" | "skipped">,
  ctx: Context,
): ReadonlyArray<Interview.Question> => {
  const place = Interview.question(PLACE)
  if (place !== undefined && s.answers[PLACE] === undefined && !s.skipped.includes(PLACE)) return [place]
  const answers = clean(s.answers)
  return Interview.next(answers, report(answers, ctx)).filter((q) => !s.skipped.includes(q.id))
}

/** Where to go after the answers so far: the next question, or check-your-answers when none is left. */
export const nextStep = (s: Pick<State, "answers" | "skipped">, ctx: Context): Step =>
  pending(s, ctx)[0]?.id ?? "check"

/** The question as the page shows it, with its clauses filled from the current report. */
export const asked = (s: State, ctx: Context): Interview.Question | undefined => {
  const q = Interview.question(s.step)
  if (q === undefined) return undefined
  const withClauses = pending({ answers: s.answers, skipped: [] }, ctx).find((p) => p.id === q.id)
  return withClauses ?? q
}

export type Submitted =
  | { readonly ok: true; readonly state: State }
  | { readonly ok: false; readonly message: Label }

/** The place an answer on this page would leave answered (to load its editions before `submit`). */
export const placeAfter = (s: State, raw: string): string | undefined => {
  const q = Interview.question(s.step)
  if (q?.id !== PLACE) return jurisdictionOf(s.answers)
  const c = Interview.check(q, raw)
  return c.ok ? jurisdictionOf({ [PLACE]: c.value }) : jurisdictionOf(s.answers)
}

/**
 * Answers the question on the page: a refused answer keeps the page with its message; an accepted
 * one is stored (changing it keeps every later answer that still applies) and moves on. `ctx`
 * holds the editions of the place after this answer (`placeAfter`).
 */
export const submit = (s: State, raw: string, ctx: Context): Submitted => {
  const q = Interview.question(s.step)
  if (q === undefined) return { ok: true, state: { ...s, step: nextStep(s, ctx) } }
  const c = Interview.checkWith(q, raw, s.answers)
  if (!c.ok) return { ok: false, message: c.message }
  const answers = clean({ ...s.answers, [q.id]: c.value })
  const skipped = s.skipped.filter((id) => id !== q.id)
  return { ok: true, state: { answers, skipped, step: nextStep({ answers, skipped }, ctx) } }
}

/** Skips the question on the page (the person does not know): it stays unknown and is not asked again. */
export const skip = (s: State, ctx: Context): State => {
  const { [s.step]: _dropped, ...answers } = s.answers
  const skipped = s.skipped.includes(s.step) ? s.skipped : [...s.skipped, s.step]
  return { answers, skipped, step: nextStep({ answers, skipped }, ctx) }
}

/** The page before this one: the answer given just before the current question, or the start. */
export const previous = (s: State): Step => {
  const order = [...Object.keys(s.answers), ...s.skipped]
  if (s.step === "check" || s.step === "result")
    return s.step === "result" ? "check" : (order.at(-1) ?? "start")
  const at = order.indexOf(s.step)
  const before = at === -1 ? order.at(-1) : order[at - 1]
  return before ?? "start"
}

/** How an answer reads on check-your-answers: the option's label, or the value itself. */
export const answerLabel = (q: Interview.Question, value: string): Label | string => {
  const a = q.answer
  if (a.kind === "choice") return a.options.find((o) => o.value === value)?.label ?? value
  if (a.kind === "yes-no")
    return value === "yes" ? { zh: "是", en: "Yes" } : value === "no" ? { zh: "否", en: "No" } : value
  if (a.kind === "number") return { zh: `${value} ${a.unit.zh}`, en: `${value} ${a.unit.en}` }
  return value
}

export const today = (): CivilDate.CivilDate => CivilDate.todayInChina(Date.now())
