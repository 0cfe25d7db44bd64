/**
 * Offline certificate checks over WebCrypto: what a browser page or the counter terminal runs on the
 * text of a certificate's QR code, with the published key set (`GET /api/v1/keys`) and no server.
 *
 * The format is ADR 0007's: `<base>/v/<number>#ZC1.<base64url(payload)>.<base64url(signature)>`,
 * the payload being the compact canonical JSON of `Certificates.SignedPayload` and the signature
 * Ed25519 (RFC 8032) over its UTF-8 bytes. A passing check proves the fields were signed by a key the
 * bureau published and has not marked compromised; whether the certificate has since been suspended
 * or revoked only the online check can say.
 *
 * Light by design: no Effect and no schema, so a page that verifies loads a few kilobytes.
 * `Certificates.verifyQrWith` is the same check for the server, with the domain's tagged errors.
 *
 * @example
 *   const keys = await (await fetch("/api/v1/keys")).json()
 *   const r = await verifyQrPayload(scannedText, keys)
 *   if (r.ok) show(r.fields) else warn(Labels.text(r.message, "zh-CN"))
 */
import type { KeySet, KeyStatus, PublicJwk, SignedPayload } from "./Certificates.ts"
import type { Label } from "./Labels.ts"
import type { Level } from "./Profile.ts"

/** What a verified QR code says: the certificate's signed fields and the key that signed them. */
export interface Verified {
  readonly ok: true
  readonly fields: {
    readonly number: string
    readonly holder: string
    readonly title: string
    readonly level: Level
    readonly series: string
    readonly specialty: string
    readonly issuingBody: string
    readonly issuedOn: string
    readonly approvalNo: string
  }
  readonly keyId: string
  /** A retired key still verifies what it signed before it was retired. */
  readonly keyStatus: Exclude<KeyStatus, "compromised">
}

export type Reason = "malformed" | "unsupported" | "unknown-key" | "key-compromised" | "signature-invalid"

/** Why a QR code does not verify, with a message for the person holding the phone. */
export interface Refused {
  readonly ok: false
  readonly reason: Reason
  readonly message: Label
}

export type Verification = Verified | Refused

/** The key set as `GET /api/v1/keys` publishes it (only what verification reads). */
export type Keys = {
  readonly keys: ReadonlyArray<
    Pick<KeySet["keys"][number], "kid" | "status" | "revokedAt"> & Pick<PublicJwk, "kty" | "crv" | "x">
  >
}

const PREFIX = "ZC1."
const LEVELS: ReadonlyArray<string> = ["junior", "intermediate", "associate-senior", "full-senior"]
const FIELDS: ReadonlyArray<keyof SignedPayload> = [
  "alg",
  "approval",
  "body",
  "issued",
  "kid",
  "level",
  "name",
  "no",
  "series",
  "specialty",
  "title",
  "v",
]

const refuse = (reason: Reason, zh: string, en: string): Refused => ({
  ok: false,
  reason,
  message: { zh, en },
})
const malformed = (en: string): Refused =>
  refuse(
    "malformed",
    "这不是职称电子证书的二维码，或二维码已损坏。",
    `Not a Zhicheng certificate QR code: ${en}.`,
  )

/** base64url (RFC 4648 §5, no padding) → bytes; undefined when the text is not base64url. */
const fromBase64Url = (s: string): Uint8Array<ArrayBuffer> | undefined => {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return undefined
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (s.length % 4)) % 4))
  return Uint8Array.from(bin, (c) => c.charCodeAt(0))
}

