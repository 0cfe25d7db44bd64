import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import fc from "fast-check"
import {
  ADOPTION_UNIT_CLAUSE,
  type ApplicationState,
  banAfterFinding,
  banGuard,
  CERTIFICATE_CLAUSE,
  CERTIFICATE_RULING,
  canTransition,
  certificateClause,
  certificateGuard,
  checkTransition,
  deadlineGuard,
  nextStates,
  nextSteps,
  PILOT_EXIT_CLAUSE,
  protectProfile,
  publicityGuard,
  SHAOXING_CERTIFICATE_CLAUSE,
  STATES,
  STEP_DEADLINES,
  TRANSITIONS,
} from "../src/Applications.ts"
import { make } from "../src/CivilDate.ts"
import { type Deadline, type Edition, NO_PUBLICITY_STEP, procedureOf } from "../src/Policy.ts"
import type { Profile } from "../src/Profile.ts"
import * as Quota from "../src/Quota.ts"
import { EDITIONS } from "../src/Registry.ts"

// The lifecycle written out independently of the module's table.
const EXPECTED: Readonly<Record<ApplicationState, ReadonlyArray<ApplicationState>>> = {
  draft: ["submitted", "withdrawn"],
  submitted: ["unit-reviewed", "withdrawn"],
  // Recommended directly only where the procedure names no publicity step (publicityGuard).
  "unit-reviewed": ["in-publicity", "recommended", "withdrawn"],
  "in-publicity": ["publicity-passed", "objected", "withdrawn"],
  "publicity-passed": ["recommended", "withdrawn"],
  objected: ["withdrawn"],
  recommended: ["decided", "withdrawn"],
  decided: ["certificate-issued"],
  "certificate-issued": ["certificate-revoked"],
  "certificate-revoked": [],
  withdrawn: [],
}

describe("application state machine", () => {
  it("allows exactly the lifecycle's transitions (all 121 pairs)", () => {
    for (const from of STATES)
      for (const to of STATES)
        expect([from, to, canTransition(from, to)]).toEqual([from, to, EXPECTED[from].includes(to)])
    expect(TRANSITIONS).toHaveLength(Object.values(EXPECTED).flat().length)
  })

  it("every disallowed transition is an InvalidTransition naming from, to and what is allowed", () => {
    for (const from of STATES)
      for (const to of STATES) {
        const r = checkTransition("app-1", from, to)
        if (EXPECTED[from].includes(to)) {
          expect(Either.isRight(r)).toBe(true)
          continue
        }
        if (Either.isRight(r)) throw new Error(`${from} → ${to} should be refused`)
        expect(r.left).toMatchObject({
          _tag: "InvalidTransition",
          application: "app-1",
          from,
          to,
          allowed: EXPECTED[from],
        })
        expect(r.left.message).toContain(`"${from}"`)
        expect(r.left.message).toContain(`"${to}"`)
      }
  })

  it("withdrawal is possible from every state before the decision and from none after", () => {
    const after = ["decided", "certificate-issued", "certificate-revoked", "withdrawn"] as const
    const beforeDecision = STATES.filter((s) => !(after as ReadonlyArray<string>).includes(s))
    for (const s of beforeDecision) expect(canTransition(s, "withdrawn")).toBe(true)
    for (const s of after) expect(canTransition(s, "withdrawn")).toBe(false)
  })

  it("certificate-revoked is final and entered only from certificate-issued", () => {
    expect(nextStates("certificate-revoked")).toEqual([])
    expect(STATES.filter((s) => canTransition(s, "certificate-revoked"))).toEqual(["certificate-issued"])
  })

  it("property: every walk from draft along allowed steps is acyclic, ends in a final state, and reaches a certificate state only through every step", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (choices) => {
        let s: ApplicationState = "draft"
        const seen: Array<ApplicationState> = [s]
        for (const c of choices) {
          const next = nextStates(s)
          if (next.length === 0) break
          s = next[c % next.length] as ApplicationState
          expect(seen).not.toContain(s)
          seen.push(s)
        }
        expect(nextStates(s)).toEqual([])
        if (s === "certificate-revoked") {
          const direct = ["draft", "submitted", "unit-reviewed", "recommended"]
          const published = [
            "draft",
            "submitted",
            "unit-reviewed",
            "in-publicity",
            "publicity-passed",
            "recommended",
          ]
          expect([direct, published]).toContainEqual(seen.slice(0, seen.indexOf("recommended") + 1))
          expect(seen.slice(seen.indexOf("recommended"))).toEqual([
            "recommended",
            "decided",
            "certificate-issued",
            "certificate-revoked",
          ])
        }
      }),
    )
  })
})

