/**
 * Golden check for engine optimisations: evaluates the bench population and hashes every report's
 * JSON (key order included), so that a change to the engine can be shown to change no answer.
 *
 *   node src/golden.ts --write   (before a change: writes .golden/reports.txt)
 *   node src/golden.ts [--n=2000] (after: compares, exits 1 on the first difference)
 */
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { parseArgs } from "node:util"
import { type CivilDate, Eligibility, type Profile } from "@zhicheng/domain"
import { population } from "./population.ts"

const { values: opts } = parseArgs({
  options: { n: { type: "string", default: "20000" }, write: { type: "boolean", default: false } },
})
const N = Number(opts.n)
const profiles = population(N)
const d = (s: string) => s as CivilDate.CivilDate

type Req = Omit<Eligibility.Request, "profile">
/** Every profile: all editions and 002 on the bench's date; a sample on other dates and with filters. */
const variants: ReadonlyArray<{ readonly every: number; readonly req: Req }> = [
  { every: 1, req: { asOf: d("2023-09-01") } },
  { every: 1, req: { asOf: d("2023-09-01"), edition: "shangyu-2023-3" } },
  { every: 7, req: { asOf: d("2021-02-28") } },
  { every: 7, req: { asOf: d("2026-11-22") } },
  { every: 11, req: { asOf: d("2024-02-29"), target: { level: "intermediate" } } },
  { every: 13, req: { asOf: d("2023-06-30"), jurisdiction: "cn-zhejiang-shaoxing-shangyu" } },
  { every: 17, req: { asOf: d("2025-01-01"), target: { level: "junior", grade: "assistant" } } },
]

const lines: Array<string> = []
const all = createHash("sha256")
for (let i = 0; i < N; i++) {
  const profile = profiles[i] as Profile.Profile
  variants.forEach((v, k) => {
    if (i % v.every !== 0) return
    const json = JSON.stringify(Eligibility.evaluate({ ...v.req, profile }))
    all.update(json)
    lines.push(`${i} ${k} ${createHash("sha1").update(json).digest("hex")}`)
  })
}
const file = new URL("../.golden/reports.txt", import.meta.url)
const total = all.digest("hex")
if (opts.write) {
  mkdirSync(new URL("../.golden/", import.meta.url), { recursive: true })
  writeFileSync(file, `${total}\n${lines.join("\n")}\n`)
  console.log(`wrote ${lines.length} report hashes; total ${total}`)
} else {
  if (!existsSync(file)) throw new Error("no golden file: run with --write first")
  const [want, ...rest] = readFileSync(file, "utf8").trim().split("\n")
  // A smaller --n compares the first reports line by line (the total is over the whole file).
  const bad = lines.findIndex((l, j) => l !== rest[j])
  if (bad >= 0) {
    console.log(`golden DIFFERS: first at ${rest[bad]} vs ${lines[bad]}`)
    process.exit(1)
  }
  if (lines.length === rest.length && want !== total) {
    console.log("golden DIFFERS: total hash")
    process.exit(1)
  }
  console.log(`golden OK: ${lines.length} of ${rest.length} reports identical`)
}
