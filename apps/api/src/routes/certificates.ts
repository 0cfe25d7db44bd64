/**
 * Electronic title certificates: issuance (one, or a crash-safe batch), the public checks (online by
 * number and name; offline-style by the signed QR text), the printable PDF, suspension,
 * reinstatement and revocation (fraud records the integrity ban of 002 四), and the signing keys
 * offline verifiers need.
 *
 * Roles: the clerk or the committee issues one certificate for a decided, approved application;
 * the clerk runs batches and changes a certificate's status; only the admin rotates or revokes
 * signing keys; checks and the key set are public (and rate limited by the server, per address).
 *
 * Personal data (DOMAIN.md, PIPL arts. 6 and 25): no response carries an ID number or its HMAC —
 * `CertificateView` drops `holderIdHmac`. The public check and the public PDF answer only when the
 * number AND the holder's name match, with one generic 404 otherwise.
 *
 * The public PDF (`GET /api/v1/certificates/{number}/pdf?name=`): the holder prints the certificate
 * the way a bureau counter lets them (004 七 asks for 身份证号、姓名). The API never takes an ID number
 * in a URL (it would land in proxies' logs), so the holder proves knowledge of the certificate
 * number and their name — exactly what the public check asks, so the PDF shows nothing that check
 * plus the signed QR do not; a clerk or committee key may omit the name.
 *
 * Issuance and the application: the domain guarantees they agree (Certificates.ts). Every
 * certificate, single or in a batch, is issued in one transaction with its application's
 * `decided → certificate-issued` step, and a revocation with `certificate-issued →
 * certificate-revoked`; the refusals (not decided, not approved, already issued) are the domain's
 * tagged errors, which Problem.ts maps. What a certificate prints the domain works out from the
 * application and its track (`Certificates.printedFor`); these routes pass what the body states.
 */
import { randomUUID } from "node:crypto"
import { renderCertificatePdf } from "@zhicheng/db/CertificatePdf"
import type { Actor } from "@zhicheng/domain/Audit"
import {
  Certificate,
  CertificateNo,
  Certificates,
  type CertificatesApi,
  IssueInputRejected,
  IssuingBody,
  KeyInfo,
  KeyStatus,
  PublicJwk,
  PublicView,
  qrText,
  SignedPayload,
} from "@zhicheng/domain/Certificates"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import * as IntegrityBan from "@zhicheng/domain/IntegrityBan"
import * as Labels from "@zhicheng/domain/Labels"
import { Level } from "@zhicheng/domain/Profile"
import { NAME_MAX, SafeText } from "@zhicheng/domain/Text"
import { Effect, Option, Schema } from "effect"
import { type Caller, endpoint, noneMatch, raw } from "../Endpoint.ts"
import { InvalidInput } from "../Errors.ts"
import { PublicUrl } from "../PublicUrl.ts"

const TAG = "certificates"
const text = (maxLength: number) => SafeText({ maxLength })
const Reason = SafeText({ maxLength: 2000, multiline: true })
const DocumentNo = text(200)

const actorOf = (caller: Caller): Actor => ({ id: caller.id, role: caller.role })

const today = () => CivilDate.todayInChina(Date.now())

/** A civil date that is not after today in China (a status change or finding is not dated ahead). */
const PastOrToday = CivilDate.CivilDate.pipe(
  Schema.filter((d) => d <= today() || `must not be after today (${today()}, China time)`),
)

// ---------------------------------------------------------------------------------------------
// Views

const { holderIdHmac: _hmac, ...certificateFields } = Certificate.fields
/** A certificate for staff: everything stored but the holder's ID HMAC, with its QR text. */
export const CertificateView = Schema.Struct({
  ...certificateFields,
  /** What the printed QR code encodes: the check address, the signed payload after `#`. */
  qr: Schema.String,
}).annotations({ identifier: "CertificateView" })
export type CertificateView = typeof CertificateView.Type

const viewOf = (c: Certificate, baseUrl: string): CertificateView => {
  const { holderIdHmac: _h, ...rest } = c
  return { ...rest, qr: qrText(c, baseUrl) }
}

const BatchProgress = Schema.Struct({
  id: Schema.String,
  total: Schema.Int,
  issued: Schema.Int,
  pending: Schema.Int,
  status: Schema.Literal("open", "done"),
}).annotations({ identifier: "CertificateBatchProgress" })

