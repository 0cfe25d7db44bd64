/**
 * Certificates, their number counters, batches and signing keys in SQL (SQLite or PostgreSQL).
 *
 * Numbering: `nextSeq` is one upsert on the (body, year) counter row, run in the certificate's own
 * transaction. In PostgreSQL the row lock it takes serialises concurrent issuers until commit; in
 * SQLite the write transaction does. A rolled-back issuance rolls the counter back with it, so
 * numbers have no gap and no duplicate.
 *
 * Private signing keys: stored in `signing_keys.private_key`, encrypted with AES-256-GCM under a
 * key derived (scrypt) from the environment variable ZHICHENG_KEY_SECRET when it is set, and kept
 * as plain PKCS#8 (base64url, prefixed `pkcs8:`) when it is not — fine for development, not for
 * production, where the key would live in an HSM or a cloud KMS and this column would hold only a
 * handle. A row encrypted under a secret that is absent or different is a defect with a clear
 * message (no silent fallback).
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto"
import { SqlClient } from "@effect/sql"
import type { Applications } from "@zhicheng/domain/Applications"
import type { AuditLog, Transactor } from "@zhicheng/domain/Audit"
import {
  type BatchItem,
  type BatchProgress,
  Certificate,
  type CertificateNo,
  CertificateRepository,
  Certificates,
  IssueRequest,
  KeyInfo,
  SigningKeys,
} from "@zhicheng/domain/Certificates"
import * as Text from "@zhicheng/domain/Text"
import { Config, Effect, Layer, Option, Redacted, Schema } from "effect"
import { IntegrityRepositorySql } from "./ApplicationsSql.ts"
import { PdfGlyphs } from "./CertificatePdf.ts"
import { Ed25519Signer } from "./Ed25519.ts"

// ---------------------------------------------------------------------------------------------
// Private keys at rest

const ENC_PREFIX = "aes-256-gcm:v1:"
const PLAIN_PREFIX = "pkcs8:"
const b64u = (b: Uint8Array) => Buffer.from(b).toString("base64url")
const unb64u = (s: string) => new Uint8Array(Buffer.from(s, "base64url"))

/** Seals a private key for storage; the kid is bound in as associated data. */
export const sealPrivateKey = (secretKey: Uint8Array | undefined, kid: string, der: Uint8Array): string => {
  if (secretKey === undefined) return PLAIN_PREFIX + b64u(der)
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", secretKey, iv)
  cipher.setAAD(Buffer.from(kid, "utf8"))
  const ct = Buffer.concat([cipher.update(der), cipher.final()])
  return `${ENC_PREFIX}${b64u(iv)}.${b64u(cipher.getAuthTag())}.${b64u(ct)}`
}

/** Opens a stored private key; throws with a clear message when the secret is missing or wrong. */
export const openPrivateKey = (
  secretKey: Uint8Array | undefined,
  kid: string,
  stored: string,
): Uint8Array => {
  if (stored.startsWith(PLAIN_PREFIX)) return unb64u(stored.slice(PLAIN_PREFIX.length))
  if (!stored.startsWith(ENC_PREFIX)) throw new Error(`signing key ${kid}: unknown storage format`)
  if (secretKey === undefined)
    throw new Error(`signing key ${kid} is encrypted but ZHICHENG_KEY_SECRET is not set`)
  const [iv, tag, ct] = stored.slice(ENC_PREFIX.length).split(".") as [string, string, string]
  const decipher = createDecipheriv("aes-256-gcm", secretKey, unb64u(iv))
  decipher.setAAD(Buffer.from(kid, "utf8"))
  decipher.setAuthTag(unb64u(tag))
  try {
    return new Uint8Array(Buffer.concat([decipher.update(unb64u(ct)), decipher.final()]))
  } catch {
    throw new Error(
      `signing key ${kid} cannot be decrypted: ZHICHENG_KEY_SECRET differs from the one it was stored under`,
    )
  }
}

/** The AES key derived from ZHICHENG_KEY_SECRET, or undefined when the variable is unset or empty. */
export const keySecretFromEnv = Effect.gen(function* () {
  const secret = yield* Config.option(Config.redacted("ZHICHENG_KEY_SECRET"))
  if (Option.isNone(secret) || Redacted.value(secret.value) === "") return undefined
  return new Uint8Array(scryptSync(Redacted.value(secret.value), "zhicheng/signing-keys/v1", 32))
}).pipe(Effect.orDie)

// ---------------------------------------------------------------------------------------------
// Rows

