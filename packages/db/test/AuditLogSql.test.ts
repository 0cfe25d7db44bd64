import { SqlClient } from "@effect/sql"
import { describe, expect, layer } from "@effect/vitest"
import { type Actor, AuditLog, verify } from "@zhicheng/domain/Audit"
import { Effect, Layer } from "effect"
import { AuditLogSql } from "../src/AuditLogSql.ts"
import { freshDatabase, KINDS } from "./support/databases.ts"

const clerk: Actor = { id: "clerk-01", role: "clerk" }

for (const kind of KINDS) {
  describe(`AuditLog on ${kind}`, () => {
    layer(AuditLogSql.pipe(Layer.provideMerge(freshDatabase(kind))), { timeout: 60_000 })((it) => {
      it.effect(
        "chains entries and verifies them; detects an edit of any column, a deletion and a reorder",
        () =>
          Effect.gen(function* () {
            const log = yield* AuditLog
            const sql = yield* SqlClient.SqlClient
            // Many appends at once: the chain stays one line with no gap.
            yield* Effect.forEach(
              Array.from({ length: 20 }, (_, i) => i),
              (i) =>
                log.append({
                  actor: clerk,
                  action: "test.append",
                  subject: `s-${i}`,
                  data: { i, nested: { b: 1, a: [2] } },
                }),
              { concurrency: 8 },
            )
            const entries = yield* log.all
            expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
            expect((yield* verify(entries)).count).toBe(20)
            // Pages read only what they return.
            expect((yield* log.page(0, 5)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5])
            expect((yield* log.page(18, 5)).map((e) => e.seq)).toEqual([19, 20])
            expect(yield* log.page(20, 5)).toEqual([])

            yield* sql`UPDATE audit_log SET data = ${JSON.stringify({ i: 999 })} WHERE seq = 7`
            const edited = yield* Effect.flip(verify(yield* log.all))
            expect(edited).toMatchObject({ _tag: "AuditChainBroken", seq: 7 })
            expect(edited.reason).toContain("edited")

            const original = entries[6]
            if (original === undefined) throw new Error("entry 7 missing")
            yield* sql`UPDATE audit_log SET data = ${JSON.stringify(original.data)} WHERE seq = 7`
            expect((yield* verify(yield* log.all)).count).toBe(20)

            // Every stored column is covered by the hash: who, when, what and to which record.
            const row = (yield* sql<{
              at: string
              actor_id: string
              actor_role: string
              action: string
              subject: string
            }>`SELECT at, actor_id, actor_role, action, subject FROM audit_log WHERE seq = 9`)[0]
            if (row === undefined) throw new Error("entry 9 missing")
            const columnEdits = [
              sql`UPDATE audit_log SET actor_id = ${"someone-else"} WHERE seq = 9`,
              sql`UPDATE audit_log SET actor_role = ${"admin"} WHERE seq = 9`,
              sql`UPDATE audit_log SET at = ${"2020-01-01T00:00:00.000Z"} WHERE seq = 9`,
              sql`UPDATE audit_log SET action = ${"test.other"} WHERE seq = 9`,
              sql`UPDATE audit_log SET subject = ${"s-other"} WHERE seq = 9`,
            ]
            for (const edit of columnEdits) {
              yield* edit
              expect(yield* Effect.flip(verify(yield* log.all))).toMatchObject({
                _tag: "AuditChainBroken",
                seq: 9,
              })
              yield* sql`UPDATE audit_log SET at = ${row.at}, actor_id = ${row.actor_id}, actor_role = ${row.actor_role}, action = ${row.action}, subject = ${row.subject} WHERE seq = 9`
              expect((yield* verify(yield* log.all)).count).toBe(20)
            }

            yield* sql`DELETE FROM audit_log WHERE seq = 12`
            const deleted = yield* Effect.flip(verify(yield* log.all))
            expect(deleted).toMatchObject({ _tag: "AuditChainBroken", seq: 13 })
          }),
      )
    })
  })
}