const BatchRun = Schema.Struct({
  batch: BatchProgress,
  /** The certificates issued by this call, in batch order. */
  certificates: Schema.Array(Schema.Struct({ application: Schema.String, number: Schema.String })),
}).annotations({ identifier: "CertificateBatchRun" })

const PublishedKey = Schema.Struct({
  ...PublicJwk.fields,
  kid: Schema.String,
  alg: Schema.Literal("EdDSA"),
  use: Schema.Literal("sig"),
  status: KeyStatus,
  revokedAt: Schema.optional(Schema.String),
  revokedReason: Schema.optional(Schema.String),
}).annotations({ identifier: "PublishedKey" })
const KeySet = Schema.Struct({ keys: Schema.Array(PublishedKey) }).annotations({ identifier: "KeySet" })

const QrVerification = Schema.Struct({
  /** Always true: a failing check answers 422 with the reason. */
  valid: Schema.Literal(true),
  /** The signing key's status: a retired key still verifies what it signed. */
  keyStatus: Schema.Literal("active", "retired"),
  payload: SignedPayload,
  /** The certificate's status today, when this server holds it (the signature alone cannot say). */
  current: Schema.optional(PublicView),
}).annotations({ identifier: "QrVerification" })

// ---------------------------------------------------------------------------------------------
// Inputs

/** What a track leaves open (a level "any" or series "any") is given here; what it fixes may not differ. */
const PrintedFields = {
  /** The title as printed (defaults to the track's target, e.g. 工程师). */
  title: Schema.optional(text(50)),
  /** Defaults to the level the application sought; if given, must be that level. */
  level: Schema.optional(Level),
  /** Needed when the track covers every series (defaults to 工程系列 for engineering tracks). */
  series: Schema.optional(text(50)),
}

const IssueBody = Schema.Struct({
  /** The decided (approved) application's id. */
  application: text(200),
  /** The approval document number (审批文号), e.g. 虞人社职〔2023〕12号. */
  approvalNo: text(100),
  issuingBody: Schema.Struct({ code: IssuingBody.fields.code, name: text(100) }),
  ...PrintedFields,
}).annotations({ identifier: "IssueCertificateRequest" })

const BatchId = Schema.String.pipe(
  Schema.pattern(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
    message: () => "1–64 letters, digits, '.', '_' or '-', starting with a letter or digit",
  }),
)

const BatchBody = Schema.Struct({
  /** Your id for the batch (server-generated when absent); a second batch with the same id is refused. */
  id: Schema.optional(BatchId),
  applications: Schema.Array(text(200)).pipe(Schema.minItems(1), Schema.maxItems(500)),
  approvalNo: text(100),
  issuingBody: Schema.Struct({ code: IssuingBody.fields.code, name: text(100) }),
  ...PrintedFields,
}).annotations({ identifier: "CertificateBatchRequest" })

const NumberParams = Schema.Struct({ number: CertificateNo })
/** Public routes take any short string: a malformed number is simply "not found". */
const LooseNumberParams = Schema.Struct({ number: text(64) })
/** The holder's name as typed on the public check: as long as a stored name may be (`PersonName`). */
const HolderName = text(NAME_MAX)

const SuspendBody = Schema.Struct({
  on: PastOrToday,
  reason: Reason,
  document: Schema.optional(DocumentNo),
}).annotations({ identifier: "SuspendCertificateRequest" })

const ReinstateBody = Schema.Struct({
  on: PastOrToday,
  reason: Schema.optional(Reason),
  document: Schema.optional(DocumentNo),
}).annotations({ identifier: "ReinstateCertificateRequest" })

const RevokeBody = Schema.Struct({
  on: PastOrToday,
  /** The revoking decision (撤销文件), shown on the public check. */
  document: DocumentNo,
  reason: Reason,
  /**
   * Set when revoked for fraud (002 四 申报纪律; DOMAIN.md ruling 7): records the ban for the 3
   * evaluation years after `evaluationYear`, the evaluation in which the fraud occurred — by default
   * the certificate's year of issue, never later than the year of `foundOn`.
   */
  fraud: Schema.optional(
    Schema.Struct({
      foundOn: PastOrToday,
      evaluationYear: Schema.optional(IntegrityBan.EvaluationYear),
    }).pipe(
      Schema.filter((f) => {
        const wrong =
          f.evaluationYear === undefined
            ? undefined
            : IntegrityBan.impossibleFinding({ evaluationYear: f.evaluationYear, foundOn: f.foundOn })
        return wrong === undefined || { path: ["evaluationYear"], message: wrong }
      }),
    ),
  ),
}).annotations({ identifier: "RevokeCertificateRequest" })

