/** The typed API client for the site's islands: the API is on the page's own origin. */
import { createZhichengClient, type Problem } from "@zhicheng/client"

export const api = createZhichengClient({ baseUrl: "" })

/** The one-line reason of a refusal (problem+json `detail`, else its title). */
export const reason = (p: Partial<Problem> | undefined): string => p?.detail ?? p?.title ?? ""
