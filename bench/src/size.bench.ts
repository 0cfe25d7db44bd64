/**
 * Browser bundle size of the domain's browser-facing entry points, beside a named baseline.
 *
 * Each entry is bundled by esbuild the way a site would ship it — bundle, minify, platform
 * "browser", format esm, `effect` included (nothing external) — then gzipped with node:zlib at
 * level 9. The baseline is `effect/Schema` alone bundled the same way, so a reader sees how much of
 * a bundle is ours and how much is Effect; esbuild's metafile splits every bundle the same way.
 *
 * The domain promises to be browser-safe: a bundle that needs a Node builtin (`node:*`, `fs`, …)
 * fails the build here, loudly, with the import chain that brought it in.
 *
 * "self-check: <place>" is what a page for one place ships: that place's editions
 * (`places/<id>.ts`), the engine (`evaluateWith`, `summarize`), the interview and the labels. Its
 * target is 90 KiB gzipped (issue #10); the table says whether it is met.
 *
 *   node src/size.bench.ts           the table
 *   node src/size.bench.ts --check   only the browser-safety check (the domain's `test` script runs it)
 */
import { existsSync } from "node:fs"
import { builtinModules } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import * as esbuild from "esbuild"
import { JURISDICTIONS } from "../../packages/domain/src/places/jurisdictions.ts"
import { kib, machine, table } from "./report.ts"

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
const DOMAIN = join(ROOT, "packages", "domain")

interface Entry {
  readonly name: string
  readonly what: string
  /** A file to bundle with all its exports, a module specifier to re-export, or the entry's source (all resolved from the domain). */
  readonly file?: string
  readonly reexport?: string
  readonly contents?: string
  /** The gzipped size it should stay within, in bytes. */
  readonly target?: number
}

/** Issue #10: one place's self-check, engine and interview included, within 90 KiB gzipped. */
const SELF_CHECK_TARGET = 90 * 1024

/** One entry per place with rules of its own (a province without a document ships the national ones only). */
const selfCheck = (place: string): Entry => ({
  name: `self-check: ${place}`,
  what: `places/${place}.ts + Engine (evaluateWith, summarize) + Interview + Labels`,
  contents: [
    `export { editions } from "./src/places/${place}.ts"`,
    `export { evaluateWith, summarize } from "./src/Engine.ts"`,
    `export * as Interview from "./src/Interview.ts"`,
    `export * as Labels from "./src/Labels.ts"`,
  ].join("\n"),
  target: SELF_CHECK_TARGET,
})
const SELF_CHECK_PLACES = [
  "cn",
  "cn-zhejiang-shaoxing-shangyu",
  ...JURISDICTIONS.filter(
    (j) => j.level !== "national" && j.level !== "province" && j.id !== "cn-zhejiang-shaoxing-shangyu",
  ).map((j) => j.id),
  "cn-shanxi",
]

const ENTRIES: ReadonlyArray<Entry> = [
  {
    name: "baseline: effect/Schema",
    what: '`export * from "effect/Schema"` — Effect\'s schema module alone',
    reexport: "effect/Schema",
  },
  {
    name: "engine + registry",
    what: "packages/domain/src/Eligibility.ts (all editions, every rule)",
    file: "src/Eligibility.ts",
  },
  {
    name: "work calendar",
    what: "packages/domain/src/WorkCalendar.ts (with the holiday notices)",
    file: "src/WorkCalendar.ts",
  },
  {
    name: "work calendar, pure",
    what: "`makeCalendar`, `officialCalendar` (what a page counting days ships: no Effect service, no tagged error)",
    contents: 'export { makeCalendar, officialCalendar } from "./src/WorkCalendar.ts"',
  },
  { name: "whole domain", what: "packages/domain/src/index.ts (every module)", file: "src/index.ts" },
  ...SELF_CHECK_PLACES.map(selfCheck),
  {
    name: "offline certificate check",
    what: "packages/domain/src/CertificateVerify.ts (WebCrypto Ed25519)",
    file: "src/CertificateVerify.ts",
  },
]

const CHECK_ONLY = process.argv.includes("--check")

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

interface Measured {
  readonly entry: Entry
  readonly minified: number
  readonly gzipped: number
  readonly ours: number
  readonly effect: number
  readonly other: ReadonlyMap<string, number>
  readonly inputs: number
}

