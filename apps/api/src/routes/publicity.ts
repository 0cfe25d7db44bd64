/** publicity: endpoints (being written). */
import type { Endpoint } from "../Endpoint.ts"

export const publicity: ReadonlyArray<Endpoint> = []
