/**
 * Re-sealing stored ID numbers after a seal-key rotation (ADR 0009): the audited `resealIds` job.
 */

import { Effect } from "effect"
import { type Actor, AuditLog, Transactor } from "../Audit.ts"
import { IdSealer, sealedKeyOf } from "../PersonalId.ts"
import { Forbidden } from "./errors.ts"
import { RosterRepository } from "./ports.ts"

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
    const repo = yield* RosterRepository
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
