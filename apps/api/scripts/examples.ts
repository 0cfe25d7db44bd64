/**
 * Records the OpenAPI document's examples: runs each API test file with ZHICHENG_RECORD_EXAMPLES set
 * (test/support/recorder.ts writes one real call per operation into a folder), gathers the folder
 * into examples.json, sorted by operationId, and says which operations no test called. Then run
 * `node scripts/openapi.ts` to put them into openapi.json. `--from <folder>` only gathers.
 */
import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { endpoints } from "../src/App.ts"
import * as TrainingClock from "../src/TrainingClock.ts"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const from = process.argv.indexOf("--from")
const dir = from >= 0 ? (process.argv[from + 1] as string) : mkdtempSync(join(tmpdir(), "zc-examples-"))
if (from < 0) {
  // One test file at a time, each with a time limit: a file that hangs while recording keeps the
  // calls it made before (each is written as it happens).
  for (const file of readdirSync(join(root, "test")).filter((f) => f.endsWith(".test.ts"))) {
    const run = spawnSync(join(root, "node_modules", ".bin", "vitest"), ["run", `test/${file}`], {
      cwd: root,
      env: { ...process.env, ZHICHENG_RECORD_EXAMPLES: dir },
      stdio: "ignore",
      timeout: 180_000,
    })
    if (run.status !== 0)
      console.error(`${file}: ${run.error?.message ?? `exit ${run.status}`}; its calls so far are kept`)
  }
}
/**
 * A large example (the whole policy reference, an all-editions eligibility report) is kept readable
 * in the document: every array in it is cut to its first two items. test/Examples.test.ts decodes
 * the cut example with the schemas like any other.
 */
const LARGE = 32 * 1024
const cut = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.slice(0, 2).map(cut)
    : v !== null && typeof v === "object"
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x)]))
      : v
const examples: Record<string, unknown> = {}
for (const file of readdirSync(dir).sort())
  if (file.endsWith(".json")) {
    const text = readFileSync(join(dir, file), "utf8")
    examples[file.slice(0, -".json".length)] = text.length > LARGE ? cut(JSON.parse(text)) : JSON.parse(text)
  }
if (from < 0) rmSync(dir, { recursive: true, force: true })
writeFileSync(join(root, "examples.json"), `${JSON.stringify(examples, null, 2)}\n`)
const missing = endpoints(() => true, TrainingClock.make())
  .map((e) => e.operationId)
  .filter((id) => !(id in examples))
console.log(`examples.json: ${Object.keys(examples).length} operations recorded`)
if (missing.length > 0) console.log(`no test called: ${missing.join(", ")}`)
