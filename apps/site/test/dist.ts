/** The built site, read by the generation tests (turbo builds the site before it tests it). */
import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

export const DIST = fileURLToPath(new URL("../dist/", import.meta.url))

/** The HTML of a built page by its path (`/guides/x/` → dist/guides/x/index.html). */
export const page = (path: string): string => {
  const file = `${DIST}${path.replace(/^\//, "")}index.html`
  if (!existsSync(file)) throw new Error(`no built page for ${path} (${file}); run the site's build first`)
  return readFileSync(file, "utf8")
}

/** HTML text as a browser shows it, for the few entities Astro writes. */
export const htmlText = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")

/** The quoted clauses on a page: the text of each `<blockquote lang="zh-CN"><p>…</p>`. */
export const quotesOn = (html: string): ReadonlyArray<string> =>
  [...html.matchAll(/<blockquote lang="zh-CN"[^>]*>\s*<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
    htmlText(m[1] ?? ""),
  )
