/**
 * The public site served by the API: files with their content types and caching, directories and
 * their trailing slash, the site's own 404 pages, no way out of the build directory, /api/* left to
 * the API, the no-JavaScript verification form, and nothing mounted without a build.
 */
import { createHash } from "node:crypto"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Hono } from "hono"
import { describe, expect, it } from "vitest"
import { contentType, mountSite, resolveInside } from "../src/Site.ts"

const build = () => {
  const dir = mkdtempSync(join(tmpdir(), "zc-site-"))
  const write = (path: string, body: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true })
    writeFileSync(join(dir, path), body)
  }
  write(
    "index.html",
    '<script>document.body.dataset.x = "1"</script><script type="application/json">{}</script><h1>首页</h1>',
  )
  write("404.html", "<h1>找不到该页面</h1>")
  write("en/404/index.html", "<h1>Page not found</h1>")
  write("guides/x/index.html", "<h1>指南</h1>")
  write("_astro/app.abc123.js", "console.log(1)")
  write("pagefind/pagefind.js", "export {}")
  write(".secret", "no")
  writeFileSync(join(dir, "..", "outside.txt"), "outside")
  return dir
}

const site = () => {
  const app = new Hono()
  app.get("/api/v1/thing", (c) => c.json({ ok: true }))
  const mounted = mountSite(app, { dir: build() })
  app.notFound((c) => c.json({ problem: "api 404" }, 404))
  return { app, mounted }
}

describe("the site on the API's origin", () => {
  const { app, mounted } = site()

  it("serves pages with their type, revalidated on each use", async () => {
    expect(mounted).toBe(true)
    const res = await app.request("/")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8")
    expect(res.headers.get("cache-control")).toBe("no-cache")
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'")
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'")
    // The page's own inline script runs (by its hash, as the browser computes it); nothing else inline.
    const hash = createHash("sha256").update('document.body.dataset.x = "1"').digest("base64")
    expect(res.headers.get("content-security-policy")).toContain(
      `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}';`,
    )
    expect(await res.text()).toContain("首页")
    const again = await app.request("/", { headers: { "if-none-match": res.headers.get("etag") ?? "" } })
    expect(again.status).toBe(304)
  })

  it("caches hashed assets for a year", async () => {
    const res = await app.request("/_astro/app.abc123.js")
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8")
    expect(res.headers.get("cache-control")).toContain("immutable")
    expect((await app.request("/pagefind/pagefind.js")).headers.get("cache-control")).toBe("no-cache")
  })

  it("redirects a directory to its trailing slash, keeping the query", async () => {
    const res = await app.request("/guides/x?a=1")
    expect(res.status).toBe(301)
    expect(res.headers.get("location")).toBe("/guides/x/?a=1")
    expect((await app.request("/guides/x/")).status).toBe(200)
  })

  it("answers a missing page with the site's 404 page, in English under /en/", async () => {
    const zh = await app.request("/nope/")
    expect(zh.status).toBe(404)
    expect(await zh.text()).toContain("找不到该页面")
    const en = await app.request("/en/nope/")
    expect(en.status).toBe(404)
    expect(await en.text()).toContain("Page not found")
  })

  it.each([
    "/../outside.txt",
    "/%2e%2e/outside.txt",
    "/guides/..%2f..%2foutside.txt",
    "/.secret",
    "/%00",
    "/%E0%A4%A",
  ])("refuses %s", async (path) => {
    const res = await app.request(path)
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain("outside")
  })

  it("leaves /api/* to the API, unknown paths included", async () => {
    expect(await (await app.request("/api/v1/thing")).json()).toEqual({ ok: true })
    const res = await app.request("/api/v1/none")
    expect(await res.json()).toEqual({ problem: "api 404" })
  })

  it("sends the no-JavaScript verification form to the API's check page", async () => {
    const res = await app.request("/verify/go?number=SXRS-2026-000001&name=%E5%BC%A0%E4%B8%89")
    expect(res.status).toBe(303)
    expect(res.headers.get("location")).toBe("/v/SXRS-2026-000001?name=%E5%BC%A0%E4%B8%89")
    expect((await app.request("/verify/go?number=&name=x")).headers.get("location")).toBe("/verify/")
  })

  it("resolves only inside the root", () => {
    expect(resolveInside("/srv/site", "/a/b.html")).toBe("/srv/site/a/b.html")
    expect(resolveInside("/srv/site", "/../etc/passwd")).toBe("/srv/site/etc/passwd")
    expect(resolveInside("/srv/site", "/a/%2e%2e/%2e%2e/x")).toBe("/srv/site/x")
    expect(contentType("x.pf_fragment")).toBe("application/octet-stream")
    expect(contentType("x.CSS")).toBe("text/css; charset=utf-8")
  })

  it("mounts nothing, saying so once, when there is no build", () => {
    const lines: Array<Record<string, unknown>> = []
    const app2 = new Hono()
    const empty = mkdtempSync(join(tmpdir(), "zc-nosite-"))
    expect(mountSite(app2, { dir: empty, log: (l) => lines.push(l) })).toBe(false)
    expect(mountSite(app2, { dir: empty, log: (l) => lines.push(l) })).toBe(false)
    expect(lines).toHaveLength(1)
  })
})
