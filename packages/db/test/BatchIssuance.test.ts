/**
 * Crash safety and concurrency of certificate issuance, on SQLite and PostgreSQL, with real
 * processes: a worker (test/support/certificate-worker.ts) is SIGKILLed in the middle of a batch,
 * and two workers issue against one database at once. Nothing here is timed: the kill is triggered
 * by the worker's own progress lines. Every certificate's application is marked in the
 * certificate's own transaction, so after any of this each application agrees with its
 * certificate: certificate-issued with its number, or still decided with none.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { SqlClient } from "@effect/sql"
import { describe, expect, it } from "@effect/vitest"
import { type Actor, AuditLog, verify } from "@zhicheng/domain/Audit"
import * as Cert from "@zhicheng/domain/Certificates"
import { type Context, Effect, Layer } from "effect"
import { IntegrityRepositorySql } from "../src/ApplicationsSql.ts"
import { CertificatesSql } from "../src/CertificatesSql.ts"
import * as Database from "../src/Database.ts"
import { Ed25519Signer } from "../src/Ed25519.ts"
import { issueRequestFor, seedApplication, servicesOver } from "./support/bureau.ts"
import { freshTarget, KINDS } from "./support/databases.ts"

const contiguous = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

const WORKER = join(import.meta.dirname, "support", "certificate-worker.ts")
const BATCH = 200
const KILL_AFTER = 40
const clerk: Actor = { id: "clerk-01", role: "clerk" }

const ISSUER = { code: "BATCH", name: "绍兴市上虞区人力资源和社会保障局" }
/** What the batches below are issued under. */
const STATEMENT: Cert.IssueStatement = {
  issuingBody: { code: ISSUER.code as Cert.BodyCode, name: ISSUER.name },
  approvalNo: "虞人社职〔2024〕12号",
}

interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly lines: ReadonlyArray<string>
  readonly stderr: string
}

/** Starts a worker; `onLine` sees each stdout line (and may kill the child). Resolves on exit. */
const runWorker = (job: unknown, onLine?: (line: string, child: ChildProcess) => void) =>
  Effect.async<Exit>((resume) => {
    const child = spawn(process.execPath, [WORKER, JSON.stringify(job)], {
      stdio: ["ignore", "pipe", "pipe"],
    })
    const lines: Array<string> = []
    let stderr = ""
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d.toString("utf8")
    })
    const rl = createInterface({ input: child.stdout as NodeJS.ReadableStream })
    rl.on("line", (line) => {
      lines.push(line)
      onLine?.(line, child)
    })
    child.on("close", (code, signal) => resume(Effect.succeed({ code, signal, lines, stderr })))
    return Effect.sync(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
    })
  })

const layerFor = (target: Database.Target) => servicesOver(Database.layer(target))
type Services = Layer.Layer.Success<ReturnType<typeof layerFor>>

/** `count` decided, approved applications (numbered from `from`) and their issue requests. */
const decided = (ctx: Context.Context<Services>, count: number, from = 1) =>
  Effect.provide(
    Effect.forEach(contiguous(count), (i) =>
      Effect.map(seedApplication(from + i - 1), (app) => issueRequestFor(app, ISSUER)),
    ),
    ctx,
  )

/** The applications of `count` decided ones from `from`, for a batch. */
const decidedIds = (ctx: Context.Context<Services>, count: number, from = 1) =>
  Effect.map(decided(ctx, count, from), (requests) => requests.map((r) => r.applicationId))

/**
 * Every application beside its certificate: each is either certificate-issued recording its
 * certificate's number, or decided with no certificate. Returns how many have one.
 */
const expectAgreement = (ctx: Context.Context<Services>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<{ id: string; state: string; recorded: string | null; issued: string | null }>`
      SELECT a.id, a.state, a.certificate_no AS recorded, c.number AS issued
      FROM applications a LEFT JOIN certificates c ON c.application_id = a.id ORDER BY a.id`
    for (const r of rows)
      expect([r.id, r.state, r.recorded]).toEqual(
        r.issued === null ? [r.id, "decided", null] : [r.id, "certificate-issued", r.issued],
      )
    return rows.filter((r) => r.issued !== null).length
  }).pipe(Effect.provide(ctx))

/** Everything the invariants need, read through the parent's own connection. */
const snapshot = (bodyCode: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const certs = yield* sql<{
      number: string
      seq: number | string
      signature: string
      payload: string
      batch_id: string | null
    }>`
      SELECT number, seq, signature, payload, batch_id FROM certificates WHERE body_code = ${bodyCode} ORDER BY seq`
    const [counter] = yield* sql<{
      last_seq: number | string
    }>`SELECT last_seq FROM certificate_counters WHERE body_code = ${bodyCode}`
    return {
      certs: certs.map((c) => ({ ...c, seq: Number(c.seq) })),
      lastSeq: counter === undefined ? 0 : Number(counter.last_seq),
    }
  })

/**
 * A fresh database of `kind` with the parent's services built over it and a signing key rotated in:
 * the target (for workers), the context (for snapshots) and the Certificates service.
 */
