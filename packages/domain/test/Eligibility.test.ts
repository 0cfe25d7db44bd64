import { execFileSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Effect, Schema } from "effect"
import fc from "fast-check"
import { make } from "../src/CivilDate.ts"
import * as C from "../src/Condition.ts"
import * as Eligibility from "../src/Eligibility.ts"
import { Profile } from "../src/Profile.ts"
import * as Registry from "../src/Registry.ts"

const profiles = Arbitrary.make(Profile)
const asOfs = fc
  .integer({ min: 2020, max: 2026 })
  .chain((y) =>
    fc
      .integer({ min: 1, max: 365 })
      .map((d) =>
        make(
          `${y}-${String(Math.ceil(d / 31)).padStart(2, "0")}-${String(((d - 1) % 28) + 1).padStart(2, "0")}`,
        ),
      ),
  )

describe("Eligibility", () => {
  it("answers every track of every applicable edition and names the rules version", () => {
    const report = Eligibility.evaluate({ profile: {}, asOf: make("2023-09-01") })
    expect(report.rulesVersion).toBe(Registry.RULES_VERSION)
    expect(report.editions.map((e) => e.edition)).toEqual(Registry.EDITIONS.map((e) => e.id))
    expect(report.tracks.length).toBe(Registry.EDITIONS.flatMap((e) => e.tracks).length)
  })

  it("never calls an empty profile eligible or not eligible: what is unknown stays open", () => {
    const report = Eligibility.evaluate({ profile: {}, asOf: make("2023-09-01") })
    for (const t of report.tracks) {
      expect(["incomplete", "needs-review", "not-applicable"], t.track).toContain(t.status)
      if (t.status === "incomplete") expect(t.missing.length, t.track).toBeGreaterThan(0)
    }
  })

  it("says when an edition is a draft or has lapsed", () => {
    const report = Eligibility.evaluate({ profile: {}, asOf: make("2024-03-01") })
    const byId = new Map(report.editions.map((e) => [e.edition, e]))
    expect(byId.get("shaoxing-adoption-draft")?.status).toBe("draft")
    expect(byId.get("shaoxing-adoption-draft")?.warning?.en).toContain("draft")
    expect(byId.get("shangyu-2023-3")?.status).toBe("lapsed")
    expect(byId.get("shangyu-2023-3")?.reference).toBe("2023-12-31")
  })

  it("filters by jurisdiction, edition and target level", () => {
    const r = Eligibility.evaluate({
      profile: {},
      asOf: make("2023-09-01"),
      jurisdiction: "cn-shandong-weihai",
    })
    expect(new Set(r.tracks.map((t) => t.edition))).toEqual(
      new Set(["national-2020-13", "weihai-2020-50"].filter((id) => Registry.edition(id)?.tracks.length)),
    )
    const e = Eligibility.evaluate({
      profile: {},
      asOf: make("2023-09-01"),
      edition: "shangyu-2023-3",
      target: { level: "intermediate" },
    })
    for (const t of e.tracks) {
      expect(t.edition).toBe("shangyu-2023-3")
      expect(t.target.level).toBe("intermediate")
    }
  })

  it('keeps a track open at "any" level for every level asked about, and passes that level to its conditions', () => {
    const anyLevel = Registry.EDITIONS.flatMap((e) => e.tracks).filter((t) => t.target.level === "any")
    expect(anyLevel.length).toBeGreaterThan(0)
    for (const level of ["junior", "intermediate", "associate-senior", "full-senior"] as const) {
      const ids = Eligibility.evaluate({
        profile: {},
        asOf: make("2023-09-01"),
        target: { level },
      }).tracks.map((t) => t.track)
      for (const t of anyLevel) expect(ids, `${t.id} at ${level}`).toContain(t.id)
    }
    // weihai 三(一) "同级别": the level asked about is the level the appointed title must have.
    const profile = decodeProfile({
      work: [
        {
          employerKind: "private-enterprise",
          place: "cn-shandong-weihai",
          workKind: "engineering-technical",
          from: "2020-01-01",
          to: "present",
        },
      ],
      titles: [{ series: "engineering", level: "intermediate", obtained: "2019-01-01", appointed: true }],
      status: { residency: "mainland" },
    })
    const at = (level: "junior" | "intermediate") =>
      Eligibility.evaluate({
        profile,
        asOf: make("2023-09-01"),
        edition: "weihai-2020-50",
        target: { level },
      }).tracks.find((t) => t.track === "weihai-2020-50/second-series")?.status
    expect(at("intermediate")).toBe("needs-review")
    expect(at("junior")).toBe("not-eligible")
  })

  it.effect("refuses an unknown edition or jurisdiction, naming the field", () =>
    Effect.gen(function* () {
      const svc = yield* Eligibility.Eligibility
      const bad = yield* Effect.flip(svc.evaluate({ profile: {}, asOf: make("2023-09-01"), edition: "nope" }))
      expect(bad).toMatchObject({ _tag: "UnknownPolicy", field: "edition", value: "nope" })
      const place = yield* Effect.flip(
        svc.evaluate({ profile: {}, asOf: make("2023-09-01"), jurisdiction: "cn-mars" }),
      )
      expect(place).toMatchObject({ _tag: "UnknownPolicy", field: "jurisdiction" })
    }).pipe(Effect.provide(Eligibility.Eligibility.Default)),
  )

  it("is deterministic and total on arbitrary profiles (property)", () => {
    fc.assert(
      fc.property(profiles, asOfs, (profile, asOf) => {
        const a = Eligibility.evaluate({ profile, asOf })
        const b = Eligibility.evaluate({ profile, asOf })
        expect(JSON.stringify(a)).toBe(JSON.stringify(b))
        for (const t of a.tracks) {
          if (t.status === "not-eligible")
            expect(
              t.conditions.some((c) => c.outcome === "unmet"),
              t.track,
            ).toBe(true)
          if (t.status === "eligible") expect(t.missing.length + t.reviews.length, t.track).toBe(0)
        }
      }),
      { numRuns: 200 },
    )
  })

  it("shares a condition common to several tracks: evaluated once per request, each track answered as alone (property)", () => {
    fc.assert(
      fc.property(profiles, asOfs, (profile, asOf) => {
        const report = Eligibility.evaluate({ profile, asOf })
        let i = 0
        for (const e of Registry.EDITIONS) {
          const reference = e.reference?.date ?? asOf
          for (const t of e.tracks) {
            const alone = Eligibility.evaluateTrack(e, t, { profile, asOf, reference })
            expect(JSON.stringify(report.tracks[i++]), t.id).toBe(JSON.stringify(alone))
          }
        }
      }),
      { numRuns: 100 },
    )
    const shangyu = Registry.edition("shangyu-2023-3")
    if (shangyu === undefined) throw new Error("no edition shangyu-2023-3")
    let calls = 0
    const shared = shangyu.tracks[0]?.requires[1]
    if (shared === undefined || shared._tag !== "All") throw new Error("expected a shared combination")
    const counted = C.leaf({
      id: "counted",
      text: shared.text,
      citation: shared.citation,
      check: () => {
        calls++
        return { outcome: "met", observed: "counted" }
      },
    })
    const edition = {
      ...shangyu,
      tracks: shangyu.tracks.map((t) => ({ ...t, requires: [...t.requires, counted] })),
    }
    const report = Eligibility.evaluate({ profile: {}, asOf: make("2023-09-01") }, [edition])
    expect(report.tracks.length).toBe(shangyu.tracks.length)
    expect(calls).toBe(1)
  })

  it("summarises every answer with grounds whose outcome is the one the status rests on (property)", () => {
    const expected: Record<Eligibility.Status, C.Outcome> = {
      eligible: "met",
      "not-eligible": "unmet",
      incomplete: "unknown",
      "needs-review": "review",
      "not-applicable": "unmet",
    }
    fc.assert(
      fc.property(profiles, asOfs, (profile, asOf) => {
        const report = Eligibility.evaluate({ profile, asOf })
        const summary = Eligibility.summarize(report)
        expect(summary.tracks.map((t) => [t.track, t.status, t.missing])).toEqual(
          report.tracks.map((t) => [t.track, t.status, t.missing]),
        )
        for (const t of summary.tracks) {
          expect(t.grounds.length, t.track).toBeGreaterThan(0)
          for (const g of t.grounds) {
            expect(g.outcome, `${t.track} ${g.id}`).toBe(expected[t.status])
            expect(g.citation.quote.length).toBeGreaterThan(0)
          }
          expect(JSON.stringify(t)).not.toContain('"children"')
        }
      }),
      { numRuns: 60 },
    )
  })

  it("gives identical answers under TZ=UTC, Asia/Shanghai and America/Los_Angeles", {
    timeout: 120_000,
  }, () => {
    const script = join(import.meta.dirname, "support", "evaluate-sample.ts")
    const run = (tz: string) =>
      execFileSync(process.execPath, [script], { env: { ...process.env, TZ: tz }, encoding: "utf8" })
    const utc = run("UTC")
    expect(utc.split("\n").length).toBeGreaterThan(40)
    expect(run("Asia/Shanghai")).toBe(utc)
    expect(run("America/Los_Angeles")).toBe(utc)
  })
})

