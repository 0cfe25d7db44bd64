/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999) and the residence permits of Hong Kong,
 * Macao and Taiwan residents (regions 81, 82, 83), which use the same check character.
 */
import { type Brand, Either, Schema } from "effect"
import { isCivilDate } from "./CivilDate.ts"

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK = "10X98765432"

/** Full-width digits and X become ASCII, a lower-case x becomes X, surrounding space goes. */
export const normalize = (raw: string): string =>
  raw
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[ｘＸx]/g, "X")

/** The check character GB 11643-1999 (ISO 7064 MOD 11-2) gives for the first 17 digits. */
export const checkCharacter = (first17: string): string => {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number)
  return CHECK[sum % 11] as string
}

/**
 * Checks a normalised ID number and says what is wrong, in words a clerk can act on.
 * `today` bounds the birth date (no future births).
 */
export const validate = (id: string, today?: string): Either.Either<string, string> => {
  if (!/^\d{17}[\dX]$/.test(id)) return Either.left("must be 18 characters: 17 digits and a digit or X")
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  if (!isCivilDate(birth)) return Either.left(`characters 7–14 must be a real birth date, got ${birth}`)
  if (today !== undefined && birth > today) return Either.left(`birth date ${birth} is in the future`)
  const expected = checkCharacter(id)
  if (id[17] !== expected)
    return Either.left(`check character must be ${expected} (GB 11643-1999), got ${id[17]}`)
  return Either.right(id)
}

/** A normalised, checked resident ID number. Never shown publicly, never signed (DOMAIN.md). */
export type ResidentId = string & Brand.Brand<"ResidentId">
export const ResidentId: Schema.brand<
  Schema.filter<Schema.transform<typeof Schema.String, typeof Schema.String>>,
  "ResidentId"
> = Schema.transform(Schema.String, Schema.String, {
  strict: true,
  decode: normalize,
  encode: (s) => s,
}).pipe(
  Schema.filter((s) =>
    Either.match(validate(s), { onLeft: (e) => `resident ID number ${e}`, onRight: () => true }),
  ),
  Schema.brand("ResidentId"),
  Schema.annotations({
    identifier: "ResidentId",
    description: "18-character resident ID number (GB 11643-1999)",
    arbitrary: () => (fc) =>
      fc
        .record({ d: fc.integer({ min: 0, max: 20000 }), seq: fc.integer({ min: 0, max: 999 }) })
        .map(({ d, seq }) => {
          const birth = new Date(Date.UTC(1950, 0, 1) + d * 86400000)
            .toISOString()
            .slice(0, 10)
            .replaceAll("-", "")
          const first17 = `330602${birth}${String(seq).padStart(3, "0")}`
          return `${first17}${checkCharacter(first17)}` as ResidentId
        }),
  }),
)

/** The birth date an ID number encodes. */
export const birthDate = (id: ResidentId): string =>
  `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
