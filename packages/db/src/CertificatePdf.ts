/**
 * The printable certificate: one A4 page in Chinese with the certificate's fields, a QR code (the
 * online-check address with the signed payload after `#`, see Certificates.qrText) and the
 * address in words.
 *
 * Font: Noto Sans SC Regular from the npm package @expo-google-fonts/noto-sans-sc (SIL Open Font
 * License 1.1, which allows embedding; the TTF ships inside the package, nothing is downloaded at
 * run time). Only the characters on the page are embedded: HarfBuzz's hb-subset (the `subset-font`
 * package, WebAssembly) cuts the font down first, so a certificate is tens of kilobytes, not the
 * font's 10 MB. The QR code is drawn as vector squares.
 *
 * Never a name printed differently from the one stored (issue #8.5): a character the font has no
 * glyph for would silently vanish from the page (a 15-character name once printed as 5), so
 * `unprintable` finds such characters — and line breaks, which would run into the next field — and
 * issuance asks it through the domain's `CertificateGlyphs` (`PdfGlyphs`) before a number is taken;
 * rendering refuses them too (`NotPrintable`) rather than draw a page that differs from the record.
 * The font covers the 8,105 characters of the 通用规范汉字表 (those of CJK Extension B and later
 * included, e.g. 𠙶 𬌗) and Latin; a rarer character (𠮷 U+20BB7) needs a font that has it. A value
 * wider than its line is set smaller, never cut.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import fontkit from "@pdf-lib/fontkit"
import {
  type Certificate,
  CertificateGlyphs,
  NotPrintable,
  qrText,
  verificationUrl,
} from "@zhicheng/domain/Certificates"
import type { CivilDate } from "@zhicheng/domain/CivilDate"
import * as Labels from "@zhicheng/domain/Labels"
import { findUnsafe, NAME_RULING } from "@zhicheng/domain/Text"
import { Effect, Layer } from "effect"
import { PDFDocument, type PDFPage, rgb } from "pdf-lib"
import QRCode from "qrcode"
import subsetFont from "subset-font"

const FONT_MODULE = "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"

let fontBytes: Uint8Array | undefined
/** The CJK font's bytes, read once from its npm package. */
export const cjkFont = (): Uint8Array => {
  if (fontBytes === undefined)
    fontBytes = new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(FONT_MODULE)))
  return fontBytes
}

let glyphFont: { readonly hasGlyphForCodePoint: (cp: number) => boolean } | undefined
const glyphs = () => {
  if (glyphFont === undefined) glyphFont = fontkit.create(cjkFont())
  return glyphFont
}

/** A character that can be shown beside its code point in a message (not a control or format character). */
const VISIBLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u

/**
 * The characters of `text` the certificate cannot print exactly, each once as `U+XXXX (c)`: those
 * the font has no glyph for, and line breaks and other control characters (those as `U+XXXX`
 * alone). Empty when it can.
 */
export const unprintable = (text: string): ReadonlyArray<string> => {
  const out: Array<string> = []
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0) as number
    if (findUnsafe(ch) !== undefined || !glyphs().hasGlyphForCodePoint(cp))
      out.push(`U+${cp.toString(16).toUpperCase().padStart(4, "0")}${VISIBLE.test(ch) ? ` (${ch})` : ""}`)
  }
  return out
}

/** The domain's `CertificateGlyphs` for this renderer: issuance refuses what it could not print. */
export const PdfGlyphs = Layer.succeed(CertificateGlyphs, CertificateGlyphs.of({ unprintable }))

/** `2024-03-01` → `2024年3月1日` (the domain's Labels, as every front end writes it). */
const chineseDate = (d: CivilDate): string => Labels.formatDate(d, "zh-CN")

export interface PdfOptions {
  /** Base of the online check address, e.g. `https://zc.example.gov.cn` (→ `/v/<number>`). */
  readonly baseUrl: string
}

const INK = rgb(0.1, 0.1, 0.12)
const RED = rgb(0.72, 0.08, 0.08)
const GREY = rgb(0.4, 0.4, 0.42)

