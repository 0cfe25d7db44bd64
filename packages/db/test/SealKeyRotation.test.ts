/**
 * Rotating the key that seals ID numbers on adoption rosters (ADR 0009): values name their key,
 * old values open under a previous key, the re-sealing job moves them all to the current key in
 * batches (idempotent, audited), after which the old key can be dropped; a value under a key the
 * server does not hold fails and names that key.
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, it, layer } from "@effect/vitest"
import { type Actor, AuditLog, verify } from "@zhicheng/domain/Audit"
import * as PersonalId from "@zhicheng/domain/PersonalId"
import * as Rosters from "@zhicheng/domain/Rosters"
import { Cause, Effect, Exit, Layer, Redacted } from "effect"
import { AdoptionsSql } from "../src/AdoptionsSql.ts"
import { AuditLogSql } from "../src/AuditLogSql.ts"
import { PilotUnitsSql } from "../src/PilotUnitsSql.ts"
import { RostersSql } from "../src/RostersSql.ts"
import { freshDatabase, KINDS } from "./support/databases.ts"
import { at, makeId, rosterRow, selectedPilot } from "./support/fixtures.ts"

const KEY_A = "seal-key-A-0123456789abcdef-0123456789"
const KEY_B = "seal-key-B-0123456789abcdef-0123456789"
const KEY_C = "seal-key-C-0123456789abcdef-0123456789"
const sealer = (current: string, ...previous: ReadonlyArray<string>) =>
  PersonalId.IdSealer.fromKeys(Redacted.make(current), previous.map(Redacted.make))
const kidOf = (current: string) =>
  Effect.map(PersonalId.IdSealer, (s) => s.kid).pipe(Effect.provide(sealer(current)))

/** A value in the old form `v1.<iv>.<ciphertext>`, sealed exactly as before values named their key. */
const sealV1 = async (secret: string, id: string): Promise<string> => {
  const subtle = globalThis.crypto.subtle
  const base = await subtle.importKey("raw", new TextEncoder().encode(secret), "HKDF", false, ["deriveKey"])
  const key = await subtle.deriveKey(
    {
      name: "HKDF",
      hash: "SHA-256",
      salt: new Uint8Array(0),
      info: new TextEncoder().encode("zhicheng/id-seal/v1"),
    },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt"],
  )
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12))
  const ct = new Uint8Array(await subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(id)))
  return `v1.${Buffer.from(iv).toString("base64url")}.${Buffer.from(ct).toString("base64url")}`
}

/** The defect an effect dies with (undefined when it succeeds). */
const defectOf = <A, E, R>(self: Effect.Effect<A, E, R>) =>
  Effect.map(Effect.exit(self), (x) => (Exit.isFailure(x) ? Cause.squash(x.cause) : undefined))

describe("IdSealer (pure)", () => {
  it.effect("names its key by a short hash, never the key, and opens values by the key they name", () =>
    Effect.gen(function* () {
      const a = yield* kidOf(KEY_A)
      const b = yield* kidOf(KEY_B)
      expect(a).toMatch(/^[0-9a-f]{16}$/)
      expect(b).not.toBe(a)
      const id = makeId(7)
      const underA = yield* Effect.flatMap(PersonalId.IdSealer, (s) => s.seal(id)).pipe(
        Effect.provide(sealer(KEY_A)),
      )
      expect(underA.startsWith(`v2.${a}.`)).toBe(true)
      expect(underA).not.toContain(KEY_A)
      expect(PersonalId.sealedKeyOf(underA)).toBe(a)
      const legacy = yield* Effect.promise(() => sealV1(KEY_A, id))
      expect(PersonalId.sealedKeyOf(legacy)).toBe("v1")

      // Rotated to B with A previous: both forms under A still open; new values are under B.
      const rotated = sealer(KEY_B, KEY_A)
      const open = (v: string) => Effect.flatMap(PersonalId.IdSealer, (s) => s.open(v))
      expect(yield* open(underA).pipe(Effect.provide(rotated))).toBe(id)
      expect(yield* open(legacy).pipe(Effect.provide(rotated))).toBe(id)
      const underB = yield* Effect.flatMap(PersonalId.IdSealer, (s) => s.seal(id)).pipe(
        Effect.provide(rotated),
      )
      expect(PersonalId.sealedKeyOf(underB)).toBe(b)

      // A dropped: a v2 value under A fails naming A's kid; a v1 value under A fails too.
      const missing = yield* defectOf(open(underA).pipe(Effect.provide(sealer(KEY_B))))
      expect(missing).toBeInstanceOf(PersonalId.IdSealKeyUnknown)
      expect(missing).toMatchObject({ kid: a, known: [b] })
      expect((missing as Error).message).toContain(`sealed under key ${a}`)
      expect((missing as Error).message).toContain("ZHICHENG_ID_SEAL_KEY_PREVIOUS")
      const v1Missing = yield* defectOf(open(legacy).pipe(Effect.provide(sealer(KEY_B))))
      expect(v1Missing).toMatchObject({ kid: "v1", known: [b] })
      expect(yield* defectOf(open("not-sealed").pipe(Effect.provide(sealer(KEY_B))))).toBeDefined()
      expect(yield* defectOf(Effect.provide(PersonalId.IdSealer, sealer(KEY_B, "too short")))).toBeDefined()
    }),
  )

  it("reads ZHICHENG_ID_SEAL_KEY_PREVIOUS as a comma-separated list", () => {
    expect(PersonalId.parsePreviousKeys(undefined)).toEqual([])
    expect(PersonalId.parsePreviousKeys(` ${KEY_A} ,, ${KEY_B}`)).toEqual([KEY_A, KEY_B])
  })
})

