/**
 * What the mutation run (bench:mutation) found untested in Facts.ts, first of all `asOfDay` record
 * kind by record kind (DOMAIN.md ruling 10): each kind of dated record is left out when dated after the
 * day asked and kept when dated on it, and a profile with nothing later is returned as it is.
 */
import { describe, expect, it } from "@effect/vitest"
import { make } from "@zhicheng/domain/CivilDate"
import * as Facts from "@zhicheng/domain/Facts"
import type { Profile } from "@zhicheng/domain/Profile"

const DAY = make("2023-08-01")
const ON = "2023-08-01"
const LATER = "2023-08-02"

/** Each dated record kind: where it sits in a profile and which field dates it. */
const KINDS: ReadonlyArray<readonly [path: "profile" | "achievements", key: string, dateField: string]> = [
  ["profile", "education", "graduated"],
  ["profile", "titles", "obtained"],
  ["profile", "skills", "obtained"],
  ["profile", "qualifications", "obtained"],
  ["profile", "examPasses", "date"],
  ["profile", "work", "from"],
  ["achievements", "patents", "granted"],
  ["achievements", "softwareCopyrights", "registered"],
  ["achievements", "awards", "date"],
  ["achievements", "projects", "date"],
  ["achievements", "honours", "date"],
  ["achievements", "papers", "date"],
  ["achievements", "posts", "from"],
  ["achievements", "enterpriseHonours", "published"],
]

/**
 * A profile holding only `records` under `key` (plus an unrelated list on each level, which must come
 * through untouched). asOfDay reads nothing of a record but its date, so the records carry only that.
 */
const profileWith = (where: "profile" | "achievements", key: string, records: ReadonlyArray<object>) =>
  (where === "profile"
    ? { [key]: records, achievements: { statements: { s: "kept" } } }
    : { achievements: { [key]: records, statements: { s: "kept" } } }) as unknown as Profile

const listOf = (p: Profile, where: "profile" | "achievements", key: string) =>
  ((where === "profile" ? p : p.achievements) as Record<string, unknown> | undefined)?.[key]

describe("Facts.asOfDay, kind by kind (mutation gaps)", () => {
  for (const [where, key, field] of KINDS) {
    it(`${key}: one dated after the day is left out, one dated on it is kept`, () => {
      const onTheDay = { [field]: ON, id: "on" }
      const p = profileWith(where, key, [{ [field]: LATER, id: "later" }, onTheDay])
      const q = Facts.asOfDay(p, DAY)
      expect(q).not.toBe(p)
      expect(listOf(q, where, key)).toEqual([onTheDay])
      expect(q.achievements?.statements).toEqual({ s: "kept" })
    })

    it(`${key}: nothing dated after the day gives the profile itself`, () => {
      const p = profileWith(where, key, [{ [field]: ON }, { id: "undated" }])
      expect(Facts.asOfDay(p, DAY)).toBe(p)
    })
  }

  it("a profile with no achievements and nothing later is returned as it is", () => {
    const p = { titles: [{ obtained: ON }] } as unknown as Profile
    expect(Facts.asOfDay(p, DAY)).toBe(p)
    expect(Facts.asOfDay({}, DAY)).toEqual({})
  })

  it("only the kinds with later records are replaced; the other lists are the same arrays", () => {
    const titles = [{ obtained: ON }]
    const papers = [{ date: ON }]
    const p = {
      titles,
      work: [{ from: LATER }],
      achievements: { papers, awards: [{ date: LATER }] },
    } as unknown as Profile
    const q = Facts.asOfDay(p, DAY)
    expect(q.titles).toBe(titles)
    expect(q.work).toEqual([])
    expect(q.achievements?.papers).toBe(papers)
    expect(q.achievements?.awards).toEqual([])
    expect(Object.keys(q).sort()).toEqual(["achievements", "titles", "work"])
    expect(Object.keys(q.achievements ?? {}).sort()).toEqual(["awards", "papers"])
  })
})
