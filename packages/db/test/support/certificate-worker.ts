/**
 * A separate process that issues certificates against a database the test names, for the crash
 * and multi-process tests in BatchIssuance.test.ts. Run with `process.execPath` (Node 24 strips the
 * types). Argument: JSON `{ target, mode: "resume", batchId }` or
 * `{ target, mode: "issue", prefix, body, count, concurrency }`. Prints `issued <position> <number>`
 * after each certificate commits, then `done`.
 */
import type { Actor } from "@zhicheng/domain/Audit"
import {
  type BodyCode,
  Certificates,
  type HolderIdHmac,
  type IssueRequest,
} from "@zhicheng/domain/Certificates"
import { Effect, Layer } from "effect"
import { AuditLogSql } from "../../src/AuditLogSql.ts"
import { CertificatesLive } from "../../src/CertificatesSql.ts"
import * as Database from "../../src/Database.ts"

type Job =
  | { readonly target: Database.Target; readonly mode: "resume"; readonly batchId: string }
  | {
      readonly target: Database.Target
      readonly mode: "issue"
      readonly prefix: string
      readonly body: string
      readonly count: number
      readonly concurrency: number
    }

const job = JSON.parse(process.argv[2] ?? "{}") as Job
const worker: Actor = { id: `worker-${process.pid}`, role: "system" }
const say = (line: string) => Effect.sync(() => process.stdout.write(`${line}\n`))

/** The request for application `n` of an "issue" run. */
const workerRequest = (prefix: string, body: string, n: number): IssueRequest => ({
  applicationId: `${prefix}-${n}`,
  holderName: `测试${n}`,
  holderIdHmac: n.toString(16).padStart(64, "0") as HolderIdHmac,
  title: "工程师",
  level: "intermediate",
  series: "工程系列",
  specialty: "机电制造",
  issuingBody: { code: body as BodyCode, name: "绍兴市上虞区人力资源和社会保障局" },
  approvalNo: "虞人社职〔2024〕12号",
})

const program = Effect.gen(function* () {
  const svc = yield* Certificates
  if (job.mode === "resume") {
    yield* svc.resumeBatch(worker, job.batchId, {
      onIssued: ({ position, number }) => say(`issued ${position} ${number}`),
    })
  } else {
    yield* Effect.forEach(
      Array.from({ length: job.count }, (_, i) => i + 1),
      (n) =>
        Effect.flatMap(svc.issue(worker, workerRequest(job.prefix, job.body, n)), (c) =>
          say(`issued ${n} ${c.number}`),
        ),
      { concurrency: job.concurrency, discard: true },
    )
  }
  yield* say("done")
})

// If the event loop empties while the program is still pending, something waits on a lock that
// will never be released: say so and fail, instead of Node's silent exit 0.
let finished = false
process.on("beforeExit", () => {
  if (!finished) {
    process.stderr.write(
      "worker stalled: the event loop emptied before the program finished (a leaked lock?)\n",
    )
    process.exit(3)
  }
})

const live = CertificatesLive.pipe(
  Layer.provideMerge(AuditLogSql),
  Layer.provideMerge(Database.layer(job.target)),
)
Effect.runPromise(Effect.scoped(Effect.provide(program, live))).then(
  () => {
    finished = true
    process.exit(0)
  },
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`)
    process.exit(1)
  },
)
