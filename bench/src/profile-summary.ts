/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self and inclusive time per function and self
 * time per file, so that "where does the time go" has an answer in a table.
 *
 *   node --cpu-prof --cpu-prof-dir=.profile src/eligibility.bench.ts --only=engine-002
 *   node src/profile-summary.ts .profile [top=30] [focus, e.g. "Eligibility.ts:127"]
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { table } from "./report.ts"

interface Node {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
  readonly children?: ReadonlyArray<number>
}
interface CpuProfile {
  readonly nodes: ReadonlyArray<Node>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

const dir = process.argv[2] ?? ".profile"
const top = Number(process.argv[3] ?? 30)
/** Count only samples under a function whose name and location contain this (e.g. "Eligibility.ts:127"). */
const focus = process.argv[4]
const file = statSync(dir).isDirectory()
  ? join(
      dir,
      readdirSync(dir)
        .filter((f) => f.endsWith(".cpuprofile"))
        .sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs)[0] ?? "",
    )
  : dir
const prof = JSON.parse(readFileSync(file, "utf8")) as CpuProfile

const byId = new Map(prof.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const short = (url: string) =>
  url
    .replace(/^file:\/\//, "")
    .replace(/.*\/work\/main\//, "")
    .replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "")
const key = (n: Node) =>
  `${n.callFrame.functionName || "(anonymous)"} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`

const self = new Map<string, number>()
const incl = new Map<string, number>()
const files = new Map<string, number>()
let total = 0
prof.samples.forEach((id, i) => {
  const dt = prof.timeDeltas[i] ?? 0
  const n = byId.get(id)
  if (n === undefined) return
  if (focus !== undefined) {
    let under = false
    for (let cur: number | undefined = id; cur !== undefined && !under; cur = parent.get(cur))
      under = key(byId.get(cur) as Node).includes(focus)
    if (!under) return
  }
  total += dt
  self.set(key(n), (self.get(key(n)) ?? 0) + dt)
  const f = short(n.callFrame.url) || n.callFrame.functionName
  files.set(f, (files.get(f) ?? 0) + dt)
  const seen = new Set<string>()
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur) as Node)
    if (!seen.has(k)) {
      seen.add(k)
      incl.set(k, (incl.get(k) ?? 0) + dt)
    }
  }
})

const pct = (x: number) => `${((100 * x) / total).toFixed(1)}%`
const rows = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => [`\`${k}\``, pct(v)])

console.log(
  `Profile ${file}: ${(total / 1000).toFixed(0)} ms sampled${focus !== undefined ? ` under \`${focus}\`` : ""}\n`,
)
console.log(`### Self time by file\n\n${table(["file", "self"], rows(files, 20))}\n`)
console.log(`### Self time by function\n\n${table(["function", "self"], rows(self, top))}\n`)
console.log(`### Inclusive time by function\n\n${table(["function", "inclusive"], rows(incl, top))}`)
