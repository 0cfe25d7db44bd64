/**
 * The built counter (dist/main.js, started with the real node binary) in a real terminal — tmux at
 * 80x24 — against a started API process on a fresh SQLite file: sign in through the masked prompt,
 * open an application and move it a step, verify a certificate by number and name (pasted), and
 * survive a resize to 60 columns. The screen is read with `tmux capture-pane -p`; columns of
 * Chinese and Latin text must line up as a terminal counts cells (string-width).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { fileURLToPath } from "node:url"
import { createZhichengClient, type ZhichengClient } from "@zhicheng/client"
import stringWidth from "string-width"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { adoptionPilot, residentId } from "../../api/test/support/http.ts"

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, "..", "..", "..")
const counterMain = join(here, "..", "dist", "main.js")
const SESSION = `counter-e2e-${process.pid}`

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer()
    s.listen(0, "127.0.0.1", () => {
      const address = s.address()
      s.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no port")),
      )
    })
  })

const until = async <T>(
  get: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeout = 20_000,
): Promise<T> => {
  const start = Date.now()
  for (;;) {
    const v = await get()
    if (v !== undefined) return v
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

const tmux = (...args: ReadonlyArray<string>) => execFileSync("tmux", args, { encoding: "utf8" })
const capture = () => tmux("capture-pane", "-p", "-t", SESSION)
/** Waits until the captured screen satisfies `test`; fails showing the screen. */
const screenWhere = async (test: (s: string) => boolean, what: string) => {
  let last = ""
  try {
    return await until(() => {
      last = capture()
      return test(last) ? last : undefined
    }, what)
  } catch (e) {
    throw new Error(`${(e as Error).message}; the screen:\n${last}`)
  }
}
const see = (text: string) => screenWhere((s) => s.includes(text), `"${text}"`)
const keys = (...k: ReadonlyArray<string>) => tmux("send-keys", "-t", SESSION, ...k)
const typed = (text: string) => tmux("send-keys", "-t", SESSION, "-l", text)

let api: ChildProcess | undefined
let dir = ""
let baseUrl = ""
const roleKeys: Record<string, string> = {}
const as = (role: string): ZhichengClient => createZhichengClient({ baseUrl, apiKey: roleKeys[role] })

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "counter-e2e-"))
  const port = await freePort()
  baseUrl = `http://127.0.0.1:${port}`
  const dbFile = join(dir, "zc.db")
  api = spawn(process.execPath, [join(repo, "apps", "api", "src", "main.ts")], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), ZHICHENG_DB_FILE: dbFile, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let log = ""
  api.stdout?.on("data", (d: Buffer) => {
    log += d.toString()
  })
  api.stderr?.on("data", (d: Buffer) => {
    log += d.toString()
  })
  // The demo keys are printed once, on first start.
  await until(() => (/"msg":"\s+committee\s+zc_/.test(log) ? true : undefined), "the API's demo keys", 30_000)
  for (const m of log.matchAll(/"msg":"\s+(admin|clerk|enterprise-hr|committee)\s+(zc_[^"\s]+)"/g))
    roleKeys[m[1] as string] = m[2] as string
  await until(
    async () => ((await fetch(`${baseUrl}/readyz`).catch(() => undefined))?.ok ? true : undefined),
    "readyz",
  )

  // A certificate to verify at the window: an adoption-track application taken to a decision
  // through the API, its notice's period moved into the past in the database (the API runs on
  // today's clock and publication days may not be in the past).
  const fakeApi = { as } as unknown as Parameters<typeof adoptionPilot>[0]
  const unit = await adoptionPilot(fakeApi, "绍兴示例机电有限公司")
  const created = await as("clerk").POST("/api/v1/applications", {
    body: {
      profile: { residentId: residentId(7), name: "吴七", status: { retired: false } },
      edition: "shaoxing-adoption-draft",
      track: "shaoxing-adoption-draft/engineer",
      specialty: "机械工程",
      employer: "绍兴示例机电有限公司",
      unit,
    } as never,
  })
  const id = created.data?.id as string
  const step = (role: string, verb: string, body: object = {}) =>
    as(role).POST(`/api/v1/applications/{id}/${verb}` as "/api/v1/applications/{id}/submit", {
      params: { path: { id } },
      body: body as never,
    })
  await step("clerk", "submit")
  await step("clerk", "unit-review")
  const notice = await as("clerk").POST("/api/v1/publicity-notices", {
    body: { applications: [id], howToObject: "绍兴市人社局 0575-0000000（示例）" },
  })
  const db = new DatabaseSync(dbFile)
  db.prepare(
    "UPDATE publicity_notices SET published = date('now', '-30 days'), start_date = date('now', '-29 days'), end_date = date('now', '-24 days') WHERE id = ?",
  ).run(notice.data?.notice.id as string)
  db.close()
  await step("clerk", "pass-publicity")
  await step("clerk", "recommend")
  await step("committee", "decide", { outcome: "approved" })
  const cert = await as("clerk").POST("/api/v1/certificates", {
    body: {
      application: id,
      approvalNo: "绍人社职〔2026〕7号",
      issuingBody: { code: "SXRS", name: "绍兴市人社局" },
    },
  })
  expect(cert.response.status).toBe(201)
  certificateNo = cert.data?.number as string

  tmux(
    "new-session",
    "-d",
    "-s",
    SESSION,
    "-x",
    "80",
    "-y",
    "24",
    "-e",
    `ZHICHENG_API_URL=${baseUrl}`,
    "-e",
    "ZHICHENG_API_KEY=",
    process.execPath,
    counterMain,
  )
}, 120_000)

