/**
 * A seeded population of fictional applicants for the benchmarks.
 *
 * Every profile is generated from one integer seed by a small PRNG of our own (mulberry32), so
 * the same seed gives the same population on every machine and Node version. The people are
 * clearly fictional: names read "虚构申报人 00042", employers "示例…有限公司", and no resident ID
 * number is generated. The mix follows what the five documents look at: mostly Shangyu private
 * industrial 机电制造 engineers (002), some in Weihai (003), Bayingolin (004), Shanxi (001) and
 * elsewhere in Shaoxing (000); education levels, degrees, full-time study and relatedness;
 * assistant-engineer titles with dates; work and pension periods; continuing education 2021–2023;
 * assessments 2020–2023; patents, projects, posts, honours; skills; and a share of unknown fields.
 *
 * Use: `population(20_000)`; `population(n, seed)` for another draw.
 */
import type { CivilDate, Profile as ProfileModule } from "@zhicheng/domain"

type Profile = ProfileModule.Profile
type Date = CivilDate.CivilDate
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

export const DEFAULT_SEED = 20231231

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a 32-bit state PRNG, good enough for test data and fully deterministic. */
export interface Rng {
  /** Uniform in [0, 1). */
  readonly next: () => number
  /** Uniform integer in [lo, hi], both included. */
  readonly int: (lo: number, hi: number) => number
  readonly chance: (p: number) => boolean
  readonly pick: <T>(xs: ReadonlyArray<T>) => T
  /** Picks by weight: `[[value, weight], …]`. */
  readonly weighted: <T>(pairs: ReadonlyArray<readonly [T, number]>) => T
}

export const rng = (seed: number): Rng => {
  let s = seed >>> 0
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1))
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(next() * xs.length)] as T
  const weighted = <T>(pairs: ReadonlyArray<readonly [T, number]>): T => {
    const total = pairs.reduce((a, [, w]) => a + w, 0)
    let r = next() * total
    for (const [v, w] of pairs) {
      r -= w
      if (r < 0) return v
    }
    return (pairs[pairs.length - 1] as readonly [T, number])[0]
  }
  return { next, int, chance: (p) => next() < p, pick, weighted }
}

// ---------------------------------------------------------------------------------------------
// Dates (plain integer arithmetic, no Date objects)

const pad = (n: number, w = 2) => String(n).padStart(w, "0")
const dim = (y: number, m: number) =>
  m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31
const date = (y: number, m: number, d: number): Date =>
  `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, dim(y, m)))}` as Date
/** A date in year `y`, month in [m1, m2]. */
const dayIn = (r: Rng, y: number, m1 = 1, m2 = 12): Date => {
  const m = r.int(m1, m2)
  return date(y, m, r.int(1, dim(y, m)))
}
const ym = (d: Date): string => d.slice(0, 7)
const yearOf = (d: Date): number => Number(d.slice(0, 4))
const plusMonths = (d: Date, n: number): Date => {
  const i = yearOf(d) * 12 + Number(d.slice(5, 7)) - 1 + n
  return date(Math.floor(i / 12), (i % 12) + 1, Number(d.slice(8, 10)))
}
/** The latest day the generated histories reach (asOf of the benchmark). */
const TODAY = "2023-09-01" as Date
const beforeToday = (d: Date): Date => (d > TODAY ? TODAY : d)

// ---------------------------------------------------------------------------------------------
// Vocabulary

type Region = "shangyu" | "shaoxing" | "weihai" | "bayingolin" | "shanxi"

