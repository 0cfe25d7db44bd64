/**
 * The public site in Chromium against the real API: axe (WCAG 2.1 A/AA) on every page template in
 * both locales; the self-check from the first question to the result for real profiles, with no
 * request carrying an answer; the downloaded profile accepted by the API; the calculator; an
 * objection reaching the API with its contact kept private; a certificate the test issued verified
 * online (with and without JavaScript) and from its QR in the browser; a Chinese search.
 */
import { readFileSync } from "node:fs"
import AxeBuilder from "@axe-core/playwright"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import * as Interview from "@zhicheng/domain/Interview"
import * as Registry from "@zhicheng/domain/Registry"
import { type Browser, type BrowserContext, chromium, type Page, type Request } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Flow from "../src/lib/selfCheck.ts"
import { type Api, makeRecords, type Records, startApi } from "./api.ts"

let api: Api
let records: Records
let browser: Browser
const contexts: Array<BrowserContext> = []

beforeAll(async () => {
  ;[api, browser] = await Promise.all([
    startApi(),
    chromium.launch({
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium-headless-shell",
      args: ["--no-sandbox", "--disable-gpu"],
    }),
  ])
  records = await makeRecords(api)
})

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

const open = async (path: string, options: { width?: number; js?: boolean } = {}): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.js ?? true,
    acceptDownloads: true,
  })
  contexts.push(context)
  const page = await context.newPage()
  page.on("pageerror", (e) => {
    throw e
  })
  await page.goto(`${api.url}${path}`)
  return page
}

const axe = async (page: Page) => {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
    .options({ resultTypes: ["violations"] })
    .analyze()
  await page.context().close()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
}

// -------------------------------------------------------------------------------------------------

describe("accessibility: every page template, both locales", () => {
  /** Each template with what shows that its island (if any) has drawn. */
  const templates = (locale: "" | "/en"): ReadonlyArray<readonly [string, string]> => [
    [`${locale}/`, "h1"],
    [`${locale}/guides/`, "h1"],
    [`${locale}/guides/places/cn-zhejiang-shaoxing-shangyu/`, "h1"],
    [`${locale}/guides/shaoxing-adoption-draft/`, "h1"],
    [`${locale}/guides/shangyu-2023-3/exceptional-a/`, "h1"],
    [`${locale}/search/?q=${locale === "" ? "破格" : "exceptional"}`, "#results h2"],
    [`${locale}/check/`, "#self-check a.button"],
    [`${locale}/check/#work-place=cn-zhejiang-shaoxing-shangyu&step=work-start`, "#self-check form"],
    [
      `${locale}/check/#work-place=cn-zhejiang-shaoxing-shangyu&edu-level=bachelor&step=check`,
      ".summary-list",
    ],
    [
      `${locale}/check/#work-place=cn-zhejiang-shaoxing-shangyu&edu-level=bachelor&step=result`,
      "section[data-track]",
    ],
    [`${locale}/verify/`, "h1"],
    [`${locale}/publicity/`, "h1"],
    [`${locale}/calculator/?y=2024&m=9&d=27&amount=5&unit=working-days`, "#period-end"],
    [`${locale}/calculator/?y=2024&m=13&d=1&amount=0`, "[role=alert]"],
    [`${locale}/no-such-page/`, "h1"],
  ]
  it.each([...templates(""), ...templates("/en")])("%s has no axe violations", async (path, ready) => {
    const page = await open(path)
    await page.locator(ready).first().waitFor()
    expect(await axe(page)).toEqual([])
  })

  it("a notice page has no axe violations", async () => {
    for (const locale of ["", "/en"]) {
      const page = await open(`${locale}/publicity/notice/?id=${records.openNotice}`)
      await page.locator("table").waitFor()
      expect(await axe(page)).toEqual([])
    }
  })
})

// -------------------------------------------------------------------------------------------------

/** Answers a question page the way a person would: radios, separate date fields, a number. */
const answer = async (page: Page, q: Interview.Question, value: string) => {
  const a = q.answer
  if (a.kind === "choice" || a.kind === "yes-no")
    await page.locator(`input[name=answer][value="${value}"]`).check()
  else if (a.kind === "date" || a.kind === "year-month") {
    const [y = "", m = "", d = ""] = value.split("-")
    await page.getByLabel(/^(年|Year)$/).fill(y)
    await page.getByLabel(/^(月|Month)$/).fill(String(Number(m)))
    if (a.kind === "date") await page.getByLabel(/^(日|Day)$/).fill(String(Number(d)))
  } else await page.locator("input[name=answer]").fill(value)
  await page.getByRole("button", { name: /^(继续|Continue)$/ }).click()
}