// ---------------------------------------------------------------------------------------------
// Issuance helpers

/**
 * The domain's refusal of what the body states (`IssueInputRejected`) as the 422 naming body fields:
 * the statement's fields as they are (`body.level`), the application of one issue as `body`, the
 * i-th of a batch as `body.applications[i]`.
 */
const asBodyErrors = <A, E, R>(self: Effect.Effect<A, E, R>) =>
  Effect.catchIf(
    self,
    (e): e is Extract<E, IssueInputRejected> => e instanceof IssueInputRejected,
    (e) =>
      Effect.fail(
        new InvalidInput({
          message: e.message,
          errors: e.errors.map(({ path, rule }) => ({
            path:
              path === "applicationId"
                ? "body"
                : `body.${path.replace(/^applicationIds\[/, "applications[")}`,
            rule,
          })),
        }),
      ),
  )

/** Runs a batch's pending items (each certificate commits with its application's step). */
const runBatch = (caller: Caller, batchId: string, applicationOf?: ReadonlyMap<number, string>) =>
  Effect.gen(function* () {
    const certs = yield* Certificates
    const issued: Array<{ application: string; number: string }> = []
    const batch = yield* certs.resumeBatch(actorOf(caller), batchId, {
      onIssued: ({ position, number }) =>
        Effect.gen(function* () {
          const application =
            applicationOf?.get(position) ??
            (yield* certs.get(number).pipe(
              Effect.map((c) => c.applicationId),
              Effect.orElseSucceed(() => ""),
            ))
          issued.push({ application, number })
        }),
    })
    return { batch, certificates: issued }
  })

// ---------------------------------------------------------------------------------------------
// The short verification page

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  )

/** A label as the bilingual page prints it: "有效 Valid". */
const both = (l: Labels.Label) => `${l.zh} ${l.en}`

const F = Labels.certificateField

const page = (number: string, name: string | undefined, view: PublicView | undefined) => {
  const rows = (v: PublicView): Array<readonly [string, string]> => [
    [both(F.status), both(Labels.certificateStatus[v.status])],
    [both(F.number), v.number],
    [both(F.title), v.title],
    [both(F.level), both(Labels.level[v.level])],
    [both(F.series), v.series],
    [both(F.specialty), v.specialty],
    [both(F.issuingBody), v.issuingBody],
    [both(F.issuedOn), v.issuedOn],
    [both(F.approvalNo), v.approvalNo],
    ...(v.statusOn !== undefined ? [[both(F.statusOn), v.statusOn] as const] : []),
    ...(v.statusDocument !== undefined ? [[both(F.statusDocument), v.statusDocument] as const] : []),
  ]
  const result =
    name === undefined
      ? ""
      : view === undefined
        ? `<p class="no">未找到与该编号和姓名相符的证书。<br>No certificate matches this number and name.</p>`
        : `<table>${rows(view)
            .map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`)
            .join("")}</table>`
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>证书查验 Certificate check</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}th{text-align:left;padding-right:1rem}.no{color:#a00}</style></head>
<body><h1>职称电子证书查验</h1><p>Certificate check: <strong>${esc(number)}</strong></p>
<form method="get"><label>${esc(both(F.holder))} <input name="name" maxlength="100" required autocomplete="off" value="${esc(name ?? "")}"></label> <button>查验 Check</button></form>
${result}
<p><small>只显示证书信息，不显示身份证号。 Shows the certificate only, never an ID number.</small></p>
</body></html>`
}

const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
}

// ---------------------------------------------------------------------------------------------
// Endpoints

const transitionProblems = [404, 409, 422]
const STAFF = new Set(["clerk", "committee", "admin"])

/**
 * A clerk's change of one certificate's status: `POST /api/v1/certificates/{number}/<change>`
 * (idempotent), answering the certificate after it.
 */
const statusChange = <B, I, E>(c: {
  readonly change: string
  readonly operationId: string
  readonly summary: string
  readonly description?: string
  readonly body: Schema.Schema<B, I, never>
  /** The response's description. */
  readonly result: string
  readonly run: (
    svc: CertificatesApi,
    actor: Actor,
    number: CertificateNo,
    body: B,
  ) => Effect.Effect<Certificate, E>
}) =>
  endpoint({
    method: "post",
    path: `/api/v1/certificates/:number/${c.change}`,
    operationId: c.operationId,
    summary: c.summary,
    ...(c.description !== undefined ? { description: c.description } : {}),
    tag: TAG,
    roles: ["clerk"],
    params: NumberParams,
    body: c.body,
    idempotent: true,
    response: { status: 200, description: c.result, schema: CertificateView },
    problems: transitionProblems,
    handler: ({ params, body, caller }) =>
      Effect.gen(function* () {
        const cert = yield* Effect.flatMap(Certificates, (svc) =>
          c.run(svc, actorOf(caller), params.number, body),
        )
        return viewOf(cert, yield* PublicUrl)
      }),
  })

