/**
 * The certificate's data and formats (ADR 0007): numbers, the issuing body, the stored certificate,
 * the signed payload, keys, batches, and the base64url / payload / QR text forms.
 */
import { Schema } from "effect"
import { canonicalJson } from "../Audit.ts"
import { CivilDate } from "../CivilDate.ts"
import { Level } from "../Profile.ts"
import { PersonName } from "../Text.ts"

/** Signature algorithms the payload format can name. Only Ed25519 is implemented today. */
export const Algorithm = Schema.Literal("Ed25519")
export type Algorithm = typeof Algorithm.Type

/** The current payload format version (the `v` field and the `ZC1.` QR prefix). */
export const FORMAT_VERSION = 1
export const QR_PREFIX = "ZC1."

/** An issuing body's short code used in certificate numbers: 2–12 capital letters or digits. */
export const BodyCode = Schema.String.pipe(
  Schema.pattern(/^[A-Z0-9]{2,12}$/, {
    message: () => "issuing body code must be 2–12 capital letters or digits",
  }),
  Schema.brand("BodyCode"),
)
export type BodyCode = typeof BodyCode.Type

const NUMBER_PATTERN = /^([A-Z0-9]{2,12})-(\d{4})-(\d{6})$/

/** A certificate number, `<body code>-<year>-<6-digit sequence>`. */
export const CertificateNo = Schema.String.pipe(
  Schema.pattern(NUMBER_PATTERN, { message: () => "certificate number must look like SYRS-2023-000001" }),
  Schema.brand("CertificateNo"),
  Schema.annotations({ identifier: "CertificateNo" }),
)
export type CertificateNo = typeof CertificateNo.Type

/** Formats a certificate number; sequences above 999999 are a defect (the format has 6 digits). */
export const formatNumber = (body: string, year: number, seq: number): CertificateNo => {
  if (!Number.isInteger(seq) || seq < 1 || seq > 999_999)
    throw new RangeError(`certificate sequence out of range: ${seq}`)
  return `${body}-${String(year).padStart(4, "0")}-${String(seq).padStart(6, "0")}` as CertificateNo
}

/** Splits a certificate number into body code, year and sequence; undefined when malformed. */
export const parseNumber = (no: string): { body: string; year: number; seq: number } | undefined => {
  const m = NUMBER_PATTERN.exec(no)
  return m === null ? undefined : { body: m[1] as string, year: Number(m[2]), seq: Number(m[3]) }
}

/** An issuing body as printed: its code (in numbers) and its name. */
export const IssuingBody = Schema.Struct({
  code: BodyCode,
  name: Schema.String.pipe(Schema.minLength(1)),
}).annotations({ identifier: "IssuingBody" })
export type IssuingBody = typeof IssuingBody.Type

const NonEmpty = Schema.String.pipe(Schema.minLength(1))

/**
 * The holder's resident ID number as an HMAC-SHA256 (hex) under the server key — what
 * `Applications.IdHmac.of` gives. Kept server side to record integrity bans; never signed or shown.
 */
export const HolderIdHmac = Schema.String.pipe(Schema.pattern(/^[0-9a-f]{64}$/), Schema.brand("HolderIdHmac"))
export type HolderIdHmac = typeof HolderIdHmac.Type

/**
 * What a certificate prints, worked out from a decided application, its track and the issuing
 * body's {@link IssueStatement} (`Certificates.issue` does it; a batch stores one per item).
 * `applicationId` is the idempotency key: one certificate per application.
 */
export const IssueRequest = Schema.Struct({
  applicationId: NonEmpty,
  holderName: NonEmpty,
  holderIdHmac: HolderIdHmac,
  /** The title as printed, e.g. 工程师. */
  title: NonEmpty,
  level: Level,
  /** e.g. 工程系列 */
  series: NonEmpty,
  /** e.g. 机电制造 */
  specialty: NonEmpty,
  issuingBody: IssuingBody,
  /** The approval document number (审批文号), e.g. 虞人社职〔2023〕12号. */
  approvalNo: NonEmpty,
}).annotations({ identifier: "IssueRequest" })
export type IssueRequest = typeof IssueRequest.Type

