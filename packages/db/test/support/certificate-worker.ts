/**
 * A separate process that issues certificates against a database the test names, for the crash
 * and multi-process tests in BatchIssuance.test.ts. Run with `process.execPath` (Node 24 strips the
 * types). Argument: JSON `{ target, mode: "resume", batchId }` or
 * `{ target, mode: "issue", requests, concurrency }` (the requests' applications are already
 * decided, seeded by the test). Prints `issued <position> <number>` after each certificate commits
 * (the position counts from 1 in `requests`), then `done`. The services are composed as the
 * bureau's (test/support/bureau.ts), so issuance marks each application as the API's would.
 */
import type { Actor } from "@zhicheng/domain/Audit"
import { Certificates, type IssueRequest } from "@zhicheng/domain/Certificates"
import { Effect } from "effect"
import * as Database from "../../src/Database.ts"
import { servicesOver } from "./bureau.ts"

type Job =
  | { readonly target: Database.Target; readonly mode: "resume"; readonly batchId: string }
  | {
      readonly target: Database.Target
      readonly mode: "issue"
      readonly requests: ReadonlyArray<IssueRequest>
      readonly concurrency: number
    }

const job = JSON.parse(process.argv[2] ?? "{}") as Job
const worker: Actor = { id: `worker-${process.pid}`, role: "system" }
const say = (line: string) => Effect.sync(() => process.stdout.write(`${line}\n`))

const program = Effect.gen(function* () {
  const svc = yield* Certificates
  if (job.mode === "resume") {
    yield* svc.resumeBatch(worker, job.batchId, {
      onIssued: ({ position, number }) => say(`issued ${position} ${number}`),
    })
  } else {
    yield* Effect.forEach(
      job.requests,
      (request, i) => Effect.flatMap(svc.issue(worker, request), (c) => say(`issued ${i + 1} ${c.number}`)),
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

const live = servicesOver(Database.layer(job.target))
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
