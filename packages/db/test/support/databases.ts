/**
 * The two databases every repository test runs against: a fresh SQLite file and a fresh
 * PostgreSQL database (created on the server at ZHICHENG_TEST_PG_URL, default the local `test`
 * database's server, and dropped afterwards).
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SqlClient } from "@effect/sql"
import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import * as Database from "../../src/Database.ts"

export const ADMIN_URL = process.env.ZHICHENG_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"

const withDatabaseName = (url: string, name: string) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

const admin = <A, E>(f: (sql: SqlClient.SqlClient) => Effect.Effect<A, E>) =>
  Effect.flatMap(SqlClient.SqlClient, f).pipe(
    Effect.provide(PgClient.layer({ url: Redacted.make(ADMIN_URL), maxConnections: 1 })),
    Effect.orDie,
  )

/** A scoped, migrated, empty database of the given kind. */
export const freshTarget = (kind: "sqlite" | "postgres") =>
  kind === "sqlite"
    ? Effect.acquireRelease(
        Effect.sync(() => {
          const dir = mkdtempSync(join(tmpdir(), "zc-test-"))
          return { target: { kind: "sqlite", file: join(dir, "test.db") } as Database.Target, dir }
        }),
        ({ dir }) => Effect.sync(() => rmSync(dir, { recursive: true, force: true })),
      ).pipe(Effect.map(({ target }) => target))
    : Effect.acquireRelease(
        Effect.gen(function* () {
          const name = `zc_t_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e9).toString(36)}`
          yield* admin((sql) => sql.unsafe(`CREATE DATABASE ${name}`))
          return {
            target: { kind: "postgres", url: withDatabaseName(ADMIN_URL, name) } as Database.Target,
            name,
          }
        }),
        ({ name }) => admin((sql) => sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
      ).pipe(Effect.map(({ target }) => target))

/** A fresh database of `kind` as a layer (for `layer(...)` in @effect/vitest). */
export const freshDatabase = (kind: "sqlite" | "postgres") =>
  Layer.unwrapScoped(Effect.map(freshTarget(kind), Database.layer))

export const KINDS = ["sqlite", "postgres"] as const
