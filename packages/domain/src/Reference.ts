/**
 * The policy reference as plain data: every jurisdiction, document, edition, track and condition
 * with its citation and plain text. The API serves it, the site renders it, and docs/policies.md is
 * generated from it, so none of them can disagree with the engine. Browser-safe.
 */
import type * as C from "./Condition.ts"
import type { Edition, Track } from "./Policy.ts"
import * as Registry from "./Registry.ts"

export interface ConditionNode {
  readonly id: string
  readonly kind: C.Condition["_tag"]
  readonly n?: number
  readonly text: C.Condition["text"]
  readonly citation: C.Condition["citation"]
  readonly children?: ReadonlyArray<ConditionNode>
}

export const conditionNode = (c: C.Condition): ConditionNode => ({
  id: c.id,
  kind: c._tag,
  ...(c._tag === "AtLeast" ? { n: c.n } : {}),
  text: c.text,
  citation: c.citation,
  ...(c._tag === "All" || c._tag === "Any" || c._tag === "AtLeast"
    ? { children: c.children.map(conditionNode) }
    : {}),
})

export const trackReference = (t: Track) => ({
  id: t.id,
  edition: t.edition,
  kind: t.kind,
  route: t.route,
  target: t.target,
  title: t.title,
  citation: t.citation,
  ...(t.exceptionTo !== undefined ? { exceptionTo: t.exceptionTo } : {}),
  appliesWhen: conditionNode(t.appliesWhen),
  requires: t.requires.map(conditionNode),
  judgedAtEvaluation: t.judgedAtEvaluation,
})

export const editionReference = (e: Edition) => ({
  id: e.id,
  document: e.document,
  ...(e.evaluationYear !== undefined ? { evaluationYear: e.evaluationYear } : {}),
  ...(e.reference !== undefined ? { reference: e.reference } : {}),
  settings: e.settings,
  ...(e.publicity !== undefined ? { publicity: e.publicity } : {}),
  notEncoded: e.notEncoded,
  tracks: e.tracks.map(trackReference),
})

/** The whole reference. */
export const reference = () => ({
  rulesVersion: Registry.RULES_VERSION,
  jurisdictions: Registry.JURISDICTIONS,
  documents: Registry.DOCUMENTS,
  editions: Registry.EDITIONS.map(editionReference),
})
export type Reference = ReturnType<typeof reference>
