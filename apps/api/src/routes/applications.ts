/** applications: endpoints (being written). */
import type { Endpoint } from "../Endpoint.ts"

export const applications: ReadonlyArray<Endpoint> = []
