/**
 * HTTP throughput of the API, side by side in one process: one Hono server on a loopback port
 * serves the real app (apps/api's `build` over a temp SQLite file, test secrets, rate limits raised
 * so that nothing is refused) and, mounted alongside, a bare route `POST /bare` → `{ok: true}`.
 * A worker thread of this process (api-load.ts) drives the load, so client and server do not share
 * an event loop.
 *
 * 1. `POST /api/v1/eligibility` with a realistic profile (the seeded population, 100 profiles
 *    cycled) against `POST /bare` with the same bodies, same connections and same duration,
 *    rounds interleaved: requests per second, p50 and p99 latency, ratio eligibility / bare. Every
 *    request of the real app still passes its whole pipeline: CORS, caller identification, the
 *    rate-limit UPSERT in the database, body limits, schema decode, the engine, schema encode.
 * 2. `POST /api/v1/eligibility/batch?summary=true`: 10,000 and then 100,000 NDJSON profiles
 *    streamed into one request: profiles per second and the process's peak RSS during each (it
 *    should not grow with the count), beside the same lines evaluated in-process without HTTP
 *    (parse, decode, evaluate, summary line) for the ratio.
 *
 *   node src/api.bench.ts [--connections=10] [--seconds=4] [--rounds=3] [--batch=10000,100000]
 *   node --cpu-prof --cpu-prof-dir=.profile src/api.bench.ts --rounds=1   (profiles both threads)
 */
import { mkdtempSync, rmSync } from "node:fs"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { Worker } from "node:worker_threads"
import { gzipSync } from "node:zlib"
import { serve } from "@hono/node-server"
import * as Database from "@zhicheng/db/Database"
import { type CivilDate, Eligibility, Profile } from "@zhicheng/domain"
import { Either, Schema } from "effect"
import { build } from "../../apps/api/src/App.ts"
import { defaultOptions } from "../../apps/api/src/Server.ts"
import * as Store from "../../apps/api/src/Store.ts"
import type { BatchJob, BatchResult, CannonJob, CannonResult } from "./api-load.ts"
import { population } from "./population.ts"
import { gc } from "./records-support.ts"
import { machine, median, mib, num, table } from "./report.ts"

const { values: opts } = parseArgs({
  options: {
    connections: { type: "string", default: "10" },
    seconds: { type: "string", default: "4" },
    rounds: { type: "string", default: "3" },
    batch: { type: "string", default: "10000,100000" },
  },
})
const CONNECTIONS = Number(opts.connections)
const SECONDS = Number(opts.seconds)
const ROUNDS = Number(opts.rounds)
const BATCHES = opts.batch
  .split(",")
  .filter((s) => s !== "")
  .map(Number)
const AS_OF = "2023-09-01" as CivilDate.CivilDate
const EDITION = "shangyu-2023-3"
const log = (s: string) => process.stderr.write(`${s}\n`)

/** The same keys as apps/api/test/support/app.ts: for tests and benchmarks only. */
const TEST_SECRETS = {
  idHmacKey: "test-hmac-key-0123456789abcdef0123456789",
  idSealKey: "test-seal-key-0123456789abcdef0123456789",
  source: "test",
}

// ---------------------------------------------------------------------------------------------
// Server: the real app over a temp SQLite file, plus the bare route, on one loopback port

const dir = mkdtempSync(join(tmpdir(), "zc-bench-api-"))
process.on("exit", () => rmSync(dir, { recursive: true, force: true }))
const built = build(Database.layer({ kind: "sqlite", file: join(dir, "bench.db") }), TEST_SECRETS, {
  ...defaultOptions,
  log: () => {},
  publicRatePerMinute: 1_000_000_000,
  keyRatePerMinute: 1_000_000_000,
})
built.app.post("/bare", (c) => c.json({ ok: true }))
const { key: apiKey } = await built.runtime.runPromise(Store.createKey("bench", "clerk"))
const server = serve({ fetch: built.app.fetch, port: 0, hostname: "127.0.0.1" })
await new Promise<void>((resolve) => server.once("listening", () => resolve()))
const port = (server.address() as AddressInfo).port
const url = `http://127.0.0.1:${port}`

// ---------------------------------------------------------------------------------------------
// Bodies: 100 profiles for the single route, 1,000 NDJSON lines for the batch (cycled)