describe("the pilot unit of an adoption-track application", () => {
  it("cites 000 第五条 verbatim", () => {
    const text = readFileSync(
      join(
        import.meta.dirname,
        "..",
        "..",
        "..",
        "..",
        "shared",
        "policy-sources",
        "000_f566ba90b7a0da7a.txt",
      ),
      "utf8",
    ).replace(/\s+/g, "")
    expect(ADOPTION_UNIT_CLAUSE).toMatchObject({ document: "shaoxing-adoption-draft", article: "第五条" })
    expect(text).toContain(ADOPTION_UNIT_CLAUSE.quote)
    expect(PILOT_EXIT_CLAUSE.article).toBe("第十三条")
    expect(text).toContain(PILOT_EXIT_CLAUSE.quote)
  })
})

describe("each edition's procedure (publicity step as its text names it)", () => {
  const edition = (id: string): Edition => {
    const e = EDITIONS.find((x) => x.id === id)
    if (e === undefined) throw new Error(`no edition ${id}`)
    return e
  }
  const procedure = (editionId: string, track: string) => {
    const e = edition(editionId)
    const t = e.tracks.find((x) => x.id === `${editionId}/${track}`)
    if (t === undefined) throw new Error(`no track ${track}`)
    return procedureOf(e, t)
  }
  const stepOf = (editionId: string, track: string) => procedure(editionId, track).publicity
  const source = (file: string) =>
    readFileSync(
      join(import.meta.dirname, "..", "..", "..", "..", "shared", "policy-sources", file),
      "utf8",
    ).replace(/\s+/g, "")

  it("names a step where the text does, with its period and a verbatim citation", () => {
    const cases = [
      ["shangyu-2023-3", "normal", "002_fd50f077227b9e3c.txt", "二(二)", 5],
      ["shangyu-2023-3", "exceptional-b", "002_fd50f077227b9e3c.txt", "二(二)", 5],
      ["shaoxing-adoption-draft", "engineer", "000_f566ba90b7a0da7a.txt", "第十条(三)", 5],
      ["shanxi-2020-38", "skilled-talent", "001_fa69ffcda4fe5aee.txt", "3", undefined],
    ] as const
    for (const [e, t, file, article, days] of cases) {
      const p = stepOf(e, t)
      if (!p.required) throw new Error(`${e}/${t} should name a publicity step`)
      expect(p.citation.article).toBe(article)
      expect(source(file)).toContain(p.citation.quote.replace(/\s+/g, ""))
      expect(p.period === "stated-by-publisher" ? undefined : p.period.rule.amount).toBe(days)
    }
    // 002: the employer's publicity must end before its recommendation deadline (五(二)).
    const shangyu = stepOf("shangyu-2023-3", "normal")
    expect(shangyu.required && shangyu.endsBy).toBe("unit-recommendation")
  })

  it("requires none where the text names none (saying so) or marks the track 无须公示 (citing it)", () => {
    for (const [e, t] of [
      ["national-2020-13", "green-channel"],
      ["weihai-2020-50", "green/assistant-engineer"],
      ["bayingolin-private-enterprise", "promotion/intermediate"],
    ] as const) {
      const p = stepOf(e, t)
      expect(p).toEqual({ required: false, text: NO_PUBLICITY_STEP })
    }
    const holder = stepOf("shaoxing-adoption-draft", "engineer/title-holder")
    expect(holder).toMatchObject({ required: false, citation: { article: "第十条(三)" } })
    expect(stepOf("shanxi-2020-38", "qualification-recognition")).toMatchObject({ required: false })
  })

  it("002 exceptional B carries its per-enterprise cap (附件1 二(二)2 B类, ruling 3): 3 national, 2 provincial, else the missing field", () => {
    const cap = procedure("shangyu-2023-3", "exceptional-b").enterpriseCap
    if (cap === undefined) throw new Error("exceptional B has no enterprise cap")
    expect(source("002_fd50f077227b9e3c.txt")).toContain(cap.citation.quote.replace(/\s+/g, ""))
    const honour = (level: "national" | "provincial", published: string, mainTechnicalLead = true) => ({
      achievements: {
        enterpriseHonours: [{ level, listItem: 1, published: make(published), mainTechnicalLead }],
      },
    })
    expect(cap.capFor(honour("national", "2023-06-30"))).toMatchObject({ cap: 3 })
    expect(cap.capFor(honour("provincial", "2022-07-01"))).toMatchObject({ cap: 2 })
    // The edition states its own figures (kept off Quota for the browser bundle): they are the quota
    // service's, with its citation.
    for (const level of ["national", "provincial"] as const)
      expect(cap.capFor(honour(level, "2023-06-30"))).toMatchObject({
        cap: Quota.exceptionalBCap(level).cap,
        citation: Quota.exceptionalBCap(level).citation,
      })
    // Outside the honour window, or not the main technical lead: the cap cannot be told.
    expect(cap.capFor(honour("national", "2022-06-30"))).toMatchObject({
      missing: "profile.achievements.enterpriseHonours",
    })
    expect(cap.capFor(honour("national", "2023-01-01", false))).toMatchObject({ missing: expect.any(String) })
    expect(procedure("shangyu-2023-3", "normal").enterpriseCap).toBeUndefined()
  })

  it("publicityGuard: into publicity only with a step, straight to recommendation only without one", () => {
    const app = { id: "a", edition: "weihai-2020-50", track: "weihai-2020-50/green/engineer" }
    const silent = procedure("weihai-2020-50", "green/engineer")
    expect(Either.isRight(publicityGuard(app, silent, "unit-reviewed", "recommended"))).toBe(true)
    const r = publicityGuard(app, silent, "unit-reviewed", "in-publicity")
    expect(r).toMatchObject(Either.left({ _tag: "InvalidTransition", to: "in-publicity" }))
    if (Either.isLeft(r)) expect(r.left.message).toContain("the text names no publicity step")
    const named = procedure("shangyu-2023-3", "normal")
    expect(Either.isRight(publicityGuard(app, named, "unit-reviewed", "in-publicity"))).toBe(true)
    expect(publicityGuard(app, named, "unit-reviewed", "recommended")).toMatchObject(
      Either.left({ _tag: "InvalidTransition", clause: { article: "二(二)" } }),
    )
    // After publicity the step is the ordinary one.
    expect(Either.isRight(publicityGuard(app, named, "publicity-passed", "recommended"))).toBe(true)
  })

  it("the employer's deadline binds its review, its publicity and the recommendation; the window every step to the decision", () => {
    for (const step of ["unitReview", "startPublicity", "passPublicity", "recommend"] as const)
      expect(STEP_DEADLINES[step]).toContain("unit-recommendation")
    expect(STEP_DEADLINES.submit).toEqual(["individual-application", "evaluation-window"])
    expect(STEP_DEADLINES.decide).toEqual(["evaluation-window"])
  })
})

