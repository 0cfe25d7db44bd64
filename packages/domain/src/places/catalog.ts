/**
 * Everything the registry knows apart from the rules themselves: the rules version, the places,
 * the documents and their status on a day. The engine reads these; a browser page for one place
 * loads them with that place's editions (places/<id>.ts) and never the other places' rules.
 * `Registry` re-exports all of it with the synchronous list of every edition, for the server.
 */
import type { CivilDate } from "../CivilDate.ts"
import type { DocumentStatus, Edition, PolicyDocument } from "../Policy.ts"
import { within } from "../Policy.ts"
import { DOCUMENTS } from "../policies/documents.ts"

export { JURISDICTIONS, jurisdiction } from "./jurisdictions.ts"
export { DOCUMENTS }

/**
 * The rules version every result names. It is the @zhicheng/domain package version (a test keeps
 * them equal): a change to any rule, setting or calendar year is a changeset and a version bump.
 */
export const RULES_VERSION = "0.1.0"

export const document = (id: string): PolicyDocument | undefined => DOCUMENTS.find((d) => d.id === id)

/** DOCUMENTS by id (the first of an id, as `document` finds it). */
const documentsById: ReadonlyMap<string, PolicyDocument> = new Map(
  [...DOCUMENTS].reverse().map((d) => [d.id, d] as const),
)

/** The document an edition belongs to (the registry guarantees it exists). */
export const documentOf = (e: Edition): PolicyDocument => {
  const d = documentsById.get(e.document)
  if (d === undefined) throw new Error(`edition ${e.id} names unknown document ${e.document}`)
  return d
}

/** A document's status on a day: an in-force document past its validity has lapsed. */
export const statusOn = (d: PolicyDocument, day: CivilDate): DocumentStatus =>
  d.status === "in-force" && d.validTo !== undefined && day > d.validTo ? "lapsed" : d.status

/**
 * Whether an edition governs work in `place`: its document is of the place's own jurisdiction or of
 * one above it (a local rule applies on top of the national one). An edition of an unknown document
 * governs nowhere.
 */
export const governs = (e: Edition, place: string): boolean => {
  const d = documentsById.get(e.document)
  return d !== undefined && within(place, d.jurisdiction)
}
