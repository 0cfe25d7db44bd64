/**
 * Publicity notices, their members and objections in SQL (tables of migration 0002_applications).
 * Members keep only the public entry (name, employer, specialty, title, track); an objector's contact
 * sits in its own column that only `objections` (the clerks' view) reads.
 */
import { SqlClient } from "@effect/sql"
import type { Actor } from "@zhicheng/domain/Audit"
import {
  type Notice,
  Notice as NoticeSchema,
  type Objection,
  Objection as ObjectionSchema,
  PublicityRepository,
} from "@zhicheng/domain/Publicity"
import * as Text from "@zhicheng/domain/Text"
import { Effect, Layer, Option, Schema } from "effect"

interface NoticeRow {
  readonly id: string
  readonly edition: string
  readonly published: string
  readonly start_date: string
  readonly end_date: string
  readonly rule: string
  readonly period_rule: string
  readonly how_to_object: string
  readonly status: string
  readonly opened_at: string
  readonly opened_by_id: string
  readonly opened_by_role: Actor["role"]
  readonly closed_at: string | null
  readonly closed_by_id: string | null
  readonly closed_by_role: Actor["role"] | null
}

interface MemberRow {
  readonly notice_id: string
  readonly position: number | string
  readonly subject_kind: string
  readonly subject_id: string
  readonly name: string
  readonly employer: string
  readonly specialty: string
  readonly title: string
  readonly track: string
}

interface ObjectionRow {
  readonly id: string
  readonly notice_id: string
  readonly subject_kind: string
  readonly subject_id: string
  readonly filed_at: string
  readonly filed_on: string
  readonly text: string
  readonly objector_name: string | null
  readonly objector_contact: string
  readonly status: string
  readonly resolution_reason: string | null
  readonly resolved_by_id: string | null
  readonly resolved_by_role: Actor["role"] | null
  readonly resolved_at: string | null
}

// Text.stored: a row written before the text rules is read (unsafe characters shown as U+FFFD), never a 500.
const decodeNotice = Schema.decodeUnknownSync(Text.stored(NoticeSchema))
const decodeObjection = Schema.decodeUnknownSync(Text.stored(ObjectionSchema))

const toNotice = (r: NoticeRow, members: ReadonlyArray<MemberRow>): Notice =>
  decodeNotice({
    id: r.id,
    edition: r.edition,
    subjects: [...members]
      .sort((a, b) => Number(a.position) - Number(b.position))
      .map((m) => ({
        kind: m.subject_kind,
        id: m.subject_id,
        entry: { name: m.name, employer: m.employer, specialty: m.specialty, title: m.title, track: m.track },
      })),
    published: r.published,
    start: r.start_date,
    end: r.end_date,
    rule: JSON.parse(r.rule),
    periodRule: JSON.parse(r.period_rule),
    howToObject: r.how_to_object,
    status: r.status,
    openedAt: r.opened_at,
    openedBy: { id: r.opened_by_id, role: r.opened_by_role },
    ...(r.closed_at !== null ? { closedAt: r.closed_at } : {}),
    ...(r.closed_by_id !== null && r.closed_by_role !== null
      ? { closedBy: { id: r.closed_by_id, role: r.closed_by_role } }
      : {}),
  })

const toObjection = (r: ObjectionRow): Objection =>
  decodeObjection({
    id: r.id,
    notice: r.notice_id,
    subject: { kind: r.subject_kind, id: r.subject_id },
    filedAt: r.filed_at,
    filedOn: r.filed_on,
    text: r.text,
    objector: { ...(r.objector_name !== null ? { name: r.objector_name } : {}), contact: r.objector_contact },
    status: r.status,
    ...(r.resolution_reason !== null &&
    r.resolved_by_id !== null &&
    r.resolved_by_role !== null &&
    r.resolved_at !== null
      ? {
          resolution: {
            status: r.status,
            reason: r.resolution_reason,
            actor: { id: r.resolved_by_id, role: r.resolved_by_role },
            at: r.resolved_at,
          },
        }
      : {}),
  })

