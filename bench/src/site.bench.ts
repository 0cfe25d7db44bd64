/**
 * JavaScript the public site ships, per page, gzipped: what a phone downloads before a page works
 * (the static import graph of its module scripts) and what it loads later on demand (dynamic
 * imports: the QR parser on the verification page, pagefind's index on search). Read from the
 * built site (apps/site/dist; build it first), compressed with gzip level 6 as the API's compression
 * middleware does. The baseline is the budget for each page (guides ≤ 10 KB, the self-check
 * ≤ 90 KB): the ratio column is shipped ÷ budget, so ≤ 1.00 is within it.
 *
 *   pnpm --filter @zhicheng/site build && node bench/src/site.bench.ts
 */
import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const DIST = fileURLToPath(new URL("../../apps/site/dist/", import.meta.url))

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

/** Gzipped bytes of the static graph from `entries`, and of what it may import later. */
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
  return { initial, later }
}

if (!existsSync(join(DIST, "index.html"))) {
  process.stderr.write(`no site build at ${DIST}: run \`pnpm --filter @zhicheng/site build\` first\n`)
  process.exit(1)
}

const kb = (n: number) => (n / 1024).toFixed(1)
const rows: Array<string> = []
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
  const { initial, later } = graph(srcs, inline)
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
