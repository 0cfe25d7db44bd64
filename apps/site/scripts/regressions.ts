/**
 * Regression files of the self-check (GOV.UK smart-answers keeps them beside its per-node tests):
 * for each place, a set of answer paths through the flow with the outcome each reaches, so that a
 * change of any outcome shows in review as a diff of `test/regressions/<place>.json`.
 *
 *   node scripts/regressions.ts --check   (the default; test/regressions.test.ts runs it)
 *   node scripts/regressions.ts --write   (after a change of rules or flow: rewrite, review the diff)
 *
 * A path is made the way a person makes one on the page: from the place, each question the flow
 * asks (`Flow.nextStep`) is answered with a representative answer — each option of a choice, yes
 * and no, dates on and next to the anniversaries the rules count, boundary numbers — or skipped
 * ("I don't know"), until check-your-answers; the outcome is what the result page shows, the
 * engine's summary over the place's editions (`@zhicheng/domain/places`): per track its status and
 * the ids of the conditions its answer rests on. The choices are drawn from a fixed seed: random
 * walks, walks directed at each track's "eligible" and "needs review", and walks that change one
 * answer to an option never given (as "Change" on check-your-answers does); of these the file keeps
 * a small set that still reaches every (track, status) and every answer option they reached.
 * `--check` replays each recorded path through the flow: the flow must ask exactly the questions
 * the path answers or skips, and reach the recorded outcome.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import * as Eligibility from "@zhicheng/domain/Engine"
import * as Interview from "@zhicheng/domain/Interview"
import type { Edition } from "@zhicheng/domain/Policy"
import { load, PLACES } from "@zhicheng/domain/places/index"
import * as Flow from "../src/lib/selfCheck.ts"

/** The day every path is asked on (the result depends on it; the site asks about today). */
export const AS_OF = CivilDate.make("2023-09-01")
const SEED = 20231203
/** Walks drawn per place before the covering set is kept. */
const WALKS = 400
/** Directed walks per place, track and status sought (eligible, needs review) until it is reached. */
const DIRECTED = 3
/** A question is skipped ("I don't know") this often. */
const SKIP_RATE = 0.15
const DIR = new URL("../test/regressions/", import.meta.url)

/** One recorded path: the fragment the site holds on the result page, and per track status and grounds. */
export interface Path {
  readonly answers: string
  readonly tracks: Readonly<
    Record<string, { readonly status: string; readonly grounds: ReadonlyArray<string> }>
  >
}

export interface RegressionFile {
  readonly place: string
  readonly asOf: string
  readonly paths: ReadonlyArray<Path>
}

// ---------------------------------------------------------------------------------------------
// The flow, as the page drives it

const contextOf = (editions: ReadonlyArray<Edition>): Flow.Context => ({ asOf: AS_OF, editions })

/** What the result page shows: the summary's tracks, by id (sorted), each with status and ground ids. */
const outcome = (answers: Interview.Answers, ctx: Flow.Context): Path["tracks"] => {
  const summary = Eligibility.summarize(Flow.report(answers, ctx))
  const tracks = [...summary.tracks].sort((a, b) => (a.track < b.track ? -1 : a.track > b.track ? 1 : 0))
  return Object.fromEntries(
    tracks.map((t) => [t.track, { status: t.status, grounds: t.grounds.map((g) => g.id) }] as const),
  )
}

/** The place answers that lead to `place` ("elsewhere in Zhejiang" is asked about Zhejiang). */
const placeAnswers = (place: string): ReadonlyArray<string> => {
  const q = Interview.question(Flow.PLACE)
  if (q?.answer.kind !== "choice") throw new Error("the place question is no choice")
  return q.answer.options
    .map((o) => o.value)
    .filter((v) => Flow.jurisdictionOf({ [Flow.PLACE]: v }) === place)
}

// ---------------------------------------------------------------------------------------------
// Generating paths

/** mulberry32: a small seeded generator, so the same seed draws the same walks everywhere. */
const random = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const YEARS_BACK = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30] as const
const shiftYears = (d: CivilDate.CivilDate, years: number): string =>
  `${Number(d.slice(0, 4)) - years}${d.slice(4)}`
/**
 * Dates on and one day after the anniversaries the rules count whole years to: the day asked and
 * the year's end (documents that count "to 31 December").
 */