const keyedDatabase = (kind: "sqlite" | "postgres") =>
  Effect.gen(function* () {
    const target = yield* freshTarget(kind)
    const ctx = yield* Layer.build(layerFor(target))
    const svc = yield* Effect.provide(Cert.Certificates, ctx)
    yield* svc.rotateKey(clerk)
    return { target, ctx, svc }
  })

/** Both workers exited 0 and said `done` last. */
const expectBothDone = (a: Exit | undefined, b: Exit | undefined) => {
  expect([a?.code, b?.code], `${a?.stderr}\n${b?.stderr}`).toEqual([0, 0])
  expect([a?.lines.at(-1), b?.lines.at(-1)]).toEqual(["done", "done"])
}

/** The `issued <position> <number>` lines of both workers. */
const issuedLines = (a: Exit | undefined, b: Exit | undefined) =>
  [...(a?.lines ?? []), ...(b?.lines ?? [])].filter((l) => l.startsWith("issued "))

/** A signer that dies on its `n`th signature: a failure inside an issuance transaction, after the counter bump. */
const signerDyingAt = (n: number) =>
  Layer.effect(
    Cert.Signer,
    Effect.map(Cert.Signer, (real) => {
      let calls = 0
      return {
        ...real,
        sign: (key: Uint8Array, message: Uint8Array) =>
          ++calls === n ? Effect.dieMessage(`signer failure injected at call ${n}`) : real.sign(key, message),
      }
    }),
  ).pipe(Layer.provide(Ed25519Signer))

