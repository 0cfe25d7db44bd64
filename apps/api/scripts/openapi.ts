/**
 * Writes the OpenAPI document (openapi.json) and the typed client paths generated from it
 * (packages/client/src/api.ts, by openapi-typescript), or with --check fails when either is stale.
 * The API tests, the site and the counter call the server through @zhicheng/client, typed by that
 * file, so the document cannot drift from the server unnoticed.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { RULES_VERSION } from "@zhicheng/domain/Registry"
import { Layer } from "effect"
import openapiTS, { astToString } from "openapi-typescript"
import { endpoints } from "../src/App.ts"
import * as OpenApi from "../src/OpenApi.ts"
import * as TrainingClock from "../src/TrainingClock.ts"

void Layer
const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const docPath = join(root, "openapi.json")
const typesPath = join(root, "..", "..", "packages", "client", "src", "api.ts")

const doc = OpenApi.document(
  // The document describes the demo's training routes too (each says it is demo-only).
  endpoints(() => true, TrainingClock.make()),
  { version: RULES_VERSION },
  OpenApi.recordedExamples(),
)
const docText = `${JSON.stringify(doc, null, 2)}\n`
const ast = await openapiTS(JSON.parse(docText))
const typesText = `// Generated from openapi.json by apps/api/scripts/openapi.ts — do not edit.\n${astToString(ast)}`

const read = (p: string) => {
  try {
    return readFileSync(p, "utf8")
  } catch {
    return undefined
  }
}
if (process.argv.includes("--check")) {
  const stale = [
    [docPath, docText],
    [typesPath, typesText],
  ].filter(([p, t]) => read(p as string) !== t)
  if (stale.length > 0) {
    console.error(
      `OpenAPI document or generated client out of date: ${stale.map(([p]) => p).join(", ")}\nrun: ./zc pnpm --filter @zhicheng/api openapi`,
    )
    process.exit(1)
  }
  console.log("openapi.json and the generated client are up to date")
} else {
  writeFileSync(docPath, docText)
  writeFileSync(typesPath, typesText)
  console.log(`wrote ${docPath} and ${typesPath}`)
}
