/**
 * Eligibility throughput, side by side in one process, on one seeded population:
 *
 * - engine (all editions): `Eligibility.evaluate({ profile, asOf })` — every track of every edition,
 *   each with its full explanation (outcome, observed value, citation, missing fields per node);
 * - engine (002 only): the same, restricted to edition "shangyu-2023-3";
 * - ceiling: a hand-written yes/no function for the 002 tracks (ceiling.ts);
 * - peer: the same 002 tracks in json-rules-engine (peer.ts), facts precomputed, `engine.run(facts)`
 *   awaited one applicant after another; also timed with the fact derivation included;
 * - ZEN: the same tracks as a GoRules ZEN decision graph (zen.ts, a Rust engine behind a native
 *   binding) on the same facts, `decision.evaluate(facts, { trace: true })` awaited one after another —
 *   the stronger peer, with its trace (every node's input and output) as its explanation; also timed
 *   with the trace off.
 *
 * Each contender is warmed up, then timed over the whole population for several rounds (rounds
 * interleaved, so drift on a shared machine hits everyone alike); the median round is reported, as
 * evaluations per second of this thread's CPU time (the steadier figure on a shared machine) and of
 * wall-clock time.
 * Memory: heap held per result (results of 1,000 applicants kept alive, after GC) and peak RSS of a
 * fresh child process that runs only that contender over the population once.
 *
 * Before timing, the engine's 002 statuses are checked against the ceiling on every profile where
 * the engine decides (eligible, not eligible, not applicable), and the peer against the ceiling on
 * every profile. A disagreement is printed with the profile number; it is a bug to report.
 *
 *   node --expose-gc src/eligibility.bench.ts [--n=20000] [--rounds=5] [--slow-rounds=3]
 *   node --cpu-prof src/eligibility.bench.ts --only=engine-002   (profile one contender)
 *   node src/eligibility.bench.ts --check                        (the agreement check alone)
 */
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { type CivilDate, Eligibility, Profile, Registry } from "@zhicheng/domain"
import { Schema } from "effect"
import { ceiling, type Tracks } from "./ceiling.ts"
import { build, nodeCounts, type Tape, tape } from "./floor.ts"
import { factsOf, makeEngine, peer } from "./peer.ts"
import { population } from "./population.ts"
import { kib, machine, median, mib, num, table } from "./report.ts"
import { makeDecision, zen } from "./zen.ts"

const { values: opts } = parseArgs({
  options: {
    n: { type: "string", default: "20000" },
    rounds: { type: "string", default: "5" },
    "slow-rounds": { type: "string", default: "3" },
    only: { type: "string" },
    rss: { type: "string" },
    check: { type: "boolean", default: false },
  },
})
const N = Number(opts.n)
const ROUNDS = Number(opts.rounds)
/** Rounds for the slow contenders (all editions, json-rules-engine). */
const SLOW_ROUNDS = Number(opts["slow-rounds"])
const AS_OF = "2023-09-01" as CivilDate.CivilDate
const EDITION = "shangyu-2023-3"
const HELD = Math.min(N, 1000)

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})

// ---------------------------------------------------------------------------------------------
// Contenders

type Id = "ceiling" | "floor" | "engine-002" | "engine-all" | "peer" | "peer+facts" | "zen" | "zen-no-trace"
const IDS: ReadonlyArray<Id> = [
  "ceiling",
  "floor",
  "engine-002",
  "engine-all",
  "peer",
  "peer+facts",
  "zen",
  "zen-no-trace",
]
/** Contenders whose peak RSS alone says nothing (the floor holds every report it copies). */
const NO_RSS: ReadonlyArray<Id> = ["floor"]

interface Contender {
  readonly id: Id
  readonly name: string
  readonly produces: string
  readonly rounds: number
  /** Passes over the population per timed round (default 1). */
  readonly passes?: number
  /** Evaluates applicants [0, n) once; returns a checksum so that nothing is optimised away. */
  readonly run: (n: number) => Promise<number> | number
  /** One evaluation, kept to measure the heap a result holds. */
  readonly one: (i: number) => Promise<unknown> | unknown
}

