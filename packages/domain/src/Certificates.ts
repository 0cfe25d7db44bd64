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
 * What it prints: holder, specialty and level come from the application (the level it sought), title
 * and series from its track ({@link printedFor}); the issuing body states only itself, the approval
 * number and, where the track leaves them open, title and series ({@link IssueStatement}).
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
 * I/O goes through the repository tags {@link CertificateRepository} and {@link SigningKeys}, the
 * algorithm tag {@link Signer} and the `Applications` service; the db package implements the tags.
 */
// The module is split by concern in certificates/: the data and formats (model.ts), the errors
// (errors.ts), the tags the db package implements (ports.ts), what a certificate prints
// (printed.ts), the checks (verify.ts) and the service (service.ts). This file re-exports them,
// so importers name one module.
export * from "./certificates/errors.ts"
export * from "./certificates/model.ts"
export * from "./certificates/ports.ts"
export * from "./certificates/printed.ts"
export * from "./certificates/service.ts"
export {
  normalizeName,
  type OfflineResult,
  parseQr,
  publicView,
  publishKey,
  sameName,
  verifyQrWith,
} from "./certificates/verify.ts"
