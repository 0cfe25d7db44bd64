/**
 * The certificate procedures (the `Certificates` service): issuance, one or a crash-safe batch,
 * with the application's step; the online and offline checks; suspension, reinstatement and
 * revocation with the integrity ban; signing-key rotation and compromise.
 */
import { Clock, Context, Effect, Either, Layer, Option } from "effect"
import {
  type Application,
  Applications,
  banAfterFinding,
  certificateGuard,
  IntegrityRepository,
  ONE_CLAIM_RULING,
} from "../Applications.ts"
import { type Actor, AuditLog, Transactor } from "../Audit.ts"
import type { Citation } from "../Citation.ts"
import { type CivilDate, parts, todayInChina } from "../CivilDate.ts"
import type { Edition } from "../Policy.ts"
import * as Registry from "../Registry.ts"
import { NAME_RULING } from "../Text.ts"
import {
  AlreadyIssued,
  BatchExists,
  BatchNotFound,
  CertificateNotFound,
  InvalidTransition,
  IssueInputRejected,
  NoActiveSigningKey,
  NotPrintable,
  type OfflineError,
  SigningKeyNotFound,
  TitleAlreadyHeld,
  UnknownSigningKey,
  UnsupportedAlgorithm,
} from "./errors.ts"
import {
  type Certificate,
  type CertificateNo,
  type CertificateStatus,
  FORMAT_VERSION,
  formatNumber,
  type IssueInput,
  type IssueRequest,
  type IssueStatement,
  type KeySet,
  payloadText,
  type SignedPayload,
  type StatusChange,
  toBase64Url,
} from "./model.ts"
import { CertificateGlyphs, CertificateRepository, Signer, SigningKeys } from "./ports.ts"
import { type FieldRefusal, printedFor } from "./printed.ts"
import { judge, type OfflineResult, parseQr, publicView, publishKey, sameName } from "./verify.ts"

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

const notFound = () => new CertificateNotFound({ message: "no certificate matches this number and name" })

/** Compared against when a number is unknown; never a holder's name (names are not empty). */
const NO_HOLDER = ""

const utf8 = new TextEncoder()