const contenders = (
  profiles: ReadonlyArray<Profile.Profile>,
  facts: ReadonlyArray<ReturnType<typeof factsOf>>,
) => {
  const rules = makeEngine()
  const { decision } = makeDecision()
  const eligible = (r: Eligibility.Report) =>
    r.tracks.reduce((k, t) => (t.status === "eligible" ? k + 1 : k), 0)
  const bits = (t: Tracks) => +t.normal + +t.noAssistant + +t.exceptionalA + +t.exceptionalB + +t.skilled
  // The floor's tapes: the engine's 002 reports, flattened once, untimed, on first use.
  let tapes: ReadonlyArray<Tape> | undefined
  const tapesOf = (): ReadonlyArray<Tape> => {
    tapes ??= profiles.map((p) => tape(Eligibility.evaluate({ profile: p, asOf: AS_OF, edition: EDITION })))
    return tapes
  }
  const all: ReadonlyArray<Contender> = [
    {
      id: "ceiling",
      name: "ceiling: hand-written TS, 002 tracks",
      produces: "yes/no × 5 tracks",
      rounds: ROUNDS,
      passes: 10, // a pass takes ~0.1 s: ten per round keep timer granularity and scheduling noise small
      run: (n) => {
        let s = 0
        for (let i = 0; i < n; i++) s += bits(ceiling(profiles[i] as Profile.Profile))
        return s
      },
      one: (i) => ceiling(profiles[i] as Profile.Profile),
    },
    {
      id: "floor",
      name: "floor: allocating the engine's 002 report, values known",
      produces: "the engine's 002 report, copied",
      rounds: ROUNDS,
      run: (n) => {
        const ts = tapesOf()
        let s = 0
        for (let i = 0; i < n; i++) s += eligible(build(ts[i] as Tape))
        return s
      },
      one: (i) => build(tapesOf()[i] as Tape),
    },
    {
      id: "engine-002",
      name: "engine: Eligibility.evaluate, edition shangyu-2023-3",
      produces: "5 tracks, full explanation",
      rounds: ROUNDS,
      run: (n) => {
        let s = 0
        for (let i = 0; i < n; i++)
          s += eligible(
            Eligibility.evaluate({ profile: profiles[i] as Profile.Profile, asOf: AS_OF, edition: EDITION }),
          )
        return s
      },
      one: (i) =>
        Eligibility.evaluate({ profile: profiles[i] as Profile.Profile, asOf: AS_OF, edition: EDITION }),
    },
    {
      id: "engine-all",
      name: "engine: Eligibility.evaluate, all editions",
      produces: `${Registry.EDITIONS.reduce((k, e) => k + e.tracks.length, 0)} tracks, full explanation`,
      rounds: SLOW_ROUNDS,
      run: (n) => {
        let s = 0
        for (let i = 0; i < n; i++)
          s += eligible(Eligibility.evaluate({ profile: profiles[i] as Profile.Profile, asOf: AS_OF }))
        return s
      },
      one: (i) => Eligibility.evaluate({ profile: profiles[i] as Profile.Profile, asOf: AS_OF }),
    },
    {
      id: "peer",
      name: "peer: json-rules-engine run(facts), sequential await",
      produces: "yes/no × 5 tracks",
      rounds: SLOW_ROUNDS,
      run: async (n) => {
        let s = 0
        for (let i = 0; i < n; i++) s += (await rules.run(facts[i] as Record<string, unknown>)).events.length
        return s
      },
      one: (i) => rules.run(facts[i] as Record<string, unknown>),
    },
    {
      id: "peer+facts",
      name: "peer incl. deriving the facts from the profile",
      produces: "yes/no × 5 tracks",
      rounds: SLOW_ROUNDS,
      run: async (n) => {
        let s = 0
        for (let i = 0; i < n; i++)
          s += (await rules.run(factsOf(profiles[i] as Profile.Profile))).events.length
        return s
      },
      one: (i) => rules.run(factsOf(profiles[i] as Profile.Profile)),
    },
    {
      id: "zen",
      name: "ZEN: decision graph evaluate(facts), trace on, sequential await",
      produces: "yes/no × 5 tracks + node trace",
      rounds: SLOW_ROUNDS,
      run: async (n) => {
        let s = 0
        for (let i = 0; i < n; i++)
          s += ((await decision.evaluate(facts[i], { trace: true })).result.fired as Array<unknown>).length
        return s
      },
      one: (i) => decision.evaluate(facts[i], { trace: true }),
    },
    {
      id: "zen-no-trace",
      name: "ZEN: the same, trace off",
      produces: "yes/no × 5 tracks",
      rounds: SLOW_ROUNDS,
      run: async (n) => {
        let s = 0
        for (let i = 0; i < n; i++)
          s += ((await decision.evaluate(facts[i])).result.fired as Array<unknown>).length
        return s
      },
      one: (i) => decision.evaluate(facts[i]),
    },
  ]
  return all
}

