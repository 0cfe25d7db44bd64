/**
 * The application: its layer (database, repositories, domain services), its endpoints, and the
 * Hono app with the OpenAPI document and reference page. main.ts and the tests both build it here.
 */

import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import type * as Database from "@zhicheng/db/Database"
import * as Services from "@zhicheng/db/Services"
import { RULES_VERSION } from "@zhicheng/domain/Registry"
import { Layer, ManagedRuntime, Redacted } from "effect"
import type { Hono } from "hono"
import type { Endpoint } from "./Endpoint.ts"
import * as OpenApi from "./OpenApi.ts"
import { applications } from "./routes/applications.ts"
import { audit } from "./routes/audit.ts"
import { calendar } from "./routes/calendar.ts"
import { certificates } from "./routes/certificates.ts"
import { eligibility } from "./routes/eligibility.ts"
import { health } from "./routes/health.ts"
import { me } from "./routes/me.ts"
import { pilotUnits } from "./routes/pilotUnits.ts"
import { policies } from "./routes/policies.ts"
import { publicity } from "./routes/publicity.ts"
import { rosters } from "./routes/rosters.ts"
import { training } from "./routes/training.ts"
import type { Secrets } from "./Secrets.ts"
import { createApp, defaultOptions, type Options } from "./Server.ts"
import { mountSite } from "./Site.ts"
import * as TrainingClock from "./TrainingClock.ts"

/** Everything the handlers need (`Services.layer`), over a database layer and the server's secrets. */
export const appLayer = (database: Layer.Layer<Database.Services>, secrets: Secrets) =>
  Services.layer(database, {
    idHmacKey: Redacted.make(secrets.idHmacKey),
    idSealKey: Redacted.make(secrets.idSealKey),
    idSealPreviousKeys: (secrets.idSealPreviousKeys ?? []).map(Redacted.make),
  })

/** The endpoints; the training clock's only with a training clock (demo mode). */
export const endpoints = (
  ready: () => boolean,
  clock?: TrainingClock.TrainingClock,
): ReadonlyArray<Endpoint> => [
  ...health(ready),
  ...me,
  ...policies,
  ...eligibility,
  ...calendar,
  ...pilotUnits,
  ...rosters,
  ...applications,
  ...publicity,
  ...certificates,
  ...audit,
  ...(clock === undefined ? [] : training(clock)),
]

/** The interactive reference: Swagger UI from the npm package, served locally (no CDN). */
const swaggerDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"))
const swaggerAsset = (name: string) => readFileSync(join(swaggerDir, name))
const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Zhicheng API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body></html>`
const docsInit = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true, tryItOutEnabled: true, persistAuthorization: true });`

export interface Built {
  readonly app: Hono
  readonly runtime: ManagedRuntime.ManagedRuntime<any, never>
  readonly openapi: ReturnType<typeof OpenApi.document>
}

/**
 * Builds the runtime and the Hono app over a database layer. With a `trainingClock` (demo mode)
 * the API runs on it: the training routes are registered and every response names the training day.
 */
export const build = (
  database: Layer.Layer<Database.Services>,
  secrets: Secrets,
  options: Options = defaultOptions,
  trainingClock?: TrainingClock.TrainingClock,
): Built => {
  const layer = trainingClock === undefined ? database : Layer.merge(database, Layer.setClock(trainingClock))
  const runtime = ManagedRuntime.make(appLayer(layer, secrets))
  const eps = endpoints(options.ready ?? (() => true), trainingClock)
  const app = createApp(
    runtime,
    eps,
    trainingClock === undefined
      ? options
      : { ...options, trainingDay: () => TrainingClock.trainingDay(trainingClock) },
  )
  const openapi = OpenApi.document(eps, { version: RULES_VERSION }, OpenApi.recordedExamples())
  const openapiText = JSON.stringify(openapi)
  app.get("/api/openapi.json", (c) =>
    c.body(openapiText, 200, { "content-type": "application/json; charset=utf-8" }),
  )
  app.get("/api/docs", (c) => c.html(docsPage))
  const css = swaggerAsset("swagger-ui.css")
  const bundle = swaggerAsset("swagger-ui-bundle.js")
  const asset = (body: Buffer, type: string) => () =>
    new Response(new Uint8Array(body), {
      headers: { "content-type": type, "cache-control": "public, max-age=86400" },
    })
  app.get("/api/docs/swagger-ui.css", asset(css, "text/css; charset=utf-8"))
  app.get("/api/docs/swagger-ui-bundle.js", asset(bundle, "text/javascript; charset=utf-8"))
  app.get("/api/docs/init.js", (c) =>
    c.body(docsInit, 200, { "content-type": "text/javascript; charset=utf-8" }),
  )
  mountSite(app, { log: options.log })
  return { app, runtime, openapi }
}
