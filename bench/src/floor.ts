/**
 * The FLOOR of any eager explaining engine: the cost of allocating the report the engine returns,
 * with every value already known. For each applicant the engine's own 002 report is computed once,
 * untimed, and flattened into a tape (its distinct result nodes, children before parents, with the
 * indices of their children); the timed part only rebuilds a report of the same shape from the tape —
 * the same number of result objects (shared conditions once, as the engine shares them), child
 * arrays, track results and the report — reading fields and writing object literals, deciding nothing.
 *
 * Optional fields that are rare (metOn, n, evidence) are left out, so the floor is if anything low:
 * no engine that returns this report eagerly can be faster than this.
 */
import type { Eligibility } from "@zhicheng/domain"

type Node = Eligibility.TrackResult["applicability"]

export interface Tape {
  readonly report: Eligibility.Report
  /** Distinct result nodes, every child before its parent. */
  readonly nodes: ReadonlyArray<Node>
  /** Per node: indices (into `nodes`) of its children, or undefined for a leaf or review. */
  readonly kids: ReadonlyArray<Int32Array | undefined>
  /** Per track: the index of its applicability node and of each condition. */
  readonly tracks: ReadonlyArray<{ readonly applicability: number; readonly conditions: Int32Array }>
}

/** Flattens a report (untimed). */
export const tape = (report: Eligibility.Report): Tape => {
  const index = new Map<Node, number>()
  const nodes: Array<Node> = []
  const kids: Array<Int32Array | undefined> = []
  const visit = (r: Node): number => {
    const known = index.get(r)
    if (known !== undefined) return known
    const ks = r.children === undefined ? undefined : Int32Array.from(r.children, visit)
    index.set(r, nodes.length)
    nodes.push(r)
    kids.push(ks)
    return nodes.length - 1
  }
  const tracks = report.tracks.map((t) => ({
    applicability: visit(t.applicability),
    conditions: Int32Array.from(t.conditions, visit),
  }))
  return { report, nodes, kids, tracks }
}

/** Distinct result nodes and tree nodes (shared ones counted where they appear) of a tape. */
export const nodeCounts = (t: Tape): { readonly distinct: number; readonly tree: number } => {
  let tree = 0
  const walk = (i: number): void => {
    tree++
    const ks = t.kids[i]
    if (ks !== undefined) for (const k of ks) walk(k)
  }
  for (const tr of t.tracks) {
    walk(tr.applicability)
    for (const c of tr.conditions) walk(c)
  }
  return { distinct: t.nodes.length, tree }
}

/** Rebuilds the report from its tape: allocation and field copies only (timed). */
export const build = (t: Tape): Eligibility.Report => {
  const nodes = t.nodes
  const n = nodes.length
  const out: Array<Node> = new Array(n)
  for (let i = 0; i < n; i++) {
    const r = nodes[i] as Node
    const ks = t.kids[i]
    if (ks === undefined)
      out[i] = {
        id: r.id,
        kind: r.kind,
        text: r.text,
        citation: r.citation,
        outcome: r.outcome,
        observed: r.observed as string,
        missing: r.missing,
      }
    else {
      const children: Array<Node> = new Array(ks.length)
      for (let j = 0; j < ks.length; j++) children[j] = out[ks[j] as number] as Node
      out[i] = {
        id: r.id,
        kind: r.kind,
        text: r.text,
        citation: r.citation,
        outcome: r.outcome,
        missing: r.missing,
        children,
      }
    }
  }
  const src = t.report.tracks
  const tracks: Array<Eligibility.TrackResult> = new Array(src.length)
  for (let i = 0; i < src.length; i++) {
    const s = src[i] as Eligibility.TrackResult
    const tt = t.tracks[i] as Tape["tracks"][number]
    const conditions: Array<Node> = new Array(tt.conditions.length)
    for (let j = 0; j < conditions.length; j++) conditions[j] = out[tt.conditions[j] as number] as Node
    tracks[i] = {
      track: s.track,
      edition: s.edition,
      kind: s.kind,
      route: s.route,
      target: s.target,
      title: s.title,
      citation: s.citation,
      status: s.status,
      applicability: out[tt.applicability] as Node,
      conditions,
      missing: s.missing,
      reviews: s.reviews,
      judgedAtEvaluation: s.judgedAtEvaluation,
      materials: s.materials,
      deadlines: s.deadlines,
    }
  }
  const r = t.report
  return { asOf: r.asOf, rulesVersion: r.rulesVersion, editions: r.editions, tracks }
}
