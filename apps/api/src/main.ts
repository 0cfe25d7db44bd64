/**
 * Starts the API: the embedded SQLite file by default (DATABASE_URL switches to PostgreSQL),
 * seeded with clearly fictional demo data on first start, with graceful shutdown that drains
 * in-flight requests.
 */
import { serve } from "@hono/node-server"
import * as Database from "@zhicheng/db/Database"
import { Effect } from "effect"
import { build } from "./App.ts"
import { seedDemo } from "./Demo.ts"
import * as Secrets from "./Secrets.ts"
import { defaultOptions } from "./Server.ts"

const port = Number(process.env.PORT ?? 8787)
const host = process.env.HOST ?? "127.0.0.1"
const target = Effect.runSync(Database.targetFromEnv)
let accepting = true
const inFlight = { n: 0 }
const secrets = (() => {
  try {
    return Secrets.load(target)
  } catch (e) {
    process.stderr.write(`zhicheng: cannot start: ${(e as Error).message}\n`)
    process.exit(1)
  }
})()
const { app, runtime } = build(Database.layer(target), secrets, {
  ...defaultOptions,
  corsOrigins: (process.env.ZHICHENG_CORS_ORIGINS ?? defaultOptions.corsOrigins.join(","))
    .split(",")
    .map((s) => s.trim()),
  inFlight,
  ready: () => accepting,
  trustProxy: process.env.ZHICHENG_TRUST_PROXY === "1",
  compress: process.env.ZHICHENG_COMPRESS !== "0",
})

const log = (msg: string, extra: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ level: "info", at: new Date().toISOString(), msg, ...extra })}\n`)

const seeded = await runtime.runPromise(seedDemo(process.env.ZHICHENG_DEMO !== "0"))
const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  log("zhicheng api listening", {
    url: `http://${host}:${info.port}`,
    database: Database.describe(target),
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
