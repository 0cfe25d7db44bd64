import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Schema, type SchemaAST } from "effect"
import fc from "fast-check"
import * as CivilDate from "../src/CivilDate.ts"
import * as Eligibility from "../src/Eligibility.ts"
import * as Interview from "../src/Interview.ts"
import { Profile } from "../src/Profile.ts"
import { RULES as SHANGYU } from "../src/policies/shangyu.ts"
import * as Registry from "../src/Registry.ts"

const ASKED_ON = CivilDate.make("2024-06-01")

/** Every place a person may be asked in: each jurisdiction's editions, and all of them. */
const PLACES: ReadonlyArray<string | undefined> = [undefined, ...Registry.JURISDICTIONS.map((j) => j.id)]

const evaluate = (profile: Profile, jurisdiction?: string) =>
  Eligibility.evaluate(
    jurisdiction === undefined ? { profile, asOf: ASKED_ON } : { profile, asOf: ASKED_ON, jurisdiction },
  )

/**
 * The optional paths of the profile schema, written as the engine writes missing fields
 * (`work[].place`, `status.enterprisePostdoc.leftStation`).
 */
const profilePaths = (): { readonly optional: ReadonlyArray<string>; readonly all: ReadonlySet<string> } => {
  const out = new Set<string>()
  const all = new Set<string>()
  const walk = (ast: SchemaAST.AST, at: string): void => {
    switch (ast._tag) {
      case "Refinement":
        walk(ast.from, at)
        return
      case "Transformation":
        walk(ast.to, at)
        return
      case "Union":
        for (const t of ast.types) walk(t, at)
        return
      case "TupleType":
        for (const r of ast.rest) walk(r.type, `${at}[]`)
        return
      case "TypeLiteral":
        for (const p of ast.propertySignatures) {
          const path = at === "" ? String(p.name) : `${at}.${String(p.name)}`
          all.add(path)
          if (p.isOptional) out.add(path)
          walk(p.type, path)
        }
        return
      default:
        return
    }
  }
  walk(Profile.ast, "")
  return { optional: [...out].sort(), all }
}

/**
 * Profile fields no question asks, and why. None of them is ever reported missing (tested), so a
 * field added to the profile must either get a question or a line here.
 */
const NOT_ASKED: Readonly<Record<string, string>> = {
  residentId: "identity: given when applying, never for a self-check",
  name: "identity: given when applying",
  birthDate: "no condition reads it",
  "education[].institution": "descriptive: the certificate shows it",
  "education[].major": "the interview asks whether the major is related instead",
  "education[].awardedIn": "a material to bring, not a condition",
  "education[].certified": "a material to bring, not a condition",
  "titles[].specialty": "descriptive",
  "titles[].route": "descriptive",
  "skills[].kind": "descriptive",
  "work[].employer": "descriptive",
  "pension[].place": "no condition reads it apart from the work place",
  achievements: "a container: its lists are asked",
  "achievements.statements": "statements are written for a review, not asked",
  status: "a container: its fields are asked",
  "status.leaveToStartBusiness.originalUnit": "descriptive",
  "status.integrityBans[].reason": "descriptive",
}