const admin: Actor = { id: "admin-01", role: "admin" }
const hr: Actor = { id: "hr-01", role: "enterprise-hr" }

const person = rosterRow

for (const kind of KINDS) {
  describe(`Seal-key rotation on ${kind}`, () => {
    layer(
      Layer.mergeAll(
        AuditLogSql,
        PilotUnitsSql,
        RostersSql,
        AdoptionsSql,
        PersonalId.IdHmac.fromKey(Redacted.make("test-hmac-key-0123456789abcdef-0123456789")),
      ).pipe(Layer.provideMerge(freshDatabase(kind))),
      { timeout: 60_000 },
    )((it) => {
      it.effect("rotates A → B: old values open, the job moves them all to B, then A can be dropped", () =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const stored = (rosterId: string) =>
            sql<{
              id: string
              id_sealed: string
            }>`SELECT id, id_sealed FROM roster_entries WHERE roster_id = ${rosterId} ORDER BY id`
          const kidA = yield* kidOf(KEY_A)
          const kidB = yield* kidOf(KEY_B)
          yield* at("2025-03-01")
          const u = yield* selectedPilot("轮换公司", 2025)
          yield* at("2025-10-01")
          const r = yield* Rosters.create(hr, { unitId: u.id, year: 2025, round: "annual" })

          // Under A: three entries; one is turned into the old v1 form, as a deployment has them.
          const ns = [11, 12, 13, 14]
          yield* Rosters.addRows(
            hr,
            r.id,
            ns.slice(0, 3).map((n, i) => ({ row: i + 1, cells: person(n) })),
            { kind: "test" },
          ).pipe(Effect.provide(sealer(KEY_A)))
          const legacy = yield* Effect.promise(() => sealV1(KEY_A, makeId(11)))
          const hmac11 = yield* Effect.flatMap(PersonalId.IdHmac, (h) => h.of(makeId(11)))
          yield* sql`UPDATE roster_entries SET id_sealed = ${legacy} WHERE roster_id = ${r.id} AND id_hmac = ${hmac11}`
          const keysOf = (rows: ReadonlyArray<{ id_sealed: string }>) =>
            rows.map((x) => PersonalId.sealedKeyOf(x.id_sealed)).sort()
          expect(keysOf(yield* stored(r.id))).toEqual(["v1", kidA, kidA].sort())

          // Rotated to B with A previous: everything opens; a new entry is sealed under B.
          const rotated = sealer(KEY_B, KEY_A)
          yield* Rosters.addRows(hr, r.id, [{ row: 1, cells: person(14) }], { kind: "test" }).pipe(
            Effect.provide(rotated),
          )
          expect(keysOf(yield* stored(r.id))).toEqual(["v1", kidA, kidA, kidB].sort())
          const ids = ns.map(makeId).sort()
          const exported = (s: Layer.Layer<PersonalId.IdSealer>) =>
            Rosters.exportForBureau(admin, r.id, "test").pipe(
              Effect.map((out) => out.rows.map((x) => x.residentId as string).sort()),
              Effect.provide(s),
            )
          const before = yield* exported(rotated)
          expect(before).toEqual(ids)

          // A sealer without the key the values name refuses the job and changes nothing.
          const snapshot = yield* stored(r.id)
          const refused = yield* defectOf(Rosters.resealIds(admin).pipe(Effect.provide(sealer(KEY_C))))
          expect(refused).toBeInstanceOf(PersonalId.IdSealKeyUnknown)
          expect(yield* stored(r.id)).toEqual(snapshot)
          const hrRefused = yield* Effect.flip(Rosters.resealIds(hr).pipe(Effect.provide(rotated)))
          expect(hrRefused._tag).toBe("Forbidden")

          // The job, in batches of 2: three values not under B → two batches.
          const report = yield* Rosters.resealIds(admin, { batchSize: 2 }).pipe(Effect.provide(rotated))
          expect(report).toEqual({
            kid: kidB,
            resealed: 3,
            from: { [kidA]: 2, v1: 1 },
            batches: 2,
            remaining: 0,
          })
          const after = yield* stored(r.id)
          expect(keysOf(after)).toEqual([kidB, kidB, kidB, kidB])
          const log = yield* Effect.flatMap(AuditLog, (a) => a.all)
          expect(log.at(-1)).toMatchObject({
            action: "roster.ids-resealed",
            actor: admin,
            subject: `id-seal-key:${kidB}`,
            data: { kid: kidB, resealed: 3, batches: 2, batchSize: 2, remaining: 0 },
          })
          for (const id of ids) expect(JSON.stringify(log)).not.toContain(id)
          expect((yield* verify(log)).count).toBe(log.length)

          // Idempotent: a second run re-seals nothing and leaves every value as it was.
          const again = yield* Rosters.resealIds(admin, { batchSize: 2 }).pipe(Effect.provide(rotated))
          expect(again).toEqual({ kid: kidB, resealed: 0, from: {}, batches: 0, remaining: 0 })
          expect(yield* stored(r.id)).toEqual(after)
          expect((yield* Effect.flatMap(AuditLog, (a) => a.all)).at(-1)).toMatchObject({
            action: "roster.ids-resealed",
            data: { resealed: 0 },
          })

          // A dropped: everything still opens, to the same numbers.
          expect(yield* exported(sealer(KEY_B))).toEqual(ids)
          // Under a key the server does not hold, the export fails naming B's kid.
          const unknown = yield* defectOf(exported(sealer(KEY_C)))
          expect(unknown).toMatchObject({ _tag: "IdSealKeyUnknown", kid: kidB })
        }),
      )
    })
  })
}
