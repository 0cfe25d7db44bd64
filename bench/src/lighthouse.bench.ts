/**
 * Lighthouse (mobile) on the public site as a visitor meets it: the real API serving the built site
 * (apps/site/dist) on a fresh SQLite file in demo mode, Lighthouse's default config (a mid-range phone,
 * simulated slow 4G and 4× CPU throttling) in Debian's chromium-headless-shell. Pages: home (zh and
 * en), a guide (a track page), the self-check's start page and a question after the place (Shangyu,
 * whose rules are the largest chunk, and Weihai), verification. The
 * baseline is the issue's target (performance ≥ 95, accessibility 100): the ratio columns are
 * score ÷ target, so ≥ 1.00 meets it. With `--runs=N` each page is measured N times and the median
 * of each figure is printed. Under the table: every audit that cost points (performance audits
 * below 0.9, the other categories' below 1) and each layout shift with the element that moved.
 * Chromium and its profile are started here and stopped at the end with the API. A bench, not a
 * test (≈ 12 s a page).
 *
 *   pnpm --filter @zhicheng/site build && cd bench && node src/lighthouse.bench.ts [--runs=3] [--only=home] [--save=dir]
 */
import { execFileSync } from "node:child_process"
import { existsSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { cpus, loadavg } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import lighthouse from "lighthouse"
import { startApi } from "../../apps/site/browser/api.ts"

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const RUNS = Number(arg("runs") ?? 1)
const ONLY = arg("only")
/** `--save=dir` keeps each run's full Lighthouse report (JSON) there. */
const SAVE = arg("save")
/**
 * `--cpu=N` replaces the default 4× CPU slowdown, as Lighthouse's throttling guide says to do on a
 * host slower than it expects (BenchmarkIndex under 1000 draws its "slower CPU" warning).
 */
const CPU = arg("cpu")

const CHROME =
  process.env.CHROME_PATH ??
  ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium-headless-shell"].find(existsSync) ??
  "chromium-headless-shell"
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

const SHANGYU = "work-place=cn-zhejiang-shaoxing-shangyu"
const PAGES: ReadonlyArray<{ readonly name: string; readonly path: string }> = [
  { name: "home", path: "/" },
  { name: "home (en)", path: "/en/" },
  { name: "guide (track)", path: "/guides/shangyu-2023-3/exceptional-a/" },
  { name: "self-check (start)", path: "/check/" },
  { name: "self-check (a question, Shangyu)", path: `/check/#${SHANGYU}&step=work-start` },
  { name: "self-check (a question, Weihai)", path: "/check/#work-place=cn-shandong-weihai&step=work-start" },
  { name: "verification", path: "/verify/" },
].filter((p) => ONLY === undefined || p.name.startsWith(ONLY))

const TARGET = { performance: 95, accessibility: 100 } as const
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const
const METRICS = [
  ["FCP", "first-contentful-paint", "s"],
  ["LCP", "largest-contentful-paint", "s"],
  ["TBT", "total-blocking-time", "ms"],
  ["CLS", "cumulative-layout-shift", ""],
] as const

interface Measure {
  readonly scores: Record<(typeof CATEGORIES)[number], number>
  readonly metrics: ReadonlyArray<number>
  /** Lighthouse's BenchmarkIndex of this host for the run, and the CPU slowdown it applied. */
  readonly benchmark: number
  readonly cpu: number
  /** Audits that cost points ("category: id (score) value") and layout shifts ("layout shift score: element"). */
  readonly failing: ReadonlyArray<string>
}

/** chrome-launcher is Lighthouse's own dependency, resolved from where Lighthouse is installed. */
interface Launcher {
  readonly launch: (options: {
    chromePath: string
    chromeFlags: ReadonlyArray<string>
    logLevel: "silent"
  }) => Promise<{ readonly port: number; readonly kill: () => void }>
}
const chromeLauncher = async (): Promise<Launcher> => {
  const fromLighthouse = createRequire(createRequire(import.meta.url).resolve("lighthouse"))
  return import(pathToFileURL(fromLighthouse.resolve("chrome-launcher")).href)
}

interface Shift {
  readonly score: number
  readonly node?: { readonly selector?: string; readonly snippet?: string }
}

const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

const measure = async (url: string, port: number, file: string): Promise<Measure> => {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    ...(CPU === undefined ? {} : { throttling: { cpuSlowdownMultiplier: Number(CPU) } }),
  })
  if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError !== undefined)
    throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)]),
  ) as Measure["scores"]
  const metrics = METRICS.map(([, id]) => lhr.audits[id]?.numericValue ?? Number.NaN)
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a !== undefined && a.score !== null && a.score < (c === "performance" ? 0.9 : 1))
      .map((a) => `${c}: ${a?.id} (${a?.score}) ${a?.displayValue ?? a?.title ?? ""}`),
  )
  const shifts = (lhr.audits["layout-shifts"]?.details as { items?: Array<Shift> } | undefined)?.items ?? []
  if (SAVE !== undefined) writeFileSync(join(SAVE, file), JSON.stringify(lhr))
  return {
    scores,
    metrics,
    benchmark: lhr.environment.benchmarkIndex,
    cpu: lhr.configSettings.throttling.cpuSlowdownMultiplier ?? Number.NaN,
    failing: [
      ...failing,
      ...shifts.map(
        (s) => `layout shift ${s.score.toFixed(3)}: ${s.node?.selector ?? "?"} ${s.node?.snippet ?? ""}`,
      ),
    ],
  }
}

