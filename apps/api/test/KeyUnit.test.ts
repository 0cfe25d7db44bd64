/**
 * Enterprise-HR keys bound to a pilot unit (`keys create <name> enterprise-hr --unit <id>`, migration
 * 0009, `Caller.unit`): a bound key creates applications, records and reads adoption figures and
 * works on rosters for its own unit only, and files no pilot-unit application (a new unit) — 403
 * `key-bound-to-unit` naming the field — while public reads stay public and unbound keys act for
 * any unit as before. Keys under one name agree on
 * the unit. The HTTP behaviour runs on both databases (so the migration does too); the key rules on
 * SQLite.
 */
import { describe, expect, it } from "@effect/vitest"
import { type components, createZhichengClient } from "@zhicheng/client"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { Effect } from "effect"
import * as Store from "../src/Store.ts"
import { type TestApi, useTestApi } from "./support/app.ts"
import {
  adoptionPilot,
  auditCount,
  expectProblem,
  pilotApplication,
  residentId,
  rowCount,
  today,
} from "./support/http.ts"

type NewApplication = components["schemas"]["NewApplicationRequest"]

const YEAR = CivilDate.parts(today()).year

/** `prefix` and n in Chinese digits: a name as people's names are written (no digits). */
const nameOf = (prefix: string, n: number) =>
  `${prefix}${String(n).replace(/\d/g, (d) => "零一二三四五六七八九"[Number(d)] as string)}`

const newApplication = (n: number, unit: string): NewApplication => ({
  profile: { residentId: residentId(n), name: nameOf("申请人", n), status: { retired: false } },
  edition: "shaoxing-adoption-draft",
  track: "shaoxing-adoption-draft/engineer",
  specialty: "机械工程",
  employer: "绍兴示例机械有限公司",
  unit,
})

const entry = (n: number) => ({
  name: nameOf("员工", n),
  residentId: residentId(n),
  highestEducation: "本科（工学学士）",
  institution: "浙江工业大学",
  major: "机械设计制造及其自动化",
  contact: `1380000${String(n).padStart(4, "0")}`,
  adoptionSpecialty: "机电" as const,
  qualificationName: "工程师" as const,
})

/** A new API key (its secret) created as the admin command does. */
const newKey = async (api: TestApi, name: string, role: "enterprise-hr" | "clerk", unit?: string) =>
  (await api.built.runtime.runPromise(Store.createKey(name, role, unit))).key

const clientFor = (api: TestApi, key: string) =>
  createZhichengClient({ baseUrl: "http://test.local", fetch: api.fetch as typeof fetch, apiKey: key })