describe("nextSteps (what a front end offers: the machine's steps its procedure allows)", () => {
  const app = (edition: string, track: string, state: ApplicationState) => ({
    id: "a1",
    edition,
    track: `${edition}/${track}`,
    state,
  })
  it.each([
    ["shangyu-2023-3", "normal", "unit-reviewed", ["in-publicity", "withdrawn"]],
    ["national-2020-13", "green-channel", "unit-reviewed", ["recommended", "withdrawn"]],
    ["weihai-2020-50", "talent-direct", "unit-reviewed", ["recommended", "withdrawn"]],
    ["shangyu-2023-3", "normal", "in-publicity", ["publicity-passed", "objected", "withdrawn"]],
    ["national-2020-13", "green-channel", "decided", ["certificate-issued"]],
    ["national-2020-13", "green-channel", "withdrawn", []],
  ] as const)("%s %s from %s → %j", (edition, track, state, expected) => {
    if (!EDITIONS.some((e) => e.id === edition && e.tracks.some((t) => t.id === `${edition}/${track}`)))
      throw new Error(`no track ${edition}/${track}`)
    expect(nextSteps(app(edition, track, state))).toEqual(expected)
  })
  it("keeps the machine's steps for an edition the registry does not have", () => {
    expect(nextSteps(app("gone", "x", "unit-reviewed"))).toEqual(nextStates("unit-reviewed"))
  })
})

