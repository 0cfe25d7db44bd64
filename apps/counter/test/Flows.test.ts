/**
 * Whole flows of the counter against a real API (in-process, fresh SQLite, real keys and roles),
 * driven by keys in an 80x24 interactive terminal and read off the screen.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import stringWidth from "string-width"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  approved,
  counter,
  draft,
  onNotice,
  pilotOf,
  startApi,
  type TestApi,
  unitReviewed,
} from "./support/api.ts"
import { KEY } from "./support/terminal.ts"

let api: TestApi
beforeAll(async () => {
  api = await startApi()
})
afterAll(async () => {
  await api?.dispose()
})

describe("signing in", () => {
  it("shows who is signed in and the role, in Chinese by default", async () => {
    const t = counter(api)
    const s = await t.see("主菜单")
    expect(s).toContain("已登录: test-clerk")
    expect(s).toContain("[经办人员]")
    t.unmount()
  })

  it("in English with --lang en", async () => {
    const t = counter(api, { locale: "en" })
    const s = await t.see("Main menu")
    expect(s).toContain("Signed in: test-clerk")
    t.unmount()
  })

  it("asks again for an unknown key, masked, and signs in with a good one", async () => {
    const t = counter(api, { apiKey: "zc_nope_nope" })
    await t.see("密钥无效或已吊销")
    t.press(api.keys.clerk)
    const typed = await t.see("*")
    expect(typed).not.toContain(api.keys.clerk)
    t.press(KEY.enter)
    await t.see("主菜单")
    t.unmount()
  })
})

/** From the main menu: the queue, a search for `query`, and the row of application `id` opened. */
const searchAndOpen = async (t: ReturnType<typeof counter>, query: string, id: string) => {
  await t.see("主菜单")
  t.press("1")
  await t.see("申报队列 - ")
  t.press("/")
  await t.see("查找（姓名")
  await t.type(query)
  t.press(KEY.enter)
  await t.waitFor((s) => s.includes(`查找：${query}`) && s.includes(id.slice(0, 8)), "the search result")
  t.press(KEY.enter)
}

describe("an application", () => {
  it("opens from the queue, shows its clause, and moves one step with the reason recorded", async () => {
    const id = await draft(api, 101, "赵一")
    const t = counter(api)
    await searchAndOpen(t, "赵一", id)
    const app = await t.see("-- 可办理")
    expect(app).toContain("[草稿]")
    // The eligibility answer names its clause.
    await t.waitFor((s) => /shaoxing-adoption-draft \S+/.test(s.split("资格审查")[1] ?? ""), "the clause")
    // e: each ground with its clause; f: the full explanation, every condition nested.
    t.press("e")
    const grounds = await t.see("依据  (f 完整说明)")
    expect(grounds).toMatch(/\[[-+?!]\] /)
    expect(grounds).toContain("shaoxing-adoption-draft")
    t.press("f")
    const tree = await t.waitFor(
      (s) => s.includes("完整说明") && /^ {2}\[[-+?!]\] /m.test(s),
      "the nested conditions",
    )
    expect(tree).toContain("shaoxing-adoption-draft")
    t.press(KEY.escape)
    await t.see("-- 可办理")
    // Only the steps the state allows: submit and withdraw.
    expect(app).toContain("1. 提交申报")
    expect(app).toContain("2. 撤回申报")
    expect(app).not.toContain("单位审核通过")
    t.press(KEY.enter)
    await t.see("确认办理：提交申报？")
    await t.type("材料齐全")
    t.press(KEY.enter)
    await t.see("已办理：提交申报")
    await t.see("[已提交]")
    t.press("h")
    await t.see("理由: 材料齐全")
    t.unmount()
  })

  it("shows a refusal as the API's problem: title, clause and quoted text", async () => {
    // Publicity cannot pass while the notice runs: the period ends at 24:00 on its last day.
    const { id } = await onNotice(api, 102, "钱二")
    const t = counter(api)
    await searchAndOpen(t, id, id)
    await t.see("公示期满无异议")
    t.press(KEY.enter)
    await t.see("确认办理")
    t.press(KEY.enter)
    const s = await t.see("未能办理")
    expect(s).toContain("409 publicity-not-ended")
    expect(s).toContain("依据条款: civil-code 第二百零三条第二款")
    expect(s).toContain("「")
    t.unmount()
  })
})

