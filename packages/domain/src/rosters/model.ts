import { Schema } from "effect"
import type { Citation } from "../Citation.ts"
import * as Civil from "../CivilDate.ts"
import { CLAUSES as PILOT_CLAUSES, type QualificationName, type Specialty } from "../PilotUnits.ts"
import { SOURCES } from "../policies/documents.ts"
import { ROSTER_COLUMNS } from "../policies/shaoxing.ts"
import { AdoptionCapInput } from "../Quota.ts"

const cite = (article: string, quote: string): Citation => ({
  document: "shaoxing-adoption-draft",
  source: SOURCES.shaoxing,
  article,
  quote,
})

/** The clauses this module enforces. */
export const CLAUSES = {
  rounds: cite("第九条", "试点单位技术岗位评价实施可根据企业发展需要，可每年或每半年举行一次"),
  cap: cite(
    "第九条",
    "职称采认人数原则上不超过当年度单位在当地缴纳社保总职工人数的5%或上一年度新招收大专及以上学历毕业生人数的50%",
  ),
  roster: cite(
    "第十条（四）",
    "经公示无异议，确定职称采认对象，将《拟职称采认人员花名册》报送属地人力社保部门",
  ),
  columns: cite("附件2", "序号姓名身份证号最高学历（学位）毕业院校所学专业联系方式采认职称专业资格名称"),
  specialties: PILOT_CLAUSES.specialties,
  qualifications: PILOT_CLAUSES.qualifications,
  scope: PILOT_CLAUSES.select,
  pilotYear: PILOT_CLAUSES.review,
} as const

// ---------------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------------

/** The Annex 2 column keys, in order (from `ROSTER_COLUMNS`). */
export type ColumnKey =
  | "seq"
  | "name"
  | "residentId"
  | "highestEducation"
  | "institution"
  | "major"
  | "contact"
  | "adoptionSpecialty"
  | "qualificationName"

export const KEYS: ReadonlyArray<ColumnKey> = [
  "seq",
  "name",
  "residentId",
  "highestEducation",
  "institution",
  "major",
  "contact",
  "adoptionSpecialty",
  "qualificationName",
]
if (ROSTER_COLUMNS.map((c) => c.key).join() !== KEYS.join())
  throw new Error(
    `Rosters: ROSTER_COLUMNS changed (${ROSTER_COLUMNS.map((c) => c.key).join()}); update ColumnKey`,
  )

/** The Chinese header of each column, as Annex 2 prints it. */
export const COLUMN_NAMES: Readonly<Record<ColumnKey, string>> = Object.fromEntries(
  ROSTER_COLUMNS.map((c) => [c.key, c.name.zh]),
) as Record<ColumnKey, string>

/** Annex 2's columns in order: key and Chinese header. */
export const COLUMNS: ReadonlyArray<{ readonly key: ColumnKey; readonly header: string }> = KEYS.map(
  (key) => ({
    key,
    header: COLUMN_NAMES[key],
  }),
)

/** The title printed above the roster. */
export const ROSTER_TITLE = "拟职称采认人员花名册"

// ---------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------

/** 第九条: one yearly round, or two half-yearly rounds. */
export const Round = Schema.Literal("annual", "first-half", "second-half").annotations({
  identifier: "RosterRound",
})
export type Round = typeof Round.Type

export const RosterStatus = Schema.Literal("draft", "finalised")
export type RosterStatus = typeof RosterStatus.Type

export const Roster = Schema.Struct({
  id: Schema.String,
  unitId: Schema.String,
  /** 填报单位. */
  unitName: Schema.String,
  year: Schema.Int,
  round: Round,
  status: RosterStatus,
  createdOn: Civil.CivilDate,
  finalised: Schema.optional(
    Schema.Struct({
      /** 填报时间. */
      on: Civil.CivilDate,
      by: Schema.String,
      /** The unit's figures for the year the cap was computed from (`Adoptions.recordFigures`). */
      figures: AdoptionCapInput,
      cap: Schema.Int,
      applies: Schema.String,
      /**
       * People adopted by the unit in the year with this roster: its entries, the unit's other
       * finalised rosters and its recommended adoption-track applications, each person once
       * (`Adoptions.checkCap`; rosters finalised before migration 0008 counted rosters only).
       */
      yearTotal: Schema.Int,
      overCap: Schema.optional(Schema.Struct({ excess: Schema.Int, reason: Schema.String })),
    }),
  ),
}).annotations({ identifier: "Roster" })
export type Roster = typeof Roster.Type

/** An entry as stored: the ID number only sealed, fingerprinted and masked. */
export interface StoredEntry {
  readonly id: string
  readonly rosterId: string
  /** Insertion order; 序号 is the 1-based rank of this among the roster's entries. */
  readonly position: number
  readonly name: string
  readonly idSealed: string
  readonly idFingerprint: string
  readonly idMasked: string
  readonly highestEducation: string
  readonly institution: string
  readonly major: string
  readonly contact: string
  readonly adoptionSpecialty: Specialty
  readonly qualificationName: QualificationName
}

/** A roster row with every Annex 2 column, the ID number in clear: only for the bureau's copy. */
export interface BureauRow {
  readonly seq: number
  readonly name: string
  readonly residentId: string
  readonly highestEducation: string
  readonly institution: string
  readonly major: string
  readonly contact: string
  readonly adoptionSpecialty: Specialty
  readonly qualificationName: QualificationName
}

/** A roster row for the unit's and the bureau's staff screens: the ID number masked. */
export interface EntryView extends Omit<BureauRow, "residentId"> {
  readonly id: string
  readonly residentIdMasked: string
}

/** What anyone may see of an entry (PIPL minimum necessary, DOMAIN.md). */
export interface EntryPublic {
  readonly name: string
  readonly employer: string
  readonly specialty: Specialty
  readonly title: QualificationName
  readonly track: "adoption"
}

/** The masked form of an ID number: first 3 and last 4 characters. */
export const maskId = (id: string): string =>
  `${id.slice(0, 3)}${"*".repeat(Math.max(0, id.length - 7))}${id.slice(-4)}`

export const ordered = (es: ReadonlyArray<StoredEntry>) => [...es].sort((a, b) => a.position - b.position)

/** Staff view of a roster's entries, numbered 1… in order. */
export const toViews = (es: ReadonlyArray<StoredEntry>): ReadonlyArray<EntryView> =>
  ordered(es).map((e, i) => ({
    id: e.id,
    seq: i + 1,
    name: e.name,
    residentIdMasked: e.idMasked,
    highestEducation: e.highestEducation,
    institution: e.institution,
    major: e.major,
    contact: e.contact,
    adoptionSpecialty: e.adoptionSpecialty,
    qualificationName: e.qualificationName,
  }))

/** Public view of an entry: name, employer, specialty, title and track; never the ID number or contact. */
export const toPublic = (r: Roster, e: StoredEntry): EntryPublic => ({
  name: e.name,
  employer: r.unitName,
  specialty: e.adoptionSpecialty,
  title: e.qualificationName,
  track: "adoption",
})