/** The compact canonical JSON of a flat payload: keys sorted, no spaces (as the server signs it). */
const canonical = (o: Readonly<Record<string, unknown>>): string =>
  `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(o[k])}`)
    .join(",")}}`

/** The payload, or why it is not one of format version 1. */
const parsePayload = (text: string): SignedPayload | Refused => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return malformed("the payload is not JSON")
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return malformed("the payload is not an object")
  const o = json as Record<string, unknown>
  const keys = Object.keys(o).sort()
  if (keys.length !== FIELDS.length || keys.some((k, i) => k !== FIELDS[i]))
    return malformed(`the payload must have exactly the fields ${FIELDS.join(", ")}`)
  if (o.v !== 1)
    return refuse(
      "unsupported",
      "二维码格式版本不受支持。",
      `Format version ${String(o.v)} is not supported.`,
    )
  if (o.alg !== "Ed25519")
    return refuse(
      "unsupported",
      "签名算法不受支持。",
      `Signature algorithm ${String(o.alg)} is not supported.`,
    )
  for (const k of FIELDS)
    if (k !== "v" && (typeof o[k] !== "string" || (o[k] as string).length === 0))
      return malformed(`${k} must be a non-empty string`)
  if (!LEVELS.includes(o.level as string)) return malformed(`level ${String(o.level)} is not a title level`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.issued as string))
    return malformed("issued must be a date written YYYY-MM-DD")
  // Only the canonical text is signed: one certificate, one signed text.
  if (canonical(o) !== text) return malformed("the payload is not in canonical form")
  return o as unknown as SignedPayload
}

/**
 * Verifies QR text (the whole URL, or just its `ZC1.…` fragment) against the published key set:
 * the signed fields, or the reason they cannot be trusted. Never throws.
 */
export const verifyQrPayload = async (text: string, keys: Keys): Promise<Verification> => {
  const hash = text.indexOf("#")
  const compact = (hash >= 0 ? text.slice(hash + 1) : text).trim()
  if (!compact.startsWith(PREFIX)) return malformed(`it must start with ${PREFIX}`)
  const pieces = compact.slice(PREFIX.length).split(".")
  if (pieces.length !== 2) return malformed("it must be a payload and a signature separated by '.'")
  const message = fromBase64Url(pieces[0] as string)
  const signature = fromBase64Url(pieces[1] as string)
  if (message === undefined || signature === undefined)
    return malformed("payload or signature is not base64url")
  let payloadText: string
  try {
    payloadText = new TextDecoder("utf-8", { fatal: true }).decode(message)
  } catch {
    return malformed("the payload is not UTF-8")
  }
  const payload = parsePayload(payloadText)
  if ("ok" in payload) return payload
  const key = keys.keys.find((k) => k.kid === payload.kid)
  if (key === undefined)
    return refuse(
      "unknown-key",
      "签发密钥不在公布的密钥列表中，请联网查验。",
      `The signing key ${payload.kid} is not in the published key set; check the certificate online.`,
    )
  if (key.status === "compromised")
    return refuse(
      "key-compromised",
      "签发密钥已被撤销（泄露），其签名不能证明任何内容，请联网查验。",
      `The signing key ${payload.kid} was revoked as compromised${key.revokedAt ? ` on ${key.revokedAt}` : ""}: its signatures prove nothing; check the certificate online.`,
    )
  if (!(await verifies(key, message, signature)))
    return refuse(
      "signature-invalid",
      "签名与证书内容不符：证书可能被篡改或伪造。",
      "The signature does not match the certificate data: it may have been altered or forged.",
    )
  return {
    ok: true,
    fields: {
      number: payload.no,
      holder: payload.name,
      title: payload.title,
      level: payload.level,
      series: payload.series,
      specialty: payload.specialty,
      issuingBody: payload.body,
      issuedOn: payload.issued,
      approvalNo: payload.approval,
    },
    keyId: payload.kid,
    keyStatus: key.status,
  }
}

/** Ed25519 over WebCrypto; false for a key or signature of the wrong shape. */
const verifies = async (
  key: Pick<PublicJwk, "kty" | "crv" | "x">,
  message: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
): Promise<boolean> => {
  if (key.kty !== "OKP" || key.crv !== "Ed25519" || signature.length !== 64) return false
  try {
    const k = await globalThis.crypto.subtle.importKey(
      "jwk",
      { kty: "OKP", crv: "Ed25519", x: key.x },
      { name: "Ed25519" },
      false,
      ["verify"],
    )
    return await globalThis.crypto.subtle.verify({ name: "Ed25519" }, k, signature, message)
  } catch {
    return false
  }
}
