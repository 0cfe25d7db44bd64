/**
 * The server as a process and as a fleet: over a real socket, draining on SIGTERM, two instances on
 * one PostgreSQL sharing rate limits and Idempotency-Keys; readiness, request ids, CORS, the public
 * URL in QR codes, and what it refuses to start on.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { SqlClient } from "@effect/sql"
import { afterAll, describe, expect, it } from "@effect/vitest"
import * as Database from "@zhicheng/db/Database"
import { Certificates } from "@zhicheng/domain/Certificates"
import { Effect } from "effect"
import { issueRequestFor, seedApplication } from "../../../packages/db/test/support/bureau.ts"
import { ADMIN_URL, KINDS } from "../../../packages/db/test/support/databases.ts"
import * as PublicUrl from "../src/PublicUrl.ts"
import * as Startup from "../src/Startup.ts"
import { quietOptions, startTestApi, type TestApi } from "./support/app.ts"

const MAIN = join(import.meta.dirname, "..", "src", "main.ts")

interface Started {
  readonly child: ChildProcess
  readonly url: string
  readonly keys: Record<string, string>
  readonly lines: Array<string>
  readonly exited: Promise<number | null>
}

/** Starts `node src/main.ts` on a free port with a fresh SQLite file and waits until it listens. */
const startProcess = (dir: string): Promise<Started> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: "0", ZHICHENG_DB_FILE: join(dir, "zc.db"), DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    const lines: Array<string> = []
    const keys: Record<string, string> = {}
    let url = ""
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)))
    let buf = ""
    child.stdout?.on("data", (d: Buffer) => {
      buf += d.toString()
      for (;;) {
        const nl = buf.indexOf("\n")
        if (nl < 0) break
        const line = buf.slice(0, nl)
        buf = buf.slice(nl + 1)
        lines.push(line)
        const msg = (JSON.parse(line) as { msg?: string; url?: string }).msg ?? ""
        const key = /^\s+(\S+)\s+(zc_\S+)$/.exec(msg)
        if (key) keys[key[1] as string] = key[2] as string
        const listening = JSON.parse(line) as { msg?: string; url?: string }
        if (listening.msg === "zhicheng api listening") url = listening.url ?? ""
        if (url && Object.keys(keys).length === 4) resolve({ child, url, keys, lines, exited })
      }
    })
    child.stderr?.on("data", (d: Buffer) => lines.push(`stderr: ${d.toString()}`))
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before listening:\n${lines.join("\n")}`)),
    )
  })

/** Starts `node src/main.ts` expecting it to refuse: its exit code and what it wrote to stderr. */
const refusal = (env: Record<string, string>): Promise<{ code: number | null; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: "0", DATABASE_URL: "", ZHICHENG_PUBLIC_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stderr = ""
    let stdout = ""
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d.toString()
    })
    child.stdout?.on("data", (d: Buffer) => {
      stdout += d.toString()
      if (stdout.includes("zhicheng api listening")) {
        child.kill("SIGKILL")
        reject(new Error(`the server started instead of refusing:\n${stdout}`))
      }
    })
    child.on("exit", (code) => resolve({ code, stderr }))
  })

describe("over a real socket", () => {
  const dir = mkdtempSync(join(tmpdir(), "zc-proc-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("serves requests, then on SIGTERM drains an in-flight request before exiting 0", {
    timeout: 120_000,
  }, async () => {
    const server = await startProcess(dir)
    try {
      // The main command seeds clearly fictional demo records on a new database.
      const units = (await (
        await fetch(`${server.url}/api/v1/pilot-units?year=${new Date().getUTCFullYear()}`)
      ).json()) as Array<{ unitName: string }>
      expect(units.map((u) => u.unitName)).toEqual(["演示机电有限公司（DEMO）"])
      const health = await fetch(`${server.url}/healthz`)
      expect(await health.json()).toEqual({ status: "ok" })
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
      // The demo without ZHICHENG_PUBLIC_URL prints the origin it listens on in QR codes.
      expect(server.lines.find((l) => l.includes("zhicheng api listening"))).toContain(
        `"publicUrl":"${server.url} (demo`,
      )

      // A batch whose body we keep open across the SIGTERM.
      let sendMore: (s: string) => void = () => {}
      let finish: () => void = () => {}
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          const enc = new TextEncoder()
          sendMore = (s) => controller.enqueue(enc.encode(s))
          finish = () => controller.close()
        },
      })
      const pending = fetch(`${server.url}/api/v1/eligibility/batch?asOf=2023-09-01&summary=true`, {
        method: "POST",
        headers: { "content-type": "application/x-ndjson", authorization: `Bearer ${server.keys.clerk}` },
        body,
        duplex: "half",
      } as RequestInit)
      sendMore("{}\n")
      await new Promise((r) => setTimeout(r, 300))
      server.child.kill("SIGTERM")
      await new Promise((r) => setTimeout(r, 300))
      sendMore(`${JSON.stringify({ status: { retired: true } })}\n`)
      finish()
      const res = await pending
      expect(res.status).toBe(200)
      const out = (await res.text()).trim().split("\n")
      expect(out).toHaveLength(2)
      expect(await server.exited).toBe(0)
      expect(server.lines.some((l) => l.includes("draining in-flight"))).toBe(true)
      // One structured JSON log line per request, with its request id.
      const logged = server.lines
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as { operation?: string; requestId?: string; status?: number })
      expect(logged.find((l) => l.operation === "healthz")).toMatchObject({
        status: 200,
        requestId: expect.any(String),
      })
    } finally {
      server.child.kill("SIGKILL")
    }
  })
})