const DATES: ReadonlyArray<string> = [AS_OF, CivilDate.make("2023-12-31")].flatMap((ref) =>
  YEARS_BACK.flatMap((k) => {
    const on = CivilDate.addDays(CivilDate.make(shiftYears(ref, k)), 1)
    return [on, CivilDate.addDays(on, 1)]
  }),
)
const MONTHS: ReadonlyArray<string> = YEARS_BACK.flatMap((k) => {
  const y = Number(AS_OF.slice(0, 4)) - k
  return [`${y}-08`, `${y}-09`, `${y}-10`]
})
const NUMBERS = [
  0, 1, 2, 3, 10, 11, 24, 30, 32, 36, 48, 60, 72, 90, 96, 100, 101, 120, 2019, 2020, 2022, 2023, 2024,
]

/** The representative answers of a question. */
const candidates = (q: Interview.Question): ReadonlyArray<string> => {
  const a = q.answer
  switch (a.kind) {
    case "choice":
      return a.options.map((o) => o.value)
    case "yes-no":
      return ["yes", "no"]
    case "date":
      return DATES
    case "year-month":
      return MONTHS
    case "number":
      return [...new Set([a.min, ...NUMBERS.filter((n) => n > a.min && n < a.max), a.max])].map(String)
  }
}

/** A track's status as a directed walk ranks it: the status sought first, then the closest to it. */
const RANKS = {
  eligible: ["eligible", "needs-review", "incomplete", "not-eligible", "not-applicable"],
  "needs-review": ["needs-review", "eligible", "incomplete", "not-eligible", "not-applicable"],
} as const
type Target = { readonly track: string; readonly seek: keyof typeof RANKS }

/**
 * How far a condition is from met: an unmet leaf 1, an open one a little (it may still be answered),
 * "all" the sum, "any" the nearest child, "at least n" the n nearest.
 */
const distance = (c: Eligibility.TrackResult["applicability"]): number => {
  if (c.outcome === "met") return 0
  const children = (c.children ?? []).map(distance).sort((a, b) => a - b)
  switch (c.kind) {
    case "All":
      return children.reduce((a, b) => a + b, 0)
    case "Any":
      return children[0] ?? 1
    case "AtLeast":
      return children.slice(0, c.n ?? children.length).reduce((a, b) => a + b, 0)
    default:
      return c.outcome === "unmet" ? 1 : c.outcome === "unknown" ? 0.1 : 0
  }
}

/** A directed walk's order of states: the target's status nearest the one sought, then the nearest tree. */
const score = (st: Flow.State, ctx: Flow.Context, target: Target): readonly [number, number] => {
  const t = Flow.report(st.answers, ctx).tracks.find((x) => x.track === target.track)
  if (t === undefined) return [RANKS[target.seek].length, 0]
  const rank = (RANKS[target.seek] as ReadonlyArray<string>).indexOf(t.status)
  return [rank, [t.applicability, ...t.conditions].reduce((n, c) => n + distance(c), 0)]
}

const byScore = (a: readonly [number, number], b: readonly [number, number]) => a[0] - b[0] || a[1] - b[1]

/**
 * The score of a state, looking one question further when the flow next asks a follow-up of `q`
 * (a title is only as good as the date it was obtained on).
 */
const ahead = (st: Flow.State, q: Interview.Question, ctx: Flow.Context, target: Target) => {
  const follow = Interview.question(st.step)
  if (follow?.dependsOn?.id !== q.id) return score(st, ctx, target)
  const scores = candidates(follow).flatMap((v) => {
    const r = Flow.submit(st, v, ctx)
    return r.ok ? [score(r.state, ctx, target)] : []
  })
  return scores.sort(byScore)[0] ?? score(st, ctx, target)
}

/**
 * One walk from the place to check-your-answers. A random walk skips now and then and otherwise
 * takes, for a choice or yes/no question, the answer this place's walks have used least so far (ties
 * drawn), so every option is tried; other kinds draw. A directed walk (`target`) skips nothing and
 * takes, of a few drawn answers, the one that leaves the target track's status nearest the one
 * sought, so that statuses a random walk hardly reaches (eligible, needs review) are reached too.
 */
