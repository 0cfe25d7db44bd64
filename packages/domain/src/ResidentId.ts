/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999) and the residence permits of Hong Kong,
 * Macao and Taiwan residents (regions 81, 82, 83), which use the same check character.
 */
import { type Brand, Clock, Effect, Either, Schema } from "effect"
import { isCivilDate, todayInChina } from "./CivilDate.ts"

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
  const birth = birthOf(id)
  if (!isCivilDate(birth)) return Either.left(`characters 7–14 must be a real birth date, got ${birth}`)
  if (today !== undefined && birth > today) return Either.left(`birth date ${birth} is in the future`)
  const expected = checkCharacter(id)
  if (id[17] !== expected)
    return Either.left(`check character must be ${expected} (GB 11643-1999), got ${id[17]}`)
  return Either.right(id)
}

const birthOf = (id: string): string => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`

/** The refusal for an ID number whose birth date is after `today`, or undefined when it is not. */
export const bornAfter = (id: string, today: string): string | undefined => {
  const birth = birthOf(id)
  return birth > today
    ? `resident ID number: birth date ${birth} is after today, ${today} (China time): no such person yet (DOMAIN.md ruling 10)`
    : undefined
}

/** Normalised and checked by GB 11643-1999 alone: the structure, a real birth date, the check character. */
const Checked = Schema.transform(Schema.String, Schema.String, {
  strict: true,
  decode: normalize,
  encode: (s) => s,
}).pipe(
  Schema.filter((s) =>
    Either.match(validate(s), { onLeft: (e) => `resident ID number ${e}`, onRight: () => true }),
  ),
)

const annotations: Schema.Annotations.Schema<ResidentId> = {
  identifier: "ResidentId",
  description: "18-character resident ID number (GB 11643-1999), with a birth date that is not in the future",
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
}

/**
 * A normalised, checked resident ID number whose birth date is not after today in China time. Never
 * shown publicly, never signed (DOMAIN.md).
 *
 * "Today" comes from Effect's `Clock` when the schema decodes (the TestClock in tests), so every place
 * that decodes input — the API, the counter, a script — refuses `110105203012310018` (born 2030-12-31)
 * without passing a date around. Decoding is still synchronous (`decodeUnknownSync` reads the default
 * clock). Use {@link bornBy} to check against a day of your own instead, e.g. the day a record was made.
 */
export type ResidentId = string & Brand.Brand<"ResidentId">
export const ResidentId: Schema.brand<
  Schema.transformOrFail<typeof Checked, Schema.SchemaClass<string>>,
  "ResidentId"
> = Checked.pipe(
  Schema.filterEffect((s) =>
    Effect.map(Clock.currentTimeMillis, (now) => bornAfter(s, todayInChina(now)) ?? true),
  ),
  Schema.brand("ResidentId"),
  Schema.annotations(annotations),
)

/** A resident ID number checked against a given day instead of the clock: born on or before `today`. */
export const bornBy = (today: string) =>
  Checked.pipe(
    Schema.filter((s) => bornAfter(s, today) ?? true),
    Schema.brand("ResidentId"),
    Schema.annotations(annotations),
  )

/** The birth date an ID number encodes. */
export const birthDate = (id: ResidentId): string => birthOf(id)
