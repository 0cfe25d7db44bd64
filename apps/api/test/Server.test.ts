/**
 * The server as a process and as a fleet: over a real socket, draining on SIGTERM, and two
 * instances on one PostgreSQL sharing rate limits and Idempotency-Keys.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { startTestApi, type TestApi } from "./support/app.ts"

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
