/**
 * The CEILING: the 002 engineer tracks (虞人社职〔2023〕3号, 附件1) written by hand as the fastest
 * plain TypeScript we would write if we needed only yes/no — no explanations, no citations, no
 * "what is missing", unknown read as "no". The engine is measured against it.
 *
 * Straight from the text; lengths follow DOMAIN.md (whole years by anniversary, first day
 * included, periods merged, measured to the reference date 2023-12-31, 002 三(一)).
 * Conditions the text leaves to a person ("有价值", "成绩显著", "贡献突出") count as not met here,
 * because the ceiling cannot say "needs review"; the comparison with the engine ignores those cases.
 *
 * Where the text is ambiguous the ceiling takes the reading the edition names in its RULES
 * (packages/domain/src/policies/shangyu.ts) — rank 1 for every patent and copyright of item (2),
 * "no assistant title" for the whole second paragraph, 2020–2022 for the assessments, 中专 or more
 * for the 15 years of A(6) — so that a disagreement with the engine points at a bug, not a reading.
 */
import type { Profile as ProfileModule } from "@zhicheng/domain"

type Profile = ProfileModule.Profile
type Period = { readonly from: string; readonly to: string }

/** 002 三(一): lengths are counted to 2023-12-31. */
export const REFERENCE = "2023-12-31"
const SHANGYU = "cn-zhejiang-shaoxing-shangyu"
const AS_OF = "2023-09-01"
const SUB_SPECIALTIES = new Set(["技术开发", "设计开发", "生产制造", "系统集成", "技术服务"])

// ---------------------------------------------------------------------------------------------
// Dates as day numbers (Hinnant's days_from_civil / civil_from_days)

export const dayNumber = (s: string): number => {
  const y0 = Number(s.slice(0, 4))
  const m = Number(s.slice(5, 7))
  const d = Number(s.slice(8, 10))
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468
}
/** [year, month*100 + day] of a day number. */
const civil = (n: number): readonly [number, number] => {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp + (mp < 10 ? 3 : -9)
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m * 100 + d]
}
const REF = dayNumber(REFERENCE)

/** Whole years from day `s` (included) to day `e` (included): years done when e+1 reaches the anniversary. */
const wholeYears = (s: number, e: number): number => {
  if (e < s) return 0
  const [sy, smd] = civil(s)
  const [ey, emd] = civil(e + 1)
  return ey - sy - (emd < smd ? 1 : 0)
}
/** Whole years of the merged periods, clipped to [since, REFERENCE]. */
export const spanYears = (ps: ReadonlyArray<Period>, since = -Infinity): number => {
  const iv = ps
    .map(
      (p) =>
        [
          Math.max(dayNumber(p.from), since),
          p.to === "present" ? REF : Math.min(dayNumber(p.to), REF),
        ] as const,
    )
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0])
  let days = 0
  let a = 0
  let b = -Infinity
  for (const [f, t] of iv) {
    if (t <= b) continue
    if (f <= b + 1) b = t
    else {
      if (b !== -Infinity) days += b - a + 1
      a = f
      b = t
    }
  }
  if (b !== -Infinity) days += b - a + 1
  return days === 0 ? 0 : wholeYears(REF + 1 - days, REF)
}
const yearsSince = (d: string): number => wholeYears(dayNumber(d), REF)
const within5y = (d: string): boolean => d <= REFERENCE && d >= "2019-01-01"

// ---------------------------------------------------------------------------------------------
// Facts (known-true only; unknown is "no")

type Education = NonNullable<Profile["education"]>[number]
const eduAny = (p: Profile, f: (e: Education) => boolean): boolean => p.education?.some(f) === true
/** Known to hold none of `f` (the list is given and no record matches). */
const eduNone = (p: Profile, f: (e: Education) => boolean): boolean =>
  p.education !== undefined && !p.education.some(f)

export const masterDegree = (e: Education): boolean =>
  e.degree === "master" || e.degree === "doctor" || e.degree === "second-bachelor"
/** 获得学士学位或大学本科毕业 (or more). */
export const bachelor = (e: Education): boolean =>
  (e.degree !== undefined && e.degree !== "none") ||
  e.level === "bachelor" ||
  e.level === "master" ||
  e.level === "doctorate"
/** 规定学历: 大学专科 or above, or a degree. */
export const required = (e: Education): boolean => e.level === "associate" || bachelor(e)

export const assistantTitle = (p: Profile): string | undefined => {
  let first: string | undefined
  for (const t of p.titles ?? [])
    if (
      t.series === "engineering" &&
      t.level === "junior" &&
      t.grade === "assistant" &&
      (first === undefined || t.obtained < first)
    )
      first = t.obtained
  return first
}
const noAssistant = (p: Profile): boolean => p.titles !== undefined && assistantTitle(p) === undefined

