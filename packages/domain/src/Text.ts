/**
 * Text that people type and the system stores, lists and prints: the one place that says what a
 * text field may contain (`SafeText`) and what a person's name may be (`PersonName`).
 *
 * Why: a NUL (U+0000) stored on SQLite came back cut short (the driver reads C strings) and broke
 * every list it was on; PostgreSQL refuses it in TEXT at all. Control characters, bidirectional
 * overrides (which reorder what a reader sees, "Trojan Source") and unpaired surrogates (broken
 * UTF-16 that no encoder can write) have no place in a name, a reason or an address. So input is
 * refused at the schema — a 422 naming the field — and what was stored before these rules is still
 * read (`stored`), shown with U+FFFD where a character is unsafe, never a 500.
 *
 * Both schemas are transformations from string to string: decoding input normalises it (NFC, trims,
 * and for names the middle-dot look-alikes) and refuses what breaks the rules; encoding is the
 * identity and checks nothing, so a value stored before the rules can always be sent back.
 */

import { type FastCheck, ParseResult, Schema, SchemaAST } from "effect"
import type { Citation } from "./Citation.ts"
import { DOMAIN_RULINGS } from "./Citation.ts"

/** Marks a text rule's transformation, so that `stored` can find and relax it. */
export const TextRuleId: unique symbol = Symbol.for("zhicheng/Text/rule")