export const decodeProfile = Schema.decodeUnknownSync(Profile)

describe("DOMAIN.md ruling 10: facts dated after the day asked do not exist yet", () => {
  const JOB = {
    employerKind: "private-enterprise",
    industrial: true,
    place: "cn-zhejiang-shaoxing-shangyu",
    workKind: "engineering-technical",
    from: "2012-07-01",
    to: "present",
  }
  const base = {
    education: [{ level: "bachelor", degree: "bachelor", relatedness: "related", graduated: "2012-06-30" }],
    titles: [{ series: "engineering", level: "junior", grade: "assistant", obtained: "2018-01-01" }],
    work: [JOB],
    achievements: { honours: [] },
  }
  const later = (extra: Record<string, unknown>) => decodeProfile({ ...base, ...extra })
  const report = (p: Profile, asOf = "2023-08-01") =>
    JSON.stringify(Eligibility.evaluate({ profile: p, asOf: make(asOf) }))
  const title = { series: "engineering", level: "intermediate", obtained: "2023-08-02" }
  const degree = { level: "master", degree: "master", relatedness: "related", graduated: "2023-08-02" }
  const honour = { kind: "model-worker", level: "national", byGovernment: true, date: "2023-08-02" }

  it.each([
    ["a title obtained the day after", { titles: [...base.titles, title] }],
    ["a graduation the day after", { education: [...base.education, degree] }],
    ["an honour the day after", { achievements: { honours: [honour] } }],
    [
      "a work period starting the day after",
      { work: [JOB, { ...JOB, workKind: "management", from: "2023-08-02" }] },
    ],
  ])("%s: every answer is as if it were not there", (_, extra) => {
    expect(report(later(extra))).toBe(report(decodeProfile(base)))
  })

  it.each([
    ["a title obtained on the day asked", { titles: [...base.titles, { ...title, obtained: "2023-08-01" }] }],
    [
      "a graduation on the day asked",
      { education: [...base.education, { ...degree, graduated: "2023-08-01" }] },
    ],
  ])("%s counts", (_, extra) => {
    expect(report(later(extra))).not.toBe(report(decodeProfile(base)))
  })
})