for (const kind of KINDS) {
  describe(`batch issuance on ${kind}`, () => {
    it.live(
      "a failure inside a certificate's transaction rolls back its counter and row; resuming continues without a gap",
      () =>
        Effect.gen(function* () {
          const target = yield* freshTarget(kind)
          const ctx = yield* Layer.build(layerFor(target))
          const failing = yield* Layer.build(
            Cert.Certificates.Default.pipe(
              Layer.provide(Layer.mergeAll(CertificatesSql, signerDyingAt(5), IntegrityRepositorySql)),
              Layer.provide(ctx.pipe(Layer.succeedContext)),
            ),
          )
          const good = yield* Effect.provide(Cert.Certificates, ctx)
          const bad = yield* Effect.provide(Cert.Certificates, failing)
          yield* good.rotateKey(clerk)
          const exit = yield* Effect.exit(
            bad.issueBatch(clerk, "b-fail", yield* decidedIds(ctx, 10), STATEMENT),
          )
          expect(exit._tag).toBe("Failure")
          const after = yield* Effect.provide(snapshot("BATCH"), ctx)
          expect(after.certs.map((c) => c.seq)).toEqual([1, 2, 3, 4])
          expect(after.lastSeq).toBe(4)
          // The failed item's application step rolled back with its certificate.
          expect(yield* expectAgreement(ctx)).toBe(4)
          expect(yield* good.batch("b-fail")).toMatchObject({ issued: 4, pending: 6, status: "open" })
          const done = yield* good.resumeBatch(clerk, "b-fail")
          expect(done).toMatchObject({ issued: 10, pending: 0, status: "done" })
          const final = yield* Effect.provide(snapshot("BATCH"), ctx)
          expect(final.certs.map((c) => c.seq)).toEqual(contiguous(10))
          expect(final.lastSeq).toBe(10)
          expect(yield* expectAgreement(ctx)).toBe(10)
        }).pipe(Effect.scoped),
    )

    it.live(
      `a worker SIGKILLed mid-batch leaves no half-written certificate, and resuming issues exactly the rest`,
      () =>
        Effect.gen(function* () {
          const { target, ctx, svc } = yield* keyedDatabase(kind)
          const inParent = <A, E>(
            eff: Effect.Effect<A, E, Cert.Certificates | SqlClient.SqlClient | AuditLog>,
          ) => Effect.provide(eff, ctx)

          yield* svc.createBatch(clerk, "b-crash", yield* decidedIds(ctx, BATCH), STATEMENT)

          let seen = 0
          const killed = yield* runWorker({ target, mode: "resume", batchId: "b-crash" }, (line, child) => {
            if (line.startsWith("issued ") && ++seen === KILL_AFTER) child.kill("SIGKILL")
          })
          expect(killed.signal).toBe("SIGKILL")
          expect(killed.lines).not.toContain("done")

          // After the crash: k whole certificates, numbered 1..k, each with its signature, its
          // counter and its batch item; nothing of the one in flight.
          const after = yield* inParent(snapshot("BATCH"))
          const k = after.certs.length
          expect(k).toBeGreaterThanOrEqual(KILL_AFTER)
          expect(k).toBeLessThan(BATCH)
          expect(after.certs.map((c) => c.seq)).toEqual(contiguous(k))
          expect(after.lastSeq).toBe(k)
          for (const c of after.certs) {
            expect(c.signature).not.toBe("")
            expect(c.batch_id).toBe("b-crash")
            const ok = yield* svc.verifyOffline(Cert.qrPayload(c.payload, c.signature))
            expect(ok.payload.no).toBe(c.number)
          }
          const progress = yield* svc.batch("b-crash")
          expect(progress).toMatchObject({ total: BATCH, issued: k, pending: BATCH - k, status: "open" })
          const log = yield* inParent(Effect.flatMap(AuditLog, (a) => a.all))
          expect(log.filter((e) => e.action === "certificate.issue")).toHaveLength(k)
          expect(log.filter((e) => e.action === "application.certificate-issued")).toHaveLength(k)
          expect((yield* verify(log)).count).toBe(log.length)
          // Exactly the k applications whose certificates committed are marked, with their numbers.
          expect(yield* expectAgreement(ctx)).toBe(k)

          // Resume in this process: exactly the rest, in order, continuing the numbers.
          const resumed: Array<{ position: number; number: string }> = []
          const done = yield* svc.resumeBatch(clerk, "b-crash", {
            onIssued: (i) => Effect.sync(() => resumed.push(i)),
          })
          expect(done).toEqual({ id: "b-crash", total: BATCH, issued: BATCH, pending: 0, status: "done" })
          expect(resumed.map((r) => r.position)).toEqual(contiguous(BATCH).slice(k))
          const final = yield* inParent(snapshot("BATCH"))
          expect(final.certs.map((c) => c.seq)).toEqual(contiguous(BATCH))
          expect(final.lastSeq).toBe(BATCH)
          expect(yield* expectAgreement(ctx)).toBe(BATCH)
          // Sequential batch: item p got number p, before and after the crash.
          const sql = yield* inParent(SqlClient.SqlClient)
          const items = yield* sql<{
            position: number | string
            certificate_no: string | null
            status: string
          }>`
            SELECT position, certificate_no, status FROM certificate_batch_items WHERE batch_id = 'b-crash' ORDER BY position`
          expect(items.map((i) => [Number(i.position), i.status, i.certificate_no])).toEqual(
            contiguous(BATCH).map((p) => [
              p,
              "issued",
              Cert.formatNumber("BATCH", Cert.parseNumber(final.certs[0]?.number ?? "")?.year ?? 0, p),
            ]),
          )
          // Resuming a finished batch issues nothing.
          const again: Array<unknown> = []
          yield* svc.resumeBatch(clerk, "b-crash", { onIssued: (i) => Effect.sync(() => again.push(i)) })
          expect(again).toEqual([])
          expect((yield* Effect.flip(svc.createBatch(clerk, "b-crash", [], STATEMENT)))._tag).toBe(
            "BatchExists",
          )
          expect((yield* Effect.flip(svc.resumeBatch(clerk, "no-such-batch")))._tag).toBe("BatchNotFound")
        }).pipe(Effect.scoped),
      180_000,
    )

    it.live(
      "two processes issuing at once get contiguous, unique numbers",
      () =>
        Effect.gen(function* () {
          const { target, ctx } = yield* keyedDatabase(kind)
          const job = (requests: ReadonlyArray<Cert.IssueRequest>) => ({
            target,
            mode: "issue",
            requests,
            concurrency: 8,
          })
          const [forA, forB] = [yield* decided(ctx, 40), yield* decided(ctx, 40, 41)]
          const [a, b] = yield* Effect.all([runWorker(job(forA)), runWorker(job(forB))], {
            concurrency: 2,
          })
          expectBothDone(a, b)
          const snap = yield* Effect.provide(snapshot("BATCH"), ctx)
          expect(snap.certs.map((c) => c.seq)).toEqual(contiguous(80))
          expect(snap.lastSeq).toBe(80)
          const reported = issuedLines(a, b).map((l) => l.split(" ")[2])
          expect(new Set(reported).size).toBe(80)
          expect(yield* expectAgreement(ctx)).toBe(80)
        }).pipe(Effect.scoped),
      180_000,
    )

    it.live(
      "two processes resuming the same batch issue each item exactly once",
      () =>
        Effect.gen(function* () {
          const { target, ctx, svc } = yield* keyedDatabase(kind)
          yield* svc.createBatch(clerk, "b-twice", yield* decidedIds(ctx, 60), STATEMENT)
          const job = { target, mode: "resume", batchId: "b-twice" }
          const [a, b] = yield* Effect.all([runWorker(job), runWorker(job)], { concurrency: 2 })
          expectBothDone(a, b)
          const positions = issuedLines(a, b).map((l) => Number(l.split(" ")[1]))
          expect(positions.sort((x, y) => x - y)).toEqual(contiguous(60))
          const snap = yield* Effect.provide(snapshot("BATCH"), ctx)
          expect(snap.certs.map((c) => c.seq)).toEqual(contiguous(60))
          expect(yield* svc.batch("b-twice")).toMatchObject({ issued: 60, pending: 0, status: "done" })
          expect(yield* expectAgreement(ctx)).toBe(60)
        }).pipe(Effect.scoped),
      180_000,
    )
  })
}
