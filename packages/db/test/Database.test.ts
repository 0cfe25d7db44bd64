/**
 * The SQLite connection: transactions run on the client's one long-lived connection (no fresh
 * connection, no pragmas again per transaction), and a statement from outside an open transaction
 * never ends up inside it.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SqlClient } from "@effect/sql"
import { describe, expect, it, layer } from "@effect/vitest"
import { createClient } from "@libsql/client"
import { Effect } from "effect"
import { afterAll } from "vitest"
import * as Database from "../src/Database.ts"

const dir = mkdtempSync(join(tmpdir(), "zc-db-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("sameConnectionTransactions (raw client)", () => {
  it("a statement from outside an open transaction waits for its end and survives its rollback", async () => {
    const c = Database.sameConnectionTransactions(createClient({ url: `file:${join(dir, "raw.db")}` }))
    await c.execute("CREATE TABLE t (x TEXT)")
    const tx = await c.transaction("write")
    await tx.execute({ sql: "INSERT INTO t VALUES (?)", args: ["inside"] })
    // Issued while the transaction is open; it must not join it.
    const outside = c.execute({ sql: "INSERT INTO t VALUES (?)", args: ["outside"] })
    const seen = await tx.execute("SELECT x FROM t ORDER BY x")
    expect(seen.rows.map((r) => r.x)).toEqual(["inside"])
    await tx.rollback()
    await outside
    expect((await c.execute("SELECT x FROM t")).rows.map((r) => r.x)).toEqual(["outside"])
    expect(tx.closed).toBe(true)
    await expect(tx.execute("SELECT 1")).rejects.toThrow(/closed/)
    c.close()
  })

  it("a failed COMMIT leaves no transaction open on the connection", async () => {
    const c = Database.sameConnectionTransactions(createClient({ url: `file:${join(dir, "fk.db")}` }))
    await c.execute("PRAGMA foreign_keys = ON")
    await c.execute("CREATE TABLE p (id INTEGER PRIMARY KEY)")
    await c.execute("CREATE TABLE k (p INTEGER REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED)")
    const tx = await c.transaction("write")
    await tx.execute("INSERT INTO k VALUES (42)") // a deferred foreign key: fails only at COMMIT
    await expect(tx.commit()).rejects.toThrow(/FOREIGN KEY/)
    expect(tx.closed).toBe(true)
    // The connection is usable and the failed transaction's row is gone.
    const next = await c.transaction("write")
    await next.execute("INSERT INTO p VALUES (1)")
    await next.commit()
    expect((await c.execute("SELECT count(*) AS n FROM k")).rows[0]?.n).toBe(0)
    c.close()
  })
})

describe("the SQLite layer", () => {
  layer(Database.layer({ kind: "sqlite", file: join(dir, "layer.db") }), { timeout: 60_000 })((it) => {
    it.effect("a transaction sees the connection's TEMP table: no fresh connection per transaction", () =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* sql`CREATE TEMP TABLE scratch (x INTEGER)`
        yield* sql.withTransaction(sql`INSERT INTO scratch VALUES (1)`)
        yield* sql.withTransaction(sql`INSERT INTO scratch VALUES (2)`)
        const rows = yield* sql<{ n: number }>`SELECT count(*) AS n FROM scratch`
        expect(rows[0]?.n).toBe(2)
        // The connection's pragmas hold inside a transaction too.
        const [busy] = yield* sql.withTransaction(sql<{ timeout: number }>`PRAGMA busy_timeout`)
        expect(Object.values(busy ?? {})[0]).toBe(30000)
      }),
    )
  })
})
