import { readFileSync } from "node:fs"
import { join } from "node:path"
import { SqlClient } from "@effect/sql"
import { describe, expect, it, layer } from "@effect/vitest"
import {
  type Application,
  ApplicationRepository,
  Applications,
  CERTIFICATE_RULING,
  IntegrityRepository,
} from "@zhicheng/domain/Applications"
import { type Actor, AuditLog, verify } from "@zhicheng/domain/Audit"
import * as Cert from "@zhicheng/domain/Certificates"
import { make as day } from "@zhicheng/domain/CivilDate"
import * as Registry from "@zhicheng/domain/Registry"
import { ConfigProvider, Effect, Layer, Option, TestClock } from "effect"
import * as fc from "fast-check"
import { IntegrityRepositorySql } from "../src/ApplicationsSql.ts"
import { CertificatesSql, openPrivateKey, SigningKeysSql, sealPrivateKey } from "../src/CertificatesSql.ts"
import * as Ed25519 from "../src/Ed25519.ts"
import { auditCount } from "./support/audit.ts"
import { bureauLayer, issueRequestFor, type Seed, seedApplication } from "./support/bureau.ts"
import { KINDS } from "./support/databases.ts"

const SOURCE_002 = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "..",
  "shared",
  "policy-sources",
  "002_fd50f077227b9e3c.txt",
)
const BASE = "https://zc.example.gov.cn"
const clerk: Actor = { id: "clerk-01", role: "clerk" }
const admin: Actor = { id: "admin-01", role: "admin" }

/**
 * Application `n`, decided and approved (or as `seed` says), and the request that issues its
 * certificate under `body`. Certificates exist only for such applications (certificateClause: for 002, CERTIFICATE_RULING).
 */
const request = (n: number, body = "SYRS", seed: Seed = {}) =>
  Effect.map(seedApplication(n, { name: n % 2 === 0 ? "张晓明" : "李 华", ...seed }), (app) =>
    issueRequestFor(app, {
      code: body,
      name: body === "SYRS" ? "绍兴市上虞区人力资源和社会保障局" : "威海市人力资源和社会保障局",
    }),
  )

const applicationOf = (id: string) => Effect.flatMap(Applications, (apps) => apps.get(id))
const historyOf = (id: string) => Effect.flatMap(Applications, (apps) => apps.history(id))

/** 2024-03-01 10:00 China time. */
const MARCH_2024 = Date.UTC(2024, 2, 1, 2, 0, 0)

