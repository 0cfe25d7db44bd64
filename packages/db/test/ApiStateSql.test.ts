/**
 * The API's shared state in SQL on both databases (ApiKeysSql, RequestStateSql): the repository
 * contract the API's processes rely on to agree on keys, rate-limit windows and Idempotency-Key
 * records. The HTTP behaviour on top is tested in apps/api (KeyUnit, Server, Hardening).
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, it, layer } from "@effect/vitest"
import * as ErrorKind from "@zhicheng/domain/ErrorKind"
import { Effect, Either } from "effect"
import * as ApiKeys from "../src/ApiKeysSql.ts"
import * as RequestState from "../src/RequestStateSql.ts"
import { freshDatabase, KINDS } from "./support/databases.ts"

for (const kind of KINDS) {
  layer(freshDatabase(kind))(`API keys on ${kind}`, (it) => {
    it.effect("a key opens with its secret only, and no longer once revoked", () =>
      Effect.gen(function* () {
        const key = yield* ApiKeys.create("counter-1", "clerk")
        expect(key.secret).toMatch(/^[A-Za-z0-9_-]{43}$/)
        expect(yield* ApiKeys.verify(key.id, key.secret)).toEqual({
          name: "counter-1",
          role: "clerk",
          unit: null,
        })
        expect(yield* ApiKeys.verify(key.id, `${key.secret.slice(0, -1)}x`)).toBeUndefined()
        expect(yield* ApiKeys.verify("000000000000", key.secret)).toBeUndefined()
        expect(yield* ApiKeys.revoke(key.id)).toBe(true)
        expect(yield* ApiKeys.revoke(key.id)).toBe(false)
        expect(yield* ApiKeys.verify(key.id, key.secret)).toBeUndefined()
      }),
    )

    it.effect("stores only the secret's hash, and lists keys without it", () =>
      Effect.gen(function* () {
        const key = yield* ApiKeys.create("hr-list", "enterprise-hr")
        const sql = yield* SqlClient.SqlClient
        const rows = yield* sql<Record<string, unknown>>`SELECT * FROM api_keys WHERE id = ${key.id}`
        expect(JSON.stringify(rows)).not.toContain(key.secret)
        const listed = (yield* ApiKeys.list).find((k) => k.id === key.id)
        expect(listed).toMatchObject({
          name: "hr-list",
          role: "enterprise-hr",
          unit_id: null,
          revoked_at: null,
        })
        expect(Object.keys(listed ?? {})).not.toContain("secret_hash")
      }),
    )

    it.effect("a name is one holder with one role: a second role under it is refused", () =>
      Effect.gen(function* () {
        yield* ApiKeys.create("one-holder", "clerk")
        const again = yield* ApiKeys.create("one-holder", "clerk")
        expect(again.name).toBe("one-holder")
        const refused = yield* Effect.either(ApiKeys.create("one-holder", "admin"))
        expect(Either.isLeft(refused) && refused.left._tag).toBe("KeyNameInUse")
      }),
    )

    it.effect("a unit binding needs an enterprise-HR key and a pilot unit that exists", () =>
      Effect.gen(function* () {
        const notHr = yield* Effect.either(ApiKeys.create("clerk-bound", "clerk", "pu-1"))
        expect(Either.isLeft(notHr) && notHr.left._tag).toBe("KeyUnitInvalid")
        const unknown = yield* Effect.either(ApiKeys.create("hr-bound", "enterprise-hr", "no-such-unit"))
        expect(Either.isLeft(unknown) && unknown.left._tag).toBe("KeyUnitInvalid")
        const sql = yield* SqlClient.SqlClient
        const stored = yield* sql<{ n: number }>`SELECT COUNT(*) AS n FROM api_keys WHERE name = 'hr-bound'`
        expect(Number(stored[0]?.n)).toBe(0)
      }),
    )
  })

  layer(freshDatabase(kind))(`rate limits and Idempotency-Key records on ${kind}`, (it) => {
    it.effect("counts hits in one window and refuses past the limit", () =>
      Effect.gen(function* () {
        const seen = []
        for (let i = 0; i < 4; i++) seen.push(yield* RequestState.hit("ip:192.0.2.1", 3, 3600))
        expect(seen.map((h) => h.hits)).toEqual([1, 2, 3, 4])
        expect(seen.map((h) => h.allowed)).toEqual([true, true, true, false])
        expect((yield* RequestState.hit("ip:192.0.2.2", 3, 3600)).hits).toBe(1)
      }),
    )

    it.effect("the first request claims a key; a retry replays; another body is a mismatch", () =>
      Effect.gen(function* () {
        const claim = (body: string, path = "/api/v1/applications") =>
          RequestState.claimIdempotency("key:hr", "k-1", "POST", path, body)
        expect(yield* claim('{"a":1}')).toEqual({ _tag: "New" })
        expect(yield* claim('{"a":1}')).toEqual({ _tag: "InFlight" })
        yield* RequestState.completeIdempotency("key:hr", "k-1", 201, '{"id":"x"}')
        expect(yield* claim('{"a":1}')).toEqual({ _tag: "Replay", status: 201, response: '{"id":"x"}' })
        expect(yield* claim('{"a":2}')).toEqual({ _tag: "Mismatch" })
        expect(yield* claim('{"a":1}', "/api/v1/other")).toEqual({ _tag: "Mismatch" })
        // Keys are per caller.
        expect(yield* RequestState.claimIdempotency("key:other", "k-1", "POST", "/x", "{}")).toEqual({
          _tag: "New",
        })
      }),
    )

    it.effect("a failed first attempt releases its key; a completed one is never released", () =>
      Effect.gen(function* () {
        const claim = () => RequestState.claimIdempotency("key:hr", "k-2", "POST", "/p", "{}")
        expect(yield* claim()).toEqual({ _tag: "New" })
        yield* RequestState.releaseIdempotency("key:hr", "k-2")
        expect(yield* claim()).toEqual({ _tag: "New" })
        yield* RequestState.completeIdempotency("key:hr", "k-2", 200, "{}")
        yield* RequestState.releaseIdempotency("key:hr", "k-2")
        expect(yield* claim()).toEqual({ _tag: "Replay", status: 200, response: "{}" })
      }),
    )
  })
}

describe("ApiKeysSql errors", () => {
  it("declare their kind (the API maps kinds to statuses in one place)", () => {
    expect(ErrorKind.ofClass(ApiKeys.KeyNameInUse)).toBe("conflict")
    expect(ErrorKind.ofClass(ApiKeys.KeyUnitMismatch)).toBe("conflict")
    expect(ErrorKind.ofClass(ApiKeys.KeyUnitInvalid)).toBe("invalid")
  })
})
