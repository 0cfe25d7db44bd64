/**
 * The counter terminal (apps/counter) beside a bare Ink "hello" app, in one run, both bundled the
 * same way (esbuild, one ES module and its chunks) and started with the real node binary in a
 * pseudo-terminal (`script`, 80x24):
 *
 * - time to first screen: from spawn to the first frame (the counter's signing-in frame; the hello
 *   app's text), and for the counter also to its main menu (the key checked with GET /api/v1/me);
 * - per-keystroke render time: from writing an arrow key to the redrawn frame arriving, on the
 *   counter's queue of 1,000 applications and on the hello app's counter — each key sent after the
 *   previous frame and a pause, so Ink's frame-rate throttle never holds one back.
 *
 * The API runs as a child process on a fresh SQLite file; the 1,000 applications are filed through it.
 *   node src/counter.bench.ts [--rounds=5] [--keys=40] [--applications=1000]
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { build } from "esbuild"
import { seed } from "../../apps/counter/scripts/seed.ts"
import { createZhichengClient } from "../../packages/client/src/index.ts"
import { machine, median, num, table } from "./report.ts"

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    keys: { type: "string", default: "40" },
    applications: { type: "string", default: "1000" },
  },
})
const ROUNDS = Number(values.rounds)
const KEYS = Number(values.keys)
const APPLICATIONS = Number(values.applications)

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, "..", "..")
const counterDir = join(repo, "apps", "counter")
const node = process.execPath
const work = mkdtempSync(join(tmpdir(), "counter-bench-"))
/** Processes this run started, stopped however it ends. */
const children: Array<ChildProcess> = []

// ---------------------------------------------------------------------------------------------
// The two apps, bundled alike

const HELLO = `
import { render, Text, useInput } from "ink"
import { useState } from "react"
const Hello = () => {
  const [n, setN] = useState(0)
  useInput((_input, key) => { if (key.downArrow || key.upArrow) setN((x) => x + 1); if (key.escape) process.exit(0) })
  return <Text>hello {n}</Text>
}
render(<Hello />, { interactive: true })
`
const bundle = async (entry: string, outdir: string) =>
  build({
    entryPoints: [entry],
    outdir,
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node24",
    jsx: "automatic",
    minify: true,
    nodePaths: [join(counterDir, "node_modules")],
    plugins: [
      {
        name: "no-react-devtools",
        setup(b) {
          b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "x", namespace: "stub" }))
          b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export default {}" }))
        },
      },
    ],
    define: { "process.env.NODE_ENV": '"production"' },
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: "warning",
  })

// ---------------------------------------------------------------------------------------------
// A pseudo-terminal: `script` gives the child a tty of 80x24

interface Term {
  readonly child: ChildProcess
  /** Everything written so far. */
  output: () => string
  /** Resolves with the time (ms since `since`) when the output after `offset` satisfies `test`. */
  until: (test: (text: string) => boolean, offset: number, timeout?: number) => Promise<number>
  write: (s: string) => void
  kill: () => void
}

const term = (command: string, env: Record<string, string>): Term => {
  const child = spawn("script", ["-qfec", `stty cols 80 rows 24; exec ${command}`, "/dev/null"], {
    env: { ...process.env, ...env, TERM: "xterm-256color" },
    stdio: ["pipe", "pipe", "pipe"],
  })
  children.push(child)
  let out = ""
  const waiters: Array<() => void> = []
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString()
    for (const w of waiters.splice(0)) w()
  })
  return {
    child,
    output: () => out,
    until: (test, offset, timeout = 20_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (test(out.slice(offset))) return resolve(performance.now())
          waiters.push(check)
        }
        setTimeout(() => reject(new Error(`timed out; output:\n${out.slice(-2000)}`)), timeout).unref()
        check()
      }),
    write: (s) => child.stdin?.write(s),
    kill: () => child.kill("SIGKILL"),
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer()
    s.listen(0, "127.0.0.1", () => {
      const a = s.address()
      s.close(() => resolve(typeof a === "object" && a !== null ? a.port : 0))
    })
  })

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

// ---------------------------------------------------------------------------------------------

