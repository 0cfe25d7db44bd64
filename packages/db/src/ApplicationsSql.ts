/**
 * Applications, their transitions and the integrity record in SQL (tables of migration
 * 0002_applications; the creator's column of 0006_application_owner; the level sought, columns of
 * 0007_application_target). Writes are meant to run inside
 * the Transactor's transaction; `update` is a compare-and-set on the version, so two clerks cannot
 * both move the same application.
 */
import { SqlClient } from "@effect/sql"
import {
  type Application,
  ApplicationRepository,
  Application as ApplicationSchema,
  ApplicationState,
  type IntegrityBanEntry,
  IntegrityRepository,
  type Transition,
  Transition as TransitionSchema,
} from "@zhicheng/domain/Applications"
import type { Actor } from "@zhicheng/domain/Audit"
import * as Text from "@zhicheng/domain/Text"
import { Clock, Effect, Layer, Option, Schema } from "effect"

interface Row {
  readonly id: string
  readonly edition: string
  readonly track: string
  readonly specialty: string
  readonly name: string
  readonly employer: string
  readonly unit: string
  readonly id_hmac: string
  readonly profile: string
  readonly state: string
  readonly outcome: string | null
  readonly certificate_no: string | null
  readonly notice_id: string | null
  readonly recommended_on: string | null
  /** Null only in a row written before migration 0006 that it could not backfill (it refuses those). */
  readonly created_by: string | null
  /** Null only in a row written before migration 0007 on a track open at "any" level ("not recorded"). */
  readonly target_level: string | null
  readonly target_grade: string | null
  readonly created_at: string
  readonly updated_at: string
  readonly version: number | string
}

interface TransitionRow {
  readonly application_id: string
  readonly seq: number | string
  readonly from_state: string | null
  readonly to_state: string
  readonly actor_id: string
  readonly actor_role: Actor["role"]
  readonly at: string
  readonly reason: string | null
  readonly data: string
}

interface BanRow {
  readonly id_hmac: string
  readonly found_on: string
  readonly from_year: number | string
  readonly to_year: number | string
  readonly reason: string | null
  readonly certificate_no: string | null
}

// Text.stored: a row written before the text rules is read (unsafe characters shown as U+FFFD), never a 500.
const decodeApplication = Schema.decodeUnknownSync(Text.stored(ApplicationSchema))
const encodeApplication = Schema.encodeSync(ApplicationSchema)
const decodeTransition = Schema.decodeUnknownSync(TransitionSchema)
const decodeState = Schema.decodeUnknownSync(ApplicationState)

/**
 * States in which a recommendation counts against a per-enterprise cap (an outcome of "rejected"
 * excludes a decided one); a revoked certificate's application still counts, as for the adoption cap.
 */
const RECOMMENDED = ["recommended", "decided", "certificate-issued", "certificate-revoked"] as const

const toApplication = (r: Row): Application =>
  decodeApplication({
    id: r.id,
    edition: r.edition,
    track: r.track,
    specialty: r.specialty,
    name: r.name,
    employer: r.employer,
    unit: r.unit,
    idHmac: r.id_hmac,
    profile: JSON.parse(r.profile),
    ...(r.target_level !== null
      ? { target: { level: r.target_level, ...(r.target_grade !== null ? { grade: r.target_grade } : {}) } }
      : {}),
    state: r.state,
    ...(r.outcome !== null ? { outcome: r.outcome } : {}),
    ...(r.certificate_no !== null ? { certificateNo: r.certificate_no } : {}),
    ...(r.notice_id !== null ? { notice: r.notice_id } : {}),
    ...(r.recommended_on !== null ? { recommendedOn: r.recommended_on } : {}),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  })

const toTransition = (r: TransitionRow): Transition =>
  decodeTransition({
    application: r.application_id,
    seq: Number(r.seq),
    from: r.from_state,
    to: r.to_state,
    actor: { id: r.actor_id, role: r.actor_role },
    at: r.at,
    ...(r.reason !== null ? { reason: r.reason } : {}),
    data: JSON.parse(r.data),
  })

/** The profile as JSON; it has already lost its residentId (PersonalId.protectProfile). */
const profileJson = (a: Application): string => JSON.stringify(encodeApplication(a).profile)

