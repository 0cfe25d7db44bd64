/**
 * Clearly fictional demo data for the README's main command: API keys for each role, printed
 * once when the database is new. Every name is marked 示例/DEMO; no real person or enterprise.
 */
import { SqlClient } from "@effect/sql"
import type { Role } from "@zhicheng/domain/Audit"
import { Effect } from "effect"
import * as Store from "./Store.ts"

const DEMO_KEYS: ReadonlyArray<{ name: string; role: Role }> = [
  { name: "demo-admin（示例管理员）", role: "admin" },
  { name: "demo-clerk（示例窗口）", role: "clerk" },
  { name: "demo-hr（示例企业人事）", role: "enterprise-hr" },
  { name: "demo-committee（示例评委会）", role: "committee" },
]

/** Seeds the demo when enabled and the database has no API key yet; returns lines to print. */
export const seedDemo = (enabled: boolean) =>
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
