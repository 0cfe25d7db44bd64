/** The certificate procedures' expected failures, each declaring its kind (ErrorKind). */
import { Schema } from "effect"
import { Citation as CitationSchema } from "../Citation.ts"
import * as ErrorKind from "../ErrorKind.ts"

/** The one answer to a public check whose number or name does not match (it never says which). */
export class CertificateNotFound extends Schema.TaggedError<CertificateNotFound>()(
  "CertificateNotFound",
  {
    message: Schema.String,
  },
  ErrorKind.notFound,
) {}

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
 * What the issuing body stated cannot make the certificate of the application(s): a level that is
 * not the one sought, a title or series missing where the track leaves it open, an application the
 * track of which is no longer in the registry — and in a batch every item refused, each named.
 * `errors` name the input: `level`, `title`, `series` (the statement's fields), `applicationId` (one
 * issue) or `applicationIds[i]` (the i-th item of a batch), each with the rule.
 */
export class IssueInputRejected extends Schema.TaggedError<IssueInputRejected>()(
  "IssueInputRejected",
  {
    message: Schema.String,
    errors: Schema.Array(Schema.Struct({ path: Schema.String, rule: Schema.String })),
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
