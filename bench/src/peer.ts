/**
 * The PEER: the same 002 engineer tracks in json-rules-engine (7.x), written the way that library
 * is meant to be used — facts computed once per applicant and handed to `engine.run(facts)`, rules
 * as JSON with `all`/`any`, a shared named condition, and a custom operator for "at least N of M"
 * (the library has no N-of-M). Like the ceiling it answers yes/no per track: a rule that fires is
 * an eligible track.
 *
 * The facts are derived with the ceiling's helpers, so peer and ceiling read the text the same
 * way; the benchmark checks that they agree on every profile.
 */
import type { Profile as ProfileModule } from "@zhicheng/domain"
import { Engine, type RuleProperties, type TopLevelCondition } from "json-rules-engine"
import * as Ceiling from "./ceiling.ts"

type Profile = ProfileModule.Profile

export type Facts = Readonly<Record<string, string | number | boolean | ReadonlyArray<boolean>>>

const WORST = ["incompetent", "basically-competent", "competent", "excellent"] as const
const YES_NO = (b: boolean | undefined): string => (b === undefined ? "unknown" : b ? "yes" : "no")

/** Facts for one applicant: what a caller would load before calling json-rules-engine. */
export const factsOf = (p: Profile): Facts => {
  const ce = { total: 0, specialty: 0, general: 0 }
  for (const c of p.continuingEducation ?? [])
    if (c.year >= 2021 && c.year <= 2023) {
      ce.total += c.hours
      ce[c.category] += c.hours
    }
  /** The worst result on record for the year, or "none". */
  const assessment = (y: number) => {
    const rs = (p.assessments ?? []).filter((a) => a.year === y).map((a) => a.result)
    return rs.length === 0 ? "none" : (WORST.find((r) => rs.includes(r)) ?? "none")
  }
  const assistant = Ceiling.assistantTitle(p)
  const edu = p.education
  const graduate = (level: "master" | "bachelor" | "associate") => {
    const e = edu?.find(
      (x) =>
        x.graduated !== undefined &&
        (level === "master"
          ? x.level === "master" || x.level === "doctorate" || x.degree === "master" || x.degree === "doctor"
          : x.level === level),
    )
    return e === undefined || e.graduated === undefined
      ? { years: -1, related: "unknown" }
      : {
          years: Ceiling.workYears(p, Ceiling.engineering, e.graduated),
          related: e.relatedness === undefined ? "unknown" : e.relatedness === "related" ? "yes" : "no",
        }
  }
  const master = graduate("master")
  const bachelor = graduate("bachelor")
  const associate = graduate("associate")
  const skill = (p.skills ?? [])
    .filter((s) => s.level === "technician" || s.level === "senior-technician")
    .map((s) => s.obtained)
    .sort()[0]
  return {
    applies: Ceiling.applies(p),
    integrityBan: p.status?.integrityBans === undefined ? "unknown" : YES_NO(!Ceiling.noBan(p)),
    ceTotal: ce.total,
    ceSpecialty: ce.specialty,
    ceGeneral: ce.general,
    assessment2020: assessment(2020),
    assessment2021: assessment(2021),
    assessment2022: assessment(2022),
    hasAssistant: p.titles === undefined ? "unknown" : YES_NO(assistant !== undefined),
    assistantYears: assistant === undefined ? -1 : Ceiling.spanYears([{ from: assistant, to: "present" }]),
    engineeringYearsAfterAssistant:
      assistant === undefined ? -1 : Ceiling.workYears(p, Ceiling.engineering, assistant),
    masterDegree: edu?.some(Ceiling.masterDegree) === true,
    bachelor: edu?.some(Ceiling.bachelor) === true,
    requiredEducation: edu === undefined ? "unknown" : YES_NO(edu.some(Ceiling.required)),
    masterYears: master.years,
    masterRelated: master.related,
    bachelorYears: bachelor.years,
    bachelorRelated: bachelor.related,
    associateYears: associate.years,
    associateRelated: associate.related,
    fiveItems: Ceiling.fiveItems(p),
    sevenItems: Ceiling.sevenItems(p),
    enterpriseHonourInWindow: (p.achievements?.enterpriseHonours ?? []).some(
      (h) => h.mainTechnicalLead === true && h.published >= "2022-07-01" && h.published <= "2023-06-30",
    ),
    technicalYearsAfterTechnician:
      skill === undefined
        ? -1
        : Ceiling.workYears(
            p,
            (w) => w.workKind === "engineering-technical" || w.workKind === "skill-technical",
            skill,
          ),
  }
}

