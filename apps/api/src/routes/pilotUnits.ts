/** pilotUnits: endpoints (being written). */
import type { Endpoint } from "../Endpoint.ts"

export const pilotUnits: ReadonlyArray<Endpoint> = []