/** Draws a QR code as filled squares (runs of dark modules per row), `side` points wide, quiet zone included. */
const drawQr = (page: PDFPage, text: string, x: number, y: number, side: number) => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" })
  const n = modules.size
  const quiet = 4
  const cell = side / (n + 2 * quiet)
  page.drawRectangle({ x, y, width: side, height: side, color: rgb(1, 1, 1) })
  for (let row = 0; row < n; row++) {
    let col = 0
    while (col < n) {
      if (modules.data[row * n + col] === 0) {
        col++
        continue
      }
      const start = col
      while (col < n && modules.data[row * n + col] !== 0) col++
      page.drawRectangle({
        x: x + (quiet + start) * cell,
        y: y + side - (quiet + row + 1) * cell,
        width: (col - start) * cell,
        height: cell,
        color: rgb(0, 0, 0),
      })
    }
  }
}

interface Text {
  readonly text: string
  readonly x: number | "centre"
  readonly y: number
  readonly size: number
  readonly color: ReturnType<typeof rgb>
  /** Draw the status stamp's box behind this text first. */
  readonly stamp?: true
  /** Set smaller when wider than this (points): a long value is shrunk to its line, never cut. */
  readonly maxWidth?: number
}

/** Room for a field's value: from its x (210) to the end of the underline (100 from the right edge). */
const VALUE_WIDTH = 595.28 - 100 - 210

/**
 * Renders a certificate as a one-page PDF. Use it for the "print my certificate" download; a
 * suspended or revoked certificate is stamped as such.
 */
export const renderCertificatePdf = (
  c: Certificate,
  options: PdfOptions,
): Effect.Effect<Uint8Array, NotPrintable> =>
  Effect.suspend(() => {
    const fields = {
      holderName: c.holderName,
      title: c.title,
      series: c.series,
      specialty: c.specialty,
      approvalNo: c.approvalNo,
      "issuingBody.name": c.issuingBody.name,
      "statusChange.document": c.statusChange?.document ?? "",
    }
    for (const [field, text] of Object.entries(fields)) {
      const characters = unprintable(text)
      if (characters.length > 0)
        return Effect.fail(
          new NotPrintable({
            applicationId: c.applicationId,
            field,
            characters,
            message: `certificate ${c.number}: ${field} cannot be printed as stored (no glyph for ${characters.join(", ")})`,
            clause: NAME_RULING,
          }),
        )
    }
    return render(c, options)
  })