const walk = (
  placeAnswer: string,
  ctx: Flow.Context,
  next: () => number,
  used: Map<string, number>,
  target?: Target,
): Flow.State => {
  const answers = { [Flow.PLACE]: placeAnswer }
  const start: Flow.State = { answers, skipped: [], step: Flow.nextStep({ answers, skipped: [] }, ctx) }
  const s = onFrom(start, ctx, next, used, target)
  if (target === undefined || score(s, ctx, target)[0] === 0) return s
  // Not there yet: change one earlier answer at a time, as "Change" on check-your-answers does,
  // keeping the best change; then walk the answers again from the place, so the path is one the
  // flow asks in this order.
  let best = { state: s, score: score(s, ctx, target) }
  for (const id of Object.keys(s.answers)) {
    const q = Interview.question(id)
    if (q === undefined || id === Flow.PLACE) continue
    for (const v of draw(q, next).slice(0, 12)) {
      const r = Flow.submit({ ...best.state, step: id }, v, ctx)
      if (!r.ok) continue
      const changed = r.state.step === "check" ? r.state : onFrom(r.state, ctx, next, used, target)
      const sc = score(changed, ctx, target)
      if (byScore(sc, best.score) < 0) best = { state: changed, score: sc }
    }
  }
  return onFrom(start, ctx, next, used, target, best.state)
}

/** The representative answers of `q` in the order a walk tries them (least used first, else drawn). */
const draw = (
  q: Interview.Question,
  next: () => number,
  used?: Map<string, number>,
): ReadonlyArray<string> => {
  const options = candidates(q)
  const enumerable = q.answer.kind === "choice" || q.answer.kind === "yes-no"
  return enumerable
    ? [...options]
        .map((v) => ({ v, n: used?.get(`${q.id}=${v}`) ?? 0, r: next() }))
        .sort((x, y) => x.n - y.n || x.r - y.r)
        .map((x) => x.v)
    : [...options]
        .map((v) => ({ v, r: next() }))
        .sort((x, y) => x.r - y.r)
        .map((x) => x.v)
}

/** Walks on from `s` to check-your-answers; `as` (when given) is followed where it answers or skips. */
const onFrom = (
  from: Flow.State,
  ctx: Flow.Context,
  next: () => number,
  used: Map<string, number>,
  target?: Target,
  as?: Pick<Flow.State, "answers" | "skipped">,
): Flow.State => {
  let s = from
  for (let i = 0; i < 200 && s.step !== "check"; i++) {
    const q = Interview.question(s.step)
    if (q === undefined) throw new Error(`step ${s.step} is no question`)
    const given = as?.answers[q.id]
    const r = given === undefined ? undefined : Flow.submit(s, given, ctx)
    if (r?.ok) {
      s = r.state
      continue
    }
    if (as?.skipped.includes(q.id) || (target === undefined && next() < SKIP_RATE)) {
      s = Flow.skip(s, ctx)
      continue
    }
    const order = draw(q, next, used)
    const tried = order
      .slice(0, target === undefined ? 5 : q.answer.kind === "date" ? 12 : order.length)
      .map((v) => ({ v, r: Flow.submit(s, v, ctx) }))
      .flatMap(({ v, r }) => (r.ok ? [{ v, state: r.state }] : []))
    const best = tried
      .map((t, k) => ({
        ...t,
        k,
        score: target === undefined ? ([0, 0] as const) : ahead(t.state, q, ctx, target),
      }))
      .sort((x, y) => byScore(x.score, y.score) || x.k - y.k)[0]
    if (best === undefined) s = Flow.skip(s, ctx)
    else {
      used.set(`${q.id}=${best.v}`, (used.get(`${q.id}=${best.v}`) ?? 0) + 1)
      s = best.state
    }
  }
  if (s.step !== "check") throw new Error("a walk did not reach check-your-answers")
  return s
}

const fragmentOf = (s: Pick<Flow.State, "answers" | "skipped">): string =>
  Flow.serialise({ answers: s.answers, skipped: s.skipped, step: "result" }).slice(1)

/** What a path shows: its answer options and its (track, status) pairs. */
const features = (s: Flow.State, tracks: Path["tracks"]): ReadonlyArray<string> => [
  ...Object.entries(s.answers).map(([k, v]) => {
    const q = Interview.question(k)
    return q?.answer.kind === "choice" || q?.answer.kind === "yes-no" ? `${k}=${v}` : `${k}:answered`
  }),
  ...s.skipped.map((k) => `${k}:skipped`),
  ...Object.entries(tracks).map(([t, o]) => `${t}→${o.status}`),
]

