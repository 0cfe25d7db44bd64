import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Schema, TestClock } from "effect"
import fc from "fast-check"
import * as ResidentId from "../src/ResidentId.ts"

const decode = Schema.decodeUnknownEither(ResidentId.ResidentId)

describe("ResidentId", () => {
  it("accepts the DOMAIN.md example, whose check character is X (Σ = 167, 167 mod 11 = 2)", () => {
    expect(Either.getOrThrow(decode("11010519491231002X"))).toBe("11010519491231002X")
  })

  it("normalises a lower-case x and full-width digits first", () => {
    expect(Either.getOrThrow(decode("11010519491231002x"))).toBe("11010519491231002X")
    expect(Either.getOrThrow(decode("１１０１０５１９４９１２３１００２Ｘ"))).toBe("11010519491231002X")
  })

  it.each([
    ["110105194912310021", "check character must be X"],
    ["11010519490230002X", "real birth date"],
    ["1101051949123100", "18 characters"],
  ])("rejects %s: %s", (id, why) => {
    const r = decode(id)
    expect(Either.isLeft(r)).toBe(true)
    if (Either.isLeft(r)) expect(String(r.left)).toContain(why)
  })

  it("rejects a birth date after today", () => {
    const id = `110105203001010${"0"}1`
    const full = `${id}${ResidentId.checkCharacter(id)}`.slice(0, 18)
    const withCheck = `${full.slice(0, 17)}${ResidentId.checkCharacter(full.slice(0, 17))}`
    expect(Either.isLeft(ResidentId.validate(withCheck, "2026-11-22"))).toBe(true)
  })

  // Ruling 10: the schema reads today (China time) from Effect's Clock, so every decode refuses a future birth.
  const withCheck = (first17: string) => `${first17}${ResidentId.checkCharacter(first17)}`
  const at = (iso: string) => TestClock.setTime(Date.parse(iso))
  it.effect(
    "ruling 10: refuses the issue's 110105203012310018 (born 2030-12-31), naming the birth date",
    () =>
      Effect.gen(function* () {
        yield* at("2026-12-03T04:00:00Z")
        const r = yield* Effect.either(Schema.decodeUnknown(ResidentId.ResidentId)("110105203012310018"))
        expect(Either.isLeft(r) && String(r.left)).toContain(
          "birth date 2030-12-31 is after today, 2026-12-03",
        )
      }),
  )
  it.effect(
    "ruling 10: born today (China time) passes, born tomorrow fails — at the China midnight boundary",
    () =>
      Effect.gen(function* () {
        const today = withCheck("11010520261203001")
        const tomorrow = withCheck("11010520261204001")
        const decode = (id: string) => Effect.either(Schema.decodeUnknown(ResidentId.ResidentId)(id))
        yield* at("2026-12-03T15:59:59Z") // 23:59:59 on 3 December in China
        expect(Either.isRight(yield* decode(today))).toBe(true)
        expect(Either.isLeft(yield* decode(tomorrow))).toBe(true)
        yield* at("2026-12-03T16:00:00Z") // midnight: 4 December in China
        expect(Either.isRight(yield* decode(tomorrow))).toBe(true)
      }),
  )
  it("ruling 10: bornBy(day) checks against a given day, synchronously", () => {
    const id = withCheck("11010520240101001")
    expect(Either.isRight(Schema.decodeUnknownEither(ResidentId.bornBy("2024-01-01"))(id))).toBe(true)
    expect(Either.isLeft(Schema.decodeUnknownEither(ResidentId.bornBy("2023-12-31"))(id))).toBe(true)
  })

  it("accepts Hong Kong, Macao and Taiwan residence permits (regions 81–83) by the same rule", () => {
    for (const region of ["810000", "820000", "830000"]) {
      const first17 = `${region}19900101001`
      expect(Either.isRight(decode(`${first17}${ResidentId.checkCharacter(first17)}`))).toBe(true)
    }
  })

  it("accepts exactly one check character for any 17 digits (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2005 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.nat(999),
        (y, m, d, seq) => {
          const first17 = `330602${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${String(seq).padStart(3, "0")}`
          const ok = "0123456789X".split("").filter((c) => Either.isRight(ResidentId.validate(first17 + c)))
          expect(ok).toEqual([ResidentId.checkCharacter(first17)])
        },
      ),
    )
  })
})