const main = async () => {
  await bundle(join(counterDir, "src", "main.tsx"), join(work, "counter"))
  writeFileSync(join(work, "hello.tsx"), HELLO)
  await bundle(join(work, "hello.tsx"), join(work, "hello"))

  // The API, with 1,000 fictional applications filed through it.
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const api = spawn(node, [join(repo, "apps", "api", "src", "main.ts")], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      ZHICHENG_DB_FILE: join(work, "zc.db"),
      ZHICHENG_COMPRESS: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  children.push(api)
  let log = ""
  api.stdout?.on("data", (d: Buffer) => {
    log += d.toString()
  })
  for (let i = 0; i < 600 && !/"msg":"\s+clerk\s+zc_/.test(log); i++) await pause(50)
  const clerk = /"msg":"\s+clerk\s+(zc_[^"\s]+)"/.exec(log)?.[1]
  if (clerk === undefined) throw new Error(`the API did not print a clerk key:\n${log}`)
  for (let i = 0; i < 200; i++) {
    if ((await fetch(`${baseUrl}/readyz`).catch(() => undefined))?.ok) break
    await pause(50)
  }
  await seed(createZhichengClient({ baseUrl, apiKey: clerk }), APPLICATIONS)

  const env = { ZHICHENG_API_URL: baseUrl, ZHICHENG_API_KEY: clerk }
  const firstCounter: Array<number> = []
  const menuCounter: Array<number> = []
  const firstHello: Array<number> = []
  const keyCounter: Array<number> = []
  const keyHello: Array<number> = []

  /**
   * Sends `KEYS` arrow keys — ten Down, ten Up, … so the selection stays on the queue's page and
   * every key changes the frame — each after the previous frame and a pause; ms from key to frame.
   */
  const keystrokes = async (t: Term, into: Array<number>) => {
    for (let k = 0; k < KEYS; k++) {
      await pause(60)
      const offset = t.output().length
      const start = performance.now()
      t.write(Math.floor(k / 10) % 2 === 0 ? "\u001b[B" : "\u001b[A")
      const end = await t.until((s) => s.length > 0, offset)
      // Let the rest of the frame arrive before the next key.
      await pause(5)
      into.push(end - start)
    }
  }

  for (let round = 0; round < ROUNDS; round++) {
    // The bare Ink app.
    {
      const start = performance.now()
      const t = term(`${node} ${join(work, "hello", "hello.js")}`, {})
      firstHello.push((await t.until((s) => s.includes("hello 0"), 0)) - start)
      await keystrokes(t, keyHello)
      t.kill()
    }
    // The counter: first frame, the main menu, then the queue of 1,000.
    {
      const start = performance.now()
      const t = term(`${node} ${join(work, "counter", "main.js")}`, env)
      firstCounter.push((await t.until((s) => s.includes("职称窗口"), 0)) - start)
      menuCounter.push((await t.until((s) => s.includes("主菜单"), 0)) - start)
      await pause(100)
      const offset = t.output().length
      t.write("1")
      await t.until((s) => s.includes("第 1 页 +"), offset)
      await pause(200)
      await keystrokes(t, keyCounter)
      t.kill()
    }
  }
  api.kill("SIGTERM")

  const ms = (xs: ReadonlyArray<number>) => num(median(xs), 1)
  const p90 = (xs: ReadonlyArray<number>) =>
    num([...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] ?? 0, 1)
  console.log(`\n### Counter terminal beside a bare Ink app — ${new Date().toISOString().slice(0, 10)}\n`)
  console.log(`${machine()}; ${ROUNDS} rounds, ${KEYS} keys a round, ${APPLICATIONS} applications\n`)
  console.log(
    table(
      ["measure", "counter (ms, median)", "bare Ink hello (ms, median)", "ratio"],
      [
        [
          "first frame after spawn",
          ms(firstCounter),
          ms(firstHello),
          `${num(median(firstCounter) / median(firstHello), 2)}x`,
        ],
        [
          "main menu (key checked with GET /me)",
          ms(menuCounter),
          "-",
          `${num(median(menuCounter) / median(firstHello), 2)}x`,
        ],
        [
          "arrow key to frame (median)",
          ms(keyCounter),
          ms(keyHello),
          `${num(median(keyCounter) / median(keyHello), 2)}x`,
        ],
        ["arrow key to frame (p90)", p90(keyCounter), p90(keyHello), "-"],
      ],
    ),
  )
}

try {
  await main()
} finally {
  for (const c of children) c.kill("SIGKILL")
  rmSync(work, { recursive: true, force: true })
}
