/**
 * The mutation run's score per module and its surviving mutants, grouped by source line, from the JSON
 * report bench:mutation writes (bench/.stryker/report/mutation.json). For reviewing survivors and for
 * the table in bench/README.md:  node stryker/survivors.ts [--lines]
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"

interface Mutant {
  readonly status: string
  readonly mutatorName: string
  readonly replacement?: string
  readonly location: { readonly start: { readonly line: number } }
}
interface Report {
  readonly files: Record<string, { readonly source: string; readonly mutants: ReadonlyArray<Mutant> }>
}

const report = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", ".stryker", "report", "mutation.json"), "utf8"),
) as Report
const lines = process.argv.includes("--lines")

/** Stryker's own definition: killed and timed out over everything but ignored and compile errors. */
const DETECTED = new Set(["Killed", "Timeout"])
const UNDETECTED = new Set(["Survived", "NoCoverage"])

console.log(
  "| module | mutants scored | killed + timeout | survived | no coverage | ignored (static) | score |",
)
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
let totalDetected = 0
let totalScored = 0
for (const [file, { mutants }] of Object.entries(report.files).sort()) {
  const count = (s: ReadonlySet<string> | string) =>
    mutants.filter((m) => (typeof s === "string" ? m.status === s : s.has(m.status))).length
  const detected = count(DETECTED)
  const scored = detected + count(UNDETECTED)
  totalDetected += detected
  totalScored += scored
  const score = scored === 0 ? "–" : `${((100 * detected) / scored).toFixed(1)} %`
  console.log(
    `| ${file} | ${scored} | ${detected} | ${count("Survived")} | ${count("NoCoverage")} | ${count("Ignored")} | ${score} |`,
  )
}
console.log(
  `| all | ${totalScored} | ${totalDetected} | | | | ${((100 * totalDetected) / totalScored).toFixed(1)} % |`,
)

if (lines)
  for (const [file, { source, mutants }] of Object.entries(report.files).sort()) {
    const text = source.split("\n")
    const byLine = new Map<number, Array<Mutant>>()
    for (const m of mutants.filter((m) => UNDETECTED.has(m.status)))
      byLine.set(m.location.start.line, [...(byLine.get(m.location.start.line) ?? []), m])
    if (byLine.size === 0) continue
    console.log(`\n${file}`)
    for (const [line, ms] of [...byLine].sort((a, b) => a[0] - b[0]))
      console.log(
        `  ${line}: ${text[line - 1]?.trim().slice(0, 100)}\n      ${ms.map((m) => `${m.status === "NoCoverage" ? "nocov " : ""}${m.mutatorName} → ${(m.replacement ?? "").replace(/\s+/g, " ").slice(0, 50)}`).join("\n      ")}`,
      )
  }