interface CertRow {
  readonly number: string
  readonly application_id: string
  readonly holder_name: string
  readonly holder_id_hmac: string
  readonly title: string
  readonly level: string
  readonly series: string
  readonly specialty: string
  readonly body_code: string
  readonly issuing_body_name: string
  readonly issued_on: string
  readonly approval_no: string
  readonly key_id: string
  readonly algorithm: string
  readonly payload: string
  readonly signature: string
  readonly status: string
  readonly status_on: string | null
  readonly status_document: string | null
  readonly status_reason: string | null
  readonly batch_id: string | null
}

// Text.stored: a name stored before the text rules is read (unsafe characters shown as U+FFFD), never a 500.
const decodeCertificate = Schema.decodeUnknown(Text.stored(Certificate))
const toCertificate = (r: CertRow) =>
  decodeCertificate({
    number: r.number,
    applicationId: r.application_id,
    holderName: r.holder_name,
    holderIdHmac: r.holder_id_hmac,
    title: r.title,
    level: r.level,
    series: r.series,
    specialty: r.specialty,
    issuingBody: { code: r.body_code, name: r.issuing_body_name },
    issuedOn: r.issued_on,
    approvalNo: r.approval_no,
    keyId: r.key_id,
    algorithm: r.algorithm,
    payload: r.payload,
    signature: r.signature,
    status: r.status,
    ...(r.status_on !== null
      ? {
          statusChange: {
            on: r.status_on,
            ...(r.status_document !== null ? { document: r.status_document } : {}),
            ...(r.status_reason !== null ? { reason: r.status_reason } : {}),
          },
        }
      : {}),
    ...(r.batch_id !== null ? { batchId: r.batch_id } : {}),
  })

interface KeyRow {
  readonly kid: string
  readonly algorithm: string
  readonly public_jwk: string
  readonly public_pem: string
  readonly status: string
  readonly created_at: string
  readonly retired_at: string | null
  readonly revoked_at: string | null
  readonly revoked_reason: string | null
}

const decodeKey = Schema.decodeUnknown(KeyInfo)
const toKeyInfo = (r: KeyRow) =>
  decodeKey({
    kid: r.kid,
    algorithm: r.algorithm,
    publicJwk: JSON.parse(r.public_jwk),
    publicPem: r.public_pem,
    status: r.status,
    createdAt: r.created_at,
    ...(r.retired_at !== null ? { retiredAt: r.retired_at } : {}),
    ...(r.revoked_at !== null ? { revokedAt: r.revoked_at } : {}),
    ...(r.revoked_reason !== null ? { revokedReason: r.revoked_reason } : {}),
  })

const decodeRequest = Schema.decodeUnknown(Schema.parseJson(IssueRequest))

// ---------------------------------------------------------------------------------------------
// Layers

