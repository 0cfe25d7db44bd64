/**
 * Adoption rosters (附件2《拟职称采认人员花名册》, 000 第九、十条): a pilot unit's list of the people
 * whose evaluation it asks the bureau to adopt, for one year and one round (第九条: yearly or
 * half-yearly). A draft roster takes entries one by one or by import; finalising it checks the
 * year's count against the unit's cap (DOMAIN.md ruling 1) through `Adoptions.checkCap` — the one
 * count of the unit's finalised rosters and recommended adoption-track applications, each person
 * once, from the unit's figures recorded for the year — and refuses beyond it unless a reason is
 * recorded; a finalised roster never changes and keeps the figures and cap it was checked against.
 *
 * Resident ID numbers (decision): the bureau needs the number (Annex 2 has a 身份证号 column), so a
 * roster keeps it — but only sealed (AES-256-GCM under a server key, {@link IdSealer}), beside an
 * HMAC-SHA256 under a second server key (`PersonalId.IdHmac`, the same fingerprint the rest of the
 * system uses) for duplicate checks, and a masked form (`110***********002X`) for staff screens.
 * The number is unsealed only by {@link exportForBureau}, which is audited and refused to the public
 * role. Public views ({@link toPublic}) show name, employer, specialty, title and track only; the
 * contact column (联系方式) is likewise never public. The audit trail never holds the number.
 */
import { Context, Effect, Either, Option, Scheduler, Schema } from "effect"
import * as Adoptions from "./Adoptions.ts"
import { type Actor, AuditLog, Transactor } from "./Audit.ts"
import { Citation } from "./Citation.ts"
import * as Civil from "./CivilDate.ts"
import * as ErrorKind from "./ErrorKind.ts"
import { IdHmac, IdSealer, sealedKeyOf } from "./PersonalId.ts"
import {
  type ApprovedScope,
  InvalidTransition,
  isPilotIn,
  NotFound,
  CLAUSES as PILOT_CLAUSES,
  type PilotUnit,
  PilotUnitRepo,
  type QualificationName,
  QuotaExceeded,
  RuleViolated,
  type Specialty,
} from "./PilotUnits.ts"
import { SOURCES } from "./policies/documents.ts"
import { ADOPTION_SPECIALTIES, QUALIFICATION_NAMES, ROSTER_COLUMNS } from "./policies/shaoxing.ts"
import { AdoptionCapInput } from "./Quota.ts"
import * as ResidentId from "./ResidentId.ts"
import { checkName, findUnsafe, NAME_RULING, normalizeName } from "./Text.ts"

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