describe("certificateGuard (a certificate only for a decided, approved application)", () => {
  it("the clauses quote 003 and 000 verbatim; each edition cites its own text, else the ruling", () => {
    const source = (file: string) =>
      readFileSync(
        join(import.meta.dirname, "..", "..", "..", "..", "shared", "policy-sources", file),
        "utf8",
      ).replace(/\s+/g, "")
    expect(source("003_59c3175579ee1df0.txt")).toContain(CERTIFICATE_CLAUSE.quote)
    expect(source("000_f566ba90b7a0da7a.txt")).toContain(SHAOXING_CERTIFICATE_CLAUSE.quote)
    expect(certificateClause("weihai-2020-50")).toBe(CERTIFICATE_CLAUSE)
    expect(certificateClause("shaoxing-adoption-draft")).toBe(SHAOXING_CERTIFICATE_CLAUSE)
    for (const edition of ["shangyu-2023-3", "national-2020-13", "bayingolin-private-enterprise"])
      expect(certificateClause(edition)).toBe(CERTIFICATE_RULING)
  })

  it("passes decided + approved only; refuses every other state and a rejection, citing the clause", () => {
    expect(
      Either.isRight(
        certificateGuard({ id: "a", edition: "weihai-2020-50", state: "decided", outcome: "approved" }),
      ),
    ).toBe(true)
    expect(
      certificateGuard({ id: "a", edition: "weihai-2020-50", state: "decided", outcome: "rejected" }),
    ).toMatchObject(Either.left({ _tag: "NotApproved", outcome: "rejected", clause: CERTIFICATE_CLAUSE }))
    for (const state of STATES.filter((s) => s !== "decided")) {
      const r = certificateGuard({ id: "a", edition: "weihai-2020-50", state })
      expect(r).toMatchObject(
        Either.left({
          _tag: "InvalidTransition",
          from: state,
          to: "certificate-issued",
          clause: CERTIFICATE_CLAUSE,
        }),
      )
      if (Either.isLeft(r)) expect(r.left.message).toContain("decided, approved")
    }
  })

  it("cites the ruling for an edition whose text is silent on certificates", () => {
    expect(
      certificateGuard({ id: "a", edition: "shangyu-2023-3", state: "decided", outcome: "rejected" }),
    ).toMatchObject(Either.left({ _tag: "NotApproved", clause: CERTIFICATE_RULING }))
  })
})

