/**
 * Every edition's procedure follows its own text, through the API, on SQLite and PostgreSQL: one
 * application per edition and track kind goes from creation to a verified certificate.
 *
 * - Where the text names a publicity step (002 二(二), 000 第十条(三) for a first title, 001 一、3)
 *   the application goes through a notice with that step's period, and recommending it straight
 *   from unit review is refused citing that clause.
 * - Where it names none (the national notice, 003, 004; Shanxi's direct recognitions) or the track
 *   is marked 无须公示 (000's title holders), no notice may be opened and it is recommended straight
 *   from unit review, the transition saying why.
 *
 * Time: the API runs on a clock the test sets (`settableClock`), so 002's 2023 deadlines and 004's
 * July–December window are met on their own dates.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import type { components } from "@zhicheng/client"
import { settableClock, startTestApi, type TestApi } from "./support/app.ts"
import { adoptionPilot, expectProblem, residentId } from "./support/http.ts"

type NewApplication = components["schemas"]["NewApplicationRequest"]
type Level = NonNullable<NewApplication["target"]>["level"]

interface Case {
  readonly edition: string
  /** The track id after `<edition>/`. */
  readonly track: string
  readonly kind: string
  /** Days (China time, 10:00) of create+submit, unit review, and the recommendation. */
  readonly on: string
  /** Whether its text names a publicity step, and the clause article cited either way. */
  readonly publicity: { readonly required: true; readonly article: string; readonly end?: "stated" } | false
  readonly level?: Level
  /** What the certificate prints where the track leaves it open (any level: title; any series: series). */
  readonly printed?: { readonly title?: string; readonly series: string }
  readonly profile?: Partial<NewApplication["profile"]>
  /** An adoption track names its pilot unit. */
  readonly pilot?: boolean
}

const ANY = { title: "工程师", series: "工程系列" }
const SERIES = { series: "工程系列" }

/** Ordered by date: the clock only moves forward. */
const CASES: ReadonlyArray<Case> = [
  {
    edition: "shangyu-2023-3",
    track: "normal",
    kind: "normal",
    on: "2023-09-01",
    publicity: { required: true, article: "二(二)" },
  },
  {
    edition: "shangyu-2023-3",
    track: "exceptional-a",
    kind: "exceptional",
    on: "2023-09-01",
    publicity: { required: true, article: "二(二)" },
  },
  {
    edition: "shangyu-2023-3",
    track: "exceptional-b",
    kind: "exceptional",
    on: "2023-09-01",
    publicity: { required: true, article: "二(二)" },
    profile: {
      achievements: {
        enterpriseHonours: [
          { level: "provincial", listItem: 1, published: "2023-03-01", mainTechnicalLead: true },
        ],
      },
    },
  },
  {
    edition: "shangyu-2023-3",
    track: "skilled-talent",
    kind: "skilled-talent",
    on: "2023-09-01",
    publicity: { required: true, article: "二(二)" },
  },
  {
    edition: "national-2020-13",
    track: "green-channel",
    kind: "green-channel",
    on: "2026-03-02",
    publicity: false,
    level: "intermediate",
    printed: ANY,
  },
  {
    edition: "national-2020-13",
    track: "postdoc-direct-recognition",
    kind: "direct-recognition",
    on: "2026-03-02",
    publicity: false,
    printed: SERIES,
  },
  {
    edition: "shanxi-2020-38",
    track: "skilled-talent",
    kind: "skilled-talent",
    on: "2026-03-02",
    publicity: { required: true, article: "3", end: "stated" },
    level: "intermediate",
    printed: ANY,
  },
  {
    edition: "shanxi-2020-38",
    track: "graduate-one-level-up/junior",
    kind: "green-channel",
    on: "2026-03-02",
    publicity: { required: true, article: "3", end: "stated" },
    printed: SERIES,
  },
  {
    edition: "shanxi-2020-38",
    track: "qualification-recognition",
    kind: "direct-recognition",
    on: "2026-03-02",
    publicity: false,
    level: "intermediate",
    printed: ANY,
  },
  {
    edition: "weihai-2020-50",
    track: "green/assistant-engineer",
    kind: "green-channel",
    on: "2026-03-02",
    publicity: false,
  },
  {
    edition: "weihai-2020-50",
    track: "second-series",
    kind: "normal",
    on: "2026-03-02",
    publicity: false,
    level: "intermediate",
    printed: ANY,
  },
  {
    edition: "shaoxing-adoption-draft",
    track: "engineer",
    kind: "adoption",
    on: "2026-03-02",
    publicity: { required: true, article: "第十条(三)" },
    pilot: true,
  },
  {
    edition: "shaoxing-adoption-draft",
    track: "engineer/title-holder",
    kind: "adoption",
    on: "2026-03-02",
    publicity: false,
    pilot: true,
  },
  {
    edition: "bayingolin-private-enterprise",
    track: "initial/junior",
    kind: "initial-determination",
    on: "2026-07-06",
    publicity: false,
    printed: SERIES,
  },
  {
    edition: "bayingolin-private-enterprise",
    track: "promotion/intermediate",
    kind: "promotion",
    on: "2026-07-06",
    publicity: false,
    printed: SERIES,
  },
]

