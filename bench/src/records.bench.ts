/**
 * Records throughput, side by side in one process:
 *
 * (a) certificates through the `Certificates` service (CertificatesLive: SQL store, node:crypto
 *     Ed25519, audit log), on a fresh SQLite file and a fresh PostgreSQL database —
 *     - issue: one transaction each (the application's checks, idempotency lookup, active key,
 *       counter upsert, sign, insert, audit entry, the application's step with its transition row
 *       and audit entry), for decided applications made before timing;
 *     - verify online: by number and holder name (one lookup, decode, name compare);
 *     - verify offline: from the QR text (parse, schema decode, canonical check, key lookup, verify);
 *     beside, in the same rounds, raw `crypto.sign` / `crypto.verify` (Ed25519) of the same
 *     payload bytes, and `verifyQrWith` against the published key set (the offline check without a
 *     database). Ratio: service / raw.
 * (b) applications stored (`Applications.create`: ID HMAC, one transaction with the row, its first
 *     transition and an audit entry) on SQLite and on PostgreSQL. Ratio: PostgreSQL / SQLite.
 *
 * Operations run one after another (no concurrency), each contender warmed up, then timed for
 * several interleaved rounds; the median round is reported as operations per wall-clock second.
 * PostgreSQL is the local server (ZHICHENG_TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/test):
 * a database is created for the run and dropped afterwards, as the db tests do.
 *
 *   node src/records.bench.ts [--n=1000] [--rounds=5] [--sqlite-only]
 *   node --cpu-prof --cpu-prof-dir=.profile src/records.bench.ts --n=500 --rounds=3
 */
import { createPublicKey, sign as cryptoSign, verify as cryptoVerify, generateKeyPairSync } from "node:crypto"
import { parseArgs } from "node:util"
import { Applications, Certificates } from "@zhicheng/domain"
import { Effect } from "effect"
import {
  admin,
  type Bureau,
  bureau,
  type Contender,
  clerk,
  decidedRequests,
  gc,
  hr,
  type Kind,
  type Measured,
  measure,
  newApplications,
} from "./records-support.ts"
import { kib, machine, mib, num, table } from "./report.ts"

const { values: opts } = parseArgs({
  options: {
    n: { type: "string", default: "1000" },
    rounds: { type: "string", default: "5" },
    "sqlite-only": { type: "boolean", default: false },
  },
})
const N = Number(opts.n)
const ROUNDS = Number(opts.rounds)
const KINDS: ReadonlyArray<Kind> = opts["sqlite-only"] ? ["sqlite"] : ["sqlite", "postgres"]
/** Certificates verified in turn (issued before timing). */
const POOL = 200
const BASE_URL = "https://zc.example.cn"
const log = (s: string) => process.stderr.write(`${s}\n`)

const utf8 = new TextEncoder()
const rssStart = process.memoryUsage().rss

// ---------------------------------------------------------------------------------------------
// Set-up: a bureau per database, a signing key, a pool of issued certificates to verify

interface Side {
  readonly kind: Kind
  readonly rt: Bureau
  readonly pool: ReadonlyArray<Certificates.Certificate>
}

const open = async (kind: Kind): Promise<Side> => {
  log(`${kind}: creating a fresh database and migrating…`)
  const rt = bureau(kind)
  const requests = await decidedRequests(rt, POOL)
  const pool = await rt.runPromise(
    Effect.gen(function* () {
      const svc = yield* Certificates.Certificates
      yield* svc.rotateKey(admin)
      return yield* Effect.forEach(requests, (r) => svc.issue(clerk, r))
    }),
  )
  return { kind, rt, pool }
}

const sides = [] as Array<Side>
for (const kind of KINDS) sides.push(await open(kind))
const first = sides[0] as Side
const keySet = await first.rt.runPromise(Effect.flatMap(Certificates.Certificates, (s) => s.keySet))
const published = keySet.keys.find((k) => k.status === "active")
if (published === undefined) throw new Error("no active key published")

