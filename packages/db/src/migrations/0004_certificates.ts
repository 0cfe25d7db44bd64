/**
 * Electronic certificates: signing keys, per-(body, year) number counters, certificates, and
 * batches with their items (so a batch can be resumed after a crash).
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  // Private keys are stored encrypted when ZHICHENG_KEY_SECRET is set (see CertificatesSql.ts);
  // production would keep them in an HSM or a KMS and store only a handle here.
  yield* sql`CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY,
    algorithm TEXT NOT NULL,
    public_jwk TEXT NOT NULL,
    public_pem TEXT NOT NULL,
    private_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'retired', 'compromised')),
    created_at TEXT NOT NULL,
    retired_at TEXT,
    revoked_at TEXT,
    revoked_reason TEXT
  )`
  // At most one active key.
  yield* sql`CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active'`

  // One row per issuing body and year; issuance bumps it in the certificate's own transaction.
  yield* sql`CREATE TABLE certificate_counters (
    body_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (body_code, year)
  )`

  yield* sql`CREATE TABLE certificates (
    number TEXT PRIMARY KEY,
    body_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    application_id TEXT NOT NULL UNIQUE,
    holder_name TEXT NOT NULL,
    holder_id_hmac TEXT NOT NULL,
    title TEXT NOT NULL,
    level TEXT NOT NULL,
    series TEXT NOT NULL,
    specialty TEXT NOT NULL,
    issuing_body_name TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    approval_no TEXT NOT NULL,
    key_id TEXT NOT NULL REFERENCES signing_keys (kid),
    algorithm TEXT NOT NULL,
    payload TEXT NOT NULL,
    signature TEXT NOT NULL CHECK (signature <> ''),
    status TEXT NOT NULL CHECK (status IN ('valid', 'suspended', 'revoked')),
    status_on TEXT,
    status_document TEXT,
    status_reason TEXT,
    batch_id TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (body_code, year, seq)
  )`
  yield* sql`CREATE INDEX certificates_holder ON certificates (holder_id_hmac)`

  yield* sql`CREATE TABLE certificate_batches (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    total INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'done')),
    finished_at TEXT
  )`
  yield* sql`CREATE TABLE certificate_batch_items (
    batch_id TEXT NOT NULL REFERENCES certificate_batches (id),
    position INTEGER NOT NULL,
    application_id TEXT NOT NULL,
    request TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'issued')),
    certificate_no TEXT REFERENCES certificates (number),
    attempts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (batch_id, position),
    UNIQUE (batch_id, application_id)
  )`
})
