/**
 * Does a roster import starve the server? (issue #8.3). One process: the real app (apps/api's
 * `build` over a temp SQLite file, test secrets, rate limits raised) on a loopback port on the main
 * thread; a prober thread sending `GET /healthz` one after another and sampling the process's RSS;
 * an importer thread sending roster files to `POST /api/v1/rosters/{id}/import` back to back, three
 * at a time (import-load.ts). Each scenario runs for the same time; the baseline is the prober alone,
 * before and after the scenarios. Reported: /healthz p50, p99 and max, each as a ratio to the
 * baseline's, the imports done and their answers, and the peak RSS of the whole process.
 *
 * Worst cases, each the largest or costliest file of its kind the limits let through, or the attack
 * the issue reported:
 * - CSV flood: the issue's file, 4.9 MB of 250,545 one-character bad rows (refused at the row limit);
 * - CSV 5,000 bad rows: the most entries a file may hold, every row with four errors (422, 100 listed);
 * - CSV 5,000 good rows: the same, all valid, each import into a fresh roster (201; sealed and stored);
 * - XLSX bomb: a valid workbook whose sheet is padded to 440 MiB of spaces, ~450 KB as sent;
 * - XLSX lying bomb: the same, its directory declaring 4 KiB for the sheet;
 * - XLSX at the limit: one bad row and padding to just under the uncompressed limit (read in full);
 * - XLSX 5,000 bad rows.
 *
 *   node src/import.bench.ts [--seconds=6] [--concurrency=3] [--only=csv-bad,xlsx-bomb]
 */
import { mkdtempSync, rmSync } from "node:fs"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { Worker } from "node:worker_threads"
import { serve } from "@hono/node-server"
import * as Database from "@zhicheng/db/Database"
import * as RosterFiles from "@zhicheng/db/RosterFiles"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import type * as Rosters from "@zhicheng/domain/Rosters"
import { Effect } from "effect"
import { build } from "../../apps/api/src/App.ts"
import { defaultOptions } from "../../apps/api/src/Server.ts"
import * as Store from "../../apps/api/src/Store.ts"
import { makeId } from "../../packages/db/test/support/fixtures.ts"
import { padPart, unzip, zip } from "../../packages/db/test/support/zip.ts"
import type { ImportJob, ImportResult, ProbeJob, ProbeResult } from "./import-load.ts"
import { gc } from "./records-support.ts"
import { machine, mib, num, table } from "./report.ts"

const { values: opts } = parseArgs({
  options: {
    seconds: { type: "string", default: "6" },
    concurrency: { type: "string", default: "3" },
    only: { type: "string", default: "" },
  },
})
const SECONDS = Number(opts.seconds)
const CONCURRENCY = Number(opts.concurrency)
const log = (s: string) => process.stderr.write(`${s}\n`)
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
const UNIT = "越城基准测试有限公司"
const SHEET = "xl/worksheets/sheet1.xml"

// ---------------------------------------------------------------------------------------------
// Server: the real app over a temp SQLite file, on a loopback port

