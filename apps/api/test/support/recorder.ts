/**
 * Records real requests and responses as the OpenAPI document's examples. When
 * ZHICHENG_RECORD_EXAMPLES names a folder, every successful call a test makes through
 * `startTestApi`'s fetch is written there as `<operationId>.json` (the first call per operation
 * wins); `node scripts/examples.ts` then gathers the folder into apps/api/examples.json, which
 * OpenApi.ts adds to the document and test/Examples.test.ts checks against the endpoints' schemas.
 * Off (the default), it does nothing.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { endpoints } from "../../src/App.ts"
import type { Example } from "../../src/OpenApi.ts"
import * as TrainingClock from "../../src/TrainingClock.ts"

const dir = process.env.ZHICHENG_RECORD_EXAMPLES

const routes = endpoints(() => true, TrainingClock.make()).map((e) => ({
  method: e.method.toUpperCase(),
  operationId: e.operationId,
  names: [...e.path.matchAll(/:(\w+)/g)].map((m) => m[1] as string),
  // Literal segments first: `/certificates/verify-qr` before `/certificates/:number`.
  literal: e.path.split("/").filter((s) => !s.startsWith(":")).length,
  pattern: new RegExp(`^${e.path.replace(/:(\w+)/g, "([^/]+)")}$`),
}))
routes.sort((a, b) => b.literal - a.literal)

const TEXT = /json|text|csv|ndjson|html/
const MAX_TEXT = 4000
/** Bodies larger than this are not recorded (a test's flood of bytes): reading stops and is cancelled. */
const MAX_BYTES = 2 * 1024 * 1024

/** The bytes of a body, at most MAX_BYTES (undefined when larger). */
const bytesOf = async (body: ReadableStream<Uint8Array> | null): Promise<Uint8Array | undefined> => {
  if (body === null) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Array<Uint8Array> = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > MAX_BYTES) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  const all = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    all.set(c, at)
    at += c.byteLength
  }
  return all
}

const bodyOf = async (media: string, message: Request | Response) => {
  const bytes = await bytesOf(message.body)
  if (bytes === undefined || bytes.byteLength === 0) return undefined
  if (!TEXT.test(media)) return { bytes: bytes.byteLength }
  const text = new TextDecoder().decode(bytes)
  if (media.includes("json") && !media.includes("ndjson")) return { value: JSON.parse(text) as unknown }
  return { value: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text }
}

export const recording = dir !== undefined && dir !== ""

/** Records one call; `request` must be unread (pass a clone). */
export const record = async (request: Request, response: Response): Promise<void> => {
  // Only successes, as sent (not compressed bytes, not HEAD's empty body).
  if (!recording || response.status >= 300 || request.method === "HEAD") return
  if (response.headers.has("content-encoding")) return
  const url = new URL(request.url)
  const route = routes.find((r) => r.method === request.method && r.pattern.test(url.pathname))
  if (route === undefined) return
  const match = route.pattern.exec(url.pathname) as RegExpExecArray
  const requestMedia = (request.headers.get("content-type") ?? "").split(";")[0] as string
  const responseMedia = (response.headers.get("content-type") ?? "").split(";")[0] as string
  const requestBody = requestMedia === "" ? undefined : await bodyOf(requestMedia, request)
  const responseBody = responseMedia === "" ? undefined : await bodyOf(responseMedia, response)
  const example: Example = {
    request: {
      path: url.pathname,
      params: Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1] as string)])),
      query: Object.fromEntries(url.searchParams),
      ...(requestBody === undefined ? {} : { media: requestMedia, ...requestBody }),
    },
    response: {
      status: response.status,
      ...(responseBody === undefined ? {} : { media: responseMedia, ...responseBody }),
    },
  }
  try {
    writeFileSync(join(dir as string, `${route.operationId}.json`), `${JSON.stringify(example, null, 2)}\n`, {
      flag: "wx",
    })
  } catch (e) {
    if ((e as { code?: string }).code !== "EEXIST") throw e
  }
}
