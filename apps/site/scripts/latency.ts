/**
 * How long the self-check takes to answer: from pressing Continue to the next page drawn (the
 * engine runs twice in between: once to choose the next question, once to show it with its
 * clauses), in this machine's Chromium, over 30 answers of a Shangyu profile. Prints the median and
 * the worst. A measurement for bench/README.md, not a test.
 *
 *   pnpm --filter @zhicheng/site build && node apps/site/scripts/latency.ts
 */
import { chromium } from "playwright-core"
import { startApi } from "../browser/api.ts"

const api = await startApi()
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium-headless-shell",
  args: ["--no-sandbox", "--disable-gpu"],
})
try {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } })
  await page.goto(`${api.url}/check/#work-place=cn-zhejiang-shaoxing-shangyu&step=work-start`)
  await page.locator("#self-check form").waitFor()
  const times: Array<number> = []
  for (let i = 0; i < 30; i++) {
    const step = new URL(page.url()).hash
    if (step.includes("step=check")) break
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const form = document.querySelector<HTMLFormElement>("#self-check form")
          if (form === null) return resolve(-1)
          const radio = form.querySelector<HTMLInputElement>("input[type=radio]")
          if (radio) radio.checked = true
          else {
            const fields = [...form.querySelectorAll<HTMLInputElement>("input[type=text]")]
            const values = fields.length === 1 ? ["12"] : ["2016", "7", "1"]
            fields.forEach((f, k) => {
              f.value = values[k] ?? "1"
            })
          }
          const t0 = performance.now()
          window.addEventListener(
            "hashchange",
            () => requestAnimationFrame(() => resolve(performance.now() - t0)),
            { once: true },
          )
          form.requestSubmit()
        }),
    )
    if (ms < 0) break
    times.push(ms)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN
  process.stdout.write(
    `self-check answers: n=${times.length}, median ${median.toFixed(1)} ms, worst ${(times.at(-1) ?? Number.NaN).toFixed(1)} ms (target ≤ 50 ms)\n`,
  )
} finally {
  await browser.close()
  await api.stop()
}