const at = (day: string) => `${day}T10:00:00+08:00`
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
const HOW = "区人社局职称科（示例）0575-0000000"
const BODY = { code: "EVRY", name: "示例人力资源和社会保障局" }

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`every edition's procedure through the API (${kind})`, () => {
    const clock = settableClock(at("2023-09-01"))
    let api: TestApi
    let pilot = ""
    beforeAll(async () => {
      api = await startTestApi(kind, {}, undefined, clock)
      expect((await api.as("admin").POST("/api/v1/keys/rotation", {})).response.status).toBe(201)
    }, 60_000)
    afterAll(async () => {
      await api?.dispose()
    })

    CASES.forEach((c, n) => {
      it(`${c.edition} ${c.kind} (${c.track}): creation → verified certificate${c.publicity ? ` via publicity (${c.publicity.article})` : ", no publicity"}`, async () => {
        const hr = api.as("enterprise-hr")
        const clerk = api.as("clerk")
        clock.set(at(c.on))
        if (c.pilot === true && pilot === "") pilot = await adoptionPilot(api, "绍兴示例采认有限公司")
        const name = `申请人${n + 1}`
        const path = (id: string) => ({ params: { path: { id } } })

        const created = await hr.POST("/api/v1/applications", {
          body: {
            profile: { residentId: residentId(500 + n), name, status: { retired: false }, ...c.profile },
            edition: c.edition,
            track: `${c.edition}/${c.track}`,
            specialty: "机电制造",
            employer: "示例机电有限公司",
            unit: c.pilot === true ? pilot : "91330604MA0000001X",
            ...(c.level !== undefined ? { target: { level: c.level } } : {}),
          },
        })
        expect(created.response.status, JSON.stringify(created.error)).toBe(201)
        const id = created.data?.id as string
        const submitted = await hr.POST("/api/v1/applications/{id}/submit", { ...path(id), body: {} })
        expect(submitted.response.status, JSON.stringify(submitted.error)).toBe(200)
        clock.set(at(addDays(c.on, 4)))
        expect(
          (await clerk.POST("/api/v1/applications/{id}/unit-review", { ...path(id), body: {} })).response
            .status,
        ).toBe(200)

        let day = addDays(c.on, 5)
        clock.set(at(day))
        if (c.publicity !== false) {
          // The text names the step: no recommendation without it, citing the clause.
          const skipped = expectProblem(
            await clerk.POST("/api/v1/applications/{id}/recommend", { ...path(id), body: {} }),
            409,
            "invalid-transition",
          )
          expect(skipped.clause?.article).toBe(c.publicity.article)
          const opened = await clerk.POST("/api/v1/publicity-notices", {
            body: {
              applications: [id],
              howToObject: HOW,
              ...(c.publicity.end === "stated" ? { end: addDays(day, 7) } : {}),
            },
          })
          expect(opened.response.status, JSON.stringify(opened.error)).toBe(201)
          const notice = opened.data?.notice
          expect(notice?.rule.citation.article).toBe(c.publicity.article)
          expect(notice?.rule.origin).toBe(
            c.publicity.end === "stated" ? "stated-by-publisher" : "edition-setting",
          )
          day = addDays(notice?.end as string, 1)
          clock.set(at(day))
          const passed = await clerk.POST("/api/v1/applications/{id}/pass-publicity", {
            ...path(id),
            body: {},
          })
          expect(passed.response.status, JSON.stringify(passed.error)).toBe(200)
        } else {
          // None named (or 无须公示): no notice can be opened for it.
          const refused = expectProblem(
            await clerk.POST("/api/v1/publicity-notices", { body: { applications: [id], howToObject: HOW } }),
            409,
            "invalid-transition",
          )
          expect(refused.detail).toContain("publicity")
        }
        const recommended = await clerk.POST("/api/v1/applications/{id}/recommend", { ...path(id), body: {} })
        expect(recommended.response.status, JSON.stringify(recommended.error)).toBe(200)
        const history = await clerk.GET("/api/v1/applications/{id}/history", path(id))
        const last = history.data?.at(-1)
        expect(last).toMatchObject({
          from: c.publicity ? "publicity-passed" : "unit-reviewed",
          to: "recommended",
        })
        if (c.publicity === false) expect(last?.data).toMatchObject({ publicity: { required: false } })

        clock.set(at(addDays(day, 1)))
        const decided = await api.as("committee").POST("/api/v1/applications/{id}/decide", {
          ...path(id),
          body: { outcome: "approved", reason: "评审通过（示例）" },
        })
        expect(decided.response.status, JSON.stringify(decided.error)).toBe(200)
        const issued = await clerk.POST("/api/v1/certificates", {
          body: { application: id, approvalNo: "示例〔2026〕1号", issuingBody: BODY, ...c.printed },
        })
        expect(issued.response.status, JSON.stringify(issued.error)).toBe(201)
        const number = issued.data?.number as string
        const verified = await api.client.GET("/api/v1/certificates/{number}/verification", {
          params: { path: { number }, query: { name } },
        })
        expect(verified.response.status).toBe(200)
        expect(verified.data).toMatchObject({ number, status: "valid" })
        expect((await clerk.GET("/api/v1/applications/{id}", path(id))).data?.state).toBe(
          "certificate-issued",
        )
      })
    })
  })
}