/** Draws the walks and keeps, greedily, the fewest that reach every feature any walk reached. */
export const generate = (place: string, editions: ReadonlyArray<Edition>): RegressionFile => {
  const ctx = contextOf(editions)
  const next = random(SEED ^ [...place].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7))
  const used = new Map<string, number>()
  const seen = new Set<string>()
  const drawn: Array<{ path: Path; state: Flow.State; features: ReadonlyArray<string> }> = []
  const starts = placeAnswers(place)
  const keep = (s: Flow.State) => {
    const answers = fragmentOf(s)
    if (seen.has(answers)) return
    seen.add(answers)
    const tracks = outcome(s.answers, ctx)
    drawn.push({ path: { answers, tracks }, state: s, features: features(s, tracks) })
  }
  for (let i = 0; i < WALKS; i++) keep(walk(starts[i % starts.length] ?? place, ctx, next, used))
  const tracks = Object.keys(outcome({ [Flow.PLACE]: starts[0] ?? place }, ctx))
  const reached = (f: string) => drawn.some((d) => d.features.includes(f))
  // The first directed walk breaks ties toward options seldom used; later ones draw them afresh.
  for (let i = 0; i < DIRECTED; i++)
    for (const track of tracks)
      for (const seek of ["eligible", "needs-review"] as const)
        if (!reached(`${track}→${seek}`))
          keep(
            walk(starts[i % starts.length] ?? place, ctx, next, i === 0 ? used : new Map(), { track, seek }),
          )
  // An option of a question the walks reached but never gave: change it on a path that gives
  // another ("Change" on check-your-answers), walk on, then walk the answers again from the place.
  for (const d of [...drawn])
    for (const [k, given] of Object.entries(d.state.answers)) {
      const q = Interview.question(k)
      if (k === Flow.PLACE || (q?.answer.kind !== "choice" && q?.answer.kind !== "yes-no")) continue
      for (const v of candidates(q)) {
        if (v === given || reached(`${k}=${v}`)) continue
        const r = Flow.submit({ ...d.state, step: k }, v, ctx)
        if (!r.ok) continue
        const changed = onFrom(r.state, ctx, next, used)
        const start = d.state.answers[Flow.PLACE] ?? place
        const answers = { [Flow.PLACE]: start }
        keep(
          onFrom(
            { answers, skipped: [], step: Flow.nextStep({ answers, skipped: [] }, ctx) },
            ctx,
            next,
            used,
            undefined,
            changed,
          ),
        )
      }
    }
  const uncovered = new Set(drawn.flatMap((d) => d.features))
  const kept: Array<Path> = []
  while (uncovered.size > 0) {
    let best = drawn[0]
    let gain = 0
    for (const d of drawn) {
      const g = d.features.filter((f) => uncovered.has(f)).length
      if (g > gain) {
        best = d
        gain = g
      }
    }
    if (best === undefined || gain === 0) break
    kept.push(best.path)
    for (const f of best.features) uncovered.delete(f)
  }
  return { place, asOf: AS_OF, paths: kept }
}

// ---------------------------------------------------------------------------------------------
// The files

/** One path a line, keys in a fixed order, so that a changed outcome is a one-line diff. */
export const render = (f: RegressionFile): string =>
  `{"place":${JSON.stringify(f.place)},"asOf":${JSON.stringify(f.asOf)},"paths":[\n${f.paths
    .map((p) => JSON.stringify({ answers: p.answers, tracks: p.tracks }))
    .join(",\n")}\n]}\n`

const fileOf = (place: string) => new URL(`${place}.json`, DIR)

/**
 * Replays one recorded path through the flow: from the place, each question the flow asks must be
 * one the path answers (submitted) or skips; then the outcome. Returns what differs, in words.
 */