const stepOf = (page: Page) => Flow.parse(new URL(page.url()).hash)

/** Runs the self-check through the UI with `profile`, skipping what it does not say; returns the final state. */
const selfCheck = async (page: Page, profile: Interview.Answers, start = "开始") => {
  await page.getByRole("button", { name: start }).click()
  for (let i = 0; i < 120; i++) {
    const s = stepOf(page)
    if (s.step === "check") break
    const q = Interview.question(s.step)
    if (q === undefined) throw new Error(`unexpected step ${s.step}`)
    await expect.poll(() => page.locator("h1").first().textContent()).toBe(q.text.zh)
    const value = profile[q.id]
    if (value !== undefined) await answer(page, q, value)
    else await page.getByRole("button", { name: "我不清楚，跳过" }).click()
    await expect.poll(() => stepOf(page).step).not.toBe(s.step)
  }
  expect(stepOf(page).step).toBe("check")
  return stepOf(page)
}

/** Everything the browser asked for, to prove no answer left it. */
const recordRequests = (page: Page) => {
  const seen: Array<Request> = []
  page.on("request", (r) => seen.push(r))
  return seen
}

const PROFILES: ReadonlyArray<{ name: string; answers: Interview.Answers }> = [
  {
    name: "a Shangyu assistant engineer in mechanical manufacturing",
    answers: {
      "work-place": "cn-zhejiang-shaoxing-shangyu",
      "work-start": "2016-07-01",
      "work-employer-kind": "private-enterprise",
      "work-industrial": "yes",
      "work-kind": "engineering-technical",
      "work-related": "yes",
      "work-specialty": "mechanical-electrical-manufacturing",
      "work-sub-specialty": "production-manufacturing",
      "edu-level": "bachelor",
      "edu-degree": "bachelor",
      "edu-full-time": "yes",
      "edu-related": "yes",
      "edu-graduated": "2016-06-30",
      title: "assistant",
      "title-obtained": "2017-12-01",
      "title-appointed": "yes",
      pension: "employee",
      "pension-since": "2016-07",
      "ce-specialty-hours": "120",
      "ce-general-hours": "90",
      "assessment-2020": "competent",
      "assessment-2021": "competent",
      "assessment-2022": "excellent",
      residency: "mainland",
      retired: "no",
      integrity: "no",
    },
  },
  {
    name: "a Weihai engineer with a master's degree",
    answers: {
      "work-place": "cn-shandong-weihai",
      "work-start": "2019-07-01",
      "work-employer-kind": "private-enterprise",
      "work-kind": "engineering-technical",
      "work-related": "yes",
      "edu-level": "master",
      "edu-degree": "master",
      "edu-full-time": "yes",
      "edu-related": "yes",
      "edu-graduated": "2019-06-30",
      title: "none",
      retired: "no",
      integrity: "no",
      residency: "mainland",
    },
  },
]