// Raw node:crypto over the same payload bytes: a fresh Ed25519 key to sign with (the same
// algorithm and message; the service's private key never leaves its store), the published public
// key and the pool's signatures to verify.
const rawKey = generateKeyPairSync("ed25519").privateKey
const rawPublic = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: published.x }, format: "jwk" })
const messages = first.pool.map((c) => utf8.encode(c.payload))
const signatures = first.pool.map((c) => Certificates.fromBase64Url(c.signature) as Uint8Array)
const qrTexts = new Map(sides.map((s) => [s.kind, s.pool.map((c) => Certificates.qrText(c, BASE_URL))]))
const rawVerifyJwk = (_: unknown, m: Uint8Array, s: Uint8Array) => cryptoVerify(null, m, rawPublic, s)

// Check that every contender accepts what it is given before timing anything.
for (let i = 0; i < POOL; i++)
  if (!cryptoVerify(null, messages[i] as Uint8Array, rawPublic, signatures[i] as Uint8Array))
    throw new Error(`raw verify rejected pool certificate ${i}`)

// ---------------------------------------------------------------------------------------------
// Contenders

const loop = (n: number, f: (i: number) => void) => {
  for (let i = 0; i < n; i++) f(i)
}
let sink = 0

const raw: ReadonlyArray<Contender> = [
  {
    id: "raw-sign",
    n: N * 20,
    run: async (n) =>
      loop(n, (i) => {
        sink += cryptoSign(null, messages[i % POOL] as Uint8Array, rawKey).length
      }),
  },
  {
    id: "raw-verify",
    n: N * 20,
    run: async (n) =>
      loop(n, (i) => {
        if (
          !cryptoVerify(null, messages[i % POOL] as Uint8Array, rawPublic, signatures[i % POOL] as Uint8Array)
        )
          throw new Error("raw verify failed")
      }),
  },
  {
    id: "verifyQrWith",
    n: N * 5,
    run: (n) =>
      Effect.runPromise(
        Effect.forEach(
          Array.from({ length: n }, (_, i) => i),
          (i) =>
            Certificates.verifyQrWith(
              (qrTexts.get(first.kind) as Array<string>)[i % POOL] as string,
              keySet,
              rawVerifyJwk,
            ),
          { discard: true },
        ),
      ),
  },
]

const service = (s: Side): ReadonlyArray<Contender> => {
  const qr = qrTexts.get(s.kind) as Array<string>
  const over = <A, E>(n: number, f: (svc: Certificates.CertificatesApi, i: number) => Effect.Effect<A, E>) =>
    s.rt.runPromise(
      Effect.flatMap(Certificates.Certificates, (svc) =>
        Effect.forEach(
          Array.from({ length: n }, (_, i) => i),
          (i) => f(svc, i),
          { discard: true },
        ),
      ),
    )
  let decided: ReadonlyArray<Certificates.IssueRequest> = []
  return [
    {
      id: `issue/${s.kind}`,
      n: N,
      prepare: async (n) => {
        decided = await decidedRequests(s.rt, n)
      },
      run: (n) => over(n, (svc, i) => svc.issue(clerk, decided[i] as Certificates.IssueRequest)),
    },
    {
      id: `verify-online/${s.kind}`,
      n: N * 2,
      run: (n) =>
        over(n, (svc, i) => {
          const c = s.pool[i % POOL] as Certificates.Certificate
          return svc.verifyOnline(c.number, c.holderName)
        }),
    },
    {
      id: `verify-offline/${s.kind}`,
      n: N * 2,
      run: (n) => over(n, (svc, i) => svc.verifyOffline(qr[i % POOL] as string)),
    },
  ]
}

const applications = (s: Side): Contender => {
  const inputs = newApplications(N, 7)
  return {
    id: `create/${s.kind}`,
    n: N,
    run: (n) =>
      s.rt.runPromise(
        Effect.flatMap(Applications.Applications, (apps) =>
          Effect.forEach(
            Array.from({ length: n }, (_, i) => i),
            (i) => apps.create(inputs[i % inputs.length] as Applications.NewApplication, hr),
            { discard: true },
          ),
        ),
      ),
  }
}

/** Every stored application, counted a page at a time (the list pages in SQL). */
const countStored = (apps: Applications.ApplicationsApi) =>
  Effect.gen(function* () {
    const PAGE = 1000
    let n = 0
    let after: Applications.ListCursor | undefined
    for (;;) {
      const page = yield* apps.list({ limit: PAGE, ...(after !== undefined ? { after } : {}) })
      n += page.length
      const last = page.at(-1)
      if (page.length < PAGE || last === undefined) return n
      after = Applications.cursorOf(last)
    }
  })

