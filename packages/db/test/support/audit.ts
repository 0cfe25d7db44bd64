/**
 * Audit-log checks for tests ("a refusal writes nothing"). Test-only: it uses vitest's `expect`, so
 * child processes (certificate-worker.ts) must not import it.
 */
import { expect } from "@effect/vitest"
import { AuditLog } from "@zhicheng/domain/Audit"
import { Effect } from "effect"

/** How many entries the audit log holds, for "nothing was written" checks. */
export const auditCount = Effect.map(
  Effect.flatMap(AuditLog, (a) => a.all),
  (es) => es.length,
)

/** Runs `refused`, expects `tag`, and checks that the audit log did not grow. */
export const refusedWritingNothing = <A, E extends { readonly _tag: string }, R>(
  refused: Effect.Effect<A, E, R>,
  tag: string,
) =>
  Effect.gen(function* () {
    const before = yield* auditCount
    const error = yield* Effect.flip(refused)
    expect(error._tag).toBe(tag)
    expect(yield* auditCount).toBe(before)
    return error
  })