export const ApplicationRepositorySql = Layer.effect(
  ApplicationRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return {
      insert: (a) =>
        sql`INSERT INTO applications (id, edition, track, specialty, name, employer, unit, id_hmac, profile,
              target_level, target_grade, state, outcome, certificate_no, notice_id, recommended_on, created_by,
              created_at, updated_at, version)
            VALUES (${a.id}, ${a.edition}, ${a.track}, ${a.specialty}, ${a.name}, ${a.employer}, ${a.unit}, ${a.idHmac},
              ${profileJson(a)}, ${a.target?.level ?? null}, ${a.target?.grade ?? null}, ${a.state}, ${a.outcome ?? null},
              ${a.certificateNo ?? null}, ${a.notice ?? null}, ${a.recommendedOn ?? null}, ${a.createdBy}, ${a.createdAt},
              ${a.updatedAt}, ${a.version})`.pipe(Effect.asVoid, Effect.orDie),

      get: (id) =>
        sql<Row>`SELECT * FROM applications WHERE id = ${id}`.pipe(
          Effect.map((rows) => Option.map(Option.fromNullable(rows[0]), toApplication)),
          Effect.orDie,
        ),

      // Keyset paging in the list order (created_at, then id; migration 0006 indexes both, alone and
      // after created_by): the row-value comparison and ORDER BY use the same collation, so a page
      // starts exactly after the previous one's last row, however many rows were added meanwhile.
      list: (filter) => {
        const { after } = filter
        const clauses = [
          ...(filter.state !== undefined ? [sql`state = ${filter.state}`] : []),
          ...(filter.edition !== undefined ? [sql`edition = ${filter.edition}`] : []),
          ...(filter.unit !== undefined ? [sql`unit = ${filter.unit}`] : []),
          ...(filter.createdBy !== undefined ? [sql`created_by = ${filter.createdBy}`] : []),
          ...(after !== undefined ? [sql`(created_at, id) > (${after.createdAt}, ${after.id})`] : []),
        ]
        return sql<Row>`SELECT * FROM applications WHERE ${sql.and(clauses)}
          ORDER BY created_at, id LIMIT ${filter.limit}`.pipe(
          Effect.map((rows) => rows.map(toApplication)),
          Effect.orDie,
        )
      },

      update: (next) =>
        sql<{ id: string }>`UPDATE applications SET
            state = ${next.state}, outcome = ${next.outcome ?? null}, certificate_no = ${next.certificateNo ?? null},
            notice_id = ${next.notice ?? null}, recommended_on = ${next.recommendedOn ?? null},
            name = ${next.name}, employer = ${next.employer}, specialty = ${next.specialty}, profile = ${profileJson(next)},
            target_level = ${next.target?.level ?? null}, target_grade = ${next.target?.grade ?? null},
            updated_at = ${next.updatedAt}, version = ${next.version}
          WHERE id = ${next.id} AND version = ${next.version - 1}
          RETURNING id`.pipe(
          Effect.map((rows) => rows.length === 1),
          Effect.orDie,
        ),

      appendTransition: (t) =>
        Effect.gen(function* () {
          const [last] = yield* sql<{ n: number | string | null }>`
            SELECT MAX(seq) AS n FROM application_transitions WHERE application_id = ${t.application}`
          const seq = Number(last?.n ?? 0) + 1
          yield* sql`INSERT INTO application_transitions (application_id, seq, from_state, to_state, actor_id, actor_role, at, reason, data)
            VALUES (${t.application}, ${seq}, ${t.from}, ${t.to}, ${t.actor.id}, ${t.actor.role}, ${t.at}, ${t.reason ?? null},
              ${JSON.stringify(t.data)})`
          return { ...t, seq }
        }).pipe(Effect.orDie),

      history: (id) =>
        sql<TransitionRow>`SELECT * FROM application_transitions WHERE application_id = ${id} ORDER BY seq`.pipe(
          Effect.map((rows) => rows.map(toTransition)),
          Effect.orDie,
        ),

      // The key's row of migration 0011, bumped inside the caller's transaction: PostgreSQL holds its
      // row lock until commit, and SQLite runs one write transaction at a time.
      lock: (key) =>
        sql`INSERT INTO procedure_locks (key, n) VALUES (${key}, 1)
          ON CONFLICT (key) DO UPDATE SET n = procedure_locks.n + 1`.pipe(Effect.asVoid, Effect.orDie),

      liveFor: ({ idHmac, edition, level }) =>
        sql<{ id: string; state: string }>`SELECT id, state FROM applications
          WHERE id_hmac = ${idHmac} AND edition = ${edition} AND target_level = ${level}
            AND state NOT IN ('withdrawn', 'certificate-revoked')
            AND (outcome IS NULL OR outcome <> 'rejected')
          ORDER BY created_at, id`.pipe(
          Effect.map((rows) => rows.map((r) => ({ id: r.id, state: decodeState(r.state) }))),
          Effect.orDie,
        ),

      countRecommended: ({ edition, track, unit, year }) =>
        sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM applications
          WHERE edition = ${edition} AND track = ${track} AND unit = ${unit}
            AND ${sql.in("state", RECOMMENDED)} AND (outcome IS NULL OR outcome <> 'rejected')
            AND recommended_on >= ${`${year}-01-01`} AND recommended_on <= ${`${year}-12-31`}`.pipe(
          Effect.map((rows) => Number(rows[0]?.n ?? 0)),
          Effect.orDie,
        ),
    }
  }),
)

const toBan = (r: BanRow): IntegrityBanEntry => ({
  idHmac: r.id_hmac,
  foundOn: r.found_on as IntegrityBanEntry["foundOn"],
  fromYear: Number(r.from_year),
  toYear: Number(r.to_year),
  ...(r.reason !== null ? { reason: r.reason } : {}),
  ...(r.certificate_no !== null ? { certificateNo: r.certificate_no } : {}),
})

/** The integrity record (bans by ID HMAC) in the `integrity_bans` table. */
export const IntegrityRepositorySql = Layer.effect(
  IntegrityRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return {
      bansFor: (idHmac) =>
        sql<BanRow>`SELECT * FROM integrity_bans WHERE id_hmac = ${idHmac} ORDER BY found_on, id`.pipe(
          Effect.map((rows) => rows.map(toBan)),
          Effect.orDie,
        ),
      record: (ban) =>
        Effect.gen(function* () {
          const at = new Date(yield* Clock.currentTimeMillis).toISOString()
          yield* sql`INSERT INTO integrity_bans (id, id_hmac, found_on, from_year, to_year, reason, certificate_no, recorded_at)
            VALUES (${globalThis.crypto.randomUUID()}, ${ban.idHmac}, ${ban.foundOn}, ${ban.fromYear}, ${ban.toYear},
              ${ban.reason ?? null}, ${ban.certificateNo ?? null}, ${at})`
        }).pipe(Effect.orDie),
    }
  }),
)

/** Both repositories of this module. */
export const ApplicationsSql = Layer.merge(ApplicationRepositorySql, IntegrityRepositorySql)
