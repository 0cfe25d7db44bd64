import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import * as Cert from "@zhicheng/domain/Certificates"
import { make as day } from "@zhicheng/domain/CivilDate"
import { Effect } from "effect"
import jsQRModule from "jsqr"
import { PDFDocument } from "pdf-lib"
import { PNG } from "pngjs"
import { renderCertificatePdf, unprintable } from "../src/CertificatePdf.ts"
import * as Ed25519 from "../src/Ed25519.ts"

const BASE = "https://zc.example.gov.cn"
// jsqr is CommonJS with a `default` beside the function; NodeNext types see only the namespace.
type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { readonly data: string } | null
const jsQR = (jsQRModule as unknown as { default: JsQr }).default

/** A certificate signed with a fresh key, built with the same pure helpers the service uses. */
const sample = (status: Cert.CertificateStatus = "valid", name = "张晓明") => {
  const key = Ed25519.generate()
  const number = Cert.formatNumber("SYRS", 2024, 17)
  const payload: Cert.SignedPayload = {
    v: 1,
    alg: "Ed25519",
    kid: key.kid,
    no: number,
    name,
    title: "工程师",
    level: "intermediate",
    series: "工程系列",
    specialty: "机电制造",
    body: "绍兴市上虞区人力资源和社会保障局",
    issued: day("2024-03-01"),
    approval: "虞人社职〔2024〕12号",
  }
  const text = Cert.payloadText(payload)
  const certificate: Cert.Certificate = {
    number,
    applicationId: "app-17",
    holderName: payload.name,
    holderIdHmac: "a".repeat(64) as Cert.HolderIdHmac,
    title: payload.title,
    level: payload.level,
    series: payload.series,
    specialty: payload.specialty,
    issuingBody: { code: "SYRS" as Cert.BodyCode, name: payload.body },
    issuedOn: payload.issued,
    approvalNo: payload.approval,
    keyId: key.kid,
    algorithm: "Ed25519",
    payload: text,
    signature: Cert.toBase64Url(Ed25519.sign(key.privateKey, new TextEncoder().encode(text))),
    status,
    ...(status === "revoked"
      ? { statusChange: { on: day("2024-09-02"), document: "虞人社职〔2024〕30号", reason: "材料造假" } }
      : {}),
  }
  const keys: Cert.KeySet = {
    keys: [{ ...key.publicJwk, kid: key.kid, alg: "EdDSA", use: "sig", status: "active" }],
  }
  return { certificate, keys }
}

