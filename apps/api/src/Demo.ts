/**
 * Clearly fictional demo data for the README's main command: API keys for each role, printed
 * once when the database is new, a pilot-unit application, and applications at every stage of a
 * procedure (`seedRecords`). Every name is marked 演示/示例/DEMO, every ID number is in region
 * 999999 (which does not exist); no real person or enterprise.
 *
 * Certificate signing key: in demo mode a key is generated at start-up when none is active, so
 * that certificates can be issued at once. With ZHICHENG_DEMO=0 (production) nothing is generated:
 * a signing key is a deliberate act — an admin calls POST /api/v1/keys/rotation (which is audited)
 * — and until then issuing answers 409 no-active-signing-key; start-up says so.
 */
import { SqlClient } from "@effect/sql"
import type { Role } from "@zhicheng/domain/Audit"
import { Certificates } from "@zhicheng/domain/Certificates"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import { checkCharacter } from "@zhicheng/domain/ResidentId"
import { Clock, Effect } from "effect"
import type { Hono } from "hono"
import type { Built } from "./App.ts"
import * as Store from "./Store.ts"
import * as TrainingClock from "./TrainingClock.ts"

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

/** The demo keys by role, when this start created them (a new database). */
export type DemoKeys = Readonly<Record<"admin" | "clerk" | "enterprise-hr" | "committee", string>>

/**
 * Seeds the demo's keys when enabled and the database has no API key yet; returns lines to print
 * and, on a new database, the keys (for `seedRecords`).
 */
export const seedDemo = (enabled: boolean) =>
  Effect.gen(function* () {
    const keyLine = yield* ensureSigningKey(enabled)
    const { lines, keys } = yield* seedKeys(enabled)
    return { lines: [...lines, keyLine], keys }
  })