describe("per-route public limits", () => {
  it("limits guessing on the certificate check more strictly than the general public limit", {
    timeout: 60_000,
  }, async () => {
    const api = await startTestApi("sqlite", { perRouteLimits: true, trustProxy: true })
    try {
      const check = () =>
        api.fetch("/api/v1/certificates/SYRS-2024-000001/verification?name=%E5%BC%A0%E4%B8%89", {
          headers: { "x-forwarded-for": "203.0.113.9" },
        })
      const statuses: Array<number> = []
      for (let i = 0; i < 11; i++) statuses.push((await check()).status)
      expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true)
      expect(statuses[10]).toBe(429)
      // Other public routes from the same address are still served.
      expect(
        (
          await api.fetch("/api/v1/calendar/days/2024-10-01", {
            headers: { "x-forwarded-for": "203.0.113.9" },
          })
        ).status,
      ).toBe(200)
    } finally {
      await api.dispose()
    }
  })
})

describe("two API instances on one PostgreSQL", () => {
  let a: TestApi
  let b: TestApi
  afterAll(async () => {
    await b?.built.runtime.dispose()
    await a?.dispose()
  })

  it("share rate limits and Idempotency-Keys (no state that matters in process memory)", {
    timeout: 120_000,
  }, async () => {
    a = await startTestApi("postgres", { publicRatePerMinute: 5, trustProxy: true })
    b = await startTestApi("postgres", { publicRatePerMinute: 5, trustProxy: true }, a.target)
    const hit = (api: TestApi) =>
      api.fetch("/api/v1/calendar/days/2024-10-01", { headers: { "x-forwarded-for": "198.51.100.7" } })
    const statuses: Array<number> = []
    for (const api of [a, b, a, b, a, b]) statuses.push((await hit(api)).status)
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    expect(statuses[5]).toBe(429)

    // A create retried through the other instance with the same Idempotency-Key replays the
    // first answer and stores nothing more.
    const body = JSON.stringify({
      application: {
        year: 2026,
        district: "cn-zhejiang-shaoxing-shangyu",
        unitName: "示例机电有限公司（DEMO）",
        industry: "高端装备制造",
        address: "绍兴市上虞区示例路1号",
        legalRepresentative: {
          name: "示例法人",
          position: "董事长",
          phone: "0575-00000000",
          mobile: "13800000000",
        },
        workContact: { name: "示例联系人", position: "人事经理", mobile: "13900000000" },
        staff: { fullSenior: 0, associateSenior: 1, intermediate: 5, junior: 9 },
        profileAndPromotionSystem: "示例制度",
        specialties: ["机电"],
      },
      lateReason: "fleet test",
    })
    const headers = {
      "content-type": "application/json",
      "idempotency-key": "fleet-1",
      authorization: `Bearer ${a.keys.clerk}`,
    }
    const viaA = await a.fetch("/api/v1/pilot-units", { method: "POST", headers, body })
    expect(viaA.status).toBe(201)
    const viaB = await b.fetch("/api/v1/pilot-units", { method: "POST", headers, body })
    expect(viaB.status).toBe(201)
    expect(viaB.headers.get("idempotent-replayed")).toBe("true")
    expect(await viaB.text()).toBe(await viaA.text())
    const list = (await (await b.fetch("/api/v1/pilot-units?year=2026")).json()) as ReadonlyArray<unknown>
    expect(list).toHaveLength(1)
  })
})