// ---------------------------------------------------------------------------------------------
// Agreement: engine (002) and peer against the ceiling

const KEYS: Readonly<Record<string, keyof Tracks>> = {
  [`${EDITION}/normal`]: "normal",
  [`${EDITION}/no-assistant`]: "noAssistant",
  [`${EDITION}/exceptional-a`]: "exceptionalA",
  [`${EDITION}/exceptional-b`]: "exceptionalB",
  [`${EDITION}/skilled-talent`]: "skilled",
}

interface Agreement {
  compared: number
  agree: number
  skipped: number
  peerDisagree: number
  zenDisagree: number
  readonly byTrack: Record<string, Record<string, number>>
  readonly disagreements: Array<string>
  readonly unmapped: Set<string>
}

/** The leaves that decided a track, for a disagreement report. */
const decisive = (t: Eligibility.TrackResult): string => {
  const out: Array<string> = []
  const walk = (r: Eligibility.TrackResult["conditions"][number]) => {
    if (r.children === undefined) {
      if (r.outcome !== "met")
        out.push(`${r.id.replace(`${EDITION}/`, "")}=${r.outcome}${r.observed ? ` (${r.observed})` : ""}`)
    } else r.children.forEach(walk)
  }
  walk(t.applicability)
  t.conditions.forEach(walk)
  return out.slice(0, 6).join("; ")
}

const agreement = async (
  profiles: ReadonlyArray<Profile.Profile>,
  facts: ReadonlyArray<ReturnType<typeof factsOf>>,
): Promise<Agreement> => {
  const rules = makeEngine()
  const { decision } = makeDecision()
  const a: Agreement = {
    compared: 0,
    agree: 0,
    skipped: 0,
    byTrack: {},
    disagreements: [],
    unmapped: new Set(),
    peerDisagree: 0,
    zenDisagree: 0,
  }
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i] as Profile.Profile
    const want = ceiling(p)
    const got = await peer(rules, facts[i] as ReturnType<typeof factsOf>)
    if ((Object.keys(want) as Array<keyof Tracks>).some((k) => want[k] !== got[k])) {
      a.peerDisagree++
      if (a.peerDisagree <= 5)
        a.disagreements.push(`peer #${i + 1}: ceiling ${JSON.stringify(want)} peer ${JSON.stringify(got)}`)
    }
    const byZen = await zen(decision, facts[i] as ReturnType<typeof factsOf>)
    if ((Object.keys(want) as Array<keyof Tracks>).some((k) => want[k] !== byZen[k])) {
      a.zenDisagree++
      if (a.zenDisagree <= 5)
        a.disagreements.push(`ZEN #${i + 1}: ceiling ${JSON.stringify(want)} ZEN ${JSON.stringify(byZen)}`)
    }
    const report = Eligibility.evaluate({ profile: p, asOf: AS_OF, edition: EDITION })
    for (const t of report.tracks) {
      const byStatus = a.byTrack[t.track] ?? {}
      a.byTrack[t.track] = byStatus
      byStatus[t.status] = (byStatus[t.status] ?? 0) + 1
      const key = KEYS[t.track]
      if (key === undefined) {
        a.unmapped.add(t.track)
        continue
      }
      if (t.status === "needs-review" || t.status === "incomplete") {
        a.skipped++
        continue
      }
      a.compared++
      const engineYes = t.status === "eligible"
      if (engineYes === want[key]) a.agree++
      else if (a.disagreements.length < 25)
        a.disagreements.push(
          `#${i + 1} ${t.track}: engine ${t.status}, ceiling ${want[key] ? "yes" : "no"} — ${engineYes ? "" : decisive(t)}`,
        )
    }
  }
  return a
}