let certificateNo = ""

afterAll(() => {
  try {
    tmux("kill-session", "-t", SESSION)
  } catch {}
  api?.kill("SIGTERM")
  rmSync(dir, { recursive: true, force: true })
})

/** Every line fits `columns` cells, counted as the terminal does. */
const fits = (screen: string, columns: number) => screen.split("\n").every((l) => stringWidth(l) <= columns)

describe("the counter in tmux at 80x24", () => {
  it("signs in through the masked prompt and shows the holder and role", async () => {
    await see("请输入窗口 API 密钥")
    typed(roleKeys.clerk as string)
    const masked = await see("*****")
    expect(masked).not.toContain(roleKeys.clerk)
    keys("Enter")
    const home = await see("主菜单")
    expect(home).toContain("已登录: demo-clerk")
    expect(home).toContain("[经办人员]")
  })

  it("lists the queue with CJK and Latin columns lined up, opens an application and moves it a step", async () => {
    keys("1")
    // The demo applicant's long name is cut to its column, with an ASCII "~".
    const queue = await see("演示工程~")
    expect(fits(queue, 80)).toBe(true)
    const lines = queue.split("\n")
    const header = lines.find((l) => l.includes("姓名") && l.includes("状态")) as string
    const at = (line: string, word: string) => stringWidth(line.slice(0, line.indexOf(word)))
    const rows = lines.filter((l) => /[0-9a-f]{8}\s*$/.test(l))
    expect(rows.length).toBeGreaterThanOrEqual(2)
    // The state column starts at the same cell on every row, whatever the width of the names.
    for (const row of rows) {
      const state = /(草稿|已提交|已发证|公示中)/.exec(row)?.[1] as string
      expect(at(row, state)).toBe(at(header, "状态"))
      // And the id column at the same cell too.
      expect(stringWidth(row.trimEnd())).toBe(stringWidth(rows[0]?.trimEnd() ?? ""))
    }
    // Open the demo application (a draft) and submit it.
    const demoRow = rows.findIndex((r) => r.includes("演示工程师甲"))
    for (let i = 0; i < demoRow; i++) keys("Down")
    await screenWhere((s) => s.split("\n").some((l) => l.startsWith("> 演示工程")), "the demo row selected")
    keys("Enter")
    await see("-- 可办理")
    keys("Enter")
    await see("确认办理：提交申报？")
    typed("材料齐全")
    await see("材料齐全")
    keys("Enter")
    await see("已办理：提交申报")
    await see("[已提交]")
  })

  it("verifies a certificate by number and name, the number pasted", async () => {
    keys("Escape")
    await see("申报队列 - ")
    keys("Escape")
    await see("主菜单")
    keys("4")
    await see("查验证书（编号")
    keys("2")
    await see(">证书编号")
    // A bracketed paste, as a terminal sends one (tmux paste-buffer -p).
    tmux("set-buffer", "-b", "counter-e2e", certificateNo)
    tmux("paste-buffer", "-p", "-b", "counter-e2e", "-t", SESSION)
    await see(certificateNo)
    keys("Enter")
    await see(">持证人姓名")
    typed("吴七")
    await see("吴七")
    keys("Enter")
    const result = await see("状态: [有效]")
    expect(result).toContain(certificateNo)
    expect(fits(result, 80)).toBe(true)
  })

  it("survives a resize to 60 columns", async () => {
    tmux("resize-window", "-t", SESSION, "-x", "60", "-y", "24")
    const narrow = await screenWhere((s) => fits(s, 60) && s.includes("状态: [有效]"), "the 60-column screen")
    expect(narrow).toContain("已登录")
    keys("Escape")
    await see("> 1. 核发证书")
    keys("Escape")
    const home = await see("主菜单")
    expect(fits(home, 60)).toBe(true)
  })
})
