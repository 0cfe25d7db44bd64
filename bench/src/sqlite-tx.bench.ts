/**
 * SQLite transactions, side by side in one process: @libsql/client's own `transaction("write")`
 * (it hands its connection to the transaction and opens a fresh one for what follows, so the three
 * connection pragmas are re-applied each time, as packages/db did before) against
 * `Database.sameConnectionTransactions` (BEGIN IMMEDIATE … COMMIT on the one long-lived
 * connection, what packages/db does now). Each transaction inserts one row and commits; every
 * contender has its own fresh file in WAL mode with the same pragmas; rounds are interleaved and the
 * median round is reported. Also: the same INSERT with no transaction (autocommit), for scale.
 *
 * libsql never closes the connection it hands to a transaction: the baseline leaks a file
 * descriptor per transaction until the garbage collector finalises the connection, and a tight loop
 * of some thousands fails with SQLITE_CANTOPEN once the process runs out of descriptors (ulimit -n;
 * 1,024 by default on many systems). So rounds are kept short and a full GC runs between them; the
 * descriptors each contender's round opens are reported.
 *
 *   node --expose-gc src/sqlite-tx.bench.ts [--n=200] [--rounds=7]
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { type Client, createClient, type TransactionMode } from "@libsql/client"
import { sameConnectionTransactions } from "@zhicheng/db/Database"
import { machine, median, num, table } from "./report.ts"

const { values: opts } = parseArgs({
  options: { n: { type: "string", default: "200" }, rounds: { type: "string", default: "7" } },
})
const N = Number(opts.n)
const ROUNDS = Number(opts.rounds)
const PRAGMAS = ["PRAGMA busy_timeout = 30000", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"]

const dir = mkdtempSync(join(tmpdir(), "zc-sqlite-tx-"))
const open = async (name: string): Promise<Client> => {
  const c = createClient({ url: `file:${join(dir, `${name}.db`)}` })
  for (const p of PRAGMAS) await c.execute(p)
  await c.execute("PRAGMA journal_mode = WAL")
  await c.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT NOT NULL)")
  return c
}

/** @libsql/client's transactions, with the pragmas given to each fresh connection (the old wrapper). */
const libsqlOwn = (c: Client): Client => {
  const transaction = c.transaction.bind(c)
  c.transaction = (async (mode?: TransactionMode) => {
    const tx = await transaction(mode)
    for (const p of PRAGMAS) await c.execute(p)
    return tx
  }) as typeof c.transaction
  return c
}

interface Contender {
  readonly name: string
  readonly run: (n: number) => Promise<void>
}

const inTransactions =
  (c: Client): Contender["run"] =>
  async (n) => {
    for (let i = 0; i < n; i++) {
      const tx = await c.transaction("write")
      await tx.execute({ sql: "INSERT INTO t (x) VALUES (?)", args: [`row ${i}`] })
      await tx.commit()
    }
  }

const contenders: ReadonlyArray<Contender> = [
  {
    name: "@libsql/client `transaction()` (fresh connection + pragmas each time)",
    run: inTransactions(libsqlOwn(await open("own"))),
  },
  {
    name: "`sameConnectionTransactions` (BEGIN IMMEDIATE … COMMIT, one connection)",
    run: inTransactions(sameConnectionTransactions(await open("same"))),
  },
  {
    name: "no transaction (autocommit INSERT), for scale",
    run: await (async () => {
      const c = await open("auto")
      return async (n: number) => {
        for (let i = 0; i < n; i++)
          await c.execute({ sql: "INSERT INTO t (x) VALUES (?)", args: [`row ${i}`] })
      }
    })(),
  },
]

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
/** Open file descriptors of this process (Linux). */
const fds = () => readdirSync("/proc/self/fd").length
for (const c of contenders) {
  await c.run(Math.min(N, 50)) // warm-up
  gc()
}
const times: Array<Array<number>> = contenders.map(() => [])
const fdGrowth: Array<Array<number>> = contenders.map(() => [])
for (let r = 0; r < ROUNDS; r++)
  for (let k = 0; k < contenders.length; k++) {
    const i = (k + r) % contenders.length
    gc()
    await new Promise((resolve) => setTimeout(resolve, 20)) // let finalisers run
    const before = fds()
    const t0 = performance.now()
    await (contenders[i] as Contender).run(N)
    ;(times[i] as Array<number>).push(performance.now() - t0)
    ;(fdGrowth[i] as Array<number>).push(fds() - before)
  }
rmSync(dir, { recursive: true, force: true })

const rate = (i: number) => (N / median(times[i] as Array<number>)) * 1000
console.log(`## SQLite transactions (${machine()})\n`)
console.log(
  `${num(N)} one-row write transactions per round, median of ${ROUNDS} interleaved rounds (wall clock).\n`,
)
console.log(
  table(
    [
      "contender",
      "transactions/s",
      "per transaction",
      "vs libsql's own",
      "file descriptors opened by a round (median)",
    ],
    contenders.map((c, i) => [
      c.name,
      num(rate(i)),
      `${((1000 / rate(i)) * 1000).toFixed(0)} µs`,
      i === 0 ? "1 (baseline)" : `${(rate(i) / rate(0)).toFixed(2)}×`,
      num(median(fdGrowth[i] as Array<number>)),
    ]),
  ),
)
