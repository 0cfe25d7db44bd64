/** rosters: endpoints (being written). */
import type { Endpoint } from "../Endpoint.ts"

export const rosters: ReadonlyArray<Endpoint> = []
