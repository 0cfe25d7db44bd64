/**
 * The registry: every jurisdiction, document and edition Zhicheng knows, and the rules version.
 * The site, the API, the counter terminal and the generated reference (docs/policies.md) all read
 * this one registry, so none of them can disagree with the engine.
 */
import type { Edition } from "./Policy.ts"
import { governs } from "./places/catalog.ts"
import { bayingolin } from "./policies/bayingolin.ts"
import { national2020 } from "./policies/national.ts"
import { shangyu2023 } from "./policies/shangyu.ts"
import { shanxi2020 } from "./policies/shanxi.ts"
import { shaoxingAdoption } from "./policies/shaoxing.ts"
import { weihai2020 } from "./policies/weihai.ts"

export {
  DOCUMENTS,
  document,
  documentOf,
  governs,
  JURISDICTIONS,
  jurisdiction,
  RULES_VERSION,
  statusOn,
} from "./places/catalog.ts"

export const EDITIONS: ReadonlyArray<Edition> = [
  national2020,
  shanxi2020,
  shaoxingAdoption,
  shangyu2023,
  weihai2020,
  bayingolin,
]

export const edition = (id: string): Edition | undefined => EDITIONS.find((e) => e.id === id)

/**
 * The editions that govern work in `place`: those of the place's own jurisdiction and of every
 * jurisdiction above it (a local rule applies on top of the national one). A browser page imports
 * one place's list from `places/<id>.ts` instead (`places/index.ts` loads them lazily).
 */
export const editionsFor = (place: string): ReadonlyArray<Edition> =>
  EDITIONS.filter((e) => governs(e, place))
