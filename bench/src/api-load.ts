/**
 * The API benchmark's load generator, run in a worker thread of the benchmark's own process so that
 * the client does not share the server's event loop (one process, two threads). It takes jobs by
 * message and answers each with one result:
 *
 * - `cannon`: autocannon against one route for a fixed time, with the given bodies cycled;
 * - `batch`: streams `count` NDJSON profile lines (the given lines, cycled) into one POST with
 *   backpressure, reads the NDJSON answer line by line, and samples the process's RSS meanwhile.
 */
import { request } from "node:http"
import { parentPort } from "node:worker_threads"
import autocannon from "autocannon"

export interface CannonJob {
  readonly kind: "cannon"
  readonly url: string
  readonly path: string
  readonly bodies: ReadonlyArray<string>
  readonly connections: number
  readonly seconds: number
  /** Extra request headers (e.g. Accept-Encoding). */
  readonly headers?: Readonly<Record<string, string>>
}

export interface BatchJob {
  readonly kind: "batch"
  readonly port: number
  readonly path: string
  readonly apiKey: string
  readonly lines: ReadonlyArray<string>
  readonly count: number
}

export interface CannonResult {
  readonly requests: number
  readonly seconds: number
  readonly perSecond: number
  readonly p50: number
  readonly p99: number
  readonly non2xx: number
  readonly errors: number
}

export interface BatchResult {
  readonly sent: number
  readonly received: number
  readonly errorLines: number
  readonly ms: number
  readonly status: number
  readonly rssBefore: number
  readonly rssPeak: number
  readonly firstLine: string
}

/** In autocannon, not in @types/autocannon 7: turns raw (worker-thread) results into the usual one. */
const aggregateResult = (
  autocannon as unknown as {
    readonly aggregateResult: (
      results: ReadonlyArray<autocannon.Result>,
      options: autocannon.Options,
    ) => autocannon.Result
  }
).aggregateResult

const cannon = async (job: CannonJob): Promise<CannonResult> => {
  const options = {
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    requests: job.bodies.map((body) => ({
      method: "POST" as const,
      path: job.path,
      headers: { "content-type": "application/json", ...job.headers },
      body,
    })),
  }
  // Off the main thread autocannon hands back its raw, encoded histograms (as it does to its own
  // workers); aggregateResult decodes them into the usual result.
  const raw = await autocannon(options)
  const r = raw.latency === undefined ? aggregateResult([raw], options) : raw
  const seconds = r.duration
  return {
    requests: r.requests.total,
    seconds,
    perSecond: r.requests.total / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  }
}

const batch = (job: BatchJob): Promise<BatchResult> =>
  new Promise((resolve, reject) => {
    const rssBefore = process.memoryUsage.rss()
    let rssPeak = rssBefore
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage.rss())
    }, 10)
    const t0 = performance.now()
    let received = 0
    let errorLines = 0
    let firstLine = ""
    let status = 0
    const req = request(
      {
        host: "127.0.0.1",
        port: job.port,
        path: job.path,
        method: "POST",
        agent: false,
        headers: { "content-type": "application/x-ndjson", authorization: `Bearer ${job.apiKey}` },
      },
      (res) => {
        status = res.statusCode ?? 0
        res.setEncoding("utf8")
        let partial = ""
        res.on("data", (chunk: string) => {
          partial += chunk
          let nl = partial.indexOf("\n")
          while (nl >= 0) {
            const line = partial.slice(0, nl)
            if (received === 0) firstLine = line
            received++
            if (line.includes('"error":')) errorLines++
            partial = partial.slice(nl + 1)
            nl = partial.indexOf("\n")
          }
        })
        res.on("end", () => {
          clearInterval(sampler)
          rssPeak = Math.max(rssPeak, process.memoryUsage.rss())
          resolve({
            sent: job.count,
            received,
            errorLines,
            ms: performance.now() - t0,
            status,
            rssBefore,
            rssPeak,
            firstLine,
          })
        })
      },
    )
    req.on("error", (e) => {
      clearInterval(sampler)
      reject(e)
    })
    const write = async () => {
      // Write in chunks of ~64 lines, waiting for 'drain' whenever the socket's buffer is full.
      const chunk = 64
      for (let i = 0; i < job.count; i += chunk) {
        let text = ""
        for (let j = i; j < Math.min(job.count, i + chunk); j++)
          text += `${job.lines[j % job.lines.length]}\n`
        if (!req.write(text)) await new Promise<void>((r) => req.once("drain", () => r()))
      }
      req.end()
    }
    write().catch(reject)
  })

parentPort?.on("message", (job: CannonJob | BatchJob) => {
  const run = job.kind === "cannon" ? cannon(job) : batch(job)
  run.then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (e: unknown) => parentPort?.postMessage({ ok: false, error: String((e as Error)?.stack ?? e) }),
  )
})
