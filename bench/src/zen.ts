/**
 * The STRONGER PEER: the same 002 engineer tracks as a GoRules ZEN decision graph (JDM), evaluated
 * by @gorules/zen-engine (a Rust engine behind a Node native binding) with its trace on — the
 * closest thing it has to an explanation: every node's input and output, in order.
 *
 * Written the way the library is meant to be used: the facts json-rules-engine gets (peer.ts, derived
 * with the ceiling's helpers, so all three read the text the same way) are the graph's input; an
 * expression node computes the shared conditions of 002 (一(二)4 continuing education, 附件1 二(三)
 * assessments, 四 integrity, who may apply) and the N-of-M counts; a decision table with the
 * "collect" hit policy has one row per way onto a track (a track with three alternatives has three
 * rows); the output lists the tracks that fired. The benchmark checks that it agrees with the
 * ceiling on every profile.
 */
import { type ZenDecision, ZenEngine } from "@gorules/zen-engine"
import type * as Ceiling from "./ceiling.ts"
import { type Facts, tracksOf } from "./peer.ts"

const at = (x: number) => ({ x, y: 0 })

/** Shared conditions and counts; `passThrough` keeps the facts for the table. */
const COMMON_EXPRESSIONS: ReadonlyArray<readonly [string, string]> = [
  [
    "common",
    [
      "applies == true",
      "integrityBan == 'no'",
      "ceTotal >= 270",
      "ceSpecialty >= 180",
      "ceGeneral >= 54",
      "assessment2020 in ['competent', 'excellent']",
      "assessment2021 in ['competent', 'excellent']",
      "assessment2022 in ['competent', 'excellent']",
    ].join(" and "),
  ],
  ["fiveCount", "count(fiveItems, #)"],
  ["sevenCount", "count(sevenItems, #)"],
]

/** Input columns of the track table: [id, field]. */
const COLUMNS = [
  "common",
  "hasAssistant",
  "masterDegree",
  "bachelor",
  "requiredEducation",
  "engineeringYearsAfterAssistant",
  "assistantYears",
  "masterRelated",
  "masterYears",
  "bachelorRelated",
  "bachelorYears",
  "associateRelated",
  "associateYears",
  "fiveCount",
  "sevenCount",
  "enterpriseHonourInWindow",
  "technicalYearsAfterTechnician",
] as const
type Column = (typeof COLUMNS)[number]

/** One row of the table: the cells it tests (unary expressions; an absent cell matches anything) and the track it fires. */
type Row = readonly [track: keyof Ceiling.Tracks, cells: Partial<Record<Column, string>>]

const graduated = (level: "master" | "bachelor" | "associate", years: number): ReadonlyArray<Row> => [
  ["noAssistant", { hasAssistant: "'no'", [`${level}Related`]: "'yes'", [`${level}Years`]: `>= ${years}` }],
  [
    "noAssistant",
    { hasAssistant: "'no'", [`${level}Related`]: "!= 'yes'", [`${level}Years`]: `>= ${years + 1}` },
  ],
]

/** 附件1: the ways onto each track, as in peer.ts's rules (every row also needs `common`). */
const ROWS: ReadonlyArray<Row> = [
  ["normal", { hasAssistant: "'yes'", masterDegree: "true", engineeringYearsAfterAssistant: ">= 2" }],
  ["normal", { hasAssistant: "'yes'", bachelor: "true", engineeringYearsAfterAssistant: ">= 4" }],
  ["normal", { hasAssistant: "'yes'", requiredEducation: "'yes'", engineeringYearsAfterAssistant: ">= 4" }],
  ...graduated("master", 2),
  ...graduated("bachelor", 5),
  ...graduated("associate", 7),
  ["noAssistant", { hasAssistant: "'no'", fiveCount: ">= 2" }],
  [
    "exceptionalA",
    { hasAssistant: "'yes'", requiredEducation: "'no'", assistantYears: ">= 4", sevenCount: ">= 3" },
  ],
  [
    "exceptionalA",
    { hasAssistant: "'yes'", requiredEducation: "'yes'", assistantYears: "[3..4)", sevenCount: ">= 3" },
  ],
  ["exceptionalB", { requiredEducation: "'no'", hasAssistant: "'no'", enterpriseHonourInWindow: "true" }],
  ["skilled", { technicalYearsAfterTechnician: ">= 3" }],
]

/** The 002 decision graph in GoRules' JSON Decision Model. */
export const GRAPH = {
  contentType: "application/vnd.gorules.decision",
  nodes: [
    { id: "request", type: "inputNode", name: "Applicant facts", position: at(0) },
    {
      id: "common",
      type: "expressionNode",
      name: "Shared conditions of 002 and N-of-M counts",
      position: at(300),
      content: {
        passThrough: true,
        inputField: null,
        outputPath: null,
        executionMode: "single",
        expressions: COMMON_EXPRESSIONS.map(([key, value], i) => ({ id: `e${i}`, key, value })),
      },
    },
    {
      id: "tracks",
      type: "decisionTableNode",
      name: "002 engineer tracks (附件1)",
      position: at(600),
      content: {
        hitPolicy: "collect",
        passThrough: false,
        inputField: null,
        outputPath: "fired",
        executionMode: "single",
        inputs: COLUMNS.map((c) => ({ id: `in-${c}`, name: c, field: c })),
        outputs: [{ id: "out-track", name: "track", field: "track" }],
        rules: ROWS.map(([track, cells], i) => ({
          _id: `r${i}`,
          "in-common": "true",
          ...Object.fromEntries(
            COLUMNS.filter((c) => c !== "common").map((c) => [`in-${c}`, cells[c] ?? ""]),
          ),
          "out-track": `'${track}'`,
        })),
      },
    },
    { id: "response", type: "outputNode", name: "Tracks", position: at(900) },
  ],
  edges: [
    { id: "a", sourceId: "request", targetId: "common", type: "edge" },
    { id: "b", sourceId: "common", targetId: "tracks", type: "edge" },
    { id: "c", sourceId: "tracks", targetId: "response", type: "edge" },
  ],
}

/** A ZEN decision with the 002 graph loaded (the engine is kept alive by the decision's owner). */
export const makeDecision = (): { readonly engine: ZenEngine; readonly decision: ZenDecision } => {
  const engine = new ZenEngine()
  return { engine, decision: engine.createDecision(GRAPH) }
}

/** Evaluates the graph with its trace on and reads the answer back as the ceiling's yes/no record. */
export const zen = async (decision: ZenDecision, facts: Facts): Promise<Ceiling.Tracks> => {
  const r = await decision.evaluate(facts, { trace: true })
  return tracksOf(
    new Set(((r.result as { fired?: ReadonlyArray<{ track: string }> }).fired ?? []).map((x) => x.track)),
  )
}
