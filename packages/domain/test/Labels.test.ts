import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { ApplicationState } from "../src/Applications.ts"
import { Role } from "../src/Audit.ts"
import { CertificateStatus } from "../src/Certificates.ts"
import * as CivilDate from "../src/CivilDate.ts"
import type * as Eligibility from "../src/Eligibility.ts"
import * as Labels from "../src/Labels.ts"
import {
  Degree,
  EducationLevel,
  EmployerKind,
  JuniorGrade,
  Level,
  Route,
  SkillLevel,
  WorkKind,
} from "../src/Profile.ts"
import * as Registry from "../src/Registry.ts"
import { officialCalendar } from "../src/WorkCalendar.ts"

const CJK = /[\u4e00-\u9fff]/

/** Every literal of a union has a label with Chinese in zh and none in en. */
const labelsAll = (
  name: string,
  literals: Iterable<string>,
  labels: Readonly<Record<string, Labels.Label>>,
) => {
  for (const lit of literals) {
    const label = labels[lit]
    expect(label, `${name}: no label for "${lit}"`).toBeDefined()
    expect(label?.zh, `${name}.${lit}.zh`).toMatch(CJK)
    expect(label?.en, `${name}.${lit}.en`).toMatch(/^[^\u4e00-\u9fff]+$/)
  }
}

describe("Labels", () => {
  it("labels every literal of the domain's schema unions in both languages, and nothing else", () => {
    labelsAll("level", Level.literals, Labels.level)
    labelsAll("juniorGrade", JuniorGrade.literals, Labels.juniorGrade)
    labelsAll("route", Route.literals, Labels.route)
    labelsAll("role", Role.literals, Labels.role)
    labelsAll("applicationState", ApplicationState.literals, Labels.applicationState)
    labelsAll("certificateStatus", CertificateStatus.literals, Labels.certificateStatus)
    labelsAll("educationLevel", EducationLevel.literals, Labels.educationLevel)
    labelsAll("degree", Degree.literals, Labels.degree)
    labelsAll("employerKind", EmployerKind.literals, Labels.employerKind)
    labelsAll("workKind", WorkKind.literals, Labels.workKind)
    labelsAll("skillLevel", SkillLevel.literals, Labels.skillLevel)
    // The interview lists its options from these keys: they are exactly the literals, in order.
    expect(Object.keys(Labels.educationLevel)).toEqual(EducationLevel.literals)
    expect(Object.keys(Labels.degree)).toEqual(Degree.literals)
    expect(Object.keys(Labels.employerKind)).toEqual(EmployerKind.literals)
    expect(Object.keys(Labels.workKind)).toEqual(WorkKind.literals)
    expect(Object.keys(Labels.skillLevel)).toEqual(SkillLevel.literals)
    expect(Object.keys(Labels.level)).toEqual(Level.literals)
  })

  it("labels every track kind, route, series, target level and document status the registry uses", () => {
    const tracks = Registry.EDITIONS.flatMap((e) => e.tracks)
    labelsAll(
      "trackKind",
      tracks.map((t) => t.kind),
      Labels.trackKind,
    )
    labelsAll(
      "route",
      tracks.map((t) => t.route),
      Labels.route,
    )
    labelsAll(
      "series",
      tracks.map((t) => t.target.series),
      Labels.series,
    )
    for (const t of tracks)
      if (t.target.level !== "any") expect(Labels.titleName(t.target.level, t.target.grade).zh).toMatch(CJK)
    labelsAll(
      "documentStatus",
      Registry.DOCUMENTS.map((d) => d.status),
      Labels.documentStatus,
    )
  })

  it("labels every eligibility status and every kind of day", () => {
    const statuses: Array<Eligibility.Status> = [
      "eligible",
      "not-eligible",
      "needs-review",
      "incomplete",
      "not-applicable",
    ]
    labelsAll("eligibilityStatus", statuses, Labels.eligibilityStatus)
    expect(Object.keys(Labels.eligibilityStatus).sort()).toEqual([...statuses].sort())
    // The kinds a real year has: walk 2025 through the official calendar.
    const kinds = new Set<string>()
    for (let d = CivilDate.make("2025-01-01"); d <= "2025-12-31"; d = CivilDate.addDays(d, 1)) {
      const info = officialCalendar.dayKind(d)
      if (Either.isRight(info)) kinds.add(info.right.kind)
    }
    expect(kinds.size).toBe(4)
    labelsAll("dayKind", kinds, Labels.dayKind)
  })

  it("names the engineering titles by level and grade", () => {
    expect(Labels.titleName("intermediate").zh).toBe("工程师")
    expect(Labels.titleName("junior", "assistant").zh).toBe("助理工程师")
    expect(Labels.titleName("junior", "technician").zh).toBe("技术员")
    expect(Labels.titleName("associate-senior").en).toBe("Senior engineer")
  })

  it("writes dates as people do in each language", () => {
    const d = CivilDate.make("2025-03-10")
    expect(Labels.formatDate(d, "zh-CN")).toBe("2025年3月10日")
    expect(Labels.formatDate(d, "en")).toBe("10 March 2025")
    expect(Labels.formatDate(CivilDate.make("1999-12-31"), "en")).toBe("31 December 1999")
    expect(Labels.text(Labels.level.intermediate, "en")).toBe("Intermediate")
    expect(Labels.text(Labels.level.intermediate, "zh-CN")).toBe("中级")
  })
})