/** The certificate repository over SQL. Calls marked "in transaction" in the tag rely on the caller's Transactor. */
export const CertificateRepositorySql = Layer.effect(
  CertificateRepository,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const one = <A>(rows: ReadonlyArray<A>) => Option.fromNullable(rows[0])

    return {
      nextSeq: (bodyCode, year) =>
        sql<{ last_seq: number | string }>`INSERT INTO certificate_counters (body_code, year, last_seq)
          VALUES (${bodyCode}, ${year}, 1)
          ON CONFLICT (body_code, year) DO UPDATE SET last_seq = certificate_counters.last_seq + 1
          RETURNING last_seq`.pipe(
          Effect.flatMap((rows) =>
            rows[0] === undefined
              ? Effect.dieMessage("counter upsert returned no row")
              : Effect.succeed(Number(rows[0].last_seq)),
          ),
          Effect.orDie,
        ),

      insert: (c, createdAt) => {
        const parsed = /^(.*)-(\d{4})-(\d{6})$/.exec(c.number)
        return sql<{ number: string }>`INSERT INTO certificates ${sql.insert({
          number: c.number,
          body_code: c.issuingBody.code,
          year: Number(parsed?.[2]),
          seq: Number(parsed?.[3]),
          application_id: c.applicationId,
          holder_name: c.holderName,
          holder_id_hmac: c.holderIdHmac,
          title: c.title,
          level: c.level,
          series: c.series,
          specialty: c.specialty,
          issuing_body_name: c.issuingBody.name,
          issued_on: c.issuedOn,
          approval_no: c.approvalNo,
          key_id: c.keyId,
          algorithm: c.algorithm,
          payload: c.payload,
          signature: c.signature,
          status: c.status,
          batch_id: c.batchId ?? null,
          created_at: createdAt,
        })} ON CONFLICT (application_id) DO NOTHING RETURNING number`.pipe(
          Effect.map((rows) => rows.length === 1),
          Effect.orDie,
        )
      },

      byNumber: (number) =>
        sql<CertRow>`SELECT * FROM certificates WHERE number = ${number}`.pipe(
          Effect.flatMap((rows) => Effect.transposeOption(Option.map(one(rows), toCertificate))),
          Effect.orDie,
        ),

      // Always one row (NULL when no certificate has the number): a hit and a miss cost the same.
      holderName: (number) =>
        sql<{
          holder_name: string | null
        }>`SELECT (SELECT holder_name FROM certificates WHERE number = ${number}) AS holder_name`.pipe(
          Effect.map((rows) => Option.fromNullable(rows[0]?.holder_name)),
          Effect.orDie,
        ),

      byApplication: (applicationId) =>
        sql<CertRow>`SELECT * FROM certificates WHERE application_id = ${applicationId}`.pipe(
          Effect.flatMap((rows) => Effect.transposeOption(Option.map(one(rows), toCertificate))),
          Effect.orDie,
        ),

      // The person's row of migration 0011 (the key `ApplicationsSql.lock` uses for the same person).
      lockHolder: (holderIdHmac) =>
        sql`INSERT INTO procedure_locks (key, n) VALUES (${`person:${holderIdHmac}`}, 1)
          ON CONFLICT (key) DO UPDATE SET n = procedure_locks.n + 1`.pipe(Effect.asVoid, Effect.orDie),

      liveTitles: ({ holderIdHmac, series, level }) =>
        sql<{ number: string }>`SELECT number FROM certificates
          WHERE holder_id_hmac = ${holderIdHmac} AND series = ${series} AND level = ${level}
            AND status <> 'revoked'
          ORDER BY number`.pipe(
          Effect.map((rows) => rows.map((r) => r.number)),
          Effect.orDie,
        ),

      setStatus: (number, status, change) =>
        sql`UPDATE certificates SET status = ${status}, status_on = ${change.on}, status_document = ${change.document ?? null},
              status_reason = ${change.reason ?? null} WHERE number = ${number}`.pipe(
          Effect.asVoid,
          Effect.orDie,
        ),

      createBatch: (batch, requests) =>
        Effect.gen(function* () {
          const inserted = yield* sql`INSERT INTO certificate_batches ${sql.insert({
            id: batch.id,
            created_at: batch.createdAt,
            created_by: batch.createdBy,
            total: requests.length,
            status: requests.length === 0 ? "done" : "open",
          })} ON CONFLICT (id) DO NOTHING RETURNING id`
          if (inserted.length === 0) return false
          const rows = requests.map((r, i) => ({
            batch_id: batch.id,
            position: i + 1,
            application_id: r.applicationId,
            request: JSON.stringify(r),
            status: "pending",
          }))
          for (let i = 0; i < rows.length; i += 200)
            yield* sql`INSERT INTO certificate_batch_items ${sql.insert(rows.slice(i, i + 200))}`
          return true
        }).pipe(Effect.orDie),

      pendingItems: (batchId) =>
        sql<{ position: number | string }>`SELECT position FROM certificate_batch_items
          WHERE batch_id = ${batchId} AND status = 'pending' ORDER BY position`.pipe(
          Effect.map((rows) => rows.map((r) => ({ position: Number(r.position) }))),
          Effect.orDie,
        ),

      // The UPDATE takes the item's row lock (PostgreSQL) before its status is read.
      lockBatchItem: (batchId, position) =>
        sql<{ position: number | string; request: string; status: string; certificate_no: string | null }>`
          UPDATE certificate_batch_items SET attempts = attempts + 1
          WHERE batch_id = ${batchId} AND position = ${position}
          RETURNING position, request, status, certificate_no`.pipe(
          Effect.flatMap((rows) =>
            Effect.transposeOption(
              Option.map(one(rows), (r) =>
                Effect.map(
                  decodeRequest(r.request),
                  (request): BatchItem => ({
                    position: Number(r.position),
                    request,
                    status: r.status === "issued" ? "issued" : "pending",
                    ...(r.certificate_no !== null
                      ? { certificateNo: r.certificate_no as CertificateNo }
                      : {}),
                  }),
                ),
              ),
            ),
          ),
          Effect.orDie,
        ),

      markItemIssued: (batchId, position, number) =>
        sql`UPDATE certificate_batch_items SET status = 'issued', certificate_no = ${number}
          WHERE batch_id = ${batchId} AND position = ${position}`.pipe(Effect.asVoid, Effect.orDie),

      finishBatch: (batchId, at) =>
        sql`UPDATE certificate_batches SET status = 'done', finished_at = ${at} WHERE id = ${batchId} AND status = 'open' RETURNING id`.pipe(
          Effect.map((rows) => rows.length === 1),
          Effect.orDie,
        ),

      batch: (batchId) =>
        sql<{ id: string; total: number | string; status: string; issued: number | string }>`
          SELECT b.id, b.total, b.status,
                 (SELECT COUNT(*) FROM certificate_batch_items i WHERE i.batch_id = b.id AND i.status = 'issued') AS issued
          FROM certificate_batches b WHERE b.id = ${batchId}`.pipe(
          Effect.map((rows) =>
            Option.map(
              one(rows),
              (r): BatchProgress => ({
                id: r.id,
                total: Number(r.total),
                issued: Number(r.issued),
                pending: Number(r.total) - Number(r.issued),
                status: r.status === "done" ? "done" : "open",
              }),
            ),
          ),
          Effect.orDie,
        ),
    }
  }),
)

