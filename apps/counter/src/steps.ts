/**
 * The steps the clerk can take on an application: the API's view says which states the application
 * may move to under its edition's procedure (`next`, from the domain's `nextSteps`: a notice only
 * where the text names a publicity step); the domain's table (`nextStates`) stands in for a view
 * without it. The API's OpenAPI document (`x-roles` of each operation) says which of them the
 * signed-in role may take. Nothing here decides what is allowed; it only names each step and
 * says what it asks for (a reason, an outcome) and where it is done.
 */
import { nextStates } from "@zhicheng/domain/Applications"
import type { Role } from "@zhicheng/domain/Audit"
import type { State } from "./model.ts"

const s = (zh: string, en: string) => ({ zh, en })

export type StepPath =
  | "/api/v1/applications/{id}/submit"
  | "/api/v1/applications/{id}/unit-review"
  | "/api/v1/applications/{id}/pass-publicity"
  | "/api/v1/applications/{id}/mark-objected"
  | "/api/v1/applications/{id}/recommend"
  | "/api/v1/applications/{id}/decide"
  | "/api/v1/applications/{id}/withdraw"

export interface Step {
  /** Unique among the steps of one state. */
  readonly id: string
  readonly to: State
  readonly label: { readonly zh: string; readonly en: string }
  readonly operationId: string
  /** Done here with a POST (and a confirmation), or on another screen. */
  readonly where:
    | { readonly kind: "post"; readonly path: StepPath; readonly body?: Record<string, string> }
    | { readonly kind: "publicity" }
    | { readonly kind: "issue-certificate" }
    | { readonly kind: "revoke-certificate" }
  /** Extra optional text fields the step records besides the reason. */
  readonly extra?: ReadonlyArray<{
    readonly name: string
    readonly label: { readonly zh: string; readonly en: string }
  }>
}

const post = (path: StepPath, body?: Record<string, string>) =>
  ({ kind: "post", path, ...(body !== undefined ? { body } : {}) }) as const

/** How each reachable state is reached. */
const BY_TARGET: Readonly<Record<State, ReadonlyArray<Omit<Step, "to">>>> = {
  draft: [],
  submitted: [
    {
      id: "submit",
      label: s("提交申报", "Submit"),
      operationId: "submitApplication",
      where: post("/api/v1/applications/{id}/submit"),
    },
  ],
  "unit-reviewed": [
    {
      id: "unit-review",
      label: s("单位审核通过", "Record the unit's review"),
      operationId: "unitReviewApplication",
      where: post("/api/v1/applications/{id}/unit-review"),
    },
  ],
  "in-publicity": [
    {
      id: "publicity",
      label: s("发布公示...", "Open a publicity notice..."),
      operationId: "openPublicityNotice",
      where: { kind: "publicity" },
    },
  ],
  "publicity-passed": [
    {
      id: "pass-publicity",
      label: s("公示期满无异议", "Publicity passed"),
      operationId: "passPublicity",
      where: post("/api/v1/applications/{id}/pass-publicity"),
    },
  ],
  objected: [
    {
      id: "mark-objected",
      label: s("标记为公示有异议", "Mark as objected"),
      operationId: "markApplicationObjected",
      where: post("/api/v1/applications/{id}/mark-objected"),
    },
  ],
  recommended: [
    {
      id: "recommend",
      label: s("推荐评审", "Recommend"),
      operationId: "recommendApplication",
      where: post("/api/v1/applications/{id}/recommend"),
      extra: [
        {
          name: "overrideReason",
          label: s("超出采认比例的理由（如需）", "Reason to exceed the cap (if needed)"),
        },
      ],
    },
  ],
  decided: [
    {
      id: "approve",
      label: s("评审通过", "Decide: approved"),
      operationId: "decideApplication",
      where: post("/api/v1/applications/{id}/decide", { outcome: "approved" }),
    },
    {
      id: "reject",
      label: s("评审不通过", "Decide: rejected"),
      operationId: "decideApplication",
      where: post("/api/v1/applications/{id}/decide", { outcome: "rejected" }),
    },
  ],
  "certificate-issued": [
    {
      id: "issue",
      label: s("核发证书...", "Issue the certificate..."),
      operationId: "issueCertificate",
      where: { kind: "issue-certificate" },
    },
  ],
  "certificate-revoked": [
    {
      id: "revoke",
      label: s("撤销证书...", "Revoke the certificate..."),
      operationId: "revokeCertificate",
      where: { kind: "revoke-certificate" },
    },
  ],
  withdrawn: [
    {
      id: "withdraw",
      label: s("撤回申报", "Withdraw"),
      operationId: "withdrawApplication",
      where: post("/api/v1/applications/{id}/withdraw"),
    },
  ],
}

/** Which roles may call each operation, from the API's OpenAPI document; undefined while unknown. */
export type OperationRoles = Readonly<Record<string, ReadonlyArray<string>>>

/** `x-roles` of every operation in an OpenAPI document. */
export const rolesOf = (doc: unknown): OperationRoles => {
  const out: Record<string, ReadonlyArray<string>> = {}
  const paths = (
    doc as {
      paths?: Record<string, Record<string, { operationId?: string; "x-roles"?: ReadonlyArray<string> }>>
    }
  ).paths
  for (const item of Object.values(paths ?? {}))
    for (const op of Object.values(item))
      if (op?.operationId !== undefined && Array.isArray(op["x-roles"])) out[op.operationId] = op["x-roles"]
  return out
}

/**
 * The steps open from `state` for `role`: reachable by the procedure's table and callable by the
 * role (all reachable steps while the roles are not known yet; the API refuses the rest anyway).
 * A decided application goes on only when approved.
 */
export const stepsFor = (
  app: {
    readonly state: State
    readonly outcome?: string | undefined
    readonly next?: ReadonlyArray<State> | undefined
  },
  role: Role,
  roles: OperationRoles | undefined,
): ReadonlyArray<Step> =>
  (app.next ?? nextStates(app.state))
    .flatMap((to) => BY_TARGET[to].map((step) => ({ ...step, to })))
    .filter((step) => !(step.to === "certificate-issued" && app.outcome === "rejected"))
    .filter((step) => roles === undefined || (roles[step.operationId] ?? []).includes(role))