export const PublicitySql = Layer.effect(
  PublicityRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient

    const loadNotices = (rows: ReadonlyArray<NoticeRow>) =>
      Effect.gen(function* () {
        if (rows.length === 0) return []
        const members = yield* sql<MemberRow>`SELECT * FROM publicity_notice_members WHERE ${sql.in(
          "notice_id",
          rows.map((r) => r.id),
        )}`
        return rows.map((r) =>
          toNotice(
            r,
            members.filter((m) => m.notice_id === r.id),
          ),
        )
      })

    return {
      insertNotice: (n) =>
        Effect.gen(function* () {
          yield* sql`INSERT INTO publicity_notices (id, edition, published, start_date, end_date, rule, period_rule, how_to_object,
              status, opened_at, opened_by_id, opened_by_role, closed_at, closed_by_id, closed_by_role)
            VALUES (${n.id}, ${n.edition}, ${n.published}, ${n.start}, ${n.end}, ${JSON.stringify(n.rule)},
              ${JSON.stringify(n.periodRule)}, ${n.howToObject}, ${n.status}, ${n.openedAt}, ${n.openedBy.id}, ${n.openedBy.role},
              ${n.closedAt ?? null}, ${n.closedBy?.id ?? null}, ${n.closedBy?.role ?? null})`
          yield* Effect.forEach(
            n.subjects,
            (s, i) =>
              sql`INSERT INTO publicity_notice_members (notice_id, position, subject_kind, subject_id, name, employer, specialty, title, track)
                VALUES (${n.id}, ${i}, ${s.kind}, ${s.id}, ${s.entry.name}, ${s.entry.employer}, ${s.entry.specialty},
                  ${s.entry.title}, ${s.entry.track})`,
            { discard: true },
          )
        }).pipe(Effect.orDie),

      getNotice: (id) =>
        sql<NoticeRow>`SELECT * FROM publicity_notices WHERE id = ${id}`.pipe(
          Effect.flatMap(loadNotices),
          Effect.map((ns) => Option.fromNullable(ns[0])),
          Effect.orDie,
        ),

      closeNotice: (id, at, by) =>
        sql<{
          id: string
        }>`UPDATE publicity_notices SET status = 'closed', closed_at = ${at}, closed_by_id = ${by.id},
            closed_by_role = ${by.role}
          WHERE id = ${id} AND status = 'open' RETURNING id`.pipe(
          Effect.map((rows) => rows.length === 1),
          Effect.orDie,
        ),

      current: (today, limit) =>
        sql<NoticeRow>`SELECT * FROM publicity_notices
          WHERE status = 'open' AND published <= ${today} AND end_date >= ${today}
          ORDER BY published DESC, opened_at DESC, id DESC LIMIT ${limit}`.pipe(
          Effect.flatMap(loadNotices),
          Effect.orDie,
        ),

      noticesFor: (subject) =>
        sql<NoticeRow>`SELECT n.* FROM publicity_notices n
          WHERE n.id IN (SELECT notice_id FROM publicity_notice_members WHERE subject_kind = ${subject.kind} AND subject_id = ${subject.id})
          ORDER BY n.published DESC, n.opened_at DESC, n.id DESC`.pipe(
          Effect.flatMap(loadNotices),
          Effect.orDie,
        ),

      insertObjection: (o) =>
        sql`INSERT INTO publicity_objections (id, notice_id, subject_kind, subject_id, filed_at, filed_on, text, objector_name,
            objector_contact, status, resolution_reason, resolved_by_id, resolved_by_role, resolved_at)
          VALUES (${o.id}, ${o.notice}, ${o.subject.kind}, ${o.subject.id}, ${o.filedAt}, ${o.filedOn}, ${o.text},
            ${o.objector.name ?? null}, ${o.objector.contact}, ${o.status}, ${o.resolution?.reason ?? null},
            ${o.resolution?.actor.id ?? null}, ${o.resolution?.actor.role ?? null}, ${o.resolution?.at ?? null})`.pipe(
          Effect.asVoid,
          Effect.orDie,
        ),

      getObjection: (id) =>
        sql<ObjectionRow>`SELECT * FROM publicity_objections WHERE id = ${id}`.pipe(
          Effect.map((rows) => Option.map(Option.fromNullable(rows[0]), toObjection)),
          Effect.orDie,
        ),

      objections: (filter) => {
        const clauses = [
          ...(filter.notice !== undefined ? [sql`notice_id = ${filter.notice}`] : []),
          ...(filter.subject !== undefined
            ? [sql`subject_kind = ${filter.subject.kind}`, sql`subject_id = ${filter.subject.id}`]
            : []),
          ...(filter.status !== undefined ? [sql`status = ${filter.status}`] : []),
        ]
        return sql<ObjectionRow>`SELECT * FROM publicity_objections WHERE ${sql.and(clauses)} ORDER BY filed_at, id`.pipe(
          Effect.map((rows) => rows.map(toObjection)),
          Effect.orDie,
        )
      },

      resolveObjection: (id, r) =>
        sql<{
          id: string
        }>`UPDATE publicity_objections SET status = ${r.status}, resolution_reason = ${r.reason},
            resolved_by_id = ${r.actor.id}, resolved_by_role = ${r.actor.role}, resolved_at = ${r.at}
          WHERE id = ${id} AND status = 'open' RETURNING id`.pipe(
          Effect.map((rows) => rows.length === 1),
          Effect.orDie,
        ),
    }
  }),
)