const is = (fact: string, value: unknown) => ({ fact, operator: "equal", value })
const atLeast = (fact: string, value: number) => ({ fact, operator: "greaterThanInclusive", value })
const below = (fact: string, value: number) => ({ fact, operator: "lessThan", value })
const PASS = ["competent", "excellent"]
const graduated = (level: string, years: number) => ({
  any: [
    { all: [is(`${level}Related`, "yes"), atLeast(`${level}Years`, years)] },
    {
      all: [
        { fact: `${level}Related`, operator: "notEqual", value: "yes" },
        atLeast(`${level}Years`, years + 1),
      ],
    },
  ],
})

const COMMON: TopLevelCondition = {
  all: [
    is("applies", true),
    is("integrityBan", "no"),
    atLeast("ceTotal", 270),
    atLeast("ceSpecialty", 180),
    atLeast("ceGeneral", 54),
    { fact: "assessment2020", operator: "in", value: PASS },
    { fact: "assessment2021", operator: "in", value: PASS },
    { fact: "assessment2022", operator: "in", value: PASS },
  ],
}

export const RULES: ReadonlyArray<RuleProperties> = [
  {
    name: "normal",
    event: { type: "normal" },
    conditions: {
      all: [
        { condition: "common" },
        is("hasAssistant", "yes"),
        {
          any: [
            { all: [is("masterDegree", true), atLeast("engineeringYearsAfterAssistant", 2)] },
            { all: [is("bachelor", true), atLeast("engineeringYearsAfterAssistant", 4)] },
            { all: [is("requiredEducation", "yes"), atLeast("engineeringYearsAfterAssistant", 4)] },
          ],
        },
      ],
    },
  },
  {
    name: "noAssistant",
    event: { type: "noAssistant" },
    conditions: {
      all: [
        { condition: "common" },
        is("hasAssistant", "no"),
        {
          any: [
            graduated("master", 2),
            graduated("bachelor", 5),
            graduated("associate", 7),
            { fact: "fiveItems", operator: "atLeastTrue", value: 2 },
          ],
        },
      ],
    },
  },
  {
    name: "exceptionalA",
    event: { type: "exceptionalA" },
    conditions: {
      all: [
        { condition: "common" },
        is("hasAssistant", "yes"),
        {
          any: [
            { all: [is("requiredEducation", "no"), atLeast("assistantYears", 4)] },
            {
              all: [is("requiredEducation", "yes"), atLeast("assistantYears", 3), below("assistantYears", 4)],
            },
          ],
        },
        { fact: "sevenItems", operator: "atLeastTrue", value: 3 },
      ],
    },
  },
  {
    name: "exceptionalB",
    event: { type: "exceptionalB" },
    conditions: {
      all: [
        { condition: "common" },
        is("requiredEducation", "no"),
        is("hasAssistant", "no"),
        is("enterpriseHonourInWindow", true),
      ],
    },
  },
  {
    name: "skilled",
    event: { type: "skilled" },
    conditions: { all: [{ condition: "common" }, atLeast("technicalYearsAfterTechnician", 3)] },
  },
]

/** A json-rules-engine with the 002 tracks loaded. */
export const makeEngine = (): Engine => {
  const engine = new Engine([], { allowUndefinedFacts: false })
  engine.addOperator<ReadonlyArray<boolean>, number>(
    "atLeastTrue",
    (items, n) => items.reduce((k, x) => (x ? k + 1 : k), 0) >= n,
  )
  engine.setCondition("common", COMMON)
  for (const r of RULES) engine.addRule(r)
  return engine
}

/** Runs the engine and reads the answer back as the ceiling's yes/no record. */
export const peer = async (engine: Engine, facts: Facts): Promise<Ceiling.Tracks> => {
  const { events } = await engine.run(facts as Record<string, unknown>)
  return tracksOf(new Set(events.map((e) => e.type)))
}

/** The yes/no record of the tracks named in `fired`. */
export const tracksOf = (fired: ReadonlySet<string | undefined>): Ceiling.Tracks => {
  return {
    normal: fired.has("normal"),
    noAssistant: fired.has("noAssistant"),
    exceptionalA: fired.has("exceptionalA"),
    exceptionalB: fired.has("exceptionalB"),
    skilled: fired.has("skilled"),
  }
}
