/**
 * The demo's seeded applications (Demo.ts `seedRecords`) on SQLite and PostgreSQL: one per stage,
 * filed by the HR key's holder (so that key sees them), fictional (演示 names, region 999999), made on
 * past days of the training clock, which then stands at today again and is stored as moved; the one
 * in publicity has a period that has already ended, so it can be passed today.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { KINDS } from "../../../packages/db/test/support/databases.ts"
import { RUNNING_NOTICE, SEEDS, STAGES, seedRecords } from "../src/Demo.ts"
import * as TrainingClock from "../src/TrainingClock.ts"
import { startTestApi, type TestApi } from "./support/app.ts"

for (const kind of KINDS) {
  describe(`the demo's seeded applications (${kind})`, () => {
    const clock = TrainingClock.make()
    let api: TestApi
    let lines: Array<string> = []
    beforeAll(async () => {
      api = await startTestApi(kind, {}, undefined, clock)
      expect((await api.as("admin").POST("/api/v1/keys/rotation", {})).response.status).toBe(201)
      lines = await seedRecords(api.built.app, api.built.runtime, clock, api.keys)
    }, 120_000)
    afterAll(async () => {
      await api?.dispose()
    })

    it("stand one at each stage, the HR key's own, fictional", async () => {
      expect(lines.join("\n")).not.toContain("stopped")
      const { data } = await api.as("enterprise-hr").GET("/api/v1/applications", { params: { query: {} } })
      const applications = data?.applications ?? []
      expect(applications.map((a) => a.state).sort()).toEqual([...STAGES].sort())
      expect(applications).toHaveLength(SEEDS.length)
      for (const a of applications) {
        expect(a.name).toMatch(/^演示/)
        expect(a.employer).toContain("DEMO")
      }
    })

    it("leave the clock at today, stored as moved (production refuses this database)", async () => {
      expect(clock.offsetDays()).toBe(0)
      const stored = await api.built.runtime.runPromise(TrainingClock.load)
      expect(stored.offsetDays).toBe(0)
      expect(TrainingClock.productionRefusal(stored)).toBeDefined()
    })

    it("were made on past days: the one in publicity has ended and is passed today", async () => {
      const { data } = await api.as("enterprise-hr").GET("/api/v1/applications", { params: { query: {} } })
      const inPublicity = data?.applications.find((a) => a.state === "in-publicity")
      const today = TrainingClock.trainingDay(clock)
      expect((inPublicity?.createdAt ?? today).slice(0, 10) < today).toBe(true)
      const passed = await api.as("clerk").POST("/api/v1/applications/{id}/pass-publicity", {
        params: { path: { id: inPublicity?.id as string } },
        body: {},
      })
      expect(passed.data?.state, JSON.stringify(passed.error)).toBe("publicity-passed")
    })

    it("include a certificate that verifies", async () => {
      const number = /demo certificate (\S+)/.exec(lines.join("\n"))?.[1] as string
      const verified = await api.client.GET("/api/v1/certificates/{number}/verification", {
        params: { path: { number }, query: { name: "演示申请人辛" } },
      })
      expect(verified.data?.status).toBe("valid")
    })

    it("include a notice running today, listed publicly with the minimum fields, that takes objections", async () => {
      const today = TrainingClock.trainingDay(clock)
      const { data } = await api.client.GET("/api/v1/publicity-notices", {})
      const running = (data?.notices ?? []).filter((n) =>
        n.entries.some((e) => e.name === RUNNING_NOTICE.name),
      )
      expect(running).toHaveLength(1)
      const notice = running[0]
      expect(notice?.published).toBe(today)
      expect(notice?.end).toBe(CivilDate.addDays(today, RUNNING_NOTICE.days))
      expect(JSON.stringify(notice)).not.toMatch(/999999|residentId|idHmac/)
      // Filed at the counter: not among the HR key's one-per-stage eight.
      const hr = await api.as("enterprise-hr").GET("/api/v1/applications", { params: { query: {} } })
      expect(hr.data?.applications.some((a) => a.name === RUNNING_NOTICE.name)).toBe(false)
      const objected = await api.client.POST("/api/v1/publicity-notices/{id}/objections", {
        params: { path: { id: notice?.notice as string } },
        body: {
          entry: 1,
          text: "演示异议（DEMO）：工作年限与实际不符。",
          objector: { contact: "演示联系人 13700000000" },
        },
      })
      expect(objected.response.status, JSON.stringify(objected.error)).toBe(201)
    })
  })
}
