import { describe, expect, it } from "@effect/vitest"
import { Either, FastCheck as fc, ParseResult, Schema } from "effect"
import * as Cert from "../src/Certificates.ts"
import { PilotApplication } from "../src/PilotUnits.ts"
import { Objection } from "../src/Publicity.ts"
import * as Text from "../src/Text.ts"

/** The decoded value, or the refusal's message (what the API puts in `errors[].rule`). */
const decode = <A>(schema: Schema.Schema<A, string>, input: string): { ok: A } | { refused: string } =>
  Either.match(Schema.decodeUnknownEither(schema)(input), {
    onRight: (ok) => ({ ok }),
    onLeft: (e) => ({ refused: ParseResult.ArrayFormatter.formatErrorSync(e)[0]?.message ?? "" }),
  })

const Line = Text.SafeText({ maxLength: 10 })
const Lines = Text.SafeText({ maxLength: 10, multiline: true })

describe("SafeText", () => {
  it.each([
    ["NUL", "a\u0000b", /control character, U\+0000 \(character 2\)/],
    ["another C0 control", "a\u0007", /control character, U\+0007/],
    ["DEL", "a\u007f", /control character, U\+007F/],
    ["a C1 control", "a\u0085", /control character, U\+0085/],
    ["a line feed in a single-line field", "a\nb", /line break/],
    ["a tab", "a\tb", /control character, U\+0009/],
    ["the line separator", "a\u2028b", /line break/],
    ["a right-to-left override", "abc\u202Edef", /bidirectional override or isolate .*U\+202E/],
    ["a first-strong isolate", "a\u2068b", /bidirectional/],
    ["a lone high surrogate", "a\uD842", /unpaired surrogate/],
    ["a lone low surrogate", "\uDFB7a", /unpaired surrogate/],
    ["only blanks", " \u3000 ", /must not be empty/],
    ["11 characters", "abcdefghijk", /at most 10 characters \(got 11\)/],
  ])("refuses %s", (_, input, why) => {
    const r = decode(Line, input)
    expect("refused" in r && r.refused).toMatch(why)
  })

  it("counts code points: ten Extension B characters fit in 10", () => {
    expect(decode(Line, "𠮷".repeat(10))).toEqual({ ok: "𠮷".repeat(10) })
    expect(decode(Line, "𠮷".repeat(11))).toMatchObject({ refused: expect.stringMatching(/got 11/) })
  })

  it("normalises to NFC and trims", () => {
    // e + combining acute → é (U+00E9)
    expect(decode(Line, "  Jose\u0301  ")).toEqual({ ok: "José" })
  })

  it("a multi-line field keeps line feeds and writes CR LF as LF", () => {
    expect(decode(Lines, "a\r\nb\rc")).toEqual({ ok: "a\nb\nc" })
    expect(decode(Lines, "a\u0000")).toMatchObject({ refused: expect.stringMatching(/U\+0000/) })
  })

  it("allowEmpty accepts the empty string", () => {
    expect(decode(Text.SafeText({ maxLength: 5, allowEmpty: true }), "  ")).toEqual({ ok: "" })
  })

  it("encodes without checking, so a value stored before the rules can be sent back", () => {
    expect(Schema.encodeSync(Line)("a\u0000b")).toBe("a\u0000b")
  })

  it("never lets an unsafe character through (property)", () => {
    const unsafe = fc.constantFrom("\u0000", "\u001b", "\u0085", "\u202E", "\u2066", "\uD800", "\n")
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), unsafe, fc.string({ maxLength: 4 }), (a, u, b) => {
        expect("refused" in decode(Text.SafeText({ maxLength: 100 }), `x${a}${u}${b}x`)).toBe(true)
      }),
    )
  })
})

