/**
 * The audit trail, for administrators: its entries page by page, and a verification of the whole
 * hash chain (an edited, removed or inserted entry is named by its sequence number).
 */
import { AuditEntry, AuditLog, verify } from "@zhicheng/domain/Audit"
import { Effect, Schema } from "effect"
import { endpoint } from "../Endpoint.ts"

const TAG = "audit"
const Int = (min: number, max: number) => Schema.NumberFromString.pipe(Schema.int(), Schema.between(min, max))

/** Largest page. */
export const MAX_LIMIT = 500
const DEFAULT_LIMIT = 100

const Page = Schema.Struct({
  entries: Schema.Array(AuditEntry),
  /** Pass as `after` for the next page; absent on the last page. */
  next: Schema.optional(Schema.Int),
}).annotations({ identifier: "AuditPage" })

export const audit = [
  endpoint({
    method: "get",
    path: "/api/v1/audit/verify",
    operationId: "verifyAuditChain",
    summary:
      "Verify the audit trail's hash chain: its length and head hash, or 409 naming the first broken entry",
    tag: TAG,
    roles: ["admin"],
    response: {
      status: 200,
      description: "The chain is intact",
      schema: Schema.Struct({ count: Schema.Int, head: Schema.String }).annotations({
        identifier: "AuditChainHead",
      }),
    },
    problems: [409],
    handler: () => Effect.flatMap(AuditLog, (log) => Effect.flatMap(log.all, verify)),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/audit",
    operationId: "listAuditEntries",
    summary: "Audit entries in order, paged by sequence number",
    description: `Entries with \`seq\` greater than \`after\` (default 0), at most \`limit\` (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}).`,
    tag: TAG,
    roles: ["admin"],
    query: Schema.Struct({
      after: Schema.optional(Int(0, Number.MAX_SAFE_INTEGER)),
      limit: Schema.optional(Int(1, MAX_LIMIT)),
    }),
    response: { status: 200, description: "One page of entries", schema: Page },
    problems: [422],
    handler: ({ query }) =>
      Effect.gen(function* () {
        const log = yield* AuditLog
        const after = query.after ?? 0
        const limit = query.limit ?? DEFAULT_LIMIT
        // One row more than asked tells whether there is a next page.
        const rest = yield* log.page(after, limit + 1)
        const entries = rest.slice(0, limit)
        const last = entries[entries.length - 1]
        return rest.length > limit && last !== undefined ? { entries, next: last.seq } : { entries }
      }),
  }),
]
