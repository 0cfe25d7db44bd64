/**
 * The application: its layer (database, repositories, domain services), its endpoints, and the
 * Hono app with the OpenAPI document and reference page. main.ts and the tests both build it here.
 */
import { ApplicationsSql } from "@zhicheng/db/ApplicationsSql"
import { AuditLogSql } from "@zhicheng/db/AuditLogSql"
import type * as Database from "@zhicheng/db/Database"
import { PilotUnitsSql } from "@zhicheng/db/PilotUnitsSql"
import { PublicitySql } from "@zhicheng/db/PublicitySql"
import { RostersSql } from "@zhicheng/db/RostersSql"
import { Applications, IdHmac } from "@zhicheng/domain/Applications"
import { Eligibility } from "@zhicheng/domain/Eligibility"
import { Publicity } from "@zhicheng/domain/Publicity"
import { RULES_VERSION } from "@zhicheng/domain/Registry"
import { IdSealer } from "@zhicheng/domain/Rosters"
import { WorkCalendar } from "@zhicheng/domain/WorkCalendar"
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
import { pilotUnits } from "./routes/pilotUnits.ts"
import { policies } from "./routes/policies.ts"
import { publicity } from "./routes/publicity.ts"
import { rosters } from "./routes/rosters.ts"
import type { Secrets } from "./Secrets.ts"
import { createApp, defaultOptions, type Options } from "./Server.ts"

/** Everything the handlers need, over a database layer and the server's secrets. */
export const appLayer = (database: Layer.Layer<Database.Services>, secrets: Secrets) => {
  const keys = Layer.mergeAll(
    IdHmac.fromKey(Redacted.make(secrets.idHmacKey)),
    IdSealer.fromKey(Redacted.make(secrets.idSealKey)),
  )
  const repositories = Layer.mergeAll(AuditLogSql, ApplicationsSql, PublicitySql, PilotUnitsSql, RostersSql)
  const base = Layer.mergeAll(repositories, keys, WorkCalendar.Default, Eligibility.Default).pipe(
    Layer.provideMerge(database),
  )
  const publicityService = Publicity.Default.pipe(Layer.provideMerge(base))
  return Applications.Default.pipe(Layer.provideMerge(publicityService))
}

export const endpoints = (ready: () => boolean): ReadonlyArray<Endpoint> => [
  ...health(ready),
  ...policies,
  ...eligibility,
  ...calendar,
  ...pilotUnits,
  ...rosters,
  ...applications,
  ...publicity,
  ...certificates,
  ...audit,
]

const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Zhicheng API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><div id="app"></div>
<script type="module">
const spec = await (await fetch("/api/openapi.json")).json();
const el = document.getElementById("app");
const esc = (s) => String(s ?? "").replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]);
let html = "<h1>" + esc(spec.info.title) + " " + esc(spec.info.version) + "</h1><p>" + esc(spec.info.description) + "</p>";
for (const [path, ops] of Object.entries(spec.paths)) for (const [method, op] of Object.entries(ops)) {
  html += "<details><summary><code>" + method.toUpperCase() + " " + esc(path) + "</code> — " + esc(op.summary) + " <small>(" + esc(op["x-roles"].join(", ")) + ")</small></summary>";
  html += "<p>" + esc(op.description) + "</p><pre>" + esc(JSON.stringify({ parameters: op.parameters, requestBody: op.requestBody, responses: Object.keys(op.responses) }, null, 2)) + "</pre>";
  html += "<form data-method='" + method + "' data-path='" + esc(path) + "'><textarea name=body rows=4 cols=80 placeholder='JSON body'></textarea><br><input name=key placeholder='API key (optional)'> <button>Try</button><pre class=out></pre></form></details>";
}
el.innerHTML = html;
el.addEventListener("submit", async (e) => {
  e.preventDefault(); const f = e.target; const body = f.body.value.trim();
  const path = prompt("Path with parameters filled in", f.dataset.path); if (!path) return;
  const res = await fetch(path, { method: f.dataset.method.toUpperCase(), headers: { ...(body ? { "content-type": "application/json" } : {}), ...(f.key.value ? { authorization: "Bearer " + f.key.value } : {}) }, body: body || undefined });
  f.querySelector(".out").textContent = res.status + "\\n" + await res.text();
});
</script></body></html>`

export interface Built {
  readonly app: Hono
  readonly runtime: ManagedRuntime.ManagedRuntime<any, never>
  readonly openapi: ReturnType<typeof OpenApi.document>
}

/** Builds the runtime and the Hono app over a database layer. */
export const build = (
  database: Layer.Layer<Database.Services>,
  secrets: Secrets,
  options: Options = defaultOptions,
): Built => {
  const runtime = ManagedRuntime.make(appLayer(database, secrets))
  const eps = endpoints(options.ready ?? (() => true))
  const app = createApp(runtime, eps, options)
  const openapi = OpenApi.document(eps, { version: RULES_VERSION })
  const openapiText = JSON.stringify(openapi)
  app.get("/api/openapi.json", (c) =>
    c.body(openapiText, 200, { "content-type": "application/json; charset=utf-8" }),
  )
  app.get("/api/docs", (c) => c.html(docsPage))
  return { app, runtime, openapi }
}