describe("the self-check", () => {
  it.each(PROFILES.map((p) => [p.name, p.answers] as const))(
    "%s: question by question to a result the engine agrees with, and nothing sent",
    async (_name, answers) => {
      const page = await open("/check/", { width: 375 })
      const requests = recordRequests(page)
      const final = await selfCheck(page, answers)
      // Check your answers, then the result.
      await expect.poll(() => page.locator("h1").first().textContent()).toBe("检查您的回答")
      await page.getByRole("link", { name: "查看结果" }).click()
      await expect.poll(() => page.locator("h1").first().textContent()).toBe("测评结果")
      const place = Flow.jurisdictionOf(final.answers)
      const expected = Flow.report(final.answers, {
        asOf: CivilDate.todayInChina(Date.now()),
        editions: place === undefined ? [] : Registry.editionsFor(place),
      })
      const shown = await page
        .locator("section[data-track]")
        .evaluateAll((els) => els.map((e) => [e.getAttribute("data-track"), e.getAttribute("data-status")]))
      const applicable = expected.tracks.filter((t) => t.status !== "not-applicable")
      expect(applicable.length).toBeGreaterThan(0)
      expect(Object.fromEntries(shown)).toEqual(
        Object.fromEntries(applicable.map((t) => [t.track, t.status])),
      )
      // Each shown status is in words, with its clauses.
      expect(await page.locator(".status").first().textContent()).toMatch(
        /符合条件|不符合|需人工|信息不全|审核/,
      )
      expect(await page.locator("section[data-track] blockquote").count()).toBeGreaterThan(0)
      // No request carried an answer: no answer value in any URL or body, no API call at all. The
      // one exception is by design: the page downloads the rules of the place chosen (a static file,
      // as when opening that place's guide), which is all the server can learn.
      const chosen = answers["work-place"] ?? ""
      const values = Object.entries(answers)
        .filter(([k, v]) => k !== "work-place" && v.length > 3)
        .map(([, v]) => v)
      const revealing = requests.filter((r) => r.url().includes(chosen))
      expect(revealing.map((r) => [r.method(), new URL(r.url()).pathname.split("/")[1]])).toEqual([
        ["GET", "_astro"],
      ])
      for (const r of requests) {
        const said = `${r.url()} ${r.postData() ?? ""}`
        for (const v of values) expect(said, `${r.method()} ${r.url()}`).not.toContain(v)
        expect(r.url()).not.toContain("#")
        expect(new URL(r.url()).pathname.startsWith("/api/")).toBe(false)
      }
    },
  )

  it("changing an answer keeps the others; the downloaded profile is accepted by the API", async () => {
    const answers = PROFILES[1]?.answers ?? {}
    const page = await open(`/check/#${new URLSearchParams({ ...answers, step: "check" }).toString()}`)
    await page.getByRole("link", { name: /修改\s*您的最高学历是什么/ }).click()
    await expect.poll(() => page.locator("h1").first().textContent()).toBe("您的最高学历是什么？")
    expect(await page.locator("input[value=master]").isChecked()).toBe(true)
    await page.locator("input[value=doctorate]").check()
    await page.getByRole("button", { name: "继续" }).click()
    await expect.poll(() => stepOf(page).step).not.toBe("edu-level")
    const after = stepOf(page)
    expect(after.answers["edu-level"]).toBe("doctorate")
    expect(after.answers["work-start"]).toBe("2019-07-01")
    // A refused answer keeps the page and says why.
    await page.goto(`${api.url}/check/#work-place=cn-shandong-weihai&step=work-start`)
    await page.getByLabel("年", { exact: true }).fill("2019")
    await page.getByLabel("月", { exact: true }).fill("2")
    await page.getByLabel("日", { exact: true }).fill("30")
    await page.getByRole("button", { name: "继续" }).click()
    await expect(page.locator("[role=alert]").textContent()).resolves.toContain("日期")
    expect(stepOf(page).step).toBe("work-start")
    // The result's download is the API's eligibility request.
    await page.goto(`${api.url}/check/#${new URLSearchParams({ ...answers, step: "result" }).toString()}`)
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByText(/下载我的信息/).click(),
    ])
    const body = readFileSync(await download.path(), "utf8")
    const res = await fetch(`${api.url}/api/v1/eligibility`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    })
    expect(res.status).toBe(200)
    expect(JSON.parse(body)).toMatchObject({ jurisdiction: "cn-shandong-weihai" })
  })

  it("without JavaScript it says so and links the guides", async () => {
    const page = await open("/check/", { js: false })
    await expect(page.locator("noscript, .banner").first().textContent()).resolves.toMatch(/JavaScript/)
    expect(await page.locator('a[href="/guides/"]').count()).toBeGreaterThan(0)
  })
})

