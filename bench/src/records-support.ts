/**
 * What the records benchmark needs beside its timing loop: a bureau runtime over a fresh database
 * (the test support's `bureauLayer`, so the layers are composed exactly as the API composes them),
 * decided applications with their issue requests, fictional new applications, a GC handle without
 * `--expose-gc`, and the round runner (warm-up, interleaved rounds, median).
 */
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"
import type { Applications, Audit, Certificates, Profile } from "@zhicheng/domain"
import { ResidentId } from "@zhicheng/domain"
import { Effect, ManagedRuntime } from "effect"
import { bureauLayer, issueRequestFor, seedApplication } from "../../packages/db/test/support/bureau.ts"
import { population } from "./population.ts"
import { median } from "./report.ts"

export type Kind = "sqlite" | "postgres"

/** A bureau (every repository and service) over a fresh database of `kind`; dispose drops it. */
export const bureau = (kind: Kind) => ManagedRuntime.make(bureauLayer(kind))
export type Bureau = ReturnType<typeof bureau>

/** `gc()` whether or not Node was started with --expose-gc. */
export const gc: () => void = (() => {
  const g = (globalThis as { gc?: () => void }).gc
  if (g !== undefined) return g
  setFlagsFromString("--expose-gc")
  return runInNewContext("gc") as () => void
})()

export const clerk: Audit.Actor = { id: "bench-clerk", role: "clerk" }
export const admin: Audit.Actor = { id: "bench-admin", role: "admin" }
export const hr: Audit.Actor = { id: "bench-hr", role: "enterprise-hr" }

/**
 * `n` fictional decided, approved applications (made the short way, test/support/bureau.ts) and the
 * requests that issue their certificates: a certificate exists only for such an application, and
 * issuing moves it to certificate-issued. Run before timing.
 */
export const decidedRequests = (rt: Bureau, n: number): Promise<ReadonlyArray<Certificates.IssueRequest>> =>
  rt.runPromise(
    Effect.forEach(
      Array.from({ length: n }, (_, i) => i),
      (i) =>
        Effect.map(seedApplication(i), (app) =>
          issueRequestFor(app, { code: "SYRS", name: "绍兴市上虞区人力资源和社会保障局（示例）" }),
        ),
    ),
  )

/** A valid-looking fictional resident ID number (Shangyu's area code, checksum computed). */
const residentId = (birth: string, i: number): string => {
  const first17 = `330604${birth.replaceAll("-", "")}${String(i % 1000).padStart(3, "0")}`
  return `${first17}${ResidentId.checkCharacter(first17)}`
}

/**
 * `n` new applications for Shangyu's normal track from the seeded population, each given a
 * fictional resident ID number (the population has none; create needs one to hash).
 */
export const newApplications = (n: number, seed?: number): ReadonlyArray<Applications.NewApplication> =>
  population(n, seed).map((p, i) => ({
    profile: { ...p, residentId: residentId(p.birthDate ?? "1985-03-15", i) } as Profile.Profile,
    edition: "shangyu-2023-3",
    track: "shangyu-2023-3/normal",
    specialty: "机电制造",
    employer: "示例机电有限公司",
    unit: `91330604MA${String(i % 50).padStart(7, "0")}X`,
  }))

// ---------------------------------------------------------------------------------------------
// Rounds

export interface Contender {
  readonly id: string
  /** Operations per round. */
  readonly n: number
  /** Runs `n` operations; `round` (−1 for the warm-up) keeps created records unique. */
  readonly run: (n: number, round: number) => Promise<void>
  /** Makes what the next `run(n, round)` needs; not timed. */
  readonly prepare?: (n: number, round: number) => Promise<void>
}

export interface Measured {
  readonly id: string
  readonly n: number
  /** Median round, operations per wall-clock second. */
  readonly perSecond: number
  /** Fastest and slowest round. */
  readonly best: number
  readonly worst: number
  /** Heap still held after GC once all its rounds ran, minus before (leak check). */
  readonly retainedBytes: number
}

/**
 * Warms every contender up (a tenth of a round, at least 50 operations), then runs `rounds` rounds
 * in which each contender runs once, in turn (interleaved, so drift hits everyone alike).
 */
export const measure = async (
  contenders: ReadonlyArray<Contender>,
  rounds: number,
  progress: (line: string) => void = () => {},
): Promise<ReadonlyArray<Measured>> => {
  for (const c of contenders) {
    const warm = Math.max(50, Math.floor(c.n / 10))
    await c.prepare?.(warm, -1)
    await c.run(warm, -1)
  }
  const rates = new Map<string, Array<number>>(contenders.map((c) => [c.id, []]))
  const retained = new Map<string, number>(contenders.map((c) => [c.id, 0]))
  for (let r = 0; r < rounds; r++) {
    for (const c of contenders) {
      await c.prepare?.(c.n, r)
      gc()
      const before = process.memoryUsage().heapUsed
      const t0 = performance.now()
      await c.run(c.n, r)
      const ms = performance.now() - t0
      gc()
      retained.set(c.id, (retained.get(c.id) ?? 0) + process.memoryUsage().heapUsed - before)
      rates.get(c.id)?.push((c.n / ms) * 1000)
    }
    progress(`round ${r + 1}/${rounds} done`)
  }
  return contenders.map((c) => {
    const xs = rates.get(c.id) ?? []
    return {
      id: c.id,
      n: c.n,
      perSecond: median(xs),
      best: Math.max(...xs),
      worst: Math.min(...xs),
      retainedBytes: retained.get(c.id) ?? 0,
    }
  })
}
