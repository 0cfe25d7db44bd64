/**
 * Checking a certificate: names as the public check compares them, the QR text parsed and checked
 * against a published key set (offline), the published form of a key and the public view.
 */
import { Effect, Schema } from "effect"
import { normalizeDots } from "../Text.ts"
import {
  type OfflineError,
  QrMalformed,
  SignatureInvalid,
  SigningKeyCompromised,
  UnknownSigningKey,
} from "./errors.ts"
import {
  type Certificate,
  fromBase64Url,
  type KeyInfo,
  type KeySet,
  type KeyStatus,
  type PublicJwk,
  type PublicView,
  type PublishedKey,
  payloadText,
  QR_PREFIX,
  SignedPayload,
} from "./model.ts"

const utf8d = new TextDecoder("utf-8", { fatal: true })

/** Names compare after Unicode NFKC, with surrounding and inner white space removed. */
export const normalizeName = (s: string): string => normalizeDots(s.normalize("NFKC")).replace(/\s+/g, "")

/**
 * Whether two names are the same after {@link normalizeName}, looking at every character of the
 * longer one whatever the first difference (timingSafeEqual-style), so the public check's timing
 * does not say how much of a guessed name was right.
 */
export const sameName = (a: string, b: string): boolean => {
  const x = normalizeName(a)
  const y = normalizeName(b)
  let diff = x.length ^ y.length
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    // Past the end charCodeAt is NaN, and NaN | 0 is 0: the length difference has been counted.
    diff |= (x.charCodeAt(i) | 0) ^ (y.charCodeAt(i) | 0)
  return diff === 0
}

/** Splits QR text (the raw `ZC1.` form or a URL whose fragment holds it) into payload and signature. */
export const parseQr = (
  text: string,
): Effect.Effect<
  { readonly payload: SignedPayload; readonly message: Uint8Array; readonly signature: Uint8Array },
  QrMalformed
> =>
  Effect.gen(function* () {
    const bad = (why: string) => new QrMalformed({ message: `QR text is not a Zhicheng certificate: ${why}` })
    const hash = text.indexOf("#")
    const compact = (hash >= 0 ? text.slice(hash + 1) : text).trim()
    if (!compact.startsWith(QR_PREFIX)) return yield* bad(`it must start with ${QR_PREFIX}`)
    const pieces = compact.slice(QR_PREFIX.length).split(".")
    if (pieces.length !== 2) return yield* bad("it must have a payload and a signature separated by '.'")
    const message = fromBase64Url(pieces[0] as string)
    const signature = fromBase64Url(pieces[1] as string)
    if (message === undefined || signature === undefined)
      return yield* bad("payload or signature is not base64url")
    let json: unknown
    try {
      json = JSON.parse(utf8d.decode(message))
    } catch {
      return yield* bad("the payload is not UTF-8 JSON")
    }
    const payload = yield* Schema.decodeUnknown(SignedPayload)(json).pipe(
      Effect.mapError((e) =>
        bad(`the payload does not match format version 1 (${e.message.split("\n")[0]})`),
      ),
    )
    // Only the canonical form is accepted, so one certificate has exactly one signed text.
    if (payloadText(payload) !== utf8d.decode(message))
      return yield* bad("the payload is not in canonical form")
    return { payload, message, signature }
  })

/**
 * Checks QR text against a published key set, with no server: the key must be listed, not marked
 * compromised, and the signature must verify. Use it in an offline verifier app; `verify` is the
 * algorithm's check (e.g. the db package's Ed25519.verifyJwk).
 */
export const verifyQrWith = (
  text: string,
  keys: KeySet,
  verify: (key: PublicJwk, message: Uint8Array, signature: Uint8Array) => boolean | Promise<boolean>,
): Effect.Effect<OfflineResult, OfflineError> =>
  Effect.gen(function* () {
    const { payload, message, signature } = yield* parseQr(text)
    const key = keys.keys.find((k) => k.kid === payload.kid)
    if (key === undefined)
      return yield* new UnknownSigningKey({
        kid: payload.kid,
        message: `signing key ${payload.kid} is not in the published key set`,
      })
    const ok = yield* Effect.promise(async () => verify(key, message, signature))
    return yield* judge(payload, key.status, key.revokedAt, ok)
  })

/** A passing offline check: the signed fields and the key's status. Status of the certificate itself needs the online check. */
export interface OfflineResult {
  readonly payload: SignedPayload
  readonly keyStatus: "active" | "retired"
}

/** The verdict on a parsed payload, given its key's status and whether the signature verified. */
export const judge = (
  payload: SignedPayload,
  status: KeyStatus,
  revokedAt: string | undefined,
  ok: boolean,
): Effect.Effect<OfflineResult, SigningKeyCompromised | SignatureInvalid> => {
  if (status === "compromised")
    return Effect.fail(
      new SigningKeyCompromised({
        kid: payload.kid,
        revokedAt: revokedAt ?? "",
        message: `signing key ${payload.kid} was revoked as compromised${revokedAt ? ` on ${revokedAt}` : ""}: its signatures prove nothing; check the certificate online`,
      }),
    )
  if (!ok)
    return Effect.fail(
      new SignatureInvalid({
        message: "the signature does not match the certificate data (altered or forged)",
      }),
    )
  return Effect.succeed({ payload, keyStatus: status })
}

/** The published form of a key (JWK plus status). */
export const publishKey = (k: KeyInfo): PublishedKey => ({
  ...k.publicJwk,
  kid: k.kid,
  alg: "EdDSA",
  use: "sig",
  status: k.status,
  ...(k.revokedAt !== undefined ? { revokedAt: k.revokedAt } : {}),
  ...(k.revokedReason !== undefined ? { revokedReason: k.revokedReason } : {}),
})

/** The public view of a stored certificate (no holder data beyond what the caller already gave). */
export const publicView = (c: Certificate): PublicView => ({
  number: c.number,
  status: c.status,
  title: c.title,
  level: c.level,
  series: c.series,
  specialty: c.specialty,
  issuingBody: c.issuingBody.name,
  issuedOn: c.issuedOn,
  approvalNo: c.approvalNo,
  ...(c.status !== "valid" && c.statusChange !== undefined
    ? {
        statusOn: c.statusChange.on,
        ...(c.statusChange.document !== undefined ? { statusDocument: c.statusChange.document } : {}),
      }
    : {}),
})