/** Certificates and counter rows stored, for "nothing was written" checks. */
const stored = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const [certs] = yield* sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM certificates`
  const [seqs] = yield* sql<{
    n: number | string | null
  }>`SELECT SUM(last_seq) AS n FROM certificate_counters`
  return { certificates: Number(certs?.n ?? 0), numbersUsed: Number(seqs?.n ?? 0), audit: yield* auditCount }
})

describe("certificate formats (no database)", () => {
  it("the fraud clause quotes 002 verbatim", () => {
    expect(readFileSync(SOURCE_002, "utf8")).toContain(Cert.FRAUD_BAN_CLAUSE.quote)
  })

  it("numbers format and parse back; the sequence has 6 digits", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z0-9]{2,12}$/),
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 999_999 }),
        (b, y, n) => {
          const no = Cert.formatNumber(b, y, n)
          expect(no).toMatch(/^[A-Z0-9]{2,12}-\d{4}-\d{6}$/)
          expect(Cert.parseNumber(no)).toEqual({ body: b, year: y, seq: n })
        },
      ),
    )
    expect(() => Cert.formatNumber("SYRS", 2024, 1_000_000)).toThrow(RangeError)
    expect(() => Cert.formatNumber("SYRS", 2024, 0)).toThrow(RangeError)
  })

  it("base64url round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const s = Cert.toBase64Url(bytes)
        expect(s).toMatch(/^[A-Za-z0-9_-]*$/)
        expect(Cert.fromBase64Url(s)).toEqual(bytes)
      }),
    )
  })

  it.effect("any payload survives the QR form, verifies, and fails after any one-byte change", () =>
    Effect.gen(function* () {
      const key = Ed25519.generate()
      const keys: Cert.KeySet = {
        keys: [{ ...key.publicJwk, kid: key.kid, alg: "EdDSA", use: "sig", status: "active" }],
      }
      const text = fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" })
      yield* Effect.promise(() =>
        fc.assert(
          fc.asyncProperty(text, text, text, fc.nat(), async (name, specialty, approval, flip) => {
            const payload: Cert.SignedPayload = {
              v: 1,
              alg: "Ed25519",
              kid: key.kid,
              no: Cert.formatNumber("SYRS", 2024, 1),
              name,
              title: "工程师",
              level: "intermediate",
              series: "工程系列",
              specialty,
              body: "上虞区人社局",
              issued: day("2024-03-01"),
              approval,
            }
            const bytes = Cert.payloadBytes(payload)
            const sig = Cert.toBase64Url(Ed25519.sign(key.privateKey, bytes))
            const qr = Cert.qrPayload(Cert.payloadText(payload), sig)
            const ok = await Effect.runPromise(Cert.verifyQrWith(qr, keys, Ed25519.verifyJwk))
            expect(ok.payload).toEqual(payload)
            // Flip one bit of the signed bytes: the check must fail (malformed or bad signature).
            const tampered = new Uint8Array(bytes)
            const i = flip % tampered.length
            tampered[i] = (tampered[i] as number) ^ 0x01
            const bad = `${Cert.QR_PREFIX}${Cert.toBase64Url(tampered)}.${sig}`
            const r = await Effect.runPromise(Effect.either(Cert.verifyQrWith(bad, keys, Ed25519.verifyJwk)))
            expect(r._tag).toBe("Left")
          }),
          { numRuns: 60 },
        ),
      )
    }),
  )

  it("private keys: sealed with the secret, bound to their kid, refused with a wrong or missing secret", () => {
    const key = Ed25519.generate()
    const secret = new Uint8Array(32).fill(7)
    const sealed = sealPrivateKey(secret, key.kid, key.privateKey)
    expect(sealed.startsWith("aes-256-gcm:v1:")).toBe(true)
    expect(sealed).not.toContain(Buffer.from(key.privateKey).toString("base64url"))
    expect(openPrivateKey(secret, key.kid, sealed)).toEqual(key.privateKey)
    expect(() => openPrivateKey(new Uint8Array(32).fill(8), key.kid, sealed)).toThrow(
      /ZHICHENG_KEY_SECRET differs/,
    )
    expect(() => openPrivateKey(undefined, key.kid, sealed)).toThrow(/ZHICHENG_KEY_SECRET is not set/)
    expect(() => openPrivateKey(secret, "other-kid", sealed)).toThrow()
    expect(openPrivateKey(undefined, key.kid, sealPrivateKey(undefined, key.kid, key.privateKey))).toEqual(
      key.privateKey,
    )
  })
})

for (const kind of KINDS) {
  describe(`Certificates on ${kind}`, () => {
    // The bureau's services: Certificates issues and revokes through the Applications service.
    const live = bureauLayer(kind)

    layer(live, { timeout: 120_000 })((it) => {
      it.effect("refuses to issue without an active key and writes nothing", () =>
        Effect.gen(function* () {
          yield* TestClock.setTime(MARCH_2024)
          const svc = yield* Cert.Certificates
          const sql = yield* SqlClient.SqlClient
          const r0 = yield* request(0)
          const before = yield* auditCount
          const e = yield* Effect.flip(svc.issue(clerk, r0))
          expect(e._tag).toBe("NoActiveSigningKey")
          expect(yield* auditCount).toBe(before)
          expect(yield* sql`SELECT * FROM certificate_counters`).toEqual([])
          expect(yield* sql`SELECT * FROM certificates`).toEqual([])
          expect(yield* applicationOf(r0.applicationId)).toMatchObject({ state: "decided", version: 2 })
        }),
      )

      it.effect(
        "issues numbered, signed certificates; the payload holds no ID; duplicates are refused without using a number",
        () =>
          Effect.gen(function* () {
            yield* TestClock.setTime(MARCH_2024)
            const svc = yield* Cert.Certificates
            const sql = yield* SqlClient.SqlClient
            const key = yield* svc.rotateKey(admin)
            expect(key.status).toBe("active")
            const r1 = yield* request(1)
            const c1 = yield* svc.issue(clerk, r1)
            expect(c1.number).toBe("SYRS-2024-000001")
            expect(c1.keyId).toBe(key.kid)
            expect(c1.issuedOn).toBe("2024-03-01")
            const payload = JSON.parse(c1.payload) as Record<string, unknown>
            expect(Object.keys(payload).sort()).toEqual(
              [
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
              ].sort(),
            )
            expect(payload).toMatchObject({
              v: 1,
              alg: "Ed25519",
              no: c1.number,
              name: "李 华",
              approval: "虞人社职〔2024〕12号",
            })
            expect(c1.payload).not.toContain(c1.holderIdHmac)
            expect(Cert.qrText(c1, BASE)).not.toContain(c1.holderIdHmac)
            expect(Cert.qrText(c1, BASE).startsWith(`${BASE}/v/SYRS-2024-000001#ZC1.`)).toBe(true)

            // The same application again: refused, nothing written, the number not consumed.
            const before = yield* auditCount
            const dup = yield* Effect.flip(svc.issue(clerk, r1))
            expect(dup).toMatchObject({ _tag: "AlreadyIssued", number: "SYRS-2024-000001" })
            expect(yield* auditCount).toBe(before)
            const c2 = yield* svc.issue(clerk, yield* request(2))
            expect(c2.number).toBe("SYRS-2024-000002")

            // Per body and per year.
            const w1 = yield* svc.issue(clerk, yield* request(3, "WHRS"))
            expect(w1.number).toBe("WHRS-2024-000001")
            const r4 = yield* request(4)
            yield* TestClock.setTime(Date.UTC(2024, 11, 31, 16, 30)) // 2025-01-01 00:30 in China
            const c3 = yield* svc.issue(clerk, r4)
            expect(c3.number).toBe("SYRS-2025-000001")
            expect(c3.issuedOn).toBe("2025-01-01")
            const counters = yield* sql<{ body_code: string; year: number; last_seq: number | string }>`
            SELECT body_code, year, last_seq FROM certificate_counters ORDER BY body_code, year`
            expect(counters.map((r) => [r.body_code, Number(r.year), Number(r.last_seq)])).toEqual([
              ["SYRS", 2024, 2],
              ["SYRS", 2025, 1],
              ["WHRS", 2024, 1],
            ])
            expect((yield* verify(yield* Effect.flatMap(AuditLog, (a) => a.all))).count).toBeGreaterThan(0)
          }),
      )

      it.effect(
        "issue is refused for an unknown, draft, undecided, rejected or already-issued application, citing the clause, writing nothing",
        () =>
          Effect.gen(function* () {
            yield* TestClock.setTime(MARCH_2024)
            const svc = yield* Cert.Certificates
            const draft = yield* request(100, "REFU", { state: "draft" })
            const undecided = yield* request(101, "REFU", { state: "recommended" })
            const rejected = yield* request(102, "REFU", { outcome: "rejected" })
            const issued = yield* request(103, "REFU")
            const first = yield* svc.issue(clerk, issued)
            const [r107, r108, r109] = (yield* Effect.forEach([107, 108, 109], (n) =>
              request(n, "REFU"),
            )) as [Cert.IssueRequest, Cert.IssueRequest, Cert.IssueRequest]
            // Application 109 with no level sought recorded, as migration 0007 leaves a row it cannot
            // backfill (the repository writes the absence as NULL): no certificate until one is recorded.
            const repo = yield* ApplicationRepository
            const { target: _target, ...unrecorded } = yield* applicationOf(r109.applicationId)
            yield* repo.update({ ...unrecorded, version: unrecorded.version + 1 })
            const apps = yield* Effect.forEach([draft, undecided, rejected, issued, r108, r109], (r) =>
              applicationOf(r.applicationId),
            )
            const before = yield* stored

            const refusals = yield* Effect.forEach(
              [{ ...draft, applicationId: "no-such-application" }, draft, undecided, rejected, issued],
              (r) => Effect.flip(svc.issue(clerk, r)),
            )
            expect(refusals.map((e) => e._tag)).toEqual([
              "ApplicationNotFound",
              "InvalidTransition",
              "InvalidTransition",
              "NotApproved",
              "AlreadyIssued",
            ])
            expect(refusals[1]).toMatchObject({
              from: "draft",
              to: "certificate-issued",
              clause: CERTIFICATE_RULING,
            })
            expect(refusals[2]).toMatchObject({ from: "recommended", clause: CERTIFICATE_RULING })
            expect(refusals[3]).toMatchObject({ outcome: "rejected", clause: CERTIFICATE_RULING })
            expect(refusals[3]?.message).toContain("only for an approved one")
            expect(refusals[4]).toMatchObject({ applicationId: issued.applicationId, number: first.number })

            // A level that is not the one the application sought; an application that records none.
            const rejectedInputs = yield* Effect.forEach([{ ...r108, level: "junior" as const }, r109], (r) =>
              Effect.flip(svc.issue(clerk, r)),
            )
            expect(
              rejectedInputs.map((e) => [e._tag, "errors" in e ? e.errors.map((x) => x.path) : []]),
            ).toEqual([
              ["IssueInputRejected", ["level"]],
              ["IssueInputRejected", ["level"]],
            ])
            expect(rejectedInputs[0]?.message).toContain("sought the intermediate level")
            expect(rejectedInputs[1]?.message).toContain("does not record the level it sought")

            // The same checks refuse a batch whole, naming every refused item, before anything is recorded.
            const statement: Cert.IssueStatement = {
              issuingBody: r107.issuingBody,
              approvalNo: r107.approvalNo,
            }
            const batch = yield* Effect.flip(
              svc.createBatch(
                clerk,
                "b-refused",
                [r107, rejected, r109, r107, { applicationId: "no-such-application" }].map(
                  (r) => r.applicationId,
                ),
                statement,
              ),
            )
            expect(batch).toMatchObject({ _tag: "IssueInputRejected" })
            expect("errors" in batch ? batch.errors : []).toEqual([
              { path: "applicationIds[1]", rule: expect.stringContaining("only for an approved one") },
              { path: "level", rule: expect.stringContaining("does not record the level it sought") },
              { path: "applicationIds[3]", rule: `application ${r107.applicationId} is listed twice` },
              { path: "applicationIds[4]", rule: "no application no-such-application" },
            ])
            expect((yield* Effect.flip(svc.batch("b-refused")))._tag).toBe("BatchNotFound")

            expect(yield* stored).toEqual(before)
            for (const app of apps) expect(yield* applicationOf(app.id)).toEqual(app)
          }),
      )

      it.effect(
        "issue moves the application to certificate-issued in the same transaction; a failure of that step stores nothing",
        () =>
          Effect.gen(function* () {
            yield* TestClock.setTime(MARCH_2024)
            const svc = yield* Cert.Certificates
            const r = yield* request(110, "ATOM")
            const decided = yield* applicationOf(r.applicationId)
            const c = yield* svc.issue(clerk, r)
            expect(yield* applicationOf(r.applicationId)).toMatchObject({
              state: "certificate-issued",
              certificateNo: c.number,
              version: decided.version + 1,
            })
            expect((yield* historyOf(r.applicationId)).at(-1)).toMatchObject({
              from: "decided",
              to: "certificate-issued",
              actor: clerk,
              data: { certificateNo: c.number },
            })
            const trail = yield* Effect.flatMap(AuditLog, (a) => a.all)
            expect(trail.slice(-2).map((e) => [e.action, e.subject])).toEqual([
              ["certificate.issue", `certificate:${c.number}`],
              ["application.certificate-issued", `application:${r.applicationId}`],
            ])

            // Another clerk moves the application meanwhile (the repository's version check fails):
            // the certificate, its number and its audit entry are rolled back with the step.
            const raced = Layer.effect(
              ApplicationRepository,
              Effect.map(ApplicationRepository, (real) => ({ ...real, update: () => Effect.succeed(false) })),
            )
            const racing = Cert.Certificates.Default.pipe(
              Layer.provide(
                Layer.mergeAll(
                  CertificatesSql,
                  Ed25519.Ed25519Signer,
                  IntegrityRepositorySql,
                  Applications.layer(Registry.EDITIONS).pipe(Layer.provide(raced)),
                ),
              ),
            )
            const r2 = yield* request(111, "ATOM")
            const before = yield* stored
            const lost = yield* Effect.flip(
              Effect.flatMap(Cert.Certificates, (s) => s.issue(clerk, r2)).pipe(Effect.provide(racing)),
            )
            expect(lost._tag).toBe("ConcurrentModification")
            expect(yield* stored).toEqual(before)
            expect(yield* applicationOf(r2.applicationId)).toMatchObject({ state: "decided" })
            // The number was not used: the next ATOM certificate is 000002.
            expect((yield* svc.issue(clerk, r2)).number).toBe("ATOM-2024-000002")
          }),
      )

      it.effect(
        "two concurrent issues for one application: one certificate, the application records it",
        () =>
          Effect.gen(function* () {
            yield* TestClock.setTime(MARCH_2024)
            const svc = yield* Cert.Certificates
            const r = yield* request(120, "TWIN")
            const both = yield* Effect.all([svc.issue(clerk, r), svc.issue(admin, r)].map(Effect.either), {
              concurrency: 2,
            })
            const won = both.flatMap((e) => (e._tag === "Right" ? [e.right] : []))
            const lost = both.flatMap((e) => (e._tag === "Left" ? [e.left._tag] : []))
            expect(won).toHaveLength(1)
            expect(["AlreadyIssued", "ConcurrentModification"]).toContain(lost[0])
            const sql = yield* SqlClient.SqlClient
            const rows = yield* sql<{
              number: string
            }>`SELECT number FROM certificates WHERE application_id = ${r.applicationId}`
            expect(rows.map((x) => x.number)).toEqual([won[0]?.number])
            expect(yield* applicationOf(r.applicationId)).toMatchObject({
              state: "certificate-issued",
              certificateNo: won[0]?.number,
            })
          }),
      )

      it.effect(
        "a revocation whose application step is refused is rolled back whole: certificate valid, no ban, nothing audited",
        () =>
          Effect.gen(function* () {
            yield* TestClock.setTime(MARCH_2024)
            const svc = yield* Cert.Certificates
            const integrity = yield* IntegrityRepository
            const repo = yield* ApplicationRepository
            const c = yield* svc.issue(clerk, yield* request(130, "ROLL"))
            // The application records another number (as after a clerk's manual step elsewhere).
            const app = yield* applicationOf(c.applicationId)
            const other: Application = { ...app, certificateNo: "ROLL-2024-999999", version: app.version + 1 }
            expect(yield* repo.update(other)).toBe(true)
            const before = yield* stored
            const e = yield* Effect.flip(
              svc.revoke(clerk, {
                number: c.number,
                on: day("2024-03-01"),
                document: "虞人社职〔2024〕50号",
                reason: "提供虚假业绩材料",
                fraud: { foundOn: day("2024-02-20") },
              }),
            )
            expect(e).toMatchObject({ _tag: "InvalidApplication", field: "certificateNo" })
            expect((yield* svc.get(c.number)).status).toBe("valid")
            expect(yield* integrity.bansFor(c.holderIdHmac)).toEqual([])
            expect(yield* stored).toEqual(before)
            expect(yield* applicationOf(c.applicationId)).toEqual(other)
          }),
      )

      it.effect("50 parallel issue calls get contiguous, unique numbers", () =>
        Effect.gen(function* () {
          yield* TestClock.setTime(Date.UTC(2026, 5, 1))
          const svc = yield* Cert.Certificates
          const requests = yield* Effect.forEach(
            Array.from({ length: 50 }, (_, i) => i),
            (i) => request(1000 + i, "PARA"),
          )
          const certs = yield* Effect.forEach(requests, (r) => svc.issue(clerk, r), { concurrency: 50 })
          const seqs = certs.map((c) => Cert.parseNumber(c.number)?.seq ?? 0).sort((a, b) => a - b)
          expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
          for (const c of certs)
            expect((yield* svc.verifyOffline(Cert.qrText(c, BASE))).payload.no).toBe(c.number)
        }),
      )

      it.effect(
        "the online check answers only number + name, with one generic not-found, and never the ID",
        () =>
          Effect.gen(function* () {
            yield* TestClock.setTime(MARCH_2024)
            const svc = yield* Cert.Certificates
            const c = yield* svc.issue(clerk, yield* request(10, "ONLN"))
            const view = yield* svc.verifyOnline(c.number, "张晓明")
            expect(view).toEqual({
              number: c.number,
              status: "valid",
              title: "工程师",
              level: "intermediate",
              series: "工程系列",
              specialty: "机电制造",
              issuingBody: "威海市人力资源和社会保障局",
              issuedOn: "2024-03-01",
              approvalNo: "虞人社职〔2024〕12号",
            })
            expect(JSON.stringify(view)).not.toContain(c.holderIdHmac)
            // Names compare after NFKC and without white space.
            expect((yield* svc.verifyOnline(` ${c.number} `, "张 晓明")).number).toBe(c.number)
            const wrongName = yield* Effect.flip(svc.verifyOnline(c.number, "张晓"))
            const wrongNumber = yield* Effect.flip(svc.verifyOnline("ONLN-2024-999999", "张晓明"))
            const malformed = yield* Effect.flip(svc.verifyOnline("nonsense", "张晓明"))
            expect(wrongName).toEqual(wrongNumber)
            expect(wrongName).toEqual(malformed)
            expect(wrongName._tag).toBe("CertificateNotFound")
          }),
      )

      it.effect("suspend, reinstate, revoke; revocation is final and a refused change writes nothing", () =>
        Effect.gen(function* () {
          yield* TestClock.setTime(MARCH_2024)
          const svc = yield* Cert.Certificates
          const c = yield* svc.issue(clerk, yield* request(20, "STAT"))
          const issuedApp = yield* applicationOf(c.applicationId)
          const s = yield* svc.suspend(clerk, {
            number: c.number,
            on: day("2024-04-01"),
            reason: "举报核查",
            document: "虞人社职〔2024〕20号",
          })
          expect(s.status).toBe("suspended")
          expect(yield* svc.verifyOnline(c.number, c.holderName)).toMatchObject({
            status: "suspended",
            statusOn: "2024-04-01",
            statusDocument: "虞人社职〔2024〕20号",
          })
          // suspended → suspended is refused
          const twice = yield* Effect.flip(
            svc.suspend(clerk, { number: c.number, on: day("2024-04-02"), reason: "again" }),
          )
          expect(twice).toMatchObject({ _tag: "InvalidTransition", from: "suspended", to: "suspended" })
          // Suspension is interim: the application is untouched (same state, same version).
          expect(yield* applicationOf(c.applicationId)).toEqual(issuedApp)

          const r = yield* svc.reinstate(clerk, {
            number: c.number,
            on: day("2024-05-01"),
            reason: "核查无问题",
          })
          expect(r.status).toBe("valid")
          const view = yield* svc.verifyOnline(c.number, c.holderName)
          expect(view.status).toBe("valid")
          expect(view.statusOn).toBeUndefined()
          expect(yield* applicationOf(c.applicationId)).toEqual(issuedApp)
          // valid → valid (reinstate) is refused
          expect(
            (yield* Effect.flip(svc.reinstate(clerk, { number: c.number, on: day("2024-05-02") })))._tag,
          ).toBe("InvalidTransition")

          yield* svc.revoke(clerk, {
            number: c.number,
            on: day("2024-06-01"),
            document: "虞人社职〔2024〕31号",
            reason: "证书信息错误",
          })
          expect(yield* svc.verifyOnline(c.number, c.holderName)).toMatchObject({
            status: "revoked",
            statusOn: "2024-06-01",
            statusDocument: "虞人社职〔2024〕31号",
          })
          // The application's final step, with the decision and the reason, audited after the revocation.
          const revokedApp = yield* applicationOf(c.applicationId)
          expect(revokedApp).toMatchObject({ state: "certificate-revoked", certificateNo: c.number })
          expect((yield* historyOf(c.applicationId)).at(-1)).toMatchObject({
            from: "certificate-issued",
            to: "certificate-revoked",
            actor: clerk,
            reason: "证书信息错误",
            data: { certificateNo: c.number, document: "虞人社职〔2024〕31号", on: "2024-06-01" },
          })
          expect((yield* Effect.flatMap(AuditLog, (a) => a.all)).slice(-2).map((e) => e.action)).toEqual([
            "certificate.revoke",
            "application.certificate-revoked",
          ])
          const before = yield* auditCount
          const stored = yield* svc.get(c.number)
          for (const attempt of [
            svc.reinstate(clerk, { number: c.number, on: day("2024-07-01") }),
            svc.suspend(clerk, { number: c.number, on: day("2024-07-01"), reason: "x" }),
            svc.revoke(clerk, { number: c.number, on: day("2024-07-01"), document: "d", reason: "x" }),
          ]) {
            const e = yield* Effect.flip(attempt)
            expect(e).toMatchObject({ _tag: "InvalidTransition", from: "revoked" })
            expect(e.message).toContain("final")
          }
          expect(yield* auditCount).toBe(before)
          expect(yield* svc.get(c.number)).toEqual(stored)
          expect(yield* applicationOf(c.applicationId)).toEqual(revokedApp)
          // Unknown number: the generic not-found.
          expect(
            (yield* Effect.flip(
              svc.suspend(clerk, { number: "STAT-2024-999999", on: day("2024-07-01"), reason: "x" }),
            ))._tag,
          ).toBe("CertificateNotFound")
        }),
      )

      it.effect(
        "revocation for fraud records the integrity ban: 3 years from the year after the finding (002 四)",
        () =>
          Effect.gen(function* () {
            yield* TestClock.setTime(MARCH_2024)
            const svc = yield* Cert.Certificates
            const integrity = yield* IntegrityRepository
            const c = yield* svc.issue(clerk, yield* request(30, "FRAU"))
            const plain = yield* svc.issue(clerk, yield* request(31, "FRAU"))
            const revoked = yield* svc.revoke(clerk, {
              number: c.number,
              on: day("2024-11-20"),
              document: "虞人社职〔2024〕40号",
              reason: "提供虚假业绩材料",
              fraud: { foundOn: day("2024-11-15") },
            })
            expect(revoked.status).toBe("revoked")
            const bans = yield* integrity.bansFor(c.holderIdHmac)
            expect(bans).toHaveLength(1)
            expect(bans[0]).toMatchObject({
              foundOn: "2024-11-15",
              fromYear: 2025,
              toYear: 2027,
              certificateNo: c.number,
              reason: "提供虚假业绩材料",
            })
            const entry = (yield* Effect.flatMap(AuditLog, (a) => a.all)).find(
              (e) => e.action === "certificate.revoke" && e.subject === `certificate:${c.number}`,
            )
            expect(entry?.data).toMatchObject({
              integrityBan: { fromYear: 2025, toYear: 2027, clause: { article: "四、申报纪律" } },
            })
            // The application records the revocation and the ban.
            expect(yield* applicationOf(c.applicationId)).toMatchObject({ state: "certificate-revoked" })
            expect((yield* historyOf(c.applicationId)).at(-1)).toMatchObject({
              to: "certificate-revoked",
              reason: "提供虚假业绩材料",
              data: {
                certificateNo: c.number,
                document: "虞人社职〔2024〕40号",
                on: "2024-11-20",
                integrityBan: { foundOn: "2024-11-15", fromYear: 2025, toYear: 2027 },
              },
            })
            // A revocation that is not for fraud records no ban.
            yield* svc.revoke(clerk, {
              number: plain.number,
              on: day("2024-11-20"),
              document: "虞人社职〔2024〕41号",
              reason: "重复发证",
            })
            expect(yield* integrity.bansFor(plain.holderIdHmac)).toEqual([])
            expect(yield* applicationOf(plain.applicationId)).toMatchObject({ state: "certificate-revoked" })
          }),
      )

      it.effect(
        "keys: rotation keeps old signatures valid; a compromised key fails offline checks with its reason; the key set publishes statuses",
        () =>
          Effect.gen(function* () {
            yield* TestClock.setTime(MARCH_2024)
            const svc = yield* Cert.Certificates
            const sql = yield* SqlClient.SqlClient
            const old = yield* svc.issue(clerk, yield* request(40, "KEYS"))
            const oldKid = old.keyId
            const next = yield* svc.rotateKey(admin)
            expect(next.kid).not.toBe(oldKid)
            const fresh = yield* svc.issue(clerk, yield* request(41, "KEYS"))
            expect(fresh.keyId).toBe(next.kid)

            // Retired still verifies, online and offline (against the published set).
            expect(yield* svc.verifyOffline(Cert.qrText(old, BASE))).toMatchObject({
              keyStatus: "retired",
              payload: { no: old.number },
            })
            const set1 = yield* svc.keySet
            expect(set1.keys.find((k) => k.kid === oldKid)).toMatchObject({
              status: "retired",
              kty: "OKP",
              crv: "Ed25519",
              alg: "EdDSA",
            })
            expect(JSON.stringify(set1)).not.toMatch(/"d"/) // no private part
            expect(
              (yield* Cert.verifyQrWith(Cert.qrText(old, BASE), set1, Ed25519.verifyJwk)).keyStatus,
            ).toBe("retired")

            // Tampering: another name under the same signature.
            const forged = Cert.qrPayload(old.payload.replace(old.holderName, "王五"), old.signature)
            expect((yield* Effect.flip(svc.verifyOffline(forged)))._tag).toBe("SignatureInvalid")
            expect((yield* Effect.flip(svc.verifyOffline("ZC1.not-a-payload")))._tag).toBe("QrMalformed")
            expect((yield* Effect.flip(svc.verifyOffline("https://example.org/whatever")))._tag).toBe(
              "QrMalformed",
            )
            expect(
              (yield* Effect.flip(Cert.verifyQrWith(Cert.qrText(old, BASE), { keys: [] }, Ed25519.verifyJwk)))
                ._tag,
            ).toBe("UnknownSigningKey")

            // Compromise the old key.
            const revoked = yield* svc.revokeKey(admin, oldKid, "private key leaked from a backup")
            expect(revoked.status).toBe("compromised")
            const e = yield* Effect.flip(svc.verifyOffline(Cert.qrText(old, BASE)))
            expect(e._tag).toBe("SigningKeyCompromised")
            expect(e.message).toContain("compromised")
            const set2 = yield* svc.keySet
            expect(set2.keys.find((k) => k.kid === oldKid)).toMatchObject({
              status: "compromised",
              revokedReason: "private key leaked from a backup",
            })
            expect(
              (yield* Effect.flip(Cert.verifyQrWith(Cert.qrText(old, BASE), set2, Ed25519.verifyJwk)))._tag,
            ).toBe("SigningKeyCompromised")
            // The current key is untouched; the status check online still answers.
            expect((yield* svc.verifyOffline(Cert.qrText(fresh, BASE))).keyStatus).toBe("active")
            expect((yield* svc.verifyOnline(old.number, old.holderName)).status).toBe("valid")

            // Refusals: unknown kid, revoking twice; nothing written.
            const before = yield* auditCount
            expect((yield* Effect.flip(svc.revokeKey(admin, "no-such-kid", "x")))._tag).toBe(
              "SigningKeyNotFound",
            )
            expect((yield* Effect.flip(svc.revokeKey(admin, oldKid, "again")))._tag).toBe("InvalidTransition")
            expect(yield* auditCount).toBe(before)

            // Compromising the active key stops issuance until the next rotation.
            yield* svc.revokeKey(admin, next.kid, "HSM slot exported")
            const r42 = yield* request(42, "KEYS")
            expect((yield* Effect.flip(svc.issue(clerk, r42)))._tag).toBe("NoActiveSigningKey")
            yield* svc.rotateKey(admin)
            expect((yield* svc.issue(clerk, r42)).number).toBe("KEYS-2024-000003")

            // Without ZHICHENG_KEY_SECRET the private key is stored as plain PKCS#8 (development only).
            const rows = yield* sql<{ private_key: string }>`SELECT private_key FROM signing_keys`
            for (const r of rows) expect(r.private_key.startsWith("pkcs8:")).toBe(true)
            const active = yield* sql<{
              n: number | string
            }>`SELECT COUNT(*) AS n FROM signing_keys WHERE status = 'active'`
            expect(Number(active[0]?.n)).toBe(1)
          }),
      )

      it.effect("with ZHICHENG_KEY_SECRET set, private keys are encrypted at rest and still sign", () =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const withSecret = Layer.setConfigProvider(
            ConfigProvider.fromMap(new Map([["ZHICHENG_KEY_SECRET", "correct horse battery staple"]])),
          )
          const keys = yield* Effect.provide(Cert.SigningKeys, SigningKeysSql.pipe(Layer.provide(withSecret)))
          const generated = Ed25519.generate()
          yield* keys.insertActive(generated, "2024-03-01T00:00:00.000Z")
          const [row] = yield* sql<{
            private_key: string
          }>`SELECT private_key FROM signing_keys WHERE kid = ${generated.kid}`
          expect(row?.private_key.startsWith("aes-256-gcm:v1:")).toBe(true)
          const active = Option.getOrThrow(yield* keys.active)
          expect(active.kid).toBe(generated.kid)
          const msg = new TextEncoder().encode("证书")
          expect(Ed25519.verifyJwk(generated.publicJwk, msg, Ed25519.sign(active.privateKey, msg))).toBe(true)
        }),
      )

      it.effect("the audit chain verifies after all of the above", () =>
        Effect.gen(function* () {
          const all = yield* Effect.flatMap(AuditLog, (a) => a.all)
          expect((yield* verify(all)).count).toBe(all.length)
          const actions = new Set(all.map((e) => e.action))
          for (const a of [
            "certificate.issue",
            "certificate.suspend",
            "certificate.reinstate",
            "certificate.revoke",
            "certificate-key.rotate",
            "certificate-key.revoke",
          ])
            expect(actions.has(a)).toBe(true)
        }),
      )
    })
  })
}
