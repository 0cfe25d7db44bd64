/**
 * What the mutation run (bench:mutation) found untested in ResidentId.ts: trimming, the anchors of the
 * structure check, the future-birth bound at its edge and without a day, and the generator that property
 * tests draw ID numbers from.
 */
import { describe, expect, it } from "@effect/vitest"
import { birthDate, normalize, ResidentId, validate } from "@zhicheng/domain/ResidentId"
import { Arbitrary, Either, FastCheck, Schema } from "effect"

const VALID = "11010519491231002X" // GB 11643-1999's own example

describe("ResidentId (mutation gaps)", () => {
  it("normalize trims surrounding space and turns full-width digits and x into ASCII", () => {
    expect(normalize(`  ${VALID.slice(0, 17)}x\t`)).toBe(VALID)
    expect(normalize("１１０１０５１９４９１２３１００２Ｘ")).toBe(VALID)
  })

  it("refuses a valid number with a character before or after it", () => {
    const structure = Either.left("must be 18 characters: 17 digits and a digit or X")
    expect(validate(`1${VALID}`)).toEqual(structure)
    expect(validate(`${VALID}1`)).toEqual(structure)
    expect(validate(`${VALID.slice(0, 17)}XX`)).toEqual(structure)
  })

  it("without a day only the structure, the date and the check character count", () => {
    expect(validate(VALID)).toEqual(Either.right(VALID))
  })

  it("a birth on `today` or before is accepted; one after it is refused, naming the date", () => {
    expect(validate(VALID, "1949-12-31")).toEqual(Either.right(VALID))
    expect(validate(VALID, "2026-01-01")).toEqual(Either.right(VALID))
    expect(validate(VALID, "1949-12-30")).toEqual(Either.left("birth date 1949-12-31 is in the future"))
  })

  it("the schema's generator yields valid numbers born 1950–2004 in region 330602", () => {
    const decode = Schema.decodeUnknownSync(ResidentId)
    for (const id of FastCheck.sample(Arbitrary.make(ResidentId), 200)) {
      expect(decode(id)).toBe(id)
      expect(id.slice(0, 6)).toBe("330602")
      expect(birthDate(id) >= "1950-01-01" && birthDate(id) <= "2004-10-04").toBe(true)
    }
  })
})
