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
import { Applications } from "@zhicheng/domain/Applications"
import type { Role } from "@zhicheng/domain/Audit"
import { Certificates } from "@zhicheng/domain/Certificates"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import { checkCharacter } from "@zhicheng/domain/ResidentId"
import { Clock, Effect } from "effect"
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
    // Records are a convenience: a refusal (a window closed on the day the demo starts) is
    // reported, never fatal.
    const records = yield* seedRecords.pipe(
      Effect.catchAll((e) =>
        Effect.succeed([`demo records skipped: ${String((e as { message?: string }).message ?? e)}`]),
      ),
    )
    return [...lines, ...records]
  })

const demoActor = { id: "system:demo", role: "system" } as const

/** A valid, obviously fictional ID number (region 999999 does not exist). */
const demoId = (birth: string, seq: number) => {
  const first17 = `999999${birth}${String(seq).padStart(3, "0")}`
  return `${first17}${checkCharacter(first17)}`
}

/** One pilot-unit application and two applications, all marked 演示 / DEMO. */
const seedRecords = Effect.gen(function* () {
  const year = new Date(yield* Clock.currentTimeMillis).getUTCFullYear()
  const unit = yield* PilotUnits.apply(demoActor, {
    application: {
      year,
      district: "cn-zhejiang-shaoxing-shangyu",
      unitName: "演示机电有限公司（DEMO）",
      industry: "高端装备制造",
      address: "绍兴市上虞区演示路1号（虚构）",
      legalRepresentative: {
        name: "演示法人",
        position: "董事长",
        phone: "0575-00000000",
        mobile: "13800000000",
      },
      workContact: { name: "演示联系人", position: "人事经理", mobile: "13900000000" },
      staff: { fullSenior: 0, associateSenior: 2, intermediate: 12, junior: 30 },
      profileAndPromotionSystem: "演示用技术岗位评价晋升制度（虚构）",
      specialties: ["机电"],
    },
    lateReason: "演示数据（DEMO）",
  })
  const applications = yield* Applications
  const app = yield* applications.create(
    {
      edition: "national-2020-13",
      track: "national-2020-13/green-channel",
      // The green channel is open at any level ("相应级别"): the level sought is the applicant's to say.
      target: { level: "intermediate" },
      specialty: "机电制造",
      employer: "演示机电有限公司（DEMO）",
      unit: "演示机电有限公司（DEMO）",
      profile: {
        residentId: demoId("19900101", 1) as never,
        name: "演示工程师甲（DEMO）",
        education: [
          {
            level: "bachelor",
            degree: "bachelor",
            fullTime: true,
            major: "机械设计制造及其自动化",
            relatedness: "related",
          },
        ],
        work: [
          {
            employer: "演示机电有限公司（DEMO）",
            employerKind: "private-enterprise",
            place: "cn-zhejiang-shaoxing-shangyu",
            workKind: "engineering-technical",
            specialty: "机电制造",
            from: "2016-07-01" as never,
            to: "present",
          },
        ],
        status: { retired: false, integrityBans: [] },
      },
    },
    demoActor,
  )
  return [`demo pilot unit ${unit.id} (演示机电有限公司), demo application ${app.id} (draft) — all fictional`]
})
