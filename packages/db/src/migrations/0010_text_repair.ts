/**
 * Repairs text stored before the text rules (`@zhicheng/domain/Text`, issue #8.1): every control
 * character but the tab and line breaks, every bidirectional override or isolate, in the free-text
 * columns people typed, becomes U+FFFD — the character a reader sees for "something unreadable was
 * here" — as `Text.shown` shows it. Nothing is dropped silently and no row is removed.
 *
 * Why a migration rather than an admin job: a NUL on SQLite is read back cut short (the driver reads
 * C strings), so until it is repaired every list holding the row shows a truncated value; the repair
 * has no choices to make, so it runs once, on both databases, before the server answers. PostgreSQL
 * cannot hold a NUL in TEXT (the write was refused), but JSON columns may hold its escape `\u0000`
 * and both may hold the other characters.
 *
 * Left alone on purpose: the audit log (its entries are hashed into a chain, and they are evidence
 * of what was sent) and certificates (their payload is signed: a certificate is never altered, only
 * revoked; they are read through `Text.stored`, which shows the same replacement).
 *
 * Plain columns are repaired in SQL with `replace`, but for SQLite's NULs: SQLite's `replace` does
 * not find them and the driver reads the text cut at them, so those rows are read as bytes, repaired
 * with `Text.shown` and written back. JSON columns are parsed, their strings repaired with
 * `Text.shown`, and written back when they changed.
 */
import { SqlClient } from "@effect/sql"
import { shown, UNSAFE_STORED_CODE_POINTS } from "@zhicheng/domain/Text"
import { Effect } from "effect"

/** Free-text columns, by table (identifiers written here, never taken from input). */
export const TEXT_COLUMNS: Readonly<Record<string, ReadonlyArray<string>>> = {
  applications: ["name", "employer", "specialty", "unit"],
  application_transitions: ["reason"],
  publicity_notices: ["how_to_object"],
  publicity_notice_members: ["name", "employer", "specialty"],
  publicity_objections: ["text", "objector_name", "objector_contact", "resolution_reason"],
  integrity_bans: ["reason"],
  pilot_units: ["unit_name", "district", "late_reason"],
  pilot_unit_reviews: ["opinion"],
  rosters: ["unit_name"],
  roster_entries: ["name", "highest_education", "institution", "major", "contact"],
}

/** JSON columns holding typed text, by table, with the columns that key a row. */
export const JSON_COLUMNS: ReadonlyArray<{
  readonly table: string
  readonly key: ReadonlyArray<string>
  readonly columns: ReadonlyArray<string>
}> = [
  { table: "applications", key: ["id"], columns: ["profile"] },
  { table: "application_transitions", key: ["application_id", "seq"], columns: ["data"] },
  { table: "pilot_units", key: ["id"], columns: ["application", "recommendation", "selection", "exit_info"] },
  { table: "rosters", key: ["id"], columns: ["finalised"] },
]

/** Every string in a JSON value, repaired with `shown`. */
const repairJson = (v: unknown): unknown =>
  typeof v === "string"
    ? shown(v)
    : Array.isArray(v)
      ? v.map(repairJson)
      : typeof v === "object" && v !== null
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, repairJson(x)]))
        : v

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const chr = sql.onDialectOrElse({ pg: () => "chr", orElse: () => "char" })
  const sqlite = sql.onDialectOrElse({ sqlite: () => true, orElse: () => false })
  // The NUL apart: PostgreSQL cannot hold one in TEXT (and its chr(0) is an error), and SQLite's
  // replace() does not find one; SQLite's rows holding one are read as bytes below.
  const codePoints = UNSAFE_STORED_CODE_POINTS.filter((cp) => cp !== 0)
  // Groups of 16 nested replace() calls: SQLite's parser overflows on one expression of all of them.
  const groups = Array.from({ length: Math.ceil(codePoints.length / 16) }, (_, i) =>
    codePoints.slice(i * 16, i * 16 + 16),
  )
  const repaired = (column: string, group: ReadonlyArray<number>) =>
    group.reduce((expr: string, cp: number) => `replace(${expr}, ${chr}(${cp}), ${chr}(65533))`, column)

  for (const [table, columns] of Object.entries(TEXT_COLUMNS))
    for (const column of columns) {
      if (sqlite) {
        const rows = yield* sql.unsafe<{ readonly k: number; readonly b: Uint8Array | ArrayBuffer }>(
          `SELECT rowid AS k, CAST(${column} AS BLOB) AS b FROM ${table} WHERE instr(CAST(${column} AS BLOB), x'00') > 0`,
        )
        for (const { k, b } of rows) {
          const text = new TextDecoder().decode(b instanceof ArrayBuffer ? new Uint8Array(b) : b)
          yield* sql.unsafe(`UPDATE ${table} SET ${column} = ? WHERE rowid = ?`, [shown(text), k])
        }
      }
      for (const group of groups) {
        const expr = repaired(column, group)
        yield* sql.unsafe(`UPDATE ${table} SET ${column} = ${expr} WHERE ${column} <> ${expr}`)
      }
    }

  for (const { table, key, columns } of JSON_COLUMNS) {
    const rows = yield* sql.unsafe<Record<string, unknown>>(
      `SELECT ${[...key, ...columns].join(", ")} FROM ${table}`,
    )
    for (const row of rows)
      for (const column of columns) {
        const text = row[column]
        if (typeof text !== "string") continue
        const value: unknown = JSON.parse(text)
        const fixed = JSON.stringify(repairJson(value))
        if (fixed === JSON.stringify(value)) continue
        const where = sql.and(key.map((k) => sql`${sql(k)} = ${row[k] as string | number}`))
        yield* sql`UPDATE ${sql(table)} SET ${sql(column)} = ${fixed} WHERE ${where}`
      }
  }
})