const measure = async (entry: Entry): Promise<Measured | undefined> => {
  const common: esbuild.BuildOptions = {
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: DOMAIN,
  }
  let result: esbuild.BuildResult<{ write: false; metafile: true }>
  try {
    result = (await esbuild.build(
      entry.file !== undefined
        ? { ...common, entryPoints: [join(DOMAIN, entry.file)] }
        : {
            ...common,
            stdin: {
              contents: entry.contents ?? `export * from ${JSON.stringify(entry.reexport)}`,
              resolveDir: DOMAIN,
              loader: "ts",
            },
          },
    )) as esbuild.BuildResult<{ write: false; metafile: true }>
  } catch (e) {
    const failure = e as esbuild.BuildFailure
    const lines = (failure.errors ?? []).map(
      (m) =>
        `  ${m.location ? `${m.location.file}:${m.location.line}: ` : ""}${m.text}${m.notes.map((n) => `\n    ${n.text}`).join("")}`,
    )
    throw new Error(`${entry.name}: the browser build FAILED\n${lines.join("\n") || String(e)}`)
  }
  // A builtin may also slip in as an external import; refuse it.
  const external = Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((i) => i.external || BUILTINS.has(i.path)).map((i) => `${file} imports ${i.path}`),
  )
  const out = result.outputFiles[0]
  if (out === undefined) throw new Error(`${entry.name}: esbuild produced no output`)
  const code = out.contents
  const text = out.text
  const builtinInText = /\bfrom\s*["']node:|\brequire\(\s*["']node:|\bimport\(\s*["']node:/.exec(text)
  if (external.length > 0 || builtinInText !== null)
    throw new Error(
      `${entry.name}: the bundle needs a Node builtin, so it cannot run in a browser:\n  ${external.join("\n  ") || builtinInText?.[0]}`,
    )
  let ours = 0
  let effect = 0
  const other = new Map<string, number>()
  for (const [file, info] of Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})) {
    const pkg = /.*node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1]
    if (pkg === undefined) ours += info.bytesInOutput
    else if (pkg === "effect") effect += info.bytesInOutput
    else other.set(pkg, (other.get(pkg) ?? 0) + info.bytesInOutput)
  }
  return {
    entry,
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
    ours,
    effect,
    other,
    inputs: Object.keys(result.metafile.inputs).length,
  }
}

const measured: Array<Measured> = []
const skipped: Array<string> = []
for (const e of ENTRIES) {
  if (e.file !== undefined && !existsSync(join(DOMAIN, e.file))) {
    skipped.push(`${e.name} (${e.file} does not exist yet)`)
    continue
  }
  const m = await measure(e)
  if (m !== undefined) measured.push(m)
}
if (CHECK_ONLY) {
  console.log(
    `browser-safe: ${measured.length} bundles of packages/domain build for platform "browser" with no Node builtin` +
      `${skipped.length > 0 ? ` (not built: ${skipped.join("; ")})` : ""}`,
  )
  process.exit(0)
}
console.log(`# Browser bundle size\n\n${machine()} · esbuild ${esbuild.version}\n`)
const base = measured.find((m) => m.entry.reexport !== undefined)
console.log(
  table(
    [
      "bundle",
      "entry",
      "minified",
      "min+gzip -9",
      "vs baseline (gzip)",
      "ours (min)",
      "effect (min)",
      "effect's share",
      "other deps (min)",
      "modules",
      "target (gzip)",
    ],
    measured.map((m) => [
      m.entry.name,
      m.entry.what,
      kib(m.minified),
      kib(m.gzipped),
      base === undefined || m === base ? "1.00×" : `${(m.gzipped / base.gzipped).toFixed(2)}×`,
      kib(m.ours),
      kib(m.effect),
      `${Math.round((100 * m.effect) / m.minified)} %`,
      [...m.other].map(([k, v]) => `${k} ${kib(v)}`).join(", ") || "—",
      String(m.inputs),
      m.entry.target === undefined
        ? "—"
        : `${kib(m.entry.target)}: ${(m.gzipped / m.entry.target).toFixed(2)}×, ${m.gzipped <= m.entry.target ? "met" : `NOT met (+${kib(m.gzipped - m.entry.target)})`}`,
    ]),
  ),
)
console.log(
  `\n"ours", "effect" and "other deps" are each input's bytes in the minified output (esbuild metafile), before gzip;` +
    ` "effect's share" is effect's part of the minified bundle. Every bundle above built for platform "browser" with no Node builtin.` +
    `${skipped.length > 0 ? `\nNot measured: ${skipped.join("; ")}.` : ""}`,
)
