/**
 * The append-only audit trail. Every entry carries the hash of the one before it, so an edit or a
 * deletion anywhere breaks the chain and `verify` says where. Hashing uses WebCrypto (SHA-256),
 * available in Node 24 and in browsers.
 */
import { Context, Effect, Schema } from "effect"
import * as ErrorKind from "./ErrorKind.ts"

export const Role = Schema.Literal("public", "enterprise-hr", "clerk", "committee", "admin", "system")
export type Role = typeof Role.Type

export const Actor = Schema.Struct({
  id: Schema.String.pipe(Schema.minLength(1)),
  role: Role,
}).annotations({ identifier: "Actor" })
export type Actor = typeof Actor.Type

/** What a caller records: who did what to which record, with the facts that matter. */
export interface AuditInput {
  readonly actor: Actor
  readonly action: string
  readonly subject: string
  readonly data: Readonly<Record<string, unknown>>
}

export const AuditEntry = Schema.Struct({
  seq: Schema.Int,
  at: Schema.String,
  actor: Actor,
  action: Schema.String,
  subject: Schema.String,
  data: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  prevHash: Schema.String,
  hash: Schema.String,
}).annotations({ identifier: "AuditEntry" })
export type AuditEntry = typeof AuditEntry.Type

/** The hash before the first entry. */
export const GENESIS = "0".repeat(64)

/** JSON with object keys sorted at every depth, so equal data always hashes equally. */
export const canonicalJson = (v: unknown): string => {
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null"
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`
  const o = v as Record<string, unknown>
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(",")}}`
}

const hex = (buf: ArrayBuffer) =>
  [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("")

/** SHA-256 over the previous hash and the entry's content (everything but its own hash). */
export const hashOf = (e: Omit<AuditEntry, "hash">): Effect.Effect<string> =>
  Effect.promise(() =>
    globalThis.crypto.subtle.digest(
      "SHA-256",
      new TextEncoder().encode(
        `${e.prevHash}\n${canonicalJson({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, data: e.data })}`,
      ),
    ),
  ).pipe(Effect.map(hex))

/** The chain is broken at `seq`: an entry was edited, removed or inserted. */
export class AuditChainBroken extends Schema.TaggedError<AuditChainBroken>()(
  "AuditChainBroken",
  {
    seq: Schema.Int,
    reason: Schema.String,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

/** Verifies a whole chain in order; succeeds with its length and head hash. */
export const verify = (
  entries: Iterable<AuditEntry>,
): Effect.Effect<{ readonly count: number; readonly head: string }, AuditChainBroken> =>
  Effect.gen(function* () {
    let prev = GENESIS
    let expectedSeq = 1
    let count = 0
    for (const e of entries) {
      const fail = (reason: string) =>
        new AuditChainBroken({
          seq: e.seq,
          reason,
          message: `audit chain broken at entry ${e.seq}: ${reason}`,
        })
      if (e.seq !== expectedSeq)
        return yield* fail(`expected entry ${expectedSeq}; an entry is missing or was inserted`)
      if (e.prevHash !== prev) return yield* fail("it does not point to the hash of the entry before it")
      const { hash, ...rest } = e
      if ((yield* hashOf(rest)) !== hash) return yield* fail("its content does not match its hash (edited)")
      prev = hash
      expectedSeq++
      count++
    }
    return { count, head: prev }
  })

/**
 * Storage for the audit trail. `append` must run inside the caller's transaction so the entry and
 * the change it records commit together; implementations serialise appends.
 */
export class AuditLog extends Context.Tag("zhicheng/AuditLog")<
  AuditLog,
  {
    readonly append: (input: AuditInput) => Effect.Effect<AuditEntry>
    readonly all: Effect.Effect<ReadonlyArray<AuditEntry>>
    /** Entries with `seq` greater than `after`, in order, at most `limit` (for paging a long log). */
    readonly page: (after: number, limit: number) => Effect.Effect<ReadonlyArray<AuditEntry>>
  }
>() {}

/**
 * Runs an effect as one unit of work: every repository call inside commits or rolls back together.
 * The db package provides it over SQL transactions.
 */
export class Transactor extends Context.Tag("zhicheng/Transactor")<
  Transactor,
  { readonly withTransaction: <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R> }
>() {}
