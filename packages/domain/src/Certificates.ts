/**
 * Electronic title certificates (电子职称证书): numbering, the signed payload and its QR form,
 * online and offline verification, status (valid / suspended / revoked), revocation for fraud with
 * the integrity ban it records, signing-key rotation and compromise, and crash-safe batch issuance.
 *
 * Formats (version 1):
 * - Number: `<body code>-<year>-<6-digit sequence>`, e.g. `SYRS-2023-000001`. The sequence runs per
 *   issuing body and year from 1 with no gap and no duplicate: a counter row per (body, year) is
 *   bumped in the same transaction as the certificate insert, so a rolled-back issuance gives its
 *   number back.
 * - Signed payload: compact canonical JSON (keys sorted, no spaces, UTF-8) of {@link SignedPayload}.
 *   It names its format version, algorithm and key id, so SM2/SM3 can be added without re-issuing.
 *   It never holds the resident ID number, not even hashed (DOMAIN.md: the space is small enough to
 *   brute-force); the store keeps an HMAC of it, server side only, to record integrity bans.
 * - QR text: `<base URL>/v/<number>#ZC1.<base64url(payload)>.<base64url(signature)>`. A phone opens
 *   the online check; an offline verifier reads the part after `#` (the fragment never reaches the
 *   server) and checks it against the published key set ({@link verifyQrWith}).
 *
 * The application: a certificate exists only for a decided, approved application, and the two move
 * together. Issuance checks the application (the service's `checkIssuable`) and moves it `decided →
 * certificate-issued` in the issuance's own transaction; revocation moves it `certificate-issued →
 * certificate-revoked` in the revocation's. One person holds at most one valid (not revoked)
 * certificate per series and level ({@link TitleAlreadyHeld}; `Applications.ONE_CLAIM_RULING`),
 * checked under a lock on the holder so two concurrent issuances cannot both pass. Dependency: this service uses the `Applications` service
 * (its state machine, guards, transition rows and audit entries), never the other way round —
 * Applications.ts knows nothing of certificates beyond the two states, so there is one state
 * machine and no cycle. Suspension and reinstatement leave the application alone.
 *
 * I/O goes through the repository tags {@link CertificateStore} and {@link SigningKeys}, the
 * algorithm tag {@link Signer} and the `Applications` service; the db package implements the tags.
 */
import { Clock, Context, Effect, Option, Schema } from "effect"
import {
  type Application,
  Applications,
  banAfterFinding,
  certificateGuard,
  IntegrityRecord,
  ONE_CLAIM_RULING,
} from "./Applications.ts"
import { type Actor, AuditLog, canonicalJson, Transactor } from "./Audit.ts"
import { type Citation, Citation as CitationSchema } from "./Citation.ts"
import { CivilDate, parts, todayInChina } from "./CivilDate.ts"
import * as ErrorKind from "./ErrorKind.ts"
import { Level } from "./Profile.ts"
import { NAME_RULING, normalizeDots, PersonName } from "./Text.ts"

// ---------------------------------------------------------------------------------------------
// Rules cited

/** 002 四、申报纪律: fraud → title cancelled, 3-year ban on applying for a higher title, integrity record. */
export const FRAUD_BAN_CLAUSE: Citation = {
  document: "shangyu-2023-3",
  source: "002_fd50f077227b9e3c.txt",
  article: "四、申报纪律",
  quote:
    "对在申报过程中提供虚假材料、剽窃他人作品和学术成果或者通过其他不正当手段取得职称的，其申报材料一律予以退回，并从评审次年起 3 年内不得申报高一级专业技术资格，已参加评审取得资格的取消其资格，并记入职称评审诚信档案库。",
}

// ---------------------------------------------------------------------------------------------
// Data

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
 * What a decided application gives to issue one certificate. `applicationId` is the idempotency
 * key: one certificate per application.
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
// Errors

/** The one answer to a public check whose number or name does not match (it never says which). */
export class CertificateNotFound extends Schema.TaggedError<CertificateNotFound>()(
  "CertificateNotFound",
  {
    message: Schema.String,
  },
  ErrorKind.notFound,
) {}
const notFound = () => new CertificateNotFound({ message: "no certificate matches this number and name" })