describe("CertificatePdf", () => {
  it.effect("renders a PDF that parses, names the number, subsets the font and stays small", () =>
    Effect.gen(function* () {
      const { certificate } = sample()
      const bytes = yield* renderCertificatePdf(certificate, { baseUrl: BASE })
      const doc = yield* Effect.promise(() => PDFDocument.load(bytes))
      expect(doc.getPageCount()).toBe(1)
      expect(doc.getSubject()).toBe("SYRS-2024-000017")
      expect(doc.getTitle()).toContain("SYRS-2024-000017")
      // Subsetting: the whole font is ~10 MB; a subset page is far below 1 MB.
      expect(bytes.length).toBeLessThan(300_000)
      // No ID number or its HMAC anywhere in the file.
      expect(Buffer.from(bytes).includes(Buffer.from(certificate.holderIdHmac))).toBe(false)
    }),
  )

  it.effect("its text layer holds the Chinese fields and the number (pdftotext)", () =>
    Effect.gen(function* () {
      const { certificate } = sample()
      const bytes = yield* renderCertificatePdf(certificate, { baseUrl: BASE })
      const dir = mkdtempSync(join(tmpdir(), "zc-pdf-"))
      writeFileSync(join(dir, "c.pdf"), bytes)
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "c.pdf"), "-"]).toString("utf8")
      for (const s of [
        "SYRS-2024-000017",
        "专业技术职务任职资格证书",
        "张晓明",
        "工程师",
        "机电制造",
        "虞人社职〔2024〕12号",
        "2024年3月1日",
        `${BASE}/v/SYRS-2024-000017`,
      ])
        expect(text).toContain(s)
    }),
  )

  it.effect("page 1 rasterises; its QR code decodes and verifies offline (pdftoppm + jsQR)", () =>
    Effect.gen(function* () {
      const { certificate, keys } = sample()
      const bytes = yield* renderCertificatePdf(certificate, { baseUrl: BASE })
      const dir = mkdtempSync(join(tmpdir(), "zc-pdf-"))
      writeFileSync(join(dir, "c.pdf"), bytes)
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "110",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        join(dir, "c.pdf"),
        join(dir, "page1"),
      ])
      const png = PNG.sync.read(readFileSync(join(dir, "page1.png")))
      const found = jsQR(
        new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength),
        png.width,
        png.height,
      )
      expect(found?.data).toBe(Cert.qrText(certificate, BASE))
      const result = yield* Cert.verifyQrWith(found?.data ?? "", keys, Ed25519.verifyJwk)
      expect(result.payload.no).toBe("SYRS-2024-000017")
      expect(result.payload.name).toBe("张晓明")
      // Kept for a person to look at (see the report).
      if (process.env.ZC_KEEP_PDF)
        execFileSync("cp", [join(dir, "page1.png"), join(dir, "c.pdf"), process.env.ZC_KEEP_PDF])
    }),
  )

  it.effect("a revoked certificate is stamped 已撤销 with its date and document", () =>
    Effect.gen(function* () {
      const { certificate } = sample("revoked")
      const bytes = yield* renderCertificatePdf(certificate, { baseUrl: BASE })
      const dir = mkdtempSync(join(tmpdir(), "zc-pdf-"))
      writeFileSync(join(dir, "c.pdf"), bytes)
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "c.pdf"), "-"]).toString("utf8")
      expect(text).toContain("已撤销")
      expect(text).toContain("2024年9月2日 虞人社职〔2024〕30号")
      if (process.env.ZC_KEEP_PDF)
        execFileSync("cp", [join(dir, "c.pdf"), join(process.env.ZC_KEEP_PDF, "revoked.pdf")])
    }),
  )

  /**
   * The text pdftotext finds where the holder's name is printed: the value column of the first row
   * (x 205–495 pt, the baseline 230 pt from the top; the label at x 100 is outside).
   */
  const printedName = (bytes: Uint8Array) => {
    const dir = mkdtempSync(join(tmpdir(), "zc-pdf-"))
    writeFileSync(join(dir, "c.pdf"), bytes)
    const crop = ["-x", "205", "-y", "212", "-W", "290", "-H", "24"]
    return execFileSync("pdftotext", [...crop, "-enc", "UTF-8", join(dir, "c.pdf"), "-"])
      .toString("utf8")
      .replace(/\f/g, "")
      .trim()
  }

  it.effect.each([
    ["a Chinese name", "张晓明"],
    ["a name with a CJK Extension B character (a surrogate pair)", "李𠙶"],
    ["a transliterated name with the middle dot", "买买提·艾力"],
    ["a foreign name", "Jean-Luc O'Brien"],
    ["the longest name accepted, set smaller to fit its line", "欧阳".repeat(25)],
  ])("prints %s exactly as stored (pdftotext round trip)", ([, name]) =>
    Effect.gen(function* () {
      const { certificate } = sample("valid", name)
      expect(printedName(yield* renderCertificatePdf(certificate, { baseUrl: BASE }))).toBe(name)
    }),
  )

  const refusals: ReadonlyArray<readonly [string, string, ReadonlyArray<string>]> = [
    ["a character the font has no glyph for (𠮷, U+20BB7)", "𠮷野家", ["U+20BB7 (𠮷)"]],
    [
      "an emoji the font would drop (王👨‍🔧 once printed as 王)",
      "王👨‍🔧",
      ["U+1F468 (👨)", "U+200D", "U+1F527 (🔧)"],
    ],
    ["a line break, which would overprint the next field", "张\n三", ["U+000A"]],
  ]
  it.effect.each(refusals)("refuses to print %s rather than print another name", ([, name, characters]) =>
    Effect.gen(function* () {
      expect(unprintable(name)).toEqual(characters)
      const { certificate } = sample("valid", name)
      const error = yield* Effect.flip(renderCertificatePdf(certificate, { baseUrl: BASE }))
      expect(error).toMatchObject({ _tag: "NotPrintable", field: "holderName", characters })
    }),
  )
})
