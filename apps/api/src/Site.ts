/**
 * Serves the public site (apps/site, built by Astro into apps/site/dist) at `/` on the API's own
 * origin, so one URL serves everything and the site's forms and scripts call the API without CORS.
 *
 * GET and HEAD only; `/api/*` is never answered here (an unknown API path stays a problem+json 404).
 * Paths are decoded, normalised and must stay inside the build directory (no traversal, no dotfiles);
 * `/guides/x` redirects to `/guides/x/` when that is a directory; a missing page gets the site's own
 * 404 page (the English one under `/en/`). Hashed assets (`/_astro/`, pagefind fragments) are cached
 * for a year as immutable; everything else is revalidated on each use (`no-cache` with ETag).
 * When the build is absent the site is not mounted and one log line says how to build it.
 */
import { createHash } from "node:crypto"
import { existsSync } from "node:fs"
import { readFile, stat } from "node:fs/promises"
import { extname, join, normalize, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"
import type { Context, Hono } from "hono"

/** apps/site/dist, next to this app in the workspace. */
export const defaultSiteDir = fileURLToPath(new URL("../../site/dist/", import.meta.url))

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  // pagefind's index fragments and metadata (binary, gzip-compressed by pagefind itself)
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pagefind": "application/octet-stream",
}

/** The content type of a file by its extension; unknown extensions are served as bytes. */
export const contentType = (path: string): string =>
  TYPES[extname(path).toLowerCase()] ?? "application/octet-stream"

const IMMUTABLE = "public, max-age=31536000, immutable"

/**
 * The site's pages run only their own scripts (bundled files, and the build's own inline scripts
 * allowed one by one by hash: the large-text switch in every page's head, which must run before the
 * first paint), talk only to this origin, and cannot be framed. Styles are inlined by the build,
 * hence 'unsafe-inline' for style only; pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
 */
export const siteCsp = (inlineScripts: ReadonlyArray<string> = []): string =>
  [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${inlineScripts.map((s) => ` 'sha256-${createHash("sha256").update(s).digest("base64")}'`).join("")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ")

/** The executable inline scripts of a page (not its JSON data blocks), as the browser hashes them: each page is sent with a policy naming its own. */
export const inlineScripts = (html: string): ReadonlyArray<string> =>
  [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ]
    .map((m) => m[1] ?? "")
    .filter((s) => s !== "")

/** Hashed file names never change content: Astro's `_astro/` and pagefind's fragments and indexes. */
const cacheControl = (urlPath: string): string =>
  urlPath.startsWith("/_astro/") || (urlPath.startsWith("/pagefind/") && /\/(fragment|index)\//.test(urlPath))
    ? IMMUTABLE
    : "no-cache"

/**
 * The file a URL path names inside `root`, or undefined when the path is malformed, escapes the root
 * or names a hidden file. Exported for tests.
 */
export const resolveInside = (root: string, urlPath: string): string | undefined => {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined
  const relative = normalize(decoded).replace(/^(\.\.(\/|$))+/, "")
  if (relative.split("/").some((part) => part.startsWith("."))) return undefined
  const full = resolve(root, `.${relative.startsWith("/") ? relative : `/${relative}`}`)
  const base = resolve(root)
  return full === base || full.startsWith(base + sep) ? full : undefined
}

const isFile = async (p: string): Promise<"file" | "dir" | undefined> => {
  try {
    const s = await stat(p)
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : undefined
  } catch {
    return undefined
  }
}

export interface SiteOptions {
  readonly dir?: string
  readonly log?: (line: Record<string, unknown>) => void
}

/** The missing build is said once per process, not once per app a test builds. */
let warned = false

/** Mounts the built site on `app` (after the API's routes). Returns whether a build was found. */
export const mountSite = (app: Hono, options: SiteOptions = {}): boolean => {
  const root = resolve(options.dir ?? defaultSiteDir)
  if (!existsSync(join(root, "index.html"))) {
    if (warned) return false
    warned = true
    options.log?.({
      level: "warn",
      msg: `public site not served: no build at ${root} (run \`./zc pnpm --filter @zhicheng/site build\`)`,
    })
    return false
  }

  const send = async (c: Context, file: string, status: 200 | 404, cache: string) => {
    const body = await readFile(file)
    const etag = `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`
    const type = contentType(file)
    const headers: Record<string, string> = {
      "content-type": type,
      "cache-control": cache,
      etag,
      "x-content-type-options": "nosniff",
      ...(type.startsWith("text/html")
        ? {
            "content-security-policy": siteCsp(inlineScripts(body.toString("utf8"))),
            "referrer-policy": "same-origin",
          }
        : {}),
    }
    if (status === 200 && c.req.header("if-none-match") === etag) return c.body(null, 304, headers)
    return c.req.method === "HEAD"
      ? c.body(null, status, headers)
      : c.body(new Uint8Array(body), status, headers)
  }

  const notFound = async (c: Context) => {
    const en = c.req.path === "/en" || c.req.path.startsWith("/en/")
    const pages = en ? ["en/404.html", "en/404/index.html", "404.html"] : ["404.html"]
    for (const page of pages.map((p) => join(root, p)))
      if ((await isFile(page)) === "file") return send(c, page, 404, "no-cache")
    return c.text("Not Found", 404)
  }

  // The verification form without JavaScript: a GET form cannot put the number into a path, so its
  // action lands here and goes on to the API's own check page for that number.
  app.get("/verify/go", (c) => {
    const number = (c.req.query("number") ?? "").trim()
    const name = c.req.query("name") ?? ""
    if (number === "") return c.redirect("/verify/", 303)
    return c.redirect(`/v/${encodeURIComponent(number)}?name=${encodeURIComponent(name)}`, 303)
  })

  app.on(["GET", "HEAD"], "*", async (c, next) => {
    const path = c.req.path
    if (path === "/api" || path.startsWith("/api/")) return next()
    const file = resolveInside(root, path)
    if (file === undefined) return notFound(c)
    const kind = await isFile(file)
    if (kind === "file") return send(c, file, 200, cacheControl(path))
    if (kind === "dir") {
      if (!path.endsWith("/")) {
        const query = new URL(c.req.url).search
        return c.redirect(`${path}/${query}`, 301)
      }
      const index = join(file, "index.html")
      if ((await isFile(index)) === "file") return send(c, index, 200, "no-cache")
    }
    return notFound(c)
  })
  return true
}
