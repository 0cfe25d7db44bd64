/**
 * A real API for the counter's tests: the API app in-process over a fresh SQLite file, with one
 * key per role (apps/api/test/support), and the steps that bring an application to the point a
 * test starts from — each through the API, as the clerk, HR or committee would take it.
 */
import { createElement } from "react"
import { startTestApi, type TestApi } from "../../../api/test/support/app.ts"
import { adoptionPilot, backdate, residentId } from "../../../api/test/support/http.ts"
import { Root } from "../../src/Root.tsx"
import { renderTerminal } from "./terminal.ts"

export type { TestApi }
export { backdate, residentId }

/** A fresh API with an active certificate signing key (an admin rotates one in, as in production). */
export const startApi = async () => {
  const api = await startTestApi("sqlite")
  const rotated = await api.as("admin").POST("/api/v1/keys/rotation", {})
  if (rotated.response.status >= 300)
    throw new Error(`key rotation refused: ${JSON.stringify(rotated.error)}`)
  return api
}

/** The counter signed in as `role` against `api`, in an 80x24 terminal unless told. */
export const counter = (
  api: TestApi,
  options: {
    role?: "clerk" | "committee"
    locale?: "zh-CN" | "en"
    columns?: number
    rows?: number
    apiKey?: string
  } = {},
) =>
  renderTerminal(
    createElement(Root, {
      baseUrl: "http://test.local",
      apiKey: options.apiKey ?? api.keys[options.role ?? "clerk"],
      locale: options.locale ?? "zh-CN",
      color: false,
      fetch: api.fetch as typeof fetch,
    }),
    options.columns ?? 80,
    options.rows ?? 24,
  )

const EDITION = "shaoxing-adoption-draft"
const TRACK = "shaoxing-adoption-draft/engineer"

let pilots = new WeakMap<TestApi, Promise<string>>()
/** A selected pilot unit with figures for this year (adoption applications name it). */
export const pilotOf = (api: TestApi) => {
  const known = pilots.get(api)
  if (known !== undefined) return known
  const made = adoptionPilot(api, "绍兴示例机电有限公司")
  pilots.set(api, made)
  return made
}
export const resetPilots = () => {
  pilots = new WeakMap()
}

/** A draft adoption-track application of applicant `n` (a fictional name); its id. */
export const draft = async (api: TestApi, n: number, name: string) => {
  const unit = await pilotOf(api)
  const r = await api.as("clerk").POST("/api/v1/applications", {
    body: {
      profile: { residentId: residentId(n), name, status: { retired: false } },
      edition: EDITION,
      track: TRACK,
      specialty: "机械工程",
      employer: "绍兴示例机电有限公司",
      unit,
    } as never,
  })
  if (r.data === undefined) throw new Error(`draft refused: ${JSON.stringify(r.error)}`)
  return r.data.id
}

const step = async (
  api: TestApi,
  role: "clerk" | "committee" | "enterprise-hr",
  id: string,
  verb: string,
  body: object = {},
) => {
  const r = await api
    .as(role)
    .POST(`/api/v1/applications/{id}/${verb}` as "/api/v1/applications/{id}/submit", {
      params: { path: { id } },
      body: body as never,
    })
  if (r.data === undefined) throw new Error(`${verb} refused: ${JSON.stringify(r.error)}`)
  return r.data
}

/** Submitted and reviewed by the unit: ready for a publicity notice. */
export const unitReviewed = async (api: TestApi, n: number, name: string) => {
  const id = await draft(api, n, name)
  await step(api, "clerk", id, "submit")
  await step(api, "clerk", id, "unit-review")
  return id
}

/** On a notice still running (published today): publicity cannot pass yet. Returns both ids. */
export const onNotice = async (api: TestApi, n: number, name: string) => {
  const id = await unitReviewed(api, n, name)
  const r = await api.as("clerk").POST("/api/v1/publicity-notices", {
    body: { applications: [id], howToObject: "绍兴市人社局专技处 0575-0000000（示例）" },
  })
  if (r.data === undefined) throw new Error(`notice refused: ${JSON.stringify(r.error)}`)
  return { id, notice: r.data.notice.id }
}

/** On a notice whose period has ended (backdated): ready to pass publicity. Returns both ids. */
export const publicityEnded = async (api: TestApi, n: number, name: string) => {
  const opened = await onNotice(api, n, name)
  await backdate(api, opened.notice)
  return opened
}

/** Decided and approved by the committee: ready for its certificate. */
export const approved = async (api: TestApi, n: number, name: string) => {
  const { id } = await publicityEnded(api, n, name)
  await step(api, "clerk", id, "pass-publicity")
  await step(api, "clerk", id, "recommend")
  await step(api, "committee", id, "decide", { outcome: "approved" })
  return id
}