const KEYS: ReadonlyArray<ColumnKey> = [
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
// Errors
// ---------------------------------------------------------------------------------------------------

/** Why one row of an import (or one added entry) is refused. */
export const RowErrorRule = Schema.Literal(
  "missing",
  "resident-id",
  "unknown-specialty",
  "unknown-qualification",
  "outside-approved-scope",
  "duplicate-in-file",
  "duplicate-on-roster",
  "bad-seq",
  "different-unit",
  /** A control, bidirectional-override or broken (unpaired surrogate) character (Text.ts). */
  "bad-text",
  /** Not a name as written in China (Text.PersonName). */
  "bad-name",
)
export type RowErrorRule = typeof RowErrorRule.Type

export const RowError = Schema.Struct({
  /** The row as the file numbers it (1-based; for a spreadsheet the sheet row, for CSV the record). */
  row: Schema.Int,
  /** The Annex 2 column header (e.g. 身份证号). */
  column: Schema.String,
  rule: RowErrorRule,
  message: Schema.String,
  clause: Schema.optional(Citation),
}).annotations({ identifier: "RosterRowError" })
export type RowError = typeof RowError.Type

/** One or more rows are invalid; nothing was written. Lists every error found, row by row. */
export class EntriesRejected extends Schema.TaggedError<EntriesRejected>()(
  "EntriesRejected",
  {
    rosterId: Schema.String,
    rows: Schema.Int,
    errors: Schema.Array(RowError),
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

/** The actor's role may not see resident ID numbers. */
export class Forbidden extends Schema.TaggedError<Forbidden>()(
  "Forbidden",
  {
    action: Schema.String,
    role: Schema.String,
    message: Schema.String,
  },
  ErrorKind.forbidden,
) {}

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

const ordered = (es: ReadonlyArray<StoredEntry>) => [...es].sort((a, b) => a.position - b.position)

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

// ---------------------------------------------------------------------------------------------------
// Sealing ID numbers
// ---------------------------------------------------------------------------------------------------

/** Sealing ID numbers lives in PersonalId.ts (ADR 0006, 0009); re-exported for existing importers. */
export { IdSealer, IdSealKeyUnknown, parsePreviousKeys, sealedKeyOf } from "./PersonalId.ts"

// ---------------------------------------------------------------------------------------------------
// Repository
// ---------------------------------------------------------------------------------------------------

/**
 * Storage for rosters and their entries. Inside `Transactor.withTransaction`, `lockUnit` and
 * `lockRoster` serialise changes to a unit's rosters and to one roster (take the unit first).
 */
export class RosterRepo extends Context.Tag("zhicheng/RosterRepo")<
  RosterRepo,
  {
    readonly insert: (r: Roster) => Effect.Effect<void>
    readonly update: (r: Roster) => Effect.Effect<void>
    readonly get: (id: string) => Effect.Effect<Option.Option<Roster>>
    readonly forUnitYear: (unitId: string, year: number) => Effect.Effect<ReadonlyArray<Roster>>
    readonly lockUnit: (unitId: string) => Effect.Effect<void>
    readonly lockRoster: (id: string) => Effect.Effect<void>
    readonly insertEntries: (es: ReadonlyArray<StoredEntry>) => Effect.Effect<void>
    /** Deletes an entry of a roster; false when there is none. */
    readonly deleteEntry: (rosterId: string, entryId: string) => Effect.Effect<boolean>
    readonly entries: (rosterId: string) => Effect.Effect<ReadonlyArray<StoredEntry>>
    readonly countEntries: (rosterIds: ReadonlyArray<string>) => Effect.Effect<number>
    /** Which of `fingerprints` are already on one of `rosterIds`, and where. */
    readonly findFingerprints: (
      rosterIds: ReadonlyArray<string>,
      fingerprints: ReadonlyArray<string>,
    ) => Effect.Effect<ReadonlyArray<{ readonly fingerprint: string; readonly rosterId: string }>>
    /**
     * Entries (of any roster) whose sealed ID number does not begin with `prefix`, with entry ids
     * after `after`, in entry-id order, at most `limit` — one batch of the re-sealing job.
     */
    readonly sealedNotUnder: (
      prefix: string,
      after: string,
      limit: number,
    ) => Effect.Effect<ReadonlyArray<{ readonly id: string; readonly idSealed: string }>>
    /** Replaces an entry's sealed ID number if it is still `from`; false when it is not (or is gone). */
    readonly replaceSealed: (id: string, from: string, to: string) => Effect.Effect<boolean>
    /** How many entries' sealed ID numbers do not begin with `prefix`. */
    readonly countNotUnder: (prefix: string) => Effect.Effect<number>
  }
>() {}

// ---------------------------------------------------------------------------------------------------
// Row validation (pure)
// ---------------------------------------------------------------------------------------------------

/** A row as read from a file or form: the Annex 2 cells by column key, and its row number. */
export interface RawRow {
  readonly row: number
  readonly cells: Readonly<Partial<Record<ColumnKey, unknown>>>
}

/** A valid row, ready to store. */
export interface ValidRow {
  readonly row: number
  readonly name: string
  readonly residentId: ResidentId.ResidentId
  readonly highestEducation: string
  readonly institution: string
  readonly major: string
  readonly contact: string
  readonly adoptionSpecialty: Specialty
  readonly qualificationName: QualificationName
}

const SPECIALTY_VALUES: ReadonlyArray<string> = ADOPTION_SPECIALTIES.map((s) => s.value)
const QUALIFICATION_VALUES: ReadonlyArray<string> = QUALIFICATION_NAMES.map((q) => q.value)
const REQUIRED: ReadonlyArray<ColumnKey> = KEYS.filter((k) => k !== "seq")

const text = (v: unknown): string =>
  v === undefined || v === null
    ? ""
    : typeof v === "string"
      ? v.replace(/\s+/g, " ").trim()
      : typeof v === "number" || typeof v === "bigint"
        ? String(v)
        : v instanceof Date
          ? v.toISOString().slice(0, 10)
          : String(v).trim()

/** What {@link validateRows} finds: every error, the valid rows, and each row's ID number when it is valid. */
export interface Validation {
  readonly errors: ReadonlyArray<RowError>
  readonly valid: ReadonlyArray<ValidRow>
  readonly ids: ReadonlyArray<{
    readonly row: number
    readonly name: string
    readonly residentId: ResidentId.ResidentId
  }>
}

/** What rows are checked against: `today` bounds birth dates in ID numbers; the unit's approved scope. */
export interface ValidationContext {
  readonly today: string
  readonly scope?: ApprovedScope
}

/**
 * A {@link validateRows} fed a slice of rows at a time (rows are checked against each other across
 * slices), so that a caller can let other work run between slices of a large file.
 */
export const rowValidator = (ctx: ValidationContext) => {
  const errors: Array<RowError> = []
  const valid: Array<ValidRow> = []
  const ids: Array<Validation["ids"][number]> = []
  const firstRowOf = new Map<string, number>()
  const add = (rows: ReadonlyArray<RawRow>): void => {
    for (const { row, cells } of rows) {
      const err = (key: ColumnKey, rule: RowErrorRule, message: string, clause?: Citation) =>
        errors.push({
          row,
          column: COLUMN_NAMES[key],
          rule,
          message: `row ${row}, ${COLUMN_NAMES[key]}: ${message}`,
          ...(clause ? { clause } : {}),
        })
      const before = errors.length
      const v = Object.fromEntries(KEYS.map((k) => [k, text(cells[k])])) as Record<ColumnKey, string>
      for (const k of REQUIRED) if (v[k] === "") err(k, "missing", "required cell is empty", CLAUSES.columns)
      // A NUL or other control character is a row problem, never a value cut short (Text.ts).
      for (const k of KEYS) {
        const unsafe = k === "name" ? undefined : findUnsafe(v[k])
        if (unsafe !== undefined) err(k, "bad-text", `must not contain ${unsafe.why}`)
        else v[k] = v[k].normalize("NFC")
      }
      const nameRefused = v.name === "" ? undefined : checkName(v.name)
      if (nameRefused !== undefined) err("name", "bad-name", nameRefused, NAME_RULING)
      else v.name = normalizeName(v.name)
      if (v.seq !== "" && !/^[1-9]\d*$/.test(v.seq))
        err("seq", "bad-seq", `序号 must be a whole number from 1, got ${JSON.stringify(v.seq)}`)
      let id: string | undefined
      if (v.residentId !== "") {
        if (typeof cells.residentId === "number")
          err(
            "residentId",
            "resident-id",
            `the ID number was stored as a number (${v.residentId}), which loses digits; format the column as text and type it again`,
          )
        else {
          const n = ResidentId.normalize(v.residentId)
          Either.match(ResidentId.validate(n, ctx.today), {
            onLeft: (reason) => err("residentId", "resident-id", `resident ID number ${reason}`),
            onRight: (ok) => {
              id = ok
            },
          })
        }
      }
      if (v.adoptionSpecialty !== "" && !SPECIALTY_VALUES.includes(v.adoptionSpecialty))
        err(
          "adoptionSpecialty",
          "unknown-specialty",
          `${JSON.stringify(v.adoptionSpecialty)} is not one of ${SPECIALTY_VALUES.join("、")}`,
          CLAUSES.specialties,
        )
      else if (
        v.adoptionSpecialty !== "" &&
        ctx.scope !== undefined &&
        !(ctx.scope.specialties as ReadonlyArray<string>).includes(v.adoptionSpecialty)
      )
        err(
          "adoptionSpecialty",
          "outside-approved-scope",
          `${v.adoptionSpecialty} is not among the unit's approved specialties (${ctx.scope.specialties.join("、")})`,
          CLAUSES.scope,
        )
      if (v.qualificationName !== "" && !QUALIFICATION_VALUES.includes(v.qualificationName))
        err(
          "qualificationName",
          "unknown-qualification",
          `${JSON.stringify(v.qualificationName)} is not one of ${QUALIFICATION_VALUES.join("、")}`,
          CLAUSES.qualifications,
        )
      else if (
        v.qualificationName !== "" &&
        ctx.scope !== undefined &&
        !(ctx.scope.levels as ReadonlyArray<string>).includes(v.qualificationName)
      )
        err(
          "qualificationName",
          "outside-approved-scope",
          `${v.qualificationName} is not among the unit's approved levels (${ctx.scope.levels.join("、")})`,
          CLAUSES.scope,
        )
      if (id !== undefined) {
        ids.push({ row, name: v.name, residentId: id as ResidentId.ResidentId })
        const first = firstRowOf.get(id)
        if (first !== undefined)
          err("residentId", "duplicate-in-file", `the same person (ID number) is already in row ${first}`)
        else firstRowOf.set(id, row)
      }
      if (errors.length === before && id !== undefined)
        valid.push({
          row,
          name: v.name,
          residentId: id as ResidentId.ResidentId,
          highestEducation: v.highestEducation,
          institution: v.institution,
          major: v.major,
          contact: v.contact,
          adoptionSpecialty: v.adoptionSpecialty as Specialty,
          qualificationName: v.qualificationName as QualificationName,
        })
    }
  }
  return { add, result: (): Validation => ({ errors, valid, ids }) }
}

/**
 * Checks rows against Annex 2 and the unit's approved scope, and rows against each other; reports
 * every error (row, column, rule), never only the first. `today` bounds birth dates in ID numbers.
 */
export const validateRows = (rows: ReadonlyArray<RawRow>, ctx: ValidationContext): Validation => {
  const v = rowValidator(ctx)
  v.add(rows)
  return v.result()
}

/** Rows checked between two yields to the event loop: a few milliseconds' work. */
const VALIDATION_SLICE = 250

/**
 * {@link validateRows} a slice at a time, yielding to the event loop (a timer turn, so that other
 * requests' I/O runs) between slices: a file of thousands of rows does not hold the server.
 */
const validateInSlices = (rows: ReadonlyArray<RawRow>, ctx: ValidationContext) =>
  Effect.gen(function* () {
    const v = rowValidator(ctx)
    for (let i = 0; i < rows.length; i += VALIDATION_SLICE) {
      if (i > 0) yield* Effect.withScheduler(Effect.yieldNow(), Scheduler.timer(0))
      v.add(rows.slice(i, i + VALIDATION_SLICE))
    }
    return v.result()
  })

// ---------------------------------------------------------------------------------------------------
// Procedures
// ---------------------------------------------------------------------------------------------------

const today = Effect.map(
  Effect.clockWith((c) => c.currentTimeMillis),
  Civil.todayInChina,
)
const subject = (id: string) => `roster:${id}`

const loadRoster = (id: string) =>
  Effect.flatMap(RosterRepo, (r) => r.get(id)).pipe(
    Effect.flatMap(
      Option.match({
        onNone: () => Effect.fail(new NotFound({ kind: "roster", id, message: `no roster ${id}` })),
        onSome: Effect.succeed,
      }),
    ),
  )

const loadUnit = (id: string) =>
  Effect.flatMap(PilotUnitRepo, (r) => r.get(id)).pipe(
    Effect.flatMap(
      Option.match({
        onNone: () => Effect.fail(new NotFound({ kind: "pilot-unit", id, message: `no pilot unit ${id}` })),
        onSome: Effect.succeed,
      }),
    ),
  )

const requireDraft = (r: Roster, action: string) =>
  r.status === "draft"
    ? Effect.void
    : Effect.fail(
        new InvalidTransition({
          id: r.id,
          from: r.status,
          action,
          clause: CLAUSES.roster,
          message: `roster ${r.id} (${r.unitName} ${r.year} ${r.round}) is finalised and cannot change (${action})`,
        }),
      )

const requirePilot = (u: PilotUnit, year: number) =>
  isPilotIn(u, year)
    ? Effect.void
    : Effect.fail(
        new InvalidTransition({
          id: u.id,
          from: u.status,
          action: "roster",
          clause: u.exit !== undefined ? CLAUSES.pilotYear : CLAUSES.scope,
          message:
            u.exit !== undefined && year > u.exit.lastYear
              ? `${u.application.unitName} left the pilot scheme after ${u.exit.lastYear}; it cannot adopt titles in ${year}`
              : `${u.application.unitName} is not a selected pilot unit for ${year} (status ${u.status}, pilot year ${u.application.year})`,
        }),
      )

const CONFLICTS: Readonly<Record<Round, ReadonlyArray<Round>>> = {
  annual: ["annual", "first-half", "second-half"],
  "first-half": ["annual", "first-half"],
  "second-half": ["annual", "second-half"],
}

/**
 * Opens a draft roster for a pilot unit, a year and a round. Refuses a unit that is not a pilot that
 * year, and a round that clashes with one the year already has (one yearly round, or the two halves).
 * The cap's figures are the unit's for the year (`Adoptions.recordFigures`), needed by `finalise`.
 */
export const create = (
  actor: Actor,
  input: {
    readonly unitId: string
    readonly year: number
    readonly round: Round
  },
) =>
  Effect.gen(function* () {
    const round = yield* Schema.decodeUnknown(Round)(input.round).pipe(
      Effect.mapError(
        () =>
          new RuleViolated({
            field: "round",
            message: `round must be annual, first-half or second-half`,
            clause: CLAUSES.rounds,
          }),
      ),
    )
    const repo = yield* RosterRepo
    const audit = yield* AuditLog
    const on = yield* today
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        yield* repo.lockUnit(input.unitId)
        const unit = yield* loadUnit(input.unitId)
        yield* requirePilot(unit, input.year)
        const existing = yield* repo.forUnitYear(unit.id, input.year)
        const clash = existing.find((r) => CONFLICTS[round].includes(r.round))
        if (clash !== undefined)
          return yield* new InvalidTransition({
            id: clash.id,
            from: clash.round,
            action: "create-roster",
            clause: CLAUSES.rounds,
            message: `${unit.application.unitName} already has a ${clash.round} roster for ${input.year}; a year has one yearly round or two half-yearly rounds`,
          })
        const roster: Roster = {
          id: crypto.randomUUID(),
          unitId: unit.id,
          unitName: unit.application.unitName,
          year: input.year,
          round,
          status: "draft",
          createdOn: on,
        }
        yield* repo.insert(roster)
        yield* audit.append({
          actor,
          action: "roster.created",
          subject: subject(roster.id),
          data: { unitId: unit.id, year: input.year, round },
        })
        return roster
      }),
    )
  })

