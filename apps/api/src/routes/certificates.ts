/** certificates: endpoints (being written). */
import type { Endpoint } from "../Endpoint.ts"

export const certificates: ReadonlyArray<Endpoint> = []
