/**
 * Crash safety and concurrency of certificate issuance, on SQLite and PostgreSQL, with real
 * processes: a worker (test/support/certificate-worker.ts) is SIGKILLed in the middle of a batch,
 * and two workers issue against one database at once. Nothing here is timed: the kill is triggered
 * by the worker's own progress lines.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { SqlClient } from "@effect/sql"
import { describe, expect, it } from "@effect/vitest"
import { type Actor, AuditLog, verify } from "@zhicheng/domain/Audit"
import * as Cert from "@zhicheng/domain/Certificates"
import { Effect, Layer } from "effect"
import { IntegrityRecordSql } from "../src/ApplicationsSql.ts"
import { AuditLogSql } from "../src/AuditLogSql.ts"
import { CertificatesLive, CertificatesSql } from "../src/CertificatesSql.ts"
import * as Database from "../src/Database.ts"
import { Ed25519Signer } from "../src/Ed25519.ts"
import { freshTarget, KINDS } from "./support/databases.ts"

const WORKER = join(import.meta.dirname, "support", "certificate-worker.ts")
const BATCH = 200
const KILL_AFTER = 40
const clerk: Actor = { id: "clerk-01", role: "clerk" }

const request = (prefix: string, n: number): Cert.IssueRequest => ({
  applicationId: `${prefix}-${n}`,
  holderName: `申请人${n}`,
  holderIdHmac: n.toString(16).padStart(64, "0") as Cert.HolderIdHmac,
  title: "工程师",
  level: "intermediate",
  series: "工程系列",
  specialty: "机电制造",
  issuingBody: { code: "BATCH" as Cert.BodyCode, name: "绍兴市上虞区人力资源和社会保障局" },
  approvalNo: "虞人社职〔2024〕12号",
})

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

const layerFor = (target: Database.Target) =>
  CertificatesLive.pipe(Layer.provideMerge(AuditLogSql), Layer.provideMerge(Database.layer(target)))

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

const contiguous = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

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
              Layer.provide(Layer.mergeAll(CertificatesSql, signerDyingAt(5), IntegrityRecordSql)),
              Layer.provide(ctx.pipe(Layer.succeedContext)),
            ),
          )
          const good = yield* Effect.provide(Cert.Certificates, ctx)
          const bad = yield* Effect.provide(Cert.Certificates, failing)
          yield* good.rotateKey(clerk)
          const exit = yield* Effect.exit(
            bad.issueBatch(
              clerk,
              "b-fail",
              contiguous(10).map((n) => request("fail", n)),
            ),
          )
          expect(exit._tag).toBe("Failure")
          const after = yield* Effect.provide(snapshot("BATCH"), ctx)
          expect(after.certs.map((c) => c.seq)).toEqual([1, 2, 3, 4])
          expect(after.lastSeq).toBe(4)
          expect(yield* good.batch("b-fail")).toMatchObject({ issued: 4, pending: 6, status: "open" })
          const done = yield* good.resumeBatch(clerk, "b-fail")
          expect(done).toMatchObject({ issued: 10, pending: 0, status: "done" })
          const final = yield* Effect.provide(snapshot("BATCH"), ctx)
          expect(final.certs.map((c) => c.seq)).toEqual(contiguous(10))
          expect(final.lastSeq).toBe(10)
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

          yield* svc.createBatch(
            clerk,
            "b-crash",
            contiguous(BATCH).map((n) => request("crash", n)),
          )

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
          expect((yield* verify(log)).count).toBe(log.length)

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
          expect((yield* Effect.flip(svc.createBatch(clerk, "b-crash", [])))._tag).toBe("BatchExists")
          expect((yield* Effect.flip(svc.resumeBatch(clerk, "no-such-batch")))._tag).toBe("BatchNotFound")
        }).pipe(Effect.scoped),
      180_000,
    )

    it.live(
      "two processes issuing at once get contiguous, unique numbers",
      () =>
        Effect.gen(function* () {
          const { target, ctx } = yield* keyedDatabase(kind)
          const job = (prefix: string) => ({
            target,
            mode: "issue",
            prefix,
            body: "BATCH",
            count: 40,
            concurrency: 8,
          })
          const [a, b] = yield* Effect.all([runWorker(job("proc-a")), runWorker(job("proc-b"))], {
            concurrency: 2,
          })
          expectBothDone(a, b)
          const snap = yield* Effect.provide(snapshot("BATCH"), ctx)
          expect(snap.certs.map((c) => c.seq)).toEqual(contiguous(80))
          expect(snap.lastSeq).toBe(80)
          const reported = issuedLines(a, b).map((l) => l.split(" ")[2])
          expect(new Set(reported).size).toBe(80)
        }).pipe(Effect.scoped),
      180_000,
    )

    it.live(
      "two processes resuming the same batch issue each item exactly once",
      () =>
        Effect.gen(function* () {
          const { target, ctx, svc } = yield* keyedDatabase(kind)
          yield* svc.createBatch(
            clerk,
            "b-twice",
            contiguous(60).map((n) => request("twice", n)),
          )
          const job = { target, mode: "resume", batchId: "b-twice" }
          const [a, b] = yield* Effect.all([runWorker(job), runWorker(job)], { concurrency: 2 })
          expectBothDone(a, b)
          const positions = issuedLines(a, b).map((l) => Number(l.split(" ")[1]))
          expect(positions.sort((x, y) => x - y)).toEqual(contiguous(60))
          const snap = yield* Effect.provide(snapshot("BATCH"), ctx)
          expect(snap.certs.map((c) => c.seq)).toEqual(contiguous(60))
          expect(yield* svc.batch("b-twice")).toMatchObject({ issued: 60, pending: 0, status: "done" })
        }).pipe(Effect.scoped),
      180_000,
    )
  })
}