describe("PersonName", () => {
  it.each([
    ["a Chinese name", "张晓明", "张晓明"],
    ["CJK Extension B (a surrogate pair)", "𠮷野家", "𠮷野家"],
    ["a character of the 通用规范汉字表 in Extension B", "李𠙶", "李𠙶"],
    ["a transliterated name with the middle dot", "买买提·艾力", "买买提·艾力"],
    ["the katakana middle dot U+30FB, written as U+00B7", "买买提\u30FB艾力", "买买提·艾力"],
    ["the bullet U+2022, written as U+00B7", "买买提\u2022艾力", "买买提·艾力"],
    ["the half-width katakana middle dot U+FF65, written as U+00B7", "买买提\uFF65艾力", "买买提·艾力"],
    ["spaces a spreadsheet pads a two-character name with", "张\u3000\u3000三", "张三"],
    ["a foreign name", "Jean-Luc O'Brien", "Jean-Luc O'Brien"],
    ["an abbreviating full stop", "John F. Kennedy", "John F. Kennedy"],
    ["a decomposed accent, composed (NFC)", "Jose\u0301 Nun\u0303ez", "José Nuñez"],
    ["〇, a Chinese character", "王〇", "王〇"],
    ["50 characters", "张".repeat(50), "张".repeat(50)],
    ["a numbered record (test and pseudonymised data)", "申请人12", "申请人12"],
  ])("accepts %s", (_, input, stored) => {
    expect(decode(Text.PersonName, input)).toEqual({ ok: stored })
  })

  it.each([
    ["an emoji", "王👨‍🔧", /emoji are not part of a legal name/],
    ["a lone emoji", "😀", /emoji/],
    ["zero-width characters only", "\u200B\u200B", /invisible characters \(U\+200B\)/],
    ["a zero-width joiner between characters", "张\u200D三", /emoji|invisible/],
    ["a newline", "张\n三", /line break/],
    ["a NUL", "\u0000张三", /U\+0000/],
    ["a bidirectional override", "\u202E张三", /bidirectional/],
    ["51 characters", "张".repeat(51), /at most 50 characters \(got 51\)/],
    ["digits only", "123", /at least one Chinese character or Latin letter/],
    ["a full-width digit", "张３", /"３" \(U\+FF13\) is not used in names/],
    ["a Kangxi radical that looks like 人", "\u2F08民", /U\+2F08/],
    ["a leading middle dot", "·艾力", /must follow a letter/],
    ["two middle dots in a row", "买买提··艾力", /must be followed by a letter|must follow a letter/],
    ["empty", "   ", /must not be empty/],
  ])("refuses %s", (_, input, why) => {
    const r = decode(Text.PersonName, input)
    expect("refused" in r && r.refused).toMatch(why)
  })

  it("normalising twice changes nothing (what is stored decodes to itself)", () => {
    for (const name of ["买买提・艾力", "张　三", "Jose\u0301"]) {
      const once = Text.normalizeName(name)
      expect(Text.normalizeName(once)).toBe(once)
      expect(decode(Text.PersonName, once)).toEqual({ ok: once })
    }
  })
})

describe("stored", () => {
  const row = {
    id: "o1",
    notice: "n1",
    subject: { kind: "application", id: "a1" },
    filedAt: "2024-05-01T00:00:00.000Z",
    filedOn: "2024-05-01",
    text: "",
    objector: { contact: "138\u0000" },
    status: "open",
  }

  it("the strict schema refuses a row written before the rules (cut short at a NUL: empty)", () => {
    expect(Either.isLeft(Schema.decodeUnknownEither(Objection)(row))).toBe(true)
  })

  it("reads it, showing unsafe characters as U+FFFD", () => {
    const read = Schema.decodeUnknownSync(Text.stored(Objection))(row)
    expect(read.text).toBe("")
    expect(read.objector.contact).toBe("138\uFFFD")
  })

  it("still checks everything that is not a text rule", () => {
    expect(
      Either.isLeft(Schema.decodeUnknownEither(Text.stored(Objection))({ ...row, status: "lost" })),
    ).toBe(true)
  })

  it("shown keeps tabs and line breaks and replaces the rest", () => {
    expect(Text.shown("a\tb\r\nc\u0000\u202E\uD800")).toBe("a\tb\r\nc\uFFFD\uFFFD\uFFFD")
  })
})

describe("certificate verification compares names as PersonName stores them", () => {
  it.each(["买买提\u30FB艾力", "买买提\uFF65艾力", "买买提\u2022艾力", " 买买提·艾力 "])(
    "%s finds 买买提·艾力",
    (typed) => {
      expect(Cert.normalizeName(typed)).toBe(Cert.normalizeName("买买提·艾力"))
    },
  )
})

describe("the domain's input schemas use the rules", () => {
  it.each([
    ["a pilot unit's name", { unitName: "绍兴\u0000有限公司" }, ["unitName"]],
    ["a pilot unit's address", { address: "绍兴市\u202E越城区" }, ["address"]],
    [
      "its legal representative's name",
      { legalRepresentative: { name: "王\n法人" } },
      ["legalRepresentative", "name"],
    ],
  ])("%s refuses a control or bidirectional character, naming the field", (_, input, path) => {
    const errors = Either.match(Schema.decodeUnknownEither(PilotApplication)(input, { errors: "all" }), {
      onRight: () => [],
      onLeft: (e) => ParseResult.ArrayFormatter.formatErrorSync(e),
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ path, message: expect.stringMatching(/control|bidirectional|line break/) }),
    )
  })
})