const encodeProfile = Schema.encodeSync(Profile.Profile)
const profiles = population(1000)
const lines = profiles.map((p) => JSON.stringify(encodeProfile(p)))
const bodies = lines.slice(0, 100).map((l) => `{"profile":${l},"asOf":"${AS_OF}"}`)
/** The same profiles asking about one edition only (a smaller report). */
const editionBodies = lines
  .slice(0, 100)
  .map((l) => `{"profile":${l},"asOf":"${AS_OF}","edition":"${EDITION}"}`)

// One request by hand first: the route must answer 200 with a report, or nothing below means anything.
// Sizes: the body as sent (the gzip row: the same body gzipped at zlib's default level, which is
// what the compress middleware's CompressionStream uses).
const reportBytes = new Map<string, number>()
for (const [id, path, body] of [
  ["eligibility", "/api/v1/eligibility", bodies[0]],
  ["eligibility-summary", "/api/v1/eligibility/summary", bodies[0]],
  ["eligibility-002", "/api/v1/eligibility", editionBodies[0]],
] as const) {
  const res = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": "identity" },
    body: body as string,
  })
  const text = await res.text()
  if (res.status !== 200) throw new Error(`${id} answered ${res.status}: ${text.slice(0, 500)}`)
  reportBytes.set(id, Buffer.byteLength(text))
  if (id === "eligibility") reportBytes.set("eligibility-gzip", gzipSync(text).byteLength)
}
reportBytes.set("bare", Buffer.byteLength(JSON.stringify({ ok: true })))

// ---------------------------------------------------------------------------------------------
// The load generator thread

const worker = new Worker(new URL("./api-load.ts", import.meta.url))
const ask = <R>(job: CannonJob | BatchJob): Promise<R> =>
  new Promise((resolve, reject) => {
    worker.once("message", (m: { ok: boolean; result?: R; error?: string }) =>
      m.ok ? resolve(m.result as R) : reject(new Error(m.error)),
    )
    worker.postMessage(job)
  })
const load = (
  path: string,
  seconds: number,
  sent: ReadonlyArray<string>,
  headers: Readonly<Record<string, string>> = {},
) =>
  ask<CannonResult>({ kind: "cannon", url, path, bodies: sent, connections: CONNECTIONS, seconds, headers })

// ---------------------------------------------------------------------------------------------
// 1. Single requests: bare vs eligibility, interleaved rounds

const ROUTES = [
  { id: "bare", path: "/bare", bodies, label: "bare Hono `POST /bare` → `{ok: true}`" },
  {
    id: "eligibility",
    path: "/api/v1/eligibility",
    bodies,
    label: "`POST /api/v1/eligibility`, every edition (real app)",
  },
  {
    id: "eligibility-gzip",
    path: "/api/v1/eligibility",
    bodies,
    headers: { "accept-encoding": "gzip" },
    label: "the same, `Accept-Encoding: gzip` (compressed response)",
  },
  {
    id: "eligibility-summary",
    path: "/api/v1/eligibility/summary",
    bodies,
    label: "`POST /api/v1/eligibility/summary`, every edition (answers and grounds, no trees)",
  },
  {
    id: "eligibility-002",
    path: "/api/v1/eligibility",
    bodies: editionBodies,
    label: `\`POST /api/v1/eligibility\`, \`edition: ${EDITION}\``,
  },
] as const satisfies ReadonlyArray<{
  readonly id: string
  readonly path: string
  readonly bodies: ReadonlyArray<string>
  readonly headers?: Readonly<Record<string, string>>
  readonly label: string
}>
const headersOf = (r: (typeof ROUTES)[number]): Readonly<Record<string, string>> =>
  "headers" in r ? r.headers : {}