/** Where rows come from: recorded in the audit; a file's 填报单位 is checked against the roster's unit. */
export interface RowSource {
  readonly kind: string
  readonly name?: string
  readonly declaredUnit?: { readonly row: number; readonly value: string }
}

/**
 * Adds rows to a draft roster, all or none: every row is validated (Annex 2 columns, GB 11643 ID
 * numbers, the unit's approved scope, duplicates in the batch and on the unit's rosters of the year)
 * and any error refuses the whole batch with every error listed. `source` is recorded in the audit.
 */
export const addRows = (actor: Actor, rosterId: string, rows: ReadonlyArray<RawRow>, source: RowSource) =>
  Effect.gen(function* () {
    const repo = yield* RosterRepo
    const audit = yield* AuditLog
    const hmac = yield* IdHmac
    const sealer = yield* IdSealer
    const on = yield* today
    if (rows.length === 0) return { added: 0, entries: [] as ReadonlyArray<string> }
    // The errors are built here from checked rows: re-validating tens of thousands of them against
    // the schema would hold the event loop for the length of a large file (issue #8.3).
    const reject = (errors: ReadonlyArray<RowError>) =>
      new EntriesRejected(
        {
          rosterId,
          rows: rows.length,
          errors,
          message: `${errors.length} error(s) in ${new Set(errors.map((e) => e.row)).size} of ${rows.length} row(s); nothing was added`,
        },
        { disableValidation: true },
      )
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        yield* repo.lockRoster(rosterId)
        const r = yield* loadRoster(rosterId)
        yield* requireDraft(r, "add entries")
        const unit = yield* loadUnit(r.unitId)
        yield* requirePilot(unit, r.year)
        const checked = yield* validateInSlices(rows, {
          today: on,
          ...(unit.selection?.scope ? { scope: unit.selection.scope } : {}),
        })
        // Every row with a valid ID number is also checked against the unit's rosters of the year,
        // so one pass reports all errors.
        const fingerprintOf = new Map<number, string>()
        for (const x of checked.ids) fingerprintOf.set(x.row, yield* hmac.of(x.residentId))
        const siblings = yield* repo.forUnitYear(r.unitId, r.year)
        const found = yield* repo.findFingerprints(
          siblings.map((s) => s.id),
          [...new Set(fingerprintOf.values())],
        )
        const where = new Map(found.map((f) => [f.fingerprint, f.rosterId]))
        const onRoster: Array<RowError> = checked.ids.flatMap((x) => {
          const at = where.get(fingerprintOf.get(x.row) as string)
          if (at === undefined) return []
          const other = siblings.find((s) => s.id === at)
          return [
            {
              row: x.row,
              column: COLUMN_NAMES.residentId,
              rule: "duplicate-on-roster" as const,
              message: `row ${x.row}, ${COLUMN_NAMES.residentId}: ${x.name} is already on ${at === r.id ? "this roster" : `the ${other?.round ?? ""} roster of ${r.year}`}`,
            },
          ]
        })
        const declared = source.declaredUnit
        const unitErrors: Array<RowError> =
          declared !== undefined &&
          declared.value.replace(/\s+/g, "") !== "" &&
          declared.value.replace(/\s+/g, "") !== r.unitName.replace(/\s+/g, "")
            ? [
                {
                  row: declared.row,
                  column: "填报单位",
                  rule: "different-unit",
                  message: `row ${declared.row}, 填报单位: the file is for ${JSON.stringify(declared.value)}, this roster is ${r.unitName}'s`,
                  clause: CLAUSES.roster,
                },
              ]
            : []
        const errors = [...unitErrors, ...checked.errors, ...onRoster].sort((a, b) => a.row - b.row)
        if (errors.length > 0) return yield* reject(errors)
        const valid = checked.valid
        const existing = yield* repo.entries(r.id)
        let position = existing.reduce((m, e) => Math.max(m, e.position), 0)
        const stored: Array<StoredEntry> = []
        for (const v of valid) {
          position++
          stored.push({
            id: crypto.randomUUID(),
            rosterId: r.id,
            position,
            name: v.name,
            idSealed: yield* sealer.seal(v.residentId),
            idFingerprint: fingerprintOf.get(v.row) as string,
            idMasked: maskId(v.residentId),
            highestEducation: v.highestEducation,
            institution: v.institution,
            major: v.major,
            contact: v.contact,
            adoptionSpecialty: v.adoptionSpecialty,
            qualificationName: v.qualificationName,
          })
        }
        yield* repo.insertEntries(stored)
        yield* audit.append({
          actor,
          action: "roster.entries-added",
          subject: subject(r.id),
          data: {
            source: source.kind,
            ...(source.name ? { file: source.name } : {}),
            count: stored.length,
            entries: stored.map((e) => e.id),
          },
        })
        return { added: stored.length, entries: stored.map((e) => e.id) }
      }),
    )
  })

