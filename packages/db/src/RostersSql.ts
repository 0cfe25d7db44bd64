/**
 * Adoption rosters and their entries in SQL (tables `rosters`, `roster_entries`). An entry's
 * resident ID number is stored only as the domain hands it over: sealed, HMAC and masked (the sealed
 * form is replaced only by the re-sealing job after a seal-key rotation, `Rosters.resealIds`). The cap's
 * figures are the unit's for the year (`AdoptionsSql`, migration 0008), no longer columns here.
 */
import { SqlClient } from "@effect/sql"
import { QualificationName, Specialty } from "@zhicheng/domain/PilotUnits"
import { Roster, RosterRepository, type StoredEntry } from "@zhicheng/domain/Rosters"
import { Effect, Layer, Option, Schema } from "effect"

interface RosterRow {
  readonly id: string
  readonly unit_id: string
  readonly unit_name: string
  readonly year: number
  readonly round: string
  readonly status: string
  readonly created_on: string
  readonly finalised: string | null
}

interface EntryRow {
  readonly id: string
  readonly roster_id: string
  readonly position: number
  readonly name: string
  readonly id_sealed: string
  readonly id_hmac: string
  readonly id_masked: string
  readonly highest_education: string
  readonly institution: string
  readonly major: string
  readonly contact: string
  readonly adoption_specialty: string
  readonly qualification_name: string
}

const decodeRoster = Schema.decodeUnknown(Roster)
const decodeSpecialty = Schema.decodeUnknown(Specialty)
const decodeQualification = Schema.decodeUnknown(QualificationName)

const toRoster = (r: RosterRow) =>
  decodeRoster({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    year: Number(r.year),
    round: r.round,
    status: r.status,
    createdOn: r.created_on,
    ...(r.finalised !== null ? { finalised: JSON.parse(r.finalised) } : {}),
  })

const toEntry = (r: EntryRow) =>
  Effect.all({
    adoptionSpecialty: decodeSpecialty(r.adoption_specialty),
    qualificationName: decodeQualification(r.qualification_name),
  }).pipe(
    Effect.map(
      ({ adoptionSpecialty, qualificationName }): StoredEntry => ({
        id: r.id,
        rosterId: r.roster_id,
        position: Number(r.position),
        name: r.name,
        idSealed: r.id_sealed,
        idFingerprint: r.id_hmac,
        idMasked: r.id_masked,
        highestEducation: r.highest_education,
        institution: r.institution,
        major: r.major,
        contact: r.contact,
        adoptionSpecialty,
        qualificationName,
      }),
    ),
  )

const chunks = <A>(xs: ReadonlyArray<A>, n: number): ReadonlyArray<ReadonlyArray<A>> =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n))