/**
 * What the issuing body states when it issues: who issues and under which approval. Holder, ID
 * HMAC, specialty and level come from the application (the level it sought), title and series from
 * its track; `title` and `series` are needed only where the track leaves them open (a level or a
 * series "any") and otherwise replace the track's; `level`, if given, must be the application's.
 */
export const IssueStatement = Schema.Struct({
  issuingBody: IssuingBody,
  /** The approval document number (审批文号), e.g. 虞人社职〔2023〕12号. */
  approvalNo: NonEmpty,
  /** The title as printed; by default the track's target (e.g. 工程师). */
  title: Schema.optional(NonEmpty),
  /** The level the application sought; by default that level. */
  level: Schema.optional(Level),
  /** The series as printed; by default the track's (工程系列 for engineering tracks). */
  series: Schema.optional(NonEmpty),
}).annotations({ identifier: "IssueStatement" })
export type IssueStatement = typeof IssueStatement.Type

/** One certificate to issue: the decided application's id and the issuing body's statement. */
export const IssueInput = Schema.Struct({
  applicationId: NonEmpty,
  ...IssueStatement.fields,
}).annotations({ identifier: "IssueInput" })
export type IssueInput = typeof IssueInput.Type

/**
 * The signed payload, version 1. Short keys keep the QR code small. Never add the ID number.
 */
export const SignedPayload = Schema.Struct({
  v: Schema.Literal(1),
  alg: Algorithm,
  kid: NonEmpty,
  no: CertificateNo,
  name: NonEmpty,
  title: NonEmpty,
  level: Level,
  series: NonEmpty,
  specialty: NonEmpty,
  body: NonEmpty,
  issued: CivilDate,
  approval: NonEmpty,
}).annotations({ identifier: "CertificatePayload" })
export type SignedPayload = typeof SignedPayload.Type

export const CertificateStatus = Schema.Literal("valid", "suspended", "revoked")
export type CertificateStatus = typeof CertificateStatus.Type

/** The last status change: when (civil date), under which document, why. */
export const StatusChange = Schema.Struct({
  on: CivilDate,
  document: Schema.optional(Schema.String),
  reason: Schema.optional(Schema.String),
}).annotations({ identifier: "StatusChange" })
export type StatusChange = typeof StatusChange.Type

/** A certificate as stored (server side: it holds the holder's ID HMAC, never the ID). */
export const Certificate = Schema.Struct({
  number: CertificateNo,
  applicationId: NonEmpty,
  /** Read through `Text.stored`: a name stored before the rules is shown, never a failure. */
  holderName: PersonName,
  holderIdHmac: HolderIdHmac,
  title: NonEmpty,
  level: Level,
  series: NonEmpty,
  specialty: NonEmpty,
  issuingBody: IssuingBody,
  issuedOn: CivilDate,
  approvalNo: NonEmpty,
  keyId: NonEmpty,
  algorithm: Algorithm,
  /** The exact signed bytes, as UTF-8 text (canonical JSON). */
  payload: Schema.String,
  /** base64url */
  signature: Schema.String,
  status: CertificateStatus,
  statusChange: Schema.optional(StatusChange),
  batchId: Schema.optional(Schema.String),
}).annotations({ identifier: "Certificate" })
export type Certificate = typeof Certificate.Type

/** What the public check shows (DOMAIN.md, PIPL minimum necessary): no ID number, no contact. */
export const PublicView = Schema.Struct({
  number: CertificateNo,
  status: CertificateStatus,
  title: Schema.String,
  level: Level,
  series: Schema.String,
  specialty: Schema.String,
  issuingBody: Schema.String,
  issuedOn: CivilDate,
  approvalNo: Schema.String,
  /** Present when suspended or revoked: the date and the document of the change. */
  statusOn: Schema.optional(CivilDate),
  statusDocument: Schema.optional(Schema.String),
}).annotations({ identifier: "CertificatePublicView" })
export type PublicView = typeof PublicView.Type