/** A 403 `key-bound-to-unit` naming `field` and the unit the key is bound to. */
const expectBound = (res: { response: Response; error?: unknown }, field: string, bound: string) => {
  const p = expectProblem(res, 403, "key-bound-to-unit")
  expect(p.errors?.map((e) => e.path)).toEqual([field])
  expect(p.detail).toContain(`bound to unit ${bound}`)
  return p
}

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`an HR key bound to a pilot unit (${kind})`, () => {
    let api: TestApi
    useTestApi(kind, (started) => {
      api = started
    })

    it("is refused for another unit on every guarded route and allowed for its own; public reads stay public", async () => {
      // Both units' figures are recorded by the unbound HR key (today's behaviour, for any unit).
      const mine = await adoptionPilot(api, "甲绑定测试有限公司")
      const other = await adoptionPilot(api, "乙绑定测试有限公司")
      const bound = clientFor(api, await newKey(api, `hr-bound-${kind}`, "enterprise-hr", mine))
      const clerk = api.as("clerk")
      const before = {
        applications: await rowCount(api, "applications"),
        units: await rowCount(api, "pilot_units"),
        rosters: await rowCount(api, "rosters"),
        audit: await auditCount(api),
      }

      // Applications: body.unit.
      expectBound(
        await bound.POST("/api/v1/applications", { body: newApplication(801, other) }),
        "body.unit",
        mine,
      )
      // Adoption figures: the path's unit.
      const figures = { insuredStaff: 500, lastYearGraduateHires: 2 }
      expectBound(
        await bound.PUT("/api/v1/pilot-units/{id}/adoptions/{year}/figures", {
          params: { path: { id: other, year: String(YEAR) } },
          body: figures,
        }),
        "path.id",
        mine,
      )
      // Adoption figures and count: reading another unit's (path.id).
      expectBound(
        await bound.GET("/api/v1/pilot-units/{id}/adoptions/{year}", {
          params: { path: { id: other, year: String(YEAR) } },
        }),
        "path.id",
        mine,
      )
      // Pilot-unit applications: none at all, for another unit's name or its own (a new unit record).
      for (const unitName of ["乙绑定测试有限公司", "丙新申报测试有限公司", "甲绑定测试有限公司"]) {
        const p = expectBound(
          await bound.POST("/api/v1/pilot-units", {
            body: { application: pilotApplication(unitName, YEAR + 1) },
          }),
          "body.application",
          mine,
        )
        expect(p.detail).toContain(`an application for ${unitName} would create a new pilot unit`)
      }
      // Rosters: opening one for another unit (body.unitId), and reading or editing another unit's.
      expectBound(
        await bound.POST("/api/v1/rosters", { body: { unitId: other, year: YEAR, round: "annual" } }),
        "body.unitId",
        mine,
      )
      const theirs = await clerk.POST("/api/v1/rosters", {
        body: { unitId: other, year: YEAR, round: "annual" },
      })
      expect(theirs.response.status).toBe(201)
      const rid = theirs.data?.id as string
      const theirEntry = await clerk.POST("/api/v1/rosters/{id}/entries", {
        params: { path: { id: rid } },
        body: entry(810),
      })
      expect(theirEntry.response.status).toBe(201)
      const rosterPath = { params: { path: { id: rid } } }
      expectBound(await bound.GET("/api/v1/rosters/{id}", rosterPath), "path.id", mine)
      const p = expectBound(
        await bound.POST("/api/v1/rosters/{id}/entries", { ...rosterPath, body: entry(811) }),
        "path.id",
        mine,
      )
      expect(p.detail).toContain(`roster ${rid} is unit ${other}'s`)
      expectBound(
        await bound.DELETE("/api/v1/rosters/{id}/entries/{entryId}", {
          params: { path: { id: rid, entryId: theirEntry.data?.id as string } },
        }),
        "path.id",
        mine,
      )
      expectBound(
        await bound.POST("/api/v1/rosters/{id}/import", {
          ...rosterPath,
          body: "序号,姓名\n" as unknown as string,
          bodySerializer: (b: unknown) => b as never,
          headers: { "content-type": "text/csv" },
        }),
        "path.id",
        mine,
      )
      // Finalising is the bureau's in any case: HR's role is refused before its unit is looked at.
      expectProblem(
        await bound.POST("/api/v1/rosters/{id}/finalise", { ...rosterPath, body: {} }),
        403,
        "forbidden",
      )
      // Nothing was stored or audited by the refusals.
      expect(await rowCount(api, "applications")).toBe(before.applications)
      expect(await rowCount(api, "pilot_units")).toBe(before.units)
      expect(await auditCount(api)).toBe(before.audit + 2) // the clerk's roster and entry
      expect(await rowCount(api, "rosters")).toBe(before.rosters + 1)
      expect((await clerk.GET("/api/v1/rosters/{id}", rosterPath)).data?.entries.length).toBe(1)

      // Public reads of the other unit stay public, with the bound key too.
      expect(
        (await bound.GET("/api/v1/pilot-units/{id}", { params: { path: { id: other } } })).response.status,
      ).toBe(200)
      expect((await bound.GET("/api/v1/rosters/{id}/public", rosterPath)).response.status).toBe(200)

      // Its own unit: all allowed.
      const created = await bound.POST("/api/v1/applications", { body: newApplication(802, mine) })
      expect(created.response.status).toBe(201)
      expect(created.data?.unit).toBe(mine)
      expect(
        (
          await bound.PUT("/api/v1/pilot-units/{id}/adoptions/{year}/figures", {
            params: { path: { id: mine, year: String(YEAR) } },
            body: figures,
          })
        ).data,
      ).toMatchObject({ unitId: mine, figures })
      expect(
        (
          await bound.GET("/api/v1/pilot-units/{id}/adoptions/{year}", {
            params: { path: { id: mine, year: String(YEAR) } },
          })
        ).data,
      ).toMatchObject({ unitId: mine, figures: { figures } })
      const own = await bound.POST("/api/v1/rosters", { body: { unitId: mine, year: YEAR, round: "annual" } })
      expect(own.response.status).toBe(201)
      const ownPath = { params: { path: { id: own.data?.id as string } } }
      const added = await bound.POST("/api/v1/rosters/{id}/entries", { ...ownPath, body: entry(820) })
      expect(added.response.status).toBe(201)
      expect((await bound.GET("/api/v1/rosters/{id}", ownPath)).data?.entries.map((e) => e.id)).toEqual([
        added.data?.id,
      ])
      expect(
        (
          await bound.DELETE("/api/v1/rosters/{id}/entries/{entryId}", {
            params: { path: { id: own.data?.id as string, entryId: added.data?.id as string } },
          })
        ).response.status,
      ).toBe(204)
      // An unknown roster is still 404 for a bound key (the guard does not hide it or invent a unit).
      expectProblem(
        await bound.GET("/api/v1/rosters/{id}", { params: { path: { id: "no-such" } } }),
        404,
        "not-found",
      )
    })

    it("an unbound HR key keeps today's behaviour: any unit", async () => {
      const a = await adoptionPilot(api, "丙未绑定测试有限公司")
      const b = await adoptionPilot(api, "丁未绑定测试有限公司")
      const hr = api.as("enterprise-hr")
      for (const [n, unit] of [
        [830, a],
        [831, b],
      ] as const)
        expect(
          (await hr.POST("/api/v1/applications", { body: newApplication(n, unit) })).response.status,
        ).toBe(201)
      const rb = await api
        .as("clerk")
        .POST("/api/v1/rosters", { body: { unitId: b, year: YEAR, round: "annual" } })
      expect(rb.response.status).toBe(201)
      const ra = await hr.POST("/api/v1/rosters", { body: { unitId: a, year: YEAR, round: "annual" } })
      expect(ra.response.status).toBe(201)
      const added = await hr.POST("/api/v1/rosters/{id}/entries", {
        params: { path: { id: rb.data?.id as string } },
        body: entry(832),
      })
      expect(added.response.status).toBe(201)
    })
  })
}

