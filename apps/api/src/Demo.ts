/**
 * Clearly fictional demo data for the README's main command: API keys for each role, printed
 * once when the database is new. Every name is marked 示例/DEMO; no real person or enterprise.
 *
 * Certificate signing key: in demo mode a key is generated at start-up when none is active, so
 * that certificates can be issued at once. With ZHICHENG_DEMO=0 (production) nothing is generated:
 * a signing key is a deliberate act — an admin calls POST /api/v1/keys/rotation (which is audited)
 * — and until then issuing answers 409 no-active-signing-key; start-up says so.
 */
import { SqlClient } from "@effect/sql"
import type { Role } from "@zhicheng/domain/Audit"
import { Certificates } from "@zhicheng/domain/Certificates"
import { Effect } from "effect"
import * as Store from "./Store.ts"

const DEMO_KEYS: ReadonlyArray<{ name: string; role: Role }> = [
  { name: "demo-admin（示例管理员）", role: "admin" },
  { name: "demo-clerk（示例窗口）", role: "clerk" },
  { name: "demo-hr（示例企业人事）", role: "enterprise-hr" },
  { name: "demo-committee（示例评委会）", role: "committee" },
]

/**
 * Makes sure a certificate signing key is active: generates one (audited as the system) when
 * `generate` is true and none is, else only reports. Returns a line to print.
 */
export const ensureSigningKey = (generate: boolean) =>
  Effect.gen(function* () {
    const certificates = yield* Certificates
    const { keys } = yield* certificates.keySet
    const active = keys.find((k) => k.status === "active")
    if (active !== undefined) return `certificate signing key ${active.kid} is active`
    if (!generate)
      return "no active certificate signing key: an admin must POST /api/v1/keys/rotation before certificates can be issued"
    const key = yield* certificates.rotateKey({ id: "system:start-up", role: "system" })
    return `DEMO: generated certificate signing key ${key.kid} (production: an admin rotates keys via POST /api/v1/keys/rotation)`
  })

/** Seeds the demo when enabled and the database has no API key yet; returns lines to print. */
export const seedDemo = (enabled: boolean) =>
  Effect.gen(function* () {
    const keyLine = yield* ensureSigningKey(enabled)
    return [...(yield* seedKeys(enabled)), keyLine]
  })

const seedKeys = (enabled: boolean) =>
  Effect.gen(function* () {
    if (!enabled) return ["demo data disabled (ZHICHENG_DEMO=0)"]
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM api_keys`.pipe(Effect.orDie)
    if (Number(row?.n ?? 0) > 0)
      return [
        "demo data already present; API keys were printed at first start (create more: ./zc pnpm --filter @zhicheng/api keys create <name> <role>)",
      ]
    const lines: Array<string> = ["DEMO DATA — fictional. API keys (shown once):"]
    for (const k of DEMO_KEYS) {
      const created = yield* Store.createKey(k.name, k.role)
      lines.push(`  ${k.role.padEnd(13)} ${created.key}`)
    }
    return lines
  })
