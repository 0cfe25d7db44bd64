/**
 * The guides' data, read from the domain registry at build time: which pages exist, and what each
 * one says. No rule text is written here — every condition, clause, material, deadline and publicity
 * rule comes from @zhicheng/domain, so a guide can never disagree with the engine.
 */
import * as CivilDate from "@zhicheng/domain/CivilDate"
import type { Context } from "@zhicheng/domain/Condition"
import type {
  Deadline,
  Edition,
  Jurisdiction,
  Material,
  PolicyDocument,
  Track,
} from "@zhicheng/domain/Policy"
import { type ConditionNode, conditionNode } from "@zhicheng/domain/Reference"
import * as Registry from "@zhicheng/domain/Registry"
import { guidePathOf, slugOf } from "./paths.ts"

/** The day the site is built: a document's status (in force or lapsed) is as of this day. */
export const builtOn: CivilDate.CivilDate = CivilDate.todayInChina(Date.now())

/** A track's id without its edition's prefix: `shangyu-2023-3/exceptional-a` → `exceptional-a`. */
export const trackSlug = (t: Track): string => slugOf(t.edition, t.id)

export const guidesPath = "/guides/"
export const placePath = (j: Pick<Jurisdiction, "id">): string => `/guides/places/${j.id}/`
export const editionPath = (e: Pick<Edition, "id">): string => `/guides/${e.id}/`
export const trackPath = (t: Track): string => guidePathOf(t.edition, t.id)

export const trackById = (id: string): Track | undefined => {
  for (const e of Registry.EDITIONS) for (const t of e.tracks) if (t.id === id) return t
  return undefined
}

export const allTracks = (): ReadonlyArray<{ edition: Edition; track: Track }> =>
  Registry.EDITIONS.flatMap((edition) => edition.tracks.map((track) => ({ edition, track })))

/** The chain of jurisdictions from the nation down to `id`. */
export const ancestry = (id: string): ReadonlyArray<Jurisdiction> => {
  const out: Array<Jurisdiction> = []
  for (
    let j = Registry.jurisdiction(id);
    j !== undefined;
    j = j.parent ? Registry.jurisdiction(j.parent) : undefined
  )
    out.unshift(j)
  return out
}

/** The places a person can choose: every jurisdiction that has at least one edition of its own or above it. */
export const places = (): ReadonlyArray<Jurisdiction> =>
  Registry.JURISDICTIONS.filter((j) => Registry.editionsFor(j.id).length > 0)

/** The editions a jurisdiction publishes itself (not those it inherits). */
export const ownEditions = (j: Jurisdiction): ReadonlyArray<Edition> =>
  Registry.EDITIONS.filter((e) => Registry.documentOf(e).jurisdiction === j.id)

/**
 * What a document says about itself, with its status on the day the site was built: an in-force
 * document past its validity reads as lapsed, and drafts and lapsed ones carry a banner.
 */
export const documentFacts = (d: PolicyDocument) => ({
  document: d,
  status: Registry.statusOn(d, builtOn),
  jurisdiction: Registry.jurisdiction(d.jurisdiction),
})

/** The context a guide describes a track in: nobody in particular, asked on the build day. */
const anyone = (e: Edition): Context => ({
  profile: {},
  asOf: builtOn,
  reference: e.reference?.date ?? builtOn,
})

export interface TrackGuide {
  readonly edition: Edition
  readonly track: Track
  readonly document: ReturnType<typeof documentFacts>
  readonly appliesWhen: ConditionNode
  readonly requires: ReadonlyArray<ConditionNode>
  readonly base?: Track
  /** The base track's conditions this exceptional track replaces or drops. */
  readonly replaced: ReadonlyArray<ConditionNode>
  /** Every material the edition may ask for on this track (for an unknown profile: all that can apply). */
  readonly materials: ReadonlyArray<Material>
  readonly deadlines: ReadonlyArray<Deadline>
}

/** Everything a track's guide page shows. */
export const trackGuide = (edition: Edition, track: Track): TrackGuide => {
  const base = track.exceptionTo ? trackById(track.exceptionTo.track) : undefined
  const replaces = new Set(track.exceptionTo?.replaces ?? [])
  return {
    edition,
    track,
    document: documentFacts(Registry.documentOf(edition)),
    appliesWhen: conditionNode(track.appliesWhen),
    requires: track.requires.map(conditionNode),
    ...(base !== undefined ? { base } : {}),
    replaced: base?.requires.filter((c) => replaces.has(c.id)).map(conditionNode) ?? [],
    materials: edition.materials(anyone(edition), track),
    deadlines: edition.deadlines(anyone(edition), track),
  }
}

/** Every clause a track's guide quotes, for tests that compare pages with the registry. */
export const guideQuotes = (g: TrackGuide): ReadonlyArray<string> => {
  const out: Array<string> = [g.track.citation.quote]
  const walk = (n: ConditionNode) => {
    out.push(n.citation.quote)
    for (const k of n.children ?? []) walk(k)
  }
  walk(g.appliesWhen)
  for (const n of g.requires) walk(n)
  for (const m of g.materials) out.push(m.citation.quote)
  for (const d of g.deadlines) out.push(d.citation.quote)
  for (const j of g.track.judgedAtEvaluation) out.push(j.citation.quote)
  if (g.edition.publicity) out.push(g.edition.publicity.citation.quote)
  return out
}

/** The static paths of the track guides (one page file per locale uses them). */
export const trackPaths = () =>
  allTracks().map(({ edition, track }) => ({
    params: { edition: edition.id, track: trackSlug(track) },
    props: { edition, track },
  }))