describe("guards (pure)", () => {
  const deadline: Deadline = {
    id: "d",
    kind: "individual-application",
    to: make("2023-09-08"),
    text: { zh: "截止", en: "closes" },
    citation: {
      document: "shangyu-2023-3",
      article: "五(二)",
      quote: "个人申报截止时间为 2023 年 9 月 8 日",
    },
  }
  const window: Deadline = {
    ...deadline,
    id: "w",
    kind: "evaluation-window",
    from: make("2023-07-01"),
    to: make("2023-12-31"),
  }

  it("a deadline's last day is allowed (it ends at 24:00); the next day is refused; other kinds are ignored", () => {
    expect(Either.isRight(deadlineGuard("a", [deadline], "individual-application", make("2023-09-08")))).toBe(
      true,
    )
    expect(deadlineGuard("a", [deadline], "individual-application", make("2023-09-09"))).toMatchObject(
      Either.left({ _tag: "DeadlinePassed", to: "2023-09-08" }),
    )
    expect(Either.isRight(deadlineGuard("a", [deadline], "unit-recommendation", make("2024-01-01")))).toBe(
      true,
    )
  })

  it("a window that has not opened yet is WindowNotOpen", () => {
    const opens: Deadline = { ...deadline, from: make("2023-08-01") }
    expect(deadlineGuard("a", [opens], "individual-application", make("2023-07-31"))).toMatchObject(
      Either.left({ _tag: "WindowNotOpen", from: "2023-08-01" }),
    )
    expect(Either.isRight(deadlineGuard("a", [opens], "individual-application", make("2023-08-01")))).toBe(
      true,
    )
  })

  it("an evaluation window refuses both sides and allows its first and last day", () => {
    for (const ok of ["2023-07-01", "2023-12-31"])
      expect(Either.isRight(deadlineGuard("a", [window], "evaluation-window", make(ok)))).toBe(true)
    for (const no of ["2023-06-30", "2024-01-01"])
      expect(deadlineGuard("a", [window], "evaluation-window", make(no))).toMatchObject(
        Either.left({ _tag: "EvaluationWindowClosed" }),
      )
  })

  it("a soft start (ruling 11) lets a step before it through only with a reason; the end stays hard", () => {
    const soft: Deadline = {
      ...window,
      softStart: {
        citation: { document: "zhicheng-rulings", article: "11", quote: "q" },
        text: { zh: "z", en: "e" },
      },
    }
    expect(deadlineGuard("a", [soft], "evaluation-window", make("2023-06-30"))).toMatchObject(
      Either.left({ _tag: "EvaluationWindowClosed" }),
    )
    expect(
      deadlineGuard("a", [soft], "evaluation-window", make("2023-06-30"), { earlyStartReason: " " }),
    ).toMatchObject(Either.left({ _tag: "EvaluationWindowClosed" }))
    expect(
      deadlineGuard("a", [soft], "evaluation-window", make("2023-06-30"), {
        earlyStartReason: "州人社局批准提前启动",
      }),
    ).toEqual(
      Either.right({
        earlyStart: {
          deadline: "w",
          from: "2023-07-01",
          reason: "州人社局批准提前启动",
          clause: soft.softStart?.citation,
        },
      }),
    )
    expect(
      deadlineGuard("a", [soft], "evaluation-window", make("2024-01-01"), { earlyStartReason: "跨年" }),
    ).toMatchObject(Either.left({ _tag: "EvaluationWindowClosed" }))
    // A step after the application was taken is not asked about the start again.
    expect(
      Either.isRight(
        deadlineGuard("a", [window], "evaluation-window", make("2023-06-30"), { started: true }),
      ),
    ).toBe(true)
  })

  it("a ban runs for the 3 years after the finding's year (002 四、申报纪律)", () => {
    const ban = banAfterFinding(make("2022-05-10"), { idHmac: "h" })
    expect(ban).toMatchObject({ fromYear: 2023, toYear: 2025 })
    expect(Either.isRight(banGuard("a", [ban], [2022]))).toBe(true)
    expect(banGuard("a", [ban], [2023])).toMatchObject(
      Either.left({ _tag: "IntegrityBanned", clause: { article: "四、申报纪律" } }),
    )
    expect(banGuard("a", [ban], [2025])).toMatchObject(Either.left({ _tag: "IntegrityBanned" }))
    expect(Either.isRight(banGuard("a", [ban], [2026]))).toBe(true)
  })

  it("the stored profile loses the ID number and keeps the birth date", () => {
    const p = { residentId: "11010519491231002X", name: "张三" } as Profile
    expect(protectProfile(p)).toEqual({ name: "张三", birthDate: "1949-12-31" })
    expect(protectProfile({ ...p, birthDate: make("1950-01-01") })).toEqual({
      name: "张三",
      birthDate: "1950-01-01",
    })
  })
})