describe("keyboard and large text", () => {
  it("a question is answered with the keyboard alone, with a visible focus ring", async () => {
    const page = await open("/check/#work-place=cn-shandong-weihai&step=edu-level", { width: 375 })
    await page.locator("#self-check form").waitFor()
    // Tab from the top of the page until a radio button has the focus, then choose and submit.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab")
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "radio"))
        break
    }
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)
    expect(ring).toBe("solid")
    await page.keyboard.press("ArrowDown")
    await page.keyboard.press("Enter")
    await expect.poll(() => stepOf(page).step).not.toBe("edu-level")
    expect(stepOf(page).answers["edu-level"]).toBeDefined()
  })

  it("large-text mode enlarges the type (no script needed)", async () => {
    const page = await open("/guides/", { js: false })
    const size = () =>
      page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize))
    expect(await size()).toBe(18)
    await page.getByLabel("大字模式").check()
    expect(await size()).toBeGreaterThanOrEqual(22)
  })

  /** The root font size and whether the large-text box is ticked. */
  const largeText = (page: Page) =>
    page.evaluate(() => ({
      size: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
      checked: (document.getElementById("large-text") as HTMLInputElement).checked,
    }))

  it("large-text mode is remembered on the next page and the next visit, on and off, by keyboard", async () => {
    const page = await open("/guides/")
    expect(await largeText(page)).toEqual({ size: 18, checked: false })
    // By keyboard: Tab to the switch (its focus visible), Space to tick it.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== "large-text"; i++)
      await page.keyboard.press("Tab")
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe(
      "solid",
    )
    await page.keyboard.press("Space")
    expect(await largeText(page)).toEqual({ size: 22, checked: true })
    await page.getByRole("link", { name: "证书查验" }).click()
    await page.waitForURL(/\/verify\/$/)
    expect(await largeText(page)).toEqual({ size: 22, checked: true })
    // A later visit (a new tab of the same browser) starts large, in the other language too.
    const later = await page.context().newPage()
    await later.goto(`${api.url}/en/guides/shangyu-2023-3/exceptional-a/`)
    expect(await largeText(later)).toEqual({ size: 22, checked: true })
    await later.getByLabel("Large text").uncheck()
    expect(await largeText(later)).toEqual({ size: 18, checked: false })
    await later.goto(`${api.url}/`)
    expect(await largeText(later)).toEqual({ size: 18, checked: false })
    await page.reload()
    expect(await largeText(page)).toEqual({ size: 18, checked: false })
  })

  it("large-text mode still works on the page when storage is refused", async () => {
    const context = await browser.newContext()
    contexts.push(context)
    await context.addInitScript(() =>
      Object.defineProperty(window, "localStorage", {
        get: () => {
          throw new DOMException("storage refused", "SecurityError")
        },
      }),
    )
    const page = await context.newPage()
    const errors: Array<Error> = []
    page.on("pageerror", (e) => errors.push(e))
    await page.goto(`${api.url}/guides/`)
    await page.getByLabel("大字模式").check()
    expect(await largeText(page)).toEqual({ size: 22, checked: true })
    await page.goto(`${api.url}/verify/`)
    expect(await largeText(page)).toEqual({ size: 18, checked: false })
    expect(errors).toEqual([])
  })
})

// -------------------------------------------------------------------------------------------------

describe("the period calculator", () => {
  it("gives the last day of 5 working days over National Day 2024 and marks the holidays", async () => {
    const page = await open("/calculator/")
    await page.getByLabel("年", { exact: true }).fill("2024")
    await page.getByLabel("月", { exact: true }).fill("9")
    await page.getByLabel("日", { exact: true }).fill("27")
    await page.getByLabel("天数").fill("5")
    await page.getByLabel(/^工作日/).check()
    await page.getByRole("button", { name: "计算" }).click()
    await expect.poll(() => page.locator("#period-end").textContent()).toContain("2024年10月10日")
    expect(await page.locator("td.day-holiday").count()).toBeGreaterThanOrEqual(7)
    expect(await page.locator("td.day-adjusted-workday small").first().textContent()).toContain("调休上班日")
  })

  it("refuses a year with no State Council notice", async () => {
    const page = await open("/calculator/?y=2099&m=1&d=5&amount=5&unit=working-days")
    await expect(page.locator("[role=alert]").textContent()).resolves.toContain("2099年的国务院节假日安排")
  })
})

// -------------------------------------------------------------------------------------------------

