/**
 * Screenshots of what a person sees — the home page, a guide, a self-check question, a result and
 * the verification page with an answer — at 375 px and 1280 px, in Chinese and English, into
 * docs/screenshots/. Runs the real API (serving the built site) on a fresh SQLite file, issues a
 * certificate through it to verify, and drives Debian's chromium-headless-shell.
 *
 *   pnpm --filter @zhicheng/site build && pnpm --filter @zhicheng/site screenshots
 */
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { chromium, type Page } from "playwright-core"
import { makeRecords, startApi } from "../browser/api.ts"

const OUT = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url))
const PROFILE =
  "work-place=cn-zhejiang-shaoxing-shangyu&work-start=2016-07-01&work-employer-kind=private-enterprise&work-industrial=yes&work-kind=engineering-technical&work-related=yes&work-specialty=mechanical-electrical-manufacturing&work-sub-specialty=production-manufacturing&edu-level=bachelor&edu-degree=bachelor&edu-full-time=yes&edu-related=yes&edu-graduated=2016-06-30&title=assistant&title-obtained=2017-12-01&title-appointed=yes&pension=employee&pension-since=2016-07"

const api = await startApi()
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium-headless-shell",
  args: ["--no-sandbox", "--disable-gpu"],
})
try {
  const { certificate } = await makeRecords(api)
  mkdirSync(OUT, { recursive: true })
  const shots: ReadonlyArray<{
    readonly name: string
    readonly path: string
    readonly ready: string
    readonly act?: (page: Page, en: boolean) => Promise<void>
  }> = [
    { name: "home", path: "/", ready: "h1" },
    { name: "guide", path: "/guides/shangyu-2023-3/normal/", ready: "h1" },
    {
      name: "question",
      path: `/check/#${PROFILE.split("&").slice(0, 1).join("&")}&step=work-start`,
      ready: "#self-check form",
    },
    { name: "result", path: `/check/#${PROFILE}&step=result`, ready: "section[data-track]" },
    {
      name: "verify",
      path: "/verify/",
      ready: "h1",
      act: async (page, en) => {
        await page.locator("#number").fill(certificate.number)
        await page.locator("#name").fill(certificate.name)
        await page.locator("#verify-online button[type=submit]").click()
        await page.locator("#online-result dl").waitFor()
        await page.locator("#online-result").scrollIntoViewIfNeeded()
        void en
      },
    },
  ]
  for (const width of [375, 1280])
    for (const locale of ["zh", "en"] as const) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 } })
      const page = await context.newPage()
      for (const s of shots) {
        await page.goto(`${api.url}${locale === "en" ? "/en" : ""}${s.path}`)
        await page.locator(s.ready).first().waitFor()
        await s.act?.(page, locale === "en")
        const file = `${OUT}${s.name}-${locale}-${width}.png`
        await page.screenshot({ path: file })
        process.stdout.write(`${file}\n`)
      }
      await context.close()
    }
} finally {
  await browser.close()
  await api.stop()
}