const printAgreement = (agree: Agreement): void => {
  console.log(`## Agreement on the 002 tracks (${num(N)} applicants)\n`)
  console.log(
    `Engine vs ceiling, where the engine decides (eligible / not eligible / not applicable): ` +
      `**${num(agree.agree)} of ${num(agree.compared)} agree**` +
      `${agree.compared === agree.agree ? "" : ` — ${num(agree.compared - agree.agree)} DISAGREE`}; ` +
      `${num(agree.skipped)} track answers skipped (needs-review or incomplete).`,
  )
  console.log(
    `Peer vs ceiling, every track of every applicant: ${agree.peerDisagree === 0 ? "identical" : `${agree.peerDisagree} applicants DIFFER`}. ` +
      `ZEN vs ceiling: ${agree.zenDisagree === 0 ? "identical" : `${agree.zenDisagree} applicants DIFFER`}.\n`,
  )
  const statuses = ["eligible", "not-eligible", "needs-review", "incomplete", "not-applicable"]
  console.log(
    table(
      ["track", ...statuses],
      Object.entries(agree.byTrack).map(([t, s]) => [t, ...statuses.map((k) => num(s[k] ?? 0))]),
    ),
  )
  if (agree.unmapped.size > 0)
    console.log(`\nTracks not compared (no ceiling counterpart): ${[...agree.unmapped].join(", ")}`)
  if (agree.disagreements.length > 0)
    console.log(
      `\nDisagreements (first ${agree.disagreements.length}):\n\n${agree.disagreements.map((d) => `- ${d}`).join("\n")}`,
    )
}

// ---------------------------------------------------------------------------------------------
// Child modes

const setup = () => {
  const profiles = population(N)
  const facts = profiles.map(factsOf)
  return { profiles, facts }
}

const pick = (id: string | undefined, cs: ReadonlyArray<Contender>): Contender => {
  const c = cs.find((x) => x.id === id)
  if (c === undefined) throw new Error(`unknown contender ${id}; one of ${IDS.join(", ")}`)
  return c
}

if (opts.rss !== undefined) {
  // Peak RSS of one contender in a fresh process: population, then one pass (results not kept).
  const { profiles, facts } = setup()
  gc()
  if (opts.rss !== "baseline") await pick(opts.rss, contenders(profiles, facts)).run(N)
  process.stdout.write(`${JSON.stringify({ id: opts.rss, maxRSS: process.resourceUsage().maxRSS * 1024 })}\n`)
  process.exit(0)
}

if (opts.check) {
  const { profiles, facts } = setup()
  const agree = await agreement(profiles, facts)
  printAgreement(agree)
  process.exit(agree.compared !== agree.agree || agree.peerDisagree > 0 || agree.zenDisagree > 0 ? 1 : 0)
}

if (opts.only !== undefined) {
  // One contender alone (for node --cpu-prof): warm-up then ROUNDS rounds.
  const { profiles, facts } = setup()
  const c = pick(opts.only, contenders(profiles, facts))
  await c.run(Math.min(N, 2000))
  const times: Array<number> = []
  for (let r = 0; r < c.rounds; r++) {
    const t0 = performance.now()
    await c.run(N)
    times.push(performance.now() - t0)
  }
  console.log(
    `${c.id}: median ${num(median(times), 0)} ms per ${num(N)} → ${num((N / median(times)) * 1000)} evaluations/s`,
  )
  process.exit(0)
}

// ---------------------------------------------------------------------------------------------
// Main run

console.log(`# Eligibility throughput\n\n${machine()}\n`)
const tracks = Registry.EDITIONS.map((e) => `${e.id} ${e.tracks.length}`).join(", ")
console.log(`Registry: ${tracks}; rules ${Registry.RULES_VERSION}\n`)

let t0 = performance.now()
const { profiles, facts } = setup()
console.log(
  `Population: ${num(N)} fictional profiles (seeded), facts for the peer derived, in ${num(performance.now() - t0)} ms`,
)
const decode = Schema.decodeUnknownEither(Profile.Profile)
const invalid = profiles.filter((p) => decode(p)._tag === "Left").length
if (invalid > 0)
  throw new Error(`population: ${invalid} profiles do not decode as Profile — fix population.ts`)