// ---------------------------------------------------------------------------------------------
// Run

log(`certificates: ${ROUNDS} rounds on ${KINDS.join(" and ")}…`)
const certs = await measure([...raw, ...sides.flatMap(service)], ROUNDS, log)
log(`applications: ${ROUNDS} rounds on ${KINDS.join(" and ")}…`)
const apps = await measure(sides.map(applications), ROUNDS, log)
const counts = await Promise.all(
  sides.map((s) =>
    s.rt.runPromise(Effect.flatMap(Applications.Applications, countStored)).then((n) => [s.kind, n] as const),
  ),
)
gc()
const rssEnd = process.memoryUsage().rss
const maxRss = process.resourceUsage().maxRSS * 1024
for (const s of sides) await s.rt.dispose()
if (sink < 0) log(String(sink))

// ---------------------------------------------------------------------------------------------
// Report

const by = (ms: ReadonlyArray<Measured>, id: string) => ms.find((m) => m.id === id) as Measured
const perOp = (m: Measured) => {
  const us = 1e6 / m.perSecond
  return us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`
}
const spread = (m: Measured) => `${num(m.worst)}–${num(m.best)}`
const ratio = (a: Measured, b: Measured) => `${(a.perSecond / b.perSecond).toFixed(3)}×`
const slower = (a: Measured, b: Measured) => `${(b.perSecond / a.perSecond).toFixed(1)}× slower`

const LABEL: Record<string, string> = {
  "raw-sign": "raw `crypto.sign` Ed25519 (same payload bytes)",
  "raw-verify": "raw `crypto.verify` Ed25519 (same payload bytes)",
  verifyQrWith: "`verifyQrWith` QR text against the published key set (no database)",
  issue: "`Certificates.issue` (one transaction)",
  "verify-online": "`Certificates.verifyOnline` by number + name",
  "verify-offline": "`Certificates.verifyOffline` from the QR text",
}
const versus = (m: Measured): string => {
  const op = m.id.split("/")[0] as string
  if (op === "raw-sign" || op === "raw-verify") return "1 (reference)"
  const ref = by(certs, op === "issue" ? "raw-sign" : "raw-verify")
  return `${ratio(m, ref)} (${slower(m, ref)})`
}

const out: Array<string> = []
out.push(`## Records: certificates and applications (${machine()})`)
out.push("")
out.push(
  `Sequential operations, median of ${ROUNDS} rounds after a warm-up; n = operations per round; ratio = service / raw node:crypto (sign for issue, verify for the checks).`,
)
out.push("")
out.push(
  table(
    [
      "operation",
      "database",
      "n/round",
      "ops/s (median)",
      "rounds min–max",
      "per op",
      "ratio to raw",
      "heap retained",
    ],
    certs.map((m) => [
      LABEL[m.id.split("/")[0] as string] ?? m.id,
      m.id.includes("/") ? (m.id.split("/")[1] as string) : "—",
      num(m.n),
      num(m.perSecond),
      spread(m),
      perOp(m),
      versus(m),
      kib(m.retainedBytes),
    ]),
  ),
)
out.push("")
const sqliteApps = by(apps, "create/sqlite")
out.push(
  table(
    [
      "operation",
      "database",
      "n/round",
      "ops/s (median)",
      "rounds min–max",
      "per op",
      "ratio to SQLite",
      "heap retained",
    ],
    apps.map((m) => [
      "`Applications.create` (HMAC + one transaction: row, transition, audit)",
      m.id.split("/")[1] as string,
      num(m.n),
      num(m.perSecond),
      spread(m),
      perOp(m),
      m === sqliteApps ? "1 (reference)" : ratio(m, sqliteApps),
      kib(m.retainedBytes),
    ]),
  ),
)
out.push("")
out.push(
  `Applications stored: ${counts.map(([k, c]) => `${k} ${num(c)}`).join(", ")}. RSS: ${mib(rssStart)} at start, ${mib(rssEnd)} at the end, peak ${mib(maxRss)}.`,
)
process.stdout.write(`${out.join("\n")}\n`)
