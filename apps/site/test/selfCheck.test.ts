/**
 * The self-check's flow node by node: the fragment round-trips, the place comes first, every answer
 * kind refuses a bad answer with the domain's message, an accepted answer moves to the next question
 * the interview names, skipping and changing keep the rest, and the flow always reaches
 * check-your-answers.
 */
import * as CivilDate from "@zhicheng/domain/CivilDate"
import * as Interview from "@zhicheng/domain/Interview"
import * as Registry from "@zhicheng/domain/Registry"
import { describe, expect, it } from "vitest"
import * as Flow from "../src/lib/selfCheck.ts"

const day = CivilDate.make("2023-09-01")
/** The context the page builds: the day and the editions of the place answered. */
const ctxOf = (answers: Interview.Answers): Flow.Context => {
  const place = Flow.jurisdictionOf(answers)
  return ctxFor(place)
}
const ctxFor = (place: string | undefined): Flow.Context => ({
  asOf: day,
  editions: place === undefined ? [] : Registry.editionsFor(place),
})
/** What the page does: load the editions of the place the answer leaves, then submit. */
const submit = (s: Flow.State, raw: string) => Flow.submit(s, raw, ctxFor(Flow.placeAfter(s, raw)))
const skip = (s: Flow.State) => Flow.skip(s, ctxOf(s.answers))
const nextStep = (s: Pick<Flow.State, "answers" | "skipped">) => Flow.nextStep(s, ctxOf(s.answers))
const pending = (s: Pick<Flow.State, "answers" | "skipped">) => Flow.pending(s, ctxOf(s.answers))
const SHANGYU = "cn-zhejiang-shaoxing-shangyu"
const state = (
  answers: Interview.Answers,
  step: Flow.Step,
  skipped: ReadonlyArray<string> = [],
): Flow.State => ({
  answers,
  skipped,
  step,
})

/** A valid answer for any question: its first option, "yes", a date, a month or the minimum. */
const validAnswer = (q: Interview.Question): string => {
  const a = q.answer
  switch (a.kind) {
    case "choice":
      return a.options[0]?.value ?? ""
    case "yes-no":
      return "yes"
    case "date":
      return "2015-07-01"
    case "year-month":
      return "2015-07"
    case "number":
      return String(a.max)
  }
}

describe("the fragment", () => {
  it("round-trips answers, skips and the step, in order", () => {
    const s = state({ [Flow.PLACE]: SHANGYU, "edu-level": "bachelor" }, "work-start", ["title"])
    const back = Flow.parse(Flow.serialise(s))
    expect(back).toEqual(s)
    expect(Object.keys(back.answers)).toEqual([Flow.PLACE, "edu-level"])
  })

  it("drops unknown keys and an unknown step", () => {
    expect(Flow.parse("#nonsense=1&step=nowhere")).toEqual(state({}, "start"))
  })
})

describe("the first question", () => {
  it("is where you work: it decides which editions apply", () => {
    expect(nextStep({ answers: {}, skipped: [] })).toBe(Flow.PLACE)
  })

  it("'elsewhere in a province' asks about the province", () => {
    expect(Flow.jurisdictionOf({ [Flow.PLACE]: "cn-zhejiang-other" })).toBe("cn-zhejiang")
    expect(Flow.jurisdictionOf({ [Flow.PLACE]: SHANGYU })).toBe(SHANGYU)
  })

  it("after the place, the engine runs for that place's editions only", () => {
    const r = Flow.report(
      { [Flow.PLACE]: "cn-shandong-weihai" },
      ctxOf({ [Flow.PLACE]: "cn-shandong-weihai" }),
    )
    expect(r.editions.map((e) => e.edition).sort()).toEqual(["national-2020-13", "weihai-2020-50"])
  })
})

describe("each question page", () => {
  it.each(Interview.questions.map((q) => [q.id, q] as const))(
    "%s refuses a bad answer and takes a good one",
    (_id, q) => {
      const answers: Record<string, string> = { [Flow.PLACE]: SHANGYU }
      if (q.dependsOn) answers[q.dependsOn.id] = q.dependsOn.values[0] ?? ""
      const s = state(q.id === Flow.PLACE ? {} : answers, q.id)
      const bad = submit(s, "not an answer")
      expect(bad.ok).toBe(false)
      if (!bad.ok) expect(bad.message.zh.length).toBeGreaterThan(0)
      const good = submit(s, validAnswer(q))
      expect(good.ok, JSON.stringify(good)).toBe(true)
      if (good.ok) {
        expect(good.state.answers[q.id]).toBeDefined()
        expect(good.state.step).toBe(nextStep(good.state))
      }
    },
  )
})

describe("moving through", () => {
  it("goes where Interview.next says, and reaches check-your-answers answering or skipping everything", () => {
    let s = state({}, nextStep({ answers: {}, skipped: [] }))
    const seen: Array<string> = []
    for (let i = 0; i < 200 && s.step !== "check"; i++) {
      const q = Interview.question(s.step)
      expect(q, `step ${s.step} is a question`).toBeDefined()
      if (q === undefined) break
      seen.push(q.id)
      const expected = pending(s)[0]?.id
      expect(s.step).toBe(expected)
      const r = q.id === Flow.PLACE ? submit(s, SHANGYU) : submit(s, validAnswer(q))
      s = r.ok ? r.state : skip(s)
    }
    expect(s.step).toBe("check")
    expect(new Set(seen).size).toBe(seen.length)
  })

  it("a skipped question is not asked again and stays unknown", () => {
    const s = state({ [Flow.PLACE]: SHANGYU }, nextStep({ answers: { [Flow.PLACE]: SHANGYU }, skipped: [] }))
    const skippedId = s.step
    const after = skip(s)
    expect(after.skipped).toContain(skippedId)
    expect(after.answers[skippedId]).toBeUndefined()
    expect(pending(after).map((q) => q.id)).not.toContain(skippedId)
  })

  it("changing an earlier answer keeps the later ones that still apply", () => {
    const answers = { [Flow.PLACE]: SHANGYU, "edu-level": "bachelor", "work-start": "2015-07-01" }
    const r = submit(state(answers, "edu-level"), "master")
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.state.answers).toMatchObject({ "edu-level": "master", "work-start": "2015-07-01" })
  })

  it("the back link goes to the answer before this one, then to the start", () => {
    const answers = { [Flow.PLACE]: SHANGYU, "work-start": "2015-07-01" }
    expect(Flow.previous(state(answers, "edu-level"))).toBe("work-start")
    expect(Flow.previous(state(answers, "work-start"))).toBe(Flow.PLACE)
    expect(Flow.previous(state(answers, Flow.PLACE))).toBe("start")
    expect(Flow.previous(state(answers, "result"))).toBe("check")
  })

  it("the downloaded request is what POST /api/v1/eligibility takes: profile, day and place", () => {
    const req = Flow.request({ [Flow.PLACE]: SHANGYU, "edu-level": "bachelor" }, day)
    expect(req).toMatchObject({
      asOf: day,
      jurisdiction: SHANGYU,
      profile: { education: [{ level: "bachelor" }] },
    })
  })
})