describe("publicity", () => {
  it("opens a notice with its computed end day, records an objection and resolves it", async () => {
    const id = await unitReviewed(api, 103, "孙三")
    const t = counter(api)
    await t.see("主菜单")
    t.press("3")
    await t.see("发布公示")
    t.press("1")
    await t.see("孙三")
    t.press(" ", KEY.enter)
    // The end day is computed before anything is sent.
    const form = await t.waitFor((s) => /公示期 \d{4}年\d+月\d+日 至 \d{4}年\d+月\d+日/.test(s), "the period")
    expect(form).toContain("个日历日")
    await t.type("绍兴市人社局专技处 0575-0000000")
    t.press(KEY.enter)
    await t.see(">发布日期")
    t.press(KEY.enter)
    await t.see("已发布公示")
    await t.see("1. 孙三")
    t.press("o")
    await t.see("名单序号")
    for (const [text, next, then] of [
      ["1", KEY.tab, ">异议内容"],
      ["业绩材料存疑", KEY.tab, ">异议人姓名"],
      ["王五", KEY.tab, ">联系方式"],
      ["13800000000", KEY.enter, "已登记异议"],
    ] as const) {
      await t.type(text)
      t.press(next)
      await t.see(then)
    }
    await t.see("[待处理]")
    t.press(KEY.enter)
    await t.see("异议不成立")
    t.press(KEY.down, KEY.enter)
    await t.see("理由（必填）")
    await t.type("经核查材料属实")
    t.press(KEY.enter)
    await t.see("已处理异议：异议不成立")
    await t.see("[异议不成立]")
    const app = await api.as("clerk").GET("/api/v1/applications/{id}", { params: { path: { id } } })
    expect(app.data?.state).toBe("in-publicity")
    t.unmount()
  })
})

describe("certificates", () => {
  it("issues the certificate of an approved application, verifies it by number and name, and suspends it", async () => {
    const id = await approved(api, 104, "李四")
    const t = counter(api)
    await t.see("主菜单")
    t.press("4")
    await t.see("核发证书")
    t.press("1")
    await t.see("李四")
    t.press(" ", KEY.enter)
    await t.see("审批文号")
    for (const [text, next] of [
      ["绍人社职〔2026〕1号", ">发证机关代码"],
      ["SXRS", ">发证机关名称"],
      ["绍兴市人力资源和社会保障局", ">证书上的职称名称"],
    ] as const) {
      await t.type(text)
      t.press(KEY.enter)
      await t.see(next)
    }
    t.press(KEY.enter)
    await t.see(">系列")
    t.press(KEY.enter)
    const done = await t.see("[+] 李四")
    const number = /SXRS-\d{4}-\d{6}/.exec(done)?.[0] as string
    expect(number).toBeDefined()
    expect(
      (await api.as("clerk").GET("/api/v1/applications/{id}", { params: { path: { id } } })).data?.state,
    ).toBe("certificate-issued")
    t.press(KEY.escape)
    await t.see("查验证书（编号 + 姓名）")
    t.press("2")
    await t.see("持证人姓名")
    await t.type(number)
    t.press(KEY.enter)
    await t.see(">持证人姓名")
    await t.type("李四")
    t.press(KEY.enter)
    await t.see("状态: [有效]")
    // The QR printed on it, pasted at the window, checks offline-style against the signing key.
    const qr = (await api.as("clerk").GET("/api/v1/certificates/{number}", { params: { path: { number } } }))
      .data?.qr as string
    t.press(KEY.escape)
    await t.see("查验证书（粘贴二维码内容）")
    t.press("3")
    await t.see(">二维码内容")
    t.press(KEY.paste(qr))
    await t.see(qr.slice(0, 20))
    t.press(KEY.enter)
    const signed = await t.see("签名有效")
    expect(signed).toContain(number)
    expect(signed).toContain("状态: [有效]")
    t.press(KEY.escape)
    await t.see("证书管理")
    t.press("4")
    await t.see("证书编号")
    await t.type(number)
    t.press(KEY.enter)
    await t.see("李四  [有效]")
    t.press("s")
    await t.see("理由（必填）")
    await t.type("接到举报，调查中")
    t.press(KEY.enter)
    await t.see(">文件编号")
    t.press(KEY.enter)
    await t.see(">日期")
    t.press(KEY.enter)
    await t.see("李四  [已暂停]")
    t.unmount()
  })
})

