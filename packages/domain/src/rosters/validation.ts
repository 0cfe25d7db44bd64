/**
 * Checking roster rows, pure: every error of every row (row, column, rule), never only the first.
 */

import { Either } from "effect"
import type { Citation } from "../Citation.ts"
import type { ApprovedScope, QualificationName, Specialty } from "../PilotUnits.ts"
import { ADOPTION_SPECIALTIES, QUALIFICATION_NAMES } from "../policies/shaoxing.ts"
import * as ResidentId from "../ResidentId.ts"
import { checkName, findUnsafe, NAME_RULING, normalizeName } from "../Text.ts"
import type { RowError, RowErrorRule } from "./errors.ts"
import { CLAUSES, COLUMN_NAMES, type ColumnKey, KEYS } from "./model.ts"

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