const make = (editions: ReadonlyArray<Edition>) =>
  Effect.gen(function* () {
    const store = yield* CertificateRepository
    const keys = yield* SigningKeys
    const signer = yield* Signer
    const tx = yield* Transactor
    const audit = yield* AuditLog
    const integrity = yield* IntegrityRepository
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

    const trackOf = (app: Application) =>
      editions.find((e) => e.id === app.edition)?.tracks.find((t) => t.id === app.track)

    /** The application's certificate under `statement` (`printedFor`), refusing what it cannot print. */
    const requestFor = (input: IssueInput) =>
      Effect.gen(function* () {
        const app = yield* applications.get(input.applicationId)
        return yield* printedFor(app, trackOf(app), input, "applicationId").pipe(
          Effect.mapError(
            (errors) => new IssueInputRejected({ message: errors.map((e) => e.rule).join("; "), errors }),
          ),
        )
      })

    /**
     * Refuses, reading only, what cannot get a certificate: the application must exist, have no
     * certificate yet, be decided and approved (`Applications.certificateGuard`, which cites the
     * clause), and have what it prints printable. Runs again inside every issuance's transaction.
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

    /**
     * The request of every application of a batch, checked as `issue` checks it (writing nothing); fails
     * with every refused item at once, each named `applicationIds[i]` (or the statement's field).
     */
    const batchRequests = (applicationIds: ReadonlyArray<string>, statement: IssueStatement) =>
      Effect.gen(function* () {
        const errors: Array<FieldRefusal> = []
        const requests: Array<IssueRequest> = []
        const seen = new Set<string>()
        for (const [i, id] of applicationIds.entries()) {
          const at = `applicationIds[${i}]`
          if (seen.has(id)) {
            errors.push({ path: at, rule: `application ${id} is listed twice` })
            continue
          }
          seen.add(id)
          const found = yield* Effect.option(applications.get(id))
          if (Option.isNone(found)) {
            errors.push({ path: at, rule: `no application ${id}` })
            continue
          }
          const req = yield* Effect.either(printedFor(found.value, trackOf(found.value), statement, at))
          if (Either.isLeft(req)) {
            errors.push(...req.left)
            continue
          }
          const refused = yield* Effect.flip(checkIssuable(req.right)).pipe(Effect.option)
          if (Option.isSome(refused)) errors.push({ path: at, rule: refused.value.message })
          else requests.push(req.right)
        }
        if (errors.length > 0)
          return yield* new IssueInputRejected({
            message: `${errors.length} application(s) cannot get a certificate; see errors`,
            errors: [...new Map(errors.map((e) => [`${e.path}|${e.rule}`, e])).values()],
          })
        return requests
      })

    const createBatch = (
      actor: Actor,
      batchId: string,
      applicationIds: ReadonlyArray<string>,
      statement: IssueStatement,
    ) =>
      tx.withTransaction(
        Effect.gen(function* () {
          // Every item is checked first, so that a run never stops at an application that could not
          // get a certificate (issuance checks again, in each item's transaction).
          const requests = yield* batchRequests(applicationIds, statement)
          if (Option.isSome(yield* store.batch(batchId)))
            return yield* new BatchExists({
              batchId,
              message: `certificate batch ${batchId} already exists; resume it instead`,
            })
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
       * Issues the certificate of a decided, approved application, printing what the application and
       * its track hold with what `input` states (`printedFor`), and moves the application to
       * certificate-issued with its number, in one transaction. Refused: no such application
       * (`ApplicationNotFound`), a statement that cannot make its certificate (`IssueInputRejected`,
       * naming `level`, `title` or `series`), one that already has a certificate (`AlreadyIssued`), one
       * not decided (`InvalidTransition`) or not approved (`NotApproved`), both citing
       * `certificateClause(edition)`, a field the font cannot print (`NotPrintable`) and a title the
       * holder already holds (`TitleAlreadyHeld`).
       */
      issue: (actor: Actor, input: IssueInput) =>
        tx.withTransaction(Effect.flatMap(requestFor(input), (req) => issueInTx(actor, req))),

      /**
       * Records a batch — one certificate per application, all under `statement` — so that it can be
       * run and resumed. Refused whole, writing nothing: any application `issue` would refuse
       * (`IssueInputRejected` naming every such item), an id that exists (`BatchExists`), two
       * applications giving one person the same title (`TitleAlreadyHeld`).
       */
      createBatch,

      /** Issues every pending item of a batch, one transaction each, in order; safe to rerun after a crash. */
      resumeBatch: runBatch,

      /** Creates a batch and runs it: the usual call; after a crash call `resumeBatch` with the same id. */
      issueBatch: (
        actor: Actor,
        batchId: string,
        applicationIds: ReadonlyArray<string>,
        statement: IssueStatement,
        options?: BatchOptions,
      ) =>
        Effect.zipRight(
          createBatch(actor, batchId, applicationIds, statement),
          runBatch(actor, batchId, options),
        ),

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
       * the holder's integrity ban through `Applications.IntegrityRepository`: the 3 years from the year
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
  })

/** What the `Certificates` service offers (see {@link Certificates}). */
export interface CertificatesApi extends Effect.Effect.Success<ReturnType<typeof make>> {}

/**
 * The certificate procedures. Every change runs in one transaction with its audit entry (and the
 * application's step, for issuance and revocation); a refused change writes nothing. Provide
 * `Certificates.Default` with the repository layers, a Signer, the IntegrityRepository and the
 * Applications service (Applications.ts), a Transactor and an AuditLog.
 */
export class Certificates extends Context.Tag("zhicheng/Certificates")<Certificates, CertificatesApi>() {
  static readonly layer = (
    editions: ReadonlyArray<Edition> = Registry.EDITIONS,
  ): Layer.Layer<
    Certificates,
    never,
    CertificateRepository | SigningKeys | Signer | Transactor | AuditLog | IntegrityRepository | Applications
  > => Layer.effect(Certificates, make(editions))
  static readonly Default = Certificates.layer()
}
