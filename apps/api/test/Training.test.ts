/**
 * The demo's training clock (TrainingClock.ts, routes/training.ts) on SQLite and PostgreSQL: read by
 * anyone, moved forward only, by a clerk, stored and audited; every response in training mode names
 * the training day; a server without it has no such routes; and production configuration refuses a
 * database whose training clock was ever moved.
 */
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import * as Database from "@zhicheng/db/Database"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { Effect } from "effect"
import { KINDS } from "../../../packages/db/test/support/databases.ts"
import { TRAINING_DAY_HEADER } from "../src/Server.ts"
import * as TrainingClock from "../src/TrainingClock.ts"
import { startTestApi, type TestApi, useTestApi } from "./support/app.ts"
import { expectProblem } from "./support/http.ts"

const MAIN = join(import.meta.dirname, "..", "src", "main.ts")
/** A fixed real instant (2026-12-03 10:00 China time), so the days asserted are known. */
const REAL = Date.parse("2026-12-03T10:00:00+08:00")

for (const kind of KINDS) {
  describe(`the training clock (${kind})`, () => {
    const clock = TrainingClock.make(0, () => REAL)
    let api: TestApi
    beforeAll(async () => {
      api = await startTestApi(kind, {}, undefined, clock)
    }, 60_000)
    afterAll(async () => {
      await api?.dispose()
    })

    it("is read by anyone, and every response names the training day", async () => {
      const got = await api.client.GET("/api/v1/training/clock")
      expect(got.data).toEqual({
        training: true,
        trainingDay: "2026-12-03",
        realDay: "2026-12-03",
        offsetDays: 0,
      })
      expect(got.response.headers.get(TRAINING_DAY_HEADER)).toBe("2026-12-03")
      for (const path of ["/healthz", "/api/v1/policies", "/api/v1/no-such-route", "/api/openapi.json"])
        expect((await api.fetch(path)).headers.get(TRAINING_DAY_HEADER), path).toBe("2026-12-03")
    })

    it("moves forward by days or to a later day, as a clerk; stored and audited", async () => {
      const moved = await api.as("clerk").POST("/api/v1/training/clock", { body: { days: 10 } })
      expect(moved.response.status, JSON.stringify(moved.error)).toBe(200)
      expect(moved.data).toMatchObject({ trainingDay: "2026-12-13", realDay: "2026-12-03", offsetDays: 10 })
      expect(moved.response.headers.get(TRAINING_DAY_HEADER)).toBe("2026-12-13")
      const to = await api.as("clerk").POST("/api/v1/training/clock", { body: { to: "2026-12-20" } })
      expect(to.data).toMatchObject({ trainingDay: "2026-12-20", offsetDays: 17 })
      // The API's today is the training day: a calendar question about "today" is answered for it.
      expect(CivilDate.todayInChina(clock.unsafeCurrentTimeMillis())).toBe("2026-12-20")

      const stored = await api.built.runtime.runPromise(TrainingClock.load)
      expect(stored.offsetDays).toBe(17)
      expect(stored.movedAt).toBeDefined()
      const audit = await api.as("admin").GET("/api/v1/audit", { params: { query: {} } })
      expect(
        (audit.data?.entries ?? []).filter((e) => e.action === "training-clock.advanced").map((e) => e.data),
      ).toMatchObject([
        { from: "2026-12-03", days: 10, offsetDays: 10 },
        { from: "2026-12-13", days: 7, offsetDays: 17 },
      ])
    })

    it("never goes back: 422 naming the field, nothing stored", async () => {
      const back = expectProblem(
        await api.as("clerk").POST("/api/v1/training/clock", { body: { to: "2026-12-20" } }),
        422,
        "training-clock-backwards",
      )
      expect(back.errors?.[0]?.path).toBe("body.to")
      const zero = expectProblem(
        await api.as("clerk").POST("/api/v1/training/clock", { body: { days: 0 } }),
        422,
        "invalid-input",
      )
      expect(zero.errors?.[0]?.path).toMatch(/^body/)
      expect((await api.built.runtime.runPromise(TrainingClock.load)).offsetDays).toBe(17)
    })

    it("is not moved by the public or an HR key", async () => {
      expect((await api.client.POST("/api/v1/training/clock", { body: { days: 1 } })).response.status).toBe(
        401,
      )
      expect(
        (await api.as("enterprise-hr").POST("/api/v1/training/clock", { body: { days: 1 } })).response.status,
      ).toBe(403)
    })
  })
}

describe("without a training clock (production)", () => {
  let api: TestApi
  useTestApi("sqlite", (started) => {
    api = started
  })

  it("has no training routes and names no training day", async () => {
    const res = await api.fetch("/api/v1/training/clock")
    expect(res.status).toBe(404)
    expect(res.headers.get(TRAINING_DAY_HEADER)).toBeNull()
    expect((await api.fetch("/healthz")).headers.get(TRAINING_DAY_HEADER)).toBeNull()
  })
})

describe("production configuration", () => {
  it("says why a moved database is refused, and nothing for a database never moved", () => {
    expect(TrainingClock.productionRefusal({ offsetDays: 0 })).toBeUndefined()
    expect(TrainingClock.productionRefusal({ offsetDays: 3, movedAt: "2026-12-03T02:00:00.000Z" })).toMatch(
      /training clock/,
    )
  })

  it("refuses to start on a database whose training clock was moved", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "zc-training-"))
    try {
      const file = join(dir, "zc.db")
      await Effect.runPromise(
        TrainingClock.save(0, new Date().toISOString()).pipe(
          Effect.provide(Database.layer({ kind: "sqlite", file })),
        ),
      )
      const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [MAIN], {
          env: {
            ...process.env,
            PORT: "0",
            DATABASE_URL: "",
            ZHICHENG_DEMO: "0",
            ZHICHENG_PUBLIC_URL: "https://zc.example.gov.cn",
            ZHICHENG_DB_FILE: file,
          },
          stdio: ["ignore", "pipe", "pipe"],
        })
        let stderr = ""
        child.stderr?.on("data", (d: Buffer) => {
          stderr += d.toString()
        })
        child.stdout?.on("data", (d: Buffer) => {
          if (d.toString().includes("zhicheng api listening")) child.kill("SIGTERM")
        })
        child.on("exit", (code) => resolve({ code, stderr }))
      })
      expect(code).toBe(1)
      expect(stderr).toMatch(/cannot start: this database ran the demo's training clock/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