type Work = NonNullable<Profile["work"]>[number]
export const workYears = (p: Profile, f: (w: Work) => boolean, since?: string): number =>
  spanYears((p.work ?? []).filter(f), since === undefined ? -Infinity : dayNumber(since))
export const engineering = (w: Work): boolean => w.workKind === "engineering-technical"
const technical = (w: Work): boolean =>
  w.workKind === "engineering-technical" || w.workKind === "skill-technical"
const related = (w: Work): boolean => w.workKind === "engineering-technical" && w.relatedness === "related"

/** 申报对象: currently in a Shangyu private industrial enterprise, 机电制造; residents and permit holders. */
export const applies = (p: Profile): boolean => {
  const res = p.status?.residency
  return (
    res !== undefined &&
    res !== "foreign-other" &&
    (p.work ?? []).some(
      (w) =>
        w.to === "present" &&
        w.place !== undefined &&
        (w.place === SHANGYU || w.place.startsWith(`${SHANGYU}-`)) &&
        w.employerKind === "private-enterprise" &&
        w.industrial === true &&
        w.specialty === "机电制造" &&
        w.subSpecialty !== undefined &&
        SUB_SPECIALTIES.has(w.subSpecialty),
    )
  )
}

/**
 * 四 (ruling 7): no fraud finding, made by the day asked, whose ban — the 3 evaluation years after the
 * evaluation year of the fraud — covers 2023.
 */
export const noBan = (p: Profile): boolean =>
  p.status?.integrityBans !== undefined &&
  !p.status.integrityBans.some(
    (b) => b.foundOn <= AS_OF && b.evaluationYear + 1 <= 2023 && 2023 <= b.evaluationYear + 3,
  )

/** 一(二)4: 2021–2023 at least 270 hours, 180 specialty, 54 general. */
export const continuingEducation = (p: Profile): boolean => {
  let spec = 0
  let gen = 0
  for (const c of p.continuingEducation ?? [])
    if (c.year >= 2021 && c.year <= 2023) {
      if (c.category === "specialty") spec += c.hours
      else gen += c.hours
    }
  return spec + gen >= 270 && spec >= 180 && gen >= 54
}

/** 附件1 二(三) and 附件3 item 9: 2020, 2021 and 2022 each 合格 or better. */
export const assessments = (p: Profile): boolean => {
  const ok = (y: number) => {
    const rs = p.assessments?.filter((a) => a.year === y) ?? []
    return rs.length > 0 && rs.every((a) => a.result === "competent" || a.result === "excellent")
  }
  return ok(2020) && ok(2021) && ok(2022)
}

const CITY_UP = new Set(["national", "ministerial", "provincial", "provincial-department", "city"])
const COUNTY_UP = new Set([...CITY_UP, "county"])

/** The five items of 二(二)1 second paragraph, each known-true or not. */
export const fiveItems = (p: Profile): readonly [boolean, boolean, boolean, boolean, boolean] => {
  const a = p.achievements
  const patents = (a?.patents ?? []).filter((x) => x.rank === 1 && within5y(x.granted))
  return [
    (a?.projects ?? []).some(
      (x) =>
        (x.role === "lead" || x.role === "main") &&
        (((x.kind === "technology-innovation" || x.kind === "new-product") && CITY_UP.has(x.level)) ||
          (x.kind === "key-sci-tech" && x.keyEnterprise === true)),
    ),
    patents.some((x) => x.kind === "invention") ||
      (a?.softwareCopyrights ?? []).some((x) => x.rank === 1 && within5y(x.registered)) ||
      patents.filter((x) => x.kind === "utility-model").length >= 3,
    (a?.posts ?? []).some(
      (x) => x.kind === "city-innovation-team-core" || x.kind === "county-academic-leader",
    ) ||
      spanYears(
        (a?.posts ?? []).filter(
          (x) => x.kind === "technical-department-head" || x.kind === "enterprise-technical-leader",
        ),
      ) >= 3,
    workYears(p, related) >= 10,
    (a?.honours ?? []).some((x) => x.byGovernment === true && COUNTY_UP.has(x.level)),
  ]
}

const GOOD_AWARD = new Set(["natural-science", "sci-tech-progress", "invention"])
const PROVINCE_UP = new Set(["national", "ministerial", "provincial"])
const FIFTEEN = new Set(["secondary-vocational", "associate", "bachelor", "master", "doctorate"])
/**
 * The seven items of exceptional track A. Item 1 ("有价值的学术论文"), the second half of item 3
 * and item 4 need a person, so they count as not met.
 */