describe("keys under one name agree on the unit (sqlite)", () => {
  let api: TestApi
  useTestApi("sqlite", (started) => {
    api = started
  })
  const create = (name: string, role: "enterprise-hr" | "clerk", unit?: string) =>
    api.built.runtime.runPromise(Store.createKey(name, role, unit))
  const refusal = (name: string, role: "enterprise-hr" | "clerk", unit?: string) =>
    api.built.runtime.runPromise(Effect.flip(Store.createKey(name, role, unit)))

  it("refuses a second unit, or none, under a bound name; rotation under the same unit is fine", async () => {
    const a = await adoptionPilot(api, "戊名称测试有限公司", null)
    const b = await adoptionPilot(api, "己名称测试有限公司", null)
    const first = await create("hr-named", "enterprise-hr", a)
    expect(first.unit).toBe(a)
    expect(await refusal("hr-named", "enterprise-hr", b)).toMatchObject({ _tag: "KeyUnitMismatch", unit: a })
    const none = await refusal("hr-named", "enterprise-hr")
    expect(none).toMatchObject({ _tag: "KeyUnitMismatch", unit: a })
    expect(none.message).toContain("keys under one name agree on the unit")
    // Rotation: same name, same unit.
    const rotated = await create("hr-named", "enterprise-hr", a)
    expect(await api.built.runtime.runPromise(Store.authenticate(rotated.key))).toMatchObject({
      id: "key:hr-named",
      role: "enterprise-hr",
      unit: a,
    })
    // An unbound holder cannot gain a bound key beside its unbound one…
    const old = await create("hr-legacy", "enterprise-hr")
    expect(await api.built.runtime.runPromise(Store.authenticate(old.key))).not.toHaveProperty("unit")
    const made = await clientFor(api, old.key).POST("/api/v1/applications", { body: newApplication(840, b) })
    expect(made.response.status).toBe(201)
    expect(await refusal("hr-legacy", "enterprise-hr", a)).toMatchObject({
      _tag: "KeyUnitMismatch",
      unit: null,
    })
    // …but once its keys are revoked it is bound under the same name and keeps its applications.
    expect(await api.built.runtime.runPromise(Store.revokeKey(old.id))).toBe(true)
    const boundNow = clientFor(api, (await create("hr-legacy", "enterprise-hr", a)).key)
    const id = made.data?.id as string
    expect((await boundNow.GET("/api/v1/applications/{id}", { params: { path: { id } } })).data?.id).toBe(id)
    expectBound(await boundNow.POST("/api/v1/applications", { body: newApplication(841, b) }), "body.unit", a)
    // The list shows each key's unit.
    const listed = await api.built.runtime.runPromise(Store.listKeys)
    expect(listed.filter((k) => k.name === "hr-legacy").map((k) => k.unit_id)).toEqual([null, a])
  })

  it("binds only enterprise-HR keys, and only to a pilot unit that exists", async () => {
    const a = await adoptionPilot(api, "庚名称测试有限公司", null)
    expect(await refusal("clerk-bound", "clerk", a)).toMatchObject({ _tag: "KeyUnitInvalid", unit: a })
    const unknown = await refusal("hr-nowhere", "enterprise-hr", "no-such-unit")
    expect(unknown).toMatchObject({ _tag: "KeyUnitInvalid", unit: "no-such-unit" })
    expect(unknown.message).toContain('no pilot unit has the id "no-such-unit"')
    expect((await api.built.runtime.runPromise(Store.listKeys)).some((k) => k.name === "hr-nowhere")).toBe(
      false,
    )
  })
})
