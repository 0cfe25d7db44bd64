/**
 * The import benchmark's clients, each in its own worker thread of the benchmark's process so that
 * neither shares the server's event loop (import.bench.ts). One job a thread, given as workerData,
 * answered with one message:
 *
 * - `probe`: `GET /healthz` one after another for `seconds`, each latency recorded, and the
 *   process's RSS (server, clients, XLSX reader threads) sampled every 10 ms;
 * - `import`: `concurrency` importers sending roster files back to back until told to stop (any
 *   message), each file to the path the `paths` list gives in turn; answers the statuses and
 *   durations.
 */
import { parentPort, workerData } from "node:worker_threads"

export interface ProbeJob {
  readonly kind: "probe"
  readonly url: string
  readonly seconds: number
}

export interface ImportJob {
  readonly kind: "import"
  readonly url: string
  readonly apiKey: string
  /** Import paths (`/api/v1/rosters/{id}/import`), used in turn: a fresh roster per successful import. */
  readonly paths: ReadonlyArray<string>
  readonly bytes: Uint8Array
  readonly media: string
  readonly concurrency: number
}

export interface ProbeResult {
  /** Latencies in ms, sorted. */
  readonly latencies: ReadonlyArray<number>
  readonly rssStart: number
  readonly rssPeak: number
}

export interface ImportResult {
  readonly statuses: Readonly<Record<string, number>>
  /** Durations in ms, sorted. */
  readonly ms: ReadonlyArray<number>
  readonly responseBytes: number
}

const probe = async ({ url, seconds }: ProbeJob): Promise<ProbeResult> => {
  const rssStart = process.memoryUsage.rss()
  let rssPeak = rssStart
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss())
  }, 10)
  const latencies: Array<number> = []
  const until = performance.now() + seconds * 1000
  while (performance.now() < until) {
    const t0 = performance.now()
    const res = await fetch(`${url}/healthz`)
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`)
    latencies.push(performance.now() - t0)
  }
  clearInterval(sampler)
  return { latencies: latencies.sort((a, b) => a - b), rssStart, rssPeak }
}

const importLoop = async (job: ImportJob): Promise<ImportResult> => {
  let stop = false
  parentPort?.once("message", () => {
    stop = true
  })
  const statuses: Record<string, number> = {}
  const ms: Array<number> = []
  let next = 0
  let responseBytes = 0
  const one = async () => {
    while (!stop) {
      const path = job.paths[next++ % job.paths.length] as string
      const t0 = performance.now()
      const res = await fetch(`${job.url}${path}`, {
        method: "POST",
        headers: { "content-type": job.media, authorization: `Bearer ${job.apiKey}` },
        body: job.bytes,
      })
      responseBytes = Math.max(responseBytes, (await res.arrayBuffer()).byteLength)
      ms.push(performance.now() - t0)
      statuses[res.status] = (statuses[res.status] ?? 0) + 1
    }
  }
  await Promise.all(Array.from({ length: job.concurrency }, one))
  return { statuses, ms: ms.sort((a, b) => a - b), responseBytes }
}

const job = workerData as ProbeJob | ImportJob
const run = job.kind === "probe" ? probe(job) : importLoop(job)
run.then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (e: unknown) => parentPort?.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) }),
)
