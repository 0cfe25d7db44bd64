/**
 * The Applications service with everything it runs on (`Services.layer`: Publicity, the work
 * calendar, test keys, the SQL repositories) over a fresh, migrated database of either kind, for
 * `editions`.
 */
import type { Edition } from "@zhicheng/domain/Policy"
import * as Registry from "@zhicheng/domain/Registry"
import { bureauLayer } from "./bureau.ts"

export const applicationServices = (
  kind: "sqlite" | "postgres",
  editions: ReadonlyArray<Edition> = Registry.EDITIONS,
) => bureauLayer(kind, editions)
