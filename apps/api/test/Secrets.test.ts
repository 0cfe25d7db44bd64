/** Where the server's ID keys come from: the environment, or generated beside the SQLite file. */
import { mkdtempSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { afterAll } from "vitest"
import { load, SecretsMissing } from "../src/Secrets.ts"

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
