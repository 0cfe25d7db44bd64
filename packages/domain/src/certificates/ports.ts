/**
 * What the certificate service reaches through tags: the signature algorithm, the renderer's glyphs,
 * the signing-key store and the certificate store. The db package implements them.
 */
import { Context, type Effect, type Option } from "effect"
import type {
  Algorithm,
  BatchItem,
  BatchProgress,
  Certificate,
  CertificateNo,
  CertificateStatus,
  GeneratedKey,
  IssueRequest,
  KeyInfo,
  PublicJwk,
  StatusChange,
} from "./model.ts"

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
export class CertificateRepository extends Context.Tag("zhicheng/CertificateRepository")<
  CertificateRepository,
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
