/**
 * Small fixtures the repository tests share: the TestClock at a working morning, a valid resident ID
 * number, the keys a roster needs, a selected pilot unit, and the text of the pilot-unit measures
 * (000) to check quotes in.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { Actor } from "@zhicheng/domain/Audit"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { IdHmac, IdSealer } from "@zhicheng/domain/PersonalId"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import { checkCharacter } from "@zhicheng/domain/ResidentId"
import type * as Rosters from "@zhicheng/domain/Rosters"
import { Effect, Layer, Redacted, TestClock } from "effect"

/** 10:00 China time on `day`. */
export const at = (day: string) => TestClock.setTime(Date.parse(`${day}T10:00:00+08:00`))

/** A valid resident ID number: a Shangyu region code, a birth date counted from 1985-01-01, a sequence. */
export const makeId = (n: number): string => {
  const birth = CivilDate.addDays(CivilDate.make("1985-01-01"), n % 5000).replace(/-/g, "")
  const body = `330604${birth}${String(n % 1000).padStart(3, "0")}`
  return body + checkCharacter(body)
}

/** The ID HMAC and the roster sealer under fixed test keys. */
export const RosterKeys = Layer.mergeAll(
  IdHmac.fromKey(Redacted.make("test-hmac-key-0123456789abcdef-0123456789")),
  IdSealer.fromKey(Redacted.make("test-seal-key-0123456789abcdef-0123456789")),
)

const fixtureHr: Actor = { id: "hr-fixture", role: "enterprise-hr" }
const fixtureClerk: Actor = { id: "clerk-fixture", role: "clerk" }

/**
 * A pilot unit selected for `year` (Shangyu, 机电 at both levels) on the TestClock's day: applied
 * late and selected over the yearly soft cap with recorded reasons where the day or the year's
 * other fixtures call for them.
 */
export const selectedPilot = (unitName: string, year: number) =>
  Effect.gen(function* () {
    const u = yield* PilotUnits.apply(fixtureHr, {
      application: {
        year,
        district: "cn-zhejiang-shaoxing-shangyu",
        unitName,
        industry: "高端装备制造",
        address: "绍兴市上虞区某路1号",
        legalRepresentative: { name: "王法人", position: "董事长", mobile: "13800000001" },
        workContact: { name: "李联系", position: "人事经理", mobile: "13900000002" },
        staff: { fullSenior: 0, associateSenior: 3, intermediate: 20, junior: 40 },
        profileAndPromotionSystem: "技术岗位评价晋升制度（附页）",
        specialties: ["机电"],
      },
      lateReason: "测试数据",
    })
    yield* PilotUnits.recommend(fixtureClerk, u.id, { recommended: true, opinion: "同意推荐" })
    return yield* PilotUnits.select(fixtureClerk, u.id, {
      opinion: "评估通过",
      scope: { postSequence: "工程技术岗", levels: ["助理工程师", "工程师"], specialties: ["机电"] },
      overCapReason: "测试数据",
    })
  })

/** `s` without white space, for comparing quotes with a source text. */
export const squash = (s: string) => s.replace(/\s+/g, "")

/** The pilot-unit measures (000) as stored in shared/policy-sources, squashed. */
export const SOURCE_000 = squash(
  readFileSync(
    join(import.meta.dirname, "../../../../../shared/policy-sources/000_f566ba90b7a0da7a.txt"),
    "utf8",
  ),
)

/** Person `n` as an Annex 2 roster row (ID number `makeId(n)`), with any cells overridden. */
export const rosterRow = (
  n: number,
  over: Partial<Record<Rosters.ColumnKey, unknown>> = {},
): Rosters.RawRow["cells"] => ({
  name: `员工${n}`,
  residentId: makeId(n),
  highestEducation: "本科（工学学士）",
  institution: "浙江工业大学",
  major: "机械设计制造及其自动化",
  contact: `1380000${String(n).padStart(4, "0")}`,
  adoptionSpecialty: "机电",
  qualificationName: "助理工程师",
  ...over,
})