/** The project's ruling on names (issue 8.5), cited by refusals to print. */
export const NAME_RULING: Citation = {
  document: DOMAIN_RULINGS,
  article: "Personal data and certificates — names",
  quote:
    "a name is kept as written in China (Chinese characters including CJK Extension B, the middle dot of transliterated names, Latin letters for foreign names), normalised to NFC, and never printed differently from the one stored",
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`

/** Why a code point is unsafe in any text, or undefined. `multiline` allows U+000A (line feed). */
const unsafeKind = (cp: number, multiline: boolean): string | undefined => {
  if (cp === 0x0a) return multiline ? undefined : "a line break (this field is a single line)"
  if (cp <= 0x1f || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f)) return "a control character"
  if (cp >= 0xd800 && cp <= 0xdfff) return "an unpaired surrogate (broken UTF-16)"
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
    return "a bidirectional override or isolate (it reorders what a reader sees)"
  if (cp === 0x2028 || cp === 0x2029)
    return multiline ? undefined : "a line break (this field is a single line)"
  return undefined
}

/** Every character `unsafeKind` may refuse, unpaired surrogates included (no `u` flag: code units). */
const MAYBE_UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for.
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * The first character of `s` that no text field may hold, with why, or undefined when there is
 * none. Iterates by code point, so a lone surrogate is seen as one.
 */
export const findUnsafe = (
  s: string,
  multiline = false,
): { readonly char: string; readonly at: number; readonly why: string } | undefined => {
  // Fast path: most text holds none of them (one scan instead of a loop over code points).
  if (!MAYBE_UNSAFE.test(s)) return undefined
  let at = 0
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number
    const why = unsafeKind(cp, multiline)
    if (why !== undefined) return { char: ch, at, why: `${why}, ${hex(cp)}` }
    at++
  }
  return undefined
}

/**
 * Whether a stored character is unsafe to show: what `findUnsafe` refuses in a multi-line field,
 * except the tab and the carriage return, which text stored before the rules may hold harmlessly.
 */
const unsafeStored = (cp: number): boolean => cp !== 0x09 && cp !== 0x0d && unsafeKind(cp, true) !== undefined

/**
 * The code points that `shown` replaces, but for the surrogates (a database cannot hold a lone one:
 * drivers encode it as U+FFFD): for the repair of stored rows in SQL (migration 0010).
 */
export const UNSAFE_STORED_CODE_POINTS: ReadonlyArray<number> = Array.from(
  { length: 0x2070 },
  (_, cp) => cp,
).filter((cp) => (cp < 0xd800 || cp > 0xdfff) && unsafeStored(cp))

/**
 * `s` with every unsafe character (a control but the tab and line breaks, a bidirectional override
 * or isolate, an unpaired surrogate) replaced by U+FFFD: how a value stored before the rules is
 * shown, and what migration 0010 writes back. The replacement stays visible, so a clerk sees that
 * something was there; it is never silently dropped.
 */
export const shown = (s: string): string => {
  let out = ""
  for (const ch of s) out += unsafeStored(ch.codePointAt(0) as number) ? "\uFFFD" : ch
  return out
}

/** Length in code points (what a person counts: 𠮷 is one character, not two UTF-16 units). */
export const codePoints = (s: string): number => {
  let n = 0
  for (const _ of s) n++
  return n
}

/** A rule's decode: normalise, then refuse with a message (the field is named by the schema path). */
const rule = (
  name: string,
  check: (s: string) => { readonly value: string } | { readonly refused: string },
  jsonSchema: object,
  samples: (fc: typeof FastCheck) => FastCheck.Arbitrary<string>,
) =>
  Schema.transformOrFail(Schema.String, Schema.String, {
    strict: true,
    decode: (s, _, ast) => {
      const r = check(s)
      return "value" in r
        ? ParseResult.succeed(r.value)
        : ParseResult.fail(new ParseResult.Type(ast, s, r.refused))
    },
    encode: ParseResult.succeed,
  }).annotations({
    [TextRuleId]: name,
    jsonSchema,
    // Generated values (property tests, fuzzing) are ones the rule accepts unchanged.
    arbitrary: () => (fc) =>
      samples(fc).filter((s) => {
        const r = check(s)
        return "value" in r && r.value === s
      }),
  })

export interface SafeTextOptions {
  /** At most this many characters (code points), counted after normalisation. */
  readonly maxLength: number
  /** Line breaks allowed (CR LF and CR become LF). Default: a single line. */
  readonly multiline?: boolean
  /** The empty string (after trimming) is accepted. Default: refused. */
  readonly allowEmpty?: boolean
}

/**
 * Free text a person types — a reason, a note, an address, a unit's name: NFC, trimmed, not empty
 * (unless `allowEmpty`), at most `maxLength` characters, no control characters (line feed only
 * where `multiline`), no bidirectional overrides or isolates, no unpaired surrogates.
 *
 * @example
 * const Body = Schema.Struct({ reason: SafeText({ maxLength: 2000, multiline: true }) })
 */
export const SafeText = (options: SafeTextOptions) => {
  const { maxLength, multiline = false, allowEmpty = false } = options
  return rule(
    multiline ? "SafeText(multiline)" : "SafeText",
    (input) => {
      const unsafe = findUnsafe(multiline ? input.replace(/\r\n?/g, "\n") : input, multiline)
      if (unsafe !== undefined)
        return { refused: `must not contain ${unsafe.why} (character ${unsafe.at + 1})` }
      const value = (multiline ? input.replace(/\r\n?/g, "\n") : input).normalize("NFC").trim()
      if (value === "" && !allowEmpty) return { refused: "must not be empty" }
      const n = codePoints(value)
      if (n > maxLength) return { refused: `must be at most ${maxLength} characters (got ${n})` }
      return { value }
    },
    {
      type: "string",
      ...(allowEmpty ? {} : { minLength: 1 }),
      maxLength,
      description: `Text of at most ${maxLength} characters, ${multiline ? "line breaks allowed" : "one line"}; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed).`,
    },
    (fc) => fc.string({ minLength: allowEmpty ? 0 : 1, maxLength: Math.min(maxLength, 40) }),
  )
}

// ---------------------------------------------------------------------------------------------
// Names

/** The longest name accepted (code points); verification takes names up to the same length. */
export const NAME_MAX = 50

/**
 * Look-alikes of the middle dot (U+00B7) that input methods produce in transliterated names such as
 * 买买提·艾力: the katakana middle dot U+30FB, its half-width form U+FF65, the bullet U+2022, the
 * hyphenation point U+2027, the bullet operator U+2219 and the dot operator U+22C5. They are
 * written as U+00B7, so one person is one name whatever keyboard typed it.
 */
const DOT_LOOKALIKES = /[\u30FB\uFF65\u2022\u2027\u2219\u22C5]/g
export const MIDDLE_DOT = "\u00B7"

/** Writes every middle-dot look-alike as U+00B7. */
export const normalizeDots = (s: string): string => s.replace(DOT_LOOKALIKES, MIDDLE_DOT)

/** Chinese characters; the radical blocks (U+2E80–U+2FDF) look like characters but are not written in names. */
const HAN = /^(?![\u2E80-\u2FDF])\p{Script=Han}$/u
const LATIN = /^\p{Script=Latin}$/u
const MARK = /^\p{M}$/u
/**
 * ASCII digits are accepted, though no legal name has one: records that number people rather than
 * name them (申请人1, test and pseudonymised data) must still be storable, and a digit is printed
 * and read back unambiguously — the rules here are about what cannot be seen, printed or stored
 * faithfully, not about spelling.
 */
const DIGIT = /^[0-9]$/
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D|\uFE0F|\u20E3/u
/** Characters that print as nothing: zero-width spaces and joiners, invisible fillers, marks. */
const isInvisible = (cp: number): boolean =>
  [0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x3164, 0xfeff, 0xffa0].includes(cp) ||
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x2060 && cp <= 0x2064)
const SEPARATORS = new Set([" ", "-", "'", "\u2019", ".", MIDDLE_DOT])

/** Why `name` (already normalised) is not a name as written in China, or undefined when it is. */
/** Names most often typed: Chinese characters of the Basic block only, short (a fast path). */
const PLAIN_CHINESE = /^[\u4e00-\u9fff]{1,50}$/

const nameProblem = (name: string): string | undefined => {
  if (PLAIN_CHINESE.test(name)) return undefined
  const unsafe = findUnsafe(name)
  if (unsafe !== undefined) return `must not contain ${unsafe.why}`
  if (EMOJI.test(name)) return "emoji are not part of a legal name: write the name as on the ID card"
  const invisible = [...name].find((c) => isInvisible(c.codePointAt(0) as number))
  if (invisible !== undefined)
    return `must not contain invisible characters (${hex(invisible.codePointAt(0) as number)})`
  if (name === "") return "must not be empty"
  const chars = [...name]
  if (chars.length > NAME_MAX) return `must be at most ${NAME_MAX} characters (got ${chars.length})`
  const isLetter = (c: string | undefined) =>
    c !== undefined && (HAN.test(c) || (LATIN.test(c) && /\p{L}/u.test(c)) || DIGIT.test(c))
  if (!chars.some((c) => HAN.test(c) || (LATIN.test(c) && /\p{L}/u.test(c))))
    return "must hold at least one Chinese character or Latin letter"
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string
    const prev = chars[i - 1]
    const next = chars[i + 1]
    if (isLetter(c)) continue
    if (MARK.test(c)) {
      if (prev !== undefined && LATIN.test(prev)) continue
      return `must not contain the combining mark ${hex(c.codePointAt(0) as number)} here`
    }
    if (SEPARATORS.has(c)) {
      if (c === "." ? !isLetter(prev) : !isLetter(prev) && !(c === " " && prev === "."))
        return `"${c}" must follow a letter or character`
      if (c !== "." && !isLetter(next)) return `"${c}" must be followed by a letter or character`
      continue
    }
    return `"${c}" (${hex(c.codePointAt(0) as number)}) is not used in names: write Chinese characters, the middle dot ·, or Latin letters with spaces, hyphens and apostrophes`
  }
  return undefined
}

/**
 * Normalises a name as `PersonName` stores it: NFC; middle-dot look-alikes as ·; runs of blanks (the
 * ideographic and no-break spaces too) as one space; no blank next to a Chinese character or the
 * middle dot — spreadsheets pad two-character names for alignment ("张  三"), and a Chinese name has
 * no spaces; trimmed.
 */
export const normalizeName = (s: string): string =>
  PLAIN_CHINESE.test(s)
    ? s
    : normalizeDots(s.normalize("NFC"))
        .replace(/[ \u00A0\u3000]+/g, " ")
        .replace(/ (?=[\p{Script=Han}\u00B7])|(?<=[\p{Script=Han}\u00B7]) /gu, "")
        .trim()

/** Why a name is refused by `PersonName`, or undefined when it is accepted (after `normalizeName`). */
export const checkName = (s: string): string | undefined => nameProblem(normalizeName(s))

/**
 * A person's name as written in China: Chinese characters (CJK Extension B and beyond included, as
 * 𠮷), the middle dot of transliterated names (买买提·艾力; look-alikes are written as U+00B7), or
 * Latin letters with spaces, hyphens, apostrophes and abbreviating full stops for foreign names;
 * 1 to 50 characters counted as code points; NFC. No emoji, invisible, control or bidirectional
 * characters, no line break. Certificate verification accepts names of the same length.
 */
export const PersonName = rule(
  "PersonName",
  (input) => {
    const unsafe = findUnsafe(input)
    if (unsafe !== undefined)
      return { refused: `must not contain ${unsafe.why} (character ${unsafe.at + 1})` }
    const value = normalizeName(input)
    const problem = nameProblem(value)
    return problem === undefined ? { value } : { refused: problem }
  },
  {
    type: "string",
    minLength: 1,
    maxLength: NAME_MAX,
    description:
      "A person's name as written in China: Chinese characters (CJK Extension B included), the middle dot · of transliterated names (・ • ･ are written as ·), or Latin letters with spaces, hyphens and apostrophes; 1–50 characters; no emoji, control or bidirectional characters.",
  },
  (fc) => fc.constantFrom("张晓明", "欧阳娜娜", "买买提·艾力", "李𠙶", "Jean-Luc O'Brien", "王〇"),
)

// ---------------------------------------------------------------------------------------------
// Reading what is stored

/** The tolerant form of a text rule: any string, shown with U+FFFD for unsafe characters. */
const StoredText = Schema.transform(Schema.String, Schema.String, {
  strict: true,
  decode: shown,
  encode: (s) => s,
})

const isRule = (ast: SchemaAST.AST) => ast._tag === "Transformation" && TextRuleId in ast.annotations

const relax = (ast: SchemaAST.AST, seen: Map<SchemaAST.AST, SchemaAST.AST>): SchemaAST.AST => {
  const known = seen.get(ast)
  if (known !== undefined) return known
  const go = (a: SchemaAST.AST) => relax(a, seen)
  let out: SchemaAST.AST = ast
  switch (ast._tag) {
    case "Transformation":
      out = isRule(ast)
        ? StoredText.ast
        : new SchemaAST.Transformation(go(ast.from), go(ast.to), ast.transformation, ast.annotations)
      break
    case "Refinement":
      out = new SchemaAST.Refinement(go(ast.from), ast.filter, ast.annotations)
      break
    case "TypeLiteral":
      out = new SchemaAST.TypeLiteral(
        ast.propertySignatures.map(
          (p) =>
            new SchemaAST.PropertySignature(p.name, go(p.type), p.isOptional, p.isReadonly, p.annotations),
        ),
        ast.indexSignatures.map((i) => new SchemaAST.IndexSignature(i.parameter, go(i.type), i.isReadonly)),
        ast.annotations,
      )
      break
    case "Union":
      out = SchemaAST.Union.make(ast.types.map(go), ast.annotations)
      break
    case "TupleType":
      out = new SchemaAST.TupleType(
        ast.elements.map((e) => new SchemaAST.OptionalType(go(e.type), e.isOptional, e.annotations)),
        ast.rest.map((r) => new SchemaAST.Type(go(r.type), r.annotations)),
        ast.isReadonly,
        ast.annotations,
      )
      break
    case "Suspend":
      out = new SchemaAST.Suspend(() => go(ast.f()), ast.annotations)
      break
  }
  seen.set(ast, out)
  return out
}

/**
 * `schema` for reading what is stored: every `SafeText` and `PersonName` in it accepts any string
 * and shows unsafe characters as U+FFFD, so a row written before these rules (or by hand) is read,
 * never a 500. Everything else is checked as before. Use it where a repository decodes a row.
 *
 * @example
 * const decodeObjection = Schema.decodeUnknownSync(Text.stored(Objection))
 */
export const stored = <A, I>(schema: Schema.Schema<A, I, never>): Schema.Schema<A, I, never> =>
  Schema.make<A, I, never>(relax(schema.ast, new Map()))
