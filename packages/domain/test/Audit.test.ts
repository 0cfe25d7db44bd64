/**
 * The audit chain detects a change to any part of any entry: who (actor id and role), when, what
 * (action), to which record (subject), the facts (data), its position (seq) and its link (prevHash).
 * Each case edits one field of one entry in a valid chain and expects `verify` to name that entry.
 */
import { describe, expect, it } from "@effect/vitest"
import { type AuditEntry, canonicalJson, GENESIS, hashOf, verify } from "@zhicheng/domain/Audit"
import { Effect } from "effect"

/** A valid chain of `n` entries, hashed as AuditLog implementations hash them. */
const chain = (n: number) =>
  Effect.gen(function* () {
    const out: AuditEntry[] = []
    let prevHash = GENESIS
    for (let i = 1; i <= n; i++) {
      const rest = {
        seq: i,
        at: `2026-01-0${i}T09:00:00.000Z`,
        actor: { id: `clerk-0${i}`, role: "clerk" as const },
        action: "application.submit",
        subject: `app-${i}`,
        data: { step: i, reason: "材料齐全" },
        prevHash,
      }
      const hash = yield* hashOf(rest)
      out.push({ ...rest, hash })
      prevHash = hash
    }
    return out
  })

const edits: ReadonlyArray<readonly [string, (e: AuditEntry) => AuditEntry]> = [
  ["actor id", (e) => ({ ...e, actor: { ...e.actor, id: "someone-else" } })],
  ["actor role", (e) => ({ ...e, actor: { ...e.actor, role: "admin" } })],
  ["time", (e) => ({ ...e, at: "2026-01-02T09:00:00.001Z" })],
  ["action", (e) => ({ ...e, action: "application.withdraw" })],
  ["subject", (e) => ({ ...e, subject: "app-99" })],
  ["data", (e) => ({ ...e, data: { ...e.data, step: 99 } })],
  ["data key added", (e) => ({ ...e, data: { ...e.data, extra: true } })],
]

describe("Audit.verify", () => {
  it.effect("accepts an untouched chain", () =>
    Effect.gen(function* () {
      const entries = yield* chain(4)
      expect(yield* verify(entries)).toEqual({ count: 4, head: entries[3]?.hash })
    }),
  )

  for (const [field, edit] of edits)
    it.effect(`detects an edited ${field}`, () =>
      Effect.gen(function* () {
        const entries = yield* chain(4)
        const tampered = entries.map((e) => (e.seq === 2 ? edit(e) : e))
        const error = yield* Effect.flip(verify(tampered))
        expect(error).toMatchObject({ _tag: "AuditChainBroken", seq: 2 })
      }),
    )

  it.effect("detects an entry re-hashed after an edit (the next entry's link breaks)", () =>
    Effect.gen(function* () {
      const entries = yield* chain(4)
      const second = entries[1] as AuditEntry
      const { hash: _old, ...rest } = { ...second, actor: { id: "someone-else", role: "clerk" as const } }
      const rehashed = { ...rest, hash: yield* hashOf(rest) }
      const error = yield* Effect.flip(verify(entries.map((e) => (e.seq === 2 ? rehashed : e))))
      expect(error).toMatchObject({ _tag: "AuditChainBroken", seq: 3 })
    }),
  )

  it.effect("detects a removed, a reordered and a renumbered entry", () =>
    Effect.gen(function* () {
      const entries = yield* chain(4)
      const [a, b, c, d] = entries as [AuditEntry, AuditEntry, AuditEntry, AuditEntry]
      expect(yield* Effect.flip(verify([a, c, d]))).toMatchObject({ seq: 3 })
      expect(yield* Effect.flip(verify([a, c, b, d]))).toMatchObject({ _tag: "AuditChainBroken" })
      expect(yield* Effect.flip(verify([a, { ...b, seq: 5 }, c, d]))).toMatchObject({
        _tag: "AuditChainBroken",
      })
    }),
  )

  it("hashes data canonically: key order does not matter, undefined keys are dropped", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: undefined }] })).toBe('{"a":[2,{"d":1}],"b":1}')
  })
})
