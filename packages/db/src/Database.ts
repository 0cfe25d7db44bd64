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
import {
  type Client,
  createClient,
  type InArgs,
  type InStatement,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from "@libsql/client"
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
 * Transactions on the client's own connection.
 *
 * @libsql/client's `transaction()` hands its connection to the transaction and lazily opens a fresh
 * one for whatever comes next, and never closes the one it handed over. Every transaction therefore
 * cost a new SQLite connection (open, schema parse, the pragmas again: ≈3 ms, bench/RECORDS-API.md)
 * and left one behind for the garbage collector.
 *
 * Here a transaction is BEGIN … COMMIT on the one long-lived connection. That is safe because
 * @effect/sql-libsql runs one transaction at a time per client (a semaphore of one), and statements
 * run synchronously inside libsql's `execute`. The one gap: a statement outside any transaction can
 * take the semaphore just before a transaction does and run once it has begun, which would put it
 * inside that transaction. So while a transaction is open, statements from outside it wait for its
 * end (`gate`); the transaction's own statements go straight through.
 */
export const sameConnectionTransactions = (c: Client): Client => {
  const execute = c.execute.bind(c) as (stmt: InStatement) => Promise<ResultSet>
  let gate: Promise<void> | undefined
  c.execute = (async (stmt: InStatement | string, args?: InArgs) => {
    while (gate !== undefined) await gate
    return execute(typeof stmt === "string" ? { sql: stmt, args: args ?? [] } : stmt)
  }) as typeof c.execute
  c.transaction = async (mode: TransactionMode = "write") => {
    while (gate !== undefined) await gate
    await execute(mode === "write" ? "BEGIN IMMEDIATE" : mode === "read" ? "BEGIN" : "BEGIN DEFERRED")
    let open = true
    let release = () => {}
    gate = new Promise<void>((r) => {
      release = r
    })
    const end = async (sql: "COMMIT" | "ROLLBACK") => {
      if (!open) throw new Error(`${sql}: the transaction is already closed`)
      try {
        await execute(sql)
      } catch (e) {
        // A failed COMMIT leaves the transaction open on the connection: undo it before going on.
        if (sql === "COMMIT") await execute("ROLLBACK").catch(() => {})
        throw e
      } finally {
        open = false
        gate = undefined
        release()
      }
    }
    const tx: Transaction = {
      execute: (stmt: InStatement) => {
        if (!open) return Promise.reject(new Error("the transaction is closed"))
        return execute(stmt)
      },
      batch: async (stmts: Array<InStatement>) => {
        const out: Array<ResultSet> = []
        for (const stmt of stmts) out.push(await tx.execute(stmt))
        return out
      },
      executeMultiple: () => Promise.reject(new Error("executeMultiple is not supported in a transaction")),
      commit: () => end("COMMIT"),
      rollback: () => (open ? end("ROLLBACK") : Promise.resolve()),
      close: () => {
        if (open) void end("ROLLBACK").catch(() => {})
      },
      get closed() {
        return !open
      },
    }
    return tx
  }
  return c
}

/**
 * An SQLite file through @libsql/client: one connection for the life of the process, given the
 * pragmas once, with transactions on it (`sameConnectionTransactions`). `busy_timeout` makes a
 * second process's write lock wait instead of failing BEGIN at once — which matters doubly, since
 * @effect/sql-libsql 0.42 does not release its semaphore after a failed BEGIN.
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
          return sameConnectionTransactions(c)
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

/** A SqlClient for a target, not migrated: for `layer`, and for tests that run migrations one by one. */
export const clientLayer = (target: Target): Layer.Layer<SqlClient.SqlClient> =>
  target.kind === "sqlite" ? sqlite(target.file) : postgres(target.url)

/** A SqlClient for a target, migrated to the latest schema. */
export const layer = (target: Target): Layer.Layer<Services> => {
  const client = clientLayer(target)
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

/**
 * A real, committed one-row write that fails when the database cannot be written — a read-only
 * SQLite file, a full disk, a read-only PostgreSQL — as reading (`SELECT 1`) would not: the
 * readiness check and the server's start-up check run it. It rewrites the `readiness-probe` row of
 * `rate_limits`, the small table every public request writes anyway (no rate bucket has that name).
 */
export const writeProbe: Effect.Effect<void, SqlError, SqlClient.SqlClient> = Effect.flatMap(
  SqlClient.SqlClient,
  (sql) =>
    sql`INSERT INTO rate_limits (bucket, window_start, hits) VALUES ('readiness-probe', 0, 1)
        ON CONFLICT (bucket, window_start) DO UPDATE SET hits = 1`,
).pipe(Effect.asVoid)

/** The database the environment asks for (see {@link targetFromEnv}). */
export const layerFromEnv = Layer.unwrapEffect(Effect.map(targetFromEnv, layer)).pipe(Layer.orDie)

/** Describes a target without its password, for logs. */
export const describe = (t: Target): string =>
  t.kind === "sqlite"
    ? `SQLite file ${t.file}`
    : `PostgreSQL ${t.url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, "//$1:***@")}`
