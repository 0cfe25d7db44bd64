/** Where the server's ID keys come from: the environment, or generated beside the SQLite file. */
import { mkdtempSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import * as Database from "@zhicheng/db/Database"
import { IdSealer } from "@zhicheng/domain/Rosters"
import { Effect, Redacted } from "effect"
import { afterAll } from "vitest"
import { build } from "../src/App.ts"
import { load, SecretsMissing } from "../src/Secrets.ts"
import { quietOptions } from "./support/app.ts"

const dir = mkdtempSync(join(tmpdir(), "zc-secrets-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const sqlite = { kind: "sqlite", file: join(dir, "z.db") } as const
const K = (c: string) => c.repeat(32)

describe("Secrets.load", () => {
  it("takes both keys and the previous seal keys from the environment", () => {
    const s = load(sqlite, {
      ZHICHENG_ID_HMAC_KEY: K("h"),
      ZHICHENG_ID_SEAL_KEY: K("s"),
      ZHICHENG_ID_SEAL_KEY_PREVIOUS: ` ${K("a")} , ${K("b")} `,
    })
    expect(s).toEqual({
      idHmacKey: K("h"),
      idSealKey: K("s"),
      idSealPreviousKeys: [K("a"), K("b")],
      source: "environment",
    })
  })

  it("refuses a short key, naming which one", () => {
    expect(() =>
      load(sqlite, {
        ZHICHENG_ID_HMAC_KEY: K("h"),
        ZHICHENG_ID_SEAL_KEY: K("s"),
        ZHICHENG_ID_SEAL_KEY_PREVIOUS: `${K("a")},short`,
      }),
    ).toThrow(/ZHICHENG_ID_SEAL_KEY_PREVIOUS: key 2 of 2 must be at least 32 characters/)
    expect(() => load(sqlite, { ZHICHENG_ID_HMAC_KEY: "short", ZHICHENG_ID_SEAL_KEY: K("s") })).toThrow(
      SecretsMissing,
    )
  })

  it("requires the keys with PostgreSQL, where several processes must share them", () => {
    expect(() => load({ kind: "postgres", url: "postgres://x@127.0.0.1/db" }, {})).toThrow(/DATABASE_URL/)
  })

  it("generates the keys once beside the SQLite file (mode 0600) and keeps them across restarts", () => {
    const first = load(sqlite, {})
    expect(first.source).toContain("generated")
    expect(first.idHmacKey.length).toBeGreaterThanOrEqual(32)
    const file = join(dir, "zhicheng.secrets.json")
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const again = load(sqlite, {})
    expect([again.idHmacKey, again.idSealKey]).toEqual([first.idHmacKey, first.idSealKey])
    expect(again.source).toBe(file)
  })
})

describe("the app's sealer", () => {
  it("opens what the previous seal key sealed and seals under the current one", async () => {
    const id = "330602199001010014"
    const sealedUnderA = await Effect.runPromise(
      Effect.flatMap(IdSealer, (s) => s.seal(id)).pipe(
        Effect.provide(IdSealer.fromKey(Redacted.make(K("a")))),
      ),
    )
    const app = build(
      Database.layer({ kind: "sqlite", file: join(dir, "app.db") }),
      { idHmacKey: K("h"), idSealKey: K("b"), idSealPreviousKeys: [K("a")], source: "test" },
      quietOptions,
    )
    try {
      const [opened, sealedNow] = await app.runtime.runPromise(
        Effect.flatMap(IdSealer, (s) => Effect.all([s.open(sealedUnderA), s.seal(id)])),
      )
      expect(opened).toBe(id)
      // Under B, which the app seals with: A alone cannot open it.
      const underA = Effect.flatMap(IdSealer, (s) => s.open(sealedNow)).pipe(
        Effect.provide(IdSealer.fromKey(Redacted.make(K("a")))),
      )
      expect((await Effect.runPromiseExit(underA))._tag).toBe("Failure")
    } finally {
      await app.runtime.dispose()
    }
  })
})
