/**
 * The public certificate check's two refusals, side by side: a wrong number and a wrong name must
 * cost the same, or the answer's timing tells a guesser which of the two was right (issue #8.10).
 *
 * Contenders, interleaved round by round in one process over one fresh database:
 * - `verifyOnline` as it is now: the holder's name alone is looked up and compared (against a name
 *   no one has when the number is unknown); the certificate is read only once both match.
 * - the previous shape, rebuilt here from the store as the baseline: read and decode the whole
 *   certificate by number, then compare names — a wrong name paid a decode that a wrong number did not.
 * Each is timed with a wrong number, a wrong name, and (for scale) the right pair. Reported: µs per
 * check (median round) and the ratio wrong name / wrong number, which should be ≈ 1.00.
 *
 *   node src/verify-timing.bench.ts [--n=2000] [--rounds=9] [--db=sqlite|postgres]
 */
import { parseArgs } from "node:util"
import { CertificateRepositorySql } from "@zhicheng/db/CertificatesSql"
import { Certificates } from "@zhicheng/domain"
import { Effect, Option } from "effect"
import { admin, bureau, clerk, decidedRequests, type Kind } from "./records-support.ts"
import { machine, median, num, table } from "./report.ts"

const { values: opts } = parseArgs({
  options: {
    n: { type: "string", default: "2000" },
    rounds: { type: "string", default: "9" },
    db: { type: "string", default: "sqlite" },
  },
})
const N = Number(opts.n)
const ROUNDS = Number(opts.rounds)
const KIND = opts.db as Kind

const rt = bureau(KIND)
const [request] = await decidedRequests(rt, 1)
if (request === undefined) throw new Error("no application seeded")
const cert = await rt.runPromise(
  Effect.gen(function* () {
    const svc = yield* Certificates.Certificates
    yield* svc.rotateKey(admin)
    return yield* svc.issue(clerk, request)
  }),
)
// Same length as the real ones, so only what is wrong differs.
const wrongNumber = cert.number.replace(/\d{6}$/, "999999")
const wrongName = `${cert.holderName.slice(0, -1)}错`

// The SQL store, as the service uses it (the bureau provides the service, not the store).
const store = await rt.runPromise(
  Effect.provide(Certificates.CertificateRepository, CertificateRepositorySql),
)

/** The check as it was before #8.10: the whole certificate by number, then the names. */
const previousShape = (number: string, name: string) =>
  Effect.gen(function* () {
    const c = yield* store.byNumber(number.trim())
    if (
      Option.isNone(c) ||
      Certificates.normalizeName(c.value.holderName) !== Certificates.normalizeName(name)
    )
      return yield* Effect.fail("not found" as const)
    return c.value
  })

const now = (number: string, name: string) =>
  Effect.flatMap(Certificates.Certificates, (svc) => svc.verifyOnline(number, name))

type Check = (number: string, name: string) => Effect.Effect<unknown, unknown, Certificates.Certificates>
const contenders: ReadonlyArray<{ readonly id: string; readonly check: Check }> = [
  { id: "now", check: now },
  { id: "previous shape", check: previousShape },
]
const cases = [
  { id: "wrong number", number: wrongNumber, name: cert.holderName },
  { id: "wrong name", number: cert.number, name: wrongName },
  { id: "right pair", number: cert.number, name: cert.holderName },
] as const

/** µs per check over `n` checks run back to back in one fiber. */
const time = async (check: Check, number: string, name: string, n: number): Promise<number> => {
  const loop = Effect.forEach(Array.from({ length: n }), () => Effect.either(check(number, name)), {
    discard: true,
  })
  const started = process.hrtime.bigint()
  await rt.runPromise(loop)
  return Number(process.hrtime.bigint() - started) / 1000 / n
}

console.log(`# Certificate check timing (${KIND}, ${N} checks a round, ${ROUNDS} rounds)\n`)
console.log(machine())
const samples = new Map<string, Array<number>>()
for (const c of contenders) for (const k of cases) await time(c.check, k.number, k.name, Math.min(N, 200)) // warm-up
// Within a round every contender and case runs in slices of SLICE checks, taking turns in an order
// that rotates from slice to slice, so that a busy moment of the machine (or the garbage a heavier
// neighbour left) falls on all of them alike; a round's figure is its mean per check.
const SLICE = 50
const turns = contenders.flatMap((c) => cases.map((k) => ({ c, k })))
for (let round = 0; round < ROUNDS; round++) {
  const total = new Map<string, number>()
  for (let slice = 0; slice * SLICE < N; slice++)
    for (let t = 0; t < turns.length; t++) {
      const { c, k } = turns[(slice + t) % turns.length] as (typeof turns)[number]
      const key = `${c.id}/${k.id}`
      total.set(key, (total.get(key) ?? 0) + (await time(c.check, k.number, k.name, SLICE)))
    }
  for (const [key, sum] of total) samples.set(key, [...(samples.get(key) ?? []), sum / Math.ceil(N / SLICE)])
}

const us = (c: string, k: string) => median(samples.get(`${c}/${k}`) ?? [])
console.log(
  `\n${table(
    ["check", "wrong number µs", "wrong name µs", "right pair µs", "wrong name / wrong number"],
    contenders.map((c) => [
      c.id,
      num(us(c.id, "wrong number"), 1),
      num(us(c.id, "wrong name"), 1),
      num(us(c.id, "right pair"), 1),
      num(us(c.id, "wrong name") / us(c.id, "wrong number"), 2),
    ]),
  )}`,
)
await rt.dispose()