export const sevenItems = (
  p: Profile,
): readonly [boolean, boolean, boolean, boolean, boolean, boolean, boolean] => {
  const a = p.achievements
  const posts = (a?.posts ?? []).filter(
    (x) =>
      x.kind === "chief-technical-lead" &&
      (x.enterpriseSize === "large-or-medium" || x.enterpriseSize === "construction-grade-2"),
  )
  return [
    false,
    (a?.awards ?? []).some((x) => {
      const main = x.role === "main-contributor"
      if (GOOD_AWARD.has(x.kind))
        return (
          main &&
          (PROVINCE_UP.has(x.level) ||
            ((x.level === "provincial-department" || x.level === "city") &&
              (x.grade === "special" || x.grade === "first" || x.grade === "second")) ||
            (x.level === "county" && (x.grade === "special" || x.grade === "first")))
        )
      if (x.kind === "excellent-design") return main && PROVINCE_UP.has(x.level)
      if (x.kind === "quality-engineering") return x.role === "technical-lead" && CITY_UP.has(x.level)
      return false
    }),
    posts.some((x) => x.to === "present" || x.to >= AS_OF) && spanYears(posts) >= 3,
    false,
    (a?.honours ?? []).some(
      (x) =>
        x.byGovernment === true &&
        (((x.kind === "model-worker" ||
          x.kind === "sci-tech-advanced-worker" ||
          x.kind === "tech-management-advanced-worker") &&
          CITY_UP.has(x.level)) ||
          (x.kind === "excellent-specialist" && COUNTY_UP.has(x.level))),
    ),
    // (6), ruling 8: whole years since graduating (15 for 中专 or more, 20 otherwise) to the reference
    // date, engaged in engineering-technical work on that day.
    eduAny(
      p,
      (e) =>
        e.graduated !== undefined &&
        e.graduated <= AS_OF &&
        yearsSince(e.graduated) >= (FIFTEEN.has(e.level) ? 15 : 20),
    ) && engagedOnReference(p),
    typeof a?.zheliEngineerRank === "object" &&
      a.zheliEngineerRank.year === 2022 &&
      a.zheliEngineerRank.rank <= 10,
  ]
}

/** Some engineering-technical work period (begun by the day asked) covers the reference date. */
const engagedOnReference = (p: Profile): boolean =>
  (p.work ?? []).some((w) => engineering(w) && w.from <= AS_OF && (w.to === "present" || w.to >= REFERENCE))

const count = (xs: ReadonlyArray<boolean>): number => xs.reduce((n, x) => (x ? n + 1 : n), 0)

/**
 * No-assistant-title track, first sentence: education and years since graduating, one more year
 * when the major is unrelated — or not known to be related (then the longer wait settles it).
 */
export const educationAndYears = (p: Profile): boolean =>
  eduAny(p, (e) => {
    if (e.graduated === undefined) return false
    const base =
      e.level === "master" || e.level === "doctorate" || e.degree === "master" || e.degree === "doctor"
        ? 2
        : e.level === "bachelor"
          ? 5
          : e.level === "associate"
            ? 7
            : undefined
    return (
      base !== undefined &&
      workYears(p, engineering, e.graduated) >= base + (e.relatedness === "related" ? 0 : 1)
    )
  })

export interface Tracks {
  readonly normal: boolean
  readonly noAssistant: boolean
  readonly exceptionalA: boolean
  readonly exceptionalB: boolean
  readonly skilled: boolean
}

/** Yes/no for each 002 engineer track. */
export const ceiling = (p: Profile): Tracks => {
  if (!applies(p) || !continuingEducation(p) || !assessments(p) || !noBan(p))
    return { normal: false, noAssistant: false, exceptionalA: false, exceptionalB: false, skilled: false }
  const assistant = assistantTitle(p)
  const heldYears = assistant === undefined ? 0 : yearsSince(assistant)
  const hasRequired = eduAny(p, required)
  const lacksRequired = eduNone(p, required)
  const afterAssistant = assistant === undefined ? 0 : workYears(p, engineering, assistant)
  const skill = (p.skills ?? []).filter((s) => s.level === "technician" || s.level === "senior-technician")
  const since = skill.reduce<string | undefined>(
    (m, s) => (m === undefined || s.obtained < m ? s.obtained : m),
    undefined,
  )
  return {
    normal:
      assistant !== undefined &&
      ((eduAny(p, masterDegree) && afterAssistant >= 2) ||
        (eduAny(p, (e) => bachelor(e) || e.level === "associate") && afterAssistant >= 4)),
    noAssistant: noAssistant(p) && (educationAndYears(p) || count(fiveItems(p)) >= 2),
    exceptionalA:
      assistant !== undefined &&
      ((lacksRequired && heldYears >= 4) || (hasRequired && heldYears >= 3 && heldYears < 4)) &&
      count(sevenItems(p)) >= 3,
    exceptionalB:
      lacksRequired &&
      noAssistant(p) &&
      (p.achievements?.enterpriseHonours ?? []).some(
        (h) => h.mainTechnicalLead === true && h.published >= "2022-07-01" && h.published <= "2023-06-30",
      ),
    skilled: since !== undefined && workYears(p, technical, since) >= 3,
  }
}
