/**
 * Starts the API: the embedded SQLite file by default (DATABASE_URL switches to PostgreSQL),
 * seeded with clearly fictional demo data on first start, with graceful shutdown that drains
 * in-flight requests.
 */
import { serve } from "@hono/node-server"
import * as Database from "@zhicheng/db/Database"
import { Cause, Exit } from "effect"
import { build } from "./App.ts"
import { seedDemo, seedRecords } from "./Demo.ts"
import * as PublicUrl from "./PublicUrl.ts"
import * as Secrets from "./Secrets.ts"
import { causedBy, defaultOptions } from "./Server.ts"
import * as Startup from "./Startup.ts"
import * as TrainingClock from "./TrainingClock.ts"

const refuse = (message: string): never => {
  process.stderr.write(`zhicheng: cannot start: ${message}\n`)
  process.exit(1)
}
const orRefuse = <A>(f: () => A): A => {
  try {
    return f()
  } catch (e) {
    return refuse((e as Error).message)
  }
}

const port = Number(process.env.PORT ?? 8787)
const host = process.env.HOST ?? "127.0.0.1"
const target = Startup.targetFromEnv()
let accepting = true
const inFlight = { n: 0 }
const secrets = orRefuse(() => Secrets.load(target))
// The QR codes' origin is configuration; the demo without it uses the origin it listens on (its
// port is known once listening, when PORT=0), never a request's Host header.
const configuredPublicUrl = orRefuse(() => PublicUrl.resolve(process.env))
let listenOrigin = `http://${host}:${port}`
const demo = process.env.ZHICHENG_DEMO !== "0"
// Demo mode runs on the training clock (TrainingClock.ts); production on real time.
const trainingClock = demo ? TrainingClock.make() : undefined
const { app, runtime } = build(
  Database.layer(target),
  secrets,
  {
    ...Startup.optionsFromEnv(process.env, defaultOptions),
    inFlight,
    ready: () => accepting,
    publicUrl: () => configuredPublicUrl ?? listenOrigin,
  },
  trainingClock,
)

// Migrates, then refuses a database it cannot write (a read-only file, a full disk) now, rather
// than answering 500 to every change while reads still work.
const writable = await runtime.runPromiseExit(Database.writeProbe)
if (Exit.isFailure(writable)) {
  const reasons = causedBy(writable.cause)
  refuse(
    Startup.cannotWrite(
      Database.describe(target),
      target,
      reasons.length > 0 ? reasons : [String(Cause.squash(writable.cause))],
    ),
  )
}

const log = (msg: string, extra: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ level: "info", at: new Date().toISOString(), msg, ...extra })}\n`)

const storedClock = await runtime.runPromise(TrainingClock.load)
if (trainingClock === undefined) {
  const refusal = TrainingClock.productionRefusal(storedClock)
  if (refusal !== undefined) refuse(refusal)
} else trainingClock.setOffsetDays(storedClock.offsetDays)

const { lines: seeded, keys: demoKeys } = await runtime.runPromise(seedDemo(demo))
if (trainingClock !== undefined && demoKeys !== undefined)
  seeded.push(...(await seedRecords(app, runtime, trainingClock, demoKeys)))
if (trainingClock !== undefined)
  seeded.push(
    `TRAINING MODE (demo): the API runs on a training clock, today ${TrainingClock.trainingDay(trainingClock)} — every response names it in the Zhicheng-Training-Day header; GET/POST /api/v1/training/clock reads or moves it forward`,
  )
const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  listenOrigin = `http://${host}:${info.port}`
  log("zhicheng api listening", {
    url: `http://${host}:${info.port}`,
    database: Database.describe(target),
    publicUrl: configuredPublicUrl ?? `${listenOrigin} (demo: the listen origin; set ZHICHENG_PUBLIC_URL)`,
    secrets: secrets.source,
    docs: `http://${host}:${info.port}/api/docs`,
  })
  for (const line of seeded) log(line)
})

/**
 * Stops accepting connections, lets every in-flight request — streamed bodies included — finish
 * (at most 25 s, then the remaining connections are cut), then closes the database pool.
 */
const shutdown = async (signal: string) => {
  if (!accepting) return
  accepting = false
  log("shutting down: draining in-flight requests", { signal, inFlight: inFlight.n })
  const http = server as import("node:http").Server
  const drained = new Promise<void>((resolve) => http.close(() => resolve()))
  const cut = setTimeout(() => http.closeAllConnections(), 25_000)
  await drained
  clearTimeout(cut)
  await runtime.dispose()
  log("stopped")
  process.exit(0)
}
process.on("SIGTERM", () => void shutdown("SIGTERM"))
process.on("SIGINT", () => void shutdown("SIGINT"))
