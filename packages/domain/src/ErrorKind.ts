/**
 * What kind of failure an expected error is, declared on the error class itself, so an app turns a
 * kind into an HTTP status or a screen message in one place and a new error cannot fall through a
 * table (as @effect/platform's `HttpApiSchema.annotations({ status })` does):
 *
 *   export class NoticeClosed extends Schema.TaggedError<NoticeClosed>()("NoticeClosed", {
 *     message: Schema.String,
 *   }, ErrorKind.conflict) {}
 *
 * test/ErrorKind.test.ts fails when an exported tagged error of the domain declares no kind.
 */
import { Option, SchemaAST } from "effect"

/**
 * - `invalid`: the input breaks a rule of form or names what is not there (API 422).
 * - `not-found`: the thing asked about does not exist, or is not shown to this caller (404).
 * - `conflict`: refused by a rule or by the record's state, with the clause where one applies (409).
 * - `forbidden`: this caller may not do this (403).
 * - `too-large`: more than the operation takes (413).
 * - `unavailable`: not now; retry later (503).
 * - `internal`: a fault of the server's own (configuration, data), never the caller's (500).
 */
export type Kind =
  | "invalid"
  | "not-found"
  | "conflict"
  | "forbidden"
  | "too-large"
  | "unavailable"
  | "internal"

export const KINDS: ReadonlyArray<Kind> = [
  "invalid",
  "not-found",
  "conflict",
  "forbidden",
  "too-large",
  "unavailable",
  "internal",
]

/** The annotation key. */
export const KindId: unique symbol = /* @__PURE__ */ Symbol.for("zhicheng/ErrorKind")

/** The class annotation declaring `kind` (the third argument of `Schema.TaggedError()(…)`). */
export const annotation = (kind: Kind): { readonly [KindId]: Kind } => ({ [KindId]: kind })

// Marked pure, so a bundle that imports a module with error classes but uses none of them (a page
// running the pure work calendar) drops the annotations with the classes.
export const invalid = /* @__PURE__ */ annotation("invalid")
export const notFound = /* @__PURE__ */ annotation("not-found")
export const conflict = /* @__PURE__ */ annotation("conflict")
export const forbidden = /* @__PURE__ */ annotation("forbidden")
export const tooLarge = /* @__PURE__ */ annotation("too-large")
export const unavailable = /* @__PURE__ */ annotation("unavailable")
export const internal = /* @__PURE__ */ annotation("internal")

const fromAst = (ast: SchemaAST.AST): Kind | undefined => {
  const own = Option.getOrUndefined(SchemaAST.getAnnotation<Kind>(ast, KindId))
  if (own !== undefined) return own
  // A class's annotations sit on the declaration side of its transformation.
  return SchemaAST.isTransformation(ast) ? fromAst(ast.to) : undefined
}

/** The kind a schema class declares (an error class such as `NoticeClosed`), if any. */
export const ofClass = (cls: unknown): Kind | undefined => {
  const ast = (cls as { readonly ast?: unknown } | null | undefined)?.ast
  return typeof ast === "object" && ast !== null && "_tag" in ast ? fromAst(ast as SchemaAST.AST) : undefined
}

/** The kind of an error value, from its class; undefined for anything that declares none. */
export const of = (error: unknown): Kind | undefined =>
  typeof error === "object" && error !== null
    ? ofClass((error as { constructor?: unknown }).constructor)
    : undefined
