/** The API's records as the counter reads them (the generated client's schema types). */
import type { components } from "@zhicheng/client"

export type ApplicationView = components["schemas"]["ApplicationView"]
export type Transition = components["schemas"]["Transition"]
export type TrackSummary = components["schemas"]["TrackSummary"]
export type CertificateView = components["schemas"]["CertificateView"]
export type State = ApplicationView["state"]
