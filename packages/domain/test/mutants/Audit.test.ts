/**
 * What the mutation run (bench:mutation) found untested in Audit.ts: the exact hash format (an
 * independent SHA-256 over the documented preimage), the reason each broken link reports, a chain whose
 * only fault is its numbering, canonical JSON of bare values, and the schemas' accepted roles and fields.
 */
import { createHash } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import {
  Actor,
  type AuditEntry,
  AuditEntry as AuditEntrySchema,
  canonicalJson,
  GENESIS,
  hashOf,
  verify,
} from "@zhicheng/domain/Audit"
import { Effect, Either, Schema } from "effect"

const entry = (seq: number, prevHash: string) =>
  Effect.gen(function* () {
    const rest = {
      seq,
      at: "2026-03-02T01:00:00.000Z",
      actor: { id: "clerk-01", role: "clerk" as const },
      action: "application.accept",
      subject: `app-${seq}`,
      data: { note: "ok" },
      prevHash,
    }
    return { ...rest, hash: yield* hashOf(rest) } satisfies AuditEntry
  })

describe("Audit (mutation gaps)", () => {
  it("the chain starts from 64 zeros", () => {
    expect(GENESIS).toBe("0000000000000000000000000000000000000000000000000000000000000000")
  })

  it.effect("hashOf is lowercase hex SHA-256 of prevHash, a newline and the canonical content", () =>
    Effect.gen(function* () {
      const e = yield* entry(1, GENESIS)
      const preimage = `${GENESIS}\n{"action":"application.accept","actor":{"id":"clerk-01","role":"clerk"},"at":"2026-03-02T01:00:00.000Z","data":{"note":"ok"},"seq":1,"subject":"app-1"}`
      expect(e.hash).toBe(createHash("sha256").update(preimage).digest("hex"))
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/)
    }),
  )

  it("canonicalJson writes null, undefined and scalars as JSON does, undefined as null", () => {
    expect(canonicalJson(null)).toBe("null")
    expect(canonicalJson(undefined)).toBe("null")
    expect(canonicalJson([undefined, "a", 1, true])).toBe('[null,"a",1,true]')
    expect(canonicalJson({ a: null })).toBe('{"a":null}')
  })

  it.effect("each broken link names its entry and its reason", () =>
    Effect.gen(function* () {
      const first = yield* entry(1, GENESIS)
      const second = yield* entry(2, first.hash)

      // Correctly linked and hashed, but numbered from 2: only the numbering check can see it.
      const renumbered = yield* entry(2, GENESIS)
      expect(yield* Effect.flip(verify([renumbered]))).toMatchObject({
        seq: 2,
        reason: "expected entry 1; an entry is missing or was inserted",
        message: "audit chain broken at entry 2: expected entry 1; an entry is missing or was inserted",
      })

      expect(yield* Effect.flip(verify([first, { ...second, prevHash: GENESIS }]))).toMatchObject({
        seq: 2,
        reason: "it does not point to the hash of the entry before it",
      })
      expect(yield* Effect.flip(verify([first, { ...second, subject: "app-9" }]))).toMatchObject({
        seq: 2,
        reason: "its content does not match its hash (edited)",
        message: "audit chain broken at entry 2: its content does not match its hash (edited)",
      })
      expect(yield* verify([])).toEqual({ count: 0, head: GENESIS })
    }),
  )

  it("Actor accepts each role and refuses an empty id or an unknown role", () => {
    for (const role of ["public", "enterprise-hr", "clerk", "committee", "admin", "system"])
      expect(Schema.decodeUnknownEither(Actor)({ id: "x", role })).toEqual(Either.right({ id: "x", role }))
    expect(Either.isLeft(Schema.decodeUnknownEither(Actor)({ id: "", role: "clerk" }))).toBe(true)
    expect(Either.isLeft(Schema.decodeUnknownEither(Actor)({ id: "x", role: "" }))).toBe(true)
    expect(String(Actor)).toBe("Actor")
  })

  it.effect("AuditEntry decodes a stored entry and refuses one with a field missing", () =>
    Effect.gen(function* () {
      const e = yield* entry(1, GENESIS)
      expect(Schema.decodeUnknownSync(AuditEntrySchema)(e)).toEqual(e)
      const { actor: _actor, ...noActor } = e
      expect(Either.isLeft(Schema.decodeUnknownEither(AuditEntrySchema)(noActor))).toBe(true)
      expect(String(AuditEntrySchema)).toBe("AuditEntry")
    }),
  )
})