const seedKeys = (enabled: boolean) =>
  Effect.gen(function* () {
    if (!enabled) return { lines: ["demo data disabled (ZHICHENG_DEMO=0)"], keys: undefined }
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM api_keys`.pipe(Effect.orDie)
    if (Number(row?.n ?? 0) > 0)
      return {
        lines: [
          "demo data already present; API keys were printed at first start (create more: ./zc pnpm --filter @zhicheng/api keys create <name> <role>)",
        ],
        keys: undefined,
      }
    const lines: Array<string> = ["DEMO DATA — fictional. API keys (shown once):"]
    const keys: Record<string, string> = {}
    for (const k of DEMO_KEYS) {
      const created = yield* Store.createKey(k.name, k.role)
      keys[k.role] = created.key
      lines.push(`  ${k.role.padEnd(13)} ${created.key}`)
    }
    return { lines, keys: keys as unknown as DemoKeys }
  })

const demoActor = { id: "system:demo", role: "system" } as const

/** A valid, obviously fictional ID number (region 999999 does not exist). */
const demoId = (birth: string, seq: number) => {
  const first17 = `999999${birth}${String(seq).padStart(3, "0")}`
  return `${first17}${checkCharacter(first17)}`
}

/** The stages the seeded applications stand at, in procedure order. */
export const STAGES = [
  "draft",
  "submitted",
  "unit-reviewed",
  "in-publicity",
  "publicity-passed",
  "recommended",
  "decided",
  "certificate-issued",
] as const
export type Stage = (typeof STAGES)[number]

interface Seed {
  readonly stage: Stage
  readonly edition: string
  /** The track id after `<edition>/`. */
  readonly track: string
  readonly level?: "junior" | "intermediate"
  /** Whether its procedure names a publicity step (Shanxi 3: yes, its period stated by the publisher). */
  readonly publicity?: true
  /** What the certificate prints where the track leaves it open. */
  readonly printed?: { readonly title?: string; readonly series: string }
}

/**
 * One application per stage, on editions whose rules hold on any day of a year the calendar
 * covers: the national notice (no publicity step, no deadline), Shanxi 2020-38 (a publicity step
 * whose period the publisher states, 3), Weihai 2020-50 (no publicity step). Shangyu 2023's deadlines
 * have passed and Bayingolin's window is July–December only, so neither is seeded.
 */
export const SEEDS: ReadonlyArray<Seed> = [
  { stage: "draft", edition: "national-2020-13", track: "green-channel", level: "intermediate" },
  { stage: "submitted", edition: "weihai-2020-50", track: "second-series", level: "intermediate" },
  { stage: "unit-reviewed", edition: "national-2020-13", track: "green-channel", level: "intermediate" },
  {
    stage: "in-publicity",
    edition: "shanxi-2020-38",
    track: "skilled-talent",
    level: "intermediate",
    publicity: true,
  },
  {
    stage: "publicity-passed",
    edition: "shanxi-2020-38",
    track: "graduate-one-level-up/junior",
    publicity: true,
  },
  { stage: "recommended", edition: "weihai-2020-50", track: "green/assistant-engineer" },
  {
    stage: "decided",
    edition: "shanxi-2020-38",
    track: "qualification-recognition",
    level: "intermediate",
    printed: { title: "工程师", series: "工程系列" },
  },
  {
    stage: "certificate-issued",
    edition: "national-2020-13",
    track: "postdoc-direct-recognition",
    printed: { series: "工程系列" },
  },
]

/**
 * The walk-in whose notice runs today (filed by the demo clerk, so the HR key's eight stay one per
 * stage): Shanxi 2020-38 lets the publisher state the period's end, here a week from today.
 */
export const RUNNING_NOTICE = {
  name: "演示申请人癸",
  edition: "shanxi-2020-38",
  track: "skilled-talent",
  level: "intermediate",
  days: 7,
} as const

/** Days before today (the real day) on which the seeding's steps happen. */
const ON = { create: -28, review: -24, publish: -23, publicityEnd: -16, pass: -15, decide: -10, issue: -5 }
const HOW_TO_OBJECT = "演示人社局职称科（DEMO）电话 0000-0000000（虚构）"
const ISSUING_BODY = { code: "DEMO", name: "演示人力资源和社会保障局（DEMO）" }

/** The demo's employer's unified social credit code (fictional). */
const DEMO_EMPLOYER_CODE = "91999999MA0000001X"

/**
 * On a new database in demo mode: the seeded applications, one per stage (`SEEDS`), made through
 * the API itself — the demo HR key's holder files and submits them (so the demo HR key sees them),
 * the demo clerk reviews, publishes and recommends, the demo committee decides — with the training
 * clock set back to the past days in `ON`, so the notice's period has already ended today. The
 * clock then stands at today again, stored as moved: this database's records are dated on a
 * training clock, which production configuration refuses. A refusal is reported, never fatal.
 * Returns lines to print.
 */
export const seedRecords = async (
  app: Hono,
  runtime: Built["runtime"],
  clock: TrainingClock.TrainingClock,
  keys: DemoKeys,
): Promise<Array<string>> => {
  const call = async (key: string, method: "GET" | "POST", path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const json = (await res.json()) as Record<string, unknown>
    if (!res.ok)
      throw new Error(
        `${method} ${path}: ${res.status} ${String(json.detail ?? json.title)} ${JSON.stringify(json.errors ?? [])}`,
      )
    return json
  }
  const hr = (m: "GET" | "POST", p: string, b?: unknown) => call(keys["enterprise-hr"], m, p, b)
  const clerk = (m: "GET" | "POST", p: string, b?: unknown) => call(keys.clerk, m, p, b)
  const at = (days: number) => clock.setOffsetDays(days)
  const reached = (s: Seed, stage: Stage) => STAGES.indexOf(s.stage) >= STAGES.indexOf(stage)
  const step = (id: string, move: string, body: unknown = {}) =>
    clerk("POST", `/api/v1/applications/${id}/${move}`, body)
  const lines: Array<string> = []
  try {
    at(ON.create)
    const ids: Array<string> = []
    for (const [n, s] of SEEDS.entries()) {
      const created = await hr("POST", "/api/v1/applications", {
        edition: s.edition,
        track: `${s.edition}/${s.track}`,
        ...(s.level === undefined ? {} : { target: { level: s.level } }),
        specialty: "机电制造",
        employer: "演示机电有限公司（DEMO）",
        unit: DEMO_EMPLOYER_CODE,
        profile: {
          residentId: demoId("19900101", 100 + n),
          name: `演示申请人${"甲乙丙丁戊己庚辛"[n]}`,
          status: { retired: false },
        },
      })
      const id = String(created.id)
      ids.push(id)
      if (reached(s, "submitted")) await hr("POST", `/api/v1/applications/${id}/submit`, {})
    }
    at(ON.review)
    for (const [n, s] of SEEDS.entries())
      if (reached(s, "unit-reviewed")) await step(ids[n] as string, "unit-review")
    at(ON.publish)
    const publicityEnd = CivilDate.addDays(CivilDate.todayInChina(clock.realMillis()), ON.publicityEnd)
    for (const [n, s] of SEEDS.entries())
      if (reached(s, "in-publicity") && s.publicity === true)
        await clerk("POST", "/api/v1/publicity-notices", {
          applications: [ids[n]],
          howToObject: HOW_TO_OBJECT,
          end: publicityEnd,
        })
    at(ON.pass)
    for (const [n, s] of SEEDS.entries()) {
      const id = ids[n] as string
      if (reached(s, "publicity-passed") && s.publicity === true) await step(id, "pass-publicity")
      if (reached(s, "recommended")) await step(id, "recommend")
    }
    at(ON.decide)
    for (const [n, s] of SEEDS.entries())
      if (reached(s, "decided"))
        await call(keys.committee, "POST", `/api/v1/applications/${ids[n]}/decide`, {
          outcome: "approved",
          reason: "评审通过（演示 DEMO）",
        })
    at(ON.issue)
    for (const [n, s] of SEEDS.entries())
      if (reached(s, "certificate-issued")) {
        const cert = await clerk("POST", "/api/v1/certificates", {
          application: ids[n],
          approvalNo: "演示〔2026〕1号（DEMO）",
          issuingBody: ISSUING_BODY,
          ...s.printed,
        })
        lines.push(`demo certificate ${String(cert.number)} (holder 演示申请人辛)`)
      }
    lines.unshift(
      `demo applications of demo-hr, one per stage: ${SEEDS.map((s, n) => `${s.stage} ${ids[n]}`).join(", ")} — all fictional`,
    )
    // A notice running today, so the public site's publicity page (and its objection form) has
    // something to show: a walk-in filed at the counter today, its period stated by the publisher.
    at(0)
    const walkIn = await clerk("POST", "/api/v1/applications", {
      edition: RUNNING_NOTICE.edition,
      track: `${RUNNING_NOTICE.edition}/${RUNNING_NOTICE.track}`,
      target: { level: RUNNING_NOTICE.level },
      specialty: "电气自动化",
      employer: "演示机电有限公司（DEMO）",
      unit: DEMO_EMPLOYER_CODE,
      profile: {
        residentId: demoId("19920202", 100 + SEEDS.length),
        name: RUNNING_NOTICE.name,
        status: { retired: false },
      },
    })
    const walkInId = String(walkIn.id)
    await clerk("POST", `/api/v1/applications/${walkInId}/submit`, {})
    await step(walkInId, "unit-review")
    const opened = await clerk("POST", "/api/v1/publicity-notices", {
      applications: [walkInId],
      howToObject: HOW_TO_OBJECT,
      end: CivilDate.addDays(CivilDate.todayInChina(clock.realMillis()), RUNNING_NOTICE.days),
    })
    const notice = opened.notice as { readonly id: string; readonly end: string }
    lines.push(
      `demo publicity notice ${notice.id} running until ${notice.end} (${RUNNING_NOTICE.name}, filed at the counter) — fictional`,
    )
  } catch (e) {
    lines.push(`demo applications stopped: ${(e as Error).message}`)
  } finally {
    at(0)
    await runtime.runPromise(TrainingClock.save(0, new Date(clock.realMillis()).toISOString()))
  }
  // The pilot unit applies for this (real) year.
  const unit = await runtime.runPromise(
    seedPilotUnit.pipe(
      Effect.map((u) => `demo pilot unit ${u.id} (演示机电有限公司) — fictional`),
      Effect.catchAll((e) =>
        Effect.succeed(`demo pilot unit skipped: ${String((e as { message?: string }).message ?? e)}`),
      ),
    ),
  )
  return [...lines, unit]
}

/** A pilot-unit application (Shaoxing Shangyu), marked 演示 / DEMO. */
const seedPilotUnit = Effect.gen(function* () {
  const year = new Date(yield* Clock.currentTimeMillis).getUTCFullYear()
  return yield* PilotUnits.apply(demoActor, {
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
})
