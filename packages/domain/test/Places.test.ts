import { describe, expect, it } from "@effect/vitest"
import * as CivilDate from "../src/CivilDate.ts"
import * as Eligibility from "../src/Eligibility.ts"
import * as Places from "../src/places/index.ts"
import * as Registry from "../src/Registry.ts"

describe("per-place entries", () => {
  it("has an entry for every jurisdiction, loading exactly the editions the registry says govern it", async () => {
    expect([...Places.PLACES].sort()).toEqual(Registry.JURISDICTIONS.map((j) => j.id).sort())
    for (const place of Places.PLACES) {
      const editions = await Places.load(place)
      expect(editions, place).toEqual(Registry.editionsFor(place))
      // The same objects, so plans and caches are shared with the server's registry.
      for (const [i, e] of (editions ?? []).entries()) expect(e).toBe(Registry.editionsFor(place)[i])
    }
    expect(await Places.load("cn-nowhere")).toBeUndefined()
  })

  it("gives a place's page the same report from its own editions as the server gives from all of them", async () => {
    const asOf = CivilDate.make("2023-09-01")
    const profile = {
      education: [{ level: "bachelor" as const, relatedness: "related" as const }],
      work: [
        {
          from: CivilDate.make("2015-07-01"),
          to: "present" as const,
          place: "cn-zhejiang-shaoxing-shangyu",
          employerKind: "private-enterprise" as const,
        },
      ],
    }
    for (const place of Places.PLACES) {
      const editions = (await Places.load(place)) ?? []
      const req = { profile, asOf, jurisdiction: place }
      expect(Eligibility.evaluateWith(req, editions), place).toEqual(Eligibility.evaluate(req))
    }
  })
})