describe("publicity", () => {
  it("lists the notices open today, each linking to its page", async () => {
    const page = await open("/publicity/")
    const link = page.locator(`#current-notices a[href*="${records.openNotice}"]`)
    await expect.poll(() => link.count()).toBe(1)
    await link.click()
    await expect.poll(() => page.locator("tbody tr").first().textContent()).toContain("张示例")
  })

  it("an objection filed on the notice page reaches the API; the contact stays private", async () => {
    const page = await open(`/publicity/notice/?id=${records.openNotice}`)
    await expect(page.locator("tbody tr").first().textContent()).resolves.toContain("张示例")
    await page.getByLabel("对哪一位提出异议").selectOption("1")
    await page.getByLabel("异议内容").fill("该申报人的工作年限与实际不符（测试）。")
    await page.getByLabel(/联系方式/).fill("13700000009")
    await page.getByRole("button", { name: "提交异议" }).click()
    await expect(page.locator("#objection-receipt").textContent()).resolves.toContain("异议已受理")
    const list = await api.as("clerk").GET("/api/v1/publicity-notices/{id}/objections", {
      params: { path: { id: records.openNotice } },
    })
    expect(JSON.stringify(list.data)).toContain("13700000009")
    const pub = await api.public.GET("/api/v1/publicity-notices/{id}", {
      params: { path: { id: records.openNotice } },
    })
    expect(JSON.stringify(pub.data)).not.toContain("13700000009")
    expect(await page.content()).not.toContain("13700000009")
  })
})

// -------------------------------------------------------------------------------------------------

describe("certificate verification", () => {
  it("online, with JavaScript: status, title, level, specialty, body and date", async () => {
    const { number, name } = records.certificate
    const page = await open("/verify/", { width: 375 })
    await page.getByLabel("证书编号").fill(number)
    await page.getByLabel("持证人姓名").fill(name)
    await page.getByRole("button", { name: "查验", exact: true }).click()
    const result = page.locator("#online-result")
    await expect.poll(() => result.textContent()).toContain("有效")
    const text = (await result.textContent()) ?? ""
    expect(text).toContain("工程师")
    expect(text).toContain("绍兴市人力资源和社会保障局（示例）")
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/)
    expect(text).not.toContain(name)
    // A wrong name finds nothing.
    await page.getByLabel("持证人姓名").fill("王不对")
    await page.getByRole("button", { name: "查验", exact: true }).click()
    await expect.poll(() => result.textContent()).toContain("未找到")
  })

  it("online, without JavaScript, through the plain GET form", async () => {
    const { number, name } = records.certificate
    const page = await open("/verify/", { js: false })
    await page.getByLabel("证书编号").fill(number)
    await page.getByLabel("持证人姓名").fill(name)
    await page.getByRole("button", { name: "查验", exact: true }).click()
    await page.waitForURL(/\/v\//)
    expect(await page.textContent("body")).toContain("工程师")
  })

  it("from its QR, checked in the browser against the published keys; a forged one fails", async () => {
    const page = await open("/verify/")
    const requests = recordRequests(page)
    await page.getByLabel("二维码内容").fill(records.certificate.qr)
    await page.getByRole("button", { name: "核验签名" }).click()
    const result = page.locator("#offline-result")
    await expect.poll(() => result.textContent()).toContain("签名有效")
    expect(await result.textContent()).toContain(records.certificate.number)
    expect(requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith("/api/"))).toEqual([
      "/api/v1/keys",
    ])
    const [head, signature = ""] = records.certificate.qr.split("#ZC1.")[1]?.split(".") ?? []
    const forged = `ZC1.${head}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`
    await page.getByLabel("二维码内容").fill(forged)
    await page.getByRole("button", { name: "核验签名" }).click()
    await expect.poll(() => result.textContent()).toContain("核验未通过")
  })
})

// -------------------------------------------------------------------------------------------------

describe("search", () => {
  it("finds the exceptional-track guides for a Chinese query", async () => {
    const page = await open(`/search/?q=${encodeURIComponent("破格")}`)
    await page.locator("#results ol li").first().waitFor()
    const links = await page.locator("#results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))
    expect(links.some((l) => l?.includes("/guides/shangyu-2023-3/exceptional"))).toBe(true)
  })

  it("guide pages work with JavaScript off", async () => {
    const page = await open("/guides/shangyu-2023-3/normal/", { js: false })
    expect(await page.locator("h2").allTextContents()).toEqual(
      expect.arrayContaining(["基本信息", "申请条件", "申报材料", "办理流程", "办理时限", "设定依据"]),
    )
  })
})
