/** Liveness and readiness for load balancers and orchestrators. */
import { SqlClient } from "@effect/sql"
import { Effect, Schema } from "effect"
import { endpoint } from "../Endpoint.ts"

export const health = (ready: () => boolean) => [
  endpoint({
    method: "get",
    path: "/healthz",
    operationId: "healthz",
    summary: "The process is alive",
    tag: "health",
    roles: "public",
    unlimited: true,
    response: { status: 200, description: "Alive", schema: Schema.Struct({ status: Schema.Literal("ok") }) },
    problems: [],
    handler: () => Effect.succeed({ status: "ok" as const }),
  }),
  endpoint({
    method: "get",
    path: "/readyz",
    operationId: "readyz",
    summary: "The process accepts work: the database answers and it is not shutting down",
    tag: "health",
    roles: "public",
    unlimited: true,
    response: {
      status: 200,
      description: "Ready",
      schema: Schema.Struct({ status: Schema.Literal("ready") }),
    },
    problems: [503],
    handler: () =>
      Effect.gen(function* () {
        if (!ready()) return yield* Effect.interrupt
        const sql = yield* SqlClient.SqlClient
        yield* sql`SELECT 1`.pipe(Effect.orDie)
        return { status: "ready" as const }
      }),
  }),
]