export const certificates = [
  endpoint({
    method: "post",
    path: "/api/v1/certificates",
    operationId: "issueCertificate",
    summary: "Issue the certificate of a decided, approved application and mark it certificate-issued",
    description:
      "Holder, specialty and level come from the application (the level it sought), the printed title and series from its track (`title`, `series` only where the track leaves them open; `level`, if given, must be the application's: 422 naming `body.level`). The certificate and the application's step are one transaction. Only a decided, approved application gets one: an undecided one answers 409 invalid-transition, a rejected one 409 not-approved, both citing the clause. One certificate per application: a second issue answers 409 already-issued (with the number); a retry with the same Idempotency-Key returns the first answer. Needs an active signing key (409 no-active-signing-key otherwise).",
    tag: TAG,
    roles: ["clerk", "committee"],
    body: IssueBody,
    idempotent: true,
    response: { status: 201, description: "The certificate", schema: CertificateView },
    problems: [404, 409, 422],
    handler: ({ body: { application, ...statement }, caller }) =>
      Effect.gen(function* () {
        const certs = yield* Certificates
        const cert = yield* asBodyErrors(
          certs.issue(actorOf(caller), { applicationId: application, ...statement }),
        )
        return viewOf(cert, yield* PublicUrl)
      }),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/certificate-batches",
    operationId: "createCertificateBatch",
    summary: "Issue certificates for many decided, approved applications, crash-safely",
    description:
      "Every application is checked first (each refusal names `body.applications[i]`; nothing is issued then). The batch is recorded, then each certificate is issued in its own transaction together with its application's step. If the call is cut off, resume the batch; its id (`id`, or generated) is returned. Runs to the end before answering (at most 500 applications).",
    tag: TAG,
    roles: ["clerk"],
    body: BatchBody,
    idempotent: true,
    response: { status: 201, description: "The batch and the certificates issued", schema: BatchRun },
    problems: [404, 409, 422],
    handler: ({ body: { id, applications, ...statement }, caller }) =>
      Effect.gen(function* () {
        const certs = yield* Certificates
        const batchId = id ?? randomUUID()
        yield* asBodyErrors(certs.createBatch(actorOf(caller), batchId, applications, statement))
        return yield* runBatch(caller, batchId, new Map(applications.map((a, i) => [i + 1, a])))
      }),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/certificate-batches/:id",
    operationId: "getCertificateBatch",
    summary: "A batch's progress: total, issued, pending, open or done",
    tag: TAG,
    roles: ["clerk"],
    params: Schema.Struct({ id: BatchId }),
    response: { status: 200, description: "The progress", schema: BatchProgress },
    problems: [404, 422],
    handler: ({ params }) => Effect.flatMap(Certificates, (c) => c.batch(params.id)),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/certificate-batches/:id/resume",
    operationId: "resumeCertificateBatch",
    summary: "Issue a batch's pending certificates (after a crash or a cut-off call); safe to repeat",
    description:
      "Issues what is pending, one transaction each (the certificate with its application's step). Two concurrent resumes never issue an item twice.",
    tag: TAG,
    roles: ["clerk"],
    params: Schema.Struct({ id: BatchId }),
    response: { status: 200, description: "The batch and the certificates issued now", schema: BatchRun },
    problems: [404, 409, 422],
    handler: ({ params, caller }) => runBatch(caller, params.id),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/certificates/:number/verification",
    publicPerMinute: 10,
    operationId: "verifyCertificate",
    summary: "Public check: the certificate's status and printed fields when number and name both match",
    description:
      "Shows status, title, level, series, specialty, issuing body, date and approval number — never an ID number. A wrong number and a wrong name get the same 404. Rate limited per address.",
    tag: TAG,
    roles: "public",
    params: LooseNumberParams,
    query: Schema.Struct({ name: HolderName }),
    response: { status: 200, description: "The public view", schema: PublicView },
    problems: [404, 422],
    handler: ({ params, query }) =>
      Effect.flatMap(Certificates, (c) => c.verifyOnline(params.number, query.name)),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/certificates/verify-qr",
    operationId: "verifyCertificateQr",
    summary:
      "Check a certificate's QR text: format, signing key and signature (as an offline verifier would)",
    description:
      "Accepts the whole QR text (`…/v/<number>#ZC1.…`) or its `ZC1.` part. A retired key still verifies; a key revoked as compromised does not. A failing check answers 422 with the reason as `code`: qr-malformed, unsupported-algorithm, unknown-signing-key, signing-key-compromised or signature-invalid. `current` adds today's status when this server holds the certificate.",
    tag: TAG,
    roles: "public",
    body: Schema.Struct({ qr: text(4096) }).annotations({ identifier: "VerifyQrRequest" }),
    response: { status: 200, description: "The signed fields", schema: QrVerification },
    problems: [422],
    handler: ({ body }) =>
      Effect.gen(function* () {
        const certs = yield* Certificates
        const ok = yield* certs.verifyOffline(body.qr)
        const current = yield* Effect.option(certs.verifyOnline(ok.payload.no, ok.payload.name))
        return {
          valid: true as const,
          keyStatus: ok.keyStatus,
          payload: ok.payload,
          ...(Option.isSome(current) ? { current: current.value } : {}),
        }
      }),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/certificates/:number",
    operationId: "getCertificate",
    summary: "The full certificate record for staff (never the holder's ID number)",
    tag: TAG,
    roles: ["clerk", "committee"],
    params: NumberParams,
    response: { status: 200, description: "The certificate", schema: CertificateView },
    problems: [404, 422],
    handler: ({ params }) =>
      Effect.gen(function* () {
        const c = yield* Effect.flatMap(Certificates, (s) => s.get(params.number))
        return viewOf(c, yield* PublicUrl)
      }),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/certificates/:number/pdf",
    publicPerMinute: 6,
    operationId: "certificatePdf",
    summary: "The printable certificate (PDF): for the holder with number and name, or for staff",
    description:
      "Public callers must give the holder's `name`; a wrong number or name gets the same 404 as the public check. Clerk, committee and admin keys may omit it. A suspended or revoked certificate is stamped as such. Never contains an ID number.",
    tag: TAG,
    roles: "public",
    params: LooseNumberParams,
    query: Schema.Struct({ name: Schema.optional(HolderName) }),
    response: { status: 200, description: "The PDF", media: "application/pdf" },
    problems: [404, 422],
    handler: ({ params, query, caller }) =>
      Effect.gen(function* () {
        const certs = yield* Certificates
        if (!STAFF.has(caller.role)) {
          if (query.name === undefined)
            return yield* new InvalidInput({
              message: "give the holder's name (staff keys may omit it)",
              errors: [{ path: "query.name", rule: "required without a clerk, committee or admin key" }],
            })
          yield* certs.verifyOnline(params.number, query.name)
        }
        const c = yield* certs.get(params.number.trim())
        const pdf = yield* renderCertificatePdf(c, { baseUrl: yield* PublicUrl })
        return raw(
          new Response(pdf, {
            status: 200,
            headers: {
              "content-type": "application/pdf",
              "content-disposition": `inline; filename="${c.number}.pdf"`,
              "cache-control": "no-store",
              "x-content-type-options": "nosniff",
            },
          }),
        )
      }),
  }),
  statusChange({
    change: "suspension",
    operationId: "suspendCertificate",
    summary: "valid → suspended while an investigation runs",
    body: SuspendBody,
    result: "The certificate",
    run: (svc, actor, number, body) =>
      svc.suspend(actor, {
        number,
        on: body.on,
        reason: body.reason,
        ...(body.document !== undefined ? { document: body.document } : {}),
      }),
  }),
  statusChange({
    change: "reinstatement",
    operationId: "reinstateCertificate",
    summary: "suspended → valid: the investigation cleared the holder",
    body: ReinstateBody,
    result: "The certificate",
    run: (svc, actor, number, body) =>
      svc.reinstate(actor, {
        number,
        on: body.on,
        ...(body.reason !== undefined ? { reason: body.reason } : {}),
        ...(body.document !== undefined ? { document: body.document } : {}),
      }),
  }),
  statusChange({
    change: "revocation",
    operationId: "revokeCertificate",
    summary: "Revoke a certificate (final); for fraud, also record the holder's integrity ban (002 四)",
    description:
      "The certificate's application becomes `certificate-revoked` in the same transaction, its last transition recording the decision (`document`), the reason and any ban. With `fraud` the holder may not apply for a higher title in the 3 evaluation years after `fraud.evaluationYear`, the evaluation in which the fraud occurred (002 四、申报纪律, DOMAIN.md ruling 7; by default the certificate's year of issue, never later than the year of `fraud.foundOn`; a finding dated before that year is refused, 422): their next submission or recommendation answers 409 integrity-banned. The ban is recorded in the same transaction. Suspension and reinstatement do not change the application.",
    body: RevokeBody,
    result: "The revoked certificate",
    run: (svc, actor, number, body) =>
      svc.revoke(actor, {
        number,
        on: body.on,
        document: body.document,
        reason: body.reason,
        ...(body.fraud !== undefined ? { fraud: body.fraud } : {}),
      }),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/keys",
    operationId: "listSigningKeys",
    summary: "The public key set (JWK, RFC 8037) with each key's status, for offline verifiers",
    description:
      "Active and retired keys verify what they signed; a compromised key (with `revokedAt`) verifies nothing. Cacheable for 5 minutes; supports ETag / If-None-Match.",
    tag: TAG,
    roles: "public",
    response: { status: 200, description: "The key set", schema: KeySet },
    problems: [],
    handler: ({ request }) =>
      Effect.gen(function* () {
        const set = yield* Effect.flatMap(Certificates, (c) => c.keySet)
        const body = JSON.stringify(yield* Schema.encode(KeySet)(set).pipe(Effect.orDie))
        const digest = yield* Effect.promise(() =>
          globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(body)),
        )
        const etag = `"${Buffer.from(digest).toString("base64url").slice(0, 27)}"`
        const headers = {
          etag,
          "cache-control": "public, max-age=300",
          "content-type": "application/json; charset=utf-8",
        }
        return raw(
          noneMatch(request.headers.get("if-none-match"), etag)
            ? new Response(null, { status: 304, headers })
            : new Response(body, { status: 200, headers }),
        )
      }),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/keys/rotation",
    operationId: "rotateSigningKey",
    summary: "Generate a new active signing key; the previous one is retired and still verifies",
    tag: TAG,
    roles: ["admin"],
    idempotent: true,
    response: { status: 201, description: "The new key's public half", schema: KeyInfo },
    problems: [],
    handler: ({ caller }) => Effect.flatMap(Certificates, (c) => c.rotateKey(actorOf(caller))),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/keys/:kid/compromise",
    operationId: "revokeSigningKey",
    summary: "Revoke a signing key as compromised: its signatures no longer verify offline",
    description:
      "Certificates it signed still check online by number and name. Rotate in a new key first if the compromised one was active.",
    tag: TAG,
    roles: ["admin"],
    params: Schema.Struct({ kid: text(100) }),
    body: Schema.Struct({ reason: Reason }).annotations({ identifier: "RevokeSigningKeyRequest" }),
    idempotent: true,
    response: { status: 200, description: "The revoked key", schema: KeyInfo },
    problems: [404, 409, 422],
    handler: ({ params, body, caller }) =>
      Effect.flatMap(Certificates, (c) => c.revokeKey(actorOf(caller), params.kid, body.reason)),
  }),
  endpoint({
    method: "get",
    path: "/v/:number",
    publicPerMinute: 10,
    operationId: "certificateCheckPage",
    summary: "The short check address printed in QR codes: an HTML page asking for the holder's name",
    description:
      "With `name`, shows the public check's result (404 with the same page when number or name is wrong). No ID number; every value is HTML-escaped; no script.",
    tag: TAG,
    roles: "public",
    params: LooseNumberParams,
    query: Schema.Struct({ name: Schema.optional(Schema.String.pipe(Schema.maxLength(100))) }),
    response: { status: 200, description: "The page", schema: Schema.String, media: "text/html" },
    problems: [404, 422],
    handler: ({ params, query }) =>
      Effect.gen(function* () {
        const name = query.name?.trim() === "" ? undefined : query.name
        const view =
          name === undefined
            ? undefined
            : Option.getOrUndefined(
                yield* Effect.option(
                  Effect.flatMap(Certificates, (c) => c.verifyOnline(params.number, name)),
                ),
              )
        const status = name !== undefined && view === undefined ? 404 : 200
        return raw(new Response(page(params.number, name, view), { status, headers: PAGE_HEADERS }))
      }),
  }),
]
