import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import type { Application, ApplicationId } from "../../src/Applications.ts"
import { type BodyCode, type IssueStatement, printedFor } from "../../src/Certificates.ts"
import type { Track } from "../../src/Policy.ts"
import * as Registry from "../../src/Registry.ts"

const trackOf = (id: string): Track => {
  const track = Registry.edition(id.split("/")[0] as string)?.tracks.find((t) => t.id === id)
  if (track === undefined) throw new Error(`no track ${id}`)
  return track
}

/** Shangyu 2023, normal track: 工程师 of the engineering series, intermediate. */
const FIXED = trackOf("shangyu-2023-3/normal")
/** National 2020 green channel: any level (相应级别职称), any series. */
const OPEN = trackOf("national-2020-13/green-channel")

/** An application on `track` seeking `target` ("none": stored before the level was recorded). */
const app = (track: Track, target: Application["target"] | "none" = { level: "intermediate" }) => ({
  id: "app-1" as ApplicationId,
  edition: track.edition,
  track: track.id,
  name: "张晓明",
  idHmac: "a".repeat(64),
  specialty: "机电制造",
  ...(target !== "none" ? { target } : {}),
})

const STATEMENT: IssueStatement = {
  issuingBody: { code: "SYRS" as BodyCode, name: "绍兴市上虞区人力资源和社会保障局" },
  approvalNo: "虞人社职〔2024〕12号",
}

const run = (...args: Parameters<typeof printedFor>) => Effect.runSync(Effect.either(printedFor(...args)))

const refused = (...args: Parameters<typeof printedFor>) => {
  const r = run(...args)
  if (Either.isRight(r)) throw new Error("expected a refusal")
  return r.left
}

describe("what a certificate prints (printedFor)", () => {
  it("takes holder, ID HMAC, specialty and the level sought from the application, title and series from its track", () => {
    expect(run(app(FIXED), FIXED, STATEMENT, "applicationId")).toEqual(
      Either.right({
        applicationId: "app-1",
        holderName: "张晓明",
        holderIdHmac: "a".repeat(64),
        title: FIXED.target.name.zh,
        level: "intermediate",
        series: "工程系列",
        specialty: "机电制造",
        issuingBody: STATEMENT.issuingBody,
        approvalNo: STATEMENT.approvalNo,
      }),
    )
  })

  it("prints the title and series the statement gives, and its level only when it is the one sought", () => {
    const given = { ...STATEMENT, title: "高级工程师", series: "工程技术", level: "intermediate" as const }
    expect(run(app(FIXED), FIXED, given, "applicationId")).toMatchObject(
      Either.right({ title: "高级工程师", series: "工程技术", level: "intermediate" }),
    )
    expect(refused(app(FIXED), FIXED, { ...STATEMENT, level: "junior" }, "applicationId")).toEqual([
      { path: "level", rule: "application app-1 sought the intermediate level" },
    ])
  })

  it("needs the title and the series where the track leaves them open", () => {
    expect(refused(app(OPEN), OPEN, STATEMENT, "applicationId").map((e) => e.path)).toEqual([
      "title",
      "series",
    ])
    const open = { ...STATEMENT, title: "工程师", series: "工程系列" }
    expect(run(app(OPEN, { level: "associate-senior" }), OPEN, open, "applicationId")).toMatchObject(
      Either.right({ title: "工程师", series: "工程系列", level: "associate-senior" }),
    )
  })

  it("refuses an application that records no level sought, and one whose track left the registry", () => {
    const open = { ...STATEMENT, title: "工程师", series: "工程系列", level: "intermediate" as const }
    const [level] = refused(app(OPEN, "none"), OPEN, open, "applicationId")
    expect(level).toMatchObject({
      path: "level",
      rule: expect.stringContaining("does not record the level it sought"),
    })
    expect(refused(app(FIXED), undefined, STATEMENT, "applicationIds[2]")).toEqual([
      {
        path: "applicationIds[2]",
        rule: "track shangyu-2023-3/normal of shangyu-2023-3 is no longer in the registry",
      },
    ])
  })
})
