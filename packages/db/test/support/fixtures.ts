/**
 * Small fixtures the repository tests share: the TestClock at a working morning, a valid resident ID
 * number, the keys a roster needs, and the text of the pilot-unit measures (000) to check quotes in.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { IdHmac } from "@zhicheng/domain/Applications"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { checkCharacter } from "@zhicheng/domain/ResidentId"
import { IdSealer } from "@zhicheng/domain/Rosters"
import { Layer, Redacted, TestClock } from "effect"

/** 10:00 China time on `day`. */
export const at = (day: string) => TestClock.setTime(Date.parse(`${day}T10:00:00+08:00`))

/** A valid resident ID number: a Shangyu region code, a birth date counted from 1985-01-01, a sequence. */
export const makeId = (n: number): string => {
  const birth = CivilDate.addDays(CivilDate.make("1985-01-01"), n % 5000).replace(/-/g, "")
  const body = `330604${birth}${String(n % 1000).padStart(3, "0")}`
  return body + checkCharacter(body)
}

/** The ID HMAC and the roster sealer under fixed test keys. */
export const RosterKeys = Layer.mergeAll(
  IdHmac.fromKey(Redacted.make("test-hmac-key-0123456789abcdef-0123456789")),
  IdSealer.fromKey(Redacted.make("test-seal-key-0123456789abcdef-0123456789")),
)

/** `s` without white space, for comparing quotes with a source text. */
export const squash = (s: string) => s.replace(/\s+/g, "")

/** The pilot-unit measures (000) as stored in shared/policy-sources, squashed. */
export const SOURCE_000 = squash(
  readFileSync(
    join(import.meta.dirname, "../../../../../shared/policy-sources/000_f566ba90b7a0da7a.txt"),
    "utf8",
  ),
)
