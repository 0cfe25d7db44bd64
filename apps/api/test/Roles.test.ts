/**
 * The role matrix, derived from the endpoint declarations. `MATRIX` has one row per operation: who
 * may call it. The test fails when a route has no row (a new route must say who may call it), when
 * a declaration's roles differ from its row (opening a clerk's route to the public is a reviewed
 * change, not an accident), and when the server lets any role past — or stops any allowed role at —
 * authentication and authorisation. Admin may call everything; "public" needs no key.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import type { Role } from "@zhicheng/domain/Audit"
import { endpoints } from "../src/App.ts"
import * as TrainingClock from "../src/TrainingClock.ts"
import { ROLES, startTestApi, type TestApi } from "./support/app.ts"

type Who = "public" | ReadonlyArray<Role>

const HR = "enterprise-hr"
const MATRIX: Readonly<Record<string, Who>> = {
  healthz: "public",
  readyz: "public",
  me: "public",
  listPolicies: "public",
  getEdition: "public",
  evaluateEligibility: "public",
  summarizeEligibility: "public",
  evaluateEligibilityBatch: [HR, "clerk", "committee"],
  calendarYears: "public",
  calendarDay: "public",
  addWorkingDays: "public",
  periodEnd: "public",
  publicityEnd: "public",
  applyPilotUnit: [HR, "clerk"],
  listPilotUnits: "public",
  getPilotUnit: "public",
  getPilotUnitRecord: ["clerk"],
  recommendPilotUnit: ["clerk"],
  selectPilotUnit: ["clerk"],
  declinePilotUnit: ["clerk"],
  reviewPilotUnit: ["clerk"],
  exitPilotUnit: ["clerk"],
  recordAdoptionFigures: [HR, "clerk"],
  getAdoptionUsage: [HR, "clerk", "committee"],
  createRoster: [HR, "clerk"],
  getRoster: [HR, "clerk"],
  addRosterEntry: [HR, "clerk"],
  removeRosterEntry: [HR, "clerk"],
  importRoster: [HR, "clerk"],
  exportRoster: ["clerk"],
  finaliseRoster: ["clerk"],
  getRosterPublic: "public",
  createApplication: [HR, "clerk"],
  listApplications: [HR, "clerk", "committee"],
  getApplication: [HR, "clerk", "committee"],
  applicationHistory: [HR, "clerk", "committee"],
  submitApplication: [HR, "clerk"],
  unitReviewApplication: ["clerk"],
  passPublicity: ["clerk"],
  markApplicationObjected: ["clerk"],
  recommendApplication: ["clerk"],
  decideApplication: ["committee"],
  markCertificateIssued: ["clerk"],
  recordApplicationTarget: ["clerk"],
  withdrawApplication: [HR, "clerk"],
  openPublicityNotice: ["clerk"],
  listCurrentPublicityNotices: "public",
  getPublicityNotice: "public",
  fileObjection: "public",
  listObjections: ["clerk"],
  resolveObjection: ["clerk"],
  closePublicityNotice: ["clerk"],
  issueCertificate: ["clerk", "committee"],
  createCertificateBatch: ["clerk"],
  getCertificateBatch: ["clerk"],
  resumeCertificateBatch: ["clerk"],
  verifyCertificate: "public",
  verifyCertificateQr: "public",
  getCertificate: ["clerk", "committee"],
  certificatePdf: "public",
  suspendCertificate: ["clerk"],
  reinstateCertificate: ["clerk"],
  revokeCertificate: ["clerk"],
  listSigningKeys: "public",
  rotateSigningKey: ["admin"],
  revokeSigningKey: ["admin"],
  certificateCheckPage: "public",
  verifyAuditChain: ["admin"],
  listAuditEntries: ["admin"],
  getTrainingClock: "public",
  advanceTrainingClock: ["clerk"],
}

// With the demo's training clock, so that its routes (demo mode only) are declared and served too.
const declared = endpoints(() => true, TrainingClock.make())
const CALLERS = ["public", ...ROLES] as const

const allowed = (who: Who, caller: (typeof CALLERS)[number]) =>
  who === "public" || caller === "admin" || (caller !== "public" && who.includes(caller))

let api: TestApi
beforeAll(async () => {
  api = await startTestApi("sqlite", {}, undefined, TrainingClock.make())
}, 60_000)
afterAll(async () => {
  await api?.dispose()
})

describe("the role matrix", () => {
  it("has a row for every declared route and no row for a route that is gone", () => {
    const ids = declared.map((e) => e.operationId)
    expect(ids.filter((id) => !(id in MATRIX))).toEqual([])
    expect(Object.keys(MATRIX).filter((id) => !ids.includes(id))).toEqual([])
  })

  it("matches every declaration's roles", () => {
    for (const e of declared) {
      const row = MATRIX[e.operationId]
      const roles = e.roles === "public" ? "public" : [...e.roles].sort()
      expect({ op: e.operationId, roles }).toEqual({
        op: e.operationId,
        roles: row === "public" ? "public" : [...(row ?? [])].sort(),
      })
    }
  })

  it("lets exactly the allowed callers past authentication and authorisation on every route", async () => {
    const outcomes: string[] = []
    for (const e of declared) {
      const path = e.path.replace(/:(\w+)/g, (_, name: string) => `none-${name}`)
      const media = e.bodyMedia?.[0] ?? "application/json"
      for (const caller of CALLERS) {
        const res = await api.fetch(path, {
          method: e.method.toUpperCase(),
          headers: {
            ...(caller === "public" ? {} : { authorization: `Bearer ${api.keys[caller]}` }),
            ...(e.method === "get" || e.method === "delete" ? {} : { "content-type": media }),
          },
          ...(e.method === "get" || e.method === "delete"
            ? {}
            : { body: media.includes("json") ? "{}" : "x" }),
        })
        const code =
          res.status === 401 || res.status === 403
            ? ((await res.json()) as { code?: string }).code
            : undefined
        const stopped = res.status === 401 || (res.status === 403 && code === "forbidden")
        const expected = !allowed(MATRIX[e.operationId] ?? [], caller)
        if (stopped !== expected)
          outcomes.push(
            `${e.operationId} as ${caller}: ${res.status} ${code ?? ""} (expected ${expected ? "refused" : "let through"})`,
          )
        else if (expected) expect(res.status).toBe(caller === "public" ? 401 : 403)
      }
    }
    expect(outcomes).toEqual([])
  }, 60_000)
})
