/**
 * The domain's WebCrypto verifier (CertificateVerify) against signatures made by this package's
 * node:crypto signer (Ed25519.ts): what a browser or the counter checks offline must agree with what
 * the server signs and with the server's own check (Certificates.verifyQrWith).
 */
import { describe, expect, it } from "@effect/vitest"
import * as Cert from "@zhicheng/domain/Certificates"
import { verifyQrPayload } from "@zhicheng/domain/CertificateVerify"
import { make as day } from "@zhicheng/domain/CivilDate"
import { Effect } from "effect"
import * as fc from "fast-check"
import * as Ed25519 from "../src/Ed25519.ts"

const BASE = "https://zc.example.gov.cn"
const key = Ed25519.generate()
const other = Ed25519.generate()
const published = (status: Cert.KeyStatus, k = key): Cert.PublishedKey => ({
  ...k.publicJwk,
  kid: k.kid,
  alg: "EdDSA",
  use: "sig",
  status,
  ...(status === "compromised" ? { revokedAt: "2025-01-02T00:00:00Z" } : {}),
})
const keys = (status: Cert.KeyStatus = "active"): Cert.KeySet => ({
  keys: [published(status), published("active", other)],
})

const payloadOf = (over: Partial<Cert.SignedPayload> = {}): Cert.SignedPayload => ({
  v: 1,
  alg: "Ed25519",
  kid: key.kid,
  no: Cert.formatNumber("SYRS", 2024, 7),
  name: "持证人甲",
  title: "工程师",
  level: "intermediate",
  series: "工程系列",
  specialty: "机电制造",
  body: "绍兴市上虞区人力资源和社会保障局",
  issued: day("2024-03-01"),
  approval: "虞人社职〔2024〕3号",
  ...over,
})

/** The QR text of a certificate as the server prints it (signed by node:crypto). */
const qrOf = (p: Cert.SignedPayload, signer = key): string =>
  Cert.qrText(
    {
      number: p.no,
      payload: Cert.payloadText(p),
      signature: Cert.toBase64Url(Ed25519.sign(signer.privateKey, Cert.payloadBytes(p))),
    },
    BASE,
  )

const serverSays = (qr: string, set: Cert.KeySet) =>
  Effect.runPromise(Effect.either(Cert.verifyQrWith(qr, set, Ed25519.verifyJwk)))

describe("CertificateVerify (WebCrypto) against node:crypto signatures", () => {
  it("verifies a certificate's QR code, whole URL or fragment, and returns the signed fields", async () => {
    const p = payloadOf()
    const qr = qrOf(p)
    const r = await verifyQrPayload(qr, keys())
    expect(r).toEqual({
      ok: true,
      fields: {
        number: p.no,
        holder: p.name,
        title: p.title,
        level: p.level,
        series: p.series,
        specialty: p.specialty,
        issuingBody: p.body,
        issuedOn: p.issued,
        approvalNo: p.approval,
      },
      keyId: key.kid,
      keyStatus: "active",
    })
    expect((await verifyQrPayload(qr.slice(qr.indexOf("#") + 1), keys())).ok).toBe(true)
    // A retired key still verifies what it signed.
    expect(await verifyQrPayload(qr, keys("retired"))).toMatchObject({ ok: true, keyStatus: "retired" })
  })

  it("refuses, with a reason and a message in both languages, what cannot be trusted", async () => {
    const p = payloadOf()
    const qr = qrOf(p)
    const reason = async (text: string, set: Cert.KeySet = keys()) => {
      const r = await verifyQrPayload(text, set)
      if (r.ok) return "ok"
      expect(r.message.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(r.message.en.length).toBeGreaterThan(10)
      return r.reason
    }
    expect(await reason(qr, keys("compromised"))).toBe("key-compromised")
    expect(await reason(qr, { keys: [published("active", other)] })).toBe("unknown-key")
    // Signed by another key under this key's id.
    expect(await reason(qrOf(p, other))).toBe("signature-invalid")
    // A field changed after signing, the signature kept.
    const [head, sig] = qr.split("#")[1]?.split(".").slice(1) ?? []
    const forged = Cert.payloadText(payloadOf({ name: "冒名者" }))
    expect(
      await reason(`${Cert.QR_PREFIX}${Cert.toBase64Url(new TextEncoder().encode(forged))}.${sig}`),
    ).toBe("signature-invalid")
    expect(head).toBeDefined()
    // Not canonical (spaces), not base64url, not ours at all, another version, another algorithm.
    const spaced = JSON.stringify(JSON.parse(Cert.payloadText(p)), null, 1)
    expect(
      await reason(`${Cert.QR_PREFIX}${Cert.toBase64Url(new TextEncoder().encode(spaced))}.${sig}`),
    ).toBe("malformed")
    expect(await reason(`${Cert.QR_PREFIX}@@@.${sig}`)).toBe("malformed")
    expect(await reason("https://example.com/")).toBe("malformed")
    expect(await reason(`${Cert.QR_PREFIX}${head}`)).toBe("malformed")
    const v2 = JSON.stringify({ ...JSON.parse(Cert.payloadText(p)), v: 2 })
    expect(await reason(`${Cert.QR_PREFIX}${Cert.toBase64Url(new TextEncoder().encode(v2))}.${sig}`)).toBe(
      "unsupported",
    )
    // A signature of the wrong length.
    expect(await reason(`${Cert.QR_PREFIX}${head}.${Cert.toBase64Url(new Uint8Array(63))}`)).toBe(
      "signature-invalid",
    )
  })

  it("agrees with the server's check on any payload and any one-bit change", async () => {
    const text = fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" })
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        text,
        fc.nat(),
        fc.boolean(),
        async (name, specialty, approval, flip, inSig) => {
          const p = payloadOf({ name, specialty, approval })
          const qr = qrOf(p)
          const good = await verifyQrPayload(qr, keys())
          expect(good.ok).toBe(true)
          expect((await serverSays(qr, keys()))._tag).toBe("Right")
          // Flip one bit of the payload or of the signature: both checks refuse it.
          const [payloadPart, sigPart] = (qr.split("#")[1] as string)
            .slice(Cert.QR_PREFIX.length)
            .split(".") as [string, string]
          const bytes = Cert.fromBase64Url(inSig ? sigPart : payloadPart) as Uint8Array
          const i = flip % bytes.length
          bytes[i] = (bytes[i] as number) ^ 0x01
          const changed = Cert.toBase64Url(bytes)
          const bad = `${Cert.QR_PREFIX}${inSig ? payloadPart : changed}.${inSig ? changed : sigPart}`
          const mine = await verifyQrPayload(bad, keys())
          const server = await serverSays(bad, keys())
          expect(mine.ok).toBe(false)
          expect(server._tag).toBe("Left")
        },
      ),
      { numRuns: 80, seed: 42 },
    )
  })
})