const PLACE: Record<Region, ReadonlyArray<string>> = {
  shangyu: ["cn-zhejiang-shaoxing-shangyu"],
  shaoxing: ["cn-zhejiang-shaoxing-keqiao", "cn-zhejiang-shaoxing-yuecheng", "cn-zhejiang-shaoxing"],
  weihai: ["cn-shandong-weihai", "cn-shandong-weihai-rongcheng", "cn-shandong-weihai-wendeng"],
  bayingolin: ["cn-xinjiang-bayingolin", "cn-xinjiang-bayingolin-korla"],
  shanxi: ["cn-shanxi-taiyuan", "cn-shanxi-datong", "cn-shanxi"],
}
const ELSEWHERE = ["cn-zhejiang-ningbo", "cn-jiangsu-suzhou", "cn-zhejiang-hangzhou", "cn-anhui-hefei"]
const EMPLOYER_WORD: Record<Region, string> = {
  shangyu: "上虞示例",
  shaoxing: "绍兴示例",
  weihai: "威海示例",
  bayingolin: "巴州示例",
  shanxi: "山西示例",
}
const EMPLOYER_KIND = ["机电", "电机", "精密机械", "自动化设备", "泵阀", "汽配", "风机", "轴承"] as const
const SUB_SPECIALTIES = ["技术开发", "设计开发", "生产制造", "系统集成", "技术服务"] as const
const RELATED_MAJORS = [
  "机械设计制造及其自动化",
  "电气工程及其自动化",
  "机电一体化技术",
  "机械电子工程",
  "自动化",
  "数控技术",
]
const UNRELATED_MAJORS = ["会计学", "市场营销", "汉语言文学", "国际经济与贸易", "旅游管理"]

type Level = NonNullable<Profile["education"]>[number]["level"]
type Education = Mutable<NonNullable<Profile["education"]>[number]>
type Work = Mutable<NonNullable<Profile["work"]>[number]>
type Title = Mutable<NonNullable<Profile["titles"]>[number]>
type Achievements = Mutable<NonNullable<Profile["achievements"]>>
type Award = NonNullable<Achievements["awards"]>[number]
type Project = NonNullable<Achievements["projects"]>[number]

/** Years from starting school at 7 to graduation for each level. */
const SCHOOL_YEARS: Record<Level, number> = {
  doctorate: 22,
  master: 19,
  bachelor: 16,
  associate: 15,
  "secondary-vocational": 12,
  "technical-school-intermediate-class": 12,
  "technical-school-senior-class": 14,
  "technical-school-preparatory-technician-class": 15,
  "high-school-or-below": 12,
}

// ---------------------------------------------------------------------------------------------
// One person