/** Adds one entry (a form) to a draft roster; the same checks as an import of one row. */
export const addEntry = (actor: Actor, rosterId: string, cells: RawRow["cells"]) =>
  addRows(actor, rosterId, [{ row: 1, cells }], { kind: "form" })

/** Removes an entry from a draft roster. */
export const removeEntry = (actor: Actor, rosterId: string, entryId: string) =>
  Effect.gen(function* () {
    const repo = yield* RosterRepo
    const audit = yield* AuditLog
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        yield* repo.lockRoster(rosterId)
        const r = yield* loadRoster(rosterId)
        yield* requireDraft(r, "remove an entry")
        const removed = yield* repo.deleteEntry(rosterId, entryId)
        if (!removed)
          return yield* new NotFound({
            kind: "roster-entry",
            id: entryId,
            message: `roster ${rosterId} has no entry ${entryId}`,
          })
        yield* audit.append({
          actor,
          action: "roster.entry-removed",
          subject: subject(r.id),
          data: { entry: entryId },
        })
      }),
    )
  })

/**
 * Finalises a draft roster (填报): the people the unit adopts in the year with it — its entries, the
 * unit's other finalised rosters and its recommended adoption-track applications, each person once —
 * must be within the cap from the unit's figures for the year (第九条; ruling 1; `Adoptions.checkCap`),
 * or an override reason is recorded and audited. Refuses an empty roster, a unit no longer a pilot,
 * and a year with no figures recorded (`Adoptions.QuotaFiguresMissing`).
 */
