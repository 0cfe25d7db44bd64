/**
 * The verification island. Online: asks the API (same origin) for number + name and shows the
 * public fields. Offline: checks the QR text's Ed25519 signature with WebCrypto against
 * GET /api/v1/keys, with the domain's offline check (CertificateVerify.verifyQrPayload).
 */
import { verifyQrPayload } from "@zhicheng/domain/CertificateVerify"
import type { CivilDate } from "@zhicheng/domain/CivilDate"
import { formatDate, type Locale, text as text_ } from "@zhicheng/domain/Labels"
import { api } from "../lib/api.ts"
import { el, showErrors, words } from "./dom.ts"

type Words = Record<string, string> & {
  readonly fields: Record<string, string>
  readonly status: Record<string, string>
  readonly level: Record<string, string>
  readonly locale: Locale
}

interface Shown {
  readonly status?: string
  readonly statusOn?: string | undefined
  readonly title: string
  readonly level: string
  readonly specialty: string
  readonly body: string
  readonly issuedOn: string
}

/** The six public facts, and nothing more. */
const facts = (w: Words, v: Shown): HTMLDListElement => {
  const dl = el("dl", undefined, "facts")
  const row = (k: string, value: string) => dl.append(el("dt", k), el("dd", value))
  if (v.status !== undefined)
    row(
      w.fields.status ?? "",
      `${w.status[v.status] ?? v.status}${v.statusOn ? `（${formatDate(v.statusOn as CivilDate, w.locale)}）` : ""}`,
    )
  row(w.fields.title ?? "", v.title)
  row(w.fields.level ?? "", w.level[v.level] ?? v.level)
  row(w.fields.specialty ?? "", v.specialty)
  row(w.fields.issuingBody ?? "", v.body)
  row(w.fields.issuedOn ?? "", formatDate(v.issuedOn as CivilDate, w.locale))
  return dl
}

const say = (box: HTMLElement, heading: string, ...rest: ReadonlyArray<Node | string>) => {
  const h = el("h3", heading)
  box.replaceChildren(h, ...rest.map((r) => (typeof r === "string" ? el("p", r) : r)))
  h.tabIndex = -1
  h.focus()
}

const online = (w: Words, form: HTMLFormElement, box: HTMLElement, errors: HTMLElement) =>
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault()
    const data = new FormData(form)
    const number = String(data.get("number") ?? "").trim()
    const name = String(data.get("name") ?? "").trim()
    const problems = [
      ...(number === "" ? [{ field: "number", message: w.numberMissing ?? "" }] : []),
      ...(name === "" ? [{ field: "name", message: w.nameMissing ?? "" }] : []),
    ]
    showErrors(errors, w.errorSummary ?? "", problems, ["number", "name"])
    if (problems.length > 0) return
    const res = await api
      .GET("/api/v1/certificates/{number}/verification", { params: { path: { number }, query: { name } } })
      .catch(() => undefined)
    if (res?.data !== undefined) {
      const v = res.data
      say(
        box,
        w.found ?? "",
        facts(w, {
          status: v.status,
          statusOn: v.statusOn,
          title: v.title,
          level: v.level,
          specialty: v.specialty,
          body: v.issuingBody,
          issuedOn: v.issuedOn,
        }),
      )
    } else if (res?.response.status === 404 || res?.response.status === 422) say(box, w.notFound ?? "")
    else say(box, w.failed ?? "")
  })

const offline = (w: Words, form: HTMLFormElement, box: HTMLElement) => {
  const check = async (text: string) => {
    if (text === "") return say(box, w.signatureBad ?? "", w.qrMissing ?? "")
    if (globalThis.crypto?.subtle === undefined)
      return say(box, w.signatureBad ?? "", w["no-webcrypto"] ?? "")
    const keys = await api.GET("/api/v1/keys").catch(() => undefined)
    if (keys?.data === undefined) return say(box, w.signatureBad ?? "", w.failed ?? "")
    // The domain's light offline check (WebCrypto Ed25519, no Effect): the same rules as the server's.
    const r = await verifyQrPayload(text, keys.data)
    if (!r.ok) return say(box, w.signatureBad ?? "", text_(r.message, w.locale))
    const f = r.fields
    return say(
      box,
      w.signatureOk ?? "",
      ...(r.keyStatus === "retired" ? [w.retiredKey ?? ""] : []),
      el("p", `${w.fields.number}：${f.number}`),
      facts(w, {
        title: f.title,
        level: f.level,
        specialty: f.specialty,
        body: f.issuingBody,
        issuedOn: f.issuedOn,
      }),
    )
  }
  form.addEventListener("submit", (ev) => {
    ev.preventDefault()
    const text = String(new FormData(form).get("qr") ?? "").trim()
    void check(text)
  })
  // A scanned link to this page may carry the QR text in its fragment: /verify/#ZC1.…
  const hash = decodeURIComponent(location.hash.slice(1))
  if (hash.startsWith("ZC1.")) {
    const area = form.querySelector("textarea")
    if (area) area.value = hash
    void check(hash)
  }
}

export const start = (): void => {
  const w = words<Words>("verify-words")
  const on = document.getElementById("verify-online") as HTMLFormElement | null
  const off = document.getElementById("verify-offline") as HTMLFormElement | null
  const onBox = document.getElementById("online-result")
  const offBox = document.getElementById("offline-result")
  const errors = document.getElementById("online-errors")
  if (!w || !on || !off || !onBox || !offBox || !errors) return
  online(w, on, onBox, errors)
  offline(w, off, offBox)
}