const format = (value: number, unit: string) =>
  unit === "s"
    ? `${(value / 1000).toFixed(1)} s`
    : unit === "ms"
      ? `${Math.round(value)} ms`
      : value.toFixed(3)

if (!existsSync(new URL("../../apps/site/dist/index.html", import.meta.url))) {
  process.stderr.write("no site build in apps/site/dist: run `pnpm --filter @zhicheng/site build` first\n")
  process.exit(1)
}
const { launch } = await chromeLauncher()
const version = execFileSync(CHROME, ["--version"], { encoding: "utf8" }).trim()
const api = await startApi()
const chrome = await launch({ chromePath: CHROME, chromeFlags: FLAGS, logLevel: "silent" }).catch(
  async (e) => {
    await api.stop()
    throw e
  },
)
const loadBefore = loadavg()
const rows: Array<string> = []
const notes: Array<string> = []
const all: Array<Measure> = []
try {
  for (const page of PAGES) {
    const runs: Array<Measure> = []
    for (let i = 0; i < RUNS; i++)
      runs.push(
        await measure(
          `${api.url}${page.path}`,
          chrome.port,
          `${page.name.replaceAll(/\W+/g, "-")}-${i + 1}.json`,
        ),
      )
    all.push(...runs)
    const score = (c: (typeof CATEGORIES)[number]) => median(runs.map((r) => r.scores[c]))
    const metrics = METRICS.map(([, , unit], i) =>
      format(median(runs.map((r) => r.metrics[i] ?? Number.NaN)), unit),
    )
    rows.push(
      `| ${page.name} | ${CATEGORIES.map(score).join(" | ")} | ${metrics.join(" | ")} | ${(
        score("performance") / TARGET.performance
      ).toFixed(2)} | ${(score("accessibility") / TARGET.accessibility).toFixed(2)} |`,
    )
    const failing = [...new Set(runs.flatMap((r) => r.failing))]
    if (failing.length > 0) notes.push(`${page.name} (${page.path}):`, ...failing.map((f) => `  ${f}`))
    process.stderr.write(`${page.name}: performance ${runs.map((r) => r.scores.performance).join(", ")}\n`)
  }
} finally {
  chrome.kill()
  await api.stop()
}
const load = (l: ReadonlyArray<number>) => l.map((n) => n.toFixed(2)).join(" ")
process.stdout.write(
  [
    `${version} · nproc ${cpus().length} · load ${load(loadBefore)} before, ${load(loadavg())} after · ${RUNS} run(s) a page, median · BenchmarkIndex ${Math.round(median(all.map((m) => m.benchmark)))} (median), CPU slowdown ${all[0]?.cpu ?? "?"}×`,
    "",
    `| page | performance | accessibility | best practices | SEO | ${METRICS.map(([n]) => n).join(" | ")} | perf ÷ ${TARGET.performance} | a11y ÷ ${TARGET.accessibility} |`,
    `|---|${"---:|".repeat(CATEGORIES.length + METRICS.length + 2)}`,
    ...rows,
    "",
    ...(notes.length > 0 ? ["Audits that cost points:", ...notes, ""] : []),
  ].join("\n"),
)