const replay = (p: Path, ctx: Flow.Context): ReadonlyArray<string> => {
  const recorded = Flow.parse(p.answers)
  const place = recorded.answers[Flow.PLACE]
  if (place === undefined) return ["no place answered"]
  const out: Array<string> = []
  const answers = { [Flow.PLACE]: place }
  let s: Flow.State = { answers, skipped: [], step: Flow.nextStep({ answers, skipped: [] }, ctx) }
  for (let i = 0; i < 200 && s.step !== "check"; i++) {
    const value = recorded.answers[s.step]
    if (value !== undefined) {
      const r = Flow.submit(s, value, ctx)
      if (r.ok) {
        s = r.state
        continue
      }
      out.push(`${s.step}=${value} is refused now: ${r.message.en}`)
    } else if (!recorded.skipped.includes(s.step))
      out.push(`the flow now asks ${s.step}, which the path never reached`)
    s = Flow.skip(s, ctx)
  }
  const now = fragmentOf(s)
  if (now !== p.answers) {
    const was = Flow.parse(p.answers)
    const gone = Object.keys(was.answers).filter((k) => s.answers[k] === undefined)
    if (gone.length > 0) out.push(`the flow no longer asks ${gone.join(", ")}`)
    if (gone.length === 0 && out.length === 0) out.push(`the flow asks in another order: now #${now}`)
  }
  const tracks = outcome(s.answers, ctx)
  for (const t of new Set([...Object.keys(p.tracks), ...Object.keys(tracks)])) {
    const a = p.tracks[t]
    const b = tracks[t]
    if (a === undefined) out.push(`${t}: new track, ${b?.status}`)
    else if (b === undefined) out.push(`${t}: track gone (was ${a.status})`)
    else {
      if (a.status !== b.status) out.push(`${t}: was ${a.status}, now ${b.status}`)
      const lost = a.grounds.filter((g) => !b.grounds.includes(g))
      const added = b.grounds.filter((g) => !a.grounds.includes(g))
      if (lost.length > 0 || added.length > 0)
        out.push(`${t}: grounds ${[...lost.map((g) => `−${g}`), ...added.map((g) => `+${g}`)].join(" ")}`)
      else if (a.grounds.join() !== b.grounds.join()) out.push(`${t}: grounds in another order`)
    }
  }
  return out
}

/** Every place's differences from its recorded file, in words (empty when all hold). */
export const check = async (): Promise<ReadonlyArray<string>> => {
  const out: Array<string> = []
  const stale = existsSync(DIR)
    ? readdirSync(DIR).filter((f) => f.endsWith(".json") && !PLACES.includes(f.slice(0, -".json".length)))
    : []
  for (const f of stale) out.push(`${f}: no such place any more (delete the file)`)
  for (const place of PLACES) {
    const file = fileOf(place)
    if (!existsSync(file)) {
      out.push(`${place}: no regression file`)
      continue
    }
    const recorded = JSON.parse(readFileSync(file, "utf8")) as RegressionFile
    if (recorded.asOf !== AS_OF) out.push(`${place}: recorded on ${recorded.asOf}, checked on ${AS_OF}`)
    const ctx = contextOf((await load(place)) ?? [])
    recorded.paths.forEach((p, i) => {
      const d = replay(p, ctx)
      if (d.length > 0)
        out.push(`${place}, path ${i + 1}: #${p.answers}\n${d.map((x) => `    ${x}`).join("\n")}`)
    })
  }
  return out
}

/** Per place: paths, size, and the (track, status) pairs reached, for the coverage line. */
const coverage = (f: RegressionFile): string => {
  const byTrack = new Map<string, Set<string>>()
  for (const p of f.paths)
    for (const [t, o] of Object.entries(p.tracks)) byTrack.set(t, (byTrack.get(t) ?? new Set()).add(o.status))
  const given = new Map<string, Set<string>>()
  for (const p of f.paths)
    for (const [k, v] of Object.entries(Flow.parse(p.answers).answers))
      given.set(k, (given.get(k) ?? new Set()).add(v))
  const unused = [...given].flatMap(([k, vs]) => {
    const q = Interview.question(k)
    if (k === Flow.PLACE || (q?.answer.kind !== "choice" && q?.answer.kind !== "yes-no")) return []
    return candidates(q).flatMap((v) => (vs.has(v) ? [] : [`${k}=${v}`]))
  })
  const pairs = [...byTrack.values()].reduce((n, s) => n + s.size, 0)
  const lines = [...byTrack].map(([t, s]) => `    ${t}: ${[...s].sort().join(", ")}`)
  const options =
    unused.length === 0 ? "every option of the questions asked" : `options never given: ${unused.join(" ")}`
  return `${f.paths.length} paths, ${given.size} questions answered (${options}), ${byTrack.size} tracks × statuses: ${pairs} pairs reached\n${lines.join("\n")}`
}

export const write = async (): Promise<void> => {
  mkdirSync(DIR, { recursive: true })
  for (const place of PLACES) {
    const f = generate(place, (await load(place)) ?? [])
    const text = render(f)
    writeFileSync(fileOf(place), text)
    console.log(`${place}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, ${coverage(f)}`)
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes("--write")) await write()
  else {
    const diffs = await check()
    if (diffs.length > 0) {
      console.log(`${diffs.length} difference(s) from test/regressions/:\n${diffs.join("\n")}`)
      console.log("If the change is intended: node scripts/regressions.ts --write, and review the diff.")
      process.exit(1)
    }
    console.log("regressions OK: every recorded path reaches its recorded outcome")
  }
}