/** A valid answer to a question, generated. */
const answerArb = (q: Interview.Question): fc.Arbitrary<string> => {
  const a = q.answer
  switch (a.kind) {
    case "choice":
      return fc.constantFrom(...a.options.map((o) => o.value))
    case "yes-no":
      return fc.constantFrom("yes", "no")
    case "date":
      return fc
        .integer({
          min: CivilDate.toDayNumber(CivilDate.make("1985-01-01")),
          max: CivilDate.toDayNumber(ASKED_ON),
        })
        .map((n) => CivilDate.fromDayNumber(n))
    case "year-month":
      return fc
        .record({ y: fc.integer({ min: 1990, max: 2024 }), m: fc.integer({ min: 1, max: 12 }) })
        .map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`)
    case "number":
      return fc
        .oneof(
          fc.integer({ min: a.min, max: Math.min(a.max, a.min + 400) }),
          fc.integer({ min: a.min, max: a.max }),
        )
        .map(String)
  }
}

/** The fields the engine reports missing over a seeded sample of profiles, in every place. */
const reportedMissing = (): ReadonlySet<string> => {
  const seen = new Set<string>()
  const profiles = [{}, ...fc.sample(Arbitrary.make(Profile), { numRuns: 600, seed: 20240601 })]
  for (const p of profiles)
    for (const place of [undefined, "cn-zhejiang-shaoxing-shangyu"])
      for (const t of evaluate(p, place).tracks) for (const m of t.missing) seen.add(m)
  return seen
}

const decodeProfile = Schema.decodeUnknownEither(Profile)

describe("Interview", () => {
  const reported = reportedMissing()
  const asked = new Set(Interview.questions.flatMap((q) => q.fields))

  it("has a question for every field a condition reports missing", () => {
    expect(reported.size).toBeGreaterThan(40)
    const unasked = [...reported].filter((f) => !asked.has(f))
    expect(unasked, "fields reported missing with no question").toEqual([])
  })

  it("asks every optional field of the profile, or says why not (and never leaves one the engine asks for)", () => {
    const { optional: paths, all } = profilePaths()
    const neither = paths.filter((p) => !asked.has(p) && NOT_ASKED[p] === undefined)
    expect(neither, "profile fields neither asked nor listed in NOT_ASKED").toEqual([])
    for (const p of Object.keys(NOT_ASKED)) {
      expect(paths, `NOT_ASKED names ${p}, which is no field`).toContain(p)
      expect(reported.has(p), `${p} is reported missing but not asked`).toBe(false)
    }
    for (const f of asked) expect(all.has(f), `question field ${f} is no profile field`).toBe(true)
  })

  it("gives every question a unique URL-safe id, both languages, and options with labels", () => {
    const ids = Interview.questions.map((q) => q.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const q of Interview.questions) {
      expect(q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(q.text.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(q.help.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(q.text.en.length).toBeGreaterThan(3)
      expect(q.fields.length, q.id).toBeGreaterThan(0)
      if (q.dependsOn !== undefined) {
        const trigger = Interview.question(q.dependsOn.id)
        expect(trigger, `${q.id} depends on an unknown question`).toBeDefined()
        for (const v of q.dependsOn.values)
          expect(Interview.check(trigger as Interview.Question, v).ok).toBe(true)
      }
      if (q.answer.kind === "choice") {
        const values = q.answer.options.map((o) => o.value)
        expect(new Set(values).size, q.id).toBe(values.length)
      }
    }
  })

  it("refuses invalid answers with a message in both languages, and accepts valid ones normalised", () => {
    const invalid: Record<Interview.AnswerKind["kind"], ReadonlyArray<string>> = {
      choice: ["", "not-an-option", "<script>"],
      "yes-no": ["", "maybe", "1"],
      date: ["", "2023-02-29", "2023-13-01", "01/07/2015", "2015-7-1"],
      "year-month": ["", "2015-13", "2015-7", "2015-07-01"],
      number: ["", "-1", "1.5", "1e3", "abc", "99999999999"],
    }
    for (const q of Interview.questions) {
      for (const raw of invalid[q.answer.kind]) {
        const c = Interview.check(q, raw)
        expect(c.ok, `${q.id} accepted ${JSON.stringify(raw)}`).toBe(false)
        if (!c.ok) {
          expect(c.message.zh).toMatch(/[\u4e00-\u9fff]/)
          expect(c.message.en.length).toBeGreaterThan(5)
        }
      }
      for (const v of fc.sample(answerArb(q), { numRuns: 10, seed: 7 })) {
        const c = Interview.check(q, ` ${v} `)
        expect(c, q.id).toEqual({ ok: true, value: v })
      }
      if (q.answer.kind === "number") {
        expect(Interview.check(q, String(q.answer.max + 1)).ok).toBe(false)
        expect(Interview.check(q, String(q.answer.min)).ok).toBe(true)
      }
    }
    expect(Interview.check(Interview.question("retired") as Interview.Question, "YES")).toEqual({
      ok: true,
      value: "yes",
    })
    // Between answers: a fraud is not found before the evaluation it happened in (DOMAIN.md ruling 7).
    const foundOn = Interview.question("integrity-found-on") as Interview.Question
    expect(Interview.checkWith(foundOn, "2019-05-01", { "integrity-year": "2020" }).ok).toBe(false)
    expect(Interview.checkWith(foundOn, "2020-05-01", { "integrity-year": "2020" }).ok).toBe(true)
    const year = Interview.question("integrity-year") as Interview.Question
    expect(Interview.checkWith(year, "2021", { "integrity-found-on": "2020-05-01" }).ok).toBe(false)
  })

  it("builds a valid profile; unanswered and invalid answers stay unknown", () => {
    expect(Interview.toProfile({})).toEqual({})
    expect(Interview.toProfile({ retired: "perhaps", "edu-level": "nonsense" })).toEqual({})
    expect(Interview.toProfile({ retired: "no" })).toEqual({ status: { retired: false } })
    // A follow-up without its gate, or a gate without its follow-up, settles nothing.
    expect(Interview.toProfile({ "title-obtained": "2019-01-01" })).toEqual({})
    expect(Interview.toProfile({ title: "intermediate" })).toEqual({})
    expect(Interview.toProfile({ title: "none" })).toEqual({ titles: [] })
    expect(Interview.toProfile({ title: "assistant", "title-obtained": "2019-01-01" }).titles).toEqual([
      { series: "engineering", level: "junior", grade: "assistant", obtained: "2019-01-01" },
    ])
    // "yes" to a list leaves it to the clerk; "no" declares none.
    expect(Interview.toProfile({ patents: "yes" })).toEqual({})
    expect(Interview.toProfile({ patents: "no" })).toEqual({ achievements: { patents: [] } })
    // Assessments only once every year is answered.
    expect(Interview.toProfile({ "assessment-2020": "competent" })).toEqual({})
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(Interview.questions.map((q) => [q.id, answerArb(q)])), {
          requiredKeys: [],
        }),
        (answers) => {
          const profile = Interview.toProfile(answers as Interview.Answers)
          const decoded = decodeProfile(profile)
          if (decoded._tag === "Left") throw new Error(String(decoded.left))
        },
      ),
      { numRuns: 300, seed: 11 },
    )
  })

  it("keeps its continuing-education window and assessment years those of the edition that asks for them", () => {
    expect(Interview.CONTINUING_EDUCATION_YEARS).toEqual({
      from: SHANGYU.continuingEducation.fromYear,
      to: SHANGYU.continuingEducation.toYear,
    })
    expect(Interview.ASSESSMENT_YEARS).toEqual(SHANGYU.assessmentYears)
  })

  it("asks first what blocks most tracks, with the clauses that need it", () => {
    const report = evaluate({}, "cn-zhejiang-shaoxing-shangyu")
    const first = Interview.next({}, report)
    expect(first.length).toBeGreaterThan(0)
    const blocks = (q: Interview.Question) =>
      report.tracks.filter(
        (t) =>
          (t.status === "incomplete" || t.status === "needs-review") &&
          t.missing.some((m) => q.fields.includes(m)),
      ).length
    for (let i = 1; i < first.length; i++)
      expect(blocks(first[i - 1] as Interview.Question)).toBeGreaterThanOrEqual(
        blocks(first[i] as Interview.Question),
      )
    for (const q of first) expect(q.citations.length, q.id).toBeGreaterThan(0)
    // A follow-up waits for its trigger.
    expect(first.map((q) => q.id)).not.toContain("title-obtained")
  })

  it("answering the questions `next` gives always ends with nothing a question could still settle", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.infiniteStream(fc.nat()),
        fc.dictionary(fc.constantFrom(...Interview.questions.map((q) => q.id)), fc.nat()),
        (place, picks, seeds) => {
          let answers: Record<string, string> = {}
          const pick = picks[Symbol.iterator]()
          for (let step = 0; ; step++) {
            expect(step, "the interview does not end").toBeLessThanOrEqual(Interview.questions.length)
            const report = evaluate(Interview.toProfile(answers), place)
            const ask = Interview.next(answers, report)
            if (ask.length === 0) {
              // Every field a waiting track still lacks is one the answers leave to the clerk.
              for (const t of report.tracks) {
                if (t.status !== "incomplete" && t.status !== "needs-review") continue
                for (const f of t.missing) {
                  const settledBy = Interview.questions.filter(
                    (q) => q.fields.includes(f) && Interview.relevant(q, answers),
                  )
                  const leftOpen = settledBy.some(
                    (q) => q.open !== undefined && answers[q.id] === q.open.value,
                  )
                  expect(leftOpen, `${t.track} still lacks ${f} with ${JSON.stringify(answers)}`).toBe(true)
                }
              }
              return
            }
            // Answer one of the questions offered, mostly the first.
            const i = (pick.next().value as number) % 4 === 0 ? (pick.next().value as number) % ask.length : 0
            const q = ask[i] as Interview.Question
            const value = fc
              .sample(answerArb(q), { numRuns: 20, seed: seeds[q.id] ?? step })
              .find((v) => Interview.checkWith(q, v, answers).ok)
            expect(value, `no consistent answer to ${q.id}`).toBeDefined()
            answers = { ...answers, [q.id]: value as string }
          }
        },
      ),
      { numRuns: 150, seed: 20231231 },
    )
  })
})