log(`warm-up: 2 s per route, ${CONNECTIONS} connections`)
for (const r of ROUTES) await load(r.path, 2, r.bodies, headersOf(r))
const results = new Map<string, Array<CannonResult>>(ROUTES.map((r) => [r.id, []]))
for (let round = 0; round < ROUNDS; round++) {
  for (const r of ROUTES) {
    const res = await load(r.path, SECONDS, r.bodies, headersOf(r))
    results.get(r.id)?.push(res)
    log(`${r.id} round ${round + 1}: ${num(res.perSecond)} req/s, p50 ${res.p50} ms, p99 ${res.p99} ms`)
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Batch NDJSON: profiles per second, peak RSS, beside the same work in-process

const decodeLine = Schema.decodeUnknownEither(Eligibility.Request.fields.profile, {
  errors: "all",
  onExcessProperty: "error",
})
/** What one batch line costs without HTTP or streams: parse, decode, evaluate, summary line. */
const direct = (count: number): number => {
  const t0 = performance.now()
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const p = decodeLine(JSON.parse(lines[i % lines.length] as string))
    if (Either.isLeft(p)) throw new Error(`line ${i + 1} does not decode`)
    const report = Eligibility.evaluate({ profile: p.right, asOf: AS_OF })
    bytes += JSON.stringify({
      line: i + 1,
      rulesVersion: report.rulesVersion,
      tracks: Eligibility.summarize(report).tracks,
    }).length
  }
  if (bytes === 0) throw new Error("no output")
  return performance.now() - t0
}

interface BatchRow {
  readonly count: number
  readonly http: BatchResult
  readonly directMs: number
}
const batchRows: Array<BatchRow> = []
direct(2000) // warm-up
for (const count of BATCHES) {
  gc()
  log(`batch: ${num(count)} profiles streamed…`)
  const http = await ask<BatchResult>({
    kind: "batch",
    port,
    path: `/api/v1/eligibility/batch?asOf=${AS_OF}&summary=true`,
    apiKey,
    lines,
    count,
  })
  if (http.status !== 200 || http.received !== count || http.errorLines !== 0)
    throw new Error(
      `batch of ${count}: status ${http.status}, ${http.received} lines back, ${http.errorLines} errors; first: ${http.firstLine.slice(0, 300)}`,
    )
  const directMs = direct(Math.min(count, 20_000)) * (count / Math.min(count, 20_000))
  batchRows.push({ count, http, directMs })
  log(`batch ${num(count)}: ${num((count / http.ms) * 1000)} profiles/s, peak RSS ${mib(http.rssPeak)}`)
}

await worker.terminate()
server.close()
await built.runtime.dispose()

// ---------------------------------------------------------------------------------------------
// Report

const med = (xs: ReadonlyArray<CannonResult>, f: (r: CannonResult) => number) => median(xs.map(f))
const bare = results.get("bare") as Array<CannonResult>
const row = (id: string, label: string) => {
  const xs = results.get(id) as Array<CannonResult>
  const rps = med(xs, (r) => r.perSecond)
  const total = xs.reduce((a, r) => a + r.requests, 0)
  const bad = xs.reduce((a, r) => a + r.non2xx + r.errors, 0)
  return [
    label,
    num(reportBytes.get(id) ?? 0),
    num(total),
    num(rps),
    `${num(Math.min(...xs.map((r) => r.perSecond)))}–${num(Math.max(...xs.map((r) => r.perSecond)))}`,
    `${med(xs, (r) => r.p50)} ms`,
    `${med(xs, (r) => r.p99)} ms`,
    id === "bare" ? "1 (reference)" : `${(rps / med(bare, (r) => r.perSecond)).toFixed(3)}×`,
    num(bad),
  ]
}

const out: Array<string> = []
out.push(`## API over HTTP (${machine()})`)
out.push("")
out.push(
  `One process: the server on the main thread, autocannon in a worker thread; loopback, ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s per route after 2 s of warm-up; 100 request bodies cycled (population profiles, ~${num(bodies[0]?.length ?? 0)} bytes each; the bare route gets the same bodies). Median round shown; ratio = req/s / bare req/s.`,
)
out.push("")
out.push(
  table(
    [
      "route",
      "response bytes",
      "requests",
      "req/s (median)",
      "rounds min–max",
      "p50",
      "p99",
      "ratio to bare",
      "non-2xx + errors",
    ],
    ROUTES.map((r) => row(r.id, r.label)),
  ),
)
out.push("")
out.push(
  "Batch: `POST /api/v1/eligibility/batch?summary=true`, NDJSON streamed in and out over one connection; direct = the same lines parsed, decoded, evaluated and summarised in-process (no HTTP, no streams); RSS = the whole process (server, client thread, both heaps), sampled every 10 ms.",
)
out.push("")
out.push(
  table(
    ["profiles", "HTTP profiles/s", "direct profiles/s", "HTTP / direct", "RSS before", "peak RSS", "growth"],
    batchRows.map((b) => [
      num(b.count),
      num((b.count / b.http.ms) * 1000),
      num((b.count / b.directMs) * 1000),
      `${(b.directMs / b.http.ms).toFixed(3)}×`,
      mib(b.http.rssBefore),
      mib(b.http.rssPeak),
      mib(b.http.rssPeak - b.http.rssBefore),
    ]),
  ),
)
process.stdout.write(`${out.join("\n")}\n`)
