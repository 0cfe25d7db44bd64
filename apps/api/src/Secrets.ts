/**
 * The server's secrets: the HMAC key that fingerprints ID numbers and the key that seals them on
 * rosters. Production sets ZHICHENG_ID_HMAC_KEY and ZHICHENG_ID_SEAL_KEY (≥32 characters each;
 * every API process must share them). For the embedded demo, missing keys are generated once and
 * kept beside the SQLite file (mode 0600), so fingerprints stay stable across restarts.
 * ZHICHENG_ID_SEAL_KEY_PREVIOUS (comma-separated, ≥32 characters each) lists the seal keys rotated
 * out, which still open the values sealed under them until `reseal-ids` has moved those (ADR 0009).
 */
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import type { Target } from "@zhicheng/db/Database"
import { parsePreviousKeys } from "@zhicheng/domain/PersonalId"

export interface Secrets {
  readonly idHmacKey: string
  readonly idSealKey: string
  /** Seal keys rotated out, still used to open values sealed under them (ADR 0009). */
  readonly idSealPreviousKeys?: ReadonlyArray<string>
  /** Where they came from, for the start-up log. */
  readonly source: string
}

export class SecretsMissing extends Error {}

export const load = (target: Target, env: NodeJS.ProcessEnv = process.env): Secrets => {
  const hmac = env.ZHICHENG_ID_HMAC_KEY
  const seal = env.ZHICHENG_ID_SEAL_KEY
  const previous = parsePreviousKeys(env.ZHICHENG_ID_SEAL_KEY_PREVIOUS)
  for (const [i, k] of previous.entries())
    if (k.length < 32)
      throw new SecretsMissing(
        `ZHICHENG_ID_SEAL_KEY_PREVIOUS: key ${i + 1} of ${previous.length} must be at least 32 characters`,
      )
  if (hmac && seal) {
    if (hmac.length < 32 || seal.length < 32)
      throw new SecretsMissing("ZHICHENG_ID_HMAC_KEY and ZHICHENG_ID_SEAL_KEY must be at least 32 characters")
    return { idHmacKey: hmac, idSealKey: seal, idSealPreviousKeys: previous, source: "environment" }
  }
  if (target.kind === "postgres")
    throw new SecretsMissing(
      "With DATABASE_URL (PostgreSQL) set ZHICHENG_ID_HMAC_KEY and ZHICHENG_ID_SEAL_KEY (≥32 characters, the same for every API process).",
    )
  const file = env.ZHICHENG_SECRETS_FILE ?? join(dirname(resolve(target.file)), "zhicheng.secrets.json")
  if (existsSync(file)) {
    const s = JSON.parse(readFileSync(file, "utf8")) as { idHmacKey: string; idSealKey: string }
    return { ...s, idSealPreviousKeys: previous, source: file }
  }
  mkdirSync(dirname(file), { recursive: true })
  const s = {
    idHmacKey: randomBytes(32).toString("base64url"),
    idSealKey: randomBytes(32).toString("base64url"),
  }
  writeFileSync(file, JSON.stringify(s), { mode: 0o600 })
  return { ...s, idSealPreviousKeys: previous, source: `${file} (generated for this embedded database)` }
}
