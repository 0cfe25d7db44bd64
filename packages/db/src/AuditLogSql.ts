/**
 * The audit trail in SQL. `append` must be called inside a transaction (the Transactor's): it
 * takes the head row first, so concurrent appenders queue, and writes entry and head together.
 */
import { SqlClient } from "@effect/sql"
import { type AuditEntry, AuditLog, hashOf } from "@zhicheng/domain/Audit"
import { Clock, Effect, Layer } from "effect"

interface Row {
  readonly seq: number
  readonly at: string
  readonly actor_id: string
  readonly actor_role: AuditEntry["actor"]["role"]
  readonly action: string
  readonly subject: string
  readonly data: string
  readonly prev_hash: string
  readonly hash: string
}

const toEntry = (r: Row): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  actor: { id: r.actor_id, role: r.actor_role },
  action: r.action,
  subject: r.subject,
  data: JSON.parse(r.data) as Record<string, unknown>,
  prevHash: r.prev_hash,
  hash: r.hash,
})

export const AuditLogSql = Layer.effect(
  AuditLog,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return {
      append: (input) =>
        sql
          .withTransaction(
            Effect.gen(function* () {
              // Bump first: the UPDATE takes the row lock before anyone reads the head.
              yield* sql`UPDATE audit_head SET seq = seq + 1 WHERE id = 1`
              const [head] = yield* sql<{
                seq: number
                hash: string
              }>`SELECT seq, hash FROM audit_head WHERE id = 1`
              if (head === undefined) return yield* Effect.dieMessage("audit_head row is missing")
              const at = new Date(yield* Clock.currentTimeMillis).toISOString()
              const draft = {
                seq: Number(head.seq),
                at,
                actor: input.actor,
                action: input.action,
                subject: input.subject,
                data: JSON.parse(JSON.stringify(input.data)) as Record<string, unknown>,
                prevHash: head.hash,
              }
              const hash = yield* hashOf(draft)
              yield* sql`INSERT INTO audit_log (seq, at, actor_id, actor_role, action, subject, data, prev_hash, hash)
              VALUES (${draft.seq}, ${at}, ${input.actor.id}, ${input.actor.role}, ${input.action}, ${input.subject},
                      ${JSON.stringify(draft.data)}, ${draft.prevHash}, ${hash})`
              yield* sql`UPDATE audit_head SET hash = ${hash} WHERE id = 1`
              return { ...draft, hash }
            }),
          )
          .pipe(Effect.orDie),
      all: sql<Row>`SELECT * FROM audit_log ORDER BY seq`.pipe(
        Effect.map((rows) => rows.map(toEntry)),
        Effect.orDie,
      ),
      page: (after, limit) =>
        sql<Row>`SELECT * FROM audit_log WHERE seq > ${after} ORDER BY seq LIMIT ${limit}`.pipe(
          Effect.map((rows) => rows.map(toEntry)),
          Effect.orDie,
        ),
    }
  }),
)
