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

  // A draft to move a step at the window (the demo data may change; the test brings its own).
  const draft = await as("clerk").POST("/api/v1/applications", {
    body: {
      profile: { residentId: residentId(9), name: "陈九", status: { retired: false } },
      edition: "shaoxing-adoption-draft",
      track: "shaoxing-adoption-draft/engineer",
      specialty: "机械工程",
      employer: "Shaoxing Demo Machinery Co. (fictional)",
      unit,
    } as never,
  })
  expect(draft.response.status).toBe(201)

  // An application on a running notice, for an objection received at the window.
  const second = await as("clerk").POST("/api/v1/applications", {
    body: {
      profile: { residentId: residentId(8), name: "冯八", status: { retired: false } },
      edition: "shaoxing-adoption-draft",
      track: "shaoxing-adoption-draft/engineer",
      specialty: "机械工程",
      employer: "绍兴示例机电有限公司",
      unit,
    } as never,
  })
  const secondId = second.data?.id as string
  for (const verb of ["submit", "unit-review"])
    await as("clerk").POST(`/api/v1/applications/{id}/${verb}` as "/api/v1/applications/{id}/submit", {
      params: { path: { id: secondId } },
      body: {},
    })
  const running = await as("clerk").POST("/api/v1/publicity-notices", {
    body: { applications: [secondId], howToObject: "绍兴市人社局 0575-0000000（示例）" },
  })
  expect(running.response.status).toBe(201)

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
    const queue = await see("陈九")
    expect(fits(queue, 80)).toBe(true)
    const lines = queue.split("\n")
    const header = lines.find((l) => l.includes("姓名") && l.includes("状态")) as string
    const at = (line: string, word: string) => stringWidth(line.slice(0, line.indexOf(word)))
    const rows = lines.filter((l) => /[0-9a-f]{8}\s*$/.test(l))
    expect(rows.length).toBeGreaterThanOrEqual(3)
    // The state column starts at the same cell on every row, whatever the names and employers
    // (Chinese, Latin, cut with "~"), and every row ends at the same cell.
    for (const row of rows) {
      const state = Object.values({
        a: "草稿",
        b: "已提交",
        c: "单位已审核",
        d: "公示中",
        e: "公示无异议",
        f: "已推荐",
        g: "已评审",
        h: "已发证",
      }).find((w) => row.includes(w)) as string
      expect(state).toBeDefined()
      expect(at(row, state)).toBe(at(header, "状态"))
      expect(stringWidth(row.trimEnd())).toBe(stringWidth(rows[0]?.trimEnd() ?? ""))
    }
    // Open the test's own draft and submit it.
    const row = rows.findIndex((r) => r.includes("陈九"))
    for (let i = 0; i < row; i++) keys("Down")
    await screenWhere((s) => s.split("\n").some((l) => l.startsWith("> 陈九")), "the draft selected")
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

  it("records an objection received at the window and resolves it", async () => {
    keys("Escape")
    await see("> 1. 核发证书")
    keys("Escape")
    await see("主菜单")
    keys("3")
    await see("公示中的公示与异议")
    keys("2")
    const notices = await see("冯八[公示中]")
    const menu = notices.split("\n").filter((l) => /^[> ] \d+\. /.test(l))
    const mine = menu.findIndex((l) => l.includes("冯八"))
    for (let i = 0; i < mine; i++) keys("Down")
    await screenWhere(
      (s) => s.split("\n").some((l) => l.startsWith(">") && l.includes("冯八")),
      "the notice selected",
    )
    keys("Enter")
    await see("1. 冯八")
    keys("o")
    await see(">名册序号".replace("名册", "名单"))
    for (const [text, next] of [
      ["1", ">异议内容"],
      ["业绩材料存疑", ">异议人姓名"],
      ["王五", ">联系方式"],
    ] as const) {
      typed(text)
      await see(text)
      keys("Tab")
      await see(next)
    }
    typed("13800000000")
    await see("13800000000")
    keys("Enter")
    await see("[待处理]")
    keys("Enter")
    await see("异议不成立")
    keys("Down")
    await screenWhere((s) => s.includes("> 2. 异议不成立"), "dismissed chosen")
    keys("Enter")
    await see(">理由（必填）")
    typed("经核查材料属实")
    await see("经核查材料属实")
    keys("Enter")
    const done = await see("[异议不成立]")
    expect(fits(done, 80)).toBe(true)
    keys("Escape")
    await see("公示中的公示与异议")
    keys("Escape")
    await see("主菜单")
  })

  it("serves a walk-in: questions in Chinese, then every track with its status and clause", async () => {
    keys("2")
    await see("逐项问答")
    keys("1")
    await see("您何时开始现在这份工作")
    typed("2015-07-01")
    await see("2015-07-01")
    keys("Enter")
    await see("您在哪里工作")
    keys("4")
    await see("问题 3")
    keys("d")
    const answer = await see("资格结果")
    expect(answer).toMatch(/\[(信息不全|需人工审核|符合条件|不符合条件|不适用)\] /)
    expect(fits(answer, 80)).toBe(true)
    keys("Escape")
    await see("问题 3")
    keys("Escape")
    await see("有未保存的输入")
    keys("y")
    await see("主菜单")
    keys("4")
    await see("查验证书（编号")
    keys("2")
    await see(">证书编号")
    typed(certificateNo)
    await see(certificateNo)
    keys("Enter")
    await see(">持证人姓名")
    typed("吴七")
    await see("吴七")
    keys("Enter")
    await see("状态: [有效]")
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
