/**
 * Lock rows for checks that must not run concurrently for the same key (domain
 * `ApplicationRepository.lock`, `CertificateRepository.lockHolder`): `person:<id HMAC>` serialises one
 * person's application creations and certificate issuances, so that two concurrent requests cannot
 * both pass the one-claim check (one live application per edition and level, one valid certificate
 * per series and level — DOMAIN.md "Personal data and certificates"); `enterprise:<edition>:<track>:<unit>`
 * serialises recommendations counted against a per-enterprise cap (002 附件1 二(二)2 B类).
 *
 * A lock is an upsert of the key's row inside the caller's transaction: PostgreSQL holds the row lock
 * until commit; SQLite runs one write transaction at a time. Rows hold no personal data beyond the
 * HMAC the applications table already keeps.
 *
 * Duplicates stored before this migration (the same person with two live applications or two valid
 * certificates of one level) are not touched: which of two titles to revoke is the bureau's decision.
 * The index below lets a clerk find them quickly.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE procedure_locks (
    key TEXT PRIMARY KEY,
    n INTEGER NOT NULL
  )`
  yield* sql`CREATE INDEX applications_claim ON applications (id_hmac, edition, target_level)`
  yield* sql`CREATE INDEX certificates_claim ON certificates (holder_id_hmac, series, level)`
})