/** The SQL implementation of {@link RosterRepository}; needs a migrated SqlClient (`Database.layer`). */
export const RostersSql = Layer.effect(
  RosterRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return {
      insert: (r) =>
        sql`INSERT INTO rosters (id, unit_id, unit_name, year, round, status, created_on, finalised)
          VALUES (${r.id}, ${r.unitId}, ${r.unitName}, ${r.year}, ${r.round}, ${r.status}, ${r.createdOn},
            ${r.finalised === undefined ? null : JSON.stringify(r.finalised)})`.pipe(
          Effect.asVoid,
          Effect.orDie,
        ),
      update: (r) =>
        sql`UPDATE rosters SET status = ${r.status},
            finalised = ${r.finalised === undefined ? null : JSON.stringify(r.finalised)}, version = version + 1
          WHERE id = ${r.id}`.pipe(Effect.asVoid, Effect.orDie),
      get: (id) =>
        sql<RosterRow>`SELECT * FROM rosters WHERE id = ${id}`.pipe(
          Effect.flatMap((rows) =>
            rows[0] === undefined
              ? Effect.succeed(Option.none())
              : Effect.map(toRoster(rows[0]), Option.some),
          ),
          Effect.orDie,
        ),
      forUnitYear: (unitId, year) =>
        sql<RosterRow>`SELECT * FROM rosters WHERE unit_id = ${unitId} AND year = ${year} ORDER BY round`.pipe(
          Effect.flatMap((rows) => Effect.forEach(rows, toRoster)),
          Effect.orDie,
        ),
      lockUnit: (unitId) =>
        sql`UPDATE pilot_units SET version = version + 1 WHERE id = ${unitId}`.pipe(
          Effect.asVoid,
          Effect.orDie,
        ),
      lockRoster: (id) =>
        sql`UPDATE rosters SET version = version + 1 WHERE id = ${id}`.pipe(Effect.asVoid, Effect.orDie),
      // In chunks: 13 parameters a row stays far below SQLite's and PostgreSQL's parameter limits.
      insertEntries: (es) =>
        Effect.forEach(
          chunks(es, 500),
          (chunk) =>
            sql`INSERT INTO roster_entries ${sql.insert(
              chunk.map((e) => ({
                id: e.id,
                roster_id: e.rosterId,
                position: e.position,
                name: e.name,
                id_sealed: e.idSealed,
                id_hmac: e.idFingerprint,
                id_masked: e.idMasked,
                highest_education: e.highestEducation,
                institution: e.institution,
                major: e.major,
                contact: e.contact,
                adoption_specialty: e.adoptionSpecialty,
                qualification_name: e.qualificationName,
              })),
            )}`,
        ).pipe(Effect.asVoid, Effect.orDie),
      deleteEntry: (rosterId, entryId) =>
        Effect.gen(function* () {
          const found = yield* sql<{
            id: string
          }>`SELECT id FROM roster_entries WHERE roster_id = ${rosterId} AND id = ${entryId}`
          if (found.length === 0) return false
          yield* sql`DELETE FROM roster_entries WHERE roster_id = ${rosterId} AND id = ${entryId}`
          return true
        }).pipe(Effect.orDie),
      entries: (rosterId) =>
        sql<EntryRow>`SELECT * FROM roster_entries WHERE roster_id = ${rosterId} ORDER BY position`.pipe(
          Effect.flatMap((rows) => Effect.forEach(rows, toEntry)),
          Effect.orDie,
        ),
      countEntries: (rosterIds) =>
        rosterIds.length === 0
          ? Effect.succeed(0)
          : sql<{
              n: number | string
            }>`SELECT COUNT(*) AS n FROM roster_entries WHERE ${sql.in("roster_id", rosterIds)}`.pipe(
              Effect.map((rows) => Number(rows[0]?.n ?? 0)),
              Effect.orDie,
            ),
      findFingerprints: (rosterIds, fingerprints) =>
        rosterIds.length === 0 || fingerprints.length === 0
          ? Effect.succeed([])
          : sql<{ id_hmac: string; roster_id: string }>`SELECT id_hmac, roster_id FROM roster_entries
              WHERE ${sql.in("roster_id", rosterIds)} AND ${sql.in("id_hmac", fingerprints)}`.pipe(
              Effect.map((rows) => rows.map((r) => ({ fingerprint: r.id_hmac, rosterId: r.roster_id }))),
              Effect.orDie,
            ),
      // The prefix is `v2.<kid>.` with a lowercase hex kid: no LIKE wildcard (`%`, `_`) in it, and
      // SQLite's case-insensitive LIKE cannot confuse it with another kid (every kid is lowercase).
      sealedNotUnder: (prefix, after, limit) =>
        sql<{ id: string; id_sealed: string }>`SELECT id, id_sealed FROM roster_entries
          WHERE id > ${after} AND id_sealed NOT LIKE ${`${prefix}%`} ORDER BY id LIMIT ${limit}`.pipe(
          Effect.map((rows) => rows.map((r) => ({ id: r.id, idSealed: r.id_sealed }))),
          Effect.orDie,
        ),
      replaceSealed: (id, from, to) =>
        sql<{ id: string }>`UPDATE roster_entries SET id_sealed = ${to}
          WHERE id = ${id} AND id_sealed = ${from} RETURNING id`.pipe(
          Effect.map((rows) => rows.length === 1),
          Effect.orDie,
        ),
      countNotUnder: (prefix) =>
        sql<{
          n: number | string
        }>`SELECT COUNT(*) AS n FROM roster_entries WHERE id_sealed NOT LIKE ${`${prefix}%`}`.pipe(
          Effect.map((rows) => Number(rows[0]?.n ?? 0)),
          Effect.orDie,
        ),
    }
  }),
)