export const finalise = (actor: Actor, rosterId: string, input: { readonly overCapReason?: string } = {}) =>
  Effect.gen(function* () {
    const repo = yield* RosterRepo
    const audit = yield* AuditLog
    const on = yield* today
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        const head = yield* loadRoster(rosterId)
        yield* repo.lockUnit(head.unitId)
        yield* repo.lockRoster(rosterId)
        const r = yield* loadRoster(rosterId)
        yield* requireDraft(r, "finalise")
        const unit = yield* loadUnit(r.unitId)
        yield* requirePilot(unit, r.year)
        const own = (yield* repo.entries(r.id)).length
        if (own === 0)
          return yield* new InvalidTransition({
            id: r.id,
            from: r.status,
            action: "finalise",
            clause: CLAUSES.roster,
            message: `roster ${r.id} has no entries`,
          })
        const reason = input.overCapReason?.trim() || undefined
        const v = yield* Adoptions.checkCap({
          unitId: r.unitId,
          year: r.year,
          edition: Adoptions.ROSTER_EDITION,
          adding: { roster: r.id },
          ...(reason ? { overrideReason: reason } : {}),
        })
        const { cap, check, count } = v
        const already = own - v.added
        if (check.status === "exceeds")
          return yield* new QuotaExceeded({
            cap: cap.cap,
            count: count.people,
            requested: count.withAdded,
            basis: v.basis,
            clause: check.citation,
            message: `${r.unitName} would adopt ${count.withAdded} in ${r.year}: ${count.people} already counted (${v.counted}) and ${v.added} on this roster${already > 0 ? ` (its other ${already} already counted)` : ""}; the cap is ${cap.cap} (${v.basis}). Remove ${check.excess} or record a reason`,
          })
        const overCap =
          check.status === "exceeded-with-reason" ? { excess: check.excess, reason: check.reason } : undefined
        const next: Roster = {
          ...r,
          status: "finalised",
          finalised: {
            on,
            by: actor.id,
            figures: v.figures.figures,
            cap: cap.cap,
            applies: cap.applies,
            yearTotal: count.withAdded,
            ...(overCap ? { overCap } : {}),
          },
        }
        yield* repo.update(next)
        yield* audit.append({
          actor,
          action: "roster.finalised",
          subject: subject(r.id),
          data: {
            entries: own,
            yearTotal: count.withAdded,
            counted: { people: count.people, onRosters: count.onRosters, recommended: count.recommended },
            added: v.added,
            cap: {
              cap: cap.cap,
              applies: cap.applies,
              insuredStaff: cap.insuredStaff,
              graduateHires: cap.graduateHires,
            },
            ...(overCap ? { overCap } : {}),
          },
        })
        return next
      }),
    )
  })