describe("DOMAIN.md ruling 10: a range whose end precedes its start is invalid input, naming the field", () => {
  const refused = (profile: unknown) => {
    try {
      decodeProfile(profile)
    } catch (e) {
      return String(e)
    }
    return "decoded"
  }
  it.each([
    [
      "work[].to",
      { work: [{ from: "2020-01-02", to: "2020-01-01" }] },
      "a work period ends on 2020-01-01, before it starts on 2020-01-02",
    ],
    [
      "pension[].to",
      { pension: [{ kind: "employee", from: "2020-02", to: "2020-01" }] },
      "a pension-insurance period ends on 2020-01",
    ],
    [
      "achievements.posts[].to",
      { achievements: { posts: [{ kind: "chief-technical-lead", from: "2021-01-01", to: "2020-12-31" }] } },
      "a post ends on 2020-12-31",
    ],
    [
      "status.integrityBans[].toYear",
      { status: { integrityBans: [{ foundOn: "2022-05-01", fromYear: 2023, toYear: 2022 }] } },
      "inverted range",
    ],
  ])("%s", (field, profile, message) => {
    const e = refused(profile)
    expect(e).toContain(message)
    expect(e).toContain(`["${field.slice(field.lastIndexOf(".") + 1).replace("[]", "")}"]`)
  })
  it.each([
    ["a one-day work period", { work: [{ from: "2020-01-01", to: "2020-01-01" }] }],
    ["a one-month pension period", { pension: [{ kind: "employee", from: "2020-01", to: "2020-01" }] }],
    ["an ongoing period", { work: [{ from: "2020-01-01", to: "present" }] }],
  ])("%s decodes", (_, profile) => {
    expect(refused(profile)).toBe("decoded")
  })
})
