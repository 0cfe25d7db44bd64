/** audit: endpoints (being written). */
import type { Endpoint } from "../Endpoint.ts"

export const audit: ReadonlyArray<Endpoint> = []