describe("a walk-in", () => {
  it("asks only what can change the answer, shows each track's status and clause, and files one as an application", async () => {
    const t = counter(api)
    await t.see("主菜单")
    t.press("2")
    await t.see("逐项问答")
    t.press("1")
    await t.see("您何时开始现在这份工作")
    await t.type("2015-07-01")
    t.press(KEY.enter)
    await t.see("您在哪里工作")
    t.press("4") // 绍兴市上虞区
    await t.waitFor((s) => s.includes("问题 3"), "the third question")
    t.press("d")
    const answer = await t.see("资格结果")
    // Every track is listed with its status and the clause of its track.
    expect(answer).toMatch(/\[(信息不全|需人工审核|符合条件|不符合条件|不适用)\] .+ - \S+ \S+/)
    const rows = answer.split("\n").filter((l) => /^[> ] \d+\. \[/.test(l))
    const green = rows.findIndex((l) => l.includes("绿色通道"))
    expect(green).toBeGreaterThanOrEqual(0)
    for (let i = 0; i < green; i++) t.press(KEY.down)
    await t.waitFor(
      (s) => s.split("\n").some((l) => l.startsWith(">") && l.includes("绿色通道")),
      "the green channel selected",
    )
    t.press(KEY.enter)
    await t.see("作为申报立案")
    for (const [text, next] of [
      ["郑六", ">身份证号"],
      ["33060219900101001X", ">工作单位"],
      ["示例机电有限公司", ">单位代码"],
      ["91330600MA00000000", ">专业"],
      ["机电制造", ">申报级别"],
      ["intermediate", ""],
    ] as const) {
      await t.type(text)
      t.press(KEY.enter)
      if (next !== "") await t.see(next)
    }
    const filed = await t.see("郑六  [草稿]")
    // The ID number is neither kept on the screen nor in the record.
    expect(filed).not.toContain("33060219900101001X")
    t.unmount()
  })
})

describe("the calendar and rosters", () => {
  it("counts a publicity period on the official calendar (five working days from 27 September 2024)", async () => {
    const t = counter(api)
    await t.see("主菜单")
    t.press("6")
    await t.see("公示期截止日")
    t.press("1")
    await t.see(">发布日期")
    // Replace the default (today) with the day of publication.
    t.press(KEY.backspace.repeat(10))
    await t.waitFor((s) => !/>发布日期（空为今日）\*\s+\d/.test(s), "the field emptied")
    await t.type("2024-09-27")
    t.press(KEY.enter)
    await t.see(">数量")
    t.press(KEY.enter)
    await t.see(">单位")
    t.press(KEY.enter)
    const s = await t.see("截止：2024年10月10日 24 时")
    expect(s).toContain("法定节假日")
    t.unmount()
  })

  it("lists a roster file's row-level problems from the API and stores nothing", async () => {
    const unit = await pilotOf(api)
    const year = Number(new Date().toISOString().slice(0, 4))
    const opened = await api
      .as("clerk")
      .POST("/api/v1/rosters", { body: { unitId: unit, year, round: "annual" } })
    const id = opened.data?.id as string
    expect(id).toBeDefined()
    const dir = mkdtempSync(join(tmpdir(), "counter-roster-"))
    const file = join(dir, "roster.csv")
    writeFileSync(file, "not,an,annex 2,roster\n1,2,3,4\n")
    const t = counter(api)
    await t.see("主菜单")
    t.press("5")
    await t.see(">名册编号")
    await t.type(id)
    t.press(KEY.enter)
    await t.see("i 导入名册文件")
    t.press("i")
    await t.see(">文件路径")
    await t.type(file)
    t.press(KEY.enter)
    const s = await t.see("未能办理")
    expect(s).toContain("422")
    expect(s).toContain("字段")
    const view = await api.as("clerk").GET("/api/v1/rosters/{id}", { params: { path: { id } } })
    expect(view.data?.entries).toEqual([])
    t.unmount()
    rmSync(dir, { recursive: true, force: true })
  })
})

describe("the terminal", () => {
  it("keeps every line inside 80 columns, and inside 60 after a resize, CJK counted as two cells", async () => {
    await draft(api, 105, "周五")
    const t = counter(api)
    await t.see("主菜单")
    t.press("1")
    await t.see("周五")
    expect(t.widest()).toBeLessThanOrEqual(80)
    t.resize(60, 24)
    await t.waitFor(
      (s) => s.split("\n").every((l) => stringWidth(l) <= 60) && s.includes("周五"),
      "the 60-column queue",
    )
    // The live region stays shorter than the terminal.
    expect(t.screen().replace(/\n$/, "").split("\n").length).toBeLessThan(24)
    t.unmount()
  })

  it("keeps a batched backspace and a bracketed paste in a field", async () => {
    const t = counter(api)
    await t.see("主菜单")
    t.press("4")
    await t.see("查验证书（编号")
    t.press("2")
    await t.see("持证人姓名")
    // A bracketed paste (an ID number or a QR text) lands in one piece, its line break dropped.
    t.press(KEY.paste("SXRS-2026-00000XYZ\n"))
    await t.see("SXRS-2026-00000XYZ")
    // One chunk of three backspaces, as a terminal sends a held key: none is lost.
    t.press(`${KEY.backspace}${KEY.backspace}${KEY.backspace}`)
    await t.waitFor(
      (s) => s.includes("SXRS-2026-00000") && !s.includes("SXRS-2026-00000X"),
      "three characters gone",
    )
    await t.type("1")
    await t.see("SXRS-2026-000001")
    t.unmount()
  })

  it("asks before Ctrl+C leaves a form with unsaved input, and stays on n", async () => {
    const t = counter(api)
    await t.see("主菜单")
    t.press("4")
    await t.see("查验证书（编号")
    t.press("2")
    await t.see("持证人姓名")
    t.press("SXRS")
    await t.see("SXRS")
    t.press(KEY.ctrlC)
    await t.see("有未保存的输入")
    t.press("n")
    await t.waitFor((s) => !s.includes("有未保存的输入") && s.includes("SXRS"), "the form back")
    t.press(KEY.ctrlC)
    await t.see("有未保存的输入")
    t.press("y")
    await t.exited
  })

  it("says the service cannot be reached, without a stack trace, and retries on r", async () => {
    let down = true
    const flaky = (input: Request | string, init?: RequestInit) =>
      down
        ? Promise.reject(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }))
        : api.fetch(input, init)
    const t = counter({ ...api, fetch: flaky as TestApi["fetch"] })
    const s = await t.see("无法连接到服务")
    expect(s).toContain("ECONNREFUSED")
    expect(s).not.toMatch(/at .*\.(ts|js):\d+/)
    down = false
    t.press("r")
    await t.see("主菜单")
    t.unmount()
  })
})