const person = (r: Rng, i: number): Profile => {
  const region: Region = r.weighted([
    ["shangyu", 72],
    ["weihai", 9],
    ["bayingolin", 7],
    ["shanxi", 8],
    ["shaoxing", 4],
  ])
  const birthYear = r.int(1963, 2000)
  const birthDate = dayIn(r, birthYear)

  // --- education --------------------------------------------------------------------------
  const level: Level = r.weighted<Level>([
    ["doctorate", 1],
    ["master", 8],
    ["bachelor", 34],
    ["associate", 29],
    ["secondary-vocational", 11],
    ["technical-school-intermediate-class", 2],
    ["technical-school-senior-class", 3],
    ["technical-school-preparatory-technician-class", 1],
    ["high-school-or-below", 11],
  ])
  const related = r.chance(0.76)
  const gradYear = Math.min(birthYear + 7 + SCHOOL_YEARS[level] + r.int(-1, 1), 2023)
  const graduated = date(gradYear, r.chance(0.9) ? 6 : r.int(1, 12), r.int(20, 30))
  const first: Education = { level }
  if (level !== "high-school-or-below" || r.chance(0.3)) {
    first.institution = `示例${r.pick(["理工", "职业技术", "工业", "机电"])}学院`
    first.major = related ? r.pick(RELATED_MAJORS) : r.pick(UNRELATED_MAJORS)
    first.graduated = graduated
    first.awardedIn = "mainland"
  }
  if (r.chance(0.95)) first.fullTime = r.chance(0.88)
  if (r.chance(0.94)) first.relatedness = related ? "related" : "unrelated"
  type Degree = Education["degree"]
  const degree: Degree =
    level === "doctorate"
      ? r.weighted<Degree>([
          ["doctor", 95],
          [undefined, 5],
        ])
      : level === "master"
        ? r.weighted<Degree>([
            ["master", 88],
            [undefined, 7],
            ["none", 5],
          ])
        : level === "bachelor"
          ? r.weighted<Degree>([
              ["bachelor", 82],
              ["none", 8],
              ["second-bachelor", 3],
              [undefined, 7],
            ])
          : r.weighted<Degree>([
              ["none", 60],
              [undefined, 40],
            ])
  if (degree !== undefined) first.degree = degree
  const education: Array<Education> = [first]
  // Part-time upgrades: 专升本, 在职硕士.
  if ((level === "associate" || level === "secondary-vocational") && r.chance(0.18) && gradYear < 2019) {
    const y = gradYear + r.int(2, 5)
    education.push({
      level: level === "associate" ? "bachelor" : "associate",
      degree: level === "associate" && r.chance(0.6) ? "bachelor" : "none",
      fullTime: false,
      major: r.pick(RELATED_MAJORS),
      relatedness: "related",
      graduated: date(y, 1, r.int(10, 25)),
      awardedIn: "mainland",
    })
  }
  if (level === "bachelor" && r.chance(0.06) && gradYear < 2018) {
    education.push({
      level: "master",
      degree: "master",
      fullTime: false,
      major: r.pick(RELATED_MAJORS),
      relatedness: r.chance(0.85) ? "related" : "unrelated",
      graduated: date(gradYear + r.int(3, 6), 6, 30),
      awardedIn: r.chance(0.9) ? "mainland" : "foreign",
      certified: true,
    })
  }

  // --- work --------------------------------------------------------------------------------
  const start = plusMonths(graduated, r.int(0, 8))
  const work: Array<Work> = []
  const current = beforeToday(start)
  let cursor = current
  if (yearOf(current) < 2019 && r.chance(0.35)) {
    // An earlier job elsewhere, then a gap of 0–6 months.
    const end = plusMonths(current, r.int(12, Math.max(13, (2021 - yearOf(current)) * 12)))
    work.push({
      employer: `${r.pick(["宁波", "苏州", "杭州"])}示例制造有限公司`,
      employerKind: r.weighted([
        ["private-enterprise", 80],
        ["state-enterprise", 15],
        ["public-institution", 5],
      ]),
      industrial: true,
      place: r.pick(ELSEWHERE),
      workKind: r.weighted([
        ["engineering-technical", 70],
        ["skill-technical", 20],
        ["other", 10],
      ]),
      specialty: "机电制造",
      relatedness: r.chance(0.8) ? "related" : "unrelated",
      from: current,
      to: beforeToday(end),
    })
    cursor = beforeToday(plusMonths(end, r.int(0, 6)))
  }
  const engineering =
    level === "high-school-or-below" ||
    level.startsWith("technical-school") ||
    level === "secondary-vocational"
      ? r.chance(0.45)
      : r.chance(0.88)
  const kind =
    region === "shangyu" || region === "shaoxing"
      ? r.weighted<Work["employerKind"]>([
          ["private-enterprise", 95],
          ["state-enterprise", 3],
          [undefined, 2],
        ])
      : r.weighted<Work["employerKind"]>([
          ["private-enterprise", 75],
          ["state-enterprise", 8],
          ["freelance", 5],
          ["self-employed", 4],
          ["social-organization", 3],
          [undefined, 5],
        ])
  const now: Work = {
    employer: `${EMPLOYER_WORD[region]}${r.pick(EMPLOYER_KIND)}有限公司${r.int(1, 60)}`,
    from: cursor,
    to: "present",
    specialty:
      region === "shangyu"
        ? "机电制造"
        : r.weighted([
            ["机电制造", 60],
            ["化工", 15],
            ["建筑", 15],
            ["电子信息", 10],
          ]),
  }
  if (kind !== undefined) now.employerKind = kind
  if (r.chance(0.97)) now.place = r.pick(PLACE[region])
  if (r.chance(0.97)) now.industrial = region === "shangyu" ? r.chance(0.96) : r.chance(0.7)
  if (r.chance(0.97))
    now.workKind = engineering
      ? "engineering-technical"
      : r.weighted([
          ["skill-technical", 75],
          ["management", 15],
          ["other", 10],
        ])
  if (now.specialty === "机电制造") now.subSpecialty = r.pick(SUB_SPECIALTIES)
  if (r.chance(0.95)) now.relatedness = related || r.chance(0.4) ? "related" : "unrelated"
  if (region === "weihai" && r.chance(0.08)) now.labourDispatch = true
  if (region === "weihai" && r.chance(0.05)) now.postedTo = { place: "cn-shandong-weihai", from: cursor }
  if (region === "shaoxing" && r.chance(0.3)) now.pilotUnit = true
  work.push(now)

  // --- titles ------------------------------------------------------------------------------
  const titles: Array<Title> = []
  const afterYears: Partial<Record<Level, number>> = {
    doctorate: 0,
    master: 0,
    bachelor: 1,
    associate: 3,
    "secondary-vocational": 5,
  }
  const wait = afterYears[level]
  if (wait !== undefined && r.chance(level === "secondary-vocational" ? 0.35 : 0.62)) {
    if (level === "associate" && r.chance(0.4)) {
      titles.push({
        series: "engineering",
        level: "junior",
        grade: "technician",
        obtained: beforeToday(plusMonths(start, 12 + r.int(0, 12))),
      })
    }
    const obtained = beforeToday(plusMonths(start, 12 * wait + r.int(0, 60)))
    titles.push({
      series: "engineering",
      level: "junior",
      grade: "assistant",
      specialty: "机电制造",
      obtained,
      route: r.weighted([
        ["evaluation", 60],
        ["initial-determination", 35],
        ["recognition", 5],
      ]),
      appointed: r.chance(0.8),
    })
    if (yearOf(obtained) < 2015 && r.chance(0.12)) {
      titles.push({
        series: "engineering",
        level: "intermediate",
        specialty: "机电制造",
        obtained: dayIn(r, r.int(yearOf(obtained) + 4, 2022)),
      })
    }
  } else if (r.chance(0.05)) {
    // Assistant title held with no education the rules count (exceptional A, first branch).
    titles.push({
      series: "engineering",
      level: "junior",
      grade: "assistant",
      obtained: dayIn(r, r.int(2012, 2021)),
      route: "evaluation",
    })
  }

  // --- skills ------------------------------------------------------------------------------
  const skills: Array<Mutable<NonNullable<Profile["skills"]>[number]>> = []
  if (!engineering || r.chance(0.08)) {
    const n = r.weighted([
      [0, 40],
      [1, 35],
      [2, 20],
      [3, 5],
    ])
    let y = Math.max(yearOf(start) + 2, 2005)
    for (const lv of (["senior-worker", "technician", "senior-technician"] as const).slice(0, n)) {
      if (y > 2023) break
      skills.push({
        level: lv,
        obtained: beforeToday(dayIn(r, y)),
        kind: r.pick(["vocational-qualification", "skill-level-certificate"] as const),
      })
      y += r.int(2, 5)
    }
  }

  // --- pension -----------------------------------------------------------------------------
  let pension: Profile["pension"]
  if (r.chance(0.92)) {
    const periods: Array<Mutable<NonNullable<Profile["pension"]>[number]>> = []
    for (const w of work) {
      const from = plusMonths(w.from, r.int(0, 3))
      if (w.to !== "present" && from > w.to) continue
      const period = {
        kind: kind === "freelance" || kind === "self-employed" ? "flexible" : "employee",
        from: ym(from) as never,
        to:
          w.to === "present"
            ? r.chance(0.9)
              ? "present"
              : (ym(dayIn(r, 2023, 1, 7)) as never)
            : (ym(w.to) as never),
        ...(w.place !== undefined ? { place: w.place } : {}),
      } as const
      // A drawn end before the start is no period (DOMAIN.md ruling 10: invalid input); it counted no
      // month before either. Drawn, then dropped, so that the rest of the population is unchanged.
      if (period.to !== "present" && period.to < period.from) continue
      periods.push(period)
    }
    pension = periods
  }

  // --- continuing education 2021–2023 (002 §一(二)4: 270 h, 180 specialty, 54 general) ----------
  let continuingEducation: Profile["continuingEducation"]
  if (r.chance(0.94)) {
    const keen = region === "shangyu" ? r.chance(0.8) : r.chance(0.35)
    const ce: Array<NonNullable<Profile["continuingEducation"]>[number]> = []
    for (const year of [2021, 2022, 2023]) {
      if (!keen && r.chance(0.3)) continue
      const spec = keen ? r.int(55, 90) : r.int(10, 70)
      const gen = keen ? r.int(16, 30) : r.int(0, 24)
      ce.push({ year, category: "specialty", hours: spec })
      if (gen > 0) ce.push({ year, category: "general", hours: gen })
    }
    continuingEducation = ce
  }

  // --- assessments 2020–2023 ---------------------------------------------------------------
  let assessments: Profile["assessments"]
  if (r.chance(0.94)) {
    const as: Array<NonNullable<Profile["assessments"]>[number]> = []
    for (const year of [2020, 2021, 2022, 2023]) {
      if (year === 2023 && r.chance(0.7)) continue
      if (r.chance(0.03)) continue // a missing year
      as.push({
        year,
        result: r.weighted([
          ["competent", 78],
          ["excellent", 17],
          ["basically-competent", 4],
          ["incompetent", 1],
        ]),
      })
    }
    assessments = as
  }

  // --- achievements ------------------------------------------------------------------------
  let achievements: Achievements | undefined
  if (r.chance(0.95)) {
    const senior = 2023 - yearOf(start) // rough career length
    const productive = engineering ? Math.min(1, senior / 15) : Math.min(0.5, senior / 30)
    const a: Achievements = {}
    const patents: Array<NonNullable<Achievements["patents"]>[number]> = []
    const nPatents = r.chance(0.2 + productive * 0.4) ? r.int(1, 6) : 0
    for (let k = 0; k < nPatents; k++) {
      patents.push({
        kind: r.weighted([
          ["utility-model", 70],
          ["invention", 15],
          ["design", 15],
        ]),
        rank: r.weighted([
          [1, 50],
          [2, 25],
          [3, 15],
          [4, 10],
        ]),
        granted: dayIn(r, r.int(Math.max(2012, yearOf(start)), 2023), 1, 8),
      })
    }
    a.patents = patents
    if (r.chance(0.05))
      a.softwareCopyrights = [{ rank: r.int(1, 3), registered: dayIn(r, r.int(2017, 2023), 1, 8) }]
    else a.softwareCopyrights = []
    const projects: Array<Project> = []
    const nProjects = r.chance(0.15 + productive * 0.35) ? r.int(1, 3) : 0
    for (let k = 0; k < nProjects; k++) {
      projects.push({
        kind: r.weighted<Project["kind"]>([
          ["technology-innovation", 35],
          ["new-product", 35],
          ["key-sci-tech", 20],
          ["key-engineering", 5],
          ["other", 5],
        ]),
        level: r.weighted<Project["level"]>([
          ["enterprise", 30],
          ["county", 30],
          ["city", 28],
          ["provincial", 10],
          ["national", 2],
        ]),
        role: r.weighted<Project["role"]>([
          ["participant", 45],
          ["main", 35],
          ["lead", 20],
        ]),
        ...(r.chance(0.3) ? { keyEnterprise: r.chance(0.5) } : {}),
        date: dayIn(r, r.int(2014, 2023), 1, 8),
      })
    }
    a.projects = projects
    const awards: Array<Award> = []
    if (r.chance(0.06 + productive * 0.1)) {
      awards.push({
        kind: r.weighted<Award["kind"]>([
          ["sci-tech-progress", 60],
          ["invention", 10],
          ["excellent-design", 10],
          ["quality-engineering", 5],
          ["other", 15],
        ]),
        level: r.weighted<Award["level"]>([
          ["county", 35],
          ["city", 40],
          ["provincial-department", 10],
          ["provincial", 12],
          ["national", 3],
        ]),
        grade: r.weighted<NonNullable<Award["grade"]>>([
          ["first", 20],
          ["second", 35],
          ["third", 40],
          ["special", 5],
        ]),
        role: r.weighted<NonNullable<Award["role"]>>([
          ["main-contributor", 55],
          ["participant", 40],
          ["technical-lead", 5],
        ]),
        date: dayIn(r, r.int(2012, 2023), 1, 8),
      })
    }
    a.awards = awards
    const papers: Array<NonNullable<Achievements["papers"]>[number]> = []
    const nPapers = r.chance(0.15) ? r.int(1, 4) : 0
    for (let k = 0; k < nPapers; k++) {
      papers.push({
        venue: r.weighted([
          ["provincial-journal", 45],
          ["national-journal", 20],
          ["provincial-conference", 10],
          ["ministerial-conference", 5],
          ["other", 20],
        ]),
        date: dayIn(r, r.int(2012, 2023), 1, 8),
      })
    }
    a.papers = papers
    const posts: Array<NonNullable<Achievements["posts"]>[number]> = []
    if (engineering && senior >= 5 && r.chance(0.18)) {
      const from = dayIn(r, r.int(Math.max(yearOf(start) + 3, 2008), 2022))
      posts.push({
        kind: r.weighted([
          ["technical-department-head", 70],
          ["enterprise-technical-leader", 20],
          ["chief-technical-lead", 10],
        ]),
        ...(r.chance(0.5)
          ? {
              enterpriseSize: r.weighted([
                ["large-or-medium", 40],
                ["small", 60],
              ]),
            }
          : {}),
        from: beforeToday(from),
        to: r.chance(0.85)
          ? "present"
          : beforeToday(dayIn(r, Math.min(2023, yearOf(from) + r.int(1, 4)), 1, 8)),
      })
    }
    if (r.chance(0.03))
      posts.push({
        kind: r.pick(["city-innovation-team-core", "county-academic-leader"] as const),
        from: dayIn(r, r.int(2016, 2022)),
        to: "present",
      })
    a.posts = posts
    const honours: Array<NonNullable<Achievements["honours"]>[number]> = []
    if (r.chance(0.06)) {
      honours.push({
        kind: r.weighted([
          ["talent-commendation", 40],
          ["model-worker", 15],
          ["sci-tech-advanced-worker", 15],
          ["excellent-specialist", 15],
          ["other", 15],
        ]),
        level: r.weighted([
          ["county", 50],
          ["city", 35],
          ["provincial", 10],
          ["enterprise", 5],
        ]),
        byGovernment: r.chance(0.8),
        date: dayIn(r, r.int(2014, 2023), 1, 8),
      })
    }
    a.honours = honours
    if (r.chance(0.02)) a.zheliEngineerRank = { year: r.pick([2021, 2022]), rank: r.int(1, 40) }
    else if (r.chance(0.5)) a.zheliEngineerRank = "not-listed"
    if (region === "shangyu" && r.chance(0.04)) {
      a.enterpriseHonours = [
        {
          level: r.weighted([
            ["provincial", 75],
            ["national", 25],
          ]),
          listItem: r.int(1, 8),
          published: dayIn(r, r.pick([2021, 2022, 2023]), 1, 8),
          mainTechnicalLead: r.chance(0.7),
        },
      ]
    } else a.enterpriseHonours = []
    // A few accomplished technical leads: the people exceptional track A (3 of 7) is written for.
    const college = education.some((e) => ["associate", "bachelor", "master", "doctorate"].includes(e.level))
    const assistantWithoutCollege = !college && titles.some((t) => t.grade === "assistant")
    if (
      (engineering || assistantWithoutCollege) &&
      senior >= 8 &&
      r.chance(assistantWithoutCollege ? 0.3 : 0.04)
    ) {
      awards.push({
        kind: "sci-tech-progress",
        level: r.weighted([
          ["city", 60],
          ["provincial-department", 20],
          ["county", 20],
        ]),
        grade: r.weighted([
          ["first", 50],
          ["second", 40],
          ["third", 10],
        ]),
        role: r.weighted([
          ["main-contributor", 85],
          ["participant", 15],
        ]),
        date: dayIn(r, r.int(2016, 2023), 1, 8),
      })
      posts.push({
        kind: "chief-technical-lead",
        enterpriseSize: r.weighted([
          ["large-or-medium", 75],
          ["small", 20],
          ["construction-grade-2", 5],
        ]),
        from: dayIn(r, r.int(2012, 2021)),
        to: r.chance(0.9) ? "present" : dayIn(r, 2023, 1, 8),
      })
      honours.push({
        kind: r.pick(["model-worker", "sci-tech-advanced-worker", "excellent-specialist"] as const),
        level: r.weighted([
          ["city", 60],
          ["county", 40],
        ]),
        byGovernment: r.chance(0.85),
        date: dayIn(r, r.int(2015, 2023), 1, 8),
      })
      if (r.chance(0.3)) a.zheliEngineerRank = { year: 2022, rank: r.int(1, 15) }
    }
    if (r.chance(0.05))
      a.statements = {
        "shangyu-2023-3/exceptional-a/three-of-seven/4-new-products":
          "主持开发高效节能电机新产品，年新增产值约两千万元（虚构）",
      }
    achievements = a
  }

  // --- status ------------------------------------------------------------------------------
  let status: Profile["status"]
  if (r.chance(0.9)) {
    const s: Mutable<NonNullable<Profile["status"]>> = {
      retired: birthYear < 1964 && r.chance(0.3),
      residency: r.weighted([
        ["mainland", 97],
        ["hk-macao-taiwan", 1],
        ["foreign-permanent-resident", 1],
        ["foreign-other", 1],
      ]),
      integrityBans: r.chance(0.005) ? [{ evaluationYear: 2021, foundOn: "2021-05-10" as Date }] : [],
    }
    if (region === "shanxi" && r.chance(0.05)) s.movedFromGovernmentOrgan = dayIn(r, r.int(2018, 2022))
    if (region === "weihai" && r.chance(0.05)) s.talentCard = true
    status = s
  }

  const p: Mutable<Profile> = { name: `虚构申报人 ${pad(i, 5)}`, education, work }
  if (r.chance(0.97)) p.birthDate = birthDate
  if (titles.length > 0 || r.chance(0.9)) p.titles = titles
  if (skills.length > 0 || r.chance(0.9)) p.skills = skills
  if (pension !== undefined) p.pension = pension
  if (continuingEducation !== undefined) p.continuingEducation = continuingEducation
  if (assessments !== undefined) p.assessments = assessments
  if (achievements !== undefined) p.achievements = achievements
  if (status !== undefined) p.status = status
  // A few people leave whole sections out (unknown, not "none").
  if (r.chance(0.01)) delete p.education
  if (r.chance(0.01)) delete p.work
  return p
}

/** `n` fictional profiles, the same for the same `n` and `seed`. */
export const population = (n: number, seed: number = DEFAULT_SEED): ReadonlyArray<Profile> => {
  const r = rng(seed)
  const out: Array<Profile> = []
  for (let i = 0; i < n; i++) out.push(person(r, i + 1))
  return out
}