t0 = performance.now()
const agree = await agreement(profiles, facts)
console.log(`Agreement pass (also a warm-up) in ${num(performance.now() - t0)} ms\n`)
const shangyu = Registry.edition(EDITION)
if (shangyu === undefined || shangyu.tracks.length === 0)
  console.log(`**Edition ${EDITION} has no tracks yet: the engine-002 figures measure an empty edition.**\n`)

const cs = contenders(profiles, facts)
for (const c of cs) await c.run(Math.min(N, 2000)) // warm-up
/** Per contender and round: wall-clock ms and this thread's CPU ms (user + system). */
const wall: Record<string, Array<number>> = {}
const cpu: Record<string, Array<number>> = {}
const push = (m: Record<string, Array<number>>, id: string, x: number) => {
  const xs = m[id] ?? []
  xs.push(x)
  m[id] = xs
}
let sink = 0
for (let r = 0; r < Math.max(...cs.map((c) => c.rounds)); r++) {
  // Rotate the order each round so that no contender always runs right after the heaviest one.
  for (let k = 0; k < cs.length; k++) {
    const c = cs[(k + r) % cs.length] as Contender
    if (r >= c.rounds) continue
    gc()
    const c0 = process.threadCpuUsage()
    const w0 = performance.now()
    for (let k = 0; k < (c.passes ?? 1); k++) sink += await c.run(N)
    const w = performance.now() - w0
    const c1 = process.threadCpuUsage(c0)
    push(wall, c.id, w)
    push(cpu, c.id, (c1.user + c1.system) / 1000)
  }
}

// Heap held per result: keep HELD results alive, collect, measure.
const heldBytes: Record<string, number> = {}
for (const c of cs) {
  gc()
  gc()
  const before = process.memoryUsage().heapUsed
  const kept: Array<unknown> = []
  for (let i = 0; i < HELD; i++) kept.push(await c.one(i))
  gc()
  gc()
  heldBytes[c.id] = Math.max(0, process.memoryUsage().heapUsed - before) / kept.length
  sink += kept.length
  kept.length = 0 // an async function keeps its locals alive until overwritten
}
const mainPeak = process.resourceUsage().maxRSS * 1024

// Peak RSS: a fresh child per contender (and a baseline child that only builds the population).
const self = fileURLToPath(import.meta.url)
const rss: Record<string, number> = {}
const rssFailed: Array<string> = []
for (const id of ["baseline", ...IDS.filter((x) => !NO_RSS.includes(x))]) {
  const r = spawnSync(process.execPath, ["--expose-gc", self, `--rss=${id}`, `--n=${N}`], {
    encoding: "utf8",
  })
  const line = r.stdout.trim().split("\n").at(-1) ?? ""
  if (r.status === 0 && line.startsWith("{")) rss[id] = (JSON.parse(line) as { maxRSS: number }).maxRSS
  else
    rssFailed.push(
      `${id}: ${(r.stderr.split("\n").find((l) => /Error/.test(l)) ?? `exit ${r.status}`).trim()}`,
    )
}
const rssCell = (id: string): string => {
  const v = rss[id]
  const b = rss.baseline
  if (NO_RSS.includes(id as Id)) return "—"
  if (v === undefined) return "failed"
  return b === undefined ? mib(v) : `${mib(v)} (+${mib(Math.max(0, v - b))})`
}

const floorNodes = (): string => {
  const ts = cs.find((c) => c.id === "floor")
  if (ts === undefined) return ""
  let distinct = 0
  let tree = 0
  const n = Math.min(N, 2000)
  for (let i = 0; i < n; i++) {
    const k = nodeCounts(
      tape(Eligibility.evaluate({ profile: profiles[i] as Profile.Profile, asOf: AS_OF, edition: EDITION })),
    )
    distinct += k.distinct
    tree += k.tree
  }
  return `${(distinct / n).toFixed(0)} result objects per report on average (${(tree / n).toFixed(0)} tree nodes, shared conditions counted where they appear)`
}

