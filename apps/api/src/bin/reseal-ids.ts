/**
 * The admin command that finishes a rotation of the ID seal key (ADR 0009): `reseal-ids [--batch <n>]`
 * re-seals every roster entry's sealed ID number that is not under the current key
 * (ZHICHENG_ID_SEAL_KEY), opening it with the key it names among ZHICHENG_ID_SEAL_KEY_PREVIOUS, in
 * batches of n entries (default 500), each batch one transaction. Values already under the current
 * key are skipped, so running it again is harmless; each run is one audit entry with its counts.
 * Restart every API process with the new key before running it (the report's `remaining` says
 * whether some process still seals with an old one).
 */
import { AuditLogSql } from "@zhicheng/db/AuditLogSql"
import * as Database from "@zhicheng/db/Database"
import { RostersSql } from "@zhicheng/db/RostersSql"
import { IdSealer } from "@zhicheng/domain/PersonalId"
import { resealIds } from "@zhicheng/domain/Rosters"
import { Effect, Layer, Redacted } from "effect"
import * as Secrets from "../Secrets.ts"
import * as Startup from "../Startup.ts"

const usage = "usage: reseal-ids [--batch <entries per transaction, a whole number from 1; default 500>]"

const parseBatch = (args: ReadonlyArray<string>): number | string => {
  if (args.length === 0) return 500
  if (args.length !== 2 || args[0] !== "--batch") return usage
  const n = Number(args[1])
  return Number.isInteger(n) && n >= 1
    ? n
    : `--batch must be a whole number from 1, got ${JSON.stringify(args[1])}`
}

const target = Startup.targetFromEnv()
const batchSize = parseBatch(process.argv.slice(2))
if (typeof batchSize === "string") {
  console.error(batchSize)
  process.exit(2)
}
let secrets: Secrets.Secrets
try {
  secrets = Secrets.load(target)
} catch (e) {
  console.error((e as Error).message)
  process.exit(2)
}
const keys = IdSealer.fromKeys(
  Redacted.make(secrets.idSealKey),
  (secrets.idSealPreviousKeys ?? []).map(Redacted.make),
)
const program = resealIds({ id: "system:reseal-ids", role: "system" }, { batchSize }).pipe(
  Effect.map((r) => {
    const from = Object.entries(r.from)
      .map(([kid, n]) => `${n} from ${kid}`)
      .join(", ")
    return [
      `re-sealed ${r.resealed} ID number(s) under key ${r.kid} in ${r.batches} batch(es)${from ? ` (${from})` : ""}`,
      r.remaining === 0
        ? "every sealed ID number is under the current key: the previous keys may be dropped"
        : `${r.remaining} still not under the current key: an API process still seals with an old key; restart it with the new key and run again`,
    ].join("\n")
  }),
  Effect.mapError((e) => e.message),
  Effect.provide(
    Layer.mergeAll(RostersSql, AuditLogSql, keys).pipe(Layer.provideMerge(Database.layer(target))),
  ),
)

Effect.runPromise(Effect.either(program)).then(
  (r) => {
    if (r._tag === "Left") {
      console.error(r.left)
      process.exit(2)
    }
    console.log(r.right)
  },
  (defect: unknown) => {
    console.error(defect instanceof Error ? defect.message : String(defect))
    process.exit(2)
  },
)
