/**
 * The server's secrets: the HMAC key that fingerprints ID numbers and the key that seals them on
 * rosters. Production sets ZHICHENG_ID_HMAC_KEY and ZHICHENG_ID_SEAL_KEY (≥32 characters each;
 * every API process must share them). For the embedded demo, missing keys are generated once and
 * kept beside the SQLite file (mode 0600), so fingerprints stay stable across restarts.
 */
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import type { Target } from "@zhicheng/db/Database"

export interface Secrets {
  readonly idHmacKey: string
  readonly idSealKey: string
  /** Where they came from, for the start-up log. */
  readonly source: string
}

export class SecretsMissing extends Error {}

export const load = (target: Target, env: NodeJS.ProcessEnv = process.env): Secrets => {
  const hmac = env.ZHICHENG_ID_HMAC_KEY
  const seal = env.ZHICHENG_ID_SEAL_KEY
  if (hmac && seal) {
    if (hmac.length < 32 || seal.length < 32)
      throw new SecretsMissing("ZHICHENG_ID_HMAC_KEY and ZHICHENG_ID_SEAL_KEY must be at least 32 characters")
    return { idHmacKey: hmac, idSealKey: seal, source: "environment" }
  }
  if (target.kind === "postgres")
    throw new SecretsMissing(
      "With DATABASE_URL (PostgreSQL) set ZHICHENG_ID_HMAC_KEY and ZHICHENG_ID_SEAL_KEY (≥32 characters, the same for every API process).",
    )
  const file = env.ZHICHENG_SECRETS_FILE ?? join(dirname(resolve(target.file)), "zhicheng.secrets.json")
  if (existsSync(file)) {
    const s = JSON.parse(readFileSync(file, "utf8")) as { idHmacKey: string; idSealKey: string }
    return { ...s, source: file }
  }
  mkdirSync(dirname(file), { recursive: true })
  const s = {
    idHmacKey: randomBytes(32).toString("base64url"),
    idSealKey: randomBytes(32).toString("base64url"),
  }
  writeFileSync(file, JSON.stringify(s), { mode: 0o600 })
  return { ...s, source: `${file} (generated for this embedded database)` }
}