/** A public Ed25519 key as a JWK (RFC 8037), with its publication status. */
export const PublicJwk = Schema.Struct({
  kty: Schema.String,
  crv: Schema.String,
  x: Schema.String,
  y: Schema.optional(Schema.String),
}).annotations({ identifier: "PublicJwk" })
export type PublicJwk = typeof PublicJwk.Type

export const KeyStatus = Schema.Literal("active", "retired", "compromised")
export type KeyStatus = typeof KeyStatus.Type

/** A signing key's public half and history. */
export const KeyInfo = Schema.Struct({
  kid: NonEmpty,
  algorithm: Algorithm,
  publicJwk: PublicJwk,
  publicPem: Schema.String,
  status: KeyStatus,
  createdAt: Schema.String,
  retiredAt: Schema.optional(Schema.String),
  revokedAt: Schema.optional(Schema.String),
  revokedReason: Schema.optional(Schema.String),
}).annotations({ identifier: "SigningKeyInfo" })
export type KeyInfo = typeof KeyInfo.Type

/** One entry of the published key set: a JWK plus `status` (and when and why it was revoked). */
export interface PublishedKey extends PublicJwk {
  readonly kid: string
  readonly alg: "EdDSA"
  readonly use: "sig"
  readonly status: KeyStatus
  readonly revokedAt?: string
  readonly revokedReason?: string
}
/** The key set to publish (`/.well-known/jwks.json`-style) for offline verifiers. */
export interface KeySet {
  readonly keys: ReadonlyArray<PublishedKey>
}

/** A freshly generated key pair, before storage. */
export interface GeneratedKey {
  readonly kid: string
  readonly algorithm: Algorithm
  readonly publicJwk: PublicJwk
  readonly publicPem: string
  /** PKCS#8 DER; the store encrypts it at rest. */
  readonly privateKey: Uint8Array
}

/** A batch's progress. */
export interface BatchProgress {
  readonly id: string
  readonly total: number
  readonly issued: number
  readonly pending: number
  readonly status: "open" | "done"
}

/** One batch item as locked for issuance. */
export interface BatchItem {
  readonly position: number
  readonly request: IssueRequest
  readonly status: "pending" | "issued"
  readonly certificateNo?: CertificateNo
}

// ---------------------------------------------------------------------------------------------
// Payload and QR text

const utf8 = new TextEncoder()

/** base64url without padding (RFC 4648 §5). */
export const toBase64Url = (bytes: Uint8Array): string => {
  let bin = ""
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}

/** Inverse of {@link toBase64Url}; undefined when the text is not base64url. */
export const fromBase64Url = (s: string): Uint8Array | undefined => {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return undefined
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (s.length % 4)) % 4))
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** The exact text that is signed: compact canonical JSON of the payload. */
export const payloadText = (p: SignedPayload): string => canonicalJson(p)

/** The signed bytes (UTF-8 of {@link payloadText}); for benchmarks and other signers. */
export const payloadBytes = (p: SignedPayload): Uint8Array => utf8.encode(payloadText(p))

/** The compact offline form: `ZC1.<base64url(payload)>.<base64url(signature)>`. */
export const qrPayload = (payload: string, signatureB64u: string): string =>
  `${QR_PREFIX}${toBase64Url(utf8.encode(payload))}.${signatureB64u}`

/** The short online-check address, `<base>/v/<number>`. */
export const verificationUrl = (baseUrl: string, number: string): string =>
  `${baseUrl.replace(/\/+$/, "")}/v/${encodeURIComponent(number)}`

/** What the QR code on a certificate encodes: the check address with the offline payload after `#`. */
export const qrText = (c: Pick<Certificate, "number" | "payload" | "signature">, baseUrl: string): string =>
  `${verificationUrl(baseUrl, c.number)}#${qrPayload(c.payload, c.signature)}`
