/** The verification page's words (the certificate's field names and statuses come from Labels). */
import type { Both } from "./i18n.ts"

export const verifyUi = {
  intro: {
    zh: "核对一张职称证书是否由本系统签发、目前是否有效。查验结果只显示证书状态、资格名称、级别、专业、发证机关和发证日期，不显示身份证号等个人信息。",
    en: "Check that a title certificate was issued here and whether it is valid now. The answer shows only the status, title, level, specialty, issuing body and date — never an ID number or other personal details.",
  },
  onlineHeading: { zh: "按证书编号和姓名查验", en: "Check with the number and the holder's name" },
  numberHint: {
    zh: "印在证书上，例如 SYRS-2024-000001",
    en: "Printed on the certificate, for example SYRS-2024-000001",
  },
  check: { zh: "查验", en: "Check" },
  errorSummary: { zh: "请修改以下问题", en: "There is a problem" },
  numberMissing: { zh: "请输入证书编号", en: "Enter the certificate number" },
  nameMissing: { zh: "请输入持证人姓名", en: "Enter the holder's name" },
  notFound: {
    zh: "未找到与该编号和姓名相符的证书。请核对编号和姓名（姓名须与证书一致）。",
    en: "No certificate matches this number and name. Check both (the name as printed on the certificate).",
  },
  failed: { zh: "暂时无法查验，请稍后再试。", en: "The check is not available right now. Try again later." },
  found: { zh: "查验结果：证书存在", en: "Result: the certificate exists" },
  offlineHeading: {
    zh: "核验证书二维码（在您的浏览器中完成）",
    en: "Check the certificate's QR code (in your browser)",
  },
  offlineIntro: {
    zh: "证书二维码中含有经数字签名的证书信息。用手机扫码后，把得到的文字粘贴到下面，本页用公开的签名公钥在您的浏览器中核对签名，证明信息未被篡改。证书当前是否被暂停或撤销，请用上面的在线查验。",
    en: "The certificate's QR code holds its details, digitally signed. Paste the text your phone's scanner shows below: this page checks the signature in your browser against the published public keys, proving the details were not altered. Whether the certificate is suspended or revoked now needs the online check above.",
  },
  offlineNoScript: {
    zh: "二维码核验需要启用 JavaScript；在线查验不需要。",
    en: "The QR check needs JavaScript; the online check does not.",
  },
  qrLabel: { zh: "二维码内容", en: "QR code text" },
  qrHint: {
    zh: "以 ZC1. 开头，或是包含 #ZC1. 的网址",
    en: "Starts with ZC1., or is a web address containing #ZC1.",
  },
  checkQr: { zh: "核验签名", en: "Check the signature" },
  qrMissing: { zh: "请粘贴二维码内容", en: "Paste the QR code text" },
  signatureOk: {
    zh: "签名有效：以下信息由发证机关签发，未被篡改",
    en: "Signature valid: these details were signed by the issuer and not altered",
  },
  retiredKey: {
    zh: "（签名所用密钥已停用，但仍可核验此前签发的证书）",
    en: "(signed with a key since retired, which still verifies earlier certificates)",
  },
  signatureBad: { zh: "核验未通过", en: "The check failed" },
  "no-webcrypto": {
    zh: "您的浏览器不支持 Ed25519 签名核验，请使用在线查验。",
    en: "Your browser cannot check Ed25519 signatures; use the online check.",
  },
  privacy: {
    zh: "二维码核验只从服务器下载公开的签名公钥，证书内容不会发送出去。",
    en: "The QR check downloads only the published public keys; the certificate's details are not sent anywhere.",
  },
} as const satisfies Record<string, Both>
