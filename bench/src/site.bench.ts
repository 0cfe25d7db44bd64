/**
 * JavaScript the public site ships, per page, gzipped: what a phone downloads before a page works
 * (the static import graph of its module scripts) and what it loads later on demand (dynamic
 * imports: the QR parser on the verification page, pagefind's index on search). Read from the
 * built site (apps/site/dist; build it first), compressed with gzip level 6 as the API's compression
 * middleware does. The baseline is the budget for each page (guides ≤ 10 KB, the self-check
 * ≤ 90 KB): the ratio column is shipped ÷ budget, so ≤ 1.00 is within it.
 *
 * The self-check fetches one place's rules when the place is answered (`@zhicheng/domain/places`), so
 * a second table gives, per place, what a visitor who answers that place downloads in all: the
 * page's first chunks plus that place's chunk and the chunks it imports that are not already loaded.
 * That total is what the 90 KB budget is for ("one place's editions, engine included").
 *
 *   pnpm --filter @zhicheng/site build && node bench/src/site.bench.ts [--dist=apps/site/dist]
 */
import { existsSync, readFileSync } from "node:fs"
import { basename, dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { PLACES } from "../../packages/domain/src/places/index.ts"

const distArg = process.argv.find((a) => a.startsWith("--dist="))?.slice("--dist=".length)
const DIST =
  distArg !== undefined ? resolve(distArg) : fileURLToPath(new URL("../../apps/site/dist/", import.meta.url))

const PAGES: ReadonlyArray<{ readonly name: string; readonly path: string; readonly budget?: number }> = [
  { name: "home", path: "index.html", budget: 10 },
  { name: "guide (track)", path: "guides/shangyu-2023-3/exceptional-a/index.html", budget: 10 },
  { name: "guide (edition)", path: "guides/shangyu-2023-3/index.html", budget: 10 },
  { name: "guide (place)", path: "guides/places/cn-zhejiang-shaoxing-shangyu/index.html", budget: 10 },
  { name: "self-check", path: "check/index.html", budget: 90 },
  { name: "verification", path: "verify/index.html" },
  { name: "calculator", path: "calculator/index.html" },
  { name: "publicity notice", path: "publicity/notice/index.html" },
  { name: "search", path: "search/index.html" },
]

const gz = (s: string | Buffer) => gzipSync(s, { level: 6 }).length

/** The JS files a module imports statically and dynamically, resolved inside dist. */
const importsOf = (file: string, code: string) => {
  const resolve = (spec: string) => (spec.startsWith("/") ? join(DIST, spec) : join(dirname(file), spec))
  const local = (s: string) => s.startsWith(".") || s.startsWith("/")
  const statics = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g)]
    .map((m) => m[1] ?? "")
    .filter(local)
    .map(resolve)
  const dynamics = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)]
    .map((m) => m[1] ?? "")
    .filter(local)
    .map(resolve)
  return { statics, dynamics }
}

/** Gzipped bytes of the static graph from `entries`, and of what it may import later, with the files of each. */
const graph = (entries: ReadonlyArray<string>, inline: ReadonlyArray<string>) => {
  const seen = new Set<string>()
  const lazy = new Set<string>()
  let initial = inline.reduce((n, s) => n + gz(s), 0)
  const visit = (file: string, into: "initial" | "lazy") => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(file, "utf8")
    if (into === "initial") initial += gz(code)
    else lazy.add(file)
    const { statics, dynamics } = importsOf(file, code)
    for (const s of statics) visit(s, into)
    for (const d of dynamics) if (!seen.has(d)) visit(d, "lazy")
  }
  for (const e of entries) visit(e, "initial")
  for (const s of inline) for (const d of importsOf(join(DIST, "index.html"), s).statics) visit(d, "initial")
  let later = 0
  for (const f of lazy) later += gz(readFileSync(f))
  const first = new Set([...seen].filter((f) => !lazy.has(f)))
  return { initial, later, first, lazy }
}

/** Gzipped bytes of `entry` and its static imports, leaving out the files already loaded. */
const staticClosure = (entry: string, loaded: ReadonlySet<string>) => {
  const seen = new Set<string>()
  let bytes = 0
  const visit = (file: string) => {
    if (seen.has(file) || loaded.has(file)) return
    seen.add(file)
    const code = readFileSync(file, "utf8")
    bytes += gz(code)
    for (const s of importsOf(file, code).statics) visit(s)
  }
  visit(entry)
  return { bytes, files: [...seen] }
}

if (!existsSync(join(DIST, "index.html"))) {
  process.stderr.write(`no site build at ${DIST}: run \`pnpm --filter @zhicheng/site build\` first\n`)
  process.exit(1)
}

const kb = (n: number) => (n / 1024).toFixed(1)
const rows: Array<string> = []
let selfCheck: ReturnType<typeof graph> | undefined
for (const p of PAGES) {
  const html = readFileSync(join(DIST, p.path), "utf8")
  const srcs = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) =>
    join(DIST, m[1] ?? ""),
  )
  const inline = [
    ...html.matchAll(/<script(?![^>]*application\/json)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1] ?? "")
    .filter((s) => s.trim() !== "")
  const g = graph(srcs, inline)
  const { initial, later } = g
  if (p.path === "check/index.html") selfCheck = g
  const ratio = p.budget === undefined ? "—" : (initial / 1024 / p.budget).toFixed(2)
  rows.push(
    `| ${p.name} | ${kb(gz(html))} | ${kb(initial)} | ${later === 0 ? "0" : kb(later)} | ${p.budget ?? "—"} | ${ratio} |`,
  )
}
process.stdout.write(
  [
    "| page | HTML (KB gz) | JS before it works (KB gz) | JS loaded on demand (KB gz) | budget (KB) | JS ÷ budget |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows,
    "",
  ].join("\n"),
)

// The self-check per place: its first chunks, then the place's own chunk (named after its module,
// places/<id>.ts) with what that chunk imports and the first chunks do not hold.
if (selfCheck !== undefined) {
  const check = selfCheck
  const budget = PAGES.find((p) => p.path === "check/index.html")?.budget ?? 90
  const placeRows = PLACES.map((place) => {
    const chunk = [...check.lazy].find((f) => new RegExp(`^${place}\\.[\\w-]+\\.js$`).test(basename(f)))
    if (chunk === undefined) return `| ${place} | ${kb(check.initial)} | (no chunk found) | — | — |`
    const rules = staticClosure(chunk, check.first)
    const total = check.initial + rules.bytes
    const parts = rules.files.map(
      (f) => `${basename(f).replace(/\.[\w-]+\.js$/, "")} ${kb(gz(readFileSync(f)))}`,
    )
    return `| ${place} | ${kb(check.initial)} | ${kb(rules.bytes)} (${parts.join(" + ")}) | ${kb(total)} | ${(total / 1024 / budget).toFixed(2)} |`
  })
  process.stdout.write(
    [
      "",
      "| self-check for one place | first chunks (KB gz) | the place's rules on demand (KB gz) | in all (KB gz) | ÷ budget |",
      "|---|---:|---:|---:|---:|",
      ...placeRows,
      "",
    ].join("\n"),
  )
}