describe("readiness (/readyz)", () => {
  it("answers 503 not-ready while draining, while /healthz stays 200", async () => {
    const api = await startTestApi("sqlite", { ready: () => false })
    try {
      const res = await api.fetch("/readyz")
      expect(res.status).toBe(503)
      expect(await res.json()).toMatchObject({ code: "not-ready", status: 503 })
      expect((await api.fetch("/healthz")).status).toBe(200)
    } finally {
      await api.dispose()
    }
  })

  /** Runs SQL as the PostgreSQL superuser (on the server's `test` database). */
  const asAdmin = (f: (sql: SqlClient.SqlClient) => Effect.Effect<unknown, unknown>) =>
    Effect.runPromise(
      Effect.flatMap(SqlClient.SqlClient, f).pipe(
        Effect.provide(Database.clientLayer({ kind: "postgres", url: ADMIN_URL })),
        Effect.orDie,
      ),
    )

  for (const kind of KINDS)
    it(`answers 503 while the database cannot be written, logs the driver's reason, and 200 once it can (${kind})`, {
      timeout: 60_000,
    }, async () => {
      const logs: Array<Record<string, unknown>> = []
      const api = await startTestApi(kind, { log: (l) => logs.push(l) })
      const name = kind === "postgres" ? new URL((api.target as { url: string }).url).pathname.slice(1) : ""
      const kick = (sql: SqlClient.SqlClient) =>
        sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${name} AND pid <> pg_backend_pid()`
      const readyz = () => api.fetch("/readyz").then((r) => r.status)
      try {
        expect(await readyz()).toBe(200)
        // Reads still work; writes do not: a SELECT 1 would say ready.
        if (kind === "sqlite")
          await api.built.runtime.runPromise(
            Effect.flatMap(SqlClient.SqlClient, (sql) => sql`PRAGMA query_only = ON`),
          )
        else
          await asAdmin((sql) =>
            Effect.zipRight(
              sql.unsafe(`ALTER DATABASE ${name} SET default_transaction_read_only = on`),
              kick(sql),
            ),
          )
        // (On PostgreSQL the first few may meet a pooled connection the kick cut.)
        const statuses = [await readyz(), await readyz(), await readyz(), await readyz()]
        expect(statuses).toEqual([503, 503, 503, 503])
        const logged = logs.filter((l) => l.operation === "readyz" && l.level === "error")
        expect(JSON.stringify(logged.at(-1)?.causedBy)).toMatch(
          kind === "sqlite" ? /SQLITE_READONLY|readonly/ : /read-only transaction/,
        )
        if (kind === "sqlite")
          await api.built.runtime.runPromise(
            Effect.flatMap(SqlClient.SqlClient, (sql) => sql`PRAGMA query_only = OFF`),
          )
        else {
          await asAdmin((sql) =>
            Effect.zipRight(
              sql.unsafe(`ALTER DATABASE ${name} RESET default_transaction_read_only`),
              kick(sql),
            ),
          )
          await readyz() // a connection the kick cut may fail once
          // Down: no connection at all.
          await asAdmin((sql) =>
            Effect.zipRight(sql.unsafe(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`), kick(sql)),
          )
          expect([await readyz(), await readyz()]).toEqual([503, 503])
          await asAdmin((sql) => sql.unsafe(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`))
        }
        expect(await readyz()).toBe(200)
      } finally {
        await api.dispose()
      }
    })
})

describe("request ids", () => {
  it("echoes x-request-id in the header, the problem and the log line; makes one when absent", async () => {
    const logs: Array<Record<string, unknown>> = []
    const api = await startTestApi("sqlite", { log: (l) => logs.push(l) })
    try {
      const given = await api.fetch("/api/v1/certificates/SXRS-2020-000001/verification?name=x", {
        headers: { "x-request-id": "counter-7f3a" },
      })
      expect(given.status).toBe(404)
      expect(given.headers.get("x-request-id")).toBe("counter-7f3a")
      expect(await given.json()).toMatchObject({ requestId: "counter-7f3a" })
      expect(logs.find((l) => l.requestId === "counter-7f3a")).toMatchObject({ status: 404 })

      const made = await api.fetch("/healthz")
      expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/)
      // At most 100 characters are kept.
      const long = await api.fetch("/healthz", { headers: { "x-request-id": "r".repeat(300) } })
      expect(long.headers.get("x-request-id")).toBe("r".repeat(100))
    } finally {
      await api.dispose()
    }
  })
})

describe("CORS (ZHICHENG_CORS_ORIGINS)", () => {
  it("allows the configured origins and no other, and exposes the request id", async () => {
    const options = Startup.optionsFromEnv(
      { ZHICHENG_CORS_ORIGINS: "https://site.example, https://www.site.example" },
      quietOptions,
    )
    expect(options.corsOrigins).toEqual(["https://site.example", "https://www.site.example"])
    const api = await startTestApi("sqlite", options)
    try {
      const preflight = (origin: string) =>
        api.fetch("/api/v1/policies", {
          method: "OPTIONS",
          headers: { origin, "access-control-request-method": "GET" },
        })
      expect((await preflight("https://www.site.example")).headers.get("access-control-allow-origin")).toBe(
        "https://www.site.example",
      )
      const evil = (await preflight("https://evil.example")).headers.get("access-control-allow-origin")
      expect(evil === null || evil !== "https://evil.example").toBe(true)
      const get = await api.fetch("/api/v1/policies", { headers: { origin: "https://site.example" } })
      expect(get.headers.get("access-control-allow-origin")).toBe("https://site.example")
      expect(get.headers.get("access-control-expose-headers")).toContain("x-request-id")
    } finally {
      await api.dispose()
    }
  })
})

describe("the public URL in QR codes (ZHICHENG_PUBLIC_URL)", () => {
  it("is configuration: required outside the demo, an http(s) URL, the listen origin in the demo", () => {
    expect(PublicUrl.resolve({ ZHICHENG_PUBLIC_URL: "https://zc.example.gov.cn/" })).toBe(
      "https://zc.example.gov.cn",
    )
    expect(PublicUrl.resolve({})).toBeUndefined()
    expect(() => PublicUrl.resolve({ ZHICHENG_DEMO: "0" })).toThrow(/ZHICHENG_PUBLIC_URL/)
    expect(() => PublicUrl.resolve({ ZHICHENG_PUBLIC_URL: "zc.example.gov.cn" })).toThrow(/not a URL/)
    expect(() => PublicUrl.resolve({ ZHICHENG_PUBLIC_URL: "javascript:alert(1)" })).toThrow(/http\(s\)/)
  })

  it("prints the configured origin, never the request's Host", { timeout: 60_000 }, async () => {
    const api = await startTestApi("sqlite", { publicUrl: () => "https://zc.example.gov.cn" })
    try {
      const cert = await api.built.runtime.runPromise(
        Effect.gen(function* () {
          const app = yield* seedApplication(1, { name: "王晓明" })
          const svc = yield* Certificates
          yield* svc.rotateKey({ id: "test-admin", role: "admin" })
          return yield* svc.issue({ id: "test-clerk", role: "clerk" }, issueRequestFor(app))
        }),
      )
      const res = await api.fetch(
        new Request(`http://evil.example/api/v1/certificates/${cert.number}`, {
          headers: { host: "evil.example", authorization: `Bearer ${api.keys.clerk}` },
        }),
      )
      expect(res.status).toBe(200)
      const view = (await res.json()) as { qr: string }
      expect(view.qr.startsWith(`https://zc.example.gov.cn/v/${cert.number}#`)).toBe(true)
      expect(view.qr).not.toContain("evil.example")
    } finally {
      await api.dispose()
    }
  })

  it("outside the demo, the server refuses to start without it", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "zc-nourl-"))
    try {
      const { code, stderr } = await refusal({ ZHICHENG_DEMO: "0", ZHICHENG_DB_FILE: join(dir, "zc.db") })
      expect(code).toBe(1)
      expect(stderr).toMatch(/cannot start: set ZHICHENG_PUBLIC_URL/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("start-up", () => {
  it("keeps the embedded database in the repository's .data/, whatever the working directory", () => {
    const root = resolve(import.meta.dirname, "..", "..", "..")
    expect(Startup.targetFromEnv({})).toEqual({ kind: "sqlite", file: join(root, ".data", "zhicheng.db") })
    // A path given explicitly is the user's: relative to where they are.
    expect(Startup.targetFromEnv({ ZHICHENG_DB_FILE: "x/z.db" })).toEqual({
      kind: "sqlite",
      file: join(process.cwd(), "x", "z.db"),
    })
    expect(Startup.targetFromEnv({ DATABASE_URL: "postgres://h/db" })).toEqual({
      kind: "postgres",
      url: "postgres://h/db",
    })
  })

  it("refuses a read-only SQLite file with a clear message", { timeout: 60_000 }, async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), "zc-ro-"))
    const file = join(dir, "zc.db")
    // Root writes through permission bits: make the file immutable instead (not every file system can).
    const asRoot = process.getuid?.() === 0
    const lock = (on: boolean) =>
      asRoot ? execFileSync("chattr", [on ? "+i" : "-i", file]) : chmodSync(file, on ? 0o444 : 0o644)
    try {
      await Effect.runPromise(Effect.provide(Database.writeProbe, Database.layer({ kind: "sqlite", file })))
      try {
        lock(true)
      } catch {
        ctx.skip()
      }
      const { code, stderr } = await refusal({ ZHICHENG_DB_FILE: file })
      expect(code).toBe(1)
      expect(stderr).toContain(`cannot start: the database cannot be written (SQLite file ${file})`)
      expect(stderr).toMatch(/SQLITE_READONLY|readonly/)
      expect(stderr).toContain("write access")
    } finally {
      try {
        lock(false)
      } catch {
        // never locked
      }
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
