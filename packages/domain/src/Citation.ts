/**
 * Where a rule comes from. Every condition, track, quota and calendar computation carries one, and
 * every answer the system gives names it.
 */
// Schema from its own module, not the `effect` index, and every top-level call marked pure: a
// bundler can then drop these schemas from a page that uses only the functions (issue #10).
import * as Schema from "effect/Schema"

/** Plain-language text in the two languages the system speaks. */
export const Plain = /* @__PURE__ */ Schema.Struct({
  zh: /* @__PURE__ */ Schema.String.pipe(/* @__PURE__ */ Schema.minLength(1)),
  en: /* @__PURE__ */ Schema.String.pipe(/* @__PURE__ */ Schema.minLength(1)),
}).annotations({ identifier: "Plain" })
export type Plain = typeof Plain.Type

/**
 * A pointer into an authoritative text: the registry id of the document, the file under
 * `shared/policy-sources/` when it is one of the five, the article or item as the document numbers
 * it, and the quoted Chinese text (verbatim; a test checks it against the source file).
 */
export const Citation = /* @__PURE__ */ Schema.Struct({
  document: /* @__PURE__ */ Schema.String.pipe(/* @__PURE__ */ Schema.minLength(1)),
  source: /* @__PURE__ */ Schema.optional(Schema.String),
  article: /* @__PURE__ */ Schema.String.pipe(/* @__PURE__ */ Schema.minLength(1)),
  quote: /* @__PURE__ */ Schema.String.pipe(/* @__PURE__ */ Schema.minLength(1)),
}).annotations({ identifier: "Citation" })
export type Citation = typeof Citation.Type

/** Documents that are cited but are not among the five sources (statutes, project rulings). */
export const CIVIL_CODE = "civil-code"
export const DOMAIN_RULINGS = "zhicheng-rulings"

/** One-line human form: `002_fd50… 附件1 二(二)1 「获得硕士学位…」`. */
export const format = (c: Citation): string => `${c.source ?? c.document} ${c.article} 「${c.quote}」`