/**
 * A roster with its staff view (ID numbers masked) and its unit's cap and count for the year
 * (`Adoptions.usage`; no cap until the unit's figures for the year are recorded).
 */
export const view = (rosterId: string) =>
  Effect.gen(function* () {
    const r = yield* loadRoster(rosterId)
    const es = yield* Effect.flatMap(RosterRepo, (repo) => repo.entries(r.id))
    return { roster: r, entries: toViews(es), usage: yield* Adoptions.usage(r.unitId, r.year) }
  })

/** The public view of a roster's entries (name, employer, specialty, title, track). */
export const publicEntries = (rosterId: string) =>
  Effect.gen(function* () {
    const r = yield* loadRoster(rosterId)
    const es = yield* Effect.flatMap(RosterRepo, (repo) => repo.entries(r.id))
    return ordered(es).map((e) => toPublic(r, e))
  })

const MAY_EXPORT: ReadonlyArray<Actor["role"]> = ["enterprise-hr", "clerk", "admin", "system"]

/**
 * The roster with every Annex 2 column, ID numbers in clear, for the copy sent to the bureau
 * (第十条（四）). Audited; refused to the public and committee roles.
 */
export const exportForBureau = (actor: Actor, rosterId: string, purpose: string) =>
  Effect.gen(function* () {
    if (!MAY_EXPORT.includes(actor.role))
      return yield* new Forbidden({
        action: "roster.export",
        role: actor.role,
        message: `the ${actor.role} role may not export a roster with ID numbers`,
      })
    const repo = yield* RosterRepo
    const audit = yield* AuditLog
    const sealer = yield* IdSealer
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        const r = yield* loadRoster(rosterId)
        const es = ordered(yield* repo.entries(r.id))
        const rows: Array<BureauRow> = []
        for (const [i, e] of es.entries())
          rows.push({
            seq: i + 1,
            name: e.name,
            residentId: yield* sealer.open(e.idSealed),
            highestEducation: e.highestEducation,
            institution: e.institution,
            major: e.major,
            contact: e.contact,
            adoptionSpecialty: e.adoptionSpecialty,
            qualificationName: e.qualificationName,
          })
        yield* audit.append({
          actor,
          action: "roster.exported",
          subject: subject(r.id),
          data: { purpose, rows: rows.length, status: r.status },
        })
        return { roster: r, rows }
      }),
    )
  })

