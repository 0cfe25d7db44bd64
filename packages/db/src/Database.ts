/**
 * The database: an embedded SQLite file by default (zero set-up), PostgreSQL when DATABASE_URL is
 * set. Both speak through @effect/sql's SqlClient, run the same migrations, and back the same
 * repositories; the apps choose with `Database.layerFromEnv`.
 */
import { mkdirSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { SqlClient } from "@effect/sql"
import { SqlError } from "@effect/sql/SqlError"
import { LibsqlClient } from "@effect/sql-libsql"
import { PgClient } from "@effect/sql-pg"
import { createClient, type TransactionMode } from "@libsql/client"
import { Transactor } from "@zhicheng/domain/Audit"
import { Config, Effect, Layer, Option, Redacted } from "effect"
import { runMigrations } from "./Migrations.ts"

export type Target =
  | { readonly kind: "sqlite"; readonly file: string }
  | { readonly kind: "postgres"; readonly url: string }

/** The default embedded database file, relative to the working directory. */
export const DEFAULT_FILE = ".data/zhicheng.db"

/** Reads DATABASE_URL (PostgreSQL) or ZHICHENG_DB_FILE (SQLite path) from the environment. */
export const targetFromEnv = Effect.gen(function* () {
  const url = yield* Config.option(Config.string("DATABASE_URL"))
  if (Option.isSome(url) && url.value.trim() !== "") return { kind: "postgres", url: url.value } as Target
  const file = yield* Config.withDefault(Config.string("ZHICHENG_DB_FILE"), DEFAULT_FILE)
  return { kind: "sqlite", file } as Target
})

/** Per-connection settings: wait for another process's write lock; WAL's safe sync level; FKs. */
const CONNECTION_PRAGMAS = [
  "PRAGMA busy_timeout = 30000",
  "PRAGMA synchronous = NORMAL",
  "PRAGMA foreign_keys = ON",
]

/**
 * An SQLite file through @libsql/client. That client hands its connection to each transaction and
 * opens a fresh one for what follows, and a fresh connection starts with busy_timeout 0: a second
 * process's write lock would then fail BEGIN at once (and @effect/sql-libsql 0.42 does not release
 * its connection lock after a failed BEGIN, hanging the process). So every new connection is given
 * the pragmas as soon as it exists.
 */
const sqlite = (file: string) =>
  Layer.unwrapScoped(
    Effect.gen(function* () {
      const path = file === ":memory:" ? file : resolve(file)
      if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true })
      const client = yield* Effect.acquireRelease(
        Effect.promise(async () => {
          const c = createClient({ url: path === ":memory:" ? ":memory:" : `file:${path}` })
          for (const p of CONNECTION_PRAGMAS) await c.execute(p)
          if (path !== ":memory:") await c.execute("PRAGMA journal_mode = WAL")
          const transaction = c.transaction.bind(c)
          c.transaction = (async (mode?: TransactionMode) => {
            const tx = await transaction(mode)
            for (const p of CONNECTION_PRAGMAS) await c.execute(p) // the fresh connection
            return tx
          }) as typeof c.transaction
          return c
        }),
        (c) => Effect.sync(() => c.close()),
      )
      return LibsqlClient.layer({ liveClient: client })
    }),
  )

const postgres = (url: string) =>
  PgClient.layer({ url: Redacted.make(url), maxConnections: 10 }).pipe(Layer.orDie)

/** What a database layer provides. */
export type Services = SqlClient.SqlClient | Transactor

/** A SqlClient for a target, migrated to the latest schema. */
export const layer = (target: Target): Layer.Layer<Services> => {
  const client = target.kind === "sqlite" ? sqlite(target.file) : postgres(target.url)
  const migrated = Layer.effectDiscard(runMigrations.pipe(Effect.orDie))
  const transactor = Layer.effect(
    Transactor,
    Effect.map(SqlClient.SqlClient, (sql) => ({
      // A failure to begin or commit is a defect: the caller's own typed errors pass through.
      withTransaction: <A, E, R>(self: Effect.Effect<A, E, R>) =>
        sql.withTransaction(self).pipe(
          Effect.catchIf(
            (e): e is SqlError => e instanceof SqlError,
            (e) => Effect.die(e),
          ),
        ) as Effect.Effect<A, E, R>,
    })),
  )
  return Layer.merge(migrated, transactor).pipe(Layer.provideMerge(client))
}

/** The database the environment asks for (see {@link targetFromEnv}). */
export const layerFromEnv = Layer.unwrapEffect(Effect.map(targetFromEnv, layer)).pipe(Layer.orDie)

/** Describes a target without its password, for logs. */
export const describe = (t: Target): string =>
  t.kind === "sqlite"
    ? `SQLite file ${t.file}`
    : `PostgreSQL ${t.url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, "//$1:***@")}`
