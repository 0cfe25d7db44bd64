/** Liveness and readiness for load balancers and orchestrators. */
import * as Database from "@zhicheng/db/Database"
import * as ErrorKind from "@zhicheng/domain/ErrorKind"
import { Effect, Schema } from "effect"
import { endpoint } from "../Endpoint.ts"

/**
 * The process should get no new work (503 `not-ready`): it is draining for shutdown, or its
 * database cannot be written. The driver's reason is kept in `cause` for the log, not the answer.
 */
export class NotReady extends Schema.TaggedError<NotReady>()(
  "NotReady",
  {
    reason: Schema.Literal("draining", "database-not-writable"),
    message: Schema.String,
    cause: Schema.optional(Schema.Defect),
  },
  ErrorKind.unavailable,
) {}

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
    // 503 `not-ready` while draining, and while the database cannot be written (read-only file,
    // full disk, database down): the check commits a one-row write, as reading alone would pass a
    // database that refuses every change.
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
        if (!ready())
          return yield* new NotReady({
            reason: "draining",
            message: "The server is shutting down; send new work to another instance.",
          })
        yield* Database.writeProbe.pipe(
          Effect.mapError(
            (cause) =>
              new NotReady({
                reason: "database-not-writable",
                message:
                  "The database cannot be written (read-only, full or unreachable); see the server log.",
                cause,
              }),
          ),
        )
        return { status: "ready" as const }
      }),
  }),
]