/** Signing keys over SQL; private keys sealed with ZHICHENG_KEY_SECRET when set (see the module doc). */
export const SigningKeysSql = Layer.effect(
  SigningKeys,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const secret = yield* keySecretFromEnv
    // Opened keys by kid: a key's bytes never change, and the same buffer lets the signer reuse its parsed key.
    const opened = new Map<string, Uint8Array>()

    return {
      insertActive: (key, at) =>
        Effect.gen(function* () {
          yield* sql`UPDATE signing_keys SET status = 'retired', retired_at = ${at} WHERE status = 'active'`
          yield* sql`INSERT INTO signing_keys ${sql.insert({
            kid: key.kid,
            algorithm: key.algorithm,
            public_jwk: JSON.stringify(key.publicJwk),
            public_pem: key.publicPem,
            private_key: sealPrivateKey(secret, key.kid, key.privateKey),
            status: "active",
            created_at: at,
          })}`
        }).pipe(Effect.orDie),

      active: sql<{ kid: string; algorithm: string; private_key: string }>`
        SELECT kid, algorithm, private_key FROM signing_keys WHERE status = 'active'`.pipe(
        Effect.orDie,
        Effect.flatMap((rows) => {
          const r = rows[0]
          if (r === undefined) return Effect.succeed(Option.none())
          if (r.algorithm !== "Ed25519")
            return Effect.dieMessage(`signing key ${r.kid} has unknown algorithm ${r.algorithm}`)
          return Effect.try(() => {
            let der = opened.get(r.kid)
            if (der === undefined) {
              der = openPrivateKey(secret, r.kid, r.private_key)
              opened.set(r.kid, der)
            }
            return Option.some({ kid: r.kid, algorithm: "Ed25519" as const, privateKey: der })
          }).pipe(Effect.orDie)
        }),
      ),

      find: (kid) =>
        sql<KeyRow>`SELECT kid, algorithm, public_jwk, public_pem, status, created_at, retired_at, revoked_at, revoked_reason
          FROM signing_keys WHERE kid = ${kid}`.pipe(
          Effect.flatMap((rows) =>
            Effect.transposeOption(Option.map(Option.fromNullable(rows[0]), toKeyInfo)),
          ),
          Effect.orDie,
        ),

      list: sql<KeyRow>`SELECT kid, algorithm, public_jwk, public_pem, status, created_at, retired_at, revoked_at, revoked_reason
        FROM signing_keys ORDER BY created_at, kid`.pipe(
        Effect.flatMap((rows) => Effect.forEach(rows, toKeyInfo)),
        Effect.orDie,
      ),

      markCompromised: (kid, at, reason) =>
        Effect.gen(function* () {
          yield* sql`UPDATE signing_keys SET status = 'compromised', revoked_at = ${at}, revoked_reason = ${reason} WHERE kid = ${kid}`
          opened.delete(kid)
        }).pipe(Effect.orDie),
    }
  }),
)

/** Both repositories. Needs a SqlClient. */
export const CertificatesSql = Layer.merge(CertificateRepositorySql, SigningKeysSql)

/**
 * The certificate service wired to SQL, node:crypto Ed25519 and the integrity record
 * (ApplicationsSql's IntegrityRepositorySql, which fraud revocations write to). Needs the database
 * layer (SqlClient and Transactor), an AuditLog and the Applications service (issuance and
 * revocation move the application in the same transaction).
 */
export const CertificatesLive: Layer.Layer<
  Certificates,
  never,
  SqlClient.SqlClient | Transactor | AuditLog | Applications
> = Certificates.Default.pipe(
  Layer.provide(Layer.mergeAll(CertificatesSql, Ed25519Signer, IntegrityRepositorySql, PdfGlyphs)),
)