const render = (c: Certificate, options: PdfOptions): Effect.Effect<Uint8Array> =>
  Effect.promise(async () => {
    const [width, height] = [595.28, 841.89]
    const texts: Array<Text> = [
      { text: "专业技术职务任职资格证书", x: "centre", y: height - 130, size: 26, color: INK },
      { text: "（电子证书）", x: "centre", y: height - 156, size: 13, color: GREY },
    ]
    const rows: ReadonlyArray<readonly [string, string]> = [
      ["姓　　名", c.holderName],
      ["系　　列", c.series],
      ["专　　业", c.specialty],
      ["资格名称", c.title],
      ["资格级别", Labels.level[c.level].zh],
      ["审批文号", c.approvalNo],
      ["发证机关", c.issuingBody.name],
      ["发证日期", chineseDate(c.issuedOn)],
      ["证书编号", c.number],
    ]
    const rowYs = rows.map((_, i) => height - 230 - 40 * i)
    rows.forEach(([label, value], i) => {
      const y = rowYs[i] as number
      texts.push(
        { text: label, x: 100, y, size: 15, color: GREY },
        { text: value, x: 210, y, size: 15, color: INK, maxWidth: VALUE_WIDTH },
      )
    })
    const url = verificationUrl(options.baseUrl, c.number)
    texts.push(
      { text: "扫描二维码或访问以下地址，", x: 100, y: 200, size: 11, color: GREY },
      { text: "输入证书编号和姓名核验证书状态：", x: 100, y: 184, size: 11, color: GREY },
      { text: url, x: 100, y: 166, size: 9, color: INK },
      { text: `电子签名：${c.algorithm}，密钥 ${c.keyId}`, x: 100, y: 120, size: 9, color: GREY },
      { text: "本证书不含身份证号码；二维码内的签名可离线核验。", x: 100, y: 106, size: 9, color: GREY },
    )
    if (c.status !== "valid") {
      const detail =
        c.statusChange !== undefined
          ? `${chineseDate(c.statusChange.on)} ${c.statusChange.document ?? ""}`.trim()
          : ""
      texts.push({
        text: c.status === "revoked" ? "已撤销" : "已暂停",
        x: "centre",
        y: height / 2 + 48,
        size: 40,
        color: RED,
        stamp: true,
      })
      if (detail !== "") texts.push({ text: detail, x: "centre", y: height / 2 + 28, size: 10, color: RED })
    }

    // Subset with HarfBuzz first (only the characters on this page), then embed that small font
    // whole: @pdf-lib/fontkit's own subsetter drops CJK glyphs (short-loca bug, pdf-lib #1232).
    // No layout tables: fontkit's shaping misapplies the font's GPOS/GSUB to digits after "-"
    // (wide gaps, glyphs without a ToUnicode entry), and Chinese text needs no shaping.
    const chars = [...new Set([...texts.map((t) => t.text).join("")])].join("")
    const subsetOptions = {
      targetFormat: "truetype" as const,
      keepFeatures: [],
      dropTables: ["GSUB", "GPOS", "GDEF", "BASE"],
    }
    const subset = await subsetFont(Buffer.from(cjkFont()), chars, subsetOptions)

    const doc = await PDFDocument.create()
    doc.registerFontkit(fontkit)
    const font = await doc.embedFont(subset, { subset: false })
    const issued = new Date(`${c.issuedOn}T00:00:00+08:00`)
    doc.setTitle(`专业技术职务任职资格电子证书 ${c.number}`)
    doc.setSubject(c.number)
    doc.setKeywords([c.number, c.title, c.specialty])
    doc.setAuthor(c.issuingBody.name)
    doc.setCreator("Zhicheng")
    doc.setProducer("Zhicheng (pdf-lib)")
    doc.setCreationDate(issued)
    doc.setModificationDate(issued)
    doc.setLanguage("zh-CN")

    const page = doc.addPage([width, height])
    page.drawRectangle({
      x: 28,
      y: 28,
      width: width - 56,
      height: height - 56,
      borderColor: RED,
      borderWidth: 2.5,
    })
    page.drawRectangle({
      x: 36,
      y: 36,
      width: width - 72,
      height: height - 72,
      borderColor: RED,
      borderWidth: 0.8,
    })
    for (const y of rowYs)
      page.drawLine({
        start: { x: 205, y: y - 6 },
        end: { x: width - 100, y: y - 6 },
        thickness: 0.4,
        color: GREY,
      })
    const side = 150
    drawQr(page, qrText(c, options.baseUrl), width - 60 - side, 80, side)
    for (const t of texts) {
      if (t.stamp)
        // The stamp covers the fields it voids, on a nearly opaque white ground so it stays legible.
        page.drawRectangle({
          x: width / 2 - 110,
          y: height / 2 + 20,
          width: 220,
          height: 80,
          color: rgb(1, 1, 1),
          opacity: 0.92,
          borderColor: RED,
          borderWidth: 3,
        })
      const natural = font.widthOfTextAtSize(t.text, t.size)
      const size = t.maxWidth !== undefined && natural > t.maxWidth ? (t.size * t.maxWidth) / natural : t.size
      const x = t.x === "centre" ? (width - font.widthOfTextAtSize(t.text, size)) / 2 : t.x
      page.drawText(t.text, { x, y: t.y, size, font, color: t.color })
    }
    return doc.save({ useObjectStreams: true })
  })
