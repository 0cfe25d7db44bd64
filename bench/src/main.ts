/**
 * Runs every benchmark, one after the other, each in its own Node process (so that one's heap and
 * JIT state cannot colour the next), and prints their markdown tables. Arguments are passed to the
 * eligibility benchmark (`--n=5000 --rounds=3` for a quick run). Exits non-zero if any failed —
 * including an engine/ceiling disagreement, which is a bug.
 *
 *   pnpm bench            (from bench/), or ./zc pnpm bench from the root
 */
import { spawnSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const runs: ReadonlyArray<{
  readonly file: string
  readonly flags: ReadonlyArray<string>
  readonly args: ReadonlyArray<string>
}> = [
  { file: "eligibility.bench.ts", flags: ["--expose-gc"], args: process.argv.slice(2) },
  { file: "size.bench.ts", flags: [], args: [] },
]

const failed: Array<string> = []
for (const r of runs) {
  const { status } = spawnSync(process.execPath, [...r.flags, join(here, r.file), ...r.args], {
    stdio: "inherit",
  })
  if (status !== 0) failed.push(`${r.file} (exit ${status})`)
  process.stdout.write("\n")
}
if (failed.length > 0) {
  console.error(`FAILED: ${failed.join(", ")}`)
  process.exit(1)
}
