/**
 * `resolveTarget`: the level an application seeks, against every track of the registry — required
 * where the track is open at "any" level, the track's own where it names one (and then only that one).
 */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { type ApplicationTarget, resolveTarget } from "../src/Applications.ts"
import type { Track } from "../src/Policy.ts"
import * as Registry from "../src/Registry.ts"

const TRACKS = Registry.EDITIONS.flatMap((e) => e.tracks)
/**
 * The first track with such a target. Found by its target, not named by id: docs/policies.md lists
 * the tests that name a track's ids as the tests of its rules, which these are not.
 */
const trackWith = (what: string, p: (t: Track) => boolean): Track => {
  const t = TRACKS.find(p)
  if (t === undefined) throw new Error(`no track ${what} in the registry`)
  return t
}
const LEVELS = ["junior", "intermediate", "associate-senior", "full-senior"] as const

describe("resolveTarget", () => {
  it("the registry has tracks of both kinds (else these tests prove nothing)", () => {
    expect(TRACKS.some((t) => t.target.level === "any")).toBe(true)
    expect(TRACKS.some((t) => t.target.level !== "any" && t.target.grade !== undefined)).toBe(true)
  })

  it("on every track open at any level: refused without a level (citing the track), any level accepted as given", () => {
    for (const track of TRACKS.filter((t) => t.target.level === "any")) {
      const missing = resolveTarget(track, undefined)
      expect(Either.isLeft(missing), track.id).toBe(true)
      if (Either.isLeft(missing))
        expect(missing.left, track.id).toMatchObject({
          _tag: "InvalidTarget",
          track: track.id,
          field: "target",
          clause: track.citation,
        })
      for (const level of LEVELS)
        expect(resolveTarget(track, { level }), `${track.id} ${level}`).toEqual(Either.right({ level }))
      expect(resolveTarget(track, { level: "junior", grade: "technician" })).toEqual(
        Either.right({ level: "junior", grade: "technician" }),
      )
    }
  })

  it("on every track naming a level: omitted → the track's level and grade; the same accepted; another level refused", () => {
    for (const track of TRACKS.filter((t) => t.target.level !== "any")) {
      const { level, grade } = track.target
      if (level === "any") continue
      const own: ApplicationTarget = { level, ...(grade !== undefined ? { grade } : {}) }
      expect(resolveTarget(track, undefined), track.id).toEqual(Either.right(own))
      expect(resolveTarget(track, { level }), track.id).toEqual(Either.right(own))
      for (const other of LEVELS.filter((l) => l !== level)) {
        const refused = resolveTarget(track, { level: other }, "app-1")
        expect(Either.isLeft(refused), `${track.id} ${other}`).toBe(true)
        if (Either.isLeft(refused))
          expect(refused.left).toMatchObject({
            application: "app-1",
            field: "target",
            clause: track.citation,
          })
      }
    }
  })

  it("grades: a track's grade must be the one given; a track without one takes the given grade; only junior has grades", () => {
    const assistant = trackWith(
      "for junior (assistant)",
      (t) => t.target.level === "junior" && t.target.grade === "assistant",
    )
    expect(resolveTarget(assistant, { level: "junior", grade: "assistant" })).toEqual(
      Either.right({ level: "junior", grade: "assistant" }),
    )
    const technician = resolveTarget(assistant, { level: "junior", grade: "technician" })
    expect(Either.isLeft(technician) && technician.left.message).toContain("is for junior (assistant)")
    const junior = trackWith(
      "for junior without a grade",
      (t) => t.target.level === "junior" && t.target.grade === undefined,
    )
    expect(resolveTarget(junior, { level: "junior", grade: "technician" })).toEqual(
      Either.right({ level: "junior", grade: "technician" }),
    )
    const open = trackWith("open at any level", (t) => t.target.level === "any")
    const misplaced = resolveTarget(open, { level: "intermediate", grade: "assistant" })
    expect(Either.isLeft(misplaced) && misplaced.left).toMatchObject({ field: "target.grade" })
  })
})