/** A status change that the state machine does not allow (e.g. anything after revocation). */
export class InvalidTransition extends Schema.TaggedError<InvalidTransition>()(
  "InvalidTransition",
  {
    subject: Schema.String,
    from: Schema.String,
    to: Schema.String,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

/** Issuance needs an active signing key; rotate one in first. */
export class NoActiveSigningKey extends Schema.TaggedError<NoActiveSigningKey>()(
  "NoActiveSigningKey",
  {
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

/** The application already has a certificate (one per application). */
export class AlreadyIssued extends Schema.TaggedError<AlreadyIssued>()(
  "AlreadyIssued",
  {
    applicationId: Schema.String,
    number: Schema.String,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}

/**
 * The holder already has a certificate of the same series and level that is not revoked (valid or
 * suspended): one person holds one such title ({@link ONE_CLAIM_RULING}). `number` is that certificate.
 */
export class TitleAlreadyHeld extends Schema.TaggedError<TitleAlreadyHeld>()(
  "TitleAlreadyHeld",
  {
    applicationId: Schema.String,
    number: Schema.String,
    message: Schema.String,
    clause: CitationSchema,
  },
  ErrorKind.conflict,
) {}

/**
 * An issue request that does not match its application: the holder (name, ID HMAC), the specialty and
 * the level printed must be the application's (the level it sought, `Application.target`). `field`
 * names the request field.
 */
export class RequestMismatch extends Schema.TaggedError<RequestMismatch>()(
  "RequestMismatch",
  {
    applicationId: Schema.String,
    field: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

/**
 * The certificate cannot be printed as stored: the renderer has no glyph for some characters of a
 * field (or the field holds a line break). Refused before a number is taken or anything is signed,
 * since a certificate never prints a name differently from the one stored (Text.NAME_RULING).
 */
export class NotPrintable extends Schema.TaggedError<NotPrintable>()(
  "NotPrintable",
  {
    applicationId: Schema.String,
    field: Schema.String,
    /** The characters that cannot be printed, each once, as `U+XXXX`. */
    characters: Schema.Array(Schema.String),
    message: Schema.String,
    clause: CitationSchema,
  },
  ErrorKind.invalid,
) {}

/** No such signing key id. */
export class SigningKeyNotFound extends Schema.TaggedError<SigningKeyNotFound>()(
  "SigningKeyNotFound",
  {
    kid: Schema.String,
    message: Schema.String,
  },
  ErrorKind.notFound,
) {}

/** A batch with this id already exists / does not exist. */
export class BatchExists extends Schema.TaggedError<BatchExists>()(
  "BatchExists",
  {
    batchId: Schema.String,
    message: Schema.String,
  },
  ErrorKind.conflict,
) {}
export class BatchNotFound extends Schema.TaggedError<BatchNotFound>()(
  "BatchNotFound",
  {
    batchId: Schema.String,
    message: Schema.String,
  },
  ErrorKind.notFound,
) {}

/** Offline check failures. `reason` says which step failed, for the verifier's screen. */
export class QrMalformed extends Schema.TaggedError<QrMalformed>()(
  "QrMalformed",
  {
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}
export class UnsupportedAlgorithm extends Schema.TaggedError<UnsupportedAlgorithm>()(
  "UnsupportedAlgorithm",
  {
    algorithm: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}
export class UnknownSigningKey extends Schema.TaggedError<UnknownSigningKey>()(
  "UnknownSigningKey",
  {
    kid: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}
export class SigningKeyCompromised extends Schema.TaggedError<SigningKeyCompromised>()(
  "SigningKeyCompromised",
  {
    kid: Schema.String,
    revokedAt: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}
export class SignatureInvalid extends Schema.TaggedError<SignatureInvalid>()(
  "SignatureInvalid",
  {
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

export type OfflineError =
  | QrMalformed
  | UnsupportedAlgorithm
  | UnknownSigningKey
  | SigningKeyCompromised
  | SignatureInvalid

// ---------------------------------------------------------------------------------------------
// Tags

/**
 * A signature algorithm (node:crypto Ed25519 in the db package). Payloads name the algorithm, so
 * another implementation (SM2 with SM3) can be added beside this one without re-issuing.
 */
export class Signer extends Context.Tag("zhicheng/Signer")<
  Signer,
  {
    readonly algorithm: Algorithm
    readonly generate: Effect.Effect<GeneratedKey>
    readonly sign: (privateKey: Uint8Array, message: Uint8Array) => Effect.Effect<Uint8Array>
    readonly verify: (
      publicKey: PublicJwk,
      message: Uint8Array,
      signature: Uint8Array,
    ) => Effect.Effect<boolean>
  }
>() {}

/**
 * What the certificate's renderer cannot print of a text: the characters it has no glyph for (and
 * line breaks, which would run into the next field), each once. Issuance asks before a number is
 * taken. The PDF renderer provides it (`@zhicheng/db/CertificatePdf` `PdfGlyphs`, wired by
 * `CertificatesLive`); the default, for a renderer without limits, finds nothing.
 */
export class CertificateGlyphs extends Context.Reference<CertificateGlyphs>()("zhicheng/CertificateGlyphs", {
  defaultValue: () => ({ unprintable: (_text: string): ReadonlyArray<string> => [] }),
}) {}

/**
 * Server-side storage of signing keys. Private keys never leave it except to sign; the SQL
 * implementation encrypts them at rest (production would keep them in an HSM or a KMS).
 * `insertActive` retires the current active key in the same transaction.
 */
export class SigningKeys extends Context.Tag("zhicheng/SigningKeys")<
  SigningKeys,
  {
    readonly insertActive: (key: GeneratedKey, at: string) => Effect.Effect<void>
    readonly active: Effect.Effect<
      Option.Option<{ readonly kid: string; readonly algorithm: Algorithm; readonly privateKey: Uint8Array }>
    >
    readonly find: (kid: string) => Effect.Effect<Option.Option<KeyInfo>>
    readonly list: Effect.Effect<ReadonlyArray<KeyInfo>>
    readonly markCompromised: (kid: string, at: string, reason: string) => Effect.Effect<void>
  }
>() {}

/**
 * Certificate storage. `nextSeq`, `insert`, `lockBatchItem` must run inside the caller's
 * transaction: `nextSeq` bumps the (body, year) counter row (its lock serialises issuers),
 * `insert` returns false when the application already has a certificate, `lockBatchItem` locks the
 * item row so two resumers of one batch never issue it twice.
 */
export class CertificateStore extends Context.Tag("zhicheng/CertificateStore")<
  CertificateStore,
  {
    readonly nextSeq: (bodyCode: string, year: number) => Effect.Effect<number>
    readonly insert: (certificate: Certificate, createdAt: string) => Effect.Effect<boolean>
    readonly byNumber: (number: string) => Effect.Effect<Option.Option<Certificate>>
    /** The holder's name alone, for the public check to compare before it reads the rest. */
    readonly holderName: (number: string) => Effect.Effect<Option.Option<string>>
    readonly byApplication: (applicationId: string) => Effect.Effect<Option.Option<Certificate>>
    /**
     * Inside the caller's transaction, serialises issuances to one holder until it commits (the same
     * per-person lock `ApplicationRepository.lock` takes), so two cannot both pass {@link TitleAlreadyHeld}.
     */
    readonly lockHolder: (holderIdHmac: string) => Effect.Effect<void>
    /** Numbers of the holder's certificates of `series` and `level` that are not revoked (valid or suspended). */
    readonly liveTitles: (q: {
      readonly holderIdHmac: string
      readonly series: string
      readonly level: string
    }) => Effect.Effect<ReadonlyArray<string>>
    readonly setStatus: (
      number: CertificateNo,
      status: CertificateStatus,
      change: StatusChange,
    ) => Effect.Effect<void>
    readonly createBatch: (
      batch: { readonly id: string; readonly createdAt: string; readonly createdBy: string },
      requests: ReadonlyArray<IssueRequest>,
    ) => Effect.Effect<boolean>
    readonly pendingItems: (batchId: string) => Effect.Effect<ReadonlyArray<{ readonly position: number }>>
    readonly lockBatchItem: (batchId: string, position: number) => Effect.Effect<Option.Option<BatchItem>>
    readonly markItemIssued: (batchId: string, position: number, number: CertificateNo) => Effect.Effect<void>
    /** Marks an open batch done; false when it already was (another resumer finished it). */
    readonly finishBatch: (batchId: string, at: string) => Effect.Effect<boolean>
    readonly batch: (batchId: string) => Effect.Effect<Option.Option<BatchProgress>>
  }
>() {}

// ---------------------------------------------------------------------------------------------
// Pure helpers (payload, QR, names)

const utf8 = new TextEncoder()
const utf8d = new TextDecoder("utf-8", { fatal: true })

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

/** Names compare after Unicode NFKC, with surrounding and inner white space removed. */
export const normalizeName = (s: string): string => normalizeDots(s.normalize("NFKC")).replace(/\s+/g, "")

/** Compared against when a number is unknown; never a holder's name (names are not empty). */
const NO_HOLDER = ""

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

const judge = (
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

// ---------------------------------------------------------------------------------------------
// The service

/** Options of a batch run. */
export interface BatchOptions {
  /** Called after each item's transaction commits (progress display; crash tests). */
  readonly onIssued?: (item: {
    readonly position: number
    readonly number: CertificateNo
  }) => Effect.Effect<void>
}

/** Inputs of the status transitions. */
export interface SuspendInput {
  readonly number: string
  readonly on: CivilDate
  readonly reason: string
  readonly document?: string
}
export interface ReinstateInput {
  readonly number: string
  readonly on: CivilDate
  readonly reason?: string
  readonly document?: string
}
export interface RevokeInput {
  readonly number: string
  readonly on: CivilDate
  /** The decision that revokes (撤销文件), shown on the public check. */
  readonly document: string
  readonly reason: string
  /**
   * Set when revoked for fraud (002 四): records the integrity ban for the 3 evaluation years after
   * `evaluationYear`, the evaluation in which the fraud occurred (DOMAIN.md ruling 7) — by default the
   * year the certificate was issued.
   */
  readonly fraud?: { readonly foundOn: CivilDate; readonly evaluationYear?: number | undefined }
}

const nowIso = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms).toISOString())
const today = Effect.map(Clock.currentTimeMillis, todayInChina)

/**
 * The certificate procedures. Every change runs in one transaction with its audit entry (and the
 * application's step, for issuance and revocation); a refused change writes nothing. Provide
 * `Certificates.Default` with the repository layers, a Signer, the IntegrityRecord and the
 * Applications service (Applications.ts), a Transactor and an AuditLog.
 */
export class Certificates extends Effect.Service<Certificates>()("zhicheng/Certificates", {
  effect: Effect.gen(function* () {
    const store = yield* CertificateStore
    const keys = yield* SigningKeys
    const signer = yield* Signer
    const tx = yield* Transactor
    const audit = yield* AuditLog
    const integrity = yield* IntegrityRecord
    const glyphs = yield* CertificateGlyphs

    /** Every printed field of the request can be printed exactly as it is (`NotPrintable`). */
    const printable = (req: IssueRequest) => {
      const fields = {
        holderName: req.holderName,
        title: req.title,
        series: req.series,
        specialty: req.specialty,
        approvalNo: req.approvalNo,
        "issuingBody.name": req.issuingBody.name,
      }
      for (const [field, text] of Object.entries(fields)) {
        const characters = glyphs.unprintable(text)
        if (characters.length > 0)
          return Effect.fail(
            new NotPrintable({
              applicationId: req.applicationId,
              field,
              characters,
              message: `${field} cannot be printed as stored: the certificate's font has no glyph for ${characters.join(", ")}; nothing was numbered or signed (correct the name on the application, or install a font that covers it)`,
              clause: NAME_RULING,
            }),
          )
      }
      return Effect.void
    }
    const applications = yield* Applications

    /**
     * The request must print the application's holder, specialty and the level it sought (never the
     * HMAC in a message). An application stored before the level was recorded, on a track open at
     * "any" level, gets no certificate until a clerk records it (`Applications.recordTarget`).
     */
    const matchesApplication = (app: Application, req: IssueRequest) => {
      const expected = { holderName: app.name, holderIdHmac: app.idHmac, specialty: app.specialty }
      const differs = (Object.keys(expected) as Array<keyof typeof expected>).find(
        (f) => req[f] !== expected[f],
      )
      if (differs !== undefined)
        return Effect.fail(
          new RequestMismatch({
            applicationId: app.id,
            field: differs,
            message:
              differs === "holderIdHmac"
                ? `the holder's ID fingerprint is not application ${app.id}'s`
                : `${differs} "${req[differs]}" is not application ${app.id}'s ("${expected[differs]}")`,
          }),
        )
      if (app.target === undefined)
        return Effect.fail(
          new RequestMismatch({
            applicationId: app.id,
            field: "level",
            message: `application ${app.id} does not record the level it sought: a clerk records it before its certificate is issued`,
          }),
        )
      if (req.level !== app.target.level)
        return Effect.fail(
          new RequestMismatch({
            applicationId: app.id,
            field: "level",
            message: `level "${req.level}" is not the level application ${app.id} sought ("${app.target.level}")`,
          }),
        )
      return Effect.void
    }

    /**
     * Refuses, reading only, what cannot get a certificate: the application must exist, have no
     * certificate yet, be decided and approved (`Applications.certificateGuard`, which cites the
     * clause), and match the request. Runs again inside every issuance's transaction.
     */
    const checkIssuable = (req: IssueRequest) =>
      Effect.gen(function* () {
        const app = yield* applications.get(req.applicationId)
        const existing = yield* store.byApplication(req.applicationId)
        const number = Option.isSome(existing) ? existing.value.number : app.certificateNo
        if (number !== undefined || app.state === "certificate-issued" || app.state === "certificate-revoked")
          return yield* new AlreadyIssued({
            applicationId: app.id,
            number: number ?? "",
            message: `application ${app.id} already has certificate ${number ?? "(number not recorded)"}`,
          })
        yield* certificateGuard(app)
        yield* matchesApplication(app, req)
        yield* printable(req)
        const held = yield* store.liveTitles({
          holderIdHmac: req.holderIdHmac,
          series: req.series,
          level: req.level,
        })
        if (held[0] !== undefined) return yield* titleHeld(app.id, held[0], req)
        return app
      })

    const titleHeld = (applicationId: string, number: string, req: IssueRequest) =>
      new TitleAlreadyHeld({
        applicationId,
        number,
        message: `the holder of application ${applicationId} already holds certificate ${number} of ${req.series} at the ${req.level} level (not revoked): one person holds one such certificate`,
        clause: ONE_CLAIM_RULING,
      })

    /**
     * Issues inside the current transaction: the application's checks, counter, signature, row,
     * audit entry, and the application's `decided → certificate-issued` step — all or nothing.
     */
    const issueInTx = (actor: Actor, req: IssueRequest, batchId?: string) =>
      Effect.gen(function* () {
        // The holder's lock first: the checks below then see every issuance committed before ours.
        yield* store.lockHolder(req.holderIdHmac)
        yield* checkIssuable(req)
        const key = yield* keys.active
        if (Option.isNone(key))
          return yield* new NoActiveSigningKey({
            message: "no active signing key: rotate one in before issuing certificates",
          })
        if (key.value.algorithm !== signer.algorithm)
          return yield* Effect.dieMessage(
            `active key ${key.value.kid} is ${key.value.algorithm} but the signer is ${signer.algorithm}`,
          )
        const issuedOn = yield* today
        const year = parts(issuedOn).year
        const seq = yield* store.nextSeq(req.issuingBody.code, year)
        const number = formatNumber(req.issuingBody.code, year, seq)
        const payload: SignedPayload = {
          v: FORMAT_VERSION,
          alg: signer.algorithm,
          kid: key.value.kid,
          no: number,
          name: req.holderName,
          title: req.title,
          level: req.level,
          series: req.series,
          specialty: req.specialty,
          body: req.issuingBody.name,
          issued: issuedOn,
          approval: req.approvalNo,
        }
        const text = payloadText(payload)
        const signature = toBase64Url(yield* signer.sign(key.value.privateKey, utf8.encode(text)))
        const cert: Certificate = {
          number,
          applicationId: req.applicationId,
          holderName: req.holderName,
          holderIdHmac: req.holderIdHmac,
          title: req.title,
          level: req.level,
          series: req.series,
          specialty: req.specialty,
          issuingBody: req.issuingBody,
          issuedOn,
          approvalNo: req.approvalNo,
          keyId: key.value.kid,
          algorithm: signer.algorithm,
          payload: text,
          signature,
          status: "valid",
          ...(batchId !== undefined ? { batchId } : {}),
        }
        const at = yield* nowIso
        if (!(yield* store.insert(cert, at)))
          return yield* new AlreadyIssued({
            applicationId: req.applicationId,
            number: "",
            message: `application ${req.applicationId} already has a certificate (issued concurrently)`,
          })
        yield* audit.append({
          actor,
          action: "certificate.issue",
          subject: `certificate:${number}`,
          data: {
            number,
            applicationId: req.applicationId,
            keyId: key.value.kid,
            ...(batchId !== undefined ? { batchId } : {}),
          },
        })
        // Same transaction: a crash or a refusal leaves neither the certificate nor the step, and a
        // concurrent change of the application fails the version check and rolls this back.
        yield* applications.markCertificateIssued(req.applicationId, number, {
          actor,
          reason: `certificate ${number}`,
        })
        return cert
      })

    const getCert = (number: string) =>
      Effect.flatMap(store.byNumber(number), (o) =>
        Option.match(o, {
          onNone: () => Effect.fail(notFound()),
          onSome: Effect.succeed,
        }),
      )

    const transition = (
      actor: Actor,
      number: string,
      to: CertificateStatus,
      allowedFrom: ReadonlyArray<CertificateStatus>,
      change: StatusChange,
      after?: (c: Certificate) => Effect.Effect<Record<string, unknown>>,
    ) =>
      tx.withTransaction(
        Effect.gen(function* () {
          const c = yield* getCert(number)
          if (!allowedFrom.includes(c.status))
            return yield* new InvalidTransition({
              subject: `certificate:${c.number}`,
              from: c.status,
              to,
              message:
                c.status === "revoked"
                  ? `certificate ${c.number} is revoked; revocation is final`
                  : `certificate ${c.number} is ${c.status}; it cannot become ${to}`,
            })
          yield* store.setStatus(c.number, to, change)
          const extra = after === undefined ? {} : yield* after(c)
          yield* audit.append({
            actor,
            action: `certificate.${to === "valid" ? "reinstate" : to === "suspended" ? "suspend" : "revoke"}`,
            subject: `certificate:${c.number}`,
            data: { from: c.status, to, ...change, ...extra },
          })
          return { ...c, status: to, statusChange: change } satisfies Certificate
        }),
      )

    const runBatch = (actor: Actor, batchId: string, options?: BatchOptions) =>
      Effect.gen(function* () {
        if (Option.isNone(yield* store.batch(batchId)))
          return yield* new BatchNotFound({ batchId, message: `no certificate batch ${batchId}` })
        const pending = yield* store.pendingItems(batchId)
        for (const { position } of pending) {
          // One transaction per certificate: a crash loses at most the one in flight, whole.
          const issued = yield* tx.withTransaction(
            Effect.gen(function* () {
              const item = yield* store.lockBatchItem(batchId, position)
              if (Option.isNone(item) || item.value.status === "issued") return Option.none<CertificateNo>()
              const existing = yield* store.byApplication(item.value.request.applicationId)
              const number = Option.isSome(existing)
                ? existing.value.number
                : (yield* issueInTx(actor, item.value.request, batchId)).number
              yield* store.markItemIssued(batchId, position, number)
              return Option.some(number)
            }),
          )
          if (Option.isSome(issued) && options?.onIssued !== undefined)
            yield* options.onIssued({ position, number: issued.value })
        }
        const progress = yield* store.batch(batchId)
        if (Option.isSome(progress) && progress.value.pending === 0 && progress.value.status === "open") {
          const at = yield* nowIso
          yield* tx.withTransaction(
            Effect.gen(function* () {
              if (yield* store.finishBatch(batchId, at))
                yield* audit.append({
                  actor,
                  action: "certificate-batch.finish",
                  subject: `certificate-batch:${batchId}`,
                  data: { total: progress.value.total },
                })
            }),
          )
        }
        return Option.getOrThrow(yield* store.batch(batchId))
      })

    const createBatch = (actor: Actor, batchId: string, requests: ReadonlyArray<IssueRequest>) =>
      tx.withTransaction(
        Effect.gen(function* () {
          if (Option.isSome(yield* store.batch(batchId)))
            return yield* new BatchExists({
              batchId,
              message: `certificate batch ${batchId} already exists; resume it instead`,
            })
          // Every item is checked now, so that a run never stops at an application that could not
          // get a certificate (issuance checks again, in each item's transaction).
          for (const r of requests) yield* checkIssuable(r)
          // Nor at the second of two items giving one person the same title.
          const seen = new Set<string>()
          for (const r of requests) {
            const claim = `${r.holderIdHmac}\u0000${r.series}\u0000${r.level}`
            if (seen.has(claim))
              return yield* new TitleAlreadyHeld({
                applicationId: r.applicationId,
                number: "",
                message: `application ${r.applicationId} would give its holder a second certificate of ${r.series} at the ${r.level} level in this batch: one person holds one such certificate`,
                clause: ONE_CLAIM_RULING,
              })
            seen.add(claim)
          }
          const at = yield* nowIso
          if (!(yield* store.createBatch({ id: batchId, createdAt: at, createdBy: actor.id }, requests)))
            return yield* new BatchExists({
              batchId,
              message: `certificate batch ${batchId} already exists; resume it instead`,
            })
          yield* audit.append({
            actor,
            action: "certificate-batch.create",
            subject: `certificate-batch:${batchId}`,
            data: { total: requests.length, applications: requests.map((r) => r.applicationId) },
          })
        }),
      )

    const rotateKey = (actor: Actor) =>
      Effect.gen(function* () {
        const generated = yield* signer.generate
        return yield* tx.withTransaction(
          Effect.gen(function* () {
            const at = yield* nowIso
            const before = (yield* keys.list).find((k) => k.status === "active")
            yield* keys.insertActive(generated, at)
            yield* audit.append({
              actor,
              action: "certificate-key.rotate",
              subject: `signing-key:${generated.kid}`,
              data: {
                kid: generated.kid,
                algorithm: generated.algorithm,
                ...(before !== undefined ? { retired: before.kid } : {}),
              },
            })
            return Option.getOrThrow(yield* keys.find(generated.kid))
          }),
        )
      })

    const revokeKey = (actor: Actor, kid: string, reason: string) =>
      tx.withTransaction(
        Effect.gen(function* () {
          const key = yield* keys.find(kid)
          if (Option.isNone(key))
            return yield* new SigningKeyNotFound({ kid, message: `no signing key ${kid}` })
          if (key.value.status === "compromised")
            return yield* new InvalidTransition({
              subject: `signing-key:${kid}`,
              from: "compromised",
              to: "compromised",
              message: `signing key ${kid} is already revoked as compromised`,
            })
          const at = yield* nowIso
          yield* keys.markCompromised(kid, at, reason)
          yield* audit.append({
            actor,
            action: "certificate-key.revoke",
            subject: `signing-key:${kid}`,
            data: { kid, reason, was: key.value.status },
          })
          return Option.getOrThrow(yield* keys.find(kid))
        }),
      )

    const keySet: Effect.Effect<KeySet> = Effect.map(keys.list, (ks) => ({ keys: ks.map(publishKey) }))

    return {
      /**
       * Issues one certificate for a decided, approved application and moves the application to
       * certificate-issued with its number, in one transaction. Refused: no such application
       * (`ApplicationNotFound`), one that already has a certificate (`AlreadyIssued`), one not decided
       * (`InvalidTransition`) or not approved (`NotApproved`), both citing `certificateClause(edition)`, and a
       * request whose holder, specialty or level is not the application's (`RequestMismatch`).
       */
      issue: (actor: Actor, req: IssueRequest) => tx.withTransaction(issueInTx(actor, req)),

      /** The checks `issue` runs first, writing nothing: for callers that report every refused item at once. */
      checkIssuable: (req: IssueRequest) => Effect.asVoid(checkIssuable(req)),

      /**
       * Records a batch (all its requests) so that it can be run and resumed; fails if the id exists
       * or if any request would be refused by `issue` (the first such refusal).
       */
      createBatch,

      /** Issues every pending item of a batch, one transaction each, in order; safe to rerun after a crash. */
      resumeBatch: runBatch,

      /** Creates a batch and runs it: the usual call; after a crash call `resumeBatch` with the same id. */
      issueBatch: (
        actor: Actor,
        batchId: string,
        requests: ReadonlyArray<IssueRequest>,
        options?: BatchOptions,
      ) => Effect.zipRight(createBatch(actor, batchId, requests), runBatch(actor, batchId, options)),

      /** A batch's progress. */
      batch: (batchId: string) =>
        Effect.flatMap(store.batch(batchId), (o) =>
          Option.match(o, {
            onNone: () =>
              Effect.fail(new BatchNotFound({ batchId, message: `no certificate batch ${batchId}` })),
            onSome: Effect.succeed,
          }),
        ),

      /** A certificate by number, for staff (holds the ID HMAC: never return it to the public). */
      get: getCert,

      /**
       * The public online check: answers only when number and name both match, with the one generic
       * {@link CertificateNotFound} otherwise (DOMAIN.md, PIPL art. 6). Rate limiting is the API's job.
       */
      verifyOnline: (number: string, name: string) =>
        Effect.gen(function* () {
          // A wrong number and a wrong name do the same work — one name lookup, one comparison (with
          // a name no one has when the number is unknown) — so the answer's timing cannot tell which
          // was wrong. The certificate itself is read only once both match.
          const holder = yield* store.holderName(number.trim())
          const same = sameName(
            Option.getOrElse(holder, () => NO_HOLDER),
            name,
          )
          if (Option.isNone(holder) || !same) return yield* notFound()
          const c = yield* store.byNumber(number.trim())
          if (Option.isNone(c)) return yield* notFound()
          return publicView(c.value)
        }),

      /**
       * The offline check against this server's key store (the same rules as {@link verifyQrWith}):
       * retired keys still verify; a key revoked as compromised fails with its date.
       */
      verifyOffline: (text: string): Effect.Effect<OfflineResult, OfflineError> =>
        Effect.gen(function* () {
          const { payload, message, signature } = yield* parseQr(text)
          if (payload.alg !== signer.algorithm)
            return yield* new UnsupportedAlgorithm({
              algorithm: payload.alg,
              message: `no verifier for algorithm ${payload.alg}`,
            })
          const key = yield* keys.find(payload.kid)
          if (Option.isNone(key))
            return yield* new UnknownSigningKey({
              kid: payload.kid,
              message: `signing key ${payload.kid} is not one of ours`,
            })
          const ok = yield* signer.verify(key.value.publicJwk, message, signature)
          return yield* judge(payload, key.value.status, key.value.revokedAt, ok)
        }),

      /**
       * Suspends a valid certificate while an investigation runs. The application stays
       * certificate-issued: a suspension is interim, only a revocation changes the application.
       */
      suspend: (actor: Actor, input: SuspendInput) =>
        transition(actor, input.number, "suspended", ["valid"], {
          on: input.on,
          reason: input.reason,
          ...(input.document !== undefined ? { document: input.document } : {}),
        }),

      /** Reinstates a suspended certificate (the investigation cleared it); the application is untouched. */
      reinstate: (actor: Actor, input: ReinstateInput) =>
        transition(actor, input.number, "valid", ["suspended"], {
          on: input.on,
          ...(input.reason !== undefined ? { reason: input.reason } : {}),
          ...(input.document !== undefined ? { document: input.document } : {}),
        }),

      /**
       * Revokes a certificate; final. In the same transaction its application goes
       * `certificate-issued → certificate-revoked`, the transition recording the decision, the
       * reason and any ban. For fraud (002 四 申报纪律, {@link FRAUD_BAN_CLAUSE}) it also records
       * the holder's integrity ban through `Applications.IntegrityRecord`: the 3 years from the year
       * after `fraud.foundOn`.
       */
      revoke: (actor: Actor, input: RevokeInput) =>
        tx.withTransaction(
          Effect.gen(function* () {
            // The 3 evaluation years after the one the fraud occurred in (DOMAIN.md ruling 7): as the
            // finding records it, else the certificate's evaluation — the year it was issued, but never
            // later than the year of the finding (a finding cannot precede the fraud).
            const banOf = (c: Certificate, fraud: NonNullable<RevokeInput["fraud"]>) =>
              banAfterFinding(
                {
                  evaluationYear:
                    fraud.evaluationYear ?? Math.min(parts(c.issuedOn).year, parts(fraud.foundOn).year),
                  foundOn: fraud.foundOn,
                },
                { idHmac: c.holderIdHmac, reason: input.reason, certificateNo: c.number },
              )
            const revoked = yield* transition(
              actor,
              input.number,
              "revoked",
              ["valid", "suspended"],
              { on: input.on, document: input.document, reason: input.reason },
              input.fraud === undefined
                ? undefined
                : (c) =>
                    Effect.gen(function* () {
                      const ban = banOf(c, input.fraud ?? { foundOn: input.on })
                      yield* integrity.record(ban)
                      return {
                        integrityBan: {
                          foundOn: ban.foundOn,
                          fromYear: ban.fromYear,
                          toYear: ban.toYear,
                          clause: FRAUD_BAN_CLAUSE,
                        },
                      }
                    }),
            )
            const ban = input.fraud === undefined ? undefined : banOf(revoked, input.fraud)
            yield* applications.markCertificateRevoked(revoked.applicationId, revoked.number, {
              actor,
              reason: input.reason,
              document: input.document,
              on: input.on,
              ...(ban !== undefined
                ? { integrityBan: { foundOn: ban.foundOn, fromYear: ban.fromYear, toYear: ban.toYear } }
                : {}),
            })
            return revoked
          }),
        ),

      /** Generates a new active signing key; the previous one becomes retired and still verifies. */
      rotateKey,

      /** Revokes a key as compromised: offline checks of its signatures fail from now on. */
      revokeKey,

      /** The key set to publish for offline verifiers. */
      keySet,
    }
  }),
}) {}