const dir = mkdtempSync(join(tmpdir(), "zc-bench-import-"))
process.on("exit", () => rmSync(dir, { recursive: true, force: true }))
const built = build(
  Database.layer({ kind: "sqlite", file: join(dir, "bench.db") }),
  // The same keys as apps/api/test/support/app.ts: for tests and benchmarks only.
  {
    idHmacKey: "test-hmac-key-0123456789abcdef0123456789",
    idSealKey: "test-seal-key-0123456789abcdef0123456789",
    source: "test",
  },
  { ...defaultOptions, log: () => {}, publicRatePerMinute: 1_000_000_000, keyRatePerMinute: 1_000_000_000 },
)
const { key: apiKey } = await built.runtime.runPromise(Store.createKey("bench-import", "clerk"))
const server = serve({ fetch: built.app.fetch, port: 0, hostname: "127.0.0.1" })
await new Promise<void>((resolve) => server.once("listening", () => resolve()))
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const call = async (method: string, path: string, body: unknown) => {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
    body: JSON.stringify(body),
  })
  const text = await res.text()
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 400)}`)
  return JSON.parse(text) as { readonly id: string }
}

// A selected pilot unit (机电 at both levels) and one draft roster per year from next year on: a
// successful import fills one, so each goes to a fresh roster.
const YEAR = CivilDate.parts(CivilDate.todayInChina(Date.now())).year + 1
const unit = await call("POST", "/api/v1/pilot-units", {
  application: {
    year: YEAR,
    district: "cn-zhejiang-shaoxing-yuecheng",
    unitName: UNIT,
    industry: "高端装备制造",
    address: "绍兴市越城区示例路1号",
    legalRepresentative: { name: "示例法人", position: "董事长", mobile: "13800000001" },
    workContact: { name: "示例联系人", position: "人事经理", mobile: "13900000002" },
    staff: { fullSenior: 0, associateSenior: 3, intermediate: 20, junior: 40 },
    profileAndPromotionSystem: "技术岗位评价晋升制度（附页）",
    specialties: ["机电"],
  },
})
await call("POST", `/api/v1/pilot-units/${unit.id}/recommendation`, {
  recommended: true,
  opinion: "同意推荐",
})
await call("POST", `/api/v1/pilot-units/${unit.id}/selection`, {
  opinion: "同意",
  scope: { postSequence: "工程技术岗", levels: ["助理工程师", "工程师"], specialties: ["机电"] },
})
const ROSTERS = 120
const importPaths: Array<string> = []
for (let i = 0; i < ROSTERS; i++) {
  const r = await call("POST", "/api/v1/rosters", { unitId: unit.id, year: YEAR + i, round: "annual" })
  importPaths.push(`/api/v1/rosters/${r.id}/import`)
}

// ---------------------------------------------------------------------------------------------
// Files

const han = (n: number) => String(n).replace(/\d/g, (d) => "零一二三四五六七八九"[Number(d)] as string)
const person = (n: number): Rosters.BureauRow => ({
  seq: n,
  name: `员工${han(n)}`,
  residentId: makeId(n),
  highestEducation: "本科（工学学士）",
  institution: "浙江工业大学",
  major: "机械设计制造及其自动化",
  contact: `1380000${String(n % 10_000).padStart(4, "0")}`,
  adoptionSpecialty: "机电",
  qualificationName: n % 2 === 0 ? "工程师" : "助理工程师",
})
/** Four errors: a wrong check character, no name, a specialty and a title Annex 2 does not have. */
const badPerson = (n: number): Rosters.BureauRow => {
  const p = person(n)
  return {
    ...p,
    name: "",
    residentId: `${p.residentId.slice(0, 17)}${p.residentId[17] === "0" ? "1" : "0"}`,
    adoptionSpecialty: "化工" as "机电",
    qualificationName: "技术员" as "工程师",
  }
}
const LIMIT = RosterFiles.LIMITS.entries
const doc = (rows: ReadonlyArray<Rosters.BureauRow>) => ({ unitName: UNIT, filledOn: `${YEAR}-01-01`, rows })
const csv = (rows: ReadonlyArray<Rosters.BureauRow>) => new TextEncoder().encode(RosterFiles.toCsv(doc(rows)))
const xlsx = (rows: ReadonlyArray<Rosters.BureauRow>) => Effect.runPromise(RosterFiles.toXlsx(doc(rows)))
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

const header = RosterFiles.toCsv(doc([])).trimEnd()
const oneBadRow = await xlsx([badPerson(1)])
/** A valid one-row workbook whose sheet is padded with `padding` spaces; `declared` lies about its size. */
const bomb = (padding: number, declared?: (size: number) => number) =>
  zip(padPart(unzip(oneBadRow), SHEET, "</sheetData>", padding, declared))

/** Each scenario's file, made when the scenario runs (the bombs take a moment and 440 MiB to make). */
const SCENARIOS: ReadonlyArray<{
  readonly id: string
  readonly label: string
  readonly make: () => Uint8Array | Promise<Uint8Array>
  readonly media: string
}> = [
  {
    id: "csv-flood",
    label: "CSV flood: 250,545 bad rows (the issue's file)",
    make: () => new TextEncoder().encode(`${header}\r\n${"1,x,1,x,x,x,x,x,x\r\n".repeat(250_545)}`),
    media: "text/csv",
  },
  {
    id: "csv-bad",
    label: `CSV ${num(LIMIT)} bad rows (4 errors each)`,
    make: () => csv(range(LIMIT).map(badPerson)),
    media: "text/csv",
  },
  {
    id: "csv-good",
    label: `CSV ${num(LIMIT)} good rows (stored)`,
    make: () => csv(range(LIMIT).map(person)),
    media: "text/csv",
  },
  {
    id: "xlsx-bomb",
    label: "XLSX bomb: sheet of 440 MiB declared",
    make: () => bomb(440 * 2 ** 20),
    media: XLSX,
  },
  {
    id: "xlsx-liar",
    label: "XLSX bomb declaring 4 KiB for its 440 MiB",
    make: () => bomb(440 * 2 ** 20, () => 4096),
    media: XLSX,
  },
  {
    id: "xlsx-limit",
    label: `XLSX at the limit: ${mib(RosterFiles.LIMITS.xlsxBytes - 64 * 1024)} sheet, 1 bad row`,
    make: () => bomb(RosterFiles.LIMITS.xlsxBytes - 64 * 1024),
    media: XLSX,
  },
  {
    id: "xlsx-bad",
    label: `XLSX ${num(LIMIT)} bad rows (4 errors each)`,
    make: () => xlsx(range(LIMIT).map(badPerson)),
    media: XLSX,
  },
]

// ---------------------------------------------------------------------------------------------
// Runs

const inWorker = <R>(job: ProbeJob | ImportJob) => {
  const worker = new Worker(new URL("./import-load.ts", import.meta.url), { workerData: job })
  const result = new Promise<R>((resolve, reject) => {
    worker.once("message", (m: { ok: boolean; result?: R; error?: string }) =>
      m.ok ? resolve(m.result as R) : reject(new Error(m.error)),
    )
    worker.once("error", reject)
  })
  return { worker, result }
}

const probe = () => inWorker<ProbeResult>({ kind: "probe", url, seconds: SECONDS }).result

interface Row {
  readonly id: string
  readonly label: string
  readonly bytes: number
  readonly probe: ProbeResult
  readonly imports?: ImportResult
}
const rows: Array<Row> = []
let nextPath = 0

log(`baseline: /healthz alone for ${SECONDS} s`)
const before = await probe()
const only = opts.only.split(",").filter((s) => s !== "")
for (const s of SCENARIOS.filter((x) => only.length === 0 || only.includes(x.id))) {
  const bytes = await s.make()
  gc()
  log(`${s.id}: ${num(bytes.length)} bytes, ${CONCURRENCY} importers for ${SECONDS} s`)
  // Each scenario's importers start on rosters no earlier scenario filled.
  const paths = importPaths.slice(nextPath)
  const importer = inWorker<ImportResult>({
    kind: "import",
    url,
    apiKey,
    paths,
    bytes,
    media: s.media,
    concurrency: CONCURRENCY,
  })
  const p = await probe()
  importer.worker.postMessage("stop")
  const imports = await importer.result
  await importer.worker.terminate()
  nextPath += imports.statuses["201"] ?? 0
  rows.push({ id: s.id, label: s.label, bytes: bytes.length, probe: p, imports })
  log(
    `  answers ${JSON.stringify(imports.statuses)}, healthz p50 ${p.latencies[Math.floor(p.latencies.length / 2)]?.toFixed(2)} ms, peak RSS ${mib(p.rssPeak)}`,
  )
}
log(`baseline again: /healthz alone for ${SECONDS} s`)
const after = await probe()

server.close()
await built.runtime.dispose()

// ---------------------------------------------------------------------------------------------
// Report

const quantile = (xs: ReadonlyArray<number>, q: number) =>
  xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] as number
const baseline = [...before.latencies, ...after.latencies].sort((a, b) => a - b)
const base = { p50: quantile(baseline, 0.5), p99: quantile(baseline, 0.99) }
const ms = (x: number) => `${x.toFixed(2)} ms`
const ratio = (x: number, of: number) => `${(x / of).toFixed(1)}×`

const out: Array<string> = []
out.push(`### Roster import beside /healthz (${machine()})`)
out.push("")
out.push(
  `\`node src/import.bench.ts --seconds=${SECONDS} --concurrency=${CONCURRENCY}\`. One process: the API on the main thread over a temp SQLite file; a prober thread sending \`GET /healthz\` one after another; an importer thread sending the file to \`POST /api/v1/rosters/{id}/import\` back to back, ${CONCURRENCY} at a time, for ${SECONDS} s. Baseline: the prober alone, before and after (pooled). Ratios are to the baseline's p50 and p99. RSS: the whole process, sampled every 10 ms.`,
)
out.push("")
out.push(
  table(
    [
      "scenario",
      "bytes sent",
      "imports (answers)",
      "import p50",
      "healthz p50",
      "healthz p99",
      "healthz max",
      "p50 / base",
      "p99 / base",
      "peak RSS",
    ],
    [
      [
        "baseline (no import)",
        "–",
        "–",
        "–",
        ms(base.p50),
        ms(base.p99),
        ms(Math.max(before.latencies.at(-1) ?? 0, after.latencies.at(-1) ?? 0)),
        "1.0×",
        "1.0×",
        mib(Math.max(before.rssPeak, after.rssPeak)),
      ],
      ...rows.map((r) => {
        const l = r.probe.latencies
        const answers = Object.entries(r.imports?.statuses ?? {})
          .map(([status, n]) => `${n}× ${status}`)
          .join(", ")
        return [
          r.label,
          num(r.bytes),
          answers,
          ms(quantile(r.imports?.ms ?? [0], 0.5)),
          ms(quantile(l, 0.5)),
          ms(quantile(l, 0.99)),
          ms(l.at(-1) ?? 0),
          ratio(quantile(l, 0.5), base.p50),
          ratio(quantile(l, 0.99), base.p99),
          mib(r.probe.rssPeak),
        ]
      }),
    ],
  ),
)
out.push("")
out.push(`Largest answer: ${rows.map((r) => `${r.id} ${num(r.imports?.responseBytes ?? 0)} B`).join(", ")}.`)
process.stdout.write(`${out.join("\n")}\n`)