/** Evaluations per second of CPU time (this thread) or of wall-clock time, from the median round. */
const rate = (id: Id, m: Record<string, Array<number>> = cpu) =>
  ((N * (cs.find((c) => c.id === id)?.passes ?? 1)) / median(m[id] as Array<number>)) * 1000
const held = (b: number) => (b < 1024 ? `${num(b)} B` : kib(b))
const rows = cs.map((c) => {
  const ts = cpu[c.id] as Array<number>
  return [
    c.name,
    c.produces,
    num(rate(c.id)),
    num(rate(c.id, wall)),
    `${num(median(ts), 0)} (${num(Math.min(...ts), 0)}–${num(Math.max(...ts), 0)})`,
    c.passes === undefined ? `${ts.length}` : `${ts.length} × ${c.passes} passes`,
    c.id === "ceiling" ? "1.00×" : `${(rate("ceiling") / rate(c.id)).toFixed(2)}×`,
    held(heldBytes[c.id] as number),
    rssCell(c.id),
  ]
})
console.log(`## Throughput, ${num(N)} applicants, asOf ${AS_OF}\n`)
console.log(
  table(
    [
      "contender",
      "produces",
      "evaluations/s (CPU)",
      "evaluations/s (wall)",
      "median round, CPU ms (min–max)",
      "rounds",
      "time vs ceiling (CPU)",
      "heap held per result",
      "peak RSS alone (over baseline)",
    ],
    rows,
  ),
)
const ratio = (
  label: string,
  f: (m: Record<string, Array<number>>) => number,
  target = "",
  verdict?: (x: number) => string,
) => {
  const x = f(cpu)
  return `| ${label} | ${x.toFixed(2)}× | ${f(wall).toFixed(2)}× | ${target} | ${verdict?.(x) ?? ""} |`
}
const per = (a: Id, b: Id) => (m: Record<string, Array<number>>) => rate(a, m) / rate(b, m)
console.log(`
Rates are evaluations per second of this thread's CPU time (process.threadCpuUsage) in the median round; wall-clock
rates beside them. On a quiet machine the two agree; on a shared one the CPU figure is the steadier.
Baseline child (population and facts only) peak RSS: ${rss.baseline === undefined ? "failed" : mib(rss.baseline)}; this process peak RSS: ${mib(mainPeak)}.${rssFailed.length > 0 ? `\n**RSS children failed** (the domain changed under the run?): ${rssFailed.join("; ")}` : ""}
Heap held per result: results of ${num(HELD)} applicants kept alive after GC (explanations share their texts and citations).
Floor: the engine's own 002 report per applicant, computed and flattened untimed, then rebuilt from that tape — ${floorNodes()} — with no decision taken; no eager explaining engine returning this report can be faster.

| ratio | CPU time | wall time | target | |
|---|---:|---:|---:|---|
${[
  ratio("engine (002) slower than ceiling", per("ceiling", "engine-002"), "≤ 3×", (x) =>
    x <= 3 ? "met" : "**missed**",
  ),
  ratio("floor (allocating the 002 report) slower than ceiling", per("ceiling", "floor")),
  ratio("engine (002) slower than floor", per("floor", "engine-002"), "≤ 2×", (x) =>
    x <= 2 ? "met" : "**missed**",
  ),
  ratio("engine (002) faster than ZEN, trace on", per("engine-002", "zen"), "> 1×", (x) =>
    x > 1 ? "met" : "**missed**",
  ),
  ratio("engine (002) faster than ZEN, trace off", per("engine-002", "zen-no-trace")),
  ratio("engine (002) faster than peer (run only)", per("engine-002", "peer"), "≥ 10×", (x) =>
    x >= 10 ? "met" : "**missed**",
  ),
  ratio("engine (002) faster than peer (facts + run)", per("engine-002", "peer+facts")),
  ratio("engine (all editions): time per applicant vs 002 only", per("engine-002", "engine-all")),
].join("\n")}
`)

printAgreement(agree)
console.log(`\n<sub>checksum ${sink}</sub>`)
if (agree.compared !== agree.agree || agree.peerDisagree > 0 || agree.zenDisagree > 0) process.exitCode = 1
