/**
 * The registry: every jurisdiction, document and edition Zhicheng knows, and the rules version.
 * The site, the API, the counter terminal and the generated reference (docs/policies.md) all read
 * this one registry, so none of them can disagree with the engine.
 */
import type { CivilDate } from "./CivilDate.ts"
import type { DocumentStatus, Edition, PolicyDocument } from "./Policy.ts"
import { within } from "./Policy.ts"
import { JURISDICTIONS, jurisdiction } from "./places/jurisdictions.ts"
import { bayingolin } from "./policies/bayingolin.ts"
import { DOCUMENTS } from "./policies/documents.ts"
import { national2020 } from "./policies/national.ts"
import { shangyu2023 } from "./policies/shangyu.ts"
import { shanxi2020 } from "./policies/shanxi.ts"
import { shaoxingAdoption } from "./policies/shaoxing.ts"
import { weihai2020 } from "./policies/weihai.ts"

/**
 * The rules version every result names. It is the @zhicheng/domain package version (a test keeps
 * them equal): a change to any rule, setting or calendar year is a changeset and a version bump.
 */
export const RULES_VERSION = "0.1.0"

export { DOCUMENTS, JURISDICTIONS, jurisdiction }

export const EDITIONS: ReadonlyArray<Edition> = [
  national2020,
  shanxi2020,
  shaoxingAdoption,
  shangyu2023,
  weihai2020,
  bayingolin,
]

export const document = (id: string): PolicyDocument | undefined => DOCUMENTS.find((d) => d.id === id)
export const edition = (id: string): Edition | undefined => EDITIONS.find((e) => e.id === id)

/** DOCUMENTS by id (the first of an id, as `document` finds it). */
const documentsById: ReadonlyMap<string, PolicyDocument> = new Map(
  [...DOCUMENTS].reverse().map((d) => [d.id, d] as const),
)

/** The document an edition belongs to (the registry guarantees it exists). */
export const documentOf = (e: Edition): PolicyDocument => {
  const d = documentsById.get(e.document) ?? document(e.document)
  if (d === undefined) throw new Error(`edition ${e.id} names unknown document ${e.document}`)
  return d
}

/** A document's status on a day: an in-force document past its validity has lapsed. */
export const statusOn = (d: PolicyDocument, day: CivilDate): DocumentStatus =>
  d.status === "in-force" && d.validTo !== undefined && day > d.validTo ? "lapsed" : d.status

/**
 * The editions that govern work in `place`: those of the place's own jurisdiction and of every
 * jurisdiction above it (a local rule applies on top of the national one).
 */
export const editionsFor = (place: string): ReadonlyArray<Edition> =>
  EDITIONS.filter((e) => within(place, documentOf(e).jurisdiction))