// ---------------------------------------------------------------------------------------------------
// Re-sealing after a seal-key rotation (ADR 0009)
// ---------------------------------------------------------------------------------------------------

const MAY_RESEAL: ReadonlyArray<Actor["role"]> = ["admin", "system"]

/** What one run of {@link resealIds} did. */
export interface ResealReport {
  /** The current key, which every re-sealed value is now under. */
  readonly kid: string
  readonly resealed: number
  /** How many of the re-sealed values were under each older key ("v1": the old form). */
  readonly from: Readonly<Record<string, number>>
  readonly batches: number
  /**
   * Entries still not under the current key after the run: 0 unless an API process still seals
   * with an older key (restart every process with the new key first, then run the job again).
   */
  readonly remaining: number
}

/**
 * Re-seals every stored sealed ID number that is not under the current seal key, so the previous
 * keys can then be dropped. Works in batches of `batchSize` entries, each batch one transaction
 * (a failed run keeps the batches before it; running again finishes the rest); values already
 * under the current key are skipped, so a second run re-seals nothing. One audit entry per run
 * records the counts (never an ID number). For admins and the system only.
 */
export const resealIds = (actor: Actor, options: { readonly batchSize?: number } = {}) =>
  Effect.gen(function* () {
    if (!MAY_RESEAL.includes(actor.role))
      return yield* new Forbidden({
        action: "roster.ids-resealed",
        role: actor.role,
        message: `the ${actor.role} role may not re-seal ID numbers`,
      })
    const batchSize = options.batchSize ?? 500
    if (!Number.isInteger(batchSize) || batchSize < 1)
      return yield* Effect.dieMessage(`batchSize must be a whole number from 1, got ${batchSize}`)
    const repo = yield* RosterRepo
    const audit = yield* AuditLog
    const sealer = yield* IdSealer
    const tx = yield* Transactor
    const prefix = `v2.${sealer.kid}.`
    const from: Record<string, number> = {}
    let resealed = 0
    let batches = 0
    // Keyset paging on the entry id: every entry is visited at most once per run.
    let after = ""
    for (;;) {
      const batch = yield* tx.withTransaction(
        Effect.gen(function* () {
          const rows = yield* repo.sealedNotUnder(prefix, after, batchSize)
          for (const row of rows) {
            const fresh = yield* sealer.seal(yield* sealer.open(row.idSealed))
            if (yield* repo.replaceSealed(row.id, row.idSealed, fresh)) {
              resealed++
              const old = sealedKeyOf(row.idSealed)
              from[old] = (from[old] ?? 0) + 1
            }
          }
          return rows
        }),
      )
      if (batch.length === 0) break
      batches++
      after = batch[batch.length - 1]?.id ?? after
      if (batch.length < batchSize) break
    }
    return yield* tx.withTransaction(
      Effect.gen(function* () {
        const remaining = yield* repo.countNotUnder(prefix)
        const report: ResealReport = { kid: sealer.kid, resealed, from, batches, remaining }
        yield* audit.append({
          actor,
          action: "roster.ids-resealed",
          subject: `id-seal-key:${sealer.kid}`,
          data: { ...report, batchSize },
        })
        return report
      }),
    )
  })
